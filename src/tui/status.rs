//! The footer's one-line message and how serious it is. Every message is
//! set through [`App::say`] with a [`Level`]; the footer puts a text
//! marker before a warning or an error (and colours it where colour is
//! on), so an error never reads like a note.

use std::fmt;
use std::ops::Deref;

use super::theme::marker;

/// How serious a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// What happened: "saved", "undid: ...", "grouped by owner".
    Note,
    /// The key did nothing, and why: "select a session first".
    Warning,
    /// Something failed: a save, an edit the file refused, a wrong name.
    Error,
}

impl Level {
    /// The text marker shown before the message (none for a note).
    pub fn marker(self) -> &'static str {
        match self {
            Level::Note => "",
            Level::Warning => marker::WARNING,
            Level::Error => marker::ERROR,
        }
    }
}

/// A message for the footer, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub level: Level,
    pub text: String,
}

/// Read as the text (`app.status.as_deref()`).
impl Deref for Status {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

/// The marker and the text, as the footer shows it: `x not saved: ...`.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.level.marker() {
            "" => f.write_str(&self.text),
            m => write!(f, "{m} {}", self.text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_and_errors_carry_a_marker() {
        let s = |level| Status {
            level,
            text: "not saved".into(),
        };
        assert_eq!(s(Level::Note).to_string(), "not saved");
        assert_eq!(s(Level::Warning).to_string(), "! not saved");
        assert_eq!(s(Level::Error).to_string(), "x not saved");
    }
}
