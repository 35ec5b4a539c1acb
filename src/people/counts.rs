//! Counts over a series of meetings: how many people came from each country
//! to each meeting (CASIE participants by country and year).

use std::collections::BTreeMap;

use super::Person;

/// People per meeting and country (`-` when unknown).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeriesCounts {
    /// (meeting index, country) → people.
    pub cells: BTreeMap<(usize, String), usize>,
    pub countries: Vec<String>,
}

pub fn series_counts(people: &[&Person], meetings: usize) -> SeriesCounts {
    let mut cells: BTreeMap<(usize, String), usize> = BTreeMap::new();
    for p in people {
        let country = p
            .countries
            .iter()
            .next()
            .cloned()
            .unwrap_or_else(|| "-".into());
        let mut seen = vec![false; meetings];
        for a in &p.appearances {
            if a.meeting < meetings && !seen[a.meeting] {
                seen[a.meeting] = true;
                *cells.entry((a.meeting, country.clone())).or_default() += 1;
            }
        }
    }
    let mut countries: Vec<String> = cells.keys().map(|(_, c)| c.clone()).collect();
    countries.sort();
    countries.dedup();
    SeriesCounts { cells, countries }
}
