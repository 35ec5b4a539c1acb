//! A one-line text prompt: a progress note or a due date (the rest of a
//! follow-up is edited in a form, `followups::form`). It takes the keys while open (through the keymap's typing scope,
//! like the Roster's search line); Enter hands the text to the edit it was
//! opened for, Esc drops it.

use crate::tui::library::MeetingId;

/// What the text will become.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// A progress note dated today on (entry, follow-up index).
    Note(MeetingId, usize),
    /// A new due date.
    Due(MeetingId, usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub ask: Ask,
    /// Shown before the text: "Note on `plan-kz`".
    pub label: String,
    pub text: String,
    /// Why the last Enter was refused; cleared by typing.
    pub error: Option<String>,
}

impl Prompt {
    pub fn new(ask: Ask, label: impl Into<String>, text: impl Into<String>) -> Prompt {
        Prompt {
            ask,
            label: label.into(),
            text: text.into(),
            error: None,
        }
    }

    pub fn push(&mut self, c: char) {
        if !c.is_control() {
            self.text.push(c);
        }
        self.error = None;
    }

    pub fn backspace(&mut self) {
        self.text.pop();
        self.error = None;
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.error = None;
    }
}
