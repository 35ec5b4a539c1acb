//! The Roster's filter choice list: one facet's values (country,
//! organization, role or status), each with how many people have it,
//! several chosen at once. It is also the full breakdown the summary's
//! "+N more" stands for.
//!
//! The counts are over the people the other facets' filters let through,
//! so "KZ 12" says how many rows choosing KZ adds; a chosen value stays
//! listed even when that number is 0, so it can be unchosen.

use super::input::TextInput;
use super::library::Entry;
use super::roster_state::Filters;
use crate::domain::{Role, Status};
use crate::search::{Key, Matcher, Query};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Country,
    Organization,
    Role,
    Status,
}

impl Facet {
    pub fn title(self) -> &'static str {
        match self {
            Facet::Country => "country",
            Facet::Organization => "organization",
            Facet::Role => "role",
            Facet::Status => "status",
        }
    }
}

#[derive(Debug, Clone)]
pub struct FacetChoice {
    pub facet: Facet,
    /// Every value with its count, most people first, then by name.
    pub all: Vec<(String, usize)>,
    pub chosen: Vec<bool>,
    pub filter: TextInput,
    /// Indices into `all` the typed filter finds, in order.
    pub shown: Vec<usize>,
    /// The selected row: 0 is "all", then `shown`'s.
    pub selected: usize,
}

impl FacetChoice {
    /// The list for `facet`, with what `filters` already chooses ticked.
    pub fn new(facet: Facet, e: &Entry, filters: &Filters) -> FacetChoice {
        let mut others = filters.clone();
        match facet {
            Facet::Country => others.country.clear(),
            Facet::Organization => others.organization.clear(),
            Facet::Role => others.role.clear(),
            Facet::Status => others.status.clear(),
        }
        let f = &e.facets;
        let mut countries = vec![0usize; f.countries.len()];
        let mut orgs = vec![0usize; f.organizations.len()];
        let mut roles = [0usize; Role::ALL.len()];
        let mut statuses = [0usize; Status::ALL.len()];
        for x in f.of.iter().filter(|x| others.passes(e, x)) {
            if let Some(n) = countries.get_mut(x.country as usize) {
                *n += 1;
            }
            if let Some(n) = orgs.get_mut(x.organization as usize) {
                *n += 1;
            }
            roles[x.role as usize] += 1;
            statuses[x.status as usize] += 1;
        }
        let (mut all, current): (Vec<(String, usize)>, Vec<String>) = match facet {
            Facet::Country => (
                f.countries.iter().cloned().zip(countries).collect(),
                filters.country.clone(),
            ),
            Facet::Organization => (
                f.organizations.iter().cloned().zip(orgs).collect(),
                filters.organization.clone(),
            ),
            Facet::Role => (
                Role::ALL
                    .iter()
                    .map(|r| (r.as_str().to_string(), roles[*r as usize]))
                    .collect(),
                filters
                    .role
                    .iter()
                    .map(|r| r.as_str().to_string())
                    .collect(),
            ),
            Facet::Status => (
                Status::ALL
                    .iter()
                    .map(|s| (s.as_str().to_string(), statuses[*s as usize]))
                    .collect(),
                filters
                    .status
                    .iter()
                    .map(|s| s.as_str().to_string())
                    .collect(),
            ),
        };
        all.retain(|(v, n)| *n > 0 || current.contains(v));
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let chosen = all.iter().map(|(v, _)| current.contains(v)).collect();
        let mut c = FacetChoice {
            facet,
            all,
            chosen,
            filter: TextInput::default(),
            shown: Vec::new(),
            selected: 0,
        };
        c.refilter(&Matcher::default());
        c
    }

    /// Keeps the values the typed filter finds, best match first.
    pub fn refilter(&mut self, matcher: &Matcher) {
        let q = Query::new(&self.filter);
        if q.is_empty() {
            self.shown = (0..self.all.len()).collect();
        } else {
            let mut hits: Vec<(i64, usize)> = self
                .all
                .iter()
                .enumerate()
                .filter_map(|(i, (v, _))| {
                    matcher.score(&Key::new([v.as_str()]), &q).map(|s| (s, i))
                })
                .collect();
            hits.sort_by_key(|&(s, i)| (std::cmp::Reverse(s), i));
            self.shown = hits.into_iter().map(|(_, i)| i).collect();
        }
        // Typing lands on the best match; an empty filter on "all".
        self.selected = usize::from(!q.is_empty() && !self.shown.is_empty());
    }

    /// Ticks or unticks the selected value; on "all", unticks every one.
    pub fn toggle(&mut self) {
        match self.selected.checked_sub(1) {
            None => self.clear(),
            Some(n) => {
                if let Some(&i) = self.shown.get(n) {
                    self.chosen[i] = !self.chosen[i];
                }
            }
        }
    }

    /// Unticks every value: the facet shows everyone ("all").
    pub fn clear(&mut self) {
        self.chosen.iter_mut().for_each(|c| *c = false);
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.shown.len();
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// The ticked values, in the list's order.
    pub fn values(&self) -> Vec<&str> {
        self.all
            .iter()
            .zip(&self.chosen)
            .filter(|(_, c)| **c)
            .map(|((v, _), _)| v.as_str())
            .collect()
    }

    /// Writes the ticked values into `filters` (none ticked: all).
    pub fn apply(&self, filters: &mut Filters) {
        let v = self.values();
        match self.facet {
            Facet::Country => filters.country = v.iter().map(|s| s.to_string()).collect(),
            Facet::Organization => filters.organization = v.iter().map(|s| s.to_string()).collect(),
            Facet::Role => {
                filters.role = Role::ALL
                    .into_iter()
                    .filter(|r| v.contains(&r.as_str()))
                    .collect()
            }
            Facet::Status => {
                filters.status = Status::ALL
                    .into_iter()
                    .filter(|s| v.contains(&s.as_str()))
                    .collect()
            }
        }
    }
}
