//! Untrusted text made safe for where it goes.
//!
//! Agenda files arrive by `git pull` and e-mail; any name, id or title in
//! them may hold an escape sequence (OSC 52 writes the clipboard, OSC 0 the
//! window title, `ESC[2J` clears the screen), a C1 control (U+009B is a
//! one-byte CSI), a bidirectional control that makes a line read otherwise
//! than it is, or a carriage return that overprints a line. This module is
//! the one place that knows which characters those are, and how to defuse
//! them for a terminal ([`terminal`]), a JSON file ([`json`]) and a
//! spreadsheet ([`csv`]). The CLI and the TUI both use it; nothing here
//! knows about either.

pub mod csv;
pub mod json;
pub mod terminal;

pub use terminal::{REPLACEMENT, clean, clean_lines, is_unsafe, path, surely_safe};
