//! Who could match a typed word, by its first letter. Every typed word must
//! match a word of the record that starts like it (in one of the word's
//! forms: as typed, in Latin, as a spelling variant), so a search that
//! cannot narrow earlier hits (the first letter typed, a pasted query)
//! looks only at the records holding such a word, listed here once per
//! roster, instead of reading all 100,000 keys.

use super::matcher::{Key, Query};

/// Per first byte of a word (in any form), the records holding such a word,
/// ascending.
#[derive(Debug, Clone, Default)]
pub struct FirstLetters {
    by: Vec<Vec<u32>>,
}

impl FirstLetters {
    pub fn build(keys: &[Key]) -> FirstLetters {
        let mut by: Vec<Vec<u32>> = vec![Vec::new(); 256];
        for (i, k) in keys.iter().enumerate() {
            let mut seen = [false; 256];
            for b in k.firsts() {
                if !std::mem::replace(&mut seen[usize::from(b)], true) {
                    by[usize::from(b)].push(i as u32);
                }
            }
        }
        FirstLetters { by }
    }

    /// The records that could match `q`, ascending (a superset of those
    /// that do); `None` for an empty query, which matches everyone.
    pub fn candidates(&self, q: &Query) -> Option<Vec<u32>> {
        let lists: Vec<&[u32]> = q
            .first_word_firsts()?
            .into_iter()
            .filter_map(|b| self.by.get(usize::from(b)).map(Vec::as_slice))
            .collect();
        Some(union(&lists))
    }
}

/// The ascending union of ascending lists.
fn union(lists: &[&[u32]]) -> Vec<u32> {
    match lists {
        [] => Vec::new(),
        [one] => one.to_vec(),
        _ => {
            let mut v: Vec<u32> = lists.iter().flat_map(|l| l.iter().copied()).collect();
            v.sort_unstable();
            v.dedup();
            v
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Matcher, participant_key};

    #[test]
    fn the_candidates_hold_every_match() {
        let m = crate::generate::meeting(3000, 10, 10);
        let keys: Vec<Key> = m.people().iter().map(participant_key).collect();
        let index = FirstLetters::build(&keys);
        let matcher = Matcher::default();
        for q in [
            "g",
            "u",
            "у",
            "k",
            "li fan",
            "G. Kussidenova",
            "kzkhstn",
            "umankulvoa",
            "уманкулова",
            "iite",
            "x",
            "1",
        ] {
            let q = Query::new(q);
            let all: Vec<u32> = (0..keys.len() as u32)
                .filter(|&i| matcher.score(&keys[i as usize], &q).is_some())
                .collect();
            let candidates = index.candidates(&q).expect("a query");
            let found: Vec<u32> = candidates
                .iter()
                .copied()
                .filter(|&i| matcher.score(&keys[i as usize], &q).is_some())
                .collect();
            assert_eq!(found, all, "{}", q.as_str());
            assert!(candidates.len() <= keys.len());
        }
        assert!(index.candidates(&Query::new("")).is_none());
    }
}
