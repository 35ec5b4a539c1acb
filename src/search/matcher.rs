//! Scoring a prepared [`Key`] against a typed [`Query`], and finding the
//! characters to highlight in the text a person sees.
//!
//! Each typed word must match one word of the record (of its name,
//! organization or country), in this order of preference: the whole word;
//! its start; its start with a typing mistake or two ([`super::edits`]);
//! a transliteration variant ([`super::variants`]). Letters scattered across
//! a long text never match: "iite" finds the IITE, not "Institute of
//! Information Technologies".

use super::edits::{allowed, prefix_distance};
use super::fold::{Folded, fold, fold_into, translit, translit_into};
use super::variants::{canonical, canonical_into};
use super::words::{word_spans, words};

/// Which form of a word a span holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Form {
    /// Lower case in a script other than Latin (Cyrillic, CJK...).
    Script,
    /// Lower-case Latin: the word itself, or its transliteration.
    Latin,
    /// The Latin form with its spelling variants removed.
    Variant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Span {
    start: u16,
    end: u16,
    /// Which of the texts the key was built from: the first (the name) wins ties.
    field: u8,
    form: Form,
    /// A word of a name, where an initial may match.
    name: bool,
    /// The word's first byte: a typed word can only match a word that
    /// starts like it, and this is checked without reading the word.
    first: u8,
}

/// Collects the words of a record's texts into one buffer.
#[derive(Default)]
struct Builder {
    buf: String,
    spans: Vec<Span>,
    variant: String,
}

impl Builder {
    fn push(&mut self, w: &str, field: u8, form: Form, name: bool) {
        let start = self.buf.len();
        if start + w.len() > usize::from(u16::MAX) {
            return; // a record this long is searched by what came first
        }
        let Some(&first) = w.as_bytes().first() else {
            return;
        };
        self.buf.push_str(w);
        self.spans.push(Span {
            first,
            start: start as u16,
            end: self.buf.len() as u16,
            field,
            form,
            name,
        });
    }

    fn latin_word(&mut self, w: &str, field: u8, name: bool) {
        self.push(w, field, Form::Latin, name);
        let mut variant = std::mem::take(&mut self.variant);
        variant.clear();
        canonical_into(w, &mut variant);
        if variant != w {
            self.push(&variant, field, Form::Variant, name);
        }
        self.variant = variant;
    }

    fn part(&mut self, part: &str, field: u8, name: bool) {
        let mut folded = String::with_capacity(part.len());
        fold_into(part, &mut folded);
        if folded.is_ascii() {
            for w in words(&folded) {
                self.latin_word(w, field, name);
            }
            return;
        }
        for w in words(&folded) {
            self.push(w, field, Form::Script, name);
            // Е starting a word is "ye" in BGN/PCGN and passports (Yerlan),
            // "e" in deunicode (Erlan): keep both.
            if let Some(rest) = w.strip_prefix('е') {
                let mut ye = String::from("ye");
                translit_into(rest, &mut ye);
                self.push(&ye, field, Form::Latin, name);
            }
        }
        let mut latin = String::with_capacity(part.len() * 2);
        translit_into(part, &mut latin);
        for w in words(&latin) {
            self.latin_word(w, field, name);
        }
    }
}

/// What one record is searched by (name, organization, country...), split
/// into words in each form once, when the roster is loaded, so a keystroke
/// only compares. Kept in the cache with its meeting (the TUI's
/// [`crate::cache::load_indexed`]), so a warm load does not build it again.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Key {
    buf: Box<str>,
    spans: Box<[Span]>,
}

