//! The roster as the Roster view shows it: filtered, searched, sorted, and
//! counted for the summary panel.
//!
//! A keystroke must be answered in a few milliseconds at 100,000 people, so:
//! the sort order is computed once per sort key; typing more only searches
//! among the previous hits (a stack of them, so Backspace is free too); and
//! the counts use the small facet numbers prepared at load time.

use std::cmp::Reverse;

use super::input::TextInput;
use super::library::{Entry, MeetingId, NONE};
use super::scroll::Scroll;
use crate::domain::{Role, Status};
use crate::search::{Matcher, Query, name_order};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Name,
    Organization,
    Country,
    Role,
    Status,
}

impl SortKey {
    pub const ALL: [SortKey; 5] = [
        SortKey::Name,
        SortKey::Organization,
        SortKey::Country,
        SortKey::Role,
        SortKey::Status,
    ];

    pub fn title(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Organization => "organization",
            SortKey::Country => "country",
            SortKey::Role => "role",
            SortKey::Status => "status",
        }
    }

    pub fn next(self) -> SortKey {
        let i = SortKey::ALL.iter().position(|k| *k == self).unwrap_or(0);
        SortKey::ALL[(i + 1) % SortKey::ALL.len()]
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Each facet shows people with any of its values; none means all.
    /// The facets combine: a person must pass each.
    pub country: Vec<String>,
    pub organization: Vec<String>,
    pub role: Vec<Role>,
    pub status: Vec<Status>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.country.is_empty()
            && self.organization.is_empty()
            && self.role.is_empty()
            && self.status.is_empty()
    }

    /// Whether a participant with facets `x` passes every facet.
    pub fn passes(&self, e: &Entry, x: &super::library::Facet) -> bool {
        (self.role.is_empty() || self.role.contains(&x.role))
            && (self.status.is_empty() || self.status.contains(&x.status))
            && (self.country.is_empty()
                || (x.country != NONE
                    && e.facets
                        .countries
                        .get(x.country as usize)
                        .is_some_and(|c| self.country.contains(c))))
            && (self.organization.is_empty()
                || (x.organization != NONE
                    && e.facets
                        .organizations
                        .get(x.organization as usize)
                        .is_some_and(|o| self.organization.contains(o))))
    }
}

/// Counts over the rows shown, largest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub total: usize,
    pub countries: Vec<(String, usize)>,
    pub organizations: Vec<(String, usize)>,
    pub roles: Vec<(Role, usize)>,
    pub statuses: Vec<(Status, usize)>,
}

#[derive(Debug, Default)]
pub struct RosterState {
    /// The library entry these rows were built for.
    pub entry: Option<MeetingId>,
    /// The search line while it is being typed.
    pub input: Option<TextInput>,
    pub query: Query,
    pub sort: SortKey,
    pub reverse: bool,
    pub filters: Filters,
    /// Participant indices shown, in order.
    pub rows: Vec<u32>,
    pub summary: Summary,
    pub scroll: Scroll,
    pub detail_scroll: u16,
    /// Every participant in sort order, and each one's place in it.
    sorted: Vec<u32>,
    rank: Vec<u32>,
    sorted_for: Option<(SortKey, bool)>,
    /// Hits of the queries typed so far, for narrowing.
    hits: Vec<(Query, Vec<u32>)>,
    /// When nobody here matches: other meetings where someone does, e.g.
    /// "CASIE 2022: Li Fan", so a person is found without knowing their meeting.
    pub elsewhere: Vec<String>,
    /// The roster across every loaded meeting (`A`), while shown; `rows`
    /// are then places in its people.
    pub across: Option<super::roster_across::Across>,
}

const MAX_HISTORY: usize = 32;

impl RosterState {
    /// Forgets everything tied to the previous meeting. A search begun
    /// before any meeting was shown (while the first file loads) is kept
    /// for the first one.
    pub fn reset_for(&mut self, entry: Option<MeetingId>) {
        let first = self.entry.is_none();
        *self = RosterState {
            entry,
            sort: self.sort,
            reverse: self.reverse,
            // It does not depend on the current meeting.
            across: self.across.take(),
            input: self.input.take().filter(|_| first),
            query: if first {
                std::mem::take(&mut self.query)
            } else {
                Query::default()
            },
            ..RosterState::default()
        };
    }

