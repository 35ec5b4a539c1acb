//! A one-line text prompt: a progress note or a due date (the rest of a
//! follow-up is edited in a form, `followups::form`). It is a layer of the
//! focus stack with its own keys (`Overlay::Line`) over the text line's;
//! Enter hands the text to the edit it was opened for, Esc drops it.

use crate::tui::input::TextInput;
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
    pub text: TextInput,
    /// Why the last Enter was refused; cleared by typing.
    pub error: Option<String>,
}

impl Prompt {
    pub fn new(ask: Ask, label: impl Into<String>, text: impl Into<String>) -> Prompt {
        Prompt {
            ask,
            label: label.into(),
            text: TextInput::new(text),
            error: None,
        }
    }
}
