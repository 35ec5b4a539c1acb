//! The changes review mode and the Follow-ups view make: set a status, add
//! a dated progress note, move the due date, add a follow-up from a session.
//!
//! Two layers. The rules live in plain functions on one [`FollowUp`]
//! (closing records the day, the log stays oldest first); the builders
//! around them take the meeting and return an [`edit::Transaction`] for the
//! document's history to apply, so every change is undoable and saved
//! through the one save routine, like any other edit. Follow-ups are named
//! by their index in `follow_ups`, as a [`Row`](super::Row) carries it.

use chrono::NaiveDate;
use thiserror::Error;

use crate::domain::{FollowUp, FollowUpStatus, LogEntry, Meeting, Text};
use crate::edit::{self, Transaction};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FollowUpError {
    #[error("there is no follow-up number {} in this meeting", .0 + 1)]
    NoFollowUp(usize),
    #[error("there is no session `{0}` in this meeting")]
    NoSession(String),
    #[error("a progress note needs some text")]
    EmptyNote,
    #[error("a follow-up needs a title")]
    EmptyTitle,
}

impl FollowUpError {
    /// The refusal as a catalogue message; its English is the Display above.
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            FollowUpError::NoFollowUp(i) => crate::msg!("fu-error-no-follow-up", n = *i + 1),
            FollowUpError::NoSession(id) => crate::msg!("fu-error-no-session", id = id),
            FollowUpError::EmptyNote => crate::msg!("fu-error-empty-note"),
            FollowUpError::EmptyTitle => crate::msg!("fu-error-empty-title"),
        }
    }
}

/// Sets the status. Closing (done, dropped) records `today` as the closing
/// date unless it was closed already; reopening clears it.
pub fn set_status(f: &mut FollowUp, status: FollowUpStatus, today: NaiveDate) {
    let was_open = f.status.is_open();
    f.status = status;
    f.closed = match (status.is_open(), was_open) {
        (true, _) => None,
        (false, true) => Some(today),
        (false, false) => f.closed.or(Some(today)),
    };
}

/// The next status in the usual order, for a one-key toggle.
pub fn next_status(s: FollowUpStatus) -> FollowUpStatus {
    match s {
        FollowUpStatus::Open => FollowUpStatus::InProgress,
        FollowUpStatus::InProgress => FollowUpStatus::Waiting,
        FollowUpStatus::Waiting => FollowUpStatus::Done,
        FollowUpStatus::Done => FollowUpStatus::Dropped,
        FollowUpStatus::Dropped => FollowUpStatus::Open,
    }
}

/// Adds a dated progress note. The log stays oldest first: a note dated
/// before the last entry goes in at its date. Returns its position.
pub fn add_note(f: &mut FollowUp, date: NaiveDate, note: &str) -> Result<usize, FollowUpError> {
    let note = note.trim();
    if note.is_empty() {
        return Err(FollowUpError::EmptyNote);
    }
    let at = f.log.partition_point(|e| e.date <= date);
    f.log.insert(
        at,
        LogEntry {
            date,
            note: note.to_string(),
        },
    );
    Ok(at)
}

fn follow_up(m: &Meeting, i: usize) -> Result<&FollowUp, FollowUpError> {
    m.follow_ups.get(i).ok_or(FollowUpError::NoFollowUp(i))
}

fn replace(
    m: &Meeting,
    i: usize,
    label: String,
    f: impl FnOnce(&mut FollowUp),
) -> Result<Transaction, FollowUpError> {
    edit::ops::edit_follow_up(m, i, &label, f).map_err(|_| FollowUpError::NoFollowUp(i))
}

/// "mark `action-plan-kz` done".
pub fn status(
    m: &Meeting,
    i: usize,
    status: FollowUpStatus,
    today: NaiveDate,
) -> Result<Transaction, FollowUpError> {
    let label = crate::tr!(
        "edit-mark-follow-up",
        id = follow_up(m, i)?.id.as_str(),
        status = crate::i18n::Msg::new(&format!("tui-value-{}", status.as_str()))
    );
    replace(m, i, label, |f| set_status(f, status, today))
}

/// "note on `action-plan-kz`", dated `date` (today, in the TUI).
pub fn note(
    m: &Meeting,
    i: usize,
    date: NaiveDate,
    text: &str,
) -> Result<Transaction, FollowUpError> {
    let mut f = follow_up(m, i)?.clone();
    add_note(&mut f, date, text)?;
    let label = crate::tr!("edit-note-on", id = f.id.as_str());
    replace(m, i, label, |x| *x = f)
}

/// "move `action-plan-kz` to 2023-06-30" (or "clear the due date of ...").
pub fn due(m: &Meeting, i: usize, due: Option<NaiveDate>) -> Result<Transaction, FollowUpError> {
    let id = &follow_up(m, i)?.id;
    let label = match due {
        Some(d) => crate::tr!("edit-move-due", id = id.as_str(), date = d.to_string()),
        None => crate::tr!("edit-clear-due", id = id.as_str()),
    };
    replace(m, i, label, |f| f.due = due)
}

