//! Where each problem comes from: a [`Slot`] names one rule family's part
//! and the record or group it is about. Ordered as [`check_meeting`]
//! (crate::check::check_meeting) runs its rules, so the problems of all
//! slots, in slot order and then errors first, are its list exactly.

use std::collections::HashSet;

use chrono::NaiveDate;
use chrono_tz::Tz;

use super::super::{
    Lookup, Problem, codes, conflicts, duplicates, fields, followups, ids, interpretation,
    languages, local_times, records, tentative, text,
};
use super::index::Index;
use crate::domain::Meeting;

/// One rule family's part, in the order the full check runs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    FieldsMeeting,
    FieldsPerson,
    FieldsSession,
    FieldsFollowUp,
    CodesMeeting,
    CodesPerson,
    CodesSession,
    IdsDupPeople,
    IdsDupSessions,
    IdsDupFollowUps,
    IdsSessionRefs,
    IdsFollowUpRefs,
    Rooms,
    PeopleClash,
    Declined,
    Duplicates,
    LangSession,
    LangPerson,
    InterpTeam,
    InterpDay,
    InterpLoad,
    InterpDouble,
    InterpPairs,
    InterpWorking,
    InterpRelays,
    InterpBooked,
    Unstaffed,
    LocalTimes,
    FollowUps,
    TextMeeting,
    TextPerson,
    TextSession,
    TextFollowUp,
    TentMeeting,
    TentPerson,
    TentSession,
    TentFollowUp,
}

/// Which record or group of a part.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sub {
    Whole,
    /// A session, participant or follow-up, by index.
    At(usize),
    /// A room (its key), a person or an interpreter (their id).
    Name(String),
    Day(NaiveDate),
    DayLang(NaiveDate, String),
}

pub type Slot = (Part, Sub);

/// What every slot's rules read besides the meeting: kept across edits.
pub struct Context<'a> {
    pub m: &'a Meeting,
    pub today: NaiveDate,
    pub lk: Lookup<'a>,
    pub ix: &'a Index,
    pub roster: ids::Roster<'a>,
    pub session_ids: ids::SessionIds<'a>,
    pub zone: Option<Tz>,
    pub offered: HashSet<&'a str>,
    pub staffed: bool,
    pub speakers_known: bool,
    pub any_lists: bool,
}

impl<'a> Context<'a> {
    pub fn new(m: &'a Meeting, today: NaiveDate, ix: &'a Index) -> Self {
        Context {
            m,
            today,
            lk: Lookup::indexed(m, &ix.people, &ix.sessions),
            ix,
            roster: ids::Roster::new(m),
            session_ids: ids::SessionIds::new(),
            zone: crate::zones::meeting_zone(m).ok(),
            offered: languages::offered(m),
            staffed: interpretation::any_staffed(m),
            speakers_known: local_times::speakers_known(m),
            any_lists: tentative::any_lists(m),
        }
    }

    /// The problems of one slot, each naming the record its path is in.
    pub fn compute(&self, slot: &Slot) -> Vec<Problem> {
        let mut out = Vec::new();
        match &slot.1 {
            Sub::Whole => self.whole(slot.0, &mut out),
            Sub::At(i) => self.at(slot.0, *i, &mut out),
            Sub::Name(n) => self.named(slot.0, n, &mut out),
            Sub::Day(d) => self.day(slot.0, *d, &mut out),
            Sub::DayLang(d, l) => self.day_lang(slot.0, *d, l, &mut out),
        }
        records::attribute(self.m, &mut out);
        out
    }

    fn whole(&self, part: Part, out: &mut Vec<Problem>) {
        let m = self.m;
        match part {
            Part::FieldsMeeting => fields::meeting(m, out),
            Part::CodesMeeting => codes::meeting(m, out),
            Part::Duplicates => duplicates::check(m, out),
            Part::TextMeeting => text::meeting(m, out),
            Part::TentMeeting if self.any_lists => tentative::meeting(m, out),
            _ => {}
        }
    }

    fn at(&self, part: Part, i: usize, out: &mut Vec<Problem>) {
        if i < self.m.sessions.len() {
            self.session(part, i, out);
        }
        if let Some(p) = self.m.people().get(i) {
            match part {
                Part::FieldsPerson => fields::participant(i, p, out),
                Part::CodesPerson => codes::participant(i, p, out),
                Part::IdsDupPeople => self.duplicate_id(Kind::People, i, out),
                Part::LangPerson if !self.offered.is_empty() => {
                    languages::participant(i, p, &self.offered, out)
                }
                Part::TextPerson => text::participant(i, p, out),
                Part::TentPerson if self.any_lists => tentative::participant(i, p, out),
                _ => {}
            }
        }
        if let Some(f) = self.m.follow_ups.get(i) {
            match part {
                Part::FieldsFollowUp => fields::follow_up(i, f, out),
                Part::IdsDupFollowUps => self.duplicate_id(Kind::FollowUps, i, out),
                Part::IdsFollowUpRefs => {
                    ids::follow_up_ref(self.m, &self.lk, &self.roster, &self.session_ids, i, out)
                }
                Part::FollowUps => followups::follow_up(i, f, self.today, out),
                Part::TextFollowUp => text::follow_up(i, f, out),
                Part::TentFollowUp if self.any_lists => tentative::follow_up(i, f, out),
                _ => {}
            }
        }
    }

