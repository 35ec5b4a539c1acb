//! The edits an organizer makes, each built as a [`Transaction`] from the
//! current meeting. Nothing here mutates: the history applies the result,
//! so every edit is undoable by construction.

use chrono::NaiveDate;

use super::{Change, ListOp, Transaction};
use crate::domain::{Clock, FollowUp, Meeting, Participant, Session};

/// A lowercase ASCII id from a name or title: "Jaewon Cho" → `jaewon-cho`,
/// "Уманкулова" → `umankulova`.
pub fn slug(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out: String = out.chars().take(40).collect();
    if out.is_empty() {
        "item".into()
    } else {
        out.trim_end_matches('-').to_string()
    }
}

/// `base`, or `base-2`, `base-3`, ... whichever is not taken yet.
pub fn unique_id<'a>(base: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let base = if base.is_empty() { "item" } else { base };
    if !taken.clone().any(|t| t == base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !taken.clone().any(|t| t == c))
        .unwrap_or_else(|| base.to_string())
}

fn bad_index(what: &str, i: usize) -> String {
    format!("there is no {what} number {}", i + 1)
}

/// Replaces session `i` with what `f` makes of a copy of it.
pub fn edit_session(
    m: &Meeting,
    i: usize,
    label: &str,
    f: impl FnOnce(&mut Session),
) -> Result<Transaction, String> {
    let before = m
        .sessions
        .get(i)
        .ok_or_else(|| bad_index("session", i))?
        .clone();
    let mut after = before.clone();
    f(&mut after);
    if after == before {
        return Ok(Transaction::new(label));
    }
    if after.id != before.id && m.sessions.iter().any(|s| s.id == after.id) {
        return Err(format!("the id `{}` is taken by another session", after.id));
    }
    let (old, new) = (before.id.clone(), after.id.clone());
    let mut tx = Transaction::new(label).with(Change::Session(ListOp::Replace {
        at: i,
        before,
        after,
    }));
    // A renamed session keeps the follow-ups that came from it.
    if old != new {
        for (k, fu) in m.follow_ups.iter().enumerate() {
            if fu.session.as_deref() == Some(old.as_str()) {
                let mut moved = fu.clone();
                moved.session = Some(new.clone());
                tx.push(Change::FollowUp(ListOp::Replace {
                    at: k,
                    before: fu.clone(),
                    after: moved,
                }));
            }
        }
    }
    Ok(tx)
}

/// Replaces participant `i` with what `f` makes of a copy; a changed id is
/// carried into every session and follow-up that names the person.
pub fn edit_participant(
    m: &Meeting,
    i: usize,
    label: &str,
    f: impl FnOnce(&mut Participant),
) -> Result<Transaction, String> {
    let before = m
        .people()
        .get(i)
        .ok_or_else(|| bad_index("participant", i))?
        .clone();
    let mut after = before.clone();
    f(&mut after);
    if after == before {
        return Ok(Transaction::new(label));
    }
    if after.id != before.id && m.people().iter().any(|p| p.id == after.id) {
        return Err(format!(
            "the id `{}` is taken by another participant",
            after.id
        ));
    }
    let (old, new) = (before.id.clone(), after.id.clone());
    let mut tx = Transaction::new(label).with(Change::Participant(ListOp::Replace {
        at: i,
        before,
        after,
    }));
    if old != new {
        rename_references(m, &old, &new, &mut tx);
    }
    Ok(tx)
}

fn rename_references(m: &Meeting, old: &str, new: &str, tx: &mut Transaction) {
    let swap = |v: &mut String| {
        if v == old {
            *v = new.to_string();
        }
    };
    for (i, s) in m.sessions.iter().enumerate() {
        let mut after = s.clone();
        after.chair.iter_mut().for_each(swap);
        for it in &mut after.items {
            it.speakers.iter_mut().for_each(swap);
        }
        for c in &mut after.interpretation {
            c.interpreters.iter_mut().for_each(swap);
        }
        if &after != s {
            tx.push(Change::Session(ListOp::Replace {
                at: i,
                before: s.clone(),
                after,
            }));
        }
    }
    for (i, f) in m.follow_ups.iter().enumerate() {
        if f.owner.as_deref() == Some(old) {
            let mut after = f.clone();
            after.owner = Some(new.to_string());
            tx.push(Change::FollowUp(ListOp::Replace {
                at: i,
                before: f.clone(),
                after,
            }));
        }
    }
}

/// Replaces follow-up `i` with what `f` makes of a copy of it.
pub fn edit_follow_up(
    m: &Meeting,
    i: usize,
    label: &str,
    f: impl FnOnce(&mut FollowUp),
) -> Result<Transaction, String> {
    let before = m
        .follow_ups
        .get(i)
        .ok_or_else(|| bad_index("follow-up", i))?
        .clone();
    let mut after = before.clone();
    f(&mut after);
    if after == before {
        return Ok(Transaction::new(label));
    }
    Ok(
        Transaction::new(label).with(Change::FollowUp(ListOp::Replace {
            at: i,
            before,
            after,
        })),
    )
}

