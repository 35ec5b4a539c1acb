//! Editing a meeting: edits are values ([`Change`], grouped in a
//! [`Transaction`]), applied and undone through one [`History`], with an
//! [`Editor`] that ties a loaded document to its history and to safe saving.
//! No UI here: the TUI turns keys into these calls.

mod change;
mod editor;
pub mod form_text;
mod history;
pub mod inherit;
pub mod meeting_form;
pub mod merge_people;
pub mod new_meeting;
pub mod ops;
pub mod romanize;
pub mod session_form;
pub mod shift;
mod usage;

pub use change::{Change, EditError, Header, ListOp, Transaction};
pub use editor::{BaseJob, DiskState, Editor};
pub use history::{History, SavePoint};
pub use usage::{Usage, participant_usage};
