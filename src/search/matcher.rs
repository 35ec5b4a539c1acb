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

/// The fuzzy scorer, set up for folded input.
pub struct Matcher {
    skim: SkimMatcherV2,
}

impl Default for Matcher {
    fn default() -> Self {
        // Both sides are folded already, so exact comparison is right and fastest.
        Matcher {
            skim: SkimMatcherV2::default().respect_case(),
        }
    }
}

impl Matcher {
    fn score_one(&self, hay: &str, needle: &str) -> Option<i64> {
        if subsequence(hay, needle) {
            self.skim.fuzzy_match(hay, needle)
        } else {
            None
        }
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

    /// Score of `key` for `query`: every word must match (in any order); the
    /// best form of each counts. `None` when some word does not match.
    pub fn score(&self, key: &Key, query: &Query) -> Option<i64> {
        let mut total = 0;
        for w in &query.words {
            total += key
                .fields
                .iter()
                .flat_map(|f| Self::forms(w, &f.folded, f.latin.as_deref()))
                .filter_map(|(h, n)| self.score_one(h, n))
                .max()?;
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
    fn typing_more_narrows() {
        let a = Query::new("li");
        assert!(Query::new("li f").narrows(&a));
        assert!(Query::new("lia").narrows(&a));
        assert!(!Query::new("l").narrows(&a));
        assert!(!Query::new("x").narrows(&Query::new("")));
    }
}
