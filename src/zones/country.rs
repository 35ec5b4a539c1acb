//! Which zone a participant is in when only their country is known.
//!
//! chrono-tz bundles the tz database's rules but not its country table
//! (`zone1970.tab`), so the mapping is kept here, small and explicit. A
//! country maps to every zone the tz database keeps for it; when it has one
//! the answer is that zone. When it has several, the answer is still known
//! at a given moment if all of them show the same offset then: Kazakhstan
//! had two offsets until 1 March 2024 (Almaty UTC+6, Aqtobe and the west
//! UTC+5) and has one since, so a KZ speaker's local time is known in 2024
//! and unknown in 2020. A country not listed is unknown rather than guessed.
//!
//! China keeps one national time (Asia/Shanghai); the tz database's
//! Asia/Urumqi records an unofficial local usage in Xinjiang and is left out.

use std::str::FromStr;

use chrono::{DateTime, Offset, Utc};
use chrono_tz::Tz;

/// ISO 3166-1 alpha-2 → IANA zones, alphabetical by code.
const ZONES: &[(&str, &[&str])] = &[
    ("AE", &["Asia/Dubai"]),
    ("AF", &["Asia/Kabul"]),
    ("AM", &["Asia/Yerevan"]),
    ("AT", &["Europe/Vienna"]),
    (
        "AU",
        &[
            "Australia/Sydney",
            "Australia/Brisbane",
            "Australia/Adelaide",
            "Australia/Darwin",
            "Australia/Perth",
        ],
    ),
    ("AZ", &["Asia/Baku"]),
    ("BD", &["Asia/Dhaka"]),
    ("BE", &["Europe/Brussels"]),
    ("BG", &["Europe/Sofia"]),
    (
        "BR",
        &[
            "America/Sao_Paulo",
            "America/Manaus",
            "America/Rio_Branco",
            "America/Noronha",
        ],
    ),
    ("BT", &["Asia/Thimphu"]),
    ("BY", &["Europe/Minsk"]),
    (
        "CA",
        &[
            "America/Toronto",
            "America/Winnipeg",
            "America/Edmonton",
            "America/Vancouver",
            "America/Halifax",
            "America/St_Johns",
        ],
    ),
    ("CH", &["Europe/Zurich"]),
    ("CN", &["Asia/Shanghai"]),
    ("CZ", &["Europe/Prague"]),
    ("DE", &["Europe/Berlin"]),
    ("DK", &["Europe/Copenhagen"]),
    ("EE", &["Europe/Tallinn"]),
    ("EG", &["Africa/Cairo"]),
    ("ES", &["Europe/Madrid", "Africa/Ceuta", "Atlantic/Canary"]),
    ("FI", &["Europe/Helsinki"]),
    ("FR", &["Europe/Paris"]),
    ("GB", &["Europe/London"]),
    ("GE", &["Asia/Tbilisi"]),
    ("GR", &["Europe/Athens"]),
    ("HK", &["Asia/Hong_Kong"]),
    ("HU", &["Europe/Budapest"]),
    (
        "ID",
        &[
            "Asia/Jakarta",
            "Asia/Pontianak",
            "Asia/Makassar",
            "Asia/Jayapura",
        ],
    ),
    ("IE", &["Europe/Dublin"]),
    ("IL", &["Asia/Jerusalem"]),
    ("IN", &["Asia/Kolkata"]),
    ("IR", &["Asia/Tehran"]),
    ("IT", &["Europe/Rome"]),
    ("JP", &["Asia/Tokyo"]),
    ("KE", &["Africa/Nairobi"]),
    ("KG", &["Asia/Bishkek"]),
    ("KR", &["Asia/Seoul"]),
    (
        "KZ",
        &[
            "Asia/Almaty",
            "Asia/Qostanay",
            "Asia/Qyzylorda",
            "Asia/Aqtobe",
            "Asia/Aqtau",
            "Asia/Atyrau",
            "Asia/Oral",
        ],
    ),
    ("LT", &["Europe/Vilnius"]),
    ("LV", &["Europe/Riga"]),
    ("MD", &["Europe/Chisinau"]),
    ("MN", &["Asia/Ulaanbaatar", "Asia/Hovd"]),
    (
        "MX",
        &[
            "America/Mexico_City",
            "America/Cancun",
            "America/Chihuahua",
            "America/Tijuana",
        ],
    ),
    ("MY", &["Asia/Kuala_Lumpur", "Asia/Kuching"]),
    ("NL", &["Europe/Amsterdam"]),
    ("NO", &["Europe/Oslo"]),
    ("NP", &["Asia/Kathmandu"]),
    ("PH", &["Asia/Manila"]),
    ("PK", &["Asia/Karachi"]),
    ("PL", &["Europe/Warsaw"]),
    (
        "PT",
        &["Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Azores"],
    ),
    ("RO", &["Europe/Bucharest"]),
    (
        "RU",
        &[
            "Europe/Kaliningrad",
            "Europe/Moscow",
            "Europe/Samara",
            "Asia/Yekaterinburg",
            "Asia/Omsk",
            "Asia/Novosibirsk",
            "Asia/Krasnoyarsk",
            "Asia/Irkutsk",
            "Asia/Yakutsk",
            "Asia/Vladivostok",
            "Asia/Magadan",
            "Asia/Kamchatka",
        ],
    ),
    ("SE", &["Europe/Stockholm"]),
    ("SG", &["Asia/Singapore"]),
    ("SK", &["Europe/Bratislava"]),
    ("TH", &["Asia/Bangkok"]),
    ("TJ", &["Asia/Dushanbe"]),
    ("TM", &["Asia/Ashgabat"]),
    ("TR", &["Europe/Istanbul"]),
    ("UA", &["Europe/Kyiv", "Europe/Simferopol"]),
    (
        "US",
        &[
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Phoenix",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
        ],
    ),
    ("UZ", &["Asia/Tashkent", "Asia/Samarkand"]),
    ("VN", &["Asia/Ho_Chi_Minh"]),
];

