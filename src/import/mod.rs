//! Reading the schedules that pretalx and frab publish (`schedule.json`,
//! `schedule.xml`) into a meeting, so an event planned there can be
//! prepared here. Both formats are first read into one neutral
//! [`Schedule`]; [`build`] turns that into an agenda: rooms, days, events →
//! sessions, persons → participants, language → floor language. Times keep
//! their instants: each event's start is converted to the conference's zone
//! and written as that zone's wall-clock time.

mod build;
mod frab_xml;
mod schedule_json;
mod why;

pub use build::build;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::i18n::{Lang, Msg};

/// An event as the feeds describe it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedEvent {
    /// The feed's own identifier: slug, code, guid or id, in that order of preference.
    pub key: String,
    pub start: Option<DateTime<FixedOffset>>,
    pub minutes: i64,
    pub room: String,
    pub title: String,
    pub subtitle: String,
    pub kind: String,
    pub language: String,
    pub track: String,
    pub abstract_text: String,
    pub url: String,
    pub persons: Vec<String>,
    /// (url, title, type).
    pub links: Vec<(String, String, String)>,
}

/// A conference as the feeds describe it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schedule {
    pub title: String,
    pub acronym: String,
    pub time_zone: Option<String>,
    /// The conference's first and last dates as the feed states them: a
    /// day with nothing planned yet is still a day of the meeting.
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub events: Vec<FeedEvent>,
}

/// The date a feed's `start` or `end` names: `2026-10-08`, or the date of a
/// date-time (`2026-10-08T09:00:00+05:00`); `None` for anything else.
fn feed_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()
}

/// Why a schedule could not be read, for people: what is wrong and the
/// fix, said in the reader's language when shown (`Display` is English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub msg: Msg,
    pub hint: Msg,
}

impl ImportError {
    fn new(msg: Msg, hint: &str) -> Self {
        ImportError {
            msg,
            hint: Msg::new(hint),
        }
    }
}

impl ImportError {
    /// A file that is no schedule at all, with the fix for what it is:
    /// download again, export instead of saving the page, or export the
    /// right format.
    pub fn stranger(s: crate::stranger::Stranger) -> Self {
        use crate::stranger::Stranger as S;
        match s {
            S::Empty => Self::new(Msg::new("import-empty"), "import-empty-hint"),
            S::WebPage => Self::new(Msg::new("import-web-page"), "import-web-page-hint"),
            S::Workbook => Self::new(Msg::new("import-workbook"), "import-neither-hint"),
            S::Pdf => Self::new(Msg::new("import-pdf"), "import-neither-hint"),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg.render(Lang::En))
    }
}

impl std::error::Error for ImportError {}

/// Reads `text` as a `schedule.json` (starts with `{`) or a `schedule.xml`.
pub fn parse(text: &str) -> Result<Schedule, ImportError> {
    if let Some(s) = crate::stranger::guess(text.as_bytes()) {
        return Err(ImportError::stranger(s));
    }
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        schedule_json::parse(t)
    } else if t.starts_with('<') {
        frab_xml::parse(t)
    } else {
        Err(ImportError::new(
            Msg::new("import-neither"),
            "import-neither-hint",
        ))
    }
}

/// `01:30`, `1:30:00` or a number of minutes → minutes.
pub(crate) fn duration(s: &str) -> Option<i64> {
    let parts: Vec<&str> = s.trim().split(':').collect();
    let n = |x: &str| x.trim().parse::<i64>().ok();
    match parts.as_slice() {
        [m] => n(m),
        [h, m] | [h, m, _] => Some(n(h)? * 60 + n(m)?),
        _ => None,
    }
}

/// An instant with its offset: `2020-09-25T11:00:00+06:00` (RFC 3339), or
/// the same without seconds.
pub(crate) fn instant(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    DateTime::parse_from_rfc3339(s)
        .ok()
        .or_else(|| DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M%:z").ok())
}
