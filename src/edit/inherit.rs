//! What a new session starts with, and staffing a booth for a whole day.
//!
//! At a symposium the sessions in one room on one day share their floor
//! language, their channels and usually their interpreters: a new session
//! takes them from the session before it in that room that day, and from
//! the meeting's working languages when there is none (the first is the
//! floor, the others are channels), so it does not start out warning
//! "offers nothing in Russian". A booth is staffed for a whole day, or
//! for every day of the meeting, in one edit.

use chrono::NaiveDate;

use super::{Change, ListOp, Transaction};
use crate::domain::{Channel, Clock, Meeting, Session, SessionKind};

fn same_room(a: Option<&str>, b: Option<&str>) -> bool {
    let norm = |r: Option<&str>| r.map(|x| x.trim().to_lowercase()).filter(|x| !x.is_empty());
    norm(a) == norm(b)
}

/// The session a new one at `start` in `room` on `date` follows: the last
/// one that day in the same room (no room matches no room) starting at or
/// before `start`, breaks left out.
pub fn previous_in_room(
    m: &Meeting,
    date: NaiveDate,
    start: Option<Clock>,
    room: Option<&str>,
) -> Option<usize> {
    m.sessions_on(date)
        .into_iter()
        .rev()
        .filter(|&i| {
            let s = &m.sessions[i];
            !s.is_break() && !s.alongside && same_room(s.room.as_deref(), room)
        })
        .find(|&i| match (start, m.sessions[i].start) {
            (Some(a), Some(b)) => b <= a,
            (None, _) => true,
            (Some(_), None) => false,
        })
}

/// A new session of `kind` on `date` at `start` in `room`, with its floor,
/// channels and booth teams inherited (see the module comment); one whose
/// kind usually runs beside the programme is marked `alongside` and held
/// in all the working languages, with no booth.
pub fn new_session(
    m: &Meeting,
    kind: SessionKind,
    date: NaiveDate,
    start: Option<Clock>,
    room: Option<&str>,
) -> Session {
    let mut s = Session {
        kind,
        date,
        start,
        room: room.map(str::to_string),
        alongside: kind.runs_alongside(),
        ..Session::default()
    };
    if kind == SessionKind::Break {
        return s;
    }
    if s.alongside {
        // An exhibition or a registration desk has no booth: it is held in
        // every working language (so none warns it offers nothing in one).
        s.language = m.languages.clone();
        return s;
    }
    match previous_in_room(m, date, start, room).map(|i| &m.sessions[i]) {
        Some(prev) => {
            s.language = prev.language.clone();
            s.interpretation = prev
                .interpretation
                .iter()
                .map(|c| Channel {
                    tentative: Default::default(),
                    ..c.clone()
                })
                .collect();
            s.link = prev.link.clone().filter(|_| room.is_some());
        }
        None => {
            s.language = m.languages.iter().take(1).cloned().collect();
            s.interpretation = m.languages.iter().skip(1).map(|l| Channel::to(l)).collect();
        }
    }
    s
}

/// Takes out of `s`'s booths (its times set) the interpreters booked at
/// the same time in a session of `m`, in a booth, chairing or speaking:
/// a session added beside the one it inherits from (in the grid, on that
/// session's block) would otherwise arrive with a team that is busy next
/// door. The channels stay: the languages are still wanted.
pub fn without_busy(m: &Meeting, s: &mut Session) {
    let busy: std::collections::HashSet<String> = m
        .sessions
        .iter()
        .filter(|t| crate::staffing::at_once(s, t))
        .flat_map(|t| {
            let booths = t.interpretation.iter().flat_map(|c| &c.interpreters);
            booths.map(String::as_str).chain(t.people())
        })
        .map(str::to_string)
        .collect();
    for c in &mut s.interpretation {
        c.interpreters.retain(|id| !busy.contains(id));
    }
}

/// "Same team all day": the booth `model` (its team, two-way and relay, as
/// one booth plan) becomes the booth into its language in every session of
/// `date` that has one (in `room` only, when given), as one undoable edit.
/// Copying the team alone would leave a two-way booth one-way elsewhere; a
/// booth already two-way, or with a relay, keeps it.
pub fn staff_day(m: &Meeting, date: NaiveDate, room: Option<&str>, model: &Channel) -> Transaction {
    let label = crate::tr!(
        "edit-staff-day",
        lang = model.to.as_str(),
        date = date.to_string(),
        team = model.interpreters.join(", ")
    );
    staff(m, label, m.sessions_on(date), room, model)
}

/// "Same team all meeting": the same for every day of the meeting (a
/// webinar series in one file, a symposium's hall), as one undoable edit.
pub fn staff_meeting(m: &Meeting, room: Option<&str>, model: &Channel) -> Transaction {
    let label = crate::tr!(
        "edit-staff-meeting",
        lang = model.to.as_str(),
        team = model.interpreters.join(", ")
    );
    staff(m, label, (0..m.sessions.len()).collect(), room, model)
}

/// `model`'s team, two-way and relay into the booth of its language of each
/// of `sessions` (breaks left out; in `room` only, when given) that does not
/// have all of them yet.
fn staff(
    m: &Meeting,
    label: String,
    sessions: Vec<usize>,
    room: Option<&str>,
    model: &Channel,
) -> Transaction {
    let mut tx = Transaction::new(label);
    for i in sessions {
        let before = &m.sessions[i];
        if before.is_break() || (room.is_some() && !same_room(before.room.as_deref(), room)) {
            continue;
        }
        let mut after = before.clone();
        for c in after.interpretation.iter_mut().filter(|c| c.to == model.to) {
            c.interpreters = model.interpreters.clone();
            // A booth gains the model's two-way and relay but never loses
            // its own: the team may need them there (a B language).
            c.retour |= model.retour;
            if model.relay.is_some() {
                c.relay = model.relay.clone();
            }
        }
        if &after != before {
            tx.push(Change::Session(ListOp::Replace {
                at: i,
                before: before.clone(),
                after,
            }));
        }
    }
    tx
}
