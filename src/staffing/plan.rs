//! The interpretation plan of a meeting, day by day: each session against
//! the languages, who is in each booth, and each interpreter's load.
//!
//! Days are the sessions' written dates (the meeting's time zone), which is
//! also how interpreters are booked: by the day.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::turns::{mic_minutes, turn_plan};
use crate::domain::Meeting;
use crate::domain::norms::{Requirement, Span};

/// One booth (interpretation channel) of one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booth {
    /// Index in the session's `interpretation` list.
    pub channel: usize,
    pub to: String,
    pub interpreters: Vec<String>,
    pub two_way: bool,
    pub relay: Option<String>,
    /// Another booth of the session takes its relay from this one.
    pub gives_relay: bool,
    pub minutes: Option<i64>,
    /// The team the norms ask for this session alone; `None` without times.
    pub required: Option<Requirement>,
    pub tentative: bool,
}

impl Booth {
    /// Staffed, and with fewer interpreters than the norm asks.
    pub fn short_of(&self) -> Option<u32> {
        let need = self.required.as_ref()?.interpreters;
        let have = self.interpreters.len() as u32;
        (have > 0 && have < need).then(|| need - have)
    }
}

/// A session's row in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    /// Index in `meeting.sessions`.
    pub session: usize,
    pub floor: Vec<String>,
    pub booths: Vec<Booth>,
}

/// What a session offers in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<'a> {
    Floor,
    Booth(&'a Booth),
    Missing,
}

impl SessionRow {
    pub fn cell(&self, lang: &str) -> Cell<'_> {
        if self.floor.iter().any(|l| l == lang) {
            Cell::Floor
        } else if let Some(b) = self.booths.iter().find(|b| b.to == lang) {
            Cell::Booth(b)
        } else {
            Cell::Missing
        }
    }
}

/// One interpreter's day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Load {
    pub interpreter: String,
    /// Time in the booth: the whole length of each session they staff.
    pub booth_minutes: i64,
    /// Time on the microphone, from the turn plans.
    pub mic_minutes: i64,
    /// Sessions (indices), in schedule order.
    pub sessions: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub rows: Vec<SessionRow>,
    /// Interpreters working that day, in roster order.
    pub loads: Vec<Load>,
}

/// The languages to lay the plan out by: the meeting's working languages
/// first, then any other language a session is held in or interpreted into.
pub fn languages(m: &Meeting) -> Vec<String> {
    let mut v: Vec<String> = m.languages.clone();
    for s in &m.sessions {
        for l in s.languages_offered() {
            if !v.contains(l) {
                v.push(l.clone());
            }
        }
    }
    v
}

/// The booths of session `i`.
pub fn booths(m: &Meeting, i: usize) -> Vec<Booth> {
    let Some(s) = m.sessions.get(i) else {
        return Vec::new();
    };
    let norms = m.norms();
    let minutes = s.minutes().filter(|&x| x > 0);
    s.interpretation
        .iter()
        .enumerate()
        .map(|(j, c)| {
            let gives_relay = s
                .interpretation
                .iter()
                .any(|o| o.relay.as_deref() == Some(c.to.as_str()));
            Booth {
                channel: j,
                to: c.to.clone(),
                interpreters: c.interpreters.clone(),
                two_way: c.retour,
                relay: c.relay.clone(),
                gives_relay,
                minutes,
                required: minutes.map(|x| norms.required(x, c.retour, gives_relay, Span::Session)),
                tentative: c.tentative.any(),
            }
        })
        .collect()
}

/// The plan day by day, breaks left out.
pub fn days(m: &Meeting) -> Vec<Day> {
    days_of(m, m.schedule_order())
}

/// [`days`] for the sessions `order` only (in schedule order): the days
/// they fall on, each as [`days`] gives it when `order` holds all of that
/// day's sessions.
pub fn days_of(m: &Meeting, order: impl IntoIterator<Item = usize>) -> Vec<Day> {
    let turn = m.norms().turn_minutes;
    let mut out: Vec<Day> = Vec::new();
    for i in order {
        let s = &m.sessions[i];
        if s.is_break() {
            continue;
        }
        if out.last().is_none_or(|d| d.date != s.date) {
            out.push(Day {
                date: s.date,
                rows: Vec::new(),
                loads: Vec::new(),
            });
        }
        let Some(day) = out.last_mut() else { continue };
        day.rows.push(SessionRow {
            session: i,
            floor: s.language.clone(),
            booths: booths(m, i),
        });
    }
    for day in &mut out {
        let mut loads: BTreeMap<&str, Load> = BTreeMap::new();
        for row in &day.rows {
            let s = &m.sessions[row.session];
            for c in &s.interpretation {
                let mic = mic_minutes(&turn_plan(s, c, turn))
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect::<Vec<_>>();
                for id in &c.interpreters {
                    let l = loads.entry(id).or_insert_with(|| Load {
                        interpreter: id.clone(),
                        booth_minutes: 0,
                        mic_minutes: 0,
                        sessions: Vec::new(),
                    });
                    if !l.sessions.contains(&row.session) {
                        l.sessions.push(row.session);
                        l.booth_minutes += super::booth_minutes(s);
                    }
                    l.mic_minutes += mic
                        .iter()
                        .filter(|(k, _)| k == id)
                        .map(|(_, v)| v)
                        .sum::<i64>();
                }
            }
        }
        let rank = |id: &str| {
            m.people()
                .iter()
                .position(|p| p.id == id)
                .unwrap_or(usize::MAX)
        };
        let mut v: Vec<Load> = loads.into_values().collect();
        v.sort_by_key(|l| (rank(&l.interpreter), l.interpreter.clone()));
        day.loads = v;
    }
    out
}
