//! Shifting part of a day: every session that starts at or after a point
//! moves by the same amount, so sessions that ran in parallel still do.
//!
//! What moves and what stays is decided here once, for moving a session
//! with "push the later ones", for resizing with "shift the rest" and for
//! shifting a day from a time. A session that runs `alongside` (an
//! exhibition) or over several days keeps its hours: those are the venue's,
//! not the programme's. A session marked `fixed`, or one that would be
//! pushed across midnight, is held back and named, so the caller can ask.

use chrono::NaiveDate;

use super::{Change, ListOp, Transaction};
use crate::domain::{Clock, Meeting};

/// Why a session that the shift reaches does not simply move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// It is marked `fixed`: it moves only when the caller says so.
    Fixed,
    /// It would start before 00:00 or end after 24:00; it never moves.
    PastDayEnd,
}

/// The sessions a shift moves, and those it reaches but holds back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shift {
    /// Session index, new start, new end.
    pub moves: Vec<(usize, Clock, Clock)>,
    /// Fixed sessions, with where they would go.
    pub fixed: Vec<(usize, Clock, Clock)>,
    /// Sessions that would cross the day's end (they stay where they are).
    pub past_day_end: Vec<usize>,
}

/// Whether a session follows a shift of its day at all.
fn follows_shifts(m: &Meeting, i: usize) -> bool {
    let s = &m.sessions[i];
    !s.alongside && s.end_date.is_none_or(|e| e <= s.date)
}

/// What shifting `day` from minute `from` by `delta` minutes does: every
/// timed session that day starting at or after `from` (except those in
/// `skip`, alongside or multi-day ones) moves by `delta`.
pub fn shift_from(m: &Meeting, day: NaiveDate, from: i64, delta: i64, skip: &[usize]) -> Shift {
    let mut out = Shift::default();
    if delta == 0 {
        return out;
    }
    for i in m.sessions_on(day) {
        let s = &m.sessions[i];
        let Some((a, b)) = s.span() else { continue };
        if a < from || skip.contains(&i) || s.date != day || !follows_shifts(m, i) {
            continue;
        }
        // 24:00 cannot be written: a session ends by 23:59 or is two sessions.
        match Clock::from_minutes(a + delta).zip(Clock::from_minutes(b + delta)) {
            None => out.past_day_end.push(i),
            Some((ns, ne)) if s.fixed => out.fixed.push((i, ns, ne)),
            Some((ns, ne)) => out.moves.push((i, ns, ne)),
        }
    }
    out
}

impl Shift {
    /// Whether the caller should ask before applying: something is fixed or
    /// would cross the day's end.
    pub fn needs_asking(&self) -> bool {
        !self.fixed.is_empty() || !self.past_day_end.is_empty()
    }

    /// How many sessions the shift holds back: fixed, or past midnight.
    pub fn held_back(&self) -> usize {
        self.fixed.len() + self.past_day_end.len()
    }

    /// The question to ask, naming what is held back and why.
    pub fn question(&self, m: &Meeting) -> Option<String> {
        let ids = |v: &mut dyn Iterator<Item = usize>| {
            v.map(|i| format!("`{}`", m.sessions[i].id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = Vec::new();
        if !self.fixed.is_empty() {
            parts.push(crate::tr!(
                "edit-shift-fixed",
                ids = ids(&mut self.fixed.iter().map(|f| f.0)),
                n = self.fixed.len()
            ));
        }
        if !self.past_day_end.is_empty() {
            parts.push(crate::tr!(
                "edit-shift-past-midnight",
                ids = ids(&mut self.past_day_end.iter().copied()),
                n = self.past_day_end.len()
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// Adds the moves to `tx`; fixed sessions move too when `move_fixed`.
    pub fn push_into(&self, m: &Meeting, tx: &mut Transaction, move_fixed: bool) {
        let fixed = self.fixed.iter().filter(|_| move_fixed);
        for &(i, start, end) in self.moves.iter().chain(fixed) {
            let before = m.sessions[i].clone();
            let mut after = before.clone();
            after.start = Some(start);
            after.end = Some(end);
            tx.push(Change::Session(ListOp::Replace {
                at: i,
                before,
                after,
            }));
        }
    }
}

/// What making room for a session placed at `start`..`end` on `day` does:
/// the sessions starting at or after `start` all move later by as much as
/// the first of them needs to clear `end`, so parallel ones stay parallel.
pub fn clear_from(m: &Meeting, day: NaiveDate, start: i64, end: i64, skip: &[usize]) -> Shift {
    let first = m
        .sessions_on(day)
        .into_iter()
        .filter(|&i| !skip.contains(&i) && m.sessions[i].date == day && follows_shifts(m, i))
        .filter_map(|i| m.sessions[i].start.map(Clock::minutes))
        .filter(|&a| a >= start)
        .min();
    match first {
        Some(a) if a < end => shift_from(m, day, start, end - a, skip),
        _ => Shift::default(),
    }
}

/// Shifts `day` from `from` by `delta` minutes as one undoable edit; fixed
/// sessions move only with `move_fixed`. The caller asks first when
/// [`shift_from`] says [`Shift::needs_asking`].
pub fn shift_day(
    m: &Meeting,
    day: NaiveDate,
    from: Clock,
    delta: i64,
    move_fixed: bool,
) -> Transaction {
    let sh = shift_from(m, day, from.minutes(), delta, &[]);
    let sign = if delta < 0 { "-" } else { "+" };
    let mut tx = Transaction::new(crate::tr!(
        "edit-shift-day",
        day = day.to_string(),
        from = from.to_string(),
        by = format!("{sign}{}", delta.abs())
    ));
    sh.push_into(m, &mut tx, move_fixed);
    tx
}
