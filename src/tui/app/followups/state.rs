//! What the Follow-ups view lists: the rows `followups::Register` selects
//! for the view's scope and filters, grouped (`GroupBy`, one key cycles it)
//! and split into due sections, with the headings as rows of their own so
//! the list scrolls as one. Selection skips headings.
//!
//! The order and the filtering are the domain's (`crate::followups`), the
//! same the `plenary followups` report uses; only the layout is made here.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::groups::{Groups, Member};
use super::prompt::Prompt;
use super::review::Review;
use crate::domain::{DueState, FollowUpStatus};
use crate::edit::{Change, ListOp};
use crate::followups::Needle;
use crate::followups::{Counts, Filter, GroupBy, Register, Row, StatusFilter, group, meeting_key};
use crate::search::{Key, Matcher, Query};
use crate::tui::action::Command;
use crate::tui::app::ListState;
use crate::tui::input::TextInput;
use crate::tui::library::{Entry, MeetingId};

/// One line of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FuRow {
    /// A group's heading (meeting, owner, status or due month).
    Group { label: String, count: usize },
    /// A due section: overdue, due within 14 days, later, no due date, closed.
    Section { state: DueState, count: usize },
    /// A follow-up: the library entry and its index in `follow_ups`.
    Item {
        entry: MeetingId,
        index: usize,
        /// A later meeting carries it on; this copy is the record.
        carried: bool,
    },
}

impl FuRow {
    pub fn item(&self) -> Option<(MeetingId, usize)> {
        match *self {
            FuRow::Item { entry, index, .. } => Some((entry, index)),
            _ => None,
        }
    }
}

/// Filters that cycle through the values present (like the Roster's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// Owner labels, as the list shows them.
    pub owners: Vec<String>,
    /// (meeting key, label).
    pub meetings: Vec<(String, String)>,
    pub tags: Vec<String>,
    /// ISO 3166-1 alpha-2.
    pub countries: Vec<String>,
}

#[derive(Debug, Default)]
pub struct FollowUpsState {
    /// Every meeting's follow-ups, or only the current meeting's.
    pub all: bool,
    pub group: GroupBy,
    pub status: StatusFilter,
    pub owner: Option<String>,
    /// Meeting key (file stem).
    pub meeting: Option<String>,
    pub tag: Option<String>,
    pub country: Option<String>,
    /// The search line while it is being typed.
    pub input: Option<TextInput>,
    /// The search kept (words, any order, any script).
    pub query: String,
    pub rows: Vec<FuRow>,
    pub counts: Counts,
    pub facets: Facets,
    pub list: ListState,
    /// A one-line prompt (note, due date, title...) while it is open.
    pub prompt: Option<Prompt>,
    pub review: Option<Review>,
    /// Entries edited here, most recent last (for undo in edit order).
    pub edited: Vec<MeetingId>,
    /// Entries undone here, most recent last (for redo).
    pub undone: Vec<MeetingId>,
    pub(crate) built_for: Option<(Option<MeetingId>, u64)>,
    /// Bumped whenever a filter or the documents change.
    pub(crate) generation: u64,
    /// Bumped when the documents change (the facets depend on them only).
    docs: u64,
    /// What the facets were last made for: scope, status filter, documents.
    facets_for: Option<(Option<MeetingId>, bool, StatusFilter, u64)>,
    /// Per (entry, follow-up): what the fuzzy search scores, made once per
    /// change of the documents.
    search_keys: HashMap<(usize, usize), Key>,
    keys_for: Option<u64>,
    /// Since the last build, only these follow-ups (meeting, index)
    /// changed, in place (the same id, carried from the same place):
    /// the list is brought up to date by taking each out and putting it
    /// back where the report's order puts it. `None`: built anew.
    touched: Option<Vec<(MeetingId, usize)>>,
    /// What the last build listed, before grouping, in report order; and
    /// the day it was made for.
    pub(super) picked: Vec<Picked>,
    picked_on: Option<NaiveDate>,
    /// The follow-up just edited, listed until the cursor leaves it
    /// (`stay.rs`), and whether the filters alone would leave it out.
    pub(super) stay: Option<super::stay::Stay>,
    pub(super) stay_hidden: bool,
    /// The groups the picked follow-ups name (other groupings than state).
    groups: Groups,
}

