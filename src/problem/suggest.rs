//! "Did you mean ...?" — the closest known name to a mistyped one, in
//! bounded time however many names there are, and the time zone meant by a
//! city or a misspelt IANA name.
//!
//! A small list (field names, statuses, a meeting's sessions) is compared
//! whole, in its own order, so ties go to the first. A long one (a roster of
//! 100,000 ids, with thousands of broken references) goes through an index.
//! Every name one edit away is found exactly: a name and the mistyped word
//! share the word or a copy with one letter deleted, so each name is filed
//! under itself and each of its one-letter deletions. Farther names are
//! looked for near the word in the list sorted forwards and sorted by the
//! names read backwards (a typo leaves the part before it or the part after
//! it intact), a fixed window of each. Work per question is bounded
//! ([`MAX_NEAR`] + `4 * WINDOW` distances) whatever the list's length.

/// Lists up to this long are compared whole.
const SCAN_ALL: usize = 4 * WINDOW;
/// Names compared on each side of the typo, in each order.
const WINDOW: usize = 96;
/// At most this many names filed under the word's one-letter deletions are compared.
const MAX_NEAR: usize = 1024;

/// Levenshtein distance on chars; inputs here are short names and ids.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = Rows::default();
    rows.bounded(&a, &b, usize::MAX).unwrap_or(usize::MAX)
}

/// Two reusable rows of the distance table, so a comparison allocates nothing.
#[derive(Default)]
struct Rows {
    prev: Vec<usize>,
    cur: Vec<usize>,
}

impl Rows {
    /// The distance, or `None` as soon as it must exceed `limit`.
    fn bounded(&mut self, a: &[char], b: &[char], limit: usize) -> Option<usize> {
        if a.len().abs_diff(b.len()) > limit {
            return None;
        }
        self.prev.clear();
        self.prev.extend(0..=b.len());
        self.cur.clear();
        self.cur.resize(b.len() + 1, 0);
        for (i, ca) in a.iter().enumerate() {
            self.cur[0] = i + 1;
            let mut best = self.cur[0];
            for (j, cb) in b.iter().enumerate() {
                let cost = usize::from(ca != cb);
                let v = (self.prev[j] + cost)
                    .min(self.prev[j + 1] + 1)
                    .min(self.cur[j] + 1);
                self.cur[j + 1] = v;
                best = best.min(v);
            }
            if best > limit {
                return None;
            }
            std::mem::swap(&mut self.prev, &mut self.cur);
        }
        Some(self.prev[b.len()]).filter(|d| *d <= limit)
    }
}

/// A list of names, ready for many "did you mean" questions.
pub struct Suggester<'a> {
    /// Each name, lowercased, with its place in the list given.
    names: Vec<(Vec<char>, &'a str)>,
    /// Positions in `names`, sorted by the lowercased name (empty for a small list).
    forward: Vec<u32>,
    /// The same, sorted by the lowercased name read backwards.
    backward: Vec<u32>,
    /// (hash of a name or of one of its one-letter deletions, position), sorted.
    near: Vec<(u64, u32)>,
}

/// The hash of `name` and of each copy with one letter deleted.
fn deletions(name: &[char], mut f: impl FnMut(u64)) {
    use std::hash::{BuildHasher, Hasher};
    // Fixed keys: the same name always files under the same hash.
    let state =
        std::hash::BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default();
    let hash = |skip: usize| {
        let mut h = state.build_hasher();
        for (i, c) in name.iter().enumerate() {
            if i != skip {
                h.write_u32(*c as u32);
            }
        }
        h.write_usize(name.len() - usize::from(skip < name.len()));
        h.finish()
    };
    f(hash(usize::MAX));
    for skip in 0..name.len() {
        f(hash(skip));
    }
}

impl<'a> Suggester<'a> {
    pub fn new<I: IntoIterator<Item = &'a str>>(candidates: I) -> Self {
        let names: Vec<(Vec<char>, &'a str)> = candidates
            .into_iter()
            .map(|c| (c.to_lowercase().chars().collect(), c))
            .collect();
        let (mut forward, mut backward, mut near) = (Vec::new(), Vec::new(), Vec::new());
        if names.len() > SCAN_ALL {
            for (i, (n, _)) in names.iter().enumerate() {
                deletions(n, |h| near.push((h, i as u32)));
            }
            near.sort_unstable();
            forward = (0..names.len() as u32).collect();
            forward.sort_by(|&x, &y| names[x as usize].0.cmp(&names[y as usize].0));
            backward = forward.clone();
            backward.sort_by(|&x, &y| {
                let (a, b) = (&names[x as usize].0, &names[y as usize].0);
                a.iter().rev().cmp(b.iter().rev())
            });
        }
        Suggester {
            names,
            forward,
            backward,
            near,
        }
    }

