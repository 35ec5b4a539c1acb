//! From a date and a wall-clock time in one zone to the same moment in another.
//!
//! A written time may not exist (clocks jump forward over it) or may happen
//! twice (clocks go back). Both are resolved the way a person would read
//! the programme — a skipped time as if the clocks had not moved yet, a
//! repeated one as its first occurrence — and flagged in [`Wall`].

use chrono::{
    DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike, Utc,
};
use chrono_tz::{OffsetName, Tz};

use crate::domain::{Clock, Session};

/// How a written wall-clock time maps to an instant in its zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wall {
    /// The time exists once: the usual case.
    Exact,
    /// The time falls in a gap (clocks jumped forward); read with the offset
    /// in force before the jump, so it lands just after the gap.
    Skipped,
    /// The time happens twice (clocks went back); the first one is taken.
    Repeated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub at: DateTime<Utc>,
    pub wall: Wall,
}

/// The instant at which `clock` on `date` is read on the wall in `tz`.
pub fn resolve(tz: Tz, date: NaiveDate, clock: Clock) -> Resolved {
    let naive = date.and_time(clock.0);
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(dt) => Resolved {
            at: dt.with_timezone(&Utc),
            wall: Wall::Exact,
        },
        LocalResult::Ambiguous(first, _) => Resolved {
            at: first.with_timezone(&Utc),
            wall: Wall::Repeated,
        },
        LocalResult::None => Resolved {
            at: before_gap(tz, naive),
            wall: Wall::Skipped,
        },
    }
}

/// `naive` read with the offset in force before the gap it falls in.
fn before_gap(tz: Tz, naive: NaiveDateTime) -> DateTime<Utc> {
    // Gaps are an hour or so; the longest on record (Samoa, 2011) is a day.
    for h in 1..=48 {
        let earlier = naive - Duration::hours(h);
        let offset = match tz.from_local_datetime(&earlier) {
            LocalResult::Single(dt) | LocalResult::Ambiguous(_, dt) => dt.offset().fix(),
            LocalResult::None => continue,
        };
        return Utc
            .from_utc_datetime(&(naive - Duration::seconds(i64::from(offset.local_minus_utc()))));
    }
    Utc.from_utc_datetime(&naive)
}

/// A session's times as seen in the shown zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub start: DateTime<Tz>,
    pub end: Option<DateTime<Tz>>,
    /// The start's date in the shown zone minus the written date: -1, 0 or +1 usually.
    pub day_shift: i64,
    /// The session runs past midnight in the shown zone (ending exactly at 00:00 does not count).
    pub crosses_midnight: bool,
    pub start_wall: Wall,
    pub end_wall: Wall,
}

impl Shown {
    /// `05:00-06:30`, or `05:00` when there is no end.
    pub fn range(&self) -> String {
        match self.end {
            Some(e) => format!("{}-{}", self.start.format("%H:%M"), e.format("%H:%M")),
            None => self.start.format("%H:%M").to_string(),
        }
    }

    pub fn date(&self) -> NaiveDate {
        self.start.date_naive()
    }
}

/// The session's start and end, written in `written`, seen in `shown`;
/// `None` when the session has no start time.
pub fn session(written: Tz, s: &Session, shown: Tz) -> Option<Shown> {
    let start = resolve(written, s.date, s.start?);
    let end = s.end.map(|e| resolve(written, s.date, e));
    let start_at = start.at.with_timezone(&shown);
    let end_at = end.map(|e| e.at.with_timezone(&shown));
    let crosses_midnight = end_at.is_some_and(|e| {
        let last_moment = e - Duration::minutes(1);
        e > start_at && last_moment.date_naive() > start_at.date_naive()
    });
    Some(Shown {
        start: start_at,
        end: end_at,
        day_shift: (start_at.date_naive() - s.date).num_days(),
        crosses_midnight,
        start_wall: start.wall,
        end_wall: end.map(|e| e.wall).unwrap_or(Wall::Exact),
    })
}

/// `UTC+06:00`, `UTC-03:30`, `UTC`.
pub fn offset_label(dt: &DateTime<Tz>) -> String {
    let secs = dt.offset().fix().local_minus_utc();
    if secs == 0 {
        return "UTC".into();
    }
    let sign = if secs < 0 { '-' } else { '+' };
    let m = secs.abs() / 60;
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

/// How to name the shown zone at a moment: `Europe/Paris (UTC+02:00, CEST)`,
/// `Asia/Almaty (UTC+06:00)`, `UTC`.
pub fn zone_heading(dt: &DateTime<Tz>) -> String {
    let name = dt.timezone().name();
    let off = offset_label(dt);
    if name == "UTC" || name == "Etc/UTC" {
        return "UTC".into();
    }
    // tzdata writes numeric abbreviations (`+06`) where no letters are in use.
    match dt
        .offset()
        .abbreviation()
        .filter(|a| a.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        Some(a) if a != "UTC" => format!("{name} ({off}, {a})"),
        _ => format!("{name} ({off})"),
    }
}

/// Minutes since midnight of a shown time, for layouts that place sessions on a day grid.
pub fn minute_of_day(dt: &DateTime<Tz>) -> i64 {
    i64::from(dt.hour()) * 60 + i64::from(dt.minute())
}
