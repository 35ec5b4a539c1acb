//! Edits as values: every change to a meeting is one of these, and each
//! knows its inverse, so undo and redo are just "apply the other one".
//!
//! Changes are record-level (insert, remove, replace, move one session,
//! participant or follow-up) rather than whole-document snapshots, so a long
//! day of edits on a large agenda costs memory in proportion to the records
//! touched, not to the size of the file.

use crate::domain::{FollowUp, Meeting, Participant, Session};

#[derive(Debug, Clone, PartialEq)]
pub enum ListOp<T> {
    Insert(usize, T),
    Remove(usize, T),
    Replace { at: usize, before: T, after: T },
    Move { from: usize, to: usize },
}

impl<T: Clone> ListOp<T> {
    fn inverse(&self) -> Self {
        match self {
            ListOp::Insert(i, v) => ListOp::Remove(*i, v.clone()),
            ListOp::Remove(i, v) => ListOp::Insert(*i, v.clone()),
            ListOp::Replace { at, before, after } => ListOp::Replace {
                at: *at,
                before: after.clone(),
                after: before.clone(),
            },
            ListOp::Move { from, to } => ListOp::Move {
                from: *to,
                to: *from,
            },
        }
    }

    /// Applies the operation; a stale index (which a correct history never
    /// produces) is refused rather than panicking.
    fn apply(&self, list: &mut Vec<T>) -> Result<(), EditError> {
        let n = list.len();
        match self {
            ListOp::Insert(i, v) if *i <= n => list.insert(*i, v.clone()),
            ListOp::Remove(i, _) if *i < n => {
                list.remove(*i);
            }
            ListOp::Replace { at, after, .. } if *at < n => list[*at] = after.clone(),
            ListOp::Move { from, to } if *from < n && *to < n => {
                let v = list.remove(*from);
                list.insert(*to, v);
            }
            _ => return Err(EditError::Stale),
        }
        Ok(())
    }
}

/// The meeting's own fields (title, dates, languages, ...) without its lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Header(pub Meeting);

impl Header {
    pub fn of(m: &Meeting) -> Header {
        let mut h = Meeting {
            participants: crate::domain::Roster::default(),
            sessions: Vec::new().into(),
            follow_ups: Vec::new().into(),
            ..m.clone()
        };
        // The roster's location (inline or its own file) is a header fact.
        if let Some(path) = m.participants.file() {
            h.participants = crate::domain::Roster::File {
                path: path.to_string(),
                people: Vec::new().into(),
            };
        }
        Header(h)
    }

    fn install(&self, m: &mut Meeting) {
        let people = std::mem::take(m.participants.people_mut());
        let sessions = std::mem::take(&mut m.sessions);
        let follow_ups = std::mem::take(&mut m.follow_ups);
        *m = self.0.clone();
        *m.participants.people_mut() = people;
        m.sessions = sessions;
        m.follow_ups = follow_ups;
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Session(ListOp<Session>),
    Participant(ListOp<Participant>),
    FollowUp(ListOp<FollowUp>),
    Header {
        before: Box<Header>,
        after: Box<Header>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("the edit no longer fits the document (it changed underneath); nothing was applied")]
    Stale,
}

impl EditError {
    /// The refusal as a catalogue message; its English is the Display above.
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            EditError::Stale => crate::msg!("edit-stale"),
        }
    }
}

impl Change {
    pub fn inverse(&self) -> Change {
        match self {
            Change::Session(op) => Change::Session(op.inverse()),
            Change::Participant(op) => Change::Participant(op.inverse()),
            Change::FollowUp(op) => Change::FollowUp(op.inverse()),
            Change::Header { before, after } => Change::Header {
                before: after.clone(),
                after: before.clone(),
            },
        }
    }

    pub fn apply(&self, m: &mut Meeting) -> Result<(), EditError> {
        match self {
            Change::Session(op) => op.apply(&mut m.sessions),
            Change::Participant(op) => op.apply(m.participants.people_mut()),
            Change::FollowUp(op) => op.apply(&mut m.follow_ups),
            Change::Header { after, .. } => {
                after.install(m);
                Ok(())
            }
        }
    }
}

/// Changes made by one user action, undone and redone together.
#[derive(Debug, Clone, PartialEq)]
pub struct Transaction {
    /// What the action was, for "undid: move session" messages.
    pub label: String,
    pub changes: Vec<Change>,
}

impl Transaction {
    pub fn new(label: impl Into<String>) -> Self {
        Transaction {
            label: label.into(),
            changes: Vec::new(),
        }
    }

    pub fn with(mut self, c: Change) -> Self {
        self.changes.push(c);
        self
    }

    pub fn push(&mut self, c: Change) {
        self.changes.push(c);
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Applies every change in order; on failure rolls back what was applied,
    /// so the meeting is never left half-edited.
    pub fn apply(&self, m: &mut Meeting) -> Result<(), EditError> {
        for (i, c) in self.changes.iter().enumerate() {
            if let Err(e) = c.apply(m) {
                for done in self.changes[..i].iter().rev() {
                    let _ = done.inverse().apply(m);
                }
                return Err(e);
            }
        }
        Ok(())
    }

    pub fn inverse(&self) -> Transaction {
        Transaction {
            label: self.label.clone(),
            changes: self.changes.iter().rev().map(Change::inverse).collect(),
        }
    }
}
