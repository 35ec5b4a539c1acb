//! Times that do not read the way they were meant: a session time the
//! clocks skip or repeat in the meeting's zone, and a speaker asked to
//! speak in the middle of their night.

use chrono_tz::Tz;

use super::{Lookup, Problem, session_label};
use crate::domain::{Format, Meeting, Session};
use crate::msg;
use crate::problem::Record;
use crate::zones::{self, Booking, LocalTime, Wall, ZoneSource};

fn hm(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

pub fn check(m: &Meeting, lk: &Lookup, out: &mut Vec<Problem>) {
    // An unknown zone is reported by `codes`; nothing here can be said without one.
    let Ok(tz) = zones::meeting_zone(m) else {
        return;
    };
    let known = speakers_known(m);
    for i in 0..m.sessions.len() {
        session(m, lk, tz, known, i, out);
    }
}

/// At a hybrid meeting only a participant's own `timezone` says where they
/// are; with none given, nobody's local time can be known.
pub(super) fn speakers_known(m: &Meeting) -> bool {
    m.format != Format::Hybrid || m.people().iter().any(|p| p.timezone.is_some())
}

/// Session `i`'s times in the meeting's zone `tz` and where its people are.
pub(super) fn session(
    m: &Meeting,
    lk: &Lookup,
    tz: Tz,
    speakers_known: bool,
    i: usize,
    out: &mut Vec<Problem>,
) {
    let s = &m.sessions[i];
    daylight_saving(m, tz, i, out);
    if s.is_break() || !speakers_known {
        return;
    }
    for lt in zones::local_times_with(m, s, |id| lk.participant(id)) {
        if lt.outside_day {
            night(m, lk, i, &lt, out);
        }
    }
}

/// A start or end the clocks skip or repeat in the meeting's zone.
fn daylight_saving(m: &Meeting, tz: Tz, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    for (field, clock) in [("start", s.start), ("end", s.end)] {
        let Some(c) = clock else { continue };
        let r = zones::resolve(tz, s.date, c);
        let read_as = r.at.with_timezone(&tz);
        let message = match r.wall {
            Wall::Exact => continue,
            Wall::Skipped => msg!("dst-skipped", read_as = read_as.format("%H:%M").to_string()),
            Wall::Repeated => msg!("dst-repeated", offset = zones::offset_label(&read_as)),
        }
        .arg("session", session_label(m, i))
        .arg("field", field)
        .arg("time", c.to_string())
        .arg("date", s.date.to_string())
        .arg("zone", &m.timezone);
        out.push(
            Problem::warning(format!("sessions[{i}].{field}"), message).with_hint(msg!("dst-hint")),
        );
    }
}

/// A chair or speaker booked outside the local day where they are.
fn night(m: &Meeting, lk: &Lookup, i: usize, lt: &LocalTime, out: &mut Vec<Problem>) {
    let (Ok((ptz, source)), Some(start)) = (&lt.zone, lt.start) else {
        return;
    };
    let Some(p) = lk.participant(&lt.id) else {
        return;
    };
    let when = match lt.end {
        Some(e) => format!("{}-{}", start.format("%H:%M"), e.format("%H:%M")),
        None => start.format("%H:%M").to_string(),
    };
    let from = match source {
        ZoneSource::Given => msg!("local-from-timezone"),
        ZoneSource::Country => msg!(
            "local-from-country",
            country = p.country.as_deref().unwrap_or("")
        ),
        ZoneSource::Meeting => msg!("local-from-room"),
    };
    let role = match lt.booking {
        Booking::Chair => "local-role-chair",
        Booking::Speaker => "local-role-speaker",
    };
    let (from_h, to_h) = m.speaking_hours().minutes();
    out.push(
        Problem::warning(
            booking_path(&m.sessions[i], i, lt),
            msg!(
                "local-time-outside",
                role = msg!(role),
                name = super::person_name(p),
                id = &lt.id,
                when = when,
                zone = ptz.name(),
                from = from,
                session = session_label(m, i),
                window_from = hm(from_h),
                window_to = hm(to_h)
            ),
        )
        .with_hint(msg!("local-time-outside-hint"))
        .concerning(Record::participant(&lt.id)),
    );
}

/// Where the booking is written: the chair, or the speaker's place in an item.
fn booking_path(s: &Session, i: usize, lt: &LocalTime) -> String {
    match lt.booking {
        Booking::Chair => format!("sessions[{i}].chair"),
        Booking::Speaker => s
            .items
            .iter()
            .enumerate()
            .find_map(|(j, it)| {
                it.speakers
                    .iter()
                    .position(|x| *x == lt.id)
                    .map(|k| format!("sessions[{i}].items[{j}].speakers[{k}]"))
            })
            .unwrap_or(format!("sessions[{i}]")),
    }
}
