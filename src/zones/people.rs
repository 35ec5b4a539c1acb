//! What time a session is for each person it books, and whether that is a
//! reasonable hour for them (07:00-22:00 their time).
//!
//! A person's zone is their `timezone` when given. Otherwise it depends on
//! the meeting: at an in-person meeting they are in the room; at an online
//! one their country tells the zone when it has only one (see
//! [`super::country`]); at a hybrid one nobody can tell whether they join
//! from home, so only a given `timezone` counts.

use chrono::{DateTime, Timelike};
use chrono_tz::Tz;

use super::country::{NoZone, zone_for_country};
use crate::domain::{Format, Meeting, Participant, Session};

/// Local hours, in minutes since midnight, at which a speaker can
/// reasonably be asked to speak when the meeting sets no `speaking_hours`:
/// from 07:00 to 22:00.
pub const LOCAL_DAY: (i64, i64) = (7 * 60, 22 * 60);

/// Where a person's zone came from, for display ("KR", "own", "in the room").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneSource {
    /// The participant's own `timezone`.
    Given,
    /// Their country has one zone (or one offset) at that moment.
    Country,
    /// In-person meeting: they are in the room.
    Meeting,
}

/// Why the session books the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Booking {
    Chair,
    Speaker,
}

/// A person's wall-clock time for a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalTime {
    pub id: String,
    pub booking: Booking,
    /// The person's zone, or why it is not known (in words, for display).
    pub zone: Result<(Tz, ZoneSource), String>,
    pub start: Option<DateTime<Tz>>,
    pub end: Option<DateTime<Tz>>,
    /// Some of the session falls outside the meeting's speaking hours in the person's zone.
    pub outside_day: bool,
}

/// The zone `p` is in at instant `at` of meeting `m`, or why it is unknown.
pub fn person_zone(
    m: &Meeting,
    p: &Participant,
    at: DateTime<chrono::Utc>,
) -> Result<(Tz, ZoneSource), String> {
    if let Some(tz) = &p.timezone {
        return super::parse(tz)
            .map(|z| (z, ZoneSource::Given))
            .map_err(|e| e.msg().render(crate::i18n::current()));
    }
    match m.format {
        Format::InPerson => super::meeting_zone(m)
            .map(|z| (z, ZoneSource::Meeting))
            .map_err(|e| e.msg().render(crate::i18n::current())),
        Format::Hybrid => Err(crate::tr!("zone-hybrid-set-timezone")),
        Format::Online => match &p.country {
            None => Err(crate::tr!("zone-no-timezone-or-country")),
            Some(c) => zone_for_country(c, at)
                .map(|z| (z, ZoneSource::Country))
                .map_err(|e| match e {
                    NoZone::Several(c) => crate::tr!("zone-country-several", country = c),
                    NoZone::Unlisted(c) => crate::tr!("zone-country-unknown", country = c),
                }),
        },
    }
}

/// Whether `start`..`end` leaves the local window `(from, to)` (minutes).
pub fn outside_hours(
    start: &DateTime<Tz>,
    end: Option<&DateTime<Tz>>,
    (from, to): (i64, i64),
) -> bool {
    let minute = |d: &DateTime<Tz>| i64::from(d.hour()) * 60 + i64::from(d.minute());
    if minute(start) < from || minute(start) > to {
        return true;
    }
    match end {
        Some(e) => e.date_naive() != start.date_naive() || minute(e) > to || minute(e) < from,
        None => false,
    }
}

/// The chair's and speakers' local times for session `s`, in booking order.
/// Empty when the session has no start or the meeting's zone is unknown.
pub fn local_times(m: &Meeting, s: &Session) -> Vec<LocalTime> {
    local_times_with(m, s, |id| m.participant(id))
}

/// [`local_times`] with a faster way to find a participant by id, for
/// callers that look up many sessions on a large roster.
pub fn local_times_with<'a>(
    m: &Meeting,
    s: &Session,
    find: impl Fn(&str) -> Option<&'a Participant>,
) -> Vec<LocalTime> {
    let Ok(written) = super::meeting_zone(m) else {
        return Vec::new();
    };
    let Some(shown) = super::session(written, s, chrono_tz::UTC) else {
        return Vec::new();
    };
    let at = shown.start.with_timezone(&chrono::Utc);
    let hours = m.speaking_hours().minutes();
    s.people()
        .into_iter()
        .filter_map(|id| {
            let p = find(id)?;
            let booking = if s.chair.as_deref() == Some(id) {
                Booking::Chair
            } else {
                Booking::Speaker
            };
            let zone = person_zone(m, p, at);
            let (start, end) = match &zone {
                Ok((tz, _)) => (
                    Some(shown.start.with_timezone(tz)),
                    shown.end.map(|e| e.with_timezone(tz)),
                ),
                Err(_) => (None, None),
            };
            let outside = start
                .as_ref()
                .is_some_and(|st| outside_hours(st, end.as_ref(), hours));
            Some(LocalTime {
                id: id.to_string(),
                booking,
                zone,
                start,
                end,
                outside_day: outside,
            })
        })
        .collect()
}
