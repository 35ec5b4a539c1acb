//! Which records a cross-record rule must look at again: sessions by room,
//! by person booked, by interpreter and by day; records by id; follow-ups
//! by the session and owner they name. Kept in step with the meeting one
//! touched record at a time, so an edit never rebuilds a map of everything.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;

use super::super::conflicts::{room_group, room_key};
use super::super::lookup::IdIndex;
use crate::domain::{FollowUp, Meeting, Participant, Session};

pub type Sets = HashMap<String, BTreeSet<usize>>;

#[derive(Debug, Clone, Default)]
pub struct Index {
    pub people: IdIndex,
    pub sessions: IdIndex,
    pub follow_ups: IdIndex,
    /// Room key → sessions held there; `""` → those with no room.
    pub rooms: Sets,
    /// The breaks with no room, on for every room.
    pub everyones_breaks: BTreeSet<usize>,
    /// Person id → sessions they chair or speak in.
    pub booked: Sets,
    /// Interpreter id → sessions with a booth naming them.
    pub interpreters: Sets,
    pub dates: BTreeMap<NaiveDate, BTreeSet<usize>>,
    /// Session id → follow-ups naming it.
    pub follow_up_sessions: Sets,
    /// Owner id → follow-ups they own.
    pub owners: Sets,
    pub lens: Lens,
}

/// How many of each record the index knows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lens {
    pub people: usize,
    pub sessions: usize,
    pub follow_ups: usize,
}

impl Lens {
    pub fn of(m: &Meeting) -> Lens {
        Lens {
            people: m.people().len(),
            sessions: m.sessions.len(),
            follow_ups: m.follow_ups.len(),
        }
    }
}

fn add_id(ix: &mut IdIndex, id: &str, i: usize) {
    let v = ix.entry(id.to_string()).or_default();
    let at = v.partition_point(|&x| x < i);
    if v.get(at) != Some(&i) {
        v.insert(at, i);
    }
}

fn remove_id(ix: &mut IdIndex, id: &str, i: usize) {
    if let Some(v) = ix.get_mut(id) {
        v.retain(|&x| x != i);
        if v.is_empty() {
            ix.remove(id);
        }
    }
}

fn add(sets: &mut Sets, key: &str, i: usize) {
    sets.entry(key.to_string()).or_default().insert(i);
}

fn remove(sets: &mut Sets, key: &str, i: usize) {
    if let Some(s) = sets.get_mut(key) {
        s.remove(&i);
        if s.is_empty() {
            sets.remove(key);
        }
    }
}

/// Every interpreter a session's booths name.
pub fn interpreters(s: &Session) -> impl Iterator<Item = &str> {
    s.interpretation
        .iter()
        .flat_map(|c| c.interpreters.iter().map(String::as_str))
}

impl Index {
    pub fn build(m: &Meeting) -> Index {
        let mut ix = Index::default();
        for (i, p) in m.people().iter().enumerate() {
            ix.person(i, p, true);
        }
        for (i, s) in m.sessions.iter().enumerate() {
            ix.session(i, s, true);
        }
        for (i, f) in m.follow_ups.iter().enumerate() {
            ix.follow_up(i, f, true);
        }
        ix.lens = Lens::of(m);
        ix
    }

    /// Files (`on`) or unfiles participant `i`.
    pub fn person(&mut self, i: usize, p: &Participant, on: bool) {
        if on {
            add_id(&mut self.people, &p.id, i);
        } else {
            remove_id(&mut self.people, &p.id, i);
        }
    }

    /// Files (`on`) or unfiles session `i`.
    pub fn session(&mut self, i: usize, s: &Session, on: bool) {
        let f = if on { add } else { remove };
        if on {
            add_id(&mut self.sessions, &s.id, i);
        } else {
            remove_id(&mut self.sessions, &s.id, i);
        }
        f(&mut self.rooms, &room_group(s), i);
        if s.is_break() && room_key(s).is_none() {
            if on {
                self.everyones_breaks.insert(i);
            } else {
                self.everyones_breaks.remove(&i);
            }
        }
        for id in s.people() {
            f(&mut self.booked, id, i);
        }
        for id in interpreters(s) {
            f(&mut self.interpreters, id, i);
        }
        let day = self.dates.entry(s.date).or_default();
        if on {
            day.insert(i);
        } else {
            day.remove(&i);
            if day.is_empty() {
                self.dates.remove(&s.date);
            }
        }
    }

    /// Files (`on`) or unfiles follow-up `i`.
    pub fn follow_up(&mut self, i: usize, fu: &FollowUp, on: bool) {
        let f = if on { add } else { remove };
        if on {
            add_id(&mut self.follow_ups, &fu.id, i);
        } else {
            remove_id(&mut self.follow_ups, &fu.id, i);
        }
        if let Some(s) = &fu.session {
            f(&mut self.follow_up_sessions, s, i);
        }
        if let Some(o) = &fu.owner {
            f(&mut self.owners, o, i);
        }
    }

    /// The sessions filed under `key`, ascending.
    pub fn sessions_in(&self, sets: &Sets, key: &str) -> Vec<usize> {
        sets.get(key)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default()
    }

    /// Follow-ups or sessions filed under `key`.
    pub fn under<'a>(sets: &'a Sets, key: &str) -> impl Iterator<Item = usize> + 'a {
        sets.get(key).into_iter().flatten().copied()
    }

    /// `idx` in the meeting's schedule order ([`Meeting::schedule_order`]).
    pub fn schedule_sort(&self, m: &Meeting, idx: &mut [usize]) {
        idx.sort_by_key(|&i| {
            let s = &m.sessions[i];
            (s.date, s.start.map(|c| c.minutes()).unwrap_or(i64::MAX), i)
        });
    }

    /// The sessions starting on `date`, in schedule order.
    pub fn on_date(&self, m: &Meeting, date: NaiveDate) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .dates
            .get(&date)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        self.schedule_sort(m, &mut v);
        v
    }
}
