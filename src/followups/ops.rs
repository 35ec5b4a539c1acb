//! Changes to one meeting's follow-ups, as the TUI and review mode make
//! them: pure functions on `&mut Meeting`, no I/O.
//!
//! Each returns what was there before, so the caller can record an edit that
//! undoes it; saving goes through the one save routine like any other edit.
//! Follow-ups are addressed by their index in `follow_ups` (a [`Row`]'s
//! `index`), which no operation here changes: new ones are appended.
//!
//! [`Row`]: super::Row

use chrono::NaiveDate;
use thiserror::Error;

use crate::domain::{FollowUp, FollowUpStatus, LogEntry, Meeting, Text};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("there is no follow-up number {0} in this meeting")]
    NoFollowUp(usize),
    #[error("there is no session `{0}` in this meeting")]
    NoSession(String),
    #[error("there is no progress note number {0}")]
    NoNote(usize),
    #[error("a progress note needs some text")]
    EmptyNote,
    #[error("a follow-up needs a title")]
    EmptyTitle,
}

fn get(m: &mut Meeting, index: usize) -> Result<&mut FollowUp, EditError> {
    m.follow_ups
        .get_mut(index)
        .ok_or(EditError::NoFollowUp(index))
}

/// What [`set_status`] replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusBefore {
    pub status: FollowUpStatus,
    pub closed: Option<NaiveDate>,
}

/// Sets the status. Closing (done, dropped) records `today` as the closing
/// date unless it was closed already; reopening clears it.
pub fn set_status(
    m: &mut Meeting,
    index: usize,
    status: FollowUpStatus,
    today: NaiveDate,
) -> Result<StatusBefore, EditError> {
    let f = get(m, index)?;
    let before = StatusBefore {
        status: f.status,
        closed: f.closed,
    };
    f.status = status;
    f.closed = match (status.is_open(), before.status.is_open()) {
        (true, _) => None,
        (false, true) => Some(today),
        (false, false) => before.closed.or(Some(today)),
    };
    Ok(before)
}

