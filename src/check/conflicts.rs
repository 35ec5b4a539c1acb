//! Bookings that cannot all happen: a room used twice at once, a person in
//! two places at once, a speaker who said no.

use std::collections::HashMap;

use super::{Lookup, Problem, session_label};
use crate::domain::{Meeting, Status};
use crate::problem::Record;

/// Whether two sessions overlap in time on the same day.
fn overlap(m: &Meeting, a: usize, b: usize) -> bool {
    let (sa, sb) = (&m.sessions[a], &m.sessions[b]);
    match (sa.span(), sb.span()) {
        (Some((a0, a1)), Some((b0, b1))) => sa.date == sb.date && a0 < b1 && b0 < a1,
        _ => false,
    }
}

/// Calls `f` for each overlapping pair among `idx` (sorted by start), cheaply:
/// sessions are sorted by day and start, so each only meets its neighbours.
fn overlapping_pairs(m: &Meeting, mut idx: Vec<usize>, mut f: impl FnMut(usize, usize)) {
    idx.retain(|&i| m.sessions[i].span().is_some());
    idx.sort_by_key(|&i| (m.sessions[i].date, m.sessions[i].start, i));
    for (k, &a) in idx.iter().enumerate() {
        for &b in &idx[k + 1..] {
            let (sa, sb) = (&m.sessions[a], &m.sessions[b]);
            if sb.date != sa.date || sb.start >= sa.end {
                break;
            }
            if overlap(m, a, b) {
                f(a, b);
            }
        }
    }
}

pub fn check(m: &Meeting, lk: &Lookup, out: &mut Vec<Problem>) {
    let mut by_room: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in m.sessions.iter().enumerate() {
        if let Some(r) = s.room.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            by_room.entry(r.to_lowercase()).or_default().push(i);
        }
    }
    let mut rooms: Vec<_> = by_room.into_iter().collect();
    rooms.sort();
    for (_, idx) in rooms {
        overlapping_pairs(m, idx, |a, b| {
            let room = m.sessions[a].room.as_deref().unwrap_or("");
            out.push(
                Problem::warning(
                    format!("sessions[{b}].room"),
                    format!(
                        "room `{room}` is double-booked: {} and {} overlap on {}",
                        session_label(m, a),
                        session_label(m, b),
                        m.sessions[a].date
                    ),
                )
                .with_hint("move one session or give it another room")
                .concerning(Record::session(&m.sessions[a].id))
                .concerning(Record::session(&m.sessions[b].id)),
            );
        });
    }

    let mut by_person: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in m.sessions.iter().enumerate() {
        for id in s.people() {
            by_person.entry(id).or_default().push(i);
        }
    }
    let mut people: Vec<_> = by_person.into_iter().collect();
    people.sort();
    for (id, idx) in people {
        let name = lk
            .participant(id)
            .map(|p| p.name.primary().to_string())
            .unwrap_or_else(|| id.to_string());
        overlapping_pairs(m, idx, |a, b| {
            out.push(
                Problem::warning(
                    format!("sessions[{b}]"),
                    format!(
                        "{name} (`{id}`) is booked in two sessions at once: {} and {}",
                        session_label(m, a),
                        session_label(m, b)
                    ),
                )
                .with_hint("a person can chair or speak in one session at a time")
                .concerning(Record::session(&m.sessions[a].id))
                .concerning(Record::session(&m.sessions[b].id))
                .concerning(Record::participant(id)),
            );
        });
    }

    for (i, s) in m.sessions.iter().enumerate() {
        let declined = |id: &str| {
            lk.participant(id)
                .is_some_and(|p| p.status == Status::Declined)
        };
        if let Some(c) = s.chair.as_deref().filter(|c| declined(c)) {
            out.push(
                Problem::warning(
                    format!("sessions[{i}].chair"),
                    format!(
                        "chair `{c}` of session {} has declined",
                        session_label(m, i)
                    ),
                )
                .with_hint("choose another chair, or update the participant's status")
                .concerning(Record::participant(c)),
            );
        }
        for (j, it) in s.items.iter().enumerate() {
            for (k, sp) in it.speakers.iter().enumerate() {
                if declined(sp) {
                    out.push(
                        Problem::warning(
                            format!("sessions[{i}].items[{j}].speakers[{k}]"),
                            format!(
                                "speaker `{sp}` in session {} has declined",
                                session_label(m, i)
                            ),
                        )
                        .with_hint("find another speaker, or update the participant's status")
                        .concerning(Record::participant(sp)),
                    );
                }
            }
        }
    }
}