/// Adds a session (or break) where a person would write it: among its
/// day's sessions in time order (after the last one that starts no later;
/// with no start, after the day's last). An empty or taken id is made from
/// the title.
pub fn add_session(m: &Meeting, mut s: Session) -> Transaction {
    let base = if s.id.trim().is_empty() {
        slug(s.title.primary())
    } else {
        s.id.clone()
    };
    s.id = unique_id(&base, m.sessions.iter().map(|x| x.id.as_str()));
    let at = session_slot(m, &s);
    Transaction::new(format!("add session `{}`", s.id)).with(Change::Session(ListOp::Insert(at, s)))
}

/// The index after the last session that starts earlier than `s` (by day,
/// then start; one with no start after its day's last); first when every
/// session comes later.
fn session_slot(m: &Meeting, s: &Session) -> usize {
    let key = |x: &Session| (x.date, x.start.map_or(i64::MAX, |c| c.minutes()));
    let new = key(s);
    let before = |x: &Session| key(x) < new || (s.start.is_none() && key(x) <= new);
    m.sessions.iter().rposition(before).map_or(0, |i| i + 1)
}

/// A copy of session `i` right after it, with a fresh id.
pub fn duplicate_session(m: &Meeting, i: usize) -> Result<Transaction, String> {
    let mut s = m
        .sessions
        .get(i)
        .ok_or_else(|| bad_index("session", i))?
        .clone();
    s.id = unique_id(
        &format!("{}-copy", s.id),
        m.sessions.iter().map(|x| x.id.as_str()),
    );
    Ok(Transaction::new(format!("duplicate session as `{}`", s.id))
        .with(Change::Session(ListOp::Insert(i + 1, s))))
}

/// Deletes session `i`; follow-ups that came from it lose the link in the
/// same transaction, so undo brings both back.
pub fn delete_session(m: &Meeting, i: usize) -> Result<Transaction, String> {
    let s = m
        .sessions
        .get(i)
        .ok_or_else(|| bad_index("session", i))?
        .clone();
    let mut tx = Transaction::new(format!("delete session `{}`", s.id));
    for (k, f) in m.follow_ups.iter().enumerate() {
        if f.session.as_deref() == Some(s.id.as_str()) {
            let mut after = f.clone();
            after.session = None;
            tx.push(Change::FollowUp(ListOp::Replace {
                at: k,
                before: f.clone(),
                after,
            }));
        }
    }
    tx.push(Change::Session(ListOp::Remove(i, s)));
    Ok(tx)
}

/// Moves session `i` to `date` at `start`, keeping its length. With
/// `shift_rest`, later sessions that day are pushed back so none overlaps.
pub fn move_session(
    m: &Meeting,
    i: usize,
    date: NaiveDate,
    start: Clock,
    shift_rest: bool,
) -> Result<Transaction, String> {
    let s = m.sessions.get(i).ok_or_else(|| bad_index("session", i))?;
    let len = s.minutes().unwrap_or(60);
    let end = Clock::from_minutes(start.minutes() + len).ok_or_else(|| {
        format!("starting at {start}, a {len}-minute session would run past midnight")
    })?;
    retime(m, i, date, start, end, shift_rest, Retime::Move)
}