/// Puts back what [`set_status`] changed.
pub fn restore_status(
    m: &mut Meeting,
    index: usize,
    before: StatusBefore,
) -> Result<(), EditError> {
    let f = get(m, index)?;
    f.status = before.status;
    f.closed = before.closed;
    Ok(())
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
/// before the last entry goes in at its date. Returns its position in the log.
pub fn add_note(
    m: &mut Meeting,
    index: usize,
    date: NaiveDate,
    note: &str,
) -> Result<usize, EditError> {
    let note = note.trim();
    if note.is_empty() {
        return Err(EditError::EmptyNote);
    }
    let f = get(m, index)?;
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

/// Removes the progress note at `at`, undoing [`add_note`].
pub fn remove_note(m: &mut Meeting, index: usize, at: usize) -> Result<LogEntry, EditError> {
    let f = get(m, index)?;
    if at >= f.log.len() {
        return Err(EditError::NoNote(at));
    }
    Ok(f.log.remove(at))
}

/// Moves (or clears) the due date; returns the one it had.
pub fn set_due(
    m: &mut Meeting,
    index: usize,
    due: Option<NaiveDate>,
) -> Result<Option<NaiveDate>, EditError> {
    let f = get(m, index)?;
    Ok(std::mem::replace(&mut f.due, due))
}

/// An id for a new follow-up, from its title: lowercase words joined by
/// `-`, at most five of them, unique in the meeting.
pub fn new_id(m: &Meeting, title: &str) -> String {
    let ascii = deunicode::deunicode(title).to_lowercase();
    let words: Vec<&str> = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    let base = if words.is_empty() {
        "follow-up".to_string()
    } else {
        words.join("-")
    };
    let taken = |id: &str| m.follow_ups.iter().any(|f| f.id == id);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// Adds an open follow-up produced by a session, linked to it. Returns its index.
pub fn add_for_session(m: &mut Meeting, session: &str, title: &str) -> Result<usize, EditError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(EditError::EmptyTitle);
    }
    if m.session(session).is_none() {
        return Err(EditError::NoSession(session.to_string()));
    }
    let id = new_id(m, title);
    m.follow_ups.push(FollowUp {
        id,
        title: Text::plain(title),
        session: Some(session.to_string()),
        ..FollowUp::default()
    });
    Ok(m.follow_ups.len() - 1)
}

/// Removes a follow-up, undoing [`add_for_session`] (or deleting one).
pub fn remove(m: &mut Meeting, index: usize) -> Result<FollowUp, EditError> {
    if index >= m.follow_ups.len() {
        return Err(EditError::NoFollowUp(index));
    }
    Ok(m.follow_ups.remove(index))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Session;

    fn day(s: &str) -> NaiveDate {
        crate::domain::date::parse(s).unwrap()
    }

    fn meeting() -> Meeting {
        Meeting {
            sessions: vec![Session {
                id: "closing".into(),
                title: "Closing".into(),
                ..Session::default()
            }],
            follow_ups: vec![FollowUp {
                id: "plan".into(),
                title: "Plan".into(),
                ..FollowUp::default()
            }],
            ..Meeting::default()
        }
    }

    #[test]
    fn closing_records_the_day_and_reopening_clears_it() {
        let mut m = meeting();
        let before = set_status(&mut m, 0, FollowUpStatus::Done, day("2023-03-01")).unwrap();
        assert_eq!(
            before,
            StatusBefore {
                status: FollowUpStatus::Open,
                closed: None
            }
        );
        assert_eq!(m.follow_ups[0].closed, Some(day("2023-03-01")));
        // Done → dropped keeps the day it was first closed.
        set_status(&mut m, 0, FollowUpStatus::Dropped, day("2023-04-01")).unwrap();
        assert_eq!(m.follow_ups[0].closed, Some(day("2023-03-01")));
        let b = set_status(&mut m, 0, FollowUpStatus::InProgress, day("2023-05-01")).unwrap();
        assert_eq!(m.follow_ups[0].closed, None);
        restore_status(&mut m, 0, b).unwrap();
        assert_eq!(
            (m.follow_ups[0].status, m.follow_ups[0].closed),
            (FollowUpStatus::Dropped, Some(day("2023-03-01")))
        );
        assert_eq!(
            set_status(&mut m, 7, FollowUpStatus::Done, day("2023-03-01")),
            Err(EditError::NoFollowUp(7))
        );
    }

    #[test]
    fn notes_keep_the_log_oldest_first() {
        let mut m = meeting();
        assert_eq!(
            add_note(&mut m, 0, day("2023-02-01"), " draft sent "),
            Ok(0)
        );
        assert_eq!(add_note(&mut m, 0, day("2023-03-01"), "approved"), Ok(1));
        assert_eq!(add_note(&mut m, 0, day("2023-02-15"), "comments in"), Ok(1));
        let notes: Vec<&str> = m.follow_ups[0]
            .log
            .iter()
            .map(|l| l.note.as_str())
            .collect();
        assert_eq!(notes, ["draft sent", "comments in", "approved"]);
        assert_eq!(
            add_note(&mut m, 0, day("2023-03-01"), "  "),
            Err(EditError::EmptyNote)
        );
        assert_eq!(remove_note(&mut m, 0, 1).unwrap().note, "comments in");
    }

    #[test]
    fn due_dates_move_and_come_back() {
        let mut m = meeting();
        assert_eq!(set_due(&mut m, 0, Some(day("2023-06-30"))), Ok(None));
        assert_eq!(set_due(&mut m, 0, None), Ok(Some(day("2023-06-30"))));
    }

    #[test]
    fn follow_ups_from_a_session_link_to_it_with_a_fresh_id() {
        let mut m = meeting();
        let i = add_for_session(&mut m, "closing", "Plan!").unwrap();
        assert_eq!(m.follow_ups[i].id, "plan-2");
        assert_eq!(m.follow_ups[i].session.as_deref(), Some("closing"));
        assert_eq!(m.follow_ups[i].status, FollowUpStatus::Open);
        let j = add_for_session(&mut m, "closing", "Национальный центр IIOE").unwrap();
        assert_eq!(m.follow_ups[j].id, "natsional-nyi-tsentr-iioe");
        assert_eq!(
            add_for_session(&mut m, "lunch", "x"),
            Err(EditError::NoSession("lunch".into()))
        );
        assert_eq!(
            add_for_session(&mut m, "closing", " "),
            Err(EditError::EmptyTitle)
        );
        assert_eq!(
            remove(&mut m, j).unwrap().title.primary(),
            "Национальный центр IIOE"
        );
    }
}