impl Key {
    /// A key over texts that are all names (or where any word may be an initial's).
    pub fn new<'a>(parts: impl IntoIterator<Item = &'a str>) -> Key {
        Key::named(parts, [])
    }

    /// A key over a record's names and its other texts (organization,
    /// country): an initial typed beside other words ("G. Kussidenova")
    /// matches only a word of a name.
    pub fn named<'a>(
        names: impl IntoIterator<Item = &'a str>,
        others: impl IntoIterator<Item = &'a str>,
    ) -> Key {
        let mut b = Builder::default();
        let names = names.into_iter().map(|p| (p, true));
        let others = others.into_iter().map(|p| (p, false));
        for (field, (part, name)) in names
            .chain(others)
            .filter(|(p, _)| !p.is_empty())
            .enumerate()
        {
            b.part(part, field.min(255) as u8, name);
        }
        Key {
            buf: b.buf.into(),
            spans: b.spans.into(),
        }
    }

    fn text(&self, s: &Span) -> &str {
        self.buf
            .get(usize::from(s.start)..usize::from(s.end))
            .unwrap_or("")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    folded: String,
    /// Typed in a script other than Latin.
    script: bool,
    /// Latin form (the word itself when typed in Latin).
    latin: String,
    latin_chars: Vec<char>,
    variant: String,
    variant_chars: Vec<char>,
    /// First bytes a word of each form must start with to match: the
    /// folded word's (typed in another script only), the Latin form's, the variant's.
    firsts: [Option<u8>; 3],
}

impl Word {
    /// Whether a word of this form starting with `first` could match.
    fn could_match(&self, form: Form, first: u8) -> bool {
        let [script, latin, variant] = self.firsts;
        let f = Some(first);
        match form {
            Form::Script => script == f,
            Form::Latin => latin == f || variant == f,
            Form::Variant => variant == f,
        }
    }
}

/// What a person typed, split into words that may match in any order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    raw: String,
    words: Vec<Word>,
}

