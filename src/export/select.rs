//! Which sessions an export covers: all, one session, a room's, or a person's.

use crate::domain::{Meeting, Session};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Selection {
    #[default]
    All,
    /// One session by id (`--session`).
    Session(String),
    /// Sessions held in a room, by name, ignoring case (`--room`).
    Room(String),
    /// Sessions a participant chairs, speaks in or interprets (`--person`).
    Person(String),
}

/// A selection that names nothing in the meeting, with what does exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SelectError {
    pub message: String,
    pub hint: String,
}

/// How a person takes part in a session, for calendars and briefs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Chair,
    Speaker,
    Interpreter,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Chair => "chair",
            Part::Speaker => "speaker",
            Part::Interpreter => "interpreter",
        }
    }
}

/// What `person` does in `s`, if anything (the first that applies).
pub fn part_of(s: &Session, person: &str) -> Option<Part> {
    if s.chair.as_deref() == Some(person) {
        Some(Part::Chair)
    } else if s
        .items
        .iter()
        .any(|i| i.speakers.iter().any(|x| x == person))
    {
        Some(Part::Speaker)
    } else if s
        .interpretation
        .iter()
        .any(|c| c.interpreters.iter().any(|x| x == person))
    {
        Some(Part::Interpreter)
    } else {
        None
    }
}

fn listing(names: Vec<String>) -> String {
    if names.is_empty() {
        crate::tr!("select-none")
    } else {
        crate::tr!("select-known", names = names.join(", "))
    }
}

impl Selection {
    pub fn includes(&self, s: &Session) -> bool {
        match self {
            Selection::All => true,
            Selection::Session(id) => s.id == *id,
            Selection::Room(r) => s.room.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(r)),
            Selection::Person(p) => part_of(s, p).is_some(),
        }
    }

    /// Checks that the selection names something in `m`.
    pub fn check(&self, m: &Meeting) -> Result<(), SelectError> {
        match self {
            Selection::All => Ok(()),
            Selection::Session(id) if m.session(id).is_none() => Err(SelectError {
                message: crate::tr!("select-no-session", id = id),
                hint: listing(m.sessions.iter().map(|s| s.id.clone()).collect()),
            }),
            Selection::Room(r) if !m.sessions.iter().any(|s| self.includes(s)) => {
                let mut rooms: Vec<String> =
                    m.sessions.iter().filter_map(|s| s.room.clone()).collect();
                rooms.sort();
                rooms.dedup();
                Err(SelectError {
                    message: crate::tr!("select-no-room", room = r),
                    hint: listing(rooms),
                })
            }
            Selection::Person(p) if m.participant(p).is_none() => Err(SelectError {
                message: crate::tr!("select-no-person", id = p),
                hint: listing(m.people().iter().map(|x| x.id.clone()).collect()),
            }),
            _ => Ok(()),
        }
    }
}
