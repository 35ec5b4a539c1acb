//! Bookings that cannot all happen: a room used twice at once (or during
//! a break, see [`breaks`](super::breaks)), a person in two places at once,
//! a speaker who said no.

use rustc_hash::{FxHashMap, FxHashSet};

use chrono::NaiveDate;

use super::{Lookup, Problem, session_label};
use crate::domain::{Meeting, Session, Status};
use crate::i18n::Arg;
use crate::msg;
use crate::problem::Record;

/// Calls `f` once for each pair among `idx` that is on at the same time on
/// some day, cheaply: every day a session runs is one occurrence, sorted by
/// day and start, so each occurrence only meets its neighbours. A pair where
/// either session runs `alongside` is passed over: the overlap is intended.
pub(super) fn overlapping_pairs(
    m: &Meeting,
    idx: Vec<usize>,
    mut f: impl FnMut(usize, usize, NaiveDate),
) {
    let mut on: Vec<(NaiveDate, i64, i64, usize)> = idx
        .into_iter()
        .filter_map(|i| m.sessions[i].span().map(|(a, b)| (i, a, b)))
        .flat_map(|(i, a, b)| m.sessions[i].dates().map(move |d| (d, a, b, i)))
        .collect();
    on.sort();
    let mut seen: FxHashSet<(usize, usize)> = FxHashSet::default();
    for (k, &(day, a0, a1, a)) in on.iter().enumerate() {
        for &(day_b, b0, b1, b) in &on[k + 1..] {
            if day_b != day || b0 >= a1 {
                break;
            }
            let (sa, sb) = (&m.sessions[a], &m.sessions[b]);
            let pair = (a.min(b), a.max(b));
            if a == b || sa.alongside || sb.alongside || !(a0 < b1 && b0 < a1) {
                continue;
            }
            if seen.insert(pair) {
                f(a, b, day);
            }
        }
    }
}

pub fn check(m: &Meeting, lk: &Lookup, out: &mut Vec<Problem>) {
    rooms(m, out);
    people(m, lk, out);
    declined(m, lk, out);
}

/// The key a session's room is grouped by (case aside), if it names one.
pub(super) fn room_key(s: &Session) -> Option<String> {
    s.room
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_lowercase)
}

/// The group a session's room clashes are found in: its room's key, or
/// `""` for the sessions with no room (which only a break can clash with).
pub(super) fn room_group(s: &Session) -> String {
    room_key(s).unwrap_or_default()
}

/// A room with two sessions at once, or a session during a break.
fn rooms(m: &Meeting, out: &mut Vec<Problem>) {
    let mut by_room: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, s) in m.sessions.iter().enumerate() {
        by_room.entry(room_group(s)).or_default().push(i);
    }
    let everyones = super::breaks::everyones(m);
    let mut rooms: Vec<_> = by_room.into_iter().collect();
    rooms.sort();
    for (key, idx) in rooms {
        room(m, &key, idx, &everyones, out);
    }
}

/// The clashes among `idx`, the sessions of one [`room_group`] `key`, and
/// their overlaps with the breaks in it or `everyones` breaks.
pub(super) fn room(
    m: &Meeting,
    key: &str,
    idx: Vec<usize>,
    everyones: &[usize],
    out: &mut Vec<Problem>,
) {
    if !key.is_empty() {
        clashes(m, idx.clone(), out);
    }
    super::breaks::overlaps(m, &idx, everyones, out);
}

/// Two sessions (or two breaks) in one room at once.
fn clashes(m: &Meeting, idx: Vec<usize>, out: &mut Vec<Problem>) {
    let is_break = |i: usize| m.sessions[i].is_break();
    overlapping_pairs(m, idx, |a, b, day| {
        // A session during a break is said by `breaks`, in its own words.
        if is_break(a) != is_break(b) {
            return;
        }
        let room = m.sessions[a].room.as_deref().unwrap_or("");
        out.push(
            Problem::warning(
                format!("sessions[{b}].room"),
                msg!(
                    "room-double-booked",
                    room = room,
                    a = session_label(m, a),
                    b = session_label(m, b),
                    date = day.to_string()
                ),
            )
            .with_hint(msg!("room-double-booked-hint"))
            .concerning(Record::session(&m.sessions[a].id))
            .concerning(Record::session(&m.sessions[b].id)),
        );
    });
}

/// A chair or speaker in two sessions at once.
fn people(m: &Meeting, lk: &Lookup, out: &mut Vec<Problem>) {
    let mut by_person: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, s) in m.sessions.iter().enumerate() {
        for id in s.people() {
            by_person.entry(id).or_default().push(i);
        }
    }
    let mut people: Vec<_> = by_person.into_iter().collect();
    people.sort();
    for (id, idx) in people {
        person(m, lk, id, idx, out);
    }
}

/// The clashes among `idx`, the sessions person `id` chairs or speaks in.
pub(super) fn person(m: &Meeting, lk: &Lookup, id: &str, idx: Vec<usize>, out: &mut Vec<Problem>) {
    let name = lk
        .participant(id)
        .map(super::person_name)
        .unwrap_or_else(|| Arg::from(id));
    overlapping_pairs(m, idx, |a, b, _| {
        out.push(
            Problem::warning(
                format!("sessions[{b}]"),
                msg!(
                    "person-double-booked",
                    name = name.clone(),
                    id = id,
                    a = session_label(m, a),
                    b = session_label(m, b)
                ),
            )
            .with_hint(msg!("person-double-booked-hint"))
            .concerning(Record::session(&m.sessions[a].id))
            .concerning(Record::session(&m.sessions[b].id))
            .concerning(Record::participant(id)),
        );
    });
}

/// A chair or speaker who said no.
fn declined(m: &Meeting, lk: &Lookup, out: &mut Vec<Problem>) {
    for i in 0..m.sessions.len() {
        declined_at(m, lk, i, out);
    }
}

/// Session `i`'s chair or speakers who said no.
pub(super) fn declined_at(m: &Meeting, lk: &Lookup, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    let declined = |id: &str| {
        lk.participant(id)
            .is_some_and(|p| p.status == Status::Declined)
    };
    if let Some(c) = s.chair.as_deref().filter(|c| declined(c)) {
        out.push(
            Problem::warning(
                format!("sessions[{i}].chair"),
                msg!("chair-declined", id = c, session = session_label(m, i)),
            )
            .with_hint(msg!("chair-declined-hint"))
            .concerning(Record::participant(c)),
        );
    }
    for (j, it) in s.items.iter().enumerate() {
        for (k, sp) in it.speakers.iter().enumerate() {
            if declined(sp) {
                out.push(
                    Problem::warning(
                        format!("sessions[{i}].items[{j}].speakers[{k}]"),
                        msg!("speaker-declined", id = sp, session = session_label(m, i)),
                    )
                    .with_hint(msg!("speaker-declined-hint"))
                    .concerning(Record::participant(sp)),
                );
            }
        }
    }
}