/// One follow-up a build listed: (meeting's place, index), and what the
/// layout and the counts read of it (its due state, its group), so that
/// after an edit they are made without reading every follow-up again.
pub type Picked = Member;

fn picked(r: &Row, groups: &mut Groups) -> Picked {
    Member {
        at: (r.meeting_index, r.index),
        state: r.state,
        carried: r.carried_forward,
        group: groups.of(r),
    }
}

/// [`counts`] of the rows picked.
fn counts_of(picked: &[Picked]) -> Counts {
    let mut c = Counts {
        total: picked.len(),
        ..Counts::default()
    };
    for p in picked {
        match p.state {
            DueState::Overdue => c.overdue += 1,
            DueState::DueSoon => c.due_soon += 1,
            DueState::Later => c.later += 1,
            DueState::NoDate => c.no_date += 1,
            DueState::Closed => c.closed += 1,
        }
    }
    c
}

/// [`layout`] by state, of the rows picked: each due section in turn, its
/// rows in report order (as the stable sort by state leaves them).
pub(super) fn by_state(picked: &[Picked], ids: &[MeetingId]) -> Vec<FuRow> {
    let mut out = Vec::with_capacity(picked.len() + STATES.len());
    for state in STATES {
        let n = picked.iter().filter(|p| p.state == state).count();
        if n == 0 {
            continue;
        }
        out.push(FuRow::Section { state, count: n });
        out.extend(
            picked
                .iter()
                .filter(|p| p.state == state)
                .map(|p| FuRow::Item {
                    entry: ids.get(p.at.0).copied().unwrap_or_default(),
                    index: p.at.1,
                    carried: p.carried,
                }),
        );
    }
    out
}

/// The ascending order of due sections.
pub const STATES: [DueState; 5] = [
    DueState::Overdue,
    DueState::DueSoon,
    DueState::Later,
    DueState::NoDate,
    DueState::Closed,
];

pub fn state_rank(s: DueState) -> usize {
    STATES.iter().position(|x| *x == s).unwrap_or(0)
}

impl FollowUpsState {
    pub fn new() -> Self {
        FollowUpsState {
            group: GroupBy::State,
            ..FollowUpsState::default()
        }
    }

    /// Something the rows depend on changed.
    pub fn invalidate(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        self.touched = None;
    }

    /// Meeting `id` was edited (`changes`, as applied): the rows are made
    /// again, only the touched follow-ups' when nothing else changed.
    pub fn edited(&mut self, id: MeetingId, changes: &[Change]) {
        self.docs = self.docs.wrapping_add(1);
        self.generation = self.generation.wrapping_add(1);
        let Some(t) = &mut self.touched else { return };
        for c in changes {
            match c {
                Change::FollowUp(ListOp::Replace { at, before, after })
                    if before.id == after.id && before.carried_from == after.carried_from =>
                {
                    t.push((id, *at));
                }
                _ => {
                    self.touched = None;
                    return;
                }
            }
        }
    }

    /// A document changed (loaded, edited, undone).
    pub fn documents_changed(&mut self) {
        self.docs = self.docs.wrapping_add(1);
        self.invalidate();
    }

    pub fn has_filters(&self) -> bool {
        self.owner.is_some()
            || self.meeting.is_some()
            || self.tag.is_some()
            || self.country.is_some()
            || !self.query.trim().is_empty()
            || self.status != StatusFilter::Owed
    }

    pub fn clear_filters(&mut self) {
        self.owner = None;
        self.meeting = None;
        self.tag = None;
        self.country = None;
        self.query.clear();
        self.input = None;
        self.status = StatusFilter::Owed;
        self.invalidate();
    }

    /// The selected follow-up: (entry, index).
    pub fn selected(&self) -> Option<(MeetingId, usize)> {
        self.rows.get(self.list.scroll.selected)?.item()
    }

