//! Why a time does not work for a session, in words an organizer reads.

use std::fmt;

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

impl fmt::Display for RuledOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuledOut::Room {
                room,
                session,
                span,
            } => write!(f, "room `{room}` is taken by `{session}` ({span})"),
            RuledOut::Break { session, span } => write!(f, "the break `{session}` ({span})"),
            RuledOut::Booked {
                name,
                id,
                session,
                span,
            } => write!(f, "{name} (`{id}`) is in `{session}` ({span})"),
            RuledOut::LocalTime {
                name,
                id,
                zone,
                local,
                hours,
            } => write!(
                f,
                "{name} (`{id}`) would be at {local} in {zone}, outside {hours}"
            ),
            RuledOut::InterpreterDay {
                name,
                id,
                minutes,
                max,
            } => write!(
                f,
                "interpreter {name} (`{id}`) would be in the booth {minutes} minutes that day, over {max}"
            ),
        }
    }
}
