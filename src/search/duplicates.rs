//! Likely duplicates in a roster: one person listed twice, or once in Latin
//! and once in Cyrillic script (Gulnara Kussidenova / Гульнара Кусиденова).
//!
//! Names are reduced to a skeleton that survives the usual differences —
//! script, case, word order, doubled letters, y/i — and people whose
//! skeletons (or e-mail addresses) agree are grouped. One pass with a hash
//! map, so it stays cheap at 100,000 participants.

use std::collections::HashMap;

use crate::domain::Participant;

/// FNV-1a over chars: small, fast, and stable across runs.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    const START: Fnv = Fnv(0xcbf2_9ce4_8422_2325);
    fn push(&mut self, c: char) {
        for b in (c as u32).to_le_bytes() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Spreads a word's hash so that adding several stays collision-free in practice.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Builds the skeleton of a name a char at a time, without allocating.
struct Skeleton {
    total: u64,
    words: u32,
    word: Fnv,
    prev: Option<char>,
}

impl Skeleton {
    fn letter(&mut self, c: char) {
        let c = if c == 'y' { 'i' } else { c };
        if self.prev != Some(c) {
            self.word.push(c);
        }
        self.prev = Some(c);
    }

    fn boundary(&mut self) {
        if self.prev.is_some() {
            // Adding makes the result independent of word order.
            self.total = self.total.wrapping_add(mix(self.word.0));
            self.words += 1;
        }
        self.word = Fnv::START;
        self.prev = None;
    }
}

/// A hash of the form of a name two spellings of one person are likely to
/// share: Latin (deunicode), lower case, letters and digits only, `y` as
/// `i`, doubled letters once, words in any order. `None` for a name with no
/// letters. One pass, no allocation: it runs for every person on load.
pub fn name_skeleton(name: &str) -> Option<u64> {
    let mut s = Skeleton {
        total: 0,
        words: 0,
        word: Fnv::START,
        prev: None,
    };
    for c in name.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                s.letter(c.to_ascii_lowercase());
            } else {
                s.boundary();
            }
        } else if let Some(latin) = deunicode::deunicode_char(c) {
            for l in latin.chars() {
                if l.is_ascii_alphanumeric() {
                    s.letter(l.to_ascii_lowercase());
                } else if l == ' ' {
                    s.boundary();
                }
                // Soft signs come out as apostrophes inside a word: skipped.
            }
        } else if c.is_alphanumeric() {
            c.to_lowercase().for_each(|l| s.letter(l));
        } else {
            s.boundary();
        }
    }
    s.boundary();
    (s.words > 0).then_some(s.total)
}

/// Participants grouped with those they may duplicate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DuplicateGroups {
    /// Each group in roster order, groups ordered by their first member.
    pub groups: Vec<Vec<usize>>,
    /// Group number of each participant, if any.
    member_of: HashMap<usize, usize>,
}

impl DuplicateGroups {
    /// The others `i` may be the same person as.
    pub fn others(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.member_of
            .get(&i)
            .into_iter()
            .flat_map(move |&g| self.groups[g].iter().copied().filter(move |&j| j != i))
    }

    pub fn is_flagged(&self, i: usize) -> bool {
        self.member_of.contains_key(&i)
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups participants whose names (in any of their versions) share a
/// skeleton, or who share an e-mail address.
pub fn find_duplicates(people: &[Participant]) -> DuplicateGroups {
    let mut parent: Vec<usize> = (0..people.len()).collect();
    let mut first_with: HashMap<u64, usize> = HashMap::with_capacity(people.len());
    let email = |e: &str| {
        let mut h = Fnv::START;
        e.trim()
            .chars()
            .flat_map(char::to_lowercase)
            .for_each(|c| h.push(c));
        // Kept apart from name hashes, which are sums of mixed words.
        mix(h.0 ^ 0x6d61_696c)
    };
    for (i, p) in people.iter().enumerate() {
        let keys = p.name.all().filter_map(name_skeleton).chain(
            p.email
                .iter()
                .filter(|e| !e.trim().is_empty())
                .map(|e| email(e)),
        );
        for k in keys {
            match first_with.get(&k) {
                Some(&j) => {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    if a != b {
                        parent[a.max(b)] = a.min(b);
                    }
                }
                None => {
                    first_with.insert(k, i);
                }
            }
        }
    }
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..people.len() {
        let r = find(&mut parent, i);
        by_root.entry(r).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = by_root.into_values().filter(|g| g.len() > 1).collect();
    groups.sort_unstable_by_key(|g| g[0]);
    let member_of = groups
        .iter()
        .enumerate()
        .flat_map(|(n, g)| g.iter().map(move |&i| (i, n)))
        .collect();
    DuplicateGroups { groups, member_of }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Text;

    fn person(id: &str, name: &str) -> Participant {
        Participant {
            id: id.into(),
            name: Text::plain(name),
            ..Participant::default()
        }
    }

    #[test]
    fn skeletons_survive_script_case_and_order() {
        assert_eq!(
            name_skeleton("Gulnara Kussidenova"),
            name_skeleton("Гульнара Кусиденова")
        );
        assert_eq!(
            name_skeleton("Gulnara  KUSSIDENOVA"),
            name_skeleton("kusidenova, gulnara")
        );
        assert_eq!(name_skeleton("--"), None);
        assert_eq!(name_skeleton("Fan Li"), name_skeleton("LI Fan"));
        assert_ne!(name_skeleton("Fan Li"), name_skeleton("Fan Liu"));
    }

    #[test]
    fn groups_people_listed_twice() {
        let mut e = person("e", "Someone Else");
        e.email = Some("x@example.org".into());
        let mut f = person("f", "S. Else");
        f.email = Some("X@example.org ".into());
        let people = [
            person("a", "Gulnara Kussidenova"),
            person("b", "Fan Li"),
            person("c", "Гульнара Кусиденова"),
            person("d", "Li Fan"),
            e,
            f,
            person("g", "Onokan Umankulova"),
        ];
        let d = find_duplicates(&people);
        assert_eq!(d.groups, vec![vec![0, 2], vec![1, 3], vec![4, 5]]);
        assert_eq!(d.others(2).collect::<Vec<_>>(), vec![0]);
        assert!(!d.is_flagged(6));
    }
}
