//! The sessions an export covers, placed in time: what every format is made from.

use chrono::{DateTime, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use uuid::Uuid;

use super::select::SelectError;
use super::{Options, ids};
use crate::domain::{Clock, Format, Meeting, Session, Tentative};
use crate::report::plain::Labels;
use crate::zones;

/// A session with a start time, as the feeds and calendars show it.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    /// Index in `meeting.sessions`.
    pub index: usize,
    pub session: &'a Session,
    pub id: u32,
    pub guid: Uuid,
    pub slug: String,
    /// Start and end in the shown zone.
    pub start: DateTime<Tz>,
    pub end: Option<DateTime<Tz>>,
    /// Room, or "Online", or the venue: never empty (some apps drop events without one).
    pub place: String,
}

impl Event<'_> {
    /// Length in minutes; 0 when the end is not known.
    pub fn minutes(&self) -> i64 {
        self.end
            .map(|e| (e - self.start).num_minutes().max(0))
            .unwrap_or(0)
    }

    /// `01:30`, the duration as frab and pretalx write it.
    pub fn duration_hhmm(&self) -> String {
        let m = self.minutes();
        format!("{:02}:{:02}", m / 60, m % 60)
    }

    /// The date, start or end is a proposal.
    pub fn time_tentative(&self) -> bool {
        ["date", "start", "end"]
            .iter()
            .any(|f| self.session.tentative.covers(f))
    }
}

/// Where a session is, for a feed or a calendar: its room; "Online" when it
/// has a link or the meeting is online; else the meeting's venue; else
/// "To be announced". Never empty: frab's `<room>` and schedule.json's
/// `room` are required, and some apps drop an event without one.
///
/// Never the city: "Almaty" read as a room (a frab room, a `Where:` line,
/// a calendar's LOCATION) tells a reader the room is known when it is not.
/// A venue is a place one can walk to, so it may stand for the room; when
/// there is none, the honest room is one still to be announced, said in
/// the export's language through the catalogue.
pub fn place_label(m: &Meeting, s: &Session, lang: &str) -> String {
    if let Some(r) = s.room.as_deref().filter(|r| !r.trim().is_empty()) {
        return r.to_string();
    }
    let l = Labels::for_lang(lang);
    if s.link.is_some() || m.format == Format::Online {
        return l.say("Online");
    }
    match m.venue.as_ref() {
        Some(v) if !v.is_empty() => v.get(lang, &m.languages).to_string(),
        _ => l.say("To be announced"),
    }
}

/// Words for the session fields not confirmed yet ("start time", "room"),
/// in the words of `l`; a field without a word of its own keeps its name.
pub fn unconfirmed(s: &Session, l: &Labels) -> Vec<String> {
    match &s.tentative {
        Tentative::No => Vec::new(),
        Tentative::All => vec![l.say("the whole session")],
        Tentative::Fields(f) => f
            .iter()
            .map(|x| match x.as_str() {
                "start" => l.say("start time"),
                "end" => l.say("end time"),
                "language" => l.say("floor language"),
                "date" => l.say("date"),
                "end_date" => l.say("end date"),
                "room" => l.say("room"),
                "link" => l.say("link"),
                "title" => l.say("title"),
                "chair" => l.say("chair"),
                "lead" => l.say("lead"),
                "interpretation" => l.say("interpretation"),
                "description" => l.say("description"),
                other => other.replace('_', " "),
            })
            .collect(),
    }
}

/// One day of the shown zone with its events.
#[derive(Debug, Clone)]
pub struct Day {
    /// 1 for the first day.
    pub index: usize,
    pub date: NaiveDate,
    /// Earliest start and latest end (or start) of the day's events; the
    /// whole date for a day without any ([`Plan::feed_days`]).
    pub start: DateTime<Tz>,
    pub end: DateTime<Tz>,
    /// Indices into [`Plan::events`].
    pub events: Vec<usize>,
}

