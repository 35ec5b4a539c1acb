//! The zone the Schedule is shown in, and the schedule's rows laid out in it.
//!
//! Sessions are written in the meeting's zone; an organizer often needs to
//! see them as a speaker in Paris or the UTC-based recording service sees
//! them. The shown zone is view state, never written to the file: `z` cycles
//! the zones the meeting suggests ([`zones::useful_zones`]), `Z` takes any
//! IANA name, `Esc` goes back. Rows are grouped by the date a session falls
//! on in the shown zone, so a day heading is always that zone's day.

use super::input::TextInput;
use chrono::{NaiveDate, TimeZone};
use chrono_tz::Tz;

use super::library::Entry;
use crate::domain::{Meeting, Session};
use crate::zones;

#[derive(Debug, Clone, Default)]
pub struct ZoneState {
    /// The zone chosen with `z` or `Z`; `None` is the meeting's own.
    pub shown: Option<Tz>,
    /// The zone name being typed after `Z`.
    pub input: Option<TextInput>,
}

impl ZoneState {
    /// The zone to show meeting `m` in, and the one its times are written in;
    /// `None` when the meeting's own zone is unknown (nothing to convert from).
    pub fn zones(&self, m: &Meeting) -> Option<(Tz, Tz)> {
        let written = zones::meeting_zone(m).ok()?;
        Some((written, self.shown.unwrap_or(written)))
    }

    /// Showing another zone than the meeting's.
    pub fn converted(&self, m: &Meeting) -> bool {
        self.zones(m).is_some_and(|(w, s)| w != s)
    }

    /// The next of the meeting's useful zones after the shown one.
    pub fn cycle(&mut self, m: &Meeting) -> String {
        let all = zones::useful_zones(m);
        let Some((_, now)) = self.zones(m) else {
            return crate::tr!("tui-zone-meeting-unknown", zone = m.timezone.as_str());
        };
        let next = all
            .iter()
            .position(|z| *z == now)
            .map_or(0, |i| (i + 1) % all.len().max(1));
        match all.get(next) {
            Some(z) => self.show(m, *z),
            None => crate::tr!("tui-zone-no-other"),
        }
    }

    /// Shows `tz`; the meeting's own zone is kept as `None`, so switching
    /// meetings shows each in its own zone until another is chosen.
    pub fn show(&mut self, m: &Meeting, tz: Tz) -> String {
        let own = zones::meeting_zone(m).ok();
        self.shown = (own != Some(tz)).then_some(tz);
        if own == Some(tz) {
            crate::tr!("tui-zone-meeting-own", zone = tz.name())
        } else {
            crate::tr!("tui-zone-shown", zone = tz.name())
        }
    }

    /// Back to the meeting's zone; false when already there.
    pub fn reset(&mut self) -> bool {
        self.shown.take().is_some()
    }

    /// Takes the typed name: shows that zone. A name that suggests one
    /// (`Tokio`) keeps the prompt open with the suggestion filled in, so
    /// Enter takes it; otherwise says what would do.
    pub fn accept(&mut self, m: &Meeting) -> String {
        let typed = self.input.take().unwrap_or_default();
        if typed.trim().is_empty() {
            return crate::tr!("tui-zone-none-typed");
        }
        match zones::parse(typed.as_str()) {
            Ok(tz) => self.show(m, tz),
            Err(e) => match zones::suggestion(typed.as_str()) {
                Some(s) => {
                    let said = crate::tr!(
                        "tui-zone-did-you-mean",
                        error = e.msg().render(crate::i18n::current()),
                        zone = s.as_str()
                    );
                    self.input = Some(TextInput::new(s));
                    said
                }
                // The status line holds one line: the catalogue says it short.
                None => crate::tr!(
                    "tui-zone-unknown-typed",
                    error = e.msg().render(crate::i18n::current()),
                    hint = e.hint_msg.render(crate::i18n::current())
                ),
            },
        }
    }
}