/// A new open follow-up linked to the session it came from; its id is made
/// from the title. It goes after the others, at index `m.follow_ups.len()`.
pub fn add_for_session(
    m: &Meeting,
    session: &str,
    title: &str,
) -> Result<Transaction, FollowUpError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(FollowUpError::EmptyTitle);
    }
    if m.session(session).is_none() {
        return Err(FollowUpError::NoSession(session.to_string()));
    }
    Ok(edit::ops::add_follow_up(
        m,
        FollowUp {
            title: Text::plain(title),
            session: Some(session.to_string()),
            ..FollowUp::default()
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Session;
    use crate::edit::History;

    fn day(s: &str) -> NaiveDate {
        crate::domain::date::parse(s).unwrap()
    }

    fn meeting() -> Meeting {
        Meeting {
            sessions: vec![Session {
                id: "closing".into(),
                title: "Closing".into(),
                ..Session::default()
            }]
            .into(),
            follow_ups: vec![FollowUp {
                id: "plan".into(),
                title: "Plan".into(),
                ..FollowUp::default()
            }]
            .into(),
            ..Meeting::default()
        }
    }

    #[test]
    fn closing_records_the_day_and_reopening_clears_it() {
        let mut f = meeting().follow_ups.remove(0);
        set_status(&mut f, FollowUpStatus::Done, day("2023-03-01"));
        assert_eq!(f.closed, Some(day("2023-03-01")));
        // Done → dropped keeps the day it was first closed.
        set_status(&mut f, FollowUpStatus::Dropped, day("2023-04-01"));
        assert_eq!(f.closed, Some(day("2023-03-01")));
        set_status(&mut f, FollowUpStatus::InProgress, day("2023-05-01"));
        assert_eq!((f.status, f.closed), (FollowUpStatus::InProgress, None));
        assert_eq!(next_status(FollowUpStatus::Dropped), FollowUpStatus::Open);
    }

    #[test]
    fn notes_keep_the_log_oldest_first() {
        let mut f = meeting().follow_ups.remove(0);
        assert_eq!(add_note(&mut f, day("2023-02-01"), " draft sent "), Ok(0));
        assert_eq!(add_note(&mut f, day("2023-03-01"), "approved"), Ok(1));
        assert_eq!(add_note(&mut f, day("2023-02-15"), "comments in"), Ok(1));
        let notes: Vec<&str> = f.log.iter().map(|l| l.note.as_str()).collect();
        assert_eq!(notes, ["draft sent", "comments in", "approved"]);
        assert_eq!(
            add_note(&mut f, day("2023-03-01"), "  "),
            Err(FollowUpError::EmptyNote)
        );
    }

    #[test]
    fn every_change_is_undoable_through_the_history() {
        let mut m = meeting();
        let original = m.clone();
        let mut h = History::new();
        let today = day("2023-03-01");
        let tx = status(&m, 0, FollowUpStatus::Done, today).unwrap();
        assert_eq!(tx.label, "mark `plan` done");
        h.apply(&mut m, tx).unwrap();
        let tx = note(&m, 0, today, "signed").unwrap();
        h.apply(&mut m, tx).unwrap();
        let tx = due(&m, 0, Some(day("2023-06-30"))).unwrap();
        h.apply(&mut m, tx).unwrap();
        let tx = add_for_session(&m, "closing", "Plan!").unwrap();
        h.apply(&mut m, tx).unwrap();
        let f = &m.follow_ups[0];
        assert_eq!(
            (f.status, f.closed, f.due, f.log.len()),
            (
                FollowUpStatus::Done,
                Some(today),
                Some(day("2023-06-30")),
                1
            )
        );
        let added = &m.follow_ups[1];
        assert_eq!(
            (added.id.as_str(), added.session.as_deref()),
            ("plan-2", Some("closing"))
        );
        while h.undo(&mut m).unwrap().is_some() {}
        assert_eq!(m, original);
    }

    #[test]
    fn says_what_is_wrong() {
        let m = meeting();
        let today = day("2023-03-01");
        assert_eq!(
            status(&m, 3, FollowUpStatus::Done, today),
            Err(FollowUpError::NoFollowUp(3))
        );
        assert_eq!(
            FollowUpError::NoFollowUp(3).to_string(),
            "there is no follow-up number 4 in this meeting"
        );
        assert_eq!(note(&m, 0, today, " "), Err(FollowUpError::EmptyNote));
        assert_eq!(
            add_for_session(&m, "lunch", "x"),
            Err(FollowUpError::NoSession("lunch".into()))
        );
        assert_eq!(
            add_for_session(&m, "closing", " "),
            Err(FollowUpError::EmptyTitle)
        );
    }
}