    /// The selected participant's index in the meeting's roster (none
    /// while the roster across meetings is shown: its rows are people).
    pub fn selected(&self) -> Option<usize> {
        if self.across.is_some() {
            return None;
        }
        self.rows.get(self.scroll.selected).map(|&i| i as usize)
    }

    /// The selected person of the roster across meetings.
    pub fn selected_person(&self) -> Option<&crate::people::Person> {
        let a = self.across.as_ref()?;
        let &i = self.rows.get(self.scroll.selected)?;
        a.people.get(i as usize)
    }

    fn ensure_sorted(&mut self, e: &Entry) {
        if self.sorted_for == Some((self.sort, self.reverse))
            && self.sorted.len() == e.facets.of.len()
        {
            return;
        }
        // By name first (kept with the entry while no name changed); the
        // other keys sort stably over it, so their ties stay in name order
        // (reversed or not).
        let mut v = match &e.by_name {
            Some(v) if v.len() == e.facets.of.len() => v.clone(),
            _ => name_order(e.meeting().people()),
        };
        if self.sort == SortKey::Name {
            if self.reverse {
                v.reverse();
            }
        } else {
            let k = facet_ranks(e, self.sort);
            let reverse = self.reverse;
            v.sort_by(|&a, &b| {
                let o = k[a as usize].cmp(&k[b as usize]);
                if reverse { o.reverse() } else { o }
            });
        }
        self.rank = vec![0; v.len()];
        for (n, &i) in v.iter().enumerate() {
            self.rank[i as usize] = n as u32;
        }
        self.sorted = v;
        self.sorted_for = Some((self.sort, self.reverse));
        self.hits.clear();
    }

    fn passes(&self, e: &Entry, i: u32) -> bool {
        self.filters.passes(e, &e.facets.of[i as usize])
    }

    /// Rebuilds the rows after the query, filters or sort changed, keeping
    /// the selected person selected when they are still shown (and the best
    /// match selected when the query changed).
    pub fn rebuild(&mut self, e: &Entry, matcher: &Matcher, query_changed: bool, height: usize) {
        let keep = self.selected();
        self.ensure_sorted(e);
        if self.query.is_empty() {
            self.hits.clear();
            self.rows = self
                .sorted
                .iter()
                .copied()
                .filter(|&i| self.passes(e, i))
                .collect();
        } else {
            // Drop the hits of queries this one is not typed from; keep the
            // others even when they cannot narrow it (a fifth letter allows a
            // typing mistake), so Backspace finds them again.
            while let Some((q, _)) = self.hits.last() {
                if self.query.as_str().starts_with(q.as_str()) {
                    break;
                }
                self.hits.pop();
            }
            let usable = self
                .hits
                .iter()
                .rposition(|(q, _)| *q == self.query || self.query.narrows(q));
            let last = usable.map(|i| &self.hits[i]);
            match last {
                Some((q, hits)) if *q == self.query => self.rows = hits.clone(),
                last => {
                    // Candidates in roster order: the keys lie in memory in that
                    // order, and visiting them so is several times faster at 100,000.
                    let candidates: Vec<u32> = match last {
                        Some((_, hits)) => {
                            let mut v = hits.clone();
                            v.sort_unstable();
                            v
                        }
                        None => (0..e.keys.len() as u32)
                            .filter(|&i| self.passes(e, i))
                            .collect(),
                    };
                    let mut scored = score_all(matcher, e, &self.query, &candidates);
                    let rank = &self.rank;
                    scored.sort_unstable_by_key(|&(i, s)| (Reverse(s), rank[i as usize]));
                    self.rows = scored.into_iter().map(|(i, _)| i).collect();
                    if self.hits.len() >= MAX_HISTORY {
                        self.hits.remove(0);
                    }
                    self.hits.push((self.query.clone(), self.rows.clone()));
                }
            }
        }
        self.summary = summarize(e, &self.rows);
        let at = if query_changed {
            None
        } else {
            keep.and_then(|k| self.rows.iter().position(|&i| i as usize == k))
        };
        self.scroll.select(at.unwrap_or(0), self.rows.len(), height);
        if query_changed {
            self.scroll.offset = 0;
        }
    }

    /// Filters, sort and hits depend on the roster; call after it changed.
    pub fn invalidate(&mut self) {
        self.sorted_for = None;
        self.hits.clear();
        if let Some(a) = &mut self.across {
            a.stale = true;
        }
    }