/// `Asia/Almaty (UTC+06:00)` for the shown zone on the meeting's first day
/// (offsets differ between days in summer-time zones; each day heading says
/// its own date, and the detail pane names the zone with the session's offset).
pub fn heading(tz: Tz, on: NaiveDate) -> String {
    let noon = on.and_hms_opt(12, 0, 0).unwrap_or_default();
    zones::zone_heading(&tz.from_utc_datetime(&noon))
}

/// A row of the Schedule's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleRow {
    /// A day heading: the date, and which of the meeting's days it is (1-based).
    Day(NaiveDate, usize),
    Session(usize),
}

/// The schedule's rows: sessions in time order, under a heading for each
/// day they fall on in the shown zone. A session with no start time stays
/// on its written date.
pub fn schedule_rows(e: &Entry, z: &ZoneState) -> Vec<ScheduleRow> {
    let m = e.meeting();
    let zones = z.zones(m).filter(|(w, s)| w != s);
    let mut order: Vec<(NaiveDate, usize)> = m
        .schedule_order()
        .into_iter()
        .map(|i| {
            let s = &m.sessions[i];
            let date = zones
                .and_then(|(w, shown)| zones::session(w, s, shown))
                .map_or(s.date, |x| x.date());
            (date, i)
        })
        .collect();
    // Stable: within a day, the written order (which is time order) stays.
    order.sort_by_key(|&(d, _)| d);
    let mut rows = Vec::with_capacity(order.len() + 8);
    let mut day = None;
    let mut n = 0;
    for (d, i) in order {
        if day != Some(d) {
            n += 1;
            rows.push(ScheduleRow::Day(d, n));
            day = Some(d);
        }
        rows.push(ScheduleRow::Session(i));
    }
    rows
}

/// Marks a range that runs past midnight in the shown zone.
pub const NEXT_DAY: &str = "+1";

/// `05:00–06:30` in the shown zone, `~` after a time not confirmed yet,
/// `+1` when the session runs past midnight there.
pub fn time_span(m: &Meeting, s: &Session, z: &ZoneState) -> String {
    let Some((written, shown)) = z.zones(m).filter(|(w, s)| w != s) else {
        return written_span(s);
    };
    let Some(x) = zones::session(written, s, shown) else {
        return written_span(s);
    };
    let mark = |field: &str| if s.tentative.covers(field) { "~" } else { "" };
    let mut out = format!("{}{}", x.start.format("%H:%M"), mark("start"));
    out.push('–');
    match x.end {
        Some(e) => out.push_str(&format!("{}{}", e.format("%H:%M"), mark("end"))),
        None => out.push('?'),
    }
    if x.crosses_midnight {
        out.push_str(NEXT_DAY);
    }
    out
}

fn written_span(s: &Session) -> String {
    super::format::time_span(s)
}

/// The number of distinct days the rows show.
pub fn day_count(rows: &[ScheduleRow]) -> usize {
    rows.iter()
        .filter(|r| matches!(r, ScheduleRow::Day(..)))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggested_zone_keeps_the_prompt_open_with_it_filled_in() {
        let m = Meeting {
            timezone: "Asia/Almaty".into(),
            ..Meeting::default()
        };
        let mut z = ZoneState {
            input: Some(TextInput::new("Tokio")),
            ..ZoneState::default()
        };
        let said = z.accept(&m);
        assert!(said.contains("did you mean `Asia/Tokyo`"), "{said}");
        assert_eq!(z.input.as_ref().map(TextInput::as_str), Some("Asia/Tokyo"));
        assert_eq!(z.shown, None, "nothing shown yet");
        // Enter again takes it.
        let said = z.accept(&m);
        assert!(said.contains("Asia/Tokyo"), "{said}");
        assert_eq!(z.shown.map(|t| t.name()), Some("Asia/Tokyo"));
        assert!(z.input.is_none(), "the prompt closed");
        // Nothing close: the prompt closes and says what would do.
        z.input = Some(TextInput::new("qqqqqq"));
        let said = z.accept(&m);
        assert!(said.contains("IANA"), "{said}");
        assert!(z.input.is_none());
    }
}
