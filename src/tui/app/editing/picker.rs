//! A fuzzy picker: type a few letters, see the best matches, pick one.
//!
//! Matching is the roster search's ([`crate::search`]), so the same letters
//! find a person here and in the Roster view: any case, any script
//! (Cyrillic or Latin), words in any order. A picker of people offers
//! "Ctrl-a adds what I typed as a new participant" as its last row; only
//! Ctrl-a adds, never Enter, so a slip (`ru` typed in the wrong field)
//! cannot put a person on the roster.

use crate::domain::{DocumentKind, Meeting, Role, SessionKind, Status, codes};
use crate::search::{Key, Matcher, Query};
use crate::tui::input::TextInput;

/// What a picker lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    People,
    Languages,
    Kinds,
    Roles,
    Statuses,
    Formats,
    /// Kinds of document: concept note, programme, slides...
    DocKinds,
}

#[derive(Debug, Clone)]
pub struct Choice {
    /// What is stored: a participant id, a language code, a kind.
    pub value: String,
    /// What is shown.
    pub label: String,
    key: Key,
    /// The value and the names it is shown by, lowercase with spaces and
    /// dashes left out (`breakout`), for ranking a whole name typed first.
    names: Vec<String>,
}

/// What Enter chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    Value(String),
    /// Several languages typed at once ("en ru", "English, Russian").
    Values(Vec<String>),
    /// The typed text, to be added as a new participant.
    New(String),
}

#[derive(Debug, Clone)]
pub struct Picker {
    pub title: String,
    pub source: Source,
    pub choices: Vec<Choice>,
    pub query: TextInput,
    /// Indices into `choices`, best first.
    pub rows: Vec<usize>,
    /// Selected row; `rows.len()` is the "add new" row when offered.
    pub selected: usize,
    /// Whether typed text may become a new participant.
    pub offers_new: bool,
}

impl Picker {
    pub fn new(source: Source, m: Option<&Meeting>, keys: Option<&[Key]>) -> Picker {
        let choices = choices(source, m, keys);
        let title = crate::tr!(match source {
            Source::People => "picker-people",
            Source::Languages => "picker-languages",
            Source::Kinds => "picker-kinds",
            Source::Roles => "picker-roles",
            Source::Statuses => "picker-statuses",
            Source::Formats => "picker-formats",
            Source::DocKinds => "picker-doc-kinds",
        });
        let mut p = Picker {
            title,
            source,
            choices,
            query: TextInput::default(),
            rows: Vec::new(),
            selected: 0,
            offers_new: source == Source::People,
        };
        p.refilter(&Matcher::default());
        p
    }

    pub fn with_query(mut self, q: &str, matcher: &Matcher) -> Picker {
        self.query = TextInput::new(q);
        self.refilter(matcher);
        self
    }

    /// Whether the last row is "add `typed` as a new participant".
    pub fn has_new_row(&self) -> bool {
        self.offers_new && !self.query.trim().is_empty()
    }

    pub fn row_count(&self) -> usize {
        self.rows.len() + usize::from(self.has_new_row())
    }

    pub fn refilter(&mut self, matcher: &Matcher) {
        let q = Query::new(&self.query);
        if q.is_empty() {
            self.rows = (0..self.choices.len()).collect();
        } else {
            // A whole name typed goes first whatever the fuzzy score says
            // ("ru", "break"), then names it begins ("break" → break-out),
            // then the rest. Spaces and dashes do not count, so
            // "breakout" and "break out" find `break-out`.
            let typed = squash(&self.query);
            let exact = self.query.trim().to_lowercase();
            let by_name = self.source != Source::People && !typed.is_empty();
            let mut scored: Vec<(u8, i64, usize)> = self
                .choices
                .iter()
                .enumerate()
                .filter_map(|(i, c)| {
                    let score = matcher.score(&c.key, &q);
                    let tier = if c.value.to_lowercase() == exact {
                        Some(0)
                    } else if by_name {
                        name_tier(&c.names, &typed)
                    } else {
                        None
                    };
                    if tier.is_none() && score.is_none() {
                        return None;
                    }
                    Some((tier.unwrap_or(2), score.unwrap_or(0), i))
                })
                .collect();
            scored.sort_by_key(|&(tier, s, i)| (tier, std::cmp::Reverse(s), i));
            self.rows = scored.into_iter().map(|(_, _, i)| i).collect();
        }
        self.selected = 0;
    }