impl Query {
    pub fn new(s: &str) -> Query {
        let folded = fold(s).text;
        let words = words(&folded)
            .map(|w| {
                let script = !w.is_ascii();
                let latin = if script {
                    let t = translit(w).map(|t| t.text).unwrap_or_default();
                    let t = t.trim();
                    if t.is_empty() {
                        w.to_string()
                    } else {
                        t.to_string()
                    }
                } else {
                    w.to_string()
                };
                let variant = canonical(&latin);
                let first = |s: &str| s.as_bytes().first().copied();
                Word {
                    firsts: [
                        if script { first(w) } else { None },
                        first(&latin),
                        first(&variant),
                    ],
                    folded: w.to_string(),
                    script,
                    latin_chars: latin.chars().collect(),
                    variant_chars: variant.chars().collect(),
                    variant,
                    latin,
                }
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
    /// typed by adding to the end and each word still allows as many
    /// mistakes and keeps its earlier forms as prefixes (adding "h" after
    /// "s" changes the variant form, and a fifth letter allows a mistake).
    pub fn narrows(&self, earlier: &Query) -> bool {
        !earlier.is_empty()
            && self.raw.starts_with(&earlier.raw)
            && self.words.len() >= earlier.words.len()
            && earlier.words.iter().zip(&self.words).all(|(a, b)| {
                a.script == b.script
                    && b.folded.starts_with(&a.folded)
                    && b.latin.starts_with(&a.latin)
                    && b.variant.starts_with(&a.variant)
                    && allowed(a.latin_chars.len()) == allowed(b.latin_chars.len())
                    && allowed(a.variant_chars.len()) == allowed(b.variant_chars.len())
            })
    }
}

/// Scores of the four steps, far enough apart that a better step always
/// ranks first for a one-word query.
const WHOLE: i64 = 100;
const PREFIX: i64 = 70;
const FUZZY: i64 = 40;
const VARIANT: i64 = 30;
const SHORTHAND: i64 = 10;

/// True when `typed` is the start of `text` with some vowels left out, as
/// people write shorthand ("kzkhstn" for Kazakhstan). Consonants are never
/// skipped, so letters picked across a word ("iite" in "institute") are no match.
fn shorthand(typed: &str, text: &str) -> bool {
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let mut t = text.bytes();
    let mut first = true;
    for c in typed.bytes() {
        loop {
            let Some(h) = t.next() else { return false };
            if h == c {
                break;
            }
            if first || !vowel(h) {
                return false;
            }
        }
        first = false;
    }
    true
}

/// How a typed word matches one word of the text: its score and how many of
/// the word's chars to highlight (`None`: the whole word).
fn match_word(w: &Word, text: &str, form: Form) -> Option<(i64, Option<usize>)> {
    // Every step needs the first letter to agree.
    if !w.could_match(form, *text.as_bytes().first()?) {
        return None;
    }
    let direct = |typed: &str, chars: usize, fuzzy: Option<&[char]>| {
        if text == typed {
            Some((WHOLE, Some(chars)))
        } else if text.starts_with(typed) {
            // A closer length ranks first: "li" finds Li before Lina.
            let closeness = (10 * typed.len() / text.len().max(1)) as i64;
            Some((PREFIX + closeness, Some(chars)))
        } else {
            let t = fuzzy?;
            if let Some(d) = prefix_distance(t, text, allowed(t.len())) {
                Some((FUZZY - 5 * d as i64, None))
            } else {
                (typed.len() > 2 && typed.is_ascii() && shorthand(typed, text))
                    .then_some((SHORTHAND, None))
            }
        }
    };
    let variant = || {
        if text == w.variant {
            Some((VARIANT + 5, None))
        } else if text.starts_with(&w.variant) {
            Some((VARIANT, None))
        } else {
            let t = &w.variant_chars;
            let d = prefix_distance(t, text, allowed(t.len()))?;
            Some((VARIANT - 5 - 5 * d as i64, None))
        }
    };
    match form {
        Form::Script if w.script => direct(&w.folded, w.folded.chars().count(), None),
        Form::Script => None,
        Form::Latin => direct(&w.latin, w.latin_chars.len(), Some(&w.latin_chars)).or_else(variant),
        Form::Variant => variant(),
    }
}

/// Matching runs for every participant at each keystroke. It holds no state
/// today; it stays a value so callers need not change when it gains settings.
#[derive(Debug, Default, Clone, Copy)]
pub struct Matcher {
    _settings: (),
}

impl Matcher {
    /// Score of `key` for `query`: every word must match a word of the
    /// record (in any order); `None` when some word does not.
    pub fn score(&self, key: &Key, query: &Query) -> Option<i64> {
        let mut total = 0;
        let several = query.words.len() > 1;
        for w in &query.words {
            let initial = several && w.latin_chars.len() == 1;
            let mut best: Option<i64> = None;
            // Most words fail on their first letter, checked before the word
            // is read: that keeps a keystroke over 100,000 people cheap.
            let spans = key
                .spans
                .iter()
                .filter(|s| (s.name || !initial) && w.could_match(s.form, s.first));
            for (text, span) in spans.map(|s| (key.text(s), *s)) {
                if let Some((s, _)) = match_word(w, text, span.form) {
                    let s = s - i64::from(span.field.min(3));
                    best = best.max(Some(s));
                    if s >= WHOLE {
                        break;
                    }
                }
            }
            total += best?;
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
            for f in std::iter::once(&folded).chain(latin.as_ref()) {
                for (first, range) in word_spans(&f.text) {
                    let word = &f.text[range];
                    let form = if word.is_ascii() {
                        Form::Latin
                    } else {
                        Form::Script
                    };
                    let found = match_word(w, word, form).or_else(|| {
                        let v = canonical(word);
                        (form == Form::Latin && v != word)
                            .then(|| match_word(w, &v, Form::Variant))
                            .flatten()
                    });
                    let Some((s, len)) = found else { continue };
                    if best.as_ref().is_some_and(|(b, _)| *b >= s) {
                        continue;
                    }
                    let n = word.chars().count();
                    let len = len.unwrap_or(n).min(n);
                    let idx: Vec<usize> = (first..first + len).collect();
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
    fn a_word_matches_one_word_never_scattered_letters() {
        let k = Key::new([
            "Sanzhar Kenzhekhanuly",
            "Bilim Media Group",
            "KZ",
            "Kazakhstan",
        ]);
        assert!(
            Matcher::default()
                .score(&k, &Query::new("kelbert"))
                .is_none()
        );
        assert!(
            Matcher::default()
                .score(&k, &Query::new("sanzhar bilim kz"))
                .is_some()
        );
        assert!(!matches(
            "Institute of Information Technologies in Education",
            "iite"
        ));
        assert!(matches("UNESCO Institute (IITE)", "iite"));
        assert!(!matches("Lucia Ivanova", "li"));
    }

    #[test]
    fn across_scripts_and_spellings() {
        assert!(matches("Онокан Уманкулова", "umankulova"));
        assert!(matches("Gulnara Kussidenova", "гульнара"));
        assert!(matches("Гульнара Кусиденова", "gulnara kusid"));
        assert!(matches("Гульнара Кусиденова", "kussidenova"));
        assert!(matches("Gulnara Kussidenova", "kusidenova"));
        assert!(matches("Жанна Хамидова", "janna hamidova"));
        assert!(matches("Zhanna Khamidova", "xamidova"));
        assert!(!matches("Гульнара Кусиденова", "zzz"));
    }

    #[test]
    fn latin_names_by_their_cyrillic_spelling_and_back() {
        for (name, typed) in [
            ("John Carter", "Картер"),
            ("John Carter", "Джон Картер"),
            ("Anna Smith", "Смит"),
            ("Michael Jackson", "Джексон"),
            ("Philip Clark", "Филип Кларк"),
            ("Vincent Scott", "Винсент"),
            ("Thomas Hart", "Томас Харт"),
            ("Lucy Chen", "Люси Чен"),
            ("Картер", "carter"),
            ("Джон Смит", "john smith"),
        ] {
            assert!(matches(name, typed), "{name} / {typed}");
        }
        assert!(!matches("John Carter", "Сартер"));
        assert!(!matches("Lucy Chen", "Кен"));
    }

    #[test]
    fn typing_mistakes_within_a_word() {
        assert!(matches("Onokan Umankulova", "umankulvoa"));
        assert!(matches("Gulnara Kussidenova", "kusidenvoa"));
        assert!(!matches("Onokan Umankulova", "umarova"));
    }

    #[test]
    fn shorthand_leaves_out_vowels_only() {
        assert!(shorthand("kzkhstn", "kazakhstan"));
        assert!(shorthand("kzkh", "kazakhstan"));
        assert!(!shorthand("iite", "institute"));
        assert!(!shorthand("fan", "foundation"));
        assert!(!shorthand("zkh", "kazakhstan"));
        assert!(matches("Action plan of Kazakhstan", "kzkhstn plan"));
    }

    #[test]
    fn initials_match() {
        assert!(matches("Gulnara Kussidenova", "G. Kussidenova"));
        assert!(!matches("Gulnara Kussidenova", "A. Kussidenova"));
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
    fn whole_words_rank_above_starts_and_mistakes() {
        let q = Query::new("li");
        let word = Matcher::default().score(&Key::new(["Fan Li"]), &q).unwrap();
        let start = Matcher::default()
            .score(&Key::new(["Lina Fanova"]), &q)
            .unwrap();
        assert!(word > start, "{word} {start}");
        let q = Query::new("kusidenova");
        let exact = Matcher::default()
            .score(&Key::new(["Кусиденова"]), &q)
            .unwrap();
        let variant = Matcher::default()
            .score(&Key::new(["Kussidenova"]), &q)
            .unwrap();
        assert!(exact > variant, "{exact} {variant}");
    }

    #[test]
    fn typing_more_narrows() {
        let a = Query::new("li");
        assert!(Query::new("li f").narrows(&a));
        assert!(Query::new("lia").narrows(&a));
        assert!(!Query::new("l").narrows(&a));
        assert!(!Query::new("x").narrows(&Query::new("")));
        // A fifth letter allows a mistake: earlier hits are not enough.
        assert!(!Query::new("kusid").narrows(&Query::new("kusi")));
        // "s" then "h": the variant form changes from s to sh.
        assert!(!Query::new("kush").narrows(&Query::new("kus")));
    }
}