/// The sessions of an export, placed in time, with the meeting they come from.
#[derive(Debug, Clone)]
pub struct Plan<'a> {
    pub meeting: &'a Meeting,
    pub written: Tz,
    pub options: &'a Options,
    pub acronym: String,
    /// Chosen sessions with a start time, in time order.
    pub events: Vec<Event<'a>>,
    /// Chosen sessions without a start time (indices in `meeting.sessions`).
    pub unscheduled: Vec<usize>,
}

impl<'a> Plan<'a> {
    pub fn new(m: &'a Meeting, written: Tz, o: &'a Options) -> Result<Plan<'a>, SelectError> {
        o.selection.check(m)?;
        let ids = ids::event_ids(&o.meeting_key, m);
        let acronym = ids::acronym(m, &o.meeting_key);
        let mut events = Vec::new();
        let mut unscheduled = Vec::new();
        let mut taken: std::collections::BTreeSet<u32> = ids.iter().copied().collect();
        for i in m.schedule_order() {
            let s = &m.sessions[i];
            if !o.selection.includes(s) {
                continue;
            }
            if zones::session(written, s, o.shown).is_none() {
                unscheduled.push(i);
                continue;
            }
            // A session over several days (`end_date`) runs at the same hours
            // on each: one event a day, the first keeping the session's ids.
            for (k, date) in s.dates().enumerate() {
                let day = Session { date, ..s.clone() };
                let Some(shown) = zones::session(written, &day, o.shown) else {
                    continue;
                };
                let (id, guid) = if k == 0 {
                    (ids[i], ids::session_guid(&o.meeting_key, &s.id))
                } else {
                    let guid = ids::session_guid(&o.meeting_key, &format!("{}@{date}", s.id));
                    (ids::free_number(&guid, &mut taken), guid)
                };
                events.push(Event {
                    index: i,
                    session: s,
                    id,
                    guid,
                    slug: ids::event_slug(&acronym, id, &s.id),
                    start: shown.start,
                    end: shown.end.filter(|e| *e >= shown.start),
                    place: place_label(m, s, o.lang()),
                });
            }
        }
        events.sort_by_key(|e| (e.start, e.index));
        Ok(Plan {
            meeting: m,
            written,
            options: o,
            acronym,
            events,
            unscheduled,
        })
    }

    /// The days of the shown zone that have events, numbered from 1 (the
    /// printed programme's days; the feeds list more, [`Self::feed_days`]).
    pub fn days(&self) -> Vec<Day> {
        let mut days: Vec<Day> = Vec::new();
        for (k, e) in self.events.iter().enumerate() {
            let end = e.end.unwrap_or(e.start);
            match days.last_mut() {
                Some(d) if d.date == e.start.date_naive() => {
                    d.end = d.end.max(end);
                    d.events.push(k);
                }
                _ => days.push(Day {
                    index: days.len() + 1,
                    date: e.start.date_naive(),
                    start: e.start,
                    end,
                    events: vec![k],
                }),
            }
        }
        days
    }

    /// Said on standard error: what the export had to leave out.
    pub fn notes(&self) -> Vec<String> {
        self.unscheduled
            .iter()
            .map(|&i| {
                crate::tr!(
                    "export-note-unscheduled",
                    id = self.meeting.sessions[i].id.as_str()
                )
            })
            .collect()
    }

    /// Title in the leading language, and in the second one when it differs.
    pub fn titles(&self, s: &Session) -> (String, Option<String>) {
        let fb = &self.meeting.languages;
        let langs = &self.options.langs;
        let first = s.title.get(self.options.lang(), fb).to_string();
        let second = langs
            .get(1)
            .map(|l| s.title.get(l, fb).to_string())
            .filter(|t| *t != first);
        (first, second)
    }

    /// People on the stage of `s`, for the feeds' `persons`: the chair and
    /// the speakers, each with their roster id (`None` for an id not on the
    /// roster, still meant as a person). An item's `presenter` is no person
    /// — a country's delegation or an organization — so apps would list
    /// "Kazakhstan" as a speaker with a profile page; it is told in the
    /// abstract instead ([`Plan::presenter_line`]).
    pub fn persons(&self, s: &'a Session) -> Vec<(Option<&'a str>, String)> {
        let m = self.meeting;
        let lang = self.options.lang();
        s.people()
            .into_iter()
            .map(|id| match m.participant(id) {
                Some(p) => (
                    Some(p.id.as_str()),
                    p.name.get(lang, &m.languages).to_string(),
                ),
                None => (None, id.to_string()),
            })
            .collect()
    }
}

