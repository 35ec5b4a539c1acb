//! What an edit can affect: from the records it touched (as they were and
//! as they are), the slots whose problems may differ now.

use std::collections::{BTreeMap, BTreeSet};

use super::Gates;
use super::index::{Index, Lens, interpreters};
use super::slots::{Context, Part, Slot, Sub};
use crate::check::conflicts::{room_group, room_key};
use crate::domain::{FollowUp, Meeting, Participant, Session};
use crate::edit::{Change, ListOp};

/// The records an edit touched, by index, each as it was before the edit
/// (`None`: it was added).
pub struct Touched<'c> {
    people: BTreeMap<usize, Option<&'c Participant>>,
    sessions: BTreeMap<usize, Option<&'c Session>>,
    follow_ups: BTreeMap<usize, Option<&'c FollowUp>>,
}

/// Notes index `at` of one list as touched; `None` when the operation
/// renumbers records (inserting or removing before the end, moving).
fn note<'c, T>(
    op: &'c ListOp<T>,
    len: &mut usize,
    touched: &mut BTreeMap<usize, Option<&'c T>>,
) -> Option<()> {
    match op {
        ListOp::Replace { at, before, .. } if *at < *len => {
            touched.entry(*at).or_insert(Some(before));
        }
        ListOp::Insert(at, _) if *at == *len => {
            touched.entry(*at).or_insert(None);
            *len += 1;
        }
        ListOp::Remove(at, before) if *at + 1 == *len => {
            touched.entry(*at).or_insert(Some(before));
            *len -= 1;
        }
        _ => return None,
    }
    Some(())
}