    /// The filter the domain applies; owner and meeting are matched exactly here.
    pub fn filter(&self) -> Filter {
        Filter {
            status: self.status.clone(),
            tag: self.tag.clone(),
            country: self.country.clone(),
            // A meeting's own view shows its record, carried on or not.
            include_carried: !self.all,
            ..Filter::default()
        }
    }

    /// The rows of the view's scope that pass every filter, in report order.
    pub fn select<'a>(
        &self,
        reg: &Register<'a>,
        cur: Option<usize>,
        today: NaiveDate,
        keys: &[String],
    ) -> Vec<Row<'a>> {
        let mut rows = reg.select(&self.filter(), today);
        rows.retain(|r| self.in_scope(r, cur, keys));
        rows
    }

    /// Whether a row the domain's filter keeps is in the view's scope and
    /// passes the owner and meeting filters.
    fn in_scope(&self, r: &Row, cur: Option<usize>, keys: &[String]) -> bool {
        (self.all || Some(r.meeting_index) == cur)
            && self.owner.as_ref().is_none_or(|o| r.owner.label() == *o)
            && self
                .meeting
                .as_ref()
                .is_none_or(|m| keys.get(r.meeting_index) == Some(m))
    }

    /// [`FollowUpsState::select`] after follow-ups `touched` changed in
    /// place, from the list the last build picked: each touched one taken
    /// out and, if still selected, put back where the report's order
    /// (then meeting, then index, as the domain's stable sort leaves them)
    /// puts it.
    fn reselect(
        &mut self,
        reg: &Register,
        touched: &[(MeetingId, usize)],
        ids: &[MeetingId],
        cur: Option<usize>,
        today: NaiveDate,
        keys: &[String],
    ) -> Vec<Picked> {
        let filter = self.filter();
        let mut picked = self.picked.clone();
        for &(id, fi) in touched {
            let Some(mi) = ids.iter().position(|&x| x == id) else {
                continue;
            };
            picked.retain(|p| p.at != (mi, fi));
            let Some(r) = reg
                .select_one(&filter, mi, fi, today)
                .filter(|r| self.in_scope(r, cur, keys))
            else {
                continue;
            };
            let at = picked.partition_point(|p| {
                let (m, f) = p.at;
                reg.row_at(m, f, today).is_some_and(|x| {
                    crate::followups::order(&x, &r).then((m, f).cmp(&(mi, fi)))
                        == std::cmp::Ordering::Less
                })
            });
            picked.insert(at, self::picked(&r, &mut self.groups));
        }
        picked
    }

    /// Rebuilds the rows from the documents, keeping the selected follow-up.
    pub fn rebuild(
        &mut self,
        entries: &[Entry],
        cur: Option<MeetingId>,
        today: NaiveDate,
        matcher: &Matcher,
    ) {
        let keep = self.selected();
        let keys = keys(entries);
        let reg = register(entries, &keys);
        // The domain's rows name meetings by their place in `entries`.
        let cur_at = cur.and_then(|id| entries.iter().position(|e| e.id == id));
        let ids: Vec<MeetingId> = entries.iter().map(|e| e.id).collect();
        // Only follow-ups changed in place since a build for the same
        // scope, day and filters, with no search (its keys are per build).
        let followed = self
            .touched
            .take()
            .filter(|_| self.built_for.is_some_and(|(c, _)| c == cur))
            .filter(|_| self.picked_on == Some(today) && Query::new(&self.query).is_empty());
        let followed = followed.filter(|_| self.groups.is_for(self.group));
        let picked = match followed {
            Some(t) => self.reselect(&reg, &t, &ids, cur_at, today, &keys),
            None => {
                let mut rows = self.select(&reg, cur_at, today, &keys);
                self.search(&mut rows, matcher);
                let mut groups = Groups::new(self.group);
                let picked = rows.iter().map(|r| picked(r, &mut groups)).collect();
                self.groups = groups;
                picked
            }
        };
        self.counts = counts_of(&picked);
        let kept = self.with_stay(&picked, entries, &ids);
        self.stay_hidden = kept.is_some();
        let shown = kept.as_deref().unwrap_or(&picked);
        // From what was picked: after an edit only the touched follow-ups
        // were read again (their state, their group). The kept follow-up
        // keeps the group it was listed in.
        self.rows = match self.group {
            GroupBy::State => by_state(shown, &ids),
            _ => self.groups.layout(shown, &ids),
        };
        self.picked = picked;
        (self.picked_on, self.touched) = (Some(today), Some(Vec::new()));
        self.built_for = Some((cur, self.generation));
        let at = keep
            .and_then(|k| self.rows.iter().position(|r| r.item() == Some(k)))
            .or_else(|| self.rows.iter().position(|r| r.item().is_some()))
            .unwrap_or(0);
        self.list.scroll.selected = at;
    }

    /// The values the filter keys cycle through, made when one is pressed
    /// (after an edit they are made again only then): from the same rows
    /// the list's scope and status filter select.
    pub fn ensure_facets(&mut self, entries: &[Entry], cur: Option<MeetingId>, today: NaiveDate) {
        // Typing a search changes neither the scope nor the documents.
        let key = (cur, self.all, self.status.clone(), self.docs);
        if self.facets_for.as_ref() == Some(&key) {
            return;
        }
        let keys = keys(entries);
        let reg = register(entries, &keys);
        let cur_at = cur.and_then(|id| entries.iter().position(|e| e.id == id));
        self.facets = facets(self, &reg, cur_at, today, &keys);
        self.facets_for = Some(key);
    }

    /// Keeps the rows the search finds: fuzzy over id, title, owner and
    /// tags (each word within one of them, any script, any order), or the
    /// words as typed in the notes and progress log.
    pub fn search(&mut self, rows: &mut Vec<Row>, matcher: &Matcher) {
        let q = Query::new(&self.query);
        if q.is_empty() {
            return;
        }
        if self.keys_for != Some(self.docs) {
            self.search_keys.clear();
            self.keys_for = Some(self.docs);
        }
        let needle = Needle::new(&self.query);
        let cache = &mut self.search_keys;
        rows.retain(|r| {
            let f = r.follow_up;
            let key = cache.entry((r.meeting_index, r.index)).or_insert_with(|| {
                Key::new(
                    [f.id.as_str()]
                        .into_iter()
                        .chain(f.title.all())
                        .chain(r.owner.texts())
                        .chain(f.tags.iter().map(String::as_str)),
                )
            });
            matcher.score(key, &q).is_some()
                || needle.matches(
                    f.notes
                        .as_deref()
                        .into_iter()
                        .chain(f.log.iter().map(|l| l.note.as_str())),
                )
        });
    }

    /// A filter or grouping key of the view: what it shows now, or `None`
    /// when `c` is not one.
    pub fn filter_key(&mut self, c: Command) -> Option<String> {
        let said = match c {
            Command::ToggleAllMeetings => {
                self.all = !self.all;
                if self.all {
                    crate::tr!("tui-fu-every-meeting")
                } else {
                    crate::tr!("tui-fu-this-meeting")
                }
            }
            Command::ToggleOpenOnly => {
                self.status = if self.status == StatusFilter::Owed {
                    StatusFilter::All
                } else {
                    StatusFilter::Owed
                };
                format!(
                    "{}: {}",
                    crate::tui::format::field("status"),
                    status_filter_label(&self.status)
                )
            }
            Command::FilterStatus => {
                self.status = next_status_filter(&self.status);
                format!(
                    "{}: {}",
                    crate::tui::format::field("status"),
                    status_filter_label(&self.status)
                )
            }
            Command::GroupNext => {
                self.group = self.group.next();
                crate::tr!(
                    "tui-grouped-by-status",
                    group = crate::tui::format::field(self.group.as_str())
                )
            }
            Command::FilterOwner => {
                self.owner = cycle(&self.facets.owners, &self.owner);
                facet_status("owner", self.owner.as_deref())
            }
            Command::FilterMeeting => {
                let keys: Vec<String> = self.facets.meetings.iter().map(|m| m.0.clone()).collect();
                self.meeting = cycle(&keys, &self.meeting);
                facet_status("meeting", self.meeting.as_deref())
            }
            Command::FilterTag => {
                self.tag = cycle(&self.facets.tags, &self.tag);
                facet_status("tag", self.tag.as_deref())
            }
            Command::FilterCountry => {
                self.country = cycle(&self.facets.countries, &self.country);
                let name = self
                    .country
                    .as_deref()
                    .map(|c| format!("{c} {}", crate::domain::codes::country_said(c)));
                facet_status("country", name.as_deref())
            }
            Command::ClearFilters => {
                self.clear_filters();
                crate::tr!("tui-fu-filters-cleared")
            }
            _ => return None,
        };
        self.invalidate();
        Some(said)
    }

    pub fn is_built_for(&self, cur: Option<MeetingId>) -> bool {
        self.built_for == Some((cur, self.generation))
    }

    /// Moves the selection by `delta` rows, landing on a follow-up and
    /// showing the headings above the first one of a section.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        let len = self.rows.len();
        if len == 0 {
            return;
        }
        let is_item = |i: usize| self.rows[i].item().is_some();
        let before = self.list.scroll.selected;
        let mut i = before.saturating_add_signed(delta).min(len - 1);
        if !is_item(i) {
            let forward = (delta >= 0)
                .then(|| (i..len).find(|&j| is_item(j)))
                .flatten();
            let backward = (0..=i).rev().find(|&j| is_item(j));
            let forward_again = (i..len).find(|&j| is_item(j));
            i = forward.or(backward).or(forward_again).unwrap_or(before);
        }
        let s = &mut self.list.scroll;
        s.select(i, len, height);
        while s.offset > 0
            && self.rows[s.offset - 1].item().is_none()
            && (s.offset..i).all(|k| self.rows[k].item().is_none())
            && i + 1 - (s.offset - 1) <= height
        {
            s.offset -= 1;
        }
        if i != before {
            self.list.detail_scroll = 0;
        }
    }
}

