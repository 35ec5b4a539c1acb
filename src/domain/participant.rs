//! People on a meeting's roster.

use serde::{Deserialize, Serialize};

use super::{Tentative, Text};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Speaker,
    #[default]
    Participant,
    Expert,
    Official,
    Organizer,
    Moderator,
    Chair,
    Interpreter,
    Observer,
    Donor,
    Rapporteur,
    Staff,
    Press,
}

impl Role {
    pub const ALL: [Role; 13] = [
        Role::Speaker,
        Role::Participant,
        Role::Expert,
        Role::Official,
        Role::Organizer,
        Role::Moderator,
        Role::Chair,
        Role::Interpreter,
        Role::Observer,
        Role::Donor,
        Role::Rapporteur,
        Role::Staff,
        Role::Press,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Speaker => "speaker",
            Role::Participant => "participant",
            Role::Expert => "expert",
            Role::Official => "official",
            Role::Organizer => "organizer",
            Role::Moderator => "moderator",
            Role::Chair => "chair",
            Role::Interpreter => "interpreter",
            Role::Observer => "observer",
            Role::Donor => "donor",
            Role::Rapporteur => "rapporteur",
            Role::Staff => "staff",
            Role::Press => "press",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Invited,
    Confirmed,
    Declined,
    Attended,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Invited,
        Status::Confirmed,
        Status::Declined,
        Status::Attended,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Invited => "invited",
            Status::Confirmed => "confirmed",
            Status::Declined => "declined",
            Status::Attended => "attended",
        }
    }
    /// The next status in the usual order, for a one-key toggle.
    pub fn next(self) -> Status {
        match self {
            Status::Invited => Status::Confirmed,
            Status::Confirmed => Status::Attended,
            Status::Attended => Status::Declined,
            Status::Declined => Status::Invited,
        }
    }
}

/// An interpreter's languages as interpreters state them: the A language
/// (mother tongue, into which they work), B (active) and C (passive).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterpreterLanguages {
    pub a: String,
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub b: Vec<String>,
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub c: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Stable identifier used by sessions and follow-ups, e.g. `cho-jaewon`.
    pub id: String,
    pub name: Text,
    /// Form of address as the source gives it: Mr, Ms, Dr.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub honorific: Option<String>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub position: Option<Text>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub organization: Option<Text>,
    /// ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub country: Option<String>,
    /// ISO 639-1 codes of the languages the person follows a session in.
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub languages: Vec<String>,
    #[serde(default)]
    pub role: Role,
    #[serde(default)]
    pub status: Status,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub email: Option<String>,
    /// IANA zone the person joins from, when it differs from their country's.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub timezone: Option<String>,
    /// Boxed: few participants interpret, and inline it would make every
    /// participant 64 bytes larger (6 MB at 100,000 people).
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub interpreting: Option<Box<InterpreterLanguages>>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "super::wire::untentative")]
    pub tentative: Tentative,
}

impl Participant {
    /// Name with honorific, as a programme prints it.
    pub fn display_name(&self, lang: &str, fallbacks: &[String]) -> String {
        let n = self.name.get(lang, fallbacks);
        match &self.honorific {
            Some(h) if !h.is_empty() => format!("{h} {n}"),
            _ => n.to_string(),
        }
    }
}
