//! Zones as people type them on the command line: `JST`, `+09:00`,
//! `UTC+9`. An abbreviation that names one zone is taken as that zone and
//! said so; one that names several (`CST`, `IST`) is refused with the zones
//! it may mean; a whole-hour offset becomes the fixed zone `Etc/GMT-9`
//! (whose sign the tz database writes inverted). Files keep IANA names:
//! there an abbreviation only shows up in the hint.

use std::str::FromStr;

use chrono_tz::Tz;

/// Abbreviations that name one zone in practice, for the regions whose
/// meetings Plenary prepares and the zones of their guests.
const ONE: [(&str, &str); 24] = [
    ("JST", "Asia/Tokyo"),
    ("KST", "Asia/Seoul"),
    ("HKT", "Asia/Hong_Kong"),
    ("SGT", "Asia/Singapore"),
    ("PKT", "Asia/Karachi"),
    ("NPT", "Asia/Kathmandu"),
    ("ALMT", "Asia/Almaty"),
    ("UZT", "Asia/Tashkent"),
    ("TJT", "Asia/Dushanbe"),
    ("TMT", "Asia/Ashgabat"),
    ("KGT", "Asia/Bishkek"),
    ("ULAT", "Asia/Ulaanbaatar"),
    ("WIB", "Asia/Jakarta"),
    ("MSK", "Europe/Moscow"),
    ("CEST", "Europe/Paris"),
    ("EEST", "Europe/Athens"),
    ("AEST", "Australia/Sydney"),
    ("AEDT", "Australia/Sydney"),
    ("NZST", "Pacific/Auckland"),
    ("NZDT", "Pacific/Auckland"),
    ("PST", "America/Los_Angeles"),
    ("PDT", "America/Los_Angeles"),
    ("EDT", "America/New_York"),
    ("MDT", "America/Denver"),
];

/// Abbreviations used for several zones: which one is meant cannot be told.
const MANY: [(&str, &[&str]); 5] = [
    (
        "CST",
        &["America/Chicago", "Asia/Shanghai", "America/Havana"],
    ),
    ("IST", &["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"]),
    ("BST", &["Europe/London", "Asia/Dhaka"]),
    ("AST", &["America/Halifax", "Asia/Riyadh"]),
    ("CDT", &["America/Chicago", "America/Havana"]),
];

/// What a typed name that is no IANA zone may stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// One zone, and the sentence that says how the name was read.
    Zone(Tz, String),
    /// The zones an ambiguous abbreviation may mean.
    Several(&'static [&'static str]),
    /// An offset that is not a whole hour, which no fixed zone holds.
    PartHour(String),
    Nothing,
}

/// `+09:00`, `+9`, `UTC+9`, `GMT-5`, `UTC+05:00` as whole hours east of UTC.
fn offset_hours(s: &str) -> Option<Result<i32, String>> {
    let upper = s.to_ascii_uppercase();
    let rest = upper
        .strip_prefix("UTC")
        .or_else(|| upper.strip_prefix("GMT"))
        .unwrap_or(&upper);
    let (sign, digits) = match rest.as_bytes().first()? {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => return None,
    };
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "0"),
    };
    let (h, m) = (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?);
    if h > 14 || m >= 60 {
        return None;
    }
    if m != 0 {
        return Some(Err(s.to_string()));
    }
    Some(Ok(sign * h))
}

/// How `typed` may be read when it is no IANA zone name.
pub fn read(typed: &str) -> Reading {
    let t = typed.trim();
    let upper = t.to_ascii_uppercase();
    if let Some((_, zone)) = ONE.iter().find(|(a, _)| *a == upper)
        && let Ok(tz) = Tz::from_str(zone)
    {
        return Reading::Zone(tz, crate::tr!("zone-read-as", typed = t, zone = *zone));
    }
    if let Some((_, zones)) = MANY.iter().find(|(a, _)| *a == upper) {
        return Reading::Several(zones);
    }
    match offset_hours(t) {
        Some(Ok(0)) => Reading::Zone(Tz::UTC, crate::tr!("zone-read-as", typed = t, zone = "UTC")),
        Some(Ok(h)) => {
            // Etc/GMT-9 is nine hours east of UTC: POSIX signs, inverted.
            let name = format!("Etc/GMT{:+}", -h);
            match Tz::from_str(&name) {
                Ok(tz) => Reading::Zone(
                    tz,
                    crate::tr!(
                        "zone-read-as-offset",
                        typed = t,
                        zone = name.as_str(),
                        hours = format!("{h:+}")
                    ),
                ),
                Err(_) => Reading::Nothing,
            }
        }
        Some(Err(s)) => Reading::PartHour(s),
        None => Reading::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_offsets() {
        assert!(matches!(read("JST"), Reading::Zone(Tz::Asia__Tokyo, _)));
        assert!(matches!(read("jst"), Reading::Zone(Tz::Asia__Tokyo, _)));
        assert!(matches!(read("CST"), Reading::Several(z) if z.contains(&"Asia/Shanghai")));
        assert!(matches!(
            read("+09:00"),
            Reading::Zone(Tz::Etc__GMTMinus9, _)
        ));
        assert!(matches!(
            read("UTC+9"),
            Reading::Zone(Tz::Etc__GMTMinus9, _)
        ));
        assert!(matches!(read("GMT-5"), Reading::Zone(Tz::Etc__GMTPlus5, _)));
        assert!(matches!(read("+0000"), Reading::Zone(Tz::UTC, _)));
        assert_eq!(read("+05:30"), Reading::PartHour("+05:30".into()));
        assert_eq!(read("Nowhere"), Reading::Nothing);
        assert_eq!(read("+99"), Reading::Nothing);
    }
}
