//! The follow-ups of many meetings as one list: rows, filters and order.
//!
//! A [`Register`] is built over the loaded meetings (each named by its file
//! stem, the name `carried_from` uses), and answers with [`Row`]s that borrow
//! from them. Rows carry the caller's meeting index and the follow-up's
//! index, so a front end can turn a selected row back into an edit; and the
//! due state against an explicit `today`, so every report is reproducible.
//!
//! A follow-up carried over into later meetings lives on in the latest of
//! them, with its history. Every copy names where it was first recorded
//! (`carried_from`, see [`origin`]); all copies but the one in the latest
//! loaded meeting are marked `carried_forward` and left out unless asked for.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use crate::domain::{
    DUE_SOON_DAYS, DueState, FollowUp, FollowUpStatus, LogEntry, Meeting, Participant,
    ParticipantIndex,
};

use super::fold::Needle;
use super::owner::{Owner, country_in_text};

/// The name a meeting goes by in reports and in `carried_from`: its file
/// stem, `agendas/2022-10-casie.yaml` → `2022-10-casie`.
pub fn meeting_key(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One meeting as the register sees it.
struct Source<'a> {
    key: &'a str,
    meeting: &'a Meeting,
    /// Participant id → index, built once (or given): owners are looked
    /// up per row.
    people: People<'a>,
    /// Position in meeting order (start date, then key).
    rank: usize,
}

/// Participant id → index of the last record with it (an id given twice
/// is an error the checks report; the register has always read the last).
enum People<'a> {
    Own(HashMap<&'a str, usize>),
    /// Kept by the caller across calls (the TUI keeps one per meeting).
    Given(&'a ParticipantIndex),
}

impl People<'_> {
    fn index(&self, id: &str) -> Option<usize> {
        match self {
            People::Own(m) => m.get(id).copied(),
            People::Given(ix) => ix.last(id),
        }
    }
}

fn own_index(m: &Meeting) -> People<'_> {
    People::Own(
        m.people()
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect(),
    )
}

/// The follow-ups of a set of meetings.
pub struct Register<'a> {
    sources: Vec<Source<'a>>,
    /// For each origin that was carried over: the latest meeting (rank) holding a copy.
    latest: HashMap<String, usize>,
}

/// One follow-up, with what a list or report shows about it.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// Index of the meeting in the order given to [`Register::new`].
    pub meeting_index: usize,
    /// Index in that meeting's `follow_ups`.
    pub index: usize,
    pub key: &'a str,
    pub meeting: &'a Meeting,
    pub follow_up: &'a FollowUp,
    pub owner: Owner<'a>,
    pub state: DueState,
    /// Days from today to the due date; negative when overdue.
    pub days_left: Option<i64>,
    /// A later loaded meeting carries it on.
    pub carried_forward: bool,
    /// The day the state was computed for.
    pub today: NaiveDate,
    rank: usize,
}

impl<'a> Row<'a> {
    /// Position of its meeting in meeting order (start date, then key).
    pub fn meeting_rank(&self) -> usize {
        self.rank
    }

    /// `meeting-key#follow-up-id`, as `carried_from` writes it.
    pub fn reference(&self) -> String {
        format!("{}#{}", self.key, self.follow_up.id)
    }

    pub fn last_note(&self) -> Option<&'a LogEntry> {
        self.follow_up.log.last()
    }

    /// The meeting's session it came from, when it names one that exists.
    pub fn session_title(&self) -> Option<&'a str> {
        let id = self.follow_up.session.as_deref()?;
        self.meeting.session(id).map(|s| s.title.primary())
    }
}

/// Which statuses a list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Still owed: open, in progress or waiting.
    #[default]
    Owed,
    All,
    Only(Vec<FollowUpStatus>),
}

impl StatusFilter {
    pub fn admits(&self, s: FollowUpStatus) -> bool {
        match self {
            StatusFilter::Owed => s.is_open(),
            StatusFilter::All => true,
            StatusFilter::Only(v) => v.contains(&s),
        }
    }

