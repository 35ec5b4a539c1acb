//! A meeting: one YAML file in git.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::shared::Shared;
use super::{
    Document, FollowUp, InterpretationNorms, Participant, Session, SpeakingHours, Tentative, Text,
};

/// A meeting lasting at most this many days shows each of its days in the
/// schedule, empty ones too; see [`Meeting::days`].
pub const LISTED_SPAN_DAYS: i64 = 7;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    #[default]
    InPerson,
    Online,
    Hybrid,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::InPerson => "in-person",
            Format::Online => "online",
            Format::Hybrid => "hybrid",
        }
    }
}

/// Attendance as a report states it ("around 60 experts").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    pub count: u32,
    #[serde(default, skip_serializing_if = "super::wire::not")]
    pub approximate: bool,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub note: Option<Text>,
}

/// The roster is either written in the meeting file or kept in its own file
/// (`participants: people/casie-2022.yaml`, relative to the meeting file),
/// which several meetings of a series may share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Roster {
    Inline(Shared<Vec<Participant>>),
    File {
        path: String,
        people: Shared<Vec<Participant>>,
    },
}

impl Default for Roster {
    fn default() -> Self {
        Roster::Inline(Shared::default())
    }
}

impl Roster {
    pub fn people(&self) -> &[Participant] {
        match self {
            Roster::Inline(p) | Roster::File { people: p, .. } => p,
        }
    }
    pub fn people_mut(&mut self) -> &mut Vec<Participant> {
        match self {
            Roster::Inline(p) | Roster::File { people: p, .. } => p,
        }
    }
    pub fn file(&self) -> Option<&str> {
        match self {
            Roster::File { path, .. } => Some(path),
            Roster::Inline(_) => None,
        }
    }
    pub(super) fn is_empty_inline(&self) -> bool {
        matches!(self, Roster::Inline(p) if p.is_empty())
    }
}

impl Serialize for Roster {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            // The compact form (super::wire): tagged, with the file's people.
            use serde::ser::SerializeStructVariant;
            return match self {
                Roster::Inline(p) => s.serialize_newtype_variant("Roster", 0, "Inline", p),
                Roster::File { path, people } => {
                    let mut v = s.serialize_struct_variant("Roster", 1, "File", 2)?;
                    v.serialize_field("path", path)?;
                    v.serialize_field("people", people)?;
                    v.end()
                }
            };
        }
        match self {
            Roster::Inline(p) => p.serialize(s),
            Roster::File { path, .. } => s.serialize_str(path),
        }
    }
}

impl<'de> Deserialize<'de> for Roster {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// [`Roster`] in the compact form.
        #[derive(Deserialize)]
        #[serde(rename = "Roster")]
        enum Wire {
            Inline(Vec<Participant>),
            File {
                path: String,
                people: Vec<Participant>,
            },
        }
        if !d.is_human_readable() {
            return Ok(match Wire::deserialize(d)? {
                Wire::Inline(p) => Roster::Inline(p.into()),
                Wire::File { path, people } => Roster::File {
                    path,
                    people: people.into(),
                },
            });
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Roster;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of participants, or the path of a participant-list file")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Roster, E> {
                Ok(Roster::File {
                    path: v.to_string(),
                    people: Shared::default(),
                })
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Roster, A::Error> {
                Vec::<Participant>::deserialize(de::value::SeqAccessDeserializer::new(seq))
                    .map(|p| Roster::Inline(p.into()))
            }
        }
        d.deserialize_any(V)
    }
}

/// A participant-list file on its own: `participants: [...]`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RosterFile {
    pub participants: Vec<Participant>,
}