/// Each entry's meeting key (its file stem), as `carried_from` names it.
pub fn keys(entries: &[Entry]) -> Vec<String> {
    entries.iter().map(|e| meeting_key(&e.doc().path)).collect()
}

pub fn register<'a>(entries: &'a [Entry], keys: &'a [String]) -> Register<'a> {
    // Each entry keeps its participants by id: a large roster is not
    // indexed again per rebuild.
    Register::indexed(
        keys.iter()
            .zip(entries)
            .map(|(k, e)| (k.as_str(), e.meeting(), Some(e.people_by_id()))),
    )
}

/// Groups, and due sections inside each group (the groups are the sections
/// when grouping by state).
/// A group's heading in the interface's words: a status or "no due date"
/// is said as the views say it; meetings, owners and months are data.
pub(super) fn group_label(by: GroupBy, label: &str) -> String {
    match by {
        GroupBy::Status => crate::tui::format::value(label),
        GroupBy::DueMonth if label == crate::followups::NO_DUE_DATE => {
            crate::tr!("tui-no-due-date")
        }
        _ => label.to_string(),
    }
}

/// `ids` are the open meetings' ids, in the order the rows' `meeting_index` counts.
pub fn layout(rows: &[Row], by: GroupBy, ids: &[MeetingId]) -> Vec<FuRow> {
    let mut out = Vec::with_capacity(rows.len() + 16);
    let item = |r: &Row| FuRow::Item {
        entry: ids.get(r.meeting_index).copied().unwrap_or_default(),
        index: r.index,
        carried: r.carried_forward,
    };
    if by == GroupBy::State {
        sections(&mut out, rows.to_vec(), item);
        return out;
    }
    for g in group(rows, by) {
        out.push(FuRow::Group {
            label: group_label(by, &g.label),
            count: g.rows.len(),
        });
        sections(&mut out, g.rows, item);
    }
    out
}