    /// Moves the selection; wraps, so Up from the first row reaches "add new".
    pub fn move_by(&mut self, delta: isize) {
        let n = self.row_count();
        if n == 0 {
            return;
        }
        self.selected = (self.selected as isize + delta).rem_euclid(n as isize) as usize;
    }

    /// What Enter takes: a row of the list, never the "add new" row.
    pub fn pick(&self) -> Option<Picked> {
        if let Some(v) = self.several_languages() {
            return Some(Picked::Values(v));
        }
        let &i = self.rows.get(self.selected)?;
        Some(Picked::Value(self.choices[i].value.clone()))
    }

    /// Whether the "add new" row is selected (Enter there adds nobody).
    pub fn on_new_row(&self) -> bool {
        self.has_new_row() && self.selected >= self.rows.len()
    }

    /// "en ru" or "English, Russian" in a language picker means both, not
    /// the best fuzzy match for the whole string.
    fn several_languages(&self) -> Option<Vec<String>> {
        if !matches!(self.source, Source::Languages) {
            return None;
        }
        let words: Vec<&str> = self
            .query
            .split([' ', ','])
            .filter(|w| !w.trim().is_empty())
            .collect();
        if words.len() < 2 {
            return None;
        }
        words
            .iter()
            .map(|w| codes::suggest_language(w).map(str::to_string))
            .collect()
    }

    pub fn pick_new(&self) -> Option<Picked> {
        self.has_new_row()
            .then(|| Picked::New(self.query.trim().to_string()))
    }
}

/// `s` lowercase with everything but letters and digits left out, as a
/// typed kind or language is compared with the names of the choices.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// 0 when `typed` is one of `names` whole, 1 when it begins one, 2 when
/// it is inside one.
fn name_tier(names: &[String], typed: &str) -> Option<u8> {
    if names.iter().any(|n| n == typed) {
        Some(0)
    } else if names.iter().any(|n| n.starts_with(typed)) {
        Some(1)
    } else {
        names.iter().any(|n| n.contains(typed)).then_some(2)
    }
}

fn choices(source: Source, m: Option<&Meeting>, keys: Option<&[Key]>) -> Vec<Choice> {
    // A value the file writes in English, shown (and found) in the
    // interface's words too.
    let simple = |v: &str| {
        let shown = crate::tui::format::value(v);
        if shown == v {
            return Choice {
                value: v.to_string(),
                label: v.to_string(),
                key: Key::new([v]),
                names: vec![squash(v)],
            };
        }
        Choice {
            value: v.to_string(),
            label: format!("{shown} ({v})"),
            key: Key::new([v, shown.as_str()]),
            names: vec![squash(v), squash(&shown)],
        }
    };
    match source {
        Source::People => m.map(|m| people(m, keys)).unwrap_or_default(),
        Source::Languages => languages(),
        Source::Kinds => SessionKind::ALL
            .iter()
            .map(|k| simple(k.as_str()))
            .collect(),
        Source::Roles => Role::ALL.iter().map(|r| simple(r.as_str())).collect(),
        Source::Statuses => Status::ALL.iter().map(|s| simple(s.as_str())).collect(),
        Source::DocKinds => DocumentKind::ALL
            .iter()
            .map(|k| simple(k.as_str()))
            .collect(),
        Source::Formats => ["in-person", "online", "hybrid"]
            .into_iter()
            .map(simple)
            .collect(),
    }
}

/// Every participant, labelled by name(s) and organization, found by the
/// roster's own search keys when the TUI has them.
fn people(m: &Meeting, keys: Option<&[Key]>) -> Vec<Choice> {
    m.people()
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut label = p.name.all().collect::<Vec<_>>().join(" / ");
            if let Some(o) = &p.organization {
                label.push_str(" — ");
                label.push_str(o.primary());
            }
            let key = keys
                .and_then(|k| k.get(i).cloned())
                .unwrap_or_else(|| Key::new(p.name.all().chain([p.id.as_str()])));
            Choice {
                value: p.id.clone(),
                label,
                key,
                names: Vec::new(),
            }
        })
        .collect()
}