/// Changes the end of session `i` (shorten or lengthen). With `shift_rest`,
/// the sessions after it that day move by the same amount.
pub fn resize_session(
    m: &Meeting,
    i: usize,
    end: Clock,
    shift_rest: bool,
) -> Result<Transaction, String> {
    let s = m.sessions.get(i).ok_or_else(|| bad_index("session", i))?;
    let start = s.start.ok_or("set a start time first")?;
    if end <= start {
        return Err(format!("the end ({end}) must be after the start ({start})"));
    }
    retime(m, i, s.date, start, end, shift_rest, Retime::Resize)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Retime {
    Move,
    Resize,
}

fn retime(
    m: &Meeting,
    i: usize,
    date: NaiveDate,
    start: Clock,
    end: Clock,
    shift_rest: bool,
    how: Retime,
) -> Result<Transaction, String> {
    let before = m.sessions[i].clone();
    let mut after = before.clone();
    after.date = date;
    after.start = Some(start);
    after.end = Some(end);
    let verb = if how == Retime::Move {
        "move"
    } else {
        "resize"
    };
    let mut tx = Transaction::new(format!("{verb} session `{}`", before.id));
    tx.push(Change::Session(ListOp::Replace {
        at: i,
        before: before.clone(),
        after,
    }));
    if !shift_rest {
        return Ok(tx);
    }
    // Resizing carries the sessions after the old end along by the same
    // amount (shorter pulls them earlier, longer pushes them later); moving
    // pushes back whatever now collides. Either way nothing is left overlapping.
    let old_end = before.end.map(Clock::minutes);
    let (from, delta) = match (how, old_end) {
        (Retime::Resize, Some(oe)) => (oe, end.minutes() - oe),
        _ => (start.minutes(), 0),
    };
    let mut later: Vec<(usize, i64, i64)> = m
        .sessions
        .iter()
        .enumerate()
        .filter(|(k, o)| *k != i && o.date == date)
        .filter_map(|(k, o)| o.span().map(|(a, b)| (k, a, b)))
        .filter(|&(_, a, _)| a >= from)
        .collect();
    later.sort_by_key(|&(k, a, _)| (a, k));
    let mut prev_end = end.minutes();
    for (k, os, oe) in later {
        let shift = (os + delta).max(prev_end) - os;
        prev_end = oe + shift;
        if shift == 0 {
            continue;
        }
        let o = &m.sessions[k];
        let (Some(cs), Some(ce)) = (
            Clock::from_minutes(os + shift),
            Clock::from_minutes(oe + shift),
        ) else {
            return Err(format!("shifting `{}` would push it past midnight", o.id));
        };
        let mut moved = o.clone();
        moved.start = Some(cs);
        moved.end = Some(ce);
        tx.push(Change::Session(ListOp::Replace {
            at: k,
            before: o.clone(),
            after: moved,
        }));
    }
    Ok(tx)
}

/// Adds a participant; an empty or taken id is made from the name.
pub fn add_participant(m: &Meeting, mut p: Participant) -> Transaction {
    let base = if p.id.trim().is_empty() {
        slug(p.name.primary())
    } else {
        p.id.clone()
    };
    p.id = unique_id(&base, m.people().iter().map(|x| x.id.as_str()));
    Transaction::new(format!("add participant `{}`", p.id))
        .with(Change::Participant(ListOp::Insert(m.people().len(), p)))
}

/// Removes participant `i`. The caller asks first when [`usage`](super::usage)
/// says they are booked somewhere.
pub fn remove_participant(m: &Meeting, i: usize) -> Result<Transaction, String> {
    let p = m
        .people()
        .get(i)
        .ok_or_else(|| bad_index("participant", i))?
        .clone();
    Ok(Transaction::new(format!("remove participant `{}`", p.id))
        .with(Change::Participant(ListOp::Remove(i, p))))
}

/// Adds a follow-up; an empty or taken id is made from the title.
pub fn add_follow_up(m: &Meeting, mut f: FollowUp) -> Transaction {
    let base = if f.id.trim().is_empty() {
        slug(f.title.primary())
    } else {
        f.id.clone()
    };
    f.id = unique_id(&base, m.follow_ups.iter().map(|x| x.id.as_str()));
    Transaction::new(format!("add follow-up `{}`", f.id))
        .with(Change::FollowUp(ListOp::Insert(m.follow_ups.len(), f)))
}

pub fn delete_follow_up(m: &Meeting, i: usize) -> Result<Transaction, String> {
    let f = m
        .follow_ups
        .get(i)
        .ok_or_else(|| bad_index("follow-up", i))?
        .clone();
    Ok(Transaction::new(format!("delete follow-up `{}`", f.id))
        .with(Change::FollowUp(ListOp::Remove(i, f))))
}

/// Changes the meeting's own fields (title, dates, languages, zone...).
pub fn edit_header(m: &Meeting, label: &str, f: impl FnOnce(&mut Meeting)) -> Transaction {
    let before = super::Header::of(m);
    let mut after = before.0.clone();
    f(&mut after);
    let after = super::Header::of(&after);
    if after == before {
        return Transaction::new(label);
    }
    Transaction::new(label).with(Change::Header {
        before: Box::new(before),
        after: Box::new(after),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meeting() -> Meeting {
        let s = |id: &str| Session {
            id: id.into(),
            ..Session::default()
        };
        Meeting {
            sessions: vec![s("opening"), s("panel")],
            follow_ups: vec![FollowUp {
                id: "plan".into(),
                session: Some("panel".into()),
                ..FollowUp::default()
            }],
            ..Meeting::default()
        }
    }

    #[test]
    fn renaming_a_session_carries_its_follow_ups_and_undoes_together() {
        let mut m = meeting();
        let tx = edit_session(&m, 1, "rename", |s| s.id = "panel-1".into()).unwrap();
        let before = m.clone();
        tx.apply(&mut m).unwrap();
        assert_eq!(m.sessions[1].id, "panel-1");
        assert_eq!(m.follow_ups[0].session.as_deref(), Some("panel-1"));
        tx.inverse().apply(&mut m).unwrap();
        assert_eq!(m, before);
    }

    #[test]
    fn a_session_id_in_use_is_refused() {
        let m = meeting();
        let err = edit_session(&m, 1, "rename", |s| s.id = "opening".into()).unwrap_err();
        assert!(err.contains("taken"), "{err}");
    }
}
