//! What a new session starts with, and staffing a booth for a whole day.
//!
//! At a symposium the sessions in one room on one day share their floor
//! language, their channels and usually their interpreters: a new session
//! takes them from the session before it in that room that day, and from
//! the meeting's working languages when there is none (the first is the
//! floor, the others are channels), so it does not start out warning
//! "offers nothing in Russian". A whole day's booth is staffed in one edit.

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

/// A new session read from the form keeps its channels (the form holds
/// their languages only): each booth with nobody in it yet takes the team,
/// two-way and relay of the same language's booth in the session before it
/// in its room that day, as [`new_session`] gave them. Read once the form's
/// date, start and room are known, so a room changed in the form inherits
/// from that room. Booths into the languages in `given` had their team in
/// the form (emptied there on purpose, perhaps) and are left as they are.
pub fn booth_teams(m: &Meeting, s: &mut Session, given: &[String]) {
    if s.is_break() || s.alongside {
        return;
    }
    let Some(prev) = previous_in_room(m, s.date, s.start, s.room.as_deref()) else {
        return;
    };
    for c in s
        .interpretation
        .iter_mut()
        .filter(|c| c.interpreters.is_empty() && !given.contains(&c.to))
    {
        if let Some(p) = m.sessions[prev]
            .interpretation
            .iter()
            .find(|p| p.to == c.to)
        {
            c.interpreters = p.interpreters.clone();
            c.retour |= p.retour;
            if c.relay.is_none() {
                c.relay = p.relay.clone();
            }
        }
    }
}

/// "Same team all day": `team` becomes the interpreters of the booth into
/// `lang` in every session of `date` that has one (in `room` only, when
/// given), as one undoable edit.
pub fn staff_day(
    m: &Meeting,
    date: NaiveDate,
    lang: &str,
    room: Option<&str>,
    team: &[String],
) -> Transaction {
    let mut tx = Transaction::new(crate::tr!(
        "edit-staff-day",
        lang = lang,
        date = date.to_string(),
        team = team.join(", ")
    ));
    for i in m.sessions_on(date) {
        let before = &m.sessions[i];
        if before.is_break() || (room.is_some() && !same_room(before.room.as_deref(), room)) {
            continue;
        }
        let mut after = before.clone();
        for c in after.interpretation.iter_mut().filter(|c| c.to == lang) {
            c.interpreters = team.to_vec();
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