    /// `owed`, `all`, `closed`, or statuses separated by commas
    /// (`open,in-progress`); the error says what would be right.
    pub fn parse(s: &str) -> Result<Self, String> {
        match s.trim().to_lowercase().as_str() {
            "owed" => return Ok(StatusFilter::Owed),
            "all" => return Ok(StatusFilter::All),
            "closed" => {
                return Ok(StatusFilter::Only(vec![
                    FollowUpStatus::Done,
                    FollowUpStatus::Dropped,
                ]));
            }
            _ => {}
        }
        let mut v = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match FollowUpStatus::parse(part) {
                Some(st) if !v.contains(&st) => v.push(st),
                Some(_) => {}
                None => {
                    let known: Vec<&str> = FollowUpStatus::ALL
                        .iter()
                        .map(|s| s.as_str())
                        .chain(["owed", "closed", "all"])
                        .collect();
                    let hint = crate::problem::suggest::did_you_mean(part, known.iter().copied())
                        .unwrap_or_else(|| format!("expected one of: {}", known.join(", ")));
                    return Err(format!("unknown status `{part}`; {hint}"));
                }
            }
        }
        if v.is_empty() {
            return Err(
                "no status given; expected e.g. `open,in-progress`, `owed`, `closed` or `all`"
                    .into(),
            );
        }
        Ok(StatusFilter::Only(v))
    }
}

/// What to keep. The empty filter keeps every follow-up still owed.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Past their due date. With `due_within`, either one.
    pub overdue: bool,
    /// Due from today to today + N days.
    pub due_within: Option<i64>,
    pub status: StatusFilter,
    /// Participant id or name, organization, or `owner_org` (loose match).
    pub owner: Option<String>,
    /// A tag, case ignored.
    pub tag: Option<String>,
    /// File stem, title or short title of the meeting, or its series (loose match).
    pub meeting: Option<String>,
    /// ISO 3166-1 alpha-2 of the owner's country.
    pub country: Option<String>,
    /// Free text over id, title, owner, tags and notes (loose match).
    pub text: Option<String>,
    /// Keep follow-ups that a later meeting carries on.
    pub include_carried: bool,
}

/// The filter's texts, folded once for all rows.
struct Prepared {
    owner: Option<Needle>,
    meeting: Option<Needle>,
    text: Option<Needle>,
    country: Option<String>,
    countries: CountryCache,
}

impl Filter {
    /// The "due soon" window every view shares.
    pub fn due_soon() -> Self {
        Filter {
            due_within: Some(DUE_SOON_DAYS),
            ..Filter::default()
        }
    }

    fn prepare(&self) -> Prepared {
        let country = self.country.as_deref().map(|c| {
            crate::domain::codes::suggest_country(c)
                .map(str::to_string)
                .unwrap_or_else(|| c.trim().to_uppercase())
        });
        Prepared {
            owner: self.owner.as_deref().map(Needle::new),
            meeting: self.meeting.as_deref().map(Needle::new),
            text: self.text.as_deref().map(Needle::new),
            country,
            countries: CountryCache::default(),
        }
    }

    fn due_ok(&self, f: &FollowUp, today: NaiveDate) -> bool {
        if !self.overdue && self.due_within.is_none() {
            return true;
        }
        let overdue = self.overdue && f.due_state(today) == DueState::Overdue;
        let within = match (self.due_within, f.due) {
            (Some(n), Some(d)) => f.status.is_open() && (0..=n).contains(&(d - today).num_days()),
            _ => false,
        };
        overdue || within
    }

    fn tag_ok(&self, f: &FollowUp) -> bool {
        self.tag.as_deref().is_none_or(|t| {
            let t = t.trim().to_lowercase();
            f.tags.iter().any(|x| x.to_lowercase() == t)
        })
    }

    /// What can be told from the follow-up alone: status, due date, tag.
    /// A report need read nothing else of a meeting for those that fail it.
    pub fn may_keep(&self, f: &FollowUp, today: NaiveDate) -> bool {
        self.status.admits(f.status) && self.due_ok(f, today) && self.tag_ok(f)
    }

