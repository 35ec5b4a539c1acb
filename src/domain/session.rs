//! Sessions, breaks and the items (presentations) inside them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Channel, Clock, Tentative, Text};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum SessionKind {
    #[default]
    Session,
    Opening,
    Plenary,
    Panel,
    Webinar,
    Presentation,
    Training,
    Discussion,
    RoundTable,
    SideMeeting,
    Closing,
    Break,
    Workshop,
    BreakOut,
    Exhibition,
    Poster,
    Registration,
    Reception,
    Excursion,
    Consultation,
}

impl SessionKind {
    pub const ALL: [SessionKind; 20] = [
        SessionKind::Session,
        SessionKind::Opening,
        SessionKind::Plenary,
        SessionKind::Panel,
        SessionKind::Webinar,
        SessionKind::Presentation,
        SessionKind::Training,
        SessionKind::Discussion,
        SessionKind::RoundTable,
        SessionKind::SideMeeting,
        SessionKind::Closing,
        SessionKind::Break,
        SessionKind::Workshop,
        SessionKind::BreakOut,
        SessionKind::Exhibition,
        SessionKind::Poster,
        SessionKind::Registration,
        SessionKind::Reception,
        SessionKind::Excursion,
        SessionKind::Consultation,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Session => "session",
            SessionKind::Opening => "opening",
            SessionKind::Plenary => "plenary",
            SessionKind::Panel => "panel",
            SessionKind::Webinar => "webinar",
            SessionKind::Presentation => "presentation",
            SessionKind::Training => "training",
            SessionKind::Discussion => "discussion",
            SessionKind::RoundTable => "round-table",
            SessionKind::SideMeeting => "side-meeting",
            SessionKind::Closing => "closing",
            SessionKind::Break => "break",
            SessionKind::Workshop => "workshop",
            SessionKind::BreakOut => "break-out",
            SessionKind::Exhibition => "exhibition",
            SessionKind::Poster => "poster",
            SessionKind::Registration => "registration",
            SessionKind::Reception => "reception",
            SessionKind::Excursion => "excursion",
            SessionKind::Consultation => "consultation",
        }
    }

    /// Kinds that usually run beside the programme rather than in it: a
    /// new session of one of these starts out marked `alongside`.
    pub fn runs_alongside(self) -> bool {
        matches!(
            self,
            SessionKind::Exhibition
                | SessionKind::Poster
                | SessionKind::Registration
                | SessionKind::Consultation
        )
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    #[default]
    Document,
    ConceptNote,
    Programme,
    Presentation,
    Recording,
    Report,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 6] = [
        DocumentKind::Document,
        DocumentKind::ConceptNote,
        DocumentKind::Programme,
        DocumentKind::Presentation,
        DocumentKind::Recording,
        DocumentKind::Report,
    ];

    /// As the file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Document => "document",
            DocumentKind::ConceptNote => "concept-note",
            DocumentKind::Programme => "programme",
            DocumentKind::Presentation => "presentation",
            DocumentKind::Recording => "recording",
            DocumentKind::Report => "report",
        }
    }
}

/// A document, slide deck or recording, usually one per language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub title: Text,
    #[serde(default)]
    pub kind: DocumentKind,
    /// ISO 639-1 language of this version.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Left out when only who speaks is known (a speaker added to the
    /// session without a talk title).
    #[serde(default, skip_serializing_if = "Text::is_unset")]
    pub title: Text,
    /// Participant ids, in speaking order.
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub speakers: Vec<String>,
    /// Who presents when no single person does: a country, an organization.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub presenter: Option<Text>,
    /// Whom the speaker presents for ("on behalf of the Korean Ministry of Education").
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub on_behalf_of: Option<Text>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub documents: Vec<Document>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "super::wire::untentative")]
    pub tentative: Tentative,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub kind: SessionKind,
    #[serde(with = "super::date")]
    #[schemars(schema_with = "super::schema::date")]
    pub date: NaiveDate,
    /// Last day of a session that runs over several days (an exhibition),
    /// at the same hours each day; left out for a one-day session.
    #[serde(
        default,
        skip_serializing_if = "super::wire::none",
        with = "super::date::option"
    )]
    #[schemars(schema_with = "super::schema::optional_date")]
    pub end_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub start: Option<Clock>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub end: Option<Clock>,
    /// Runs beside the other sessions on purpose (an exhibition, a poster
    /// area, a registration desk): its room and people are not counted as
    /// clashing with the sessions it runs beside.
    #[serde(default, skip_serializing_if = "super::wire::not")]
    pub alongside: bool,
    /// Must not move when the rest of the day is shifted (a link to another
    /// event, a minister's slot): a shift that would move it asks first.
    #[serde(default, skip_serializing_if = "super::wire::not")]
    pub fixed: bool,
    /// Lead organization or office.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub lead: Option<Text>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub room: Option<String>,
    /// Meeting link for an online or hybrid session.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub link: Option<String>,
    /// Participant id of the chair or moderator.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub chair: Option<String>,
    /// Floor language(s), ISO 639-1.
    #[serde(
        default,
        skip_serializing_if = "super::wire::empty",
        with = "super::one_or_many"
    )]
    #[schemars(schema_with = "super::schema::one_or_many")]
    pub language: Vec<String>,
    /// Channels of simultaneous interpretation.
    #[serde(
        default,
        skip_serializing_if = "super::wire::empty",
        serialize_with = "super::interpretation::serialize_channels",
        deserialize_with = "super::interpretation::deserialize_channels"
    )]
    #[schemars(schema_with = "super::schema::channels")]
    pub interpretation: Vec<Channel>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub items: Vec<Item>,
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub documents: Vec<Document>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "super::wire::untentative")]
    pub tentative: Tentative,
}

impl Session {
    /// Start and end in minutes since midnight, when both are known.
    pub fn span(&self) -> Option<(i64, i64)> {
        Some((self.start?.minutes(), self.end?.minutes()))
    }

    pub fn minutes(&self) -> Option<i64> {
        self.span().map(|(a, b)| b - a)
    }

    pub fn is_break(&self) -> bool {
        self.kind == SessionKind::Break
    }

    /// The last day the session runs: its `end_date`, else its `date`.
    pub fn last_date(&self) -> NaiveDate {
        self.end_date
            .filter(|e| *e > self.date)
            .unwrap_or(self.date)
    }

    /// Whether the session runs on `day` (any of its days for a multi-day one).
    pub fn on(&self, day: NaiveDate) -> bool {
        self.date <= day && day <= self.last_date()
    }

    /// Every day the session runs, first to last.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.date.iter_days().take_while(|d| *d <= self.last_date())
    }

    /// Every participant id the session books: chair and speakers, in order, once each.
    pub fn people(&self) -> Vec<&str> {
        let all = self
            .chair
            .iter()
            .chain(self.items.iter().flat_map(|i| i.speakers.iter()));
        // Linear whatever the count: an item may name 100,000 speakers.
        let mut seen = std::collections::HashSet::new();
        all.map(String::as_str)
            .filter(|id| seen.insert(*id))
            .collect()
    }

    /// The languages one can follow the session in: those it is held in,
    /// then those it is interpreted into (a language may come twice).
    pub fn languages_offered(&self) -> impl Iterator<Item = &String> {
        self.language
            .iter()
            .chain(self.interpretation.iter().map(|c| &c.to))
    }

    /// Where the session happens: room, else link.
    pub fn place(&self) -> Option<&str> {
        self.room.as_deref().or(self.link.as_deref())
    }
}
