//! The slot finder: when could this session happen?
//!
//! For a session (or a new one of a given length) it walks the meeting's
//! days in steps and keeps the times that avoid, all at once: its room in
//! use by another session, a break, its people's other bookings, anyone's
//! local time outside the meeting's speaking hours (07:00-22:00 unless the
//! file says otherwise) and an interpreter's daily booth time beyond the
//! norms. Free slots come ranked (see [`rank`]); times that fail by one
//! reason only are kept as near misses, with the reason in words, so an
//! organizer sees what would have to give.
//!
//! Sessions running `alongside` neither block nor are blocked, as in the
//! checks: an exhibition does not make its room or its host unavailable.

mod candidate;
mod reason;

use chrono::NaiveDate;

use crate::domain::{Clock, Meeting, Session};

pub use candidate::rank;
pub use reason::RuledOut;

/// What is being placed: a copy of the session, with the length to find.
#[derive(Debug, Clone)]
pub struct Request {
    /// The session as it would be placed (room, chair, speakers, booths);
    /// its date and times are what the finder varies.
    pub session: Session,
    /// Index of the session in the meeting, when it is there already: it is
    /// not in its own way.
    pub index: Option<usize>,
    pub minutes: i64,
    /// Grid of start times, in minutes (15 by default).
    pub step: i64,
}

impl Request {
    /// Slots for session `i` of `m`, keeping its length (60 minutes when it
    /// has none) unless `minutes` is given.
    pub fn for_session(m: &Meeting, i: usize, minutes: Option<i64>) -> Option<Request> {
        let s = m.sessions.get(i)?;
        Some(Request {
            session: s.clone(),
            index: Some(i),
            minutes: minutes.or(s.minutes()).filter(|&x| x > 0).unwrap_or(60),
            step: 15,
        })
    }
}

/// One place in time for the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub date: NaiveDate,
    pub start: Clock,
    pub end: Clock,
    /// Each booked person's local window for the slot, `(id, zone name,
    /// local start, local end)`, for display; people whose zone cannot be
    /// told are left out.
    pub local: Vec<(String, String, String, String)>,
    /// Smallest distance, in minutes, from anyone's local start or end to
    /// the edge of the speaking hours: the larger, the kinder the slot.
    pub margin: i64,
}

/// A time that failed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    pub slot: Slot,
    pub why: Vec<RuledOut>,
}

/// What the finder found: free slots best first, and near misses (one
/// reason each) best first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub free: Vec<Slot>,
    pub near: Vec<Miss>,
}

/// Every start on the step grid of every day of the meeting, tried.
pub fn find(m: &Meeting, req: &Request) -> Found {
    let mut found = Found::default();
    let days: Vec<NaiveDate> = m
        .start_date
        .iter_days()
        .take_while(|d| *d <= m.last_day())
        .collect();
    let step = req.step.max(5);
    for day in days {
        let mut a = 0;
        while a + req.minutes < 24 * 60 {
            if let Some(tried) = candidate::try_at(m, req, day, a) {
                match tried {
                    Ok(slot) => found.free.push(slot),
                    Err(miss) if miss.why.len() == 1 => found.near.push(miss),
                    Err(_) => {}
                }
            }
            a += step;
        }
    }
    rank(m, req, &mut found);
    found
}