    fn keeps(&self, p: &mut Prepared, r: &Row) -> bool {
        let f = r.follow_up;
        (self.include_carried || !r.carried_forward)
            && self.may_keep(f, r.today)
            && p.owner.as_ref().is_none_or(|n| n.matches(r.owner.texts()))
            && p.meeting.as_ref().is_none_or(|n| {
                let m = r.meeting;
                n.matches(
                    [r.key]
                        .into_iter()
                        .chain(m.title.all())
                        .chain(m.short_title.as_deref())
                        .chain(m.series.as_deref()),
                )
            })
            && (p.country.is_none() || p.countries.of(&r.owner) == p.country)
            && p.text.as_ref().is_none_or(|n| {
                n.matches(
                    [f.id.as_str()]
                        .into_iter()
                        .chain(f.title.all())
                        .chain(r.owner.texts())
                        .chain(f.tags.iter().map(String::as_str))
                        .chain(f.notes.as_deref())
                        .chain(f.log.iter().map(|l| l.note.as_str())),
                )
            })
    }
}

impl<'a> Register<'a> {
    /// `meetings`: each meeting with its key ([`meeting_key`] of its file).
    pub fn new(meetings: impl IntoIterator<Item = (&'a str, &'a Meeting)>) -> Self {
        Register::indexed(meetings.into_iter().map(|(k, m)| (k, m, None)))
    }

    /// [`Register::new`], with each meeting's participants by id when the
    /// caller keeps them (so a large roster is not indexed again per call).
    pub fn indexed(
        meetings: impl IntoIterator<Item = (&'a str, &'a Meeting, Option<&'a ParticipantIndex>)>,
    ) -> Self {
        let mut sources: Vec<Source<'a>> = meetings
            .into_iter()
            .map(|(key, meeting, ix)| Source {
                key,
                meeting,
                people: ix.map_or_else(|| own_index(meeting), People::Given),
                rank: 0,
            })
            .collect();
        let mut order: Vec<usize> = (0..sources.len()).collect();
        order.sort_by_key(|&i| (sources[i].meeting.start_date, sources[i].key));
        for (rank, i) in order.into_iter().enumerate() {
            sources[i].rank = rank;
        }
        let mut latest: HashMap<String, usize> = HashMap::new();
        for s in &sources {
            for c in s
                .meeting
                .follow_ups
                .iter()
                .filter_map(|f| f.carried_from.as_deref())
            {
                let r = latest.entry(c.trim().to_string()).or_insert(s.rank);
                *r = (*r).max(s.rank);
            }
        }
        Register { sources, latest }
    }

    fn participant(&self, s: &Source<'a>, id: Option<&str>) -> Option<&'a Participant> {
        id.and_then(|id| s.people.index(id))
            .and_then(|i| s.meeting.people().get(i))
            .filter(|p| Some(p.id.as_str()) == id)
    }

    fn row(&self, meeting_index: usize, index: usize, today: NaiveDate) -> Row<'a> {
        let s = &self.sources[meeting_index];
        let f = &s.meeting.follow_ups[index];
        Row {
            meeting_index,
            index,
            key: s.key,
            meeting: s.meeting,
            follow_up: f,
            owner: Owner::of(f, self.participant(s, f.owner.as_deref())),
            state: f.due_state(today),
            days_left: f.due.map(|d| (d - today).num_days()),
            today,
            carried_forward: !self.latest.is_empty()
                && self
                    .latest
                    .get(&origin(s.key, f))
                    .is_some_and(|&r| r > s.rank),
            rank: s.rank,
        }
    }

    /// Follow-up `index` of the meeting at `meeting_index` as a row.
    pub fn row_at(&self, meeting_index: usize, index: usize, today: NaiveDate) -> Option<Row<'a>> {
        let s = self.sources.get(meeting_index)?;
        s.meeting.follow_ups.get(index)?;
        Some(self.row(meeting_index, index, today))
    }

