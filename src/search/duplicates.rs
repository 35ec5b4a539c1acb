//! Likely duplicates in a roster: one person listed twice, or once in Latin
//! and once in Cyrillic script (Gulnara Kussidenova / Гульнара Кусиденова),
//! or once with an initial (G. Kussidenova).
//!
//! Names are reduced to a skeleton that survives the usual differences —
//! script, case, word order, and the spelling variants search also ignores
//! ([`super::variants`]: ss/s, kh/h, zh/j, y/i...) — and people whose
//! skeletons (or e-mail addresses) agree are grouped. One pass with a hash
//! map, so it stays cheap at 100,000 participants; names with an initial
//! take a second, small pass, and so do names with a patronymic
//! (Онокан Бакировна Уманкулова is Onokan Umankulova).

use std::collections::HashMap;

use super::fold::translit_into;
use super::variants::{canonical, canonical_into};
use super::words::words;
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
    fn of(s: &str) -> u64 {
        let mut h = Fnv::START;
        s.chars().for_each(|c| h.push(c));
        mix(h.0)
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

/// The words of a name in the form two spellings of one person share:
/// Latin, lower case, spelling variants removed.
pub fn name_words(name: &str) -> Vec<String> {
    let mut v = Vec::new();
    each_name_word(name, |w| v.push(w.to_string()));
    v
}

/// Calls `f` with each word of [`name_words`], allocating two buffers in all.
fn each_name_word(name: &str, mut f: impl FnMut(&str)) {
    let mut latin = String::with_capacity(name.len() * 2);
    translit_into(name, &mut latin);
    let mut v = String::new();
    for w in words(&latin) {
        v.clear();
        canonical_into(w, &mut v);
        if !v.is_empty() {
            f(&v);
        }
    }
}

/// A hash of the form of a name two spellings of one person are likely to
/// share ([`name_words`]), words in any order. `None` for a name with no letters.
pub fn name_skeleton(name: &str) -> Option<u64> {
    let (mut sum, mut any) = (0u64, false);
    each_name_word(name, |w| {
        sum = sum.wrapping_add(Fnv::of(w));
        any = true;
    });
    any.then_some(sum)
}

/// Endings of a patronymic as transliteration writes it: Russian
/// (Бакировна, Ivanovich) and Ukrainian (Петрівна, Андріївна: -ivna
/// covers -yivna), and the Central Asian forms written as one word
/// (Бакирулы, Bakirqizi).
const PATRONYMIC_ENDINGS: [&str; 10] = [
    "ovich", "evich", "ovna", "evna", "ichna", "ivna", "ovych", "ogly", "uly", "qizi",
];

/// The short masculine ending of Кузьмич, Никитич: asked for a longer
/// stem, as many surnames end the same way (Babich stays one). Ильич,
/// the one common stem of two letters, is named.
const SHORT_PATRONYMIC_ENDING: &str = "ich";
const ILICH: &str = "ilich";

/// "Son of" / "daughter of" written as a word of its own after the
/// father's name (Бакыт кызы, Bakyt uly, Kyrgyz уулу): the two words are
/// the patronymic.
const PATRONYMIC_WORDS: [&str; 8] = [
    "kyzy", "kizi", "qizi", "uly", "uulu", "ogly", "ugli", "oglu",
];

/// Whether a lower-case Latin word reads as a patronymic: one of the endings
/// after a stem of two letters or more (three for -ich).
fn is_patronymic(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    PATRONYMIC_ENDINGS
        .iter()
        .any(|e| word.len() >= e.len() + 2 && word.ends_with(e))
        || (word.len() >= SHORT_PATRONYMIC_ENDING.len() + 3
            && word.ends_with(SHORT_PATRONYMIC_ENDING))
        || word == ILICH
}

/// Whether a lower-case Latin word is "son of"/"daughter of" on its own.
fn is_patronymic_word(word: &str) -> bool {
    PATRONYMIC_WORDS.contains(&word)
}

/// Whether a name of three words or more ends with a patronymic
/// (Уманкулова Онокан Бакировна, Нурланова Айгерим Бакыт кызы): then it is
/// written family name first, as Russian forms write ФИО.
pub fn ends_with_patronymic(name: &str) -> bool {
    let mut latin = String::with_capacity(name.len() * 2);
    translit_into(name, &mut latin);
    let w: Vec<String> = words(&latin).map(str::to_lowercase).collect();
    match w.as_slice() {
        [.., last] if w.len() >= 3 => is_patronymic(last) || is_patronymic_word(last),
        _ => false,
    }
}

/// Skeletons of a name of three words or more with its patronymic left
/// out, one for each word that reads as one (a surname such as Abramovich
/// may too): what the same person's name without it reduces to. Empty for
/// a name without one. Only ever compared with a full skeleton, never with
/// another such one, so two people of one name and different fathers are
/// not taken for one.
pub fn patronymic_free_skeletons(name: &str) -> Vec<u64> {
    let mut latin = String::with_capacity(name.len() * 2);
    translit_into(name, &mut latin);
    let mut plain: Vec<bool> = Vec::new();
    let mut alone: Vec<bool> = Vec::new();
    let mut hashes: Vec<u64> = Vec::new();
    for w in words(&latin) {
        let c = canonical(w);
        if !c.is_empty() {
            let lower = w.to_lowercase();
            plain.push(!is_patronymic(&lower));
            alone.push(is_patronymic_word(&lower));
            hashes.push(Fnv::of(&c));
        }
    }
    if hashes.len() < 3 {
        return Vec::new();
    }
    let sum = hashes.iter().fold(0u64, |a, h| a.wrapping_add(*h));
    let mut out: Vec<u64> = (0..hashes.len())
        .filter(|&k| !plain[k])
        .map(|k| sum.wrapping_sub(hashes[k]))
        .collect();
    // "Бакыт кызы": both words go, and two must stay.
    if hashes.len() >= 4 {
        out.extend(
            (1..hashes.len())
                .filter(|&k| alone[k])
                .map(|k| sum.wrapping_sub(hashes[k]).wrapping_sub(hashes[k - 1])),
        );
    }
    out
}

/// For a name written with initials ("G. Kussidenova"): the hash full names
/// reduce to when their initials are taken. `None` for a name without one.
fn initials_skeleton(words: &[String]) -> Option<u64> {
    let is_initial = |w: &String| w.chars().count() == 1;
    if !words.iter().any(is_initial) || words.iter().all(is_initial) {
        return None;
    }
    Some(
        words
            .iter()
            .map(|w| Fnv::of(w))
            .fold(0u64, u64::wrapping_add),
    )
}

/// Every way of writing some (not all) words of a full name as initials.
fn reductions(words: &[String]) -> Vec<u64> {
    let n = words.len();
    if !(2..=4).contains(&n) || words.iter().any(|w| w.chars().count() == 1) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for mask in 1..(1u32 << n) - 1 {
        let h = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if mask & (1 << i) != 0 {
                    let first: String = w.chars().take(1).collect();
                    Fnv::of(&first)
                } else {
                    Fnv::of(w)
                }
            })
            .fold(0u64, u64::wrapping_add);
        out.push(h);
    }
    out
}