impl<'c> Touched<'c> {
    /// The records `changes` touched, when none renumbers records or
    /// changes the meeting's own fields, and the lists' lengths come out
    /// as the meeting's (`now`).
    pub fn of(changes: &[&'c Change], was: Lens, now: Lens) -> Option<Touched<'c>> {
        let mut t = Touched {
            people: BTreeMap::new(),
            sessions: BTreeMap::new(),
            follow_ups: BTreeMap::new(),
        };
        let mut len = was;
        for c in changes {
            match c {
                Change::Participant(op) => note(op, &mut len.people, &mut t.people)?,
                Change::Session(op) => note(op, &mut len.sessions, &mut t.sessions)?,
                Change::FollowUp(op) => note(op, &mut len.follow_ups, &mut t.follow_ups)?,
                Change::Header { .. } => return None,
            }
        }
        (len == now).then_some(t)
    }

    /// Takes the touched records out of the index as they were and files
    /// them as they are.
    pub fn refile(&self, ix: &mut Index, m: &Meeting) {
        for (&i, before) in &self.people {
            if let Some(p) = before {
                ix.person(i, p, false);
            }
        }
        for (&i, before) in &self.sessions {
            if let Some(s) = before {
                ix.session(i, s, false);
            }
        }
        for (&i, before) in &self.follow_ups {
            if let Some(f) = before {
                ix.follow_up(i, f, false);
            }
        }
        for &i in self.people.keys() {
            if let Some(p) = m.people().get(i) {
                ix.person(i, p, true);
            }
        }
        for &i in self.sessions.keys() {
            if let Some(s) = m.sessions.get(i) {
                ix.session(i, s, true);
            }
        }
        for &i in self.follow_ups.keys() {
            if let Some(f) = m.follow_ups.get(i) {
                ix.follow_up(i, f, true);
            }
        }
        ix.lens = Lens::of(m);
    }

    /// Every slot whose problems may have changed (the index already
    /// refiled); `blocks` are the problems so far.
    pub fn slots<V>(&self, cx: &Context, blocks: &BTreeMap<Slot, V>) -> BTreeSet<Slot> {
        let mut out = BTreeSet::new();
        for (&i, before) in &self.people {
            self.person(cx, i, *before, cx.m.people().get(i), blocks, &mut out);
        }
        for (&i, before) in &self.sessions {
            self.session(cx, i, *before, cx.m.sessions.get(i), blocks, &mut out);
        }
        for (&i, before) in &self.follow_ups {
            let after = cx.m.follow_ups.get(i);
            for part in FOLLOW_UP_PARTS {
                out.insert((part, Sub::At(i)));
            }
            out.insert((Part::IdsDupFollowUps, Sub::At(i)));
            for f in before.iter().copied().chain(after) {
                ids_at(&cx.ix.follow_ups, &f.id, Part::IdsDupFollowUps, &mut out);
            }
        }
        out
    }

    /// Participant `i`, and what reads them by id.
    fn person<V>(
        &self,
        cx: &Context,
        i: usize,
        before: Option<&Participant>,
        after: Option<&Participant>,
        blocks: &BTreeMap<Slot, V>,
        out: &mut BTreeSet<Slot>,
    ) {
        for part in PERSON_PARTS {
            out.insert((part, Sub::At(i)));
        }
        out.insert((Part::IdsDupPeople, Sub::At(i)));
        let same_dup = matches!((before, after), (Some(b), Some(a))
            if b.id == a.id && b.name == a.name && b.email == a.email);
        if !same_dup {
            out.insert((Part::Duplicates, Sub::Whole));
        }
        let renamed = before.map(|p| &p.id) != after.map(|p| &p.id);
        if renamed {
            // "Did you mean" may now name (or no longer name) this id.
            broken_refs(blocks, out);
        }
        for p in before.into_iter().chain(after) {
            let id = p.id.as_str();
            ids_at(&cx.ix.people, id, Part::IdsDupPeople, out);
            let sessions: BTreeSet<usize> = Index::under(&cx.ix.booked, id)
                .chain(Index::under(&cx.ix.interpreters, id))
                .collect();
            for s in sessions {
                for part in [
                    Part::IdsSessionRefs,
                    Part::Declined,
                    Part::InterpPairs,
                    Part::InterpBooked,
                    Part::LocalTimes,
                ] {
                    out.insert((part, Sub::At(s)));
                }
            }
            for s in Index::under(&cx.ix.interpreters, id) {
                out.insert((Part::InterpLoad, Sub::Day(cx.m.sessions[s].date)));
            }
            for f in Index::under(&cx.ix.owners, id) {
                out.insert((Part::IdsFollowUpRefs, Sub::At(f)));
            }
            out.insert((Part::PeopleClash, Sub::Name(id.to_string())));
            out.insert((Part::InterpDouble, Sub::Name(id.to_string())));
        }
    }

    /// Session `i`, and the rooms, people, interpreters and days it was or is in.
    fn session<V>(
        &self,
        cx: &Context,
        i: usize,
        before: Option<&Session>,
        after: Option<&Session>,
        blocks: &BTreeMap<Slot, V>,
        out: &mut BTreeSet<Slot>,
    ) {
        for part in SESSION_PARTS {
            out.insert((part, Sub::At(i)));
        }
        out.insert((Part::IdsDupSessions, Sub::At(i)));
        if before.map(|s| &s.id) != after.map(|s| &s.id) {
            // Follow-ups' "did you mean" reads the session ids.
            broken_refs(blocks, out);
        }
        for s in before.into_iter().chain(after) {
            ids_at(&cx.ix.sessions, &s.id, Part::IdsDupSessions, out);
            for f in Index::under(&cx.ix.follow_up_sessions, &s.id) {
                out.insert((Part::IdsFollowUpRefs, Sub::At(f)));
            }
            out.insert((Part::Rooms, Sub::Name(room_group(s))));
            if s.is_break() && room_key(s).is_none() {
                // A break with no room is on in every room.
                let rooms = cx.ix.rooms.keys();
                out.extend(rooms.map(|k| (Part::Rooms, Sub::Name(k.clone()))));
            }
            for id in s.people() {
                out.insert((Part::PeopleClash, Sub::Name(id.to_string())));
            }
            for id in interpreters(s) {
                out.insert((Part::InterpDouble, Sub::Name(id.to_string())));
            }
            for c in &s.interpretation {
                out.insert((Part::InterpDay, Sub::DayLang(s.date, c.to.clone())));
            }
            out.insert((Part::InterpLoad, Sub::Day(s.date)));
        }
    }
}

const PERSON_PARTS: [Part; 5] = [
    Part::FieldsPerson,
    Part::CodesPerson,
    Part::LangPerson,
    Part::TextPerson,
    Part::TentPerson,
];

const SESSION_PARTS: [Part; 14] = [
    Part::FieldsSession,
    Part::CodesSession,
    Part::IdsSessionRefs,
    Part::Declined,
    Part::LangSession,
    Part::InterpTeam,
    Part::InterpPairs,
    Part::InterpWorking,
    Part::InterpRelays,
    Part::InterpBooked,
    Part::Unstaffed,
    Part::LocalTimes,
    Part::TextSession,
    Part::TentSession,
];

const FOLLOW_UP_PARTS: [Part; 5] = [
    Part::FieldsFollowUp,
    Part::IdsFollowUpRefs,
    Part::FollowUps,
    Part::TextFollowUp,
    Part::TentFollowUp,
];

/// Every record holding `id` (a duplicate id's message names the first).
fn ids_at(ix: &crate::check::lookup::IdIndex, id: &str, part: Part, out: &mut BTreeSet<Slot>) {
    for &i in ix.get(id).into_iter().flatten() {
        out.insert((part, Sub::At(i)));
    }
}

/// Every reference now broken: its "did you mean" reads all the ids.
fn broken_refs<V>(blocks: &BTreeMap<Slot, V>, out: &mut BTreeSet<Slot>) {
    for part in [Part::IdsSessionRefs, Part::IdsFollowUpRefs] {
        let from = (part, Sub::Whole);
        out.extend(
            blocks
                .range(from..)
                .take_while(|(s, _)| s.0 == part)
                .map(|(s, _)| s.clone()),
        );
    }
}

/// The parts whose meeting-wide premise changed between `was` and `now`.
pub fn parts_behind(was: &Gates, now: &Gates) -> Vec<Part> {
    let mut v = Vec::new();
    if was.staffed != now.staffed {
        v.extend([
            Part::InterpTeam,
            Part::InterpDay,
            Part::InterpLoad,
            Part::InterpDouble,
            Part::InterpPairs,
        ]);
    }
    if was.offered != now.offered {
        v.extend([Part::LangPerson, Part::InterpBooked]);
    }
    if was.speakers_known != now.speakers_known {
        v.push(Part::LocalTimes);
    }
    if was.any_lists != now.any_lists {
        v.extend([
            Part::TentMeeting,
            Part::TentPerson,
            Part::TentSession,
            Part::TentFollowUp,
        ]);
    }
    v
}

/// Every slot of `part` there can be in the meeting.
pub fn all_of(cx: &Context, part: Part) -> Vec<Slot> {
    let m = cx.m;
    let at = |n: usize| (0..n).map(|i| (part, Sub::At(i))).collect::<Vec<_>>();
    let names = |sets: &super::index::Sets| {
        sets.keys()
            .map(|k| (part, Sub::Name(k.clone())))
            .collect::<Vec<_>>()
    };
    match part {
        Part::FieldsMeeting
        | Part::CodesMeeting
        | Part::Duplicates
        | Part::TextMeeting
        | Part::TentMeeting => vec![(part, Sub::Whole)],
        Part::FieldsPerson
        | Part::CodesPerson
        | Part::IdsDupPeople
        | Part::LangPerson
        | Part::TextPerson
        | Part::TentPerson => at(m.people().len()),
        Part::FieldsFollowUp
        | Part::IdsDupFollowUps
        | Part::IdsFollowUpRefs
        | Part::FollowUps
        | Part::TextFollowUp
        | Part::TentFollowUp => at(m.follow_ups.len()),
        Part::Rooms => names(&cx.ix.rooms),
        Part::PeopleClash => names(&cx.ix.booked),
        Part::InterpDouble => names(&cx.ix.interpreters),
        Part::InterpLoad => cx.ix.dates.keys().map(|d| (part, Sub::Day(*d))).collect(),
        Part::InterpDay => {
            let mut v = BTreeSet::new();
            for (d, idx) in &cx.ix.dates {
                for &i in idx {
                    for c in &m.sessions[i].interpretation {
                        v.insert((part, Sub::DayLang(*d, c.to.clone())));
                    }
                }
            }
            v.into_iter().collect()
        }
        _ => at(m.sessions.len()),
    }
}