fn sections(out: &mut Vec<FuRow>, mut rows: Vec<Row>, item: impl Fn(&Row) -> FuRow) {
    // Stable: the report order (followups::order) holds inside a section.
    rows.sort_by_key(|r| state_rank(r.state));
    let mut i = 0;
    while i < rows.len() {
        let state = rows[i].state;
        let n = rows[i..].iter().take_while(|r| r.state == state).count();
        out.push(FuRow::Section { state, count: n });
        out.extend(rows[i..i + n].iter().map(&item));
        i += n;
    }
}

fn facets(
    st: &FollowUpsState,
    reg: &Register,
    cur: Option<usize>,
    today: NaiveDate,
    keys: &[String],
) -> Facets {
    let filter = Filter {
        status: st.status.clone(),
        include_carried: !st.all,
        ..Filter::default()
    };
    let rows: Vec<Row> = reg
        .select(&filter, today)
        .into_iter()
        .filter(|r| st.all || Some(r.meeting_index) == cur)
        .collect();
    let mut f = Facets::default();
    let mut cache = crate::followups::CountryCache::default();
    for r in &rows {
        let o = r.owner.label();
        if !o.is_empty() && !f.owners.contains(&o) {
            f.owners.push(o);
        }
        let k = keys.get(r.meeting_index).cloned().unwrap_or_default();
        if !f.meetings.iter().any(|(x, _)| *x == k) {
            f.meetings.push((k, r.meeting.label().to_string()));
        }
        for t in &r.follow_up.tags {
            if !f.tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                f.tags.push(t.clone());
            }
        }
        if let Some(c) = cache.of(&r.owner)
            && !f.countries.contains(&c)
        {
            f.countries.push(c);
        }
    }
    f.owners.sort_by_key(|o| crate::followups::fold(o));
    f.tags.sort_by_key(|t| t.to_lowercase());
    f.countries.sort();
    f
}