/// The IANA zones kept for a country (empty when the country is not listed).
pub fn country_zones(code: &str) -> &'static [&'static str] {
    ZONES
        .binary_search_by(|(c, _)| c.cmp(&code))
        .map(|i| ZONES[i].1)
        .unwrap_or(&[])
}

/// Why a country does not tell the zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoZone {
    /// The country's zones showed different offsets at that moment.
    Several(String),
    /// The country is not in the table.
    Unlisted(String),
}

/// The zone of someone in `country` at instant `at`: its only zone, or the
/// first of its zones when all of them agree on the offset then.
pub fn zone_for_country(country: &str, at: DateTime<Utc>) -> Result<Tz, NoZone> {
    let zones: Vec<Tz> = country_zones(country)
        .iter()
        .filter_map(|z| Tz::from_str(z).ok())
        .collect();
    let first = *zones
        .first()
        .ok_or_else(|| NoZone::Unlisted(country.to_string()))?;
    let offset = |tz: &Tz| at.with_timezone(tz).offset().fix();
    if zones.iter().all(|z| offset(z) == offset(&first)) {
        Ok(first)
    } else {
        Err(NoZone::Several(country.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn table_is_sorted_and_every_zone_exists() {
        assert!(
            ZONES.windows(2).all(|w| w[0].0 < w[1].0),
            "keep ZONES sorted by code"
        );
        for (c, zs) in ZONES {
            assert!(crate::domain::codes::is_country(c), "{c}");
            for z in *zs {
                assert!(Tz::from_str(z).is_ok(), "{c}: {z}");
            }
        }
    }

    #[test]
    fn kazakhstan_has_one_offset_only_since_march_2024() {
        let in_2020 = Utc.with_ymd_and_hms(2020, 9, 25, 5, 0, 0).unwrap();
        let in_2024 = Utc.with_ymd_and_hms(2024, 10, 1, 5, 0, 0).unwrap();
        assert_eq!(
            zone_for_country("KZ", in_2020),
            Err(NoZone::Several("KZ".into()))
        );
        assert_eq!(zone_for_country("KZ", in_2024), Ok(Tz::Asia__Almaty));
        assert_eq!(zone_for_country("KG", in_2020), Ok(Tz::Asia__Bishkek));
        assert_eq!(zone_for_country("UZ", in_2020), Ok(Tz::Asia__Tashkent));
        assert_eq!(
            zone_for_country("US", in_2020),
            Err(NoZone::Several("US".into()))
        );
        assert_eq!(
            zone_for_country("ZZ", in_2020),
            Err(NoZone::Unlisted("ZZ".into()))
        );
    }
}