/// Why two names are likely one person, for a message or a preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameMatch {
    /// The same letters (case and word order aside).
    Same,
    /// The same name in another script.
    OtherScript,
    /// Another spelling of the name (ss/s, kh/h, y/i...).
    Spelling,
    /// One is written with initials.
    Initials,
    /// One gives a patronymic the other leaves out.
    Patronymic,
}

impl NameMatch {
    pub fn reason(self) -> &'static str {
        match self {
            NameMatch::Same => "same name",
            NameMatch::OtherScript => "same name in another script",
            NameMatch::Spelling => "same name spelled differently",
            NameMatch::Initials => "same name with initials",
            NameMatch::Patronymic => "same name without the patronymic",
        }
    }
}

/// Whether `a` and `b` are likely the same person's name, and why.
pub fn same_name(a: &str, b: &str) -> Option<NameMatch> {
    let (wa, wb) = (name_words(a), name_words(b));
    if wa.is_empty() || wb.is_empty() {
        return None;
    }
    let sum = |w: &[String]| w.iter().map(|w| Fnv::of(w)).fold(0u64, u64::wrapping_add);
    if sum(&wa) == sum(&wb) {
        let plain = |s: &str| {
            let mut w: Vec<String> = words(&s.to_lowercase()).map(str::to_string).collect();
            w.sort();
            w
        };
        return Some(if plain(a) == plain(b) {
            NameMatch::Same
        } else if a.is_ascii() != b.is_ascii() {
            NameMatch::OtherScript
        } else {
            NameMatch::Spelling
        });
    }
    let without = |x: &str, y: u64| patronymic_free_skeletons(x).contains(&y);
    if without(a, sum(&wb)) || without(b, sum(&wa)) {
        return Some(NameMatch::Patronymic);
    }
    let init = |x: &[String], y: &[String]| {
        initials_skeleton(x).is_some_and(|h| reductions(y).contains(&h))
    };
    (init(&wa, &wb) || init(&wb, &wa)).then_some(NameMatch::Initials)
}