    /// Filters changed: the rows must be searched again.
    pub fn filters_changed(&mut self) {
        self.hits.clear();
    }

    pub fn clear_filters(&mut self) {
        self.filters = Filters::default();
        self.hits.clear();
    }
}

/// Each participant's place in the order of `key`'s values (organization,
/// country, role or status; none last).
fn facet_ranks(e: &Entry, key: SortKey) -> Vec<u32> {
    let f = &e.facets;
    // Names' places in alphabetical order, by their index.
    let order = |names: &[String]| {
        let mut ranks: Vec<(String, u32)> = names
            .iter()
            .enumerate()
            .map(|(i, o)| (o.to_lowercase(), i as u32))
            .collect();
        ranks.sort();
        let mut r = vec![u32::MAX; names.len()];
        for (n, (_, i)) in ranks.iter().enumerate() {
            r[*i as usize] = n as u32;
        }
        r
    };
    let of = |r: &[u32], id: u32| r.get(id as usize).copied().unwrap_or(u32::MAX);
    match key {
        SortKey::Organization => {
            let r = order(&f.organizations);
            f.of.iter().map(|x| of(&r, x.organization)).collect()
        }
        SortKey::Country => {
            let r = order(&f.countries);
            f.of.iter().map(|x| of(&r, x.country)).collect()
        }
        SortKey::Role => f.of.iter().map(|x| x.role as u32).collect(),
        SortKey::Status => f.of.iter().map(|x| x.status as u32).collect(),
        SortKey::Name => vec![0; f.of.len()],
    }
}

/// Below this many candidates one thread is quicker than starting others.
const PARALLEL_FROM: usize = 20_000;

/// Scores the candidates, on every core when there are many: at 100,000
/// people a keystroke's budget is a few milliseconds.
fn score_all(matcher: &Matcher, e: &Entry, q: &Query, candidates: &[u32]) -> Vec<(u32, i64)> {
    let score = |chunk: &[u32]| -> Vec<(u32, i64)> {
        chunk
            .iter()
            .filter_map(|&i| matcher.score(&e.keys[i as usize], q).map(|s| (i, s)))
            .collect()
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if candidates.len() < PARALLEL_FROM || threads < 2 {
        return score(candidates);
    }
    let chunk = candidates.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = candidates
            .chunks(chunk)
            .map(|c| s.spawn(move || score(c)))
            .collect();
        let mut out = Vec::with_capacity(candidates.len());
        for h in handles {
            match h.join() {
                Ok(v) => out.extend(v),
                Err(p) => std::panic::resume_unwind(p),
            }
        }
        out
    })
}

fn top(counts: Vec<usize>, names: &[String]) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = counts
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .map(|(i, n)| (names[i].clone(), n))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// Counts by country, organization, role and status over `rows`.
pub fn summarize(e: &Entry, rows: &[u32]) -> Summary {
    let f = &e.facets;
    let mut countries = vec![0usize; f.countries.len()];
    let mut orgs = vec![0usize; f.organizations.len()];
    let mut roles = [0usize; Role::ALL.len()];
    let mut statuses = [0usize; Status::ALL.len()];
    let (mut no_country, mut no_org) = (0, 0);
    for &i in rows {
        let x = f.of[i as usize];
        match countries.get_mut(x.country as usize) {
            Some(n) => *n += 1,
            None => no_country += 1,
        }
        match orgs.get_mut(x.organization as usize) {
            Some(n) => *n += 1,
            None => no_org += 1,
        }
        roles[x.role as usize] += 1;
        statuses[x.status as usize] += 1;
    }
    let mut countries = top(countries, &f.countries);
    if no_country > 0 {
        countries.push(("(none)".into(), no_country));
    }
    let mut organizations = top(orgs, &f.organizations);
    if no_org > 0 {
        organizations.push(("(none)".into(), no_org));
    }
    let mut roles: Vec<(Role, usize)> = Role::ALL
        .into_iter()
        .map(|r| (r, roles[r as usize]))
        .filter(|x| x.1 > 0)
        .collect();
    roles.sort_by_key(|x| Reverse(x.1));
    let statuses = Status::ALL
        .into_iter()
        .map(|s| (s, statuses[s as usize]))
        .filter(|x| x.1 > 0)
        .collect();
    Summary {
        total: rows.len(),
        countries,
        organizations,
        roles,
        statuses,
    }
}
