//! Likely duplicates in a roster: one person listed twice, or once in Latin
//! and once in Cyrillic script (Gulnara Kussidenova / Гульнара Кусиденова).
//!
//! Names are reduced to a skeleton that survives the usual differences —
//! script, case, word order, doubled letters, y/i — and people whose
//! skeletons (or e-mail addresses) agree are grouped. One pass with a hash
//! map, so it stays cheap at 100,000 participants.

use std::collections::HashMap;

use super::fold::{fold, translit};
use crate::domain::Participant;

/// The form of a name two spellings of one person are likely to share:
/// Latin, lower case, letters only, `y` as `i`, doubled letters once, words sorted.
pub fn name_skeleton(name: &str) -> String {
    let latin = translit(name).unwrap_or_else(|| fold(name));
    let mut words: Vec<String> = latin
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut out = String::with_capacity(w.len());
            for c in w.chars().map(|c| if c == 'y' { 'i' } else { c }) {
                if !out.ends_with(c) {
                    out.push(c);
                }
            }
            out
        })
        .collect();
    words.sort_unstable();
    words.join(" ")
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
    let mut first_with: HashMap<String, usize> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        let keys = p
            .name
            .all()
            .map(name_skeleton)
            .filter(|k| !k.is_empty())
            .chain(
                p.email
                    .iter()
                    .map(|e| format!("@{}", e.trim().to_lowercase()))
                    .filter(|e| e.len() > 1),
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
