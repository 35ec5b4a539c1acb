//! Scoring a prepared [`Key`] against a typed [`Query`], and finding the
//! characters to highlight in the text a person sees.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::fold::{Folded, fold, translit};

/// One searchable text of a record, folded and (when it differs) in Latin.
#[derive(Debug, Clone, Default)]
struct Field {
    folded: Box<str>,
    latin: Option<Box<str>>,
}

/// What one record is searched by (name, organization, country...),
/// folded and transliterated once, when the roster is loaded, so a
/// keystroke only scores. A word must match inside one field: letters
/// picked from a name and an organization together are no match.
#[derive(Debug, Clone, Default)]
pub struct Key {
    fields: Box<[Field]>,
}

impl Key {
    pub fn new<'a>(parts: impl IntoIterator<Item = &'a str>) -> Key {
        let fields = parts
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(|p| Field {
                folded: fold(p).text.into(),
                latin: translit(p).map(|t| t.text.into()),
            })
            .collect();
        Key { fields }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    folded: String,
    /// Latin form of a word typed in another script.
    latin: Option<String>,
}

/// What a person typed, split into words that may match in any order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    raw: String,
    words: Vec<Word>,
}

impl Query {
    pub fn new(s: &str) -> Query {
        let words = s
            .split_whitespace()
            .map(|w| Word {
                folded: fold(w).text,
                latin: translit(w).map(|t| t.text).filter(|t| !t.is_empty()),
            })
            .collect();
        Query {
            raw: s.to_string(),
            words,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// No words: everything matches.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every record this query matches was matched by `earlier` too,
    /// so a search can look only among the earlier hits: true when it was
    /// typed by adding to the end (a longer word, or one more word).
    pub fn narrows(&self, earlier: &Query) -> bool {
        !earlier.is_empty() && self.raw.starts_with(&earlier.raw)
    }
}

/// True when the chars of `needle` appear in `hay` in order; a cheap filter
/// before the scoring matcher, which would copy both into char vectors.
fn subsequence(hay: &str, needle: &str) -> bool {
    if needle.is_ascii() {
        // ASCII bytes never occur inside a multi-byte UTF-8 sequence.
        let mut it = hay.bytes();
        needle.bytes().all(|n| it.any(|h| h == n))
    } else {
        let mut it = hay.chars();
        needle.chars().all(|n| it.any(|h| h == n))
    }
}

/// One typed letter matches nearly everything: score it without the
/// matrix, as skim would rank it — higher at the start of a word.
fn single_char_score(hay: &str, c: char) -> Option<i64> {
    let mut prev = ' ';
    let mut found = None;
    for h in hay.chars() {
        if h == c {
            if !prev.is_alphanumeric() {
                return Some(24);
            }
            found.get_or_insert(16);
        }
        prev = h;
    }
    found
}

/// The word typed as it stands in the text: what people usually type (the
/// start of a name), scored without the matrix and at least as high as skim
/// scores the same contiguous match, so it ranks above letters strewn apart.
fn contiguous_score(hay: &str, needle: &str) -> Option<i64> {
    let n = needle.chars().count() as i64;
    let mut best = None;
    for (at, _) in hay.match_indices(needle) {
        let word_start = hay[..at]
            .chars()
            .next_back()
            .is_none_or(|p| !p.is_alphanumeric());
        let s = 20 * n + if word_start { 16 } else { 4 };
        if word_start {
            return Some(s);
        }
        best = best.max(Some(s));
    }
    best
}

/// Letters found apart, in ASCII text (most names, and the Latin form of
/// the others): one greedy pass with skim's kind of bonuses — word starts
/// and runs count, gaps cost — instead of its matrix, several times cheaper
/// when most of 100,000 people hold the letters somewhere. Always below a
/// contiguous match of the same word. Needs `needle` to be a subsequence.
fn strewn_score(hay: &[u8], needle: &[u8]) -> i64 {
    let mut score = 0i64;
    let mut last: Option<usize> = None;
    let mut from = 0;
    for &n in needle {
        let Some(off) = hay[from..].iter().position(|&h| h == n) else {
            return 0;
        };
        let at = from + off;
        let word_start = at == 0 || !hay[at - 1].is_ascii_alphanumeric();
        score += 16 + if word_start { 8 } else { 0 };
        match last {
            Some(l) if l + 1 == at => score += 4,
            Some(l) => score -= ((at - l - 1) as i64).min(12),
            None => {}
        }
        last = Some(at);
        from = at + 1;
    }
    score.max(1)
}

/// The fuzzy scorer, set up for folded input.
pub struct Matcher {
    skim: SkimMatcherV2,
}

impl Default for Matcher {
    fn default() -> Self {
        // Both sides are folded already, so exact comparison is right and
        // fastest. Past a small matrix skim switches to its greedy alignment,
        // several times cheaper and as good for texts this short.
        Matcher {
            skim: SkimMatcherV2::default().respect_case().element_limit(64),
        }
    }
}

impl Matcher {
    fn score_one(&self, hay: &str, needle: &str) -> Option<i64> {
        let mut chars = needle.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return single_char_score(hay, c);
        }
        if !subsequence(hay, needle) {
            return None;
        }
        if let Some(s) = contiguous_score(hay, needle) {
            return Some(s);
        }
        if hay.is_ascii() && needle.is_ascii() {
            return Some(strewn_score(hay.as_bytes(), needle.as_bytes()));
        }
        self.skim.fuzzy_match(hay, needle)
    }

    /// The pairs (text form, word form) worth trying for one word.
    fn forms<'a>(
        word: &'a Word,
        folded: &'a str,
        latin: Option<&'a str>,
    ) -> impl Iterator<Item = (&'a str, &'a str)> {
        let w = word.folded.as_str();
        let wl = word.latin.as_deref();
        [
            Some((folded, w)),
            latin.map(|l| (l, w)),
            wl.map(|x| (folded, x)),
            latin.zip(wl),
        ]
        .into_iter()
        .flatten()
    }