/// Participants grouped with those they may duplicate.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DuplicateGroups {
    /// Each group in roster order, groups ordered by their first member.
    pub groups: Vec<Vec<usize>>,
    /// Group number of each participant, if any.
    member_of: HashMap<usize, usize>,
    /// Names without a patronymic that fit several people whose
    /// patronymics differ (Ivan Sidorov beside Иван Петрович and Иван
    /// Иванович Сидоров): joined to none of them, to be told.
    #[serde(default)]
    pub ambiguous: Vec<Ambiguous>,
}

/// A person whose name, without a patronymic, fits several people with
/// different ones: which of them they are, if any, the names cannot tell.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ambiguous {
    /// The one named without a patronymic.
    pub short: usize,
    /// Those it fits, one per person (roster order).
    pub fathers: Vec<usize>,
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

fn union(parent: &mut [usize], i: usize, j: usize) {
    let (a, b) = (find(parent, i), find(parent, j));
    if a != b {
        parent[a.max(b)] = a.min(b);
    }
}

/// Joins each full name to the names with a patronymic it is without one;
/// the names that fit several fathers are returned, joined to none.
fn join_patronymics(
    parent: &mut [usize],
    full_names: &[(u64, usize)],
    with_patronymic: &HashMap<u64, Vec<usize>>,
) -> Vec<Ambiguous> {
    let mut ambiguous: Vec<Ambiguous> = Vec::new();
    for &(h, i) in full_names {
        let fathers = with_patronymic.get(&h).map_or(&[][..], Vec::as_slice);
        match fathers_of(parent, i, fathers) {
            Fathers::One => fathers.iter().for_each(|&j| union(parent, i, j)),
            Fathers::Known => {}
            Fathers::Several(fathers) => {
                if !ambiguous.iter().any(|a| a.short == i) {
                    ambiguous.push(Ambiguous { short: i, fathers });
                }
            }
        }
    }
    ambiguous
}

/// Whom a name without a patronymic fits among `candidates`, the people
/// whose name is it with one.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Fathers {
    /// One person (perhaps listed more than once, or none at all).
    One,
    /// Several, but names or e-mails already made `short` one of them.
    Known,
    /// Several people with different patronymics, one of each (the first
    /// entry of each): Ivan Sidorov may be Иван Петрович or Иван Иванович
    /// Сидоров, and joining him to both would make the two fathers one.
    Several(Vec<usize>),
}

/// [`Fathers`] of `short` among `candidates`, by who is one person as far
/// as names and e-mails told so far (`parent`).
pub(crate) fn fathers_of(parent: &mut [usize], short: usize, candidates: &[usize]) -> Fathers {
    let mut roots: Vec<usize> = Vec::new();
    let mut firsts: Vec<usize> = Vec::new();
    for &j in candidates {
        let r = find(parent, j);
        if !roots.contains(&r) {
            roots.push(r);
            firsts.push(j);
        }
    }
    if roots.len() < 2 {
        Fathers::One
    } else if roots.contains(&find(parent, short)) {
        Fathers::Known
    } else {
        firsts.sort_unstable();
        Fathers::Several(firsts)
    }
}

fn email_key(e: &str) -> u64 {
    let mut h = Fnv::START;
    e.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .for_each(|c| h.push(c));
    // Kept apart from name hashes, which are sums of mixed words.
    mix(h.0 ^ 0x6d61_696c)
}

