//! Dates, times, zones, languages and people written the way a programme
//! prints them. Plain strings; the views add style.

use chrono::{NaiveDate, TimeZone};

use crate::domain::codes::language_name;
use crate::domain::{Meeting, Participant, Session};

/// A value the file writes in English (a role, a status, a kind of
/// session, a format) as the interface says it: [`crate::i18n::value`],
/// the one rule the CLI and the checks use too.
pub fn value(english: &str) -> String {
    crate::i18n::value(english)
}

/// A field's name as the interface says it ("time zone", "часовой пояс"):
/// the catalogue's `tui-field-…`, or the English words when it has none.
pub fn field(english: &str) -> String {
    let key = format!("tui-field-{}", english.replace(' ', "-"));
    if crate::i18n::has(crate::i18n::Lang::En, &key) {
        crate::tr!(&key)
    } else {
        english.to_string()
    }
}

/// `22–23 Oct 2018`, `25 Sep – 23 Oct 2020`, `23 Dec 2020` (in Russian
/// by numbers: `25.09–23.10.2020`).
pub fn dates(start: NaiveDate, end: NaiveDate) -> String {
    crate::i18n::dates::span(start, end, crate::i18n::current())
}

pub fn meeting_dates(m: &Meeting) -> String {
    dates(m.start_date, m.last_day())
}

/// `Fri 25 Sep 2020` / `пт, 25 сент. 2020`.
pub fn day(d: NaiveDate) -> String {
    crate::i18n::dates::short_day(d, crate::i18n::current())
}

/// `Asia/Almaty (UTC+06:00)`: the zone and its offset on `on`, from the
/// time-zone database ([`crate::zones`]), so historical offsets are right.
pub fn zone(name: &str, on: NaiveDate) -> String {
    match crate::zones::parse(name) {
        Ok(tz) => {
            let noon = on.and_hms_opt(12, 0, 0).unwrap_or_default();
            crate::zones::zone_heading(&tz.from_utc_datetime(&noon))
        }
        Err(_) => crate::tr!("tui-unknown-zone", zone = name),
    }
}

/// `11:00–12:30`, with `~` after a time not confirmed yet.
pub fn time_span(s: &Session) -> String {
    let t = |c: Option<crate::domain::Clock>, field: &str| match c {
        Some(c) if s.tentative.covers(field) => format!("{c}~"),
        Some(c) => c.to_string(),
        None => "?".into(),
    };
    match (s.start, s.end) {
        (None, None) => crate::tr!("tui-time-tbc"),
        (a, b) => format!("{}–{}", t(a, "start"), t(b, "end")),
    }
}

/// `en→ru,kk`: floor language(s), then the interpretation channels.
pub fn languages_short(s: &Session) -> String {
    let floor = s.language.join("+");
    if s.interpretation.is_empty() {
        floor
    } else {
        let to: Vec<&str> = s.interpretation.iter().map(|c| c.to.as_str()).collect();
        format!("{floor}→{}", to.join(","))
    }
}

pub fn language_names(codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| language(c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A language's name in the interface language: the catalogue's
/// `language-<code>` when it has one, else the English name (ISO 639).
pub fn language(code: &str) -> String {
    let lang = crate::i18n::current();
    let key = format!("language-{code}");
    if lang != crate::i18n::Lang::En && crate::i18n::has(lang, &key) {
        crate::i18n::text(lang, &key, &crate::i18n::Args::new())
    } else {
        language_name(code).to_string()
    }
}

/// `Mr Jaewon Cho — Programme Officer, KERIS`.
pub fn person(p: &Participant, lang: &str, fallbacks: &[String]) -> String {
    let mut s = p.display_name(lang, fallbacks);
    let pos = p
        .position
        .as_ref()
        .map(|t| t.get(lang, fallbacks))
        .filter(|t| !t.is_empty());
    let org = p
        .organization
        .as_ref()
        .map(|t| t.get(lang, fallbacks))
        .filter(|t| !t.is_empty());
    match (pos, org) {
        (Some(a), Some(b)) => s.push_str(&format!(" — {a}, {b}")),
        (Some(a), None) | (None, Some(a)) => s.push_str(&format!(" — {a}")),
        (None, None) => {}
    }
    s
}

/// A participant id as a person: their line when on the roster, else the id flagged.
/// `e` finds them by id in one step (a frame draws many).
pub fn person_by_id(
    e: &crate::tui::library::Entry,
    id: &str,
    lang: &str,
    fallbacks: &[String],
) -> String {
    match e.participant(id) {
        Some(p) => person(p, lang, fallbacks),
        None => format!("`{id}` {}", crate::tr!("tui-not-on-roster-mark")),
    }
}

/// Where a meeting happens: `Almaty, KZ · hybrid`.
pub fn place(m: &Meeting, lang: &str, fallbacks: &[String]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = &m.city {
        parts.push(c.get(lang, fallbacks).to_string());
    }
    if let Some(c) = &m.country {
        parts.push(c.clone());
    }
    let place = parts.join(", ");
    match (place.is_empty(), m.format) {
        (true, f) => value(f.as_str()),
        (false, crate::domain::Format::InPerson) => place,
        (false, f) => format!("{place} · {}", value(f.as_str())),
    }
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A column's name as the grid shows it: a room's own, or `online`,
/// `no room` in the interface's language.
pub fn grid_column(c: &crate::grid::Column) -> String {
    match c {
        crate::grid::Column::Room(r) => r.clone(),
        crate::grid::Column::Online(_) => crate::tr!("tui-grid-online"),
        crate::grid::Column::Unplaced => crate::tr!("tui-grid-no-room"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_read_like_a_programme() {
        assert_eq!(dates(d(2018, 10, 22), d(2018, 10, 23)), "22–23 Oct 2018");
        assert_eq!(
            dates(d(2020, 9, 25), d(2020, 10, 23)),
            "25 Sep – 23 Oct 2020"
        );
        assert_eq!(dates(d(2020, 12, 23), d(2020, 12, 23)), "23 Dec 2020");
    }

    #[test]
    fn zones_use_historical_offsets() {
        assert_eq!(
            zone("Asia/Almaty", d(2020, 9, 25)),
            "Asia/Almaty (UTC+06:00)"
        );
        assert_eq!(
            zone("Asia/Almaty", d(2024, 6, 1)),
            "Asia/Almaty (UTC+05:00)"
        );
        assert_eq!(
            zone("Mars/Base", d(2020, 1, 1)),
            "Mars/Base (unknown time zone)"
        );
    }
}