/// The value after `cur` in `values`, and none after the last.
pub fn cycle<T: Clone + PartialEq>(values: &[T], cur: &Option<T>) -> Option<T> {
    match cur {
        None => values.first().cloned(),
        Some(c) => {
            let i = values.iter().position(|v| v == c)?;
            values.get(i + 1).cloned()
        }
    }
}

/// Owed → every status → open → in progress → waiting → done → dropped → owed.
pub fn next_status_filter(s: &StatusFilter) -> StatusFilter {
    match s {
        StatusFilter::Owed => StatusFilter::All,
        StatusFilter::All => StatusFilter::Only(vec![FollowUpStatus::Open]),
        StatusFilter::Only(v) if v.len() == 1 => {
            let i = FollowUpStatus::ALL
                .iter()
                .position(|x| *x == v[0])
                .unwrap_or(0);
            match FollowUpStatus::ALL.get(i + 1) {
                Some(n) => StatusFilter::Only(vec![*n]),
                None => StatusFilter::Owed,
            }
        }
        StatusFilter::Only(_) => StatusFilter::Owed,
    }
}

pub fn status_filter_label(s: &StatusFilter) -> String {
    match s {
        StatusFilter::Owed => crate::tui::format::value("owed"),
        StatusFilter::All => crate::tr!("tui-any-status"),
        StatusFilter::Only(v) => v
            .iter()
            .map(|x| crate::tui::format::value(x.as_str()))
            .collect::<Vec<_>>()
            .join(","),
    }
}

pub fn section_label(s: DueState) -> String {
    match s {
        DueState::Overdue => crate::tr!("tui-section-overdue"),
        DueState::DueSoon => crate::tr!("tui-section-due-soon", n = crate::domain::DUE_SOON_DAYS),
        DueState::Later => crate::tr!("tui-section-later"),
        DueState::NoDate => crate::tr!("tui-no-due-date"),
        DueState::Closed => crate::tr!("tui-section-closed"),
    }
}

fn facet_status(what: &str, v: Option<&str>) -> String {
    match v {
        Some(v) => format!(
            "{}: {v} {}",
            crate::tui::format::field(what),
            crate::tr!("tui-press-again")
        ),
        None => format!(
            "{}: {}",
            crate::tui::format::field(what),
            crate::tr!("tui-any")
        ),
    }
}
