//! Renderers both front ends use: a meeting turned into text for people to
//! read, print or send. The CLI prints what these return and the TUI writes
//! it to files, so the two never word a sheet differently.
//!
//! A renderer takes domain values and plain options (zones, language,
//! width) and returns a `String`; it never touches the terminal, the
//! arguments or the disk. An export format is one more file here.
//!
//! - [`agenda`]: the programme, day by day, in any time zone and in English or Russian.
//! - [`interpretation`]: the interpretation plan: booths, loads, turn plans, warnings.
//! - [`roster_import`]: the preview of registrations coming into a roster.
//! - [`plain`]: what they share: untrusted text made printable, wrapping by
//!   display width, and the words of a printed programme in two languages.

pub mod agenda;
pub mod interpretation;
pub mod plain;
pub mod roster_import;
