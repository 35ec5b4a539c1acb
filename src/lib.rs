//! Plenary: prepare meetings from the terminal.
//!
//! Module map — the folder names are the layers:
//! - [`domain`]: meetings, sessions, participants, interpretation, follow-ups (plain data).
//! - [`zones`]: session times in any IANA zone, and each speaker's local time.
//! - [`staffing`]: interpretation booths: teams, loads and turn plans.
//! - [`slots`]: free times for a session, ranked, with why near misses fail.
//! - [`grid`]: a day as rooms side by side, the model of the TUI's day grid.
//! - [`i18n`]: the interface language, its catalogue (Fluent) and Russian dates.
//! - [`load`]: reading files with exact, located errors.
//! - [`problem`]: what is wrong, where, and which records it concerns; did-you-mean hints.
//! - [`check`]: the checks a seasoned organizer makes, as problems.
//! - [`save`]: canonical serialization and atomic, change-aware writes.
//! - [`followups`]: follow-ups across meetings: filters, sections, review edits, carry-over, export.
//! - [`search`]: case- and script-insensitive fuzzy matching.
//! - [`settings`]: the organizer's settings file (language, speaking window, zone, colours, folder).
//! - [`safe`]: untrusted text defused for a terminal, JSON and CSV (the one sanitizer).
//! - [`report`]: renderers both front ends use: the agenda and the interpretation plan as text.
//! - [`yaml`]: the one module that names the YAML library.
//! - [`watch`]: noticing files changed on disk (OS notifications, stamps).
//!
//! The CLI (`cli`) and the terminal UI (`tui`) are thin front ends over these;
//! nothing below them imports ratatui or crossterm.

// Unit tests may unwrap and panic: a failing test should stop loudly.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod alloc;
pub mod cache;
pub mod check;
pub mod cli;
pub mod domain;
pub mod edit;
pub mod export;
pub mod followups;
pub mod generate;
pub mod grid;
pub mod i18n;
pub mod import;
pub mod load;
pub mod people;
pub mod problem;
pub mod registration;
pub mod report;
pub mod safe;
pub mod save;
pub mod search;
pub mod settings;
pub mod slots;
pub mod staffing;
pub mod stranger;
pub mod tui;
pub mod watch;
pub mod yaml;
pub mod zones;
