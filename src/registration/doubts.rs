//! Names without a patronymic that fit several people with different ones,
//! the roster and the file taken together: Ivan Sidorov on the roster when
//! the file has Иван Петрович and Иван Иванович Сидоров (two fathers, two
//! people), or the other way round. Which of them he is, if any, the names
//! cannot tell, so the import takes him for none of them, keeps everyone,
//! and says so at the file's line with what would tell them apart.

use std::collections::HashMap;

use super::incoming::Incoming;
use crate::domain::Participant;
use crate::search::{name_skeleton, patronymic_free_skeletons};

/// One name without a patronymic and the people with one it fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doubt {
    /// The skeleton of the name without a patronymic.
    pub key: u64,
    /// Roster people named so.
    pub short_people: Vec<usize>,
    /// Rows named so, by their place among the incoming people.
    pub short_rows: Vec<usize>,
    /// Roster people whose name with a patronymic it is.
    pub father_people: Vec<usize>,
    /// Rows whose name with a patronymic (or middle-name column) it is.
    pub father_rows: Vec<usize>,
}

/// The names with a patronymic under one name without it: their
/// skeletons (one per father), the roster people and the rows.
#[derive(Default)]
struct Fathers {
    skeletons: Vec<u64>,
    people: Vec<usize>,
    rows: Vec<usize>,
}

fn once(v: &mut Vec<usize>, i: usize) {
    if !v.contains(&i) {
        v.push(i);
    }
}

/// Every name without a patronymic, on the roster or in the file, that
/// fits two fathers or more, with a row of the file among those involved.
pub fn doubts(people: &[Participant], incoming: &[Incoming]) -> Vec<Doubt> {
    let mut under: HashMap<u64, Fathers> = HashMap::new();
    let mut father = |k: u64, full: u64, person: Option<usize>, row: Option<usize>| {
        let f = under.entry(k).or_default();
        if !f.skeletons.contains(&full) {
            f.skeletons.push(full);
        }
        person.into_iter().for_each(|i| once(&mut f.people, i));
        row.into_iter().for_each(|r| once(&mut f.rows, r));
    };
    for (i, p) in people.iter().enumerate() {
        for n in p.name.all() {
            let Some(full) = name_skeleton(n) else {
                continue;
            };
            for k in patronymic_free_skeletons(n) {
                father(k, full, Some(i), None);
            }
        }
    }
    for (r, p) in incoming.iter().enumerate() {
        let Some(full) = name_skeleton(&p.name) else {
            continue;
        };
        let short = p.short_name.as_deref().and_then(name_skeleton);
        for k in patronymic_free_skeletons(&p.name).into_iter().chain(short) {
            father(k, full, None, Some(r));
        }
    }
    under.retain(|_, f| f.skeletons.len() > 1);
    let mut out: Vec<Doubt> = Vec::new();
    for (key, f) in under {
        let named = |n: &str| name_skeleton(n) == Some(key);
        let short_people: Vec<usize> = (0..people.len())
            .filter(|&i| people[i].name.all().any(named))
            .collect();
        let short_rows: Vec<usize> = (0..incoming.len())
            .filter(|&r| named(&incoming[r].name))
            .collect();
        let involved = !short_rows.is_empty() || !f.rows.is_empty();
        if (short_people.is_empty() && short_rows.is_empty()) || !involved {
            continue;
        }
        out.push(Doubt {
            key,
            short_people,
            short_rows,
            father_people: f.people,
            father_rows: f.rows,
        });
    }
    // In the file's order, whatever the hash map's.
    out.sort_by_key(|d| d.short_rows.iter().chain(&d.father_rows).min().copied());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Text;

    fn person(name: &str) -> Participant {
        Participant {
            name: Text::plain(name),
            ..Participant::default()
        }
    }

    fn row(name: &str) -> Incoming {
        Incoming {
            name: name.into(),
            ..Incoming::default()
        }
    }

    #[test]
    fn a_short_name_fitting_two_fathers_is_a_doubt_wherever_they_are() {
        let roster = [person("Ivan Sidorov")];
        let rows = [row("Иван Петрович Сидоров"), row("Иван Иванович Сидоров")];
        let d = doubts(&roster, &rows);
        assert_eq!(d.len(), 1);
        assert_eq!(
            (d[0].short_people.as_slice(), d[0].father_rows.as_slice()),
            (&[0][..], &[0, 1][..])
        );
        // One father, written in two scripts: no doubt.
        let rows = [row("Иван Петрович Сидоров"), row("Ivan Petrovich Sidorov")];
        assert!(doubts(&roster, &rows).is_empty());
        // Two fathers but nobody without a patronymic: two people, no doubt.
        let rows = [row("Иван Петрович Сидоров"), row("Иван Иванович Сидоров")];
        assert!(doubts(&[], &rows).is_empty());
        // A father on the roster, another and the short name in the file.
        let roster = [person("Иван Петрович Сидоров")];
        let rows = [row("Иван Иванович Сидоров"), row("Ivan Sidorov")];
        let d = doubts(&roster, &rows);
        assert_eq!(d[0].short_rows, [1]);
        assert_eq!(
            (d[0].father_people.as_slice(), d[0].father_rows.as_slice()),
            (&[0][..], &[0][..])
        );
        // Only the roster: the check's to tell, not the import's.
        let roster = [
            person("Иван Петрович Сидоров"),
            person("Иван Иванович Сидоров"),
            person("Ivan Sidorov"),
        ];
        assert!(doubts(&roster, &[row("Fan Li")]).is_empty());
    }

    #[test]
    fn a_middle_name_column_counts_as_the_patronymic() {
        let roster = [person("Ivan Sidorov")];
        let mut a = row("Иван Петрович Сидоров");
        a.short_name = Some("Иван Сидоров".into());
        let mut b = row("Иван Иванович Сидоров");
        b.short_name = Some("Иван Сидоров".into());
        assert_eq!(doubts(&roster, &[a, b]).len(), 1);
    }
}
