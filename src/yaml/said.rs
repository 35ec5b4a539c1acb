//! The fast reader's errors: either "ask yaml_serde", or the very error
//! yaml_serde would give, with its words, its path and its place.
//!
//! yaml_serde words an error the deserialized type raises (an unknown
//! field, a missing one, a date that is no date) with the type's own
//! message, places it at the start of the event taken by the innermost
//! `deserialize_*` call it rises through that places errors, and prefixes
//! the path of that call's value (`sessions[3]: unknown field ...`). The
//! fast reader takes the same events in the same order through the same
//! visitor methods ([`super::stream`]), so it can word such an error the
//! same way: the place is fixed by the first placing call the error rises
//! through ([`Bail::at`]), and the path is built on the way up from each
//! list item and map value it leaves after that ([`Bail::under`]). An
//! error the reader itself would have to word (a value of a type the
//! reader does not take, a syntax error) stays [`Bail::Ask`].
//!
//! Without this, one typo in a large file cost yaml_serde's whole parse of
//! it (its list of every event) just to word the first error.

use std::fmt;

/// An event's start, as libyaml counts it: line and column from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub line: usize,
    pub column: usize,
}

/// Why the fast reader stopped.
#[derive(Debug)]
pub enum Bail {
    /// Not the reader's to word: yaml_serde reads the file and says.
    Ask,
    /// An error raised by the type being read, as yaml_serde words it.
    Said(Box<Said>),
}

/// An error raised by the type being read, on its way up.
#[derive(Debug)]
pub struct Said {
    message: String,
    /// Set by the first placing call the error rises through.
    mark: Option<Mark>,
    /// The path of that call's value, innermost segment first.
    rev_path: Vec<Seg>,
}

/// One step of a path: a list item, a map value under a text key, or a
/// map value under a key that is not a text (yaml_serde's `?`).
#[derive(Debug)]
pub enum Seg {
    Index(usize),
    Key(Box<str>),
    Unknown,
}

/// What [`Bail::Ask`] displays as: a message that embeds it (a type that
/// words its own error around an inner one) is no error of the type's own.
const ASK: &str = "\u{1}left to yaml_serde\u{1}";

impl fmt::Display for Bail {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Bail::Ask => f.write_str(ASK),
            Bail::Said(s) => f.write_str(&s.message),
        }
    }
}

impl std::error::Error for Bail {}

impl serde::de::Error for Bail {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let message = msg.to_string();
        if message.contains(ASK) {
            return Bail::Ask;
        }
        Bail::Said(Box::new(Said {
            message,
            mark: None,
            rev_path: Vec::new(),
        }))
    }
}

impl Bail {
    /// The error rising out of a placing call whose event starts at `mark`:
    /// placed there unless a call inside placed it already.
    pub fn at(mut self, mark: Mark) -> Bail {
        if let Bail::Said(s) = &mut self {
            s.mark.get_or_insert(mark);
        }
        self
    }

    /// The error rising out of the item or value `seg` of a list or map:
    /// part of its path once placed (a placing call inside this value
    /// has this value's path; one outside it does not).
    pub fn under(mut self, seg: impl FnOnce() -> Seg) -> Bail {
        if let Bail::Said(s) = &mut self
            && s.mark.is_some()
        {
            s.rev_path.push(seg());
        }
        self
    }

    /// The error as yaml_serde displays it, and its 1-based line and
    /// column; `None` for [`Bail::Ask`].
    pub fn worded(&self) -> Option<Worded> {
        let Bail::Said(s) = self else {
            return None;
        };
        let Some(mark) = s.mark else {
            return Some(Worded {
                text: s.message.clone(),
                location: None,
            });
        };
        let path: Vec<&Seg> = s.rev_path.iter().rev().collect();
        let path = path_text(&path);
        let mut text = if path == "." {
            s.message.clone()
        } else {
            format!("{path}: {}", s.message)
        };
        // yaml_serde leaves out a place at the very start of the text.
        if mark.line != 0 || mark.column != 0 {
            text.push_str(&format!(
                " at line {} column {}",
                mark.line + 1,
                mark.column + 1
            ));
        }
        Some(Worded {
            text,
            location: Some((mark.line + 1, mark.column + 1)),
        })
    }
}

/// An error as yaml_serde's `Display` writes it, with its location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worded {
    pub text: String,
    pub location: Option<(usize, usize)>,
}

/// A path written as yaml_serde writes its `Path`: `.` for the root,
/// `a.b[2]`, `.[0].date` under a root list, `a.?` under a non-text key.
fn path_text(segs: &[&Seg]) -> String {
    let prefix = |parent: &[&Seg]| {
        if parent.is_empty() {
            String::new()
        } else {
            format!("{}.", path_text(parent))
        }
    };
    match segs.split_last() {
        None => ".".to_string(),
        Some((Seg::Index(i), parent)) => format!("{}[{i}]", path_text(parent)),
        Some((Seg::Key(k), parent)) => format!("{}{k}", prefix(parent)),
        Some((Seg::Unknown, parent)) => format!("{}?", prefix(parent)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::Error as _;

    #[test]
    fn paths_as_yaml_serde_writes_them() {
        let k = |s: &str| Seg::Key(s.into());
        assert_eq!(path_text(&[]), ".");
        assert_eq!(path_text(&[&k("a")]), "a");
        assert_eq!(path_text(&[&k("a"), &Seg::Index(2)]), "a[2]");
        assert_eq!(path_text(&[&Seg::Index(0), &k("date")]), ".[0].date");
        assert_eq!(path_text(&[&k("a"), &Seg::Unknown]), "a.?");
        assert_eq!(path_text(&[&Seg::Unknown]), "?");
    }

    #[test]
    fn placed_once_by_the_innermost_call_and_pathed_above_it() {
        let e = Bail::custom("unknown field `knd`")
            .under(|| Seg::Index(9))
            .at(Mark { line: 4, column: 2 })
            .at(Mark { line: 3, column: 0 })
            .under(|| Seg::Index(1))
            .under(|| Seg::Key("sessions".into()));
        let w = e.worded().expect("said");
        assert_eq!(
            w.text,
            "sessions[1]: unknown field `knd` at line 5 column 3"
        );
        assert_eq!(w.location, Some((5, 3)));
    }

    #[test]
    fn a_message_around_an_ask_is_an_ask() {
        let inner = Bail::Ask;
        assert!(matches!(Bail::custom(format!("bad: {inner}")), Bail::Ask));
        assert!(Bail::Ask.worded().is_none());
    }
}
