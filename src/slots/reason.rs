//! Why a time does not work for a session, in words an organizer reads.

use std::fmt;

use crate::i18n::{Lang, Msg};
use crate::msg;

/// One reason a time is ruled out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuledOut {
    /// Another session uses the room then.
    Room {
        room: String,
        session: String,
        span: String,
    },
    /// A break is on for everyone then.
    Break { session: String, span: String },
    /// A person the session books is booked elsewhere then.
    Booked {
        name: String,
        id: String,
        session: String,
        span: String,
    },
    /// A person's local time falls outside the speaking hours.
    LocalTime {
        name: String,
        id: String,
        zone: String,
        local: String,
        hours: String,
    },
    /// An interpreter would be in the booth longer than a day allows.
    InterpreterDay {
        name: String,
        id: String,
        minutes: i64,
        max: i64,
    },
}

impl RuledOut {
    /// The reason as a catalogue message, for the reader's language.
    pub fn msg(&self) -> Msg {
        match self {
            RuledOut::Room {
                room,
                session,
                span,
            } => msg!(
                "slots-room-taken",
                room = room,
                session = session,
                span = span
            ),
            RuledOut::Break { session, span } => {
                msg!("slots-break", session = session, span = span)
            }
            RuledOut::Booked {
                name,
                id,
                session,
                span,
            } => msg!(
                "slots-booked",
                name = name,
                id = id,
                session = session,
                span = span
            ),
            RuledOut::LocalTime {
                name,
                id,
                zone,
                local,
                hours,
            } => msg!(
                "slots-local-time",
                name = name,
                id = id,
                zone = zone,
                local = local,
                hours = hours
            ),
            RuledOut::InterpreterDay {
                name,
                id,
                minutes,
                max,
            } => msg!(
                "slots-interpreter-day",
                name = name,
                id = id,
                minutes = *minutes,
                max = *max
            ),
        }
    }
}

/// The English words: the catalogue's English.
impl fmt::Display for RuledOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().render(Lang::En))
    }
}