/// `2020-09-25T11:00:00+06:00`: a date and time with its UTC offset.
pub fn iso(dt: &DateTime<Tz>) -> String {
    dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

impl Plan<'_> {
    /// The grid the events sit on, `00:05` to `01:00`: the largest step
    /// that every start and duration is a multiple of.
    pub fn timeslot(&self) -> String {
        fn gcd(a: i64, b: i64) -> i64 {
            if b == 0 { a } else { gcd(b, a % b) }
        }
        let g = self
            .events
            .iter()
            .flat_map(|e| [zones::minute_of_day(&e.start), e.minutes()])
            .fold(60, gcd)
            .max(1);
        format!("{:02}:{:02}", g / 60, g % 60)
    }

    /// First and last day the export covers, in the shown zone: the
    /// meeting's dates, widened by any event outside them. A feed says when
    /// the conference runs, not when its last planned session is.
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        let m = self.meeting;
        let (mut first, mut last) = (self.shown_date(m.start_date), self.shown_date(m.last_day()));
        if let (Some(a), Some(b)) = (self.events.first(), self.events.last()) {
            first = first.min(a.start.date_naive());
            last = last
                .max(b.start.date_naive())
                .max(b.end.unwrap_or(b.start).date_naive());
        }
        (first, last)
    }

    /// The days a conference feed lists: those with events and, as the
    /// agenda lists them, the meeting's own dates with nothing planned yet
    /// ([`Meeting::listed_dates`]), so a feed neither ends early nor skips
    /// a day. An empty day spans its whole date, 00:00 to 23:59, since the
    /// formats want a start and an end and there is no event to take them from.
    pub fn feed_days(&self) -> Vec<Day> {
        let mut days = self.days();
        for date in self.meeting.listed_dates() {
            let date = self.shown_date(date);
            if days.iter().any(|d| d.date == date) {
                continue;
            }
            let at = |h, m| {
                let clock = Clock::hm(h, m).unwrap_or(Clock(NaiveTime::MIN));
                let shown = self.options.shown;
                zones::resolve(shown, date, clock).at.with_timezone(&shown)
            };
            days.push(Day {
                index: 0,
                date,
                start: at(0, 0),
                end: at(23, 59),
                events: Vec::new(),
            });
        }
        days.sort_by_key(|d| d.date);
        for (k, d) in days.iter_mut().enumerate() {
            d.index = k + 1;
        }
        days
    }

    /// The date of the shown zone that a date of the meeting's own zone
    /// mostly falls on: the one its noon falls on (itself in the same zone).
    fn shown_date(&self, date: NaiveDate) -> NaiveDate {
        if self.written == self.options.shown {
            return date;
        }
        let noon = Clock::hm(12, 0).unwrap_or(Clock(NaiveTime::MIN));
        let at = zones::resolve(self.written, date, noon).at;
        at.with_timezone(&self.options.shown).date_naive()
    }

    /// A short fingerprint of what the events say, for the feeds' `version`:
    /// it changes when an event does, so apps know to refresh.
    pub fn version(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for e in &self.events {
            let line = format!(
                "{}|{}|{}|{}|{}",
                e.guid,
                iso(&e.start),
                e.minutes(),
                e.place,
                self.titles(e.session).0
            );
            for b in line.bytes() {
                h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{:08x}", h >> 32)
    }
}
