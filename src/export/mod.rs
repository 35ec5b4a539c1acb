//! Publishing a meeting: the files an organizer sends out, made from the
//! agenda so nobody retypes it — calendars (ics), feeds for conference apps
//! (frab `schedule.xml`, C3VOC `schedule.json`), and the printed programme.
//!
//! Every format starts from the same [`Plan`]: the chosen sessions placed in
//! time in the shown zone, each with the ids, guid and place that must stay
//! the same from one export to the next. Nothing here does I/O except the
//! ics sequence memory ([`sequence`]), which the front end hands in, and
//! [`target`]'s look at the file an export is about to replace.

mod events;
pub mod frab;
pub mod html;
pub mod ics;
pub mod ids;
pub mod md;
mod page;
pub mod schedule_json;
mod select;
pub mod sequence;
mod summary;
pub mod target;
pub mod xml;

pub use events::{Event, Plan, place_label};
pub use select::{Part, SelectError, Selection, part_of};
pub use summary::{item_numbers, languages_line};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::domain::Meeting;

/// What a person asked for, beyond the format.
#[derive(Debug, Clone)]
pub struct Options {
    /// Languages for titles and labels, the first one leading (`--lang en,ru`).
    pub langs: Vec<String>,
    /// Zone the times are shown in (`--tz`); the meeting's own by default.
    pub shown: Tz,
    pub selection: Selection,
    /// Name of the meeting that stays put when its title changes: the
    /// agenda's file name without `.yaml`. Ids and guids are made from it.
    pub meeting_key: String,
    /// Calendars: local times with a VTIMEZONE instead of UTC (`--tzid`).
    pub tzid: bool,
    /// When the export is made: the calendars' DTSTAMP.
    pub stamp: DateTime<Utc>,
}

impl Options {
    pub fn lang(&self) -> &str {
        self.langs.first().map(String::as_str).unwrap_or("en")
    }
}

/// The formats `plenary export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Md,
    Ics,
    FrabXml,
    ScheduleJson,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Html,
        Format::Md,
        Format::Ics,
        Format::FrabXml,
        Format::ScheduleJson,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Md => "md",
            Format::Ics => "ics",
            Format::FrabXml => "frab-xml",
            Format::ScheduleJson => "schedule-json",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Self::ALL.into_iter().find(|f| f.as_str() == s.trim())
    }

    /// The file extension the format is written with.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Md => "md",
            Format::Ics => "ics",
            Format::FrabXml => "xml",
            Format::ScheduleJson => "json",
        }
    }

    /// A file name to suggest for the format: what it is, with its
    /// extension (the feeds as their apps name them, `schedule.xml`).
    pub fn example_file(self) -> &'static str {
        match self {
            Format::Html => "programme.html",
            Format::Md => "programme.md",
            Format::Ics => "calendar.ics",
            Format::FrabXml => "schedule.xml",
            Format::ScheduleJson => "schedule.json",
        }
    }
}

/// An export as text, with what it had to leave out (for standard error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub text: String,
    pub notes: Vec<String>,
}

/// Renders `m` (written in `written`) in `format`; `seq` is the memory of
/// calendar SEQUENCE numbers (see [`sequence`]), used by `ics` only.
pub fn render(
    m: &Meeting,
    written: Tz,
    format: Format,
    o: &Options,
    seq: &mut sequence::SequenceState,
) -> Result<Output, SelectError> {
    let plan = Plan::new(m, written, o)?;
    let text = match format {
        Format::Html => html::render(&plan),
        Format::Md => md::render(&plan),
        Format::Ics => ics::render(&plan, seq),
        Format::FrabXml => frab::render(&plan),
        Format::ScheduleJson => schedule_json::render(&plan),
    };
    Ok(Output {
        text,
        notes: plan.notes(),
    })
}
