//! The meeting domain: what a meeting file holds, with no I/O and no UI.
//!
//! Everything here is plain data with serde derives; loading, checking and
//! saving live in their own modules and the front ends sit on top.

mod by_id;
mod clock;
pub mod codes;
pub mod date;
mod field_words;
mod followup;
mod hours;
pub mod interpretation;
mod meeting;
pub mod norms;
pub(crate) mod one_or_many;
mod participant;
pub mod schema;
mod session;
mod shared;
mod tentative;
mod text;
pub mod wire;

pub use by_id::ParticipantIndex;
pub use clock::{Clock, parse_duration};
pub use field_words::field_msg;
pub use followup::{DUE_SOON_DAYS, DueState, FollowUp, FollowUpStatus, LogEntry};
pub use hours::SpeakingHours;
pub use interpretation::Channel;
pub use meeting::{
    Attendance, Format, LISTED_SPAN_DAYS, Meeting, Roster, RosterFile, TENTATIVE_FIELDS,
};
pub use norms::InterpretationNorms;
pub use participant::{InterpreterLanguages, Participant, Role, Status};
pub use session::{Document, DocumentKind, Item, Session, SessionKind};
pub use shared::Shared;
pub use tentative::Tentative;
pub use text::{Text, script_language};
