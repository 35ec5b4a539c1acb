//! Plenary: prepare meetings from the terminal.
//!
//! Module map — the folder names are the layers:
//! - [`domain`]: meetings, sessions, participants, interpretation, follow-ups (plain data).
//! - [`zones`]: session times in any IANA zone, and each speaker's local time.
//! - [`staffing`]: interpretation booths: teams, loads and turn plans.
//! - [`load`]: reading files with exact, located errors.
//! - [`problem`]: what is wrong, where, and which records it concerns; did-you-mean hints.
//! - [`check`]: the checks a seasoned organizer makes, as problems.
//! - [`save`]: canonical serialization and atomic, change-aware writes.
//! - [`followups`]: follow-ups across meetings: filters, sections, review edits, carry-over, export.
//! - [`search`]: case- and script-insensitive fuzzy matching.
//!
//! The CLI (`cli`) and the terminal UI (`tui`) are thin front ends over these;
//! nothing below them imports ratatui or crossterm.

pub mod check;
pub mod cli;
pub mod domain;
pub mod edit;
pub mod followups;
pub mod generate;
pub mod load;
pub mod problem;
pub mod save;
pub mod search;
pub mod staffing;
pub mod tui;
pub mod zones;