/// Groups participants whose names (in any of their versions) share a
/// skeleton, who share an e-mail address, whose name with initials fits
/// another's full name, or whose name with a patronymic is another's
/// without it.
pub fn find_duplicates(people: &[Participant]) -> DuplicateGroups {
    let mut parent: Vec<usize> = (0..people.len()).collect();
    let mut first_with: HashMap<u64, usize> = HashMap::with_capacity(people.len());
    // Names written with initials, by the hash full names reduce to.
    let mut with_initials: HashMap<u64, Vec<usize>> = HashMap::new();
    // Names with a patronymic, by what they reduce to without it; and every
    // full name's skeleton, to look those up in a second pass.
    let mut with_patronymic: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut full_names: Vec<(u64, usize)> = Vec::with_capacity(people.len());
    for (i, p) in people.iter().enumerate() {
        let mut keys: Vec<u64> = Vec::new();
        for name in p.name.all() {
            let (mut sum, mut n, mut initial) = (0u64, 0usize, false);
            each_name_word(name, |w| {
                sum = sum.wrapping_add(Fnv::of(w));
                n += 1;
                initial |= w.len() == 1;
            });
            if n > 0 {
                keys.push(sum);
                full_names.push((sum, i));
            }
            if n >= 3 {
                for h in patronymic_free_skeletons(name) {
                    with_patronymic.entry(h).or_default().push(i);
                }
            }
            if let Some(h) = initial
                .then(|| initials_skeleton(&name_words(name)))
                .flatten()
            {
                with_initials.entry(h).or_default().push(i);
            }
        }
        keys.extend(
            p.email
                .iter()
                .filter(|e| !e.trim().is_empty())
                .map(|e| email_key(e)),
        );
        for k in keys {
            match first_with.get(&k) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    first_with.insert(k, i);
                }
            }
        }
    }
    if !with_initials.is_empty() {
        for (i, p) in people.iter().enumerate() {
            for name in p.name.all() {
                for h in reductions(&name_words(name)) {
                    for &j in with_initials.get(&h).into_iter().flatten() {
                        union(&mut parent, i, j);
                    }
                }
            }
        }
    }
    let ambiguous = join_patronymics(&mut parent, &full_names, &with_patronymic);
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
    DuplicateGroups {
        groups,
        member_of,
        ambiguous,
    }
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
    fn skeletons_survive_script_case_order_and_spelling() {
        assert_eq!(
            name_skeleton("Gulnara Kussidenova"),
            name_skeleton("Гульнара Кусиденова")
        );
        assert_eq!(
            name_skeleton("Gulnara  KUSSIDENOVA"),
            name_skeleton("kusidenova, gulnara")
        );
        assert_eq!(
            name_skeleton("Zhanna Khamidova"),
            name_skeleton("Janna Xamidova")
        );
        assert_eq!(name_skeleton("--"), None);
        assert_eq!(name_skeleton("Fan Li"), name_skeleton("LI Fan"));
        assert_ne!(name_skeleton("Fan Li"), name_skeleton("Fan Liu"));
    }

    #[test]
    fn ng_as_passports_write_it_meets_the_cyrillic() {
        // deunicode writes ң as "n'": Жеңис was "zhenis", never Zhengis.
        assert_eq!(
            name_skeleton("Zhengis Abenov"),
            name_skeleton("Жеңис Абенов")
        );
        assert!(same_name("Zhengis Abenov", "Жеңис Абенов").is_some());
    }

    #[test]
    fn says_why_two_names_are_one() {
        let m = |a, b| same_name(a, b);
        assert_eq!(m("Fan Li", "Li Fan"), Some(NameMatch::Same));
        assert_eq!(
            m("Онокан Уманкулова", "Onokan Umankulova"),
            Some(NameMatch::OtherScript)
        );
        assert_eq!(
            m("Gulnara Kusidenova", "Gulnara Kussidenova"),
            Some(NameMatch::Spelling)
        );
        assert_eq!(
            m("G. Kussidenova", "Gulnara Kussidenova"),
            Some(NameMatch::Initials)
        );
        assert_eq!(
            m("Гульнара Кусиденова", "G. Kussidenova"),
            Some(NameMatch::Initials)
        );
        assert_eq!(m("A. Kussidenova", "Gulnara Kussidenova"), None);
        assert_eq!(m("Fan Li", "Fan Liu"), None);
    }

    #[test]
    fn a_patronymic_does_not_stop_the_match() {
        let m = |a, b| same_name(a, b);
        assert_eq!(
            m("Онокан Бакировна Уманкулова", "Onokan Umankulova"),
            Some(NameMatch::Patronymic)
        );
        assert_eq!(
            m("Ivan Sidorov", "Сидоров Иван Петрович"),
            Some(NameMatch::Patronymic)
        );
        // Two fathers, two people.
        assert_eq!(m("Иван Петрович Сидоров", "Иван Иванович Сидоров"), None);
        // Only a word that reads as a patronymic is left out.
        assert_eq!(m("Anna Maria Smith", "Anna Smith"), None);
        assert!(patronymic_free_skeletons("Onokan Umankulova").is_empty());
        let people = [
            person("a", "Онокан Бакировна Уманкулова"),
            person("b", "Иван Петрович Сидоров"),
            person("c", "Onokan Umankulova"),
            person("d", "Иван Иванович Сидоров"),
        ];
        assert_eq!(find_duplicates(&people).groups, vec![vec![0, 2]]);
    }

    #[test]
    fn a_short_name_does_not_make_two_fathers_one() {
        let people = [
            person("a", "Иван Петрович Сидоров"),
            person("b", "Иван Иванович Сидоров"),
            person("c", "Ivan Sidorov"),
        ];
        let d = find_duplicates(&people);
        assert!(d.is_empty());
        // Not silently: the short name is said to fit both.
        assert_eq!(
            d.ambiguous,
            [Ambiguous {
                short: 2,
                fathers: vec![0, 1]
            }]
        );
        // An e-mail already tells which one he is: nothing to ask.
        let mut known = people.clone();
        known[2].email = Some("sidorov@example.ru".into());
        known[1].email = Some("Sidorov@example.ru".into());
        let d = find_duplicates(&known);
        assert_eq!(d.groups, vec![vec![1, 2]]);
        assert!(d.ambiguous.is_empty());
        // One father written twice is still one person, short name and all.
        let people = [
            person("a", "Иван Петрович Сидоров"),
            person("b", "Ivan Petrovich Sidorov"),
            person("c", "Ivan Sidorov"),
        ];
        let d = find_duplicates(&people);
        assert_eq!(d.groups, vec![vec![0, 1, 2]]);
        assert!(d.ambiguous.is_empty());
    }

    #[test]
    fn ukrainian_short_and_separate_patronymics_are_seen() {
        let m = |a, b| same_name(a, b);
        let p = Some(NameMatch::Patronymic);
        assert_eq!(m("Олена Петрівна Коваль", "Olena Koval"), p);
        assert_eq!(m("Оксана Андріївна Шевченко", "Oksana Shevchenko"), p);
        assert_eq!(m("Владимир Ильич Ульянов", "Vladimir Ulyanov"), p);
        assert_eq!(m("Иван Кузьмич Петров", "Ivan Petrov"), p);
        assert_eq!(m("Петр Никитич Орлов", "Petr Orlov"), p);
        assert_eq!(m("Айгерим Бакыт кызы Нурланова", "Aigerim Nurlanova"), p);
        assert_eq!(m("Нурлан Бакыт уулу Асанов", "Nurlan Asanov"), p);
        assert_eq!(m("Нурлан Бакыт улы Асанов", "Nurlan Asanov"), p);
        // A short stem before -ich is a surname, not a patronymic.
        assert_eq!(m("Anna Maria Bich", "Anna Maria"), None);
        assert!(is_patronymic("petrivna") && is_patronymic("andriyivna"));
        assert!(is_patronymic("kuzmich") && !is_patronymic("bich"));
        assert!(ends_with_patronymic("Уманкулова Онокан Бакировна"));
        assert!(ends_with_patronymic("Нурланова Айгерим Бакыт кызы"));
        assert!(!ends_with_patronymic("Онокан Бакировна Уманкулова"));
        assert!(!ends_with_patronymic("Иван Петрович"));
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
            person("h", "G. Kussidenova"),
        ];
        let d = find_duplicates(&people);
        assert_eq!(d.groups, vec![vec![0, 2, 7], vec![1, 3], vec![4, 5]]);
        assert_eq!(d.others(2).collect::<Vec<_>>(), vec![0, 7]);
        assert!(!d.is_flagged(6));
    }
}