    /// That row when the filter keeps it, as [`Register::select`] decides
    /// (for a list brought up to date one follow-up at a time).
    pub fn select_one(
        &self,
        filter: &Filter,
        meeting_index: usize,
        index: usize,
        today: NaiveDate,
    ) -> Option<Row<'a>> {
        let r = self.row_at(meeting_index, index, today)?;
        let kept =
            filter.status.admits(r.follow_up.status) && filter.keeps(&mut filter.prepare(), &r);
        kept.then_some(r)
    }

    /// Every follow-up the filter keeps, in [`sort`] order.
    pub fn select(&self, filter: &Filter, today: NaiveDate) -> Vec<Row<'a>> {
        let mut p = filter.prepare();
        let mut rows: Vec<Row<'a>> = Vec::new();
        for (mi, s) in self.sources.iter().enumerate() {
            for fi in 0..s.meeting.follow_ups.len() {
                // Cheap tests first: status is most of what a filter removes.
                if !filter.status.admits(s.meeting.follow_ups[fi].status) {
                    continue;
                }
                let r = self.row(mi, fi, today);
                if filter.keeps(&mut p, &r) {
                    rows.push(r);
                }
            }
        }
        sort(&mut rows);
        rows
    }

    /// Every follow-up, closed and carried ones too.
    pub fn all(&self, today: NaiveDate) -> Vec<Row<'a>> {
        self.select(
            &Filter {
                status: StatusFilter::All,
                include_carried: true,
                ..Filter::default()
            },
            today,
        )
    }
}

/// Indices of the follow-ups a participant owns, for their detail view.
pub fn owned_by(m: &Meeting, participant: &str) -> Vec<usize> {
    (0..m.follow_ups.len())
        .filter(|&i| m.follow_ups[i].owner.as_deref() == Some(participant))
        .collect()
}

/// Indices of the follow-ups a session produced, for its detail view.
pub fn produced_by(m: &Meeting, session: &str) -> Vec<usize> {
    (0..m.follow_ups.len())
        .filter(|&i| m.follow_ups[i].session.as_deref() == Some(session))
        .collect()
}

/// Where a follow-up was first recorded, `file-stem#id`: its `carried_from`
/// when it was carried over, else its own place.
pub fn origin(key: &str, f: &FollowUp) -> String {
    match &f.carried_from {
        Some(c) => c.trim().to_string(),
        None => format!("{key}#{}", f.id),
    }
}

/// Due date first (none last), then meeting (by start date); see [`order`].
pub fn sort(rows: &mut [Row]) {
    rows.sort_by(order);
}

/// The order [`sort`] puts two rows in (rows it ranks equal keep their
/// order: [`Register::select`] gives them by meeting, then index). One
/// order for `plenary followups` and the TUI's Follow-ups view.
///
/// Dated follow-ups: due date, meeting, id. Undated ones come after every
/// dated one, by meeting (the order the meetings were held), then by owner,
/// then by title, with the id only to break a tie. An id is a file's
/// handle, not something an organizer reads down: without a date to sort
/// by, they go through the list by whom to ask (one owner's commitments
/// together, so one message covers them; those with no owner at the end,
/// as no one can be asked yet), then by what was promised.
pub fn order(a: &Row, b: &Row) -> std::cmp::Ordering {
    let due = |r: &Row| (r.follow_up.due.is_none(), r.follow_up.due);
    due(a)
        .cmp(&due(b))
        .then(a.rank.cmp(&b.rank))
        .then_with(|| match a.follow_up.due {
            Some(_) => std::cmp::Ordering::Equal,
            None => undated_key(a).cmp(&undated_key(b)),
        })
        .then_with(|| a.follow_up.id.cmp(&b.follow_up.id))
}

/// Whom to ask and what about, case folded: (no owner, owner, title).
fn undated_key(r: &Row) -> (bool, String, String) {
    let o = &r.owner;
    let owner = match (o.participant, o.id, o.org) {
        (Some(p), _, _) => p.name.primary(),
        (None, Some(id), _) => id,
        (None, None, Some(org)) => org.primary(),
        (None, None, None) => "",
    };
    (
        owner.is_empty(),
        super::fold(owner),
        super::fold(r.follow_up.title.primary()),
    )
}

/// How many rows stand where, for a summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: usize,
    pub overdue: usize,
    pub due_soon: usize,
    pub later: usize,
    pub no_date: usize,
    pub closed: usize,
}

pub fn counts(rows: &[Row]) -> Counts {
    let mut c = Counts {
        total: rows.len(),
        ..Counts::default()
    };
    for r in rows {
        match r.state {
            DueState::Overdue => c.overdue += 1,
            DueState::DueSoon => c.due_soon += 1,
            DueState::Later => c.later += 1,
            DueState::NoDate => c.no_date += 1,
            DueState::Closed => c.closed += 1,
        }
    }
    c
}