/// The meeting's fields that hold one value a report may only propose: the
/// names its `tentative` list may give (the check and the meeting form).
pub const TENTATIVE_FIELDS: [&str; 10] = [
    "title",
    "short_title",
    "theme",
    "format",
    "venue",
    "city",
    "country",
    "timezone",
    "start_date",
    "end_date",
];

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub title: Text,
    /// Short name used in lists: "vCASIE 2020".
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub short_title: Option<String>,
    /// Meetings of one series share it; follow-ups carry over within a series.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub series: Option<String>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub theme: Option<Text>,
    #[serde(default)]
    pub format: Format,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub venue: Option<Text>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub city: Option<Text>,
    /// ISO 3166-1 alpha-2 of the host country.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub country: Option<String>,
    /// IANA time zone every session time is written in.
    pub timezone: String,
    #[serde(with = "super::date")]
    #[schemars(schema_with = "super::schema::date")]
    pub start_date: NaiveDate,
    /// Last day; defaults to `start_date` for a one-day meeting.
    #[serde(
        default,
        skip_serializing_if = "super::wire::none",
        with = "super::date::option"
    )]
    #[schemars(schema_with = "super::schema::optional_date")]
    pub end_date: Option<NaiveDate>,
    /// Working languages, ISO 639-1.
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub languages: Vec<String>,
    /// The meeting's own numbers for interpretation teams, when they differ from the defaults.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub interpretation_norms: Option<InterpretationNorms>,
    /// Local hours at which chairs and speakers can be booked, when they
    /// differ from 07:00-22:00.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub speaking_hours: Option<SpeakingHours>,
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub organizers: Vec<Text>,
    /// Institutions that host the venue.
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub hosts: Vec<Text>,
    /// Supporting bodies, donors, partners.
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub partners: Vec<Text>,
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub contacts: Vec<String>,
    /// Who the meeting is for.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub audience: Option<Text>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub objectives: Vec<Text>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub attendance: Option<Attendance>,
    /// Where the facts come from: a report, a web page.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub documents: Vec<Document>,
    #[serde(default, skip_serializing_if = "super::wire::no_inline_roster")]
    pub participants: Roster,
    #[serde(default, skip_serializing_if = "super::wire::none_shared")]
    pub sessions: Shared<Vec<Session>>,
    #[serde(default, skip_serializing_if = "super::wire::none_shared")]
    pub follow_ups: Shared<Vec<FollowUp>>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "super::wire::untentative")]
    pub tentative: Tentative,
}

impl Meeting {
    /// The interpretation norms in force: the meeting's own, else the defaults.
    pub fn norms(&self) -> InterpretationNorms {
        self.interpretation_norms.unwrap_or_default()
    }

    /// The speaking hours in force: the meeting's own, else 07:00-22:00.
    pub fn speaking_hours(&self) -> SpeakingHours {
        self.speaking_hours.unwrap_or_default()
    }

    pub fn last_day(&self) -> NaiveDate {
        self.end_date.unwrap_or(self.start_date)
    }

    pub fn people(&self) -> &[Participant] {
        self.participants.people()
    }

    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.people().iter().find(|p| p.id == id)
    }

    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// Name for lists: the short title, else the title.
    /// The label in display language `lang`: the title written in that
    /// language when the file has it and it is not the one [`Self::label`]
    /// already shows, else the label.
    pub fn label_in(&self, lang: &str) -> &str {
        match &self.title {
            Text::Multi(m) if lang != "en" => m
                .get(lang)
                .filter(|t| !t.trim().is_empty())
                .map_or_else(|| self.label(), String::as_str),
            _ => self.label(),
        }
    }

    pub fn label(&self) -> &str {
        self.short_title
            .as_deref()
            .unwrap_or_else(|| self.title.primary())
    }

    /// The days the schedule shows, in order. Every day of a meeting that
    /// lasts at most [`LISTED_SPAN_DAYS`] appears, empty ones too (a
    /// symposium's second day with nothing planned yet is still a day to
    /// plan); a longer span, such as a webinar series over five weeks,
    /// lists the days that have sessions. Days a session occupies outside
    /// the meeting's dates are added, so nothing is hidden.
    pub fn days(&self) -> Vec<NaiveDate> {
        let mut d: Vec<NaiveDate> = self.sessions.iter().flat_map(|s| s.dates()).collect();
        d.extend(self.listed_dates());
        d.sort();
        d.dedup();
        d
    }

    /// The meeting's own dates that are listed whether or not anything is
    /// planned on them: every day from start to end when the meeting lasts
    /// at most [`LISTED_SPAN_DAYS`], none for a longer span (see [`Self::days`]).
    pub fn listed_dates(&self) -> Vec<NaiveDate> {
        let last = self.last_day();
        if (last - self.start_date).num_days() < LISTED_SPAN_DAYS {
            self.start_date
                .iter_days()
                .take_while(|x| *x <= last)
                .collect()
        } else {
            Vec::new()
        }
    }

    /// Sessions that run on `day` (multi-day ones on each of their days),
    /// by start (unknown last), then file order.
    pub fn sessions_on(&self, day: NaiveDate) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.sessions.len())
            .filter(|&i| self.sessions[i].on(day))
            .collect();
        v.sort_by_key(|&i| {
            let s = &self.sessions[i];
            (s.start.map(|c| c.minutes()).unwrap_or(i64::MAX), i)
        });
        v
    }

    /// Session indices in time order: by date, then start (unknown last), then file order.
    pub fn schedule_order(&self) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.sessions.len()).collect();
        v.sort_by_key(|&i| {
            let s = &self.sessions[i];
            (s.date, s.start.map(|c| c.minutes()).unwrap_or(i64::MAX), i)
        });
        v
    }
}
