//! Time zones: a meeting's wall-clock times as instants, shown in any zone,
//! and what time it is for each speaker.
//!
//! Sessions are written in the meeting's IANA zone. Everything here goes
//! through chrono-tz's bundled tz database (2025b in chrono-tz 0.10.4), so
//! historical offsets are right: Almaty was UTC+6 until 1 March 2024 and is
//! UTC+5 since. Nothing here panics on a time that does not exist (a
//! daylight-saving gap) or exists twice (the hour clocks go back): such
//! times are resolved by a stated rule and flagged, so a check can say so.

mod convert;
mod country;
mod loose;
mod people;

use std::str::FromStr;

use chrono_tz::Tz;
use thiserror::Error;

pub use convert::{
    Resolved, Shown, Wall, minute_of_day, offset_label, resolve, session, zone_heading,
};
pub use country::{NoZone, country_zones, zone_for_country};
pub use people::{
    Booking, LOCAL_DAY, LocalTime, ZoneSource, local_times, local_times_with, outside_hours,
    person_zone,
};

use crate::domain::Meeting;
use crate::i18n::Msg;
use loose::Reading;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown time zone `{name}`")]
pub struct ZoneError {
    pub name: String,
    /// What was probably meant, or what a zone name looks like.
    pub hint: String,
    /// The hint as a catalogue message, for the reader's language.
    pub hint_msg: Msg,
}

impl ZoneError {
    fn new(name: &str, hint: Msg) -> ZoneError {
        ZoneError {
            name: name.to_string(),
            hint: hint.render(crate::i18n::Lang::En),
            hint_msg: hint,
        }
    }

    /// The error as a catalogue message; its English is the Display.
    pub fn msg(&self) -> Msg {
        crate::msg!("zone-unknown", name = &self.name)
    }
}

/// An IANA zone by name; a wrong name gets the nearest real one as a hint
/// (for an abbreviation or an offset, the zone it stands for).
pub fn parse(name: &str) -> Result<Tz, ZoneError> {
    Tz::from_str(name.trim()).map_err(|_| {
        let hint = match loose::read(name) {
            Reading::Zone(tz, _) => crate::msg!("zone-write-iana", zone = tz.name()),
            r => hint_for(name, r),
        };
        ZoneError::new(name, hint)
    })
}

/// The zone name a mistyped `name` most likely meant (`Tokio` →
/// `Asia/Tokyo`, `JST` → `Asia/Tokyo`), for a prompt to fill in; `None`
/// when nothing is close or the name fits several zones.
pub fn suggestion(name: &str) -> Option<String> {
    match loose::read(name) {
        Reading::Zone(tz, _) => Some(tz.name().to_string()),
        Reading::Several(_) | Reading::PartHour(_) => None,
        _ => crate::problem::suggest::timezone(name).map(|z| z.to_string()),
    }
}

/// A zone as typed on the command line (`--tz`): an IANA name, an
/// abbreviation that names one zone (`JST`), or a whole-hour offset
/// (`+09:00`, `UTC+9`). With the zone, the sentence to print when the
/// name was read as something else ("JST read as Asia/Tokyo").
pub fn parse_typed(name: &str) -> Result<(Tz, Option<String>), ZoneError> {
    if let Ok(tz) = Tz::from_str(name.trim()) {
        return Ok((tz, None));
    }
    match loose::read(name) {
        Reading::Zone(tz, said) => Ok((tz, Some(said))),
        r => Err(ZoneError::new(name, hint_for(name, r))),
    }
}

fn hint_for(name: &str, r: Reading) -> Msg {
    match r {
        Reading::Several(zones) => {
            crate::msg!("zone-several", name = name.trim(), zones = zones.join(", "))
        }
        Reading::PartHour(s) => crate::msg!("zone-part-hour", offset = s),
        _ => match crate::problem::suggest::timezone(name) {
            Some(z) => crate::problem::suggest::hint_msg(z),
            None => crate::msg!("zone-use-iana"),
        },
    }
}

/// The zone the meeting's times are written in.
pub fn meeting_zone(m: &Meeting) -> Result<Tz, ZoneError> {
    parse(&m.timezone)
}

/// Zones worth offering when switching the shown zone, most useful first:
/// the meeting's, UTC, then the zones its participants join from.
pub fn useful_zones(m: &Meeting) -> Vec<Tz> {
    let mut v: Vec<Tz> = Vec::new();
    let mut add = |tz: Tz| {
        if !v.contains(&tz) {
            v.push(tz);
        }
    };
    if let Ok(tz) = meeting_zone(m) {
        add(tz);
    }
    add(Tz::UTC);
    for p in m.people() {
        if let Some(tz) = p.timezone.as_deref().and_then(|t| Tz::from_str(t).ok()) {
            add(tz);
        }
    }
    for p in m.people() {
        if let Some(c) = &p.country
            && let [one] = country_zones(c)
            && let Ok(tz) = Tz::from_str(one)
        {
            add(tz);
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_hints() {
        assert_eq!(parse("Asia/Almaty"), Ok(Tz::Asia__Almaty));
        assert_eq!(parse("UTC"), Ok(Tz::UTC));
        let e = parse("Almaty").unwrap_err();
        assert_eq!(e.to_string(), "unknown time zone `Almaty`");
        assert_eq!(e.hint, "did you mean `Asia/Almaty`?");
    }
}