/// Every ISO 639 language, found by code, English, own and interface name.
fn languages() -> Vec<Choice> {
    codes::all_languages()
        .into_iter()
        .map(|(code, name, own)| {
            let shown = crate::tui::format::language(code);
            let named = if own.is_empty() || own == name {
                name.to_string()
            } else {
                format!("{name} ({own})")
            };
            if shown == name {
                return Choice {
                    value: code.to_string(),
                    label: format!("{code}  {named}"),
                    key: Key::new([code, name, own]),
                    names: vec![squash(code), squash(name), squash(own)],
                };
            }
            Choice {
                value: code.to_string(),
                // The reader's name first: a long autonym cuts the end, not it.
                label: format!("{code}  {shown} — {named}"),
                key: Key::new([code, name, own, shown.as_str()]),
                names: vec![squash(code), squash(name), squash(own), squash(&shown)],
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Participant, Text};

    fn meeting() -> Meeting {
        let mut m = Meeting::default();
        for (id, name) in [
            ("umankulova", "Уманкулова Айгуль"),
            ("cho-jaewon", "Jaewon Cho"),
            ("li-fan", "Fan Li"),
        ] {
            m.participants.people_mut().push(Participant {
                id: id.into(),
                name: Text::plain(name),
                ..Participant::default()
            });
        }
        m
    }

    fn first(p: &Picker) -> Option<Picked> {
        p.pick()
    }

    #[test]
    fn finds_people_across_scripts_and_word_order() {
        let m = meeting();
        let mx = Matcher::default();
        let p = Picker::new(Source::People, Some(&m), None).with_query("umankul", &mx);
        assert_eq!(first(&p), Some(Picked::Value("umankulova".into())));
        let p = Picker::new(Source::People, Some(&m), None).with_query("li fan", &mx);
        assert_eq!(first(&p), Some(Picked::Value("li-fan".into())));
        let p = Picker::new(Source::People, Some(&m), None).with_query("JAEW", &mx);
        assert_eq!(first(&p), Some(Picked::Value("cho-jaewon".into())));
    }

    #[test]
    fn an_unknown_name_is_added_by_ctrl_a_only() {
        let m = meeting();
        let mx = Matcher::default();
        let mut p = Picker::new(Source::People, Some(&m), None).with_query("Thekla Kelbert", &mx);
        assert!(p.rows.is_empty());
        assert!(p.on_new_row());
        assert_eq!(p.pick(), None, "Enter adds nobody");
        assert_eq!(p.pick_new(), Some(Picked::New("Thekla Kelbert".into())));
        // With matches, Up from the first row wraps to the "add new" row.
        let mut q = Picker::new(Source::People, Some(&m), None).with_query("a", &mx);
        assert!(!q.rows.is_empty());
        assert!(!q.on_new_row());
        q.move_by(-1);
        assert!(q.on_new_row());
        assert_eq!(q.pick(), None);
        assert_eq!(q.pick_new(), Some(Picked::New("a".into())));
        p.query.apply(crate::tui::input::InputOp::Backspace);
        p.refilter(&mx);
        assert_eq!(p.query, "Thekla Kelber");
    }

    #[test]
    fn languages_by_code_or_name() {
        let mx = Matcher::default();
        let p = Picker::new(Source::Languages, None, None).with_query("ru", &mx);
        assert_eq!(p.pick(), Some(Picked::Value("ru".into())));
        let p = Picker::new(Source::Languages, None, None).with_query("russ", &mx);
        assert_eq!(p.pick(), Some(Picked::Value("ru".into())));
        let p = Picker::new(Source::Languages, None, None).with_query("русс", &mx);
        assert_eq!(p.pick(), Some(Picked::Value("ru".into())));
        assert!(!p.has_new_row(), "languages are never invented");
    }

    #[test]
    fn a_kind_typed_whole_goes_first_with_or_without_its_dash() {
        let mx = Matcher::default();
        let kinds = |q: &str| {
            let p = Picker::new(Source::Kinds, None, None).with_query(q, &mx);
            p.rows
                .iter()
                .map(|&i| p.choices[i].value.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds("break"), ["break", "break-out"]);
        for q in ["breakout", "break out", "break-out", "Break-Out", "breako"] {
            assert_eq!(
                kinds(q).first().map(String::as_str),
                Some("break-out"),
                "{q}"
            );
        }
        assert_eq!(kinds("round table")[0], "round-table");
        assert_eq!(kinds("ex"), ["exhibition", "excursion"]);
    }

    #[test]
    fn several_languages_typed_at_once_are_all_picked() {
        let mx = Matcher::default();
        let p = Picker::new(Source::Languages, None, None).with_query("en ru", &mx);
        assert_eq!(
            p.pick(),
            Some(Picked::Values(vec!["en".into(), "ru".into()]))
        );
        let p = Picker::new(Source::Languages, None, None).with_query("English, Russian", &mx);
        assert_eq!(
            p.pick(),
            Some(Picked::Values(vec!["en".into(), "ru".into()]))
        );
    }
}
