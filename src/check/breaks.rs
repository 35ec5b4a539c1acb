//! A session that runs into a break: a break with a room keeps that room
//! free, and a break with no room is everyone's (the coffee break of the
//! whole meeting), so it keeps every room free and the sessions without one
//! too. A session or break running `alongside` is passed over, as for room
//! clashes; two breaks at once are no clash of this kind. The slot finder
//! rules such times out ([`crate::slots`]); this says so of times already set.

use std::collections::BTreeSet;

use super::conflicts::overlapping_pairs;
use super::{Problem, session_label};
use crate::domain::Meeting;
use crate::msg;
use crate::problem::Record;

/// The breaks with no room: on for every room.
pub(super) fn everyones(m: &Meeting) -> Vec<usize> {
    (m.sessions.iter().enumerate())
        .filter(|(_, s)| s.is_break() && super::conflicts::room_key(s).is_none())
        .map(|(i, _)| i)
        .collect()
}

/// The sessions among `idx` (those of one room, or those with no room)
/// that overlap one of its breaks or one of `everyones`.
pub(super) fn overlaps(m: &Meeting, idx: &[usize], everyones: &[usize], out: &mut Vec<Problem>) {
    let is_break = |i: usize| m.sessions[i].is_break();
    if everyones.is_empty() && !idx.iter().any(|&i| is_break(i)) {
        return;
    }
    let all: BTreeSet<usize> = idx.iter().chain(everyones).copied().collect();
    overlapping_pairs(m, all.into_iter().collect(), |a, b, day| {
        if is_break(a) == is_break(b) {
            return;
        }
        let (brk, s) = if is_break(a) { (a, b) } else { (b, a) };
        out.push(overlap(m, s, brk, day));
    });
}

/// Session `s` overlapping break `brk` on `day`, said at the session's end
/// when it runs into the break, else at its start.
fn overlap(m: &Meeting, s: usize, brk: usize, day: chrono::NaiveDate) -> Problem {
    let (session, b) = (&m.sessions[s], &m.sessions[brk]);
    let field = if session.start < b.start {
        "end"
    } else {
        "start"
    };
    let clock = |c: Option<crate::domain::Clock>| c.map(|c| c.to_string()).unwrap_or_default();
    let (from, to) = (clock(b.start), clock(b.end));
    let (what, brk_label) = (session_label(m, s), session_label(m, brk));
    let room = b.room.as_deref().map(str::trim).filter(|r| !r.is_empty());
    let message = match room {
        Some(room) => msg!(
            "break-overlap-room",
            session = what,
            brk = brk_label,
            from = from,
            to = to,
            room = room,
            date = day.to_string()
        ),
        None => msg!(
            "break-overlap-all",
            session = what,
            brk = brk_label,
            from = from,
            to = to,
            date = day.to_string()
        ),
    };
    Problem::warning(format!("sessions[{s}].{field}"), message)
        .with_hint(msg!("break-overlap-hint"))
        .concerning(Record::session(&session.id))
        .concerning(Record::session(&b.id))
}
