//! Commitments a meeting produced, and how far they got.

use chrono::NaiveDate;
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
pub enum FollowUpStatus {
    #[default]
    Open,
    InProgress,
    Waiting,
    Done,
    Dropped,
}

impl FollowUpStatus {
    pub const ALL: [FollowUpStatus; 5] = [
        FollowUpStatus::Open,
        FollowUpStatus::InProgress,
        FollowUpStatus::Waiting,
        FollowUpStatus::Done,
        FollowUpStatus::Dropped,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            FollowUpStatus::Open => "open",
            FollowUpStatus::InProgress => "in-progress",
            FollowUpStatus::Waiting => "waiting",
            FollowUpStatus::Done => "done",
            FollowUpStatus::Dropped => "dropped",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s.trim().to_lowercase().replace(' ', "-"))
    }
    /// Still owed: open, in progress or waiting.
    pub fn is_open(self) -> bool {
        !matches!(self, FollowUpStatus::Done | FollowUpStatus::Dropped)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    #[serde(with = "super::date")]
    #[schemars(schema_with = "super::schema::date")]
    pub date: NaiveDate,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub id: String,
    pub title: Text,
    /// Participant id of the person who owes it.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub owner: Option<String>,
    /// Organization or country that owes it when no single person does.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub owner_org: Option<Text>,
    #[serde(
        default,
        skip_serializing_if = "super::wire::none",
        with = "super::date::option"
    )]
    #[schemars(schema_with = "super::schema::optional_date")]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub status: FollowUpStatus,
    /// Date it was done or dropped.
    #[serde(
        default,
        skip_serializing_if = "super::wire::none",
        with = "super::date::option"
    )]
    #[schemars(schema_with = "super::schema::optional_date")]
    pub closed: Option<NaiveDate>,
    /// Session id it came from.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub session: Option<String>,
    /// Priority area, a country's action plan, ...
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub tags: Vec<String>,
    /// Where it was first recorded when carried over from an earlier meeting:
    /// `file-stem#follow-up-id`.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub carried_from: Option<String>,
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub notes: Option<String>,
    /// Progress notes, oldest first.
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub log: Vec<LogEntry>,
    #[serde(default, skip_serializing_if = "super::wire::untentative")]
    pub tentative: Tentative,
}

/// Where a follow-up stands against a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueState {
    Overdue,
    DueSoon,
    Later,
    NoDate,
    Closed,
}

/// "Due soon" window, in days, shared by every view and report.
pub const DUE_SOON_DAYS: i64 = 14;

impl FollowUp {
    pub fn due_state(&self, today: NaiveDate) -> DueState {
        if !self.status.is_open() {
            return DueState::Closed;
        }
        match self.due {
            None => DueState::NoDate,
            Some(d) if d < today => DueState::Overdue,
            Some(d) if (d - today).num_days() <= DUE_SOON_DAYS => DueState::DueSoon,
            Some(_) => DueState::Later,
        }
    }

    /// Who owes it, for display: the participant id or the organization.
    pub fn owner_label(&self) -> String {
        match (&self.owner, &self.owner_org) {
            (Some(o), _) => o.clone(),
            (None, Some(t)) => t.primary().to_string(),
            (None, None) => String::new(),
        }
    }
}