    /// The name nearest to `input`, if near enough to be a likely typo.
    pub fn closest(&self, input: &str) -> Option<&'a str> {
        let mut q = Question {
            word: input.to_lowercase().chars().collect(),
            limit: (input.chars().count() / 3).max(2),
            rows: Rows::default(),
            best: None,
        };
        if self.forward.is_empty() {
            for i in 0..self.names.len() as u32 {
                q.consider(self, i);
            }
        } else {
            self.search_index(&mut q);
        }
        q.best.map(|(_, i)| self.names[i as usize].1)
    }

    fn search_index(&self, q: &mut Question) {
        let mut near = Vec::new();
        deletions(&q.word, |h| {
            let from = self.near.partition_point(|e| e.0 < h);
            let to = self.near.partition_point(|e| e.0 <= h);
            near.extend(self.near[from..to].iter().map(|e| e.1));
        });
        for &i in near.iter().take(MAX_NEAR) {
            q.consider(self, i);
        }
        if q.best.is_some_and(|(d, _)| d <= 1) {
            // Every name one edit away was just compared: none can be nearer.
            return;
        }
        let at = self
            .forward
            .partition_point(|&i| self.names[i as usize].0 < q.word);
        for &i in window(&self.forward, at) {
            q.consider(self, i);
        }
        let reversed: Vec<char> = q.word.iter().rev().copied().collect();
        let at = self
            .backward
            .partition_point(|&i| self.names[i as usize].0.iter().rev().lt(reversed.iter()));
        for &i in window(&self.backward, at) {
            q.consider(self, i);
        }
    }
}

/// One "did you mean" question and the best answer so far.
struct Question {
    word: Vec<char>,
    limit: usize,
    rows: Rows,
    /// (distance, position): ties go to the name given first.
    best: Option<(usize, u32)>,
}

impl Question {
    fn consider(&mut self, s: &Suggester, i: u32) {
        let bound = self.best.map_or(self.limit, |(d, _)| d.min(self.limit));
        if let Some(d) = self.rows.bounded(&self.word, &s.names[i as usize].0, bound)
            && self.best.is_none_or(|b| (d, i) < b)
        {
            self.best = Some((d, i));
        }
    }
}

/// Up to `WINDOW` entries on each side of `at`.
fn window(sorted: &[u32], at: usize) -> &[u32] {
    &sorted[at.saturating_sub(WINDOW)..(at + WINDOW).min(sorted.len())]
}

/// The candidate nearest to `input`, if near enough to be a likely typo.
/// For many questions against one long list, build a [`Suggester`] once.
pub fn closest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    Suggester::new(candidates).closest(input)
}

/// `did you mean `x`?` as a hint, when there is a close candidate.
pub fn did_you_mean<'a, I>(input: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    closest(input, candidates).map(hint)
}

/// The words of a "did you mean" hint.
pub fn hint(name: &str) -> String {
    format!("did you mean `{name}`?")
}

/// The same hint as a catalogue message, said in the reader's language.
pub fn hint_msg(name: &str) -> crate::i18n::Msg {
    crate::msg!("did-you-mean", name = name)
}

/// The IANA name meant by `input`: exact, a city (`Almaty`), or a near miss.
pub fn timezone(input: &str) -> Option<&'static str> {
    let names = chrono_tz::TZ_VARIANTS.iter().map(|t| t.name());
    let lower = input.trim().to_lowercase().replace(' ', "_");
    names
        .clone()
        .find(|n| {
            n.to_lowercase() == lower
                || n.rsplit('/')
                    .next()
                    .is_some_and(|c| c.to_lowercase() == lower)
        })
        .or_else(|| closest(input, names.clone()))
        .or_else(|| {
            // A misspelt city alone (`Almati`): match it against the cities' names.
            let cities = names
                .clone()
                .filter_map(|n| n.rsplit_once('/').map(|(_, c)| c));
            let city = closest(&lower, cities)?;
            names
                .clone()
                .find(|n| n.rsplit_once('/').is_some_and(|(_, c)| c == city))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_not_strangers() {
        assert_eq!(distance("speakrs", "speakers"), 1);
        assert_eq!(closest("speakrs", ["title", "speakers"]), Some("speakers"));
        assert_eq!(closest("zzzzzz", ["title", "speakers"]), None);
        assert_eq!(
            closest("Asia/Almati", ["Asia/Almaty", "Asia/Tokyo"]),
            Some("Asia/Almaty")
        );
        assert_eq!(
            closest("ab", ["xy", "ac", "ad"]),
            Some("ac"),
            "first of a tie"
        );
    }

    #[test]
    fn a_long_list_finds_a_typo_at_either_end() {
        let ids: Vec<String> = (0..5_000).map(|i| format!("p{i:05}")).collect();
        let ix = Suggester::new(ids.iter().map(String::as_str));
        assert_eq!(ix.closest("p01234x"), Some("p01234"));
        assert_eq!(ix.closest("q04321"), Some("p04321"));
        assert_eq!(ix.closest("P02500"), Some("p02500"));
        assert_eq!(ix.closest("someone-else"), None);
    }

    #[test]
    fn a_long_list_agrees_with_a_full_scan_on_single_typos() {
        let ids: Vec<String> = (0..2_000)
            .map(|i| format!("id-{}", i * 7919 % 10_007))
            .collect();
        let ix = Suggester::new(ids.iter().map(String::as_str));
        for id in ids.iter().step_by(97) {
            let typo = format!("{}z", &id[..id.len() - 1]);
            let full = ids
                .iter()
                .map(|c| (distance(&typo, c), c.as_str()))
                .filter(|(d, _)| *d <= 2)
                .min_by_key(|(d, _)| *d)
                .map(|(_, c)| c);
            assert_eq!(ix.closest(&typo), full, "{typo}");
        }
    }

    #[test]
    fn time_zone_hints() {
        assert_eq!(timezone("Almaty"), Some("Asia/Almaty"));
        assert_eq!(timezone("Asia/Almati"), Some("Asia/Almaty"));
        assert_eq!(timezone("asia/bishkek"), Some("Asia/Bishkek"));
        assert_eq!(timezone("Almati"), Some("Asia/Almaty"));
    }
}