    /// Session `i`'s own parts (`i` is a session's index).
    fn session(&self, part: Part, i: usize, out: &mut Vec<Problem>) {
        let (m, lk) = (self.m, &self.lk);
        let s = &m.sessions[i];
        match part {
            Part::FieldsSession => fields::session(m, i, out),
            Part::CodesSession => codes::session(i, s, out),
            Part::IdsDupSessions => self.duplicate_id(Kind::Sessions, i, out),
            Part::IdsSessionRefs => ids::session_refs(m, lk, &self.roster, i, out),
            Part::Declined => conflicts::declined_at(m, lk, i, out),
            Part::LangSession => languages::session(m, i, out),
            Part::InterpTeam if self.staffed => interpretation::team_at(m, i, out),
            Part::InterpPairs if self.staffed => interpretation::language_pairs_at(m, lk, i, out),
            Part::InterpWorking => interpretation::working_languages_at(m, i, out),
            Part::InterpRelays => interpretation::relays_at(m, i, out),
            Part::InterpBooked => interpretation::booked_people_at(m, lk, &self.offered, i, out),
            Part::Unstaffed => interpretation::unstaffed_at(m, self.today, i, out),
            Part::LocalTimes => {
                if let Some(tz) = self.zone {
                    local_times::session(m, lk, tz, self.speakers_known, i, out);
                }
            }
            Part::TextSession => text::session(i, s, out),
            Part::TentSession if self.any_lists => tentative::session(i, s, out),
            _ => {}
        }
    }

    /// The id at index `i` of a list, when an earlier record has it.
    fn duplicate_id(&self, kind: Kind, i: usize, out: &mut Vec<Problem>) {
        let (id, ix, what, section) = match kind {
            Kind::People => (
                self.m.people()[i].id.as_str(),
                &self.ix.people,
                "role-participant",
                "participants",
            ),
            Kind::Sessions => (
                self.m.sessions[i].id.as_str(),
                &self.ix.sessions,
                "role-session",
                "sessions",
            ),
            Kind::FollowUps => (
                self.m.follow_ups[i].id.as_str(),
                &self.ix.follow_ups,
                "role-follow-up",
                "follow_ups",
            ),
        };
        if id.is_empty() {
            return;
        }
        if let Some(&first) = ix.get(id).and_then(|v| v.first())
            && first != i
        {
            out.push(ids::duplicate(what, section, i, id, first));
        }
    }

    fn named(&self, part: Part, name: &str, out: &mut Vec<Problem>) {
        let m = self.m;
        match part {
            Part::Rooms => {
                let idx = self.ix.sessions_in(&self.ix.rooms, name);
                if !idx.is_empty() {
                    let everyones: Vec<usize> = self.ix.everyones_breaks.iter().copied().collect();
                    conflicts::room(m, name, idx, &everyones, out);
                }
            }
            Part::PeopleClash => {
                let idx = self.ix.sessions_in(&self.ix.booked, name);
                if !idx.is_empty() {
                    conflicts::person(m, &self.lk, name, idx, out);
                }
            }
            Part::InterpDouble if self.staffed => {
                let mut order = self.ix.sessions_in(&self.ix.interpreters, name);
                self.ix.schedule_sort(m, &mut order);
                let mut list: Vec<(usize, usize)> = Vec::new();
                for i in order {
                    for (j, c) in m.sessions[i].interpretation.iter().enumerate() {
                        for x in &c.interpreters {
                            if x == name {
                                list.push((i, j));
                            }
                        }
                    }
                }
                if !list.is_empty() {
                    interpretation::double_booked_one(m, name, &list, out);
                }
            }
            _ => {}
        }
    }

    fn day(&self, part: Part, date: NaiveDate, out: &mut Vec<Problem>) {
        if part != Part::InterpLoad || !self.staffed {
            return;
        }
        let order = self.ix.on_date(self.m, date);
        for day in crate::staffing::days_of(self.m, order) {
            interpretation::day_load(self.m, &day, out);
        }
    }

    fn day_lang(&self, part: Part, date: NaiveDate, to: &str, out: &mut Vec<Problem>) {
        if part != Part::InterpDay || !self.staffed {
            return;
        }
        let order = self.ix.on_date(self.m, date);
        let mut groups = interpretation::day_groups(self.m, order);
        if let Some(list) = groups.remove(&(date, to.to_string())) {
            interpretation::day_team(self.m, date, to, list, out);
        }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    People,
    Sessions,
    FollowUps,
}
