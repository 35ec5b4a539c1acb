//! Times of day as organizers write them.
//!
//! Files hold `"HH:MM"` (24-hour, in the meeting's time zone; `"HH.MM"` is
//! read too and saved as `"HH:MM"`). Forms accept
//! what people type — `11`, `1100`, `11.00`, `3pm` — and durations such as
//! `+90m` or `+1h30`, so one parser serves the loader and the editor.

use std::fmt;

use chrono::{NaiveTime, Timelike};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Clock(pub NaiveTime);

impl Clock {
    pub fn hm(h: u32, m: u32) -> Option<Clock> {
        NaiveTime::from_hms_opt(h, m, 0).map(Clock)
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> i64 {
        i64::from(self.0.hour()) * 60 + i64::from(self.0.minute())
    }

    pub fn from_minutes(m: i64) -> Option<Clock> {
        if (0..24 * 60).contains(&m) {
            Clock::hm((m / 60) as u32, (m % 60) as u32)
        } else {
            None
        }
    }

    /// The file form: `HH:MM`, or `HH.MM` as Russian and many European
    /// programmes write it (and as the forms accept it); saved as `HH:MM`.
    pub fn parse(s: &str) -> Result<Clock, String> {
        let bad =
            || format!("bad time `{s}`, expected HH:MM on a 24-hour clock, such as \"09:30\"");
        let (h, m) = s.split_once([':', '.']).ok_or_else(bad)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(bad());
        }
        let h: u32 = h.parse().map_err(|_| bad())?;
        let m: u32 = m.parse().map_err(|_| bad())?;
        Clock::hm(h, m).ok_or_else(bad)
    }

    /// What a person types in a form: `11`, `1100`, `11:00`, `11.00`, `11h`, `3pm`.
    pub fn parse_loose(s: &str) -> Result<Clock, String> {
        let t = s.trim().to_lowercase();
        let bad = || crate::tr!("form-not-a-time", value = s);
        let (body, pm) = if let Some(b) = t.strip_suffix("pm") {
            (b.trim(), Some(true))
        } else if let Some(b) = t.strip_suffix("am") {
            (b.trim(), Some(false))
        } else {
            (t.trim_end_matches('h'), None)
        };
        let (h, m): (u32, u32) = if let Some((h, m)) = body.split_once([':', '.', 'h']) {
            let m = if m.is_empty() { "0" } else { m };
            if m.len() > 2 {
                return Err(bad());
            }
            (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?)
        } else if body.len() <= 2 {
            (body.parse().map_err(|_| bad())?, 0)
        } else if body.len() <= 4 {
            let (h, m) = body.split_at(body.len() - 2);
            (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?)
        } else {
            return Err(bad());
        };
        let h = match pm {
            Some(true) if (1..12).contains(&h) => h + 12,
            Some(false) if h == 12 => 0,
            Some(_) if !(1..=12).contains(&h) => return Err(bad()),
            _ => h,
        };
        Clock::hm(h, m).ok_or_else(bad)
    }
}

/// A duration typed as `+90m`, `90m`, `+1h30`, `1h`, `1:30` (hours:minutes), in minutes.
pub fn parse_duration(s: &str) -> Result<i64, String> {
    let t = s.trim().trim_start_matches('+').to_lowercase();
    let bad = || crate::tr!("form-not-a-duration", value = s);
    let minutes = if let Some(m) = t.strip_suffix("min").or_else(|| t.strip_suffix('m')) {
        m.trim().parse::<i64>().map_err(|_| bad())?
    } else if let Some((h, m)) = t.split_once(['h', ':']) {
        let h = h.trim().parse::<i64>().map_err(|_| bad())?;
        let m = m.trim().trim_end_matches('m');
        let m = if m.is_empty() {
            0
        } else {
            m.parse::<i64>().map_err(|_| bad())?
        };
        if !(0..60).contains(&m) {
            return Err(bad());
        }
        h * 60 + m
    } else {
        return Err(bad());
    };
    if minutes <= 0 || minutes > 24 * 60 {
        return Err(crate::tr!("form-duration-range", value = s));
    }
    Ok(minutes)
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0.hour(), self.0.minute())
    }
}

impl Serialize for Clock {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            // The compact form (super::wire): the exact time, as numbers.
            return (self.0.num_seconds_from_midnight(), self.0.nanosecond()).serialize(s);
        }
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Clock {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            let (secs, nano) = <(u32, u32)>::deserialize(d)?;
            return NaiveTime::from_num_seconds_from_midnight_opt(secs, nano)
                .map(Clock)
                .ok_or_else(|| de::Error::custom("a time out of range"));
        }
        struct V;
        impl Visitor<'_> for V {
            type Value = Clock;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a time written \"HH:MM\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Clock, E> {
                Clock::parse(v).map_err(E::custom)
            }
            // A bare number (`start: 11`) is a likely slip; say what to write instead.
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Clock, E> {
                Err(E::custom(format!(
                    "bad time `{v}`, expected HH:MM in quotes, such as \"{v:0>2}:00\""
                )))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Clock, E> {
                Err(E::custom(format!(
                    "bad time `{v}`, expected HH:MM in quotes, such as \"09:30\""
                )))
            }
            // `end: 10.30` unquoted is the number 10.3 to YAML.
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Clock, E> {
                let text = v.to_string();
                let meant = text
                    .split_once('.')
                    .map(|(h, m)| format!("{h:0>2}:{m:0<2}"))
                    .filter(|t| Clock::parse(t).is_ok())
                    .unwrap_or_else(|| "09:30".into());
                Err(E::custom(format!(
                    "bad time `{v}`: unquoted, YAML reads it as a number; write \"{meant}\" in quotes"
                )))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_and_loose() {
        assert_eq!(Clock::parse("09:30").unwrap().to_string(), "09:30");
        // The dot is how many programmes write times, and the forms take it.
        assert_eq!(Clock::parse("9.30").unwrap().to_string(), "09:30");
        assert!(Clock::parse("9.3").is_err());
        assert!(Clock::parse("24:00").is_err());
        for (i, o) in [
            ("11", "11:00"),
            ("1100", "11:00"),
            ("930", "09:30"),
            ("11.15", "11:15"),
            ("3pm", "15:00"),
            ("12am", "00:00"),
            ("14h", "14:00"),
        ] {
            assert_eq!(Clock::parse_loose(i).unwrap().to_string(), o, "{i}");
        }
        assert!(Clock::parse_loose("25").is_err());
        assert!(Clock::parse_loose("noon").is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("+90m"), Ok(90));
        assert_eq!(parse_duration("+1h30"), Ok(90));
        assert_eq!(parse_duration("1:45"), Ok(105));
        assert_eq!(parse_duration("2h"), Ok(120));
        assert!(parse_duration("+0m").is_err());
        assert!(parse_duration("soon").is_err());
    }
}