    /// Score of `key` for `query`: every word must match (in any order),
    /// each in the first field where it does (a name before an organization:
    /// that is also the order a reader expects), in its best form there.
    /// `None` when some word does not match.
    pub fn score(&self, key: &Key, query: &Query) -> Option<i64> {
        let mut total = 0;
        for w in &query.words {
            total += key.fields.iter().find_map(|f| {
                Self::forms(w, &f.folded, f.latin.as_deref())
                    .filter_map(|(h, n)| self.score_one(h, n))
                    .max()
            })?;
        }
        Some(total)
    }

    /// Char indices of `text` (as displayed) that the query's words match,
    /// for highlighting. Words that match only elsewhere in the record add nothing.
    pub fn highlight(&self, text: &str, query: &Query) -> Vec<usize> {
        if query.is_empty() || text.is_empty() {
            return Vec::new();
        }
        let folded = fold(text);
        let latin = translit(text);
        let mut out: Vec<usize> = Vec::new();
        for w in &query.words {
            let mut best: Option<(i64, Vec<usize>)> = None;
            let tries = [
                (Some(&folded), w.folded.as_str()),
                (latin.as_ref(), w.folded.as_str()),
                (Some(&folded), w.latin.as_deref().unwrap_or("")),
                (latin.as_ref(), w.latin.as_deref().unwrap_or("")),
            ];
            for (f, needle) in tries {
                let Some(f) = f else { continue };
                if needle.is_empty() || !subsequence(&f.text, needle) {
                    continue;
                }
                if let Some((s, idx)) = self.skim.fuzzy_indices(&f.text, needle)
                    && best.as_ref().is_none_or(|(b, _)| s > *b)
                {
                    best = Some((s, Folded::to_original(f, &idx)));
                }
            }
            if let Some((_, idx)) = best {
                out.extend(idx);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(text: &str, q: &str) -> bool {
        Matcher::default()
            .score(&Key::new([text]), &Query::new(q))
            .is_some()
    }

    #[test]
    fn ignores_case_in_every_script() {
        assert!(matches("Уманкулова", "уманкулова"));
        assert!(matches("уманкулова", "УМАНКУЛОВА"));
        assert!(matches("FAN LI", "fan"));
    }

    #[test]
    fn words_in_any_order() {
        assert!(matches("Fan Li", "li fan"));
        assert!(matches("Fan Li", "fan li"));
        assert!(!matches("Fan Li", "li fan zhou"));
    }

    #[test]
    fn a_word_matches_inside_one_field() {
        let k = Key::new([
            "Sanzhar Kenzhekhanuly",
            "Bilim Media Group",
            "KZ",
            "Kazakhstan",
        ]);
        let m = Matcher::default();
        assert!(m.score(&k, &Query::new("kelbert")).is_none());
        assert!(m.score(&k, &Query::new("sanzhar bilim kz")).is_some());
    }

    #[test]
    fn across_scripts() {
        assert!(matches("Онокан Уманкулова", "umankulova"));
        assert!(matches("Gulnara Kussidenova", "гульнара"));
        assert!(matches("Гульнара Кусиденова", "gulnara kusid"));
        assert!(!matches("Гульнара Кусиденова", "zzz"));
    }

    #[test]
    fn highlights_the_original_chars() {
        let m = Matcher::default();
        assert_eq!(m.highlight("Fan Li", &Query::new("li")), vec![4, 5]);
        // "zh" comes from the single char Ж.
        assert_eq!(m.highlight("Жанна", &Query::new("zha")), vec![0, 1]);
        assert_eq!(
            m.highlight("Уманкулова", &Query::new("УМАН")),
            vec![0, 1, 2, 3]
        );
    }

    #[test]
    fn whole_words_rank_above_strewn_letters() {
        let m = Matcher::default();
        let q = Query::new("li");
        let word = m.score(&Key::new(["Fan Li"]), &q).unwrap();
        let inside = m.score(&Key::new(["Ali Bek"]), &q).unwrap();
        let strewn = m.score(&Key::new(["Lucia Ivanova"]), &q).unwrap();
        assert!(word > inside && word > strewn, "{word} {inside} {strewn}");
    }

    #[test]
    fn strewn_letters_score_below_a_word() {
        let word = contiguous_score("fan li", "li").unwrap();
        let strewn = strewn_score(b"lucia ivanova", b"li");
        assert!(strewn > 0 && strewn < word);
        assert!(strewn_score(b"kenzhekhanuly", b"kl") > 0);
    }

    #[test]
    fn typing_more_narrows() {
        let a = Query::new("li");
        assert!(Query::new("li f").narrows(&a));
        assert!(Query::new("lia").narrows(&a));
        assert!(!Query::new("l").narrows(&a));
        assert!(!Query::new("x").narrows(&Query::new("")));
    }
}
