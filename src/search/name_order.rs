//! A roster's name order: everyone sorted by the Latin spelling of their
//! name (the search's transliteration), whatever the script, then as
//! written. A pure function of the people, so it is computed once, kept in
//! the cache beside the search keys and reused until a name changes.

use crate::domain::Participant;

use super::translit_into;

/// Places in `people`, in name order: Онокан Уманкулова sits beside Onokan
/// Umankulova rather than after every Latin name.
pub fn name_order(people: &[Participant]) -> Vec<u32> {
    let keys: Vec<(String, String)> = people
        .iter()
        .map(|p| {
            let name = p.name.primary();
            let mut latin = String::with_capacity(name.len());
            translit_into(name, &mut latin);
            (latin, name.to_lowercase())
        })
        .collect();
    let mut v: Vec<u32> = (0..people.len() as u32).collect();
    // Stable: equal names keep the roster's order.
    v.sort_by(|&a, &b| keys[a as usize].cmp(&keys[b as usize]));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Text;

    fn person(name: &str) -> Participant {
        let mut p = crate::generate::meeting(1, 0, 0).people()[0].clone();
        p.name = Text::plain(name);
        p
    }

    #[test]
    fn names_sort_by_their_latin_spelling_then_as_written() {
        let people: Vec<Participant> = [
            "Zed",
            "Онокан Уманкулова",
            "Onokan Umankulova",
            "amy",
            "Amy",
        ]
        .into_iter()
        .map(person)
        .collect();
        assert_eq!(name_order(&people), vec![3, 4, 2, 1, 0]);
    }
}