/// Name of a due state in reports and filters.
pub fn state_name(s: DueState) -> &'static str {
    match s {
        DueState::Overdue => "overdue",
        DueState::DueSoon => "due-soon",
        DueState::Later => "later",
        DueState::NoDate => "no-date",
        DueState::Closed => "closed",
    }
}

/// The owner's country for `owner_org` texts, looked up once per distinct text.
#[derive(Default)]
pub struct CountryCache {
    seen: HashMap<String, Option<&'static str>>,
}

impl CountryCache {
    pub fn of(&mut self, owner: &Owner) -> Option<String> {
        if owner.participant.is_some() || owner.org.is_none() {
            return owner.country();
        }
        let org = owner.org?.primary();
        if let Some(c) = self.seen.get(org) {
            return c.map(str::to_string);
        }
        let c = owner.org.and_then(|o| o.all().find_map(country_in_text));
        self.seen.insert(org.to_string(), c);
        c.map(str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Participant, Roster, Text};
    use crate::followups::{GroupBy, group};

    fn day(s: &str) -> NaiveDate {
        crate::domain::date::parse(s).unwrap()
    }

    fn fu(id: &str, due: Option<&str>, status: FollowUpStatus) -> FollowUp {
        FollowUp {
            id: id.into(),
            title: Text::plain(id),
            due: due.map(day),
            status,
            ..FollowUp::default()
        }
    }

    fn meetings() -> (Meeting, Meeting) {
        let mut a = Meeting {
            title: "CASIE 2022".into(),
            series: Some("casie".into()),
            start_date: day("2022-10-06"),
            ..Meeting::default()
        };
        a.participants = Roster::Inline(
            vec![Participant {
                id: "li-fan".into(),
                name: crate::yaml::from_str("{en: Li Fan, ru: Ли Фань}").unwrap(),
                organization: Some("UNESCO-ICHEI".into()),
                country: Some("CN".into()),
                ..Participant::default()
            }]
            .into(),
        );
        a.follow_ups = vec![
            FollowUp {
                owner_org: Some("Kazakhstan".into()),
                tags: vec!["action-plan".into()],
                ..fu("plan-kz", Some("2023-03-01"), FollowUpStatus::Open)
            },
            FollowUp {
                owner: Some("li-fan".into()),
                ..fu("iioe", Some("2023-05-10"), FollowUpStatus::InProgress)
            },
            fu("no-date", None, FollowUpStatus::Waiting),
            FollowUp {
                closed: Some(day("2023-01-01")),
                ..fu("done", Some("2022-12-01"), FollowUpStatus::Done)
            },
        ]
        .into();
        let mut b = Meeting {
            title: "CASIE 2023".into(),
            series: Some("casie".into()),
            start_date: day("2023-10-05"),
            ..Meeting::default()
        };
        b.follow_ups = vec![
            FollowUp {
                carried_from: Some("2022-casie#no-date".into()),
                ..fu("no-date", Some("2023-05-01"), FollowUpStatus::Open)
            },
            fu("a-first", Some("2023-03-01"), FollowUpStatus::Open),
        ]
        .into();
        (a, b)
    }

    fn ids(rows: &[Row]) -> Vec<String> {
        rows.iter().map(|r| r.reference()).collect()
    }

    #[test]
    fn sorted_by_due_then_meeting_then_id_and_carried_copies_hidden() {
        let (a, b) = meetings();
        // Given in reverse: meeting order comes from start dates, not input order.
        let reg = Register::new([("2023-casie", &b), ("2022-casie", &a)]);
        let today = day("2023-04-30");
        let rows = reg.select(&Filter::default(), today);
        assert_eq!(
            ids(&rows),
            [
                "2022-casie#plan-kz",
                "2023-casie#a-first",
                "2023-casie#no-date",
                "2022-casie#iioe"
            ]
        );
        assert_eq!(rows[0].meeting_index, 1);
        assert_eq!(rows[0].index, 0);
        assert_eq!(rows[0].state, DueState::Overdue);
        assert_eq!(rows[0].days_left, Some(-60));
        assert_eq!(rows[2].state, DueState::DueSoon);
        assert_eq!(rows[3].owner.label(), "Li Fan");
        let all = reg.all(today);
        assert_eq!(all.len(), 6);
        assert_eq!(
            ids(&all).last().map(String::as_str),
            Some("2022-casie#no-date")
        );
        assert!(all.last().unwrap().carried_forward);
    }

    /// Undated follow-ups follow the dated ones by meeting, owner, title —
    /// never by id, which the ids below would reverse.
    #[test]
    fn undated_ones_go_by_meeting_then_owner_then_title() {
        let undated = |id: &str, owner: Option<&str>, title: &str| FollowUp {
            owner_org: owner.map(Text::plain),
            title: Text::plain(title),
            ..fu(id, None, FollowUpStatus::Open)
        };
        let m = Meeting {
            start_date: day("2022-10-06"),
            follow_ups: vec![
                undated("a", None, "Anything"),
                undated("b", Some("Uzbekistan"), "Action plan"),
                undated("c", Some("kazakhstan"), "Report"),
                undated("d", Some("Kazakhstan"), "Action plan"),
                fu("e", Some("2023-01-01"), FollowUpStatus::Open),
            ]
            .into(),
            ..Meeting::default()
        };
        let earlier = Meeting {
            start_date: day("2021-01-01"),
            follow_ups: vec![undated("z", Some("Zed"), "Zeta")].into(),
            ..Meeting::default()
        };
        let reg = Register::new([("m", &m), ("earlier", &earlier)]);
        let rows = reg.select(&Filter::default(), day("2022-12-01"));
        assert_eq!(ids(&rows), ["m#e", "earlier#z", "m#d", "m#c", "m#b", "m#a"]);
    }

    #[test]
    fn only_the_latest_copy_of_a_carried_chain_is_current() {
        let at = |start: &str, fus: Vec<FollowUp>| Meeting {
            start_date: day(start),
            follow_ups: fus.into(),
            ..Meeting::default()
        };
        let first = at("2021-01-01", vec![fu("x", None, FollowUpStatus::Open)]);
        let carried = |id: &str| FollowUp {
            carried_from: Some("m2021#x".into()),
            ..fu(id, None, FollowUpStatus::Open)
        };
        let second = at("2022-01-01", vec![carried("x")]);
        let third = at("2023-01-01", vec![carried("x-2")]);
        let reg = Register::new([("m2023", &third), ("m2021", &first), ("m2022", &second)]);
        let rows = reg.select(&Filter::default(), day("2023-06-01"));
        assert_eq!(ids(&rows), ["m2023#x-2"]);
        let all = reg.all(day("2023-06-01"));
        let forward: Vec<bool> = all.iter().map(|r| r.carried_forward).collect();
        assert_eq!(ids(&all), ["m2021#x", "m2022#x", "m2023#x-2"]);
        assert_eq!(forward, [true, true, false]);
    }

    #[test]
    fn details_find_what_a_person_owns_and_a_session_produced() {
        let (mut a, _) = meetings();
        a.follow_ups[2].session = Some("closing".into());
        assert_eq!(owned_by(&a, "li-fan"), [1]);
        assert_eq!(produced_by(&a, "closing"), [2]);
        assert!(owned_by(&a, "nobody").is_empty());
    }

    #[test]
    fn filters_combine() {
        let (a, b) = meetings();
        let reg = Register::new([("2022-casie", &a), ("2023-casie", &b)]);
        let today = day("2023-04-30");
        let sel = |f: Filter| ids(&reg.select(&f, today));
        assert_eq!(
            sel(Filter {
                overdue: true,
                ..Filter::default()
            }),
            ["2022-casie#plan-kz", "2023-casie#a-first"]
        );
        assert_eq!(
            sel(Filter {
                due_within: Some(14),
                ..Filter::default()
            }),
            ["2023-casie#no-date", "2022-casie#iioe"]
        );
        assert_eq!(
            sel(Filter {
                due_within: Some(1),
                overdue: true,
                ..Filter::default()
            }),
            [
                "2022-casie#plan-kz",
                "2023-casie#a-first",
                "2023-casie#no-date"
            ]
        );
        assert_eq!(
            sel(Filter {
                owner: Some("ЛИ".into()),
                ..Filter::default()
            }),
            ["2022-casie#iioe"]
        );
        assert_eq!(
            sel(Filter {
                owner: Some("ichei".into()),
                ..Filter::default()
            }),
            ["2022-casie#iioe"]
        );
        assert_eq!(
            sel(Filter {
                owner: Some("kazakh".into()),
                ..Filter::default()
            }),
            ["2022-casie#plan-kz"]
        );
        assert_eq!(
            sel(Filter {
                country: Some("kaz".into()),
                ..Filter::default()
            }),
            ["2022-casie#plan-kz"]
        );
        assert_eq!(
            sel(Filter {
                country: Some("China".into()),
                ..Filter::default()
            }),
            ["2022-casie#iioe"]
        );
        assert_eq!(
            sel(Filter {
                tag: Some("Action-Plan".into()),
                ..Filter::default()
            }),
            ["2022-casie#plan-kz"]
        );
        assert_eq!(
            sel(Filter {
                meeting: Some("2023".into()),
                ..Filter::default()
            }),
            ["2023-casie#a-first", "2023-casie#no-date"]
        );
        assert_eq!(
            sel(Filter {
                status: StatusFilter::parse("closed").unwrap(),
                ..Filter::default()
            }),
            ["2022-casie#done"]
        );
        assert_eq!(
            sel(Filter {
                text: Some("iioe".into()),
                ..Filter::default()
            }),
            ["2022-casie#iioe"]
        );
        assert_eq!(
            sel(Filter {
                include_carried: true,
                meeting: Some("2022".into()),
                ..Filter::default()
            }),
            [
                "2022-casie#plan-kz",
                "2022-casie#iioe",
                "2022-casie#no-date"
            ]
        );
    }

    #[test]
    fn status_filters_read_like_people_write_them() {
        assert_eq!(
            StatusFilter::parse("open, in progress"),
            Ok(StatusFilter::Only(vec![
                FollowUpStatus::Open,
                FollowUpStatus::InProgress
            ]))
        );
        assert_eq!(StatusFilter::parse("ALL"), Ok(StatusFilter::All));
        assert_eq!(
            StatusFilter::parse("dne").unwrap_err(),
            "unknown status `dne`; did you mean `done`?"
        );
    }

    #[test]
    fn groups_in_a_useful_order() {
        let (a, b) = meetings();
        let reg = Register::new([("2022-casie", &a), ("2023-casie", &b)]);
        let rows = reg.all(day("2023-04-30"));
        let labels = |by| {
            group(&rows, by)
                .into_iter()
                .map(|g| (g.label, g.rows.len()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            labels(GroupBy::Meeting),
            [
                ("2022-casie — CASIE 2022".to_string(), 4),
                ("2023-casie — CASIE 2023".to_string(), 2)
            ]
        );
        assert_eq!(labels(GroupBy::Owner)[0], ("Kazakhstan".to_string(), 1));
        assert_eq!(labels(GroupBy::Owner).last().unwrap().0, "(no owner)");
        assert_eq!(
            labels(GroupBy::Status)
                .iter()
                .map(|(l, _)| l.as_str())
                .collect::<Vec<_>>(),
            ["open", "in-progress", "waiting", "done"]
        );
        assert_eq!(
            labels(GroupBy::DueMonth)
                .iter()
                .map(|(l, _)| l.as_str())
                .collect::<Vec<_>>(),
            ["2022-12", "2023-03", "2023-05", "no due date"]
        );
        assert_eq!(
            labels(GroupBy::State)
                .iter()
                .map(|(l, n)| (l.as_str(), *n))
                .collect::<Vec<_>>(),
            [
                ("overdue", 2),
                ("due within 14 days", 2),
                ("no due date", 1),
                ("closed", 1)
            ]
        );
        let c = counts(&rows);
        assert_eq!(
            (c.total, c.overdue, c.due_soon, c.no_date, c.closed),
            (6, 2, 2, 1, 1)
        );
    }
}
