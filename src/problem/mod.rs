//! A problem found in a file: what is wrong, where, which records it
//! concerns, and what would be right.
//!
//! One type for every front end, so `plenary check` and the TUI's Problems
//! view print the very same words. It sits below `load`, `check` and
//! `zones` (which all make problems) and imports none of them.

pub mod suggest;

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Lang, Msg};
use crate::safe::clean;

/// The kinds of record a problem can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Kind {
    Session,
    Participant,
    FollowUp,
}

/// One record of the problem's meeting (the meeting is the problem's
/// `file`), by its id: so a front end can link a problem to every record it
/// concerns without reading ids back out of the message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Record {
    pub kind: Kind,
    pub id: String,
}

impl Record {
    pub fn session(id: impl Into<String>) -> Record {
        Record {
            kind: Kind::Session,
            id: id.into(),
        }
    }

    pub fn participant(id: impl Into<String>) -> Record {
        Record {
            kind: Kind::Participant,
            id: id.into(),
        }
    }

    pub fn follow_up(id: impl Into<String>) -> Record {
        Record {
            kind: Kind::FollowUp,
            id: id.into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// The word in `lang`, as `plenary check` prints it.
    pub fn word(self, lang: Lang) -> String {
        match lang {
            Lang::En => self.as_str().to_string(),
            _ => i18n::text(lang, self.key(), &i18n::Args::new()),
        }
    }

    fn key(self) -> &'static str {
        match self {
            Severity::Error => "severity-error",
            Severity::Warning => "severity-warning",
        }
    }
}

/// A problem's words: plain English text, or a catalogue message that is
/// shown in the reader's language (its English rendering is the problem's
/// `message`, so English output is one and the same either way).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    Keyed(Msg),
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Plain(s.to_string())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Plain(s)
    }
}

impl From<Msg> for Text {
    fn from(m: Msg) -> Text {
        Text::Keyed(m)
    }
}

impl Text {
    /// The English words, and the message to show in another language.
    fn split(self) -> (String, Option<Msg>) {
        match self {
            Text::Plain(s) => (s, None),
            Text::Keyed(m) => (m.render(Lang::En), Some(m)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub severity: Severity,
    pub file: PathBuf,
    /// Path inside the document, e.g. `sessions[3].items[1].speakers[0]`.
    pub path: Option<String>,
    /// 1-based line and column, when known.
    pub line: Option<(usize, usize)>,
    /// In English; [`Problem::message_in`] gives it in another language.
    pub message: String,
    /// What would be right, when we can tell (in English).
    pub hint: Option<String>,
    /// The message as catalogue key and arguments, when it has one: how
    /// the problem is said in the reader's language, cached or not.
    #[serde(default)]
    pub msg: Option<Msg>,
    /// The hint as catalogue key and arguments, when it has one.
    #[serde(default)]
    pub hint_msg: Option<Msg>,
    /// The records this problem concerns, in the order first named.
    pub records: Vec<Record>,
    /// Another place the message names by its path (a duplicate's first
    /// occurrence); placing the problem in its file writes that place's
    /// line into the message instead, since people read lines, not paths.
    pub also: Option<String>,
}

impl Problem {
    pub fn error(path: impl Into<String>, message: impl Into<Text>) -> Self {
        Problem::new(Severity::Error, path, message)
    }

    pub fn warning(path: impl Into<String>, message: impl Into<Text>) -> Self {
        Problem::new(Severity::Warning, path, message)
    }

    fn new(severity: Severity, path: impl Into<String>, message: impl Into<Text>) -> Self {
        let path = path.into();
        let (message, msg) = message.into().split();
        Problem {
            severity,
            file: PathBuf::new(),
            path: (!path.is_empty()).then_some(path),
            line: None,
            message,
            hint: None,
            msg,
            hint_msg: None,
            records: Vec::new(),
            also: None,
        }
    }

    /// Names another place by `path`, which the message quotes as written.
    pub fn also_at(mut self, path: impl Into<String>) -> Self {
        self.also = Some(path.into());
        self
    }

    /// Writes `line` into the message where it quotes [`Problem::also`].
    pub fn place_also(&mut self, line: usize) {
        if let Some(path) = self.also.take() {
            self.message = self.message.replace(&path, &format!("line {line}"));
            if let Some(m) = &mut self.msg {
                m.place_line(&path, line);
            }
        }
    }

    /// Names one more record this problem concerns (once).
    pub fn concerning(mut self, r: Record) -> Self {
        self.concern(r);
        self
    }

    /// Names one more record this problem concerns (once), in place.
    pub fn concern(&mut self, r: Record) {
        if !self.records.contains(&r) {
            // Most problems concern one record: room for it alone, not the
            // four a first push makes (35,000 problems on the 10× agenda).
            if self.records.capacity() == 0 {
                self.records.reserve_exact(1);
            }
            self.records.push(r);
        }
    }

    /// The ids of the records of `kind` this problem concerns.
    pub fn ids_of(&self, kind: Kind) -> impl Iterator<Item = &str> {
        self.records
            .iter()
            .filter(move |r| r.kind == kind)
            .map(|r| r.id.as_str())
    }

    pub fn with_hint(mut self, hint: impl Into<Text>) -> Self {
        let (hint, msg) = hint.into().split();
        self.hint = Some(hint);
        self.hint_msg = msg;
        self
    }

    pub fn hint_opt(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self.hint_msg = None;
        self
    }

    /// A hint that may be a catalogue message or plain text, or none.
    pub fn hint_text(self, hint: Option<impl Into<Text>>) -> Self {
        match hint {
            Some(h) => self.with_hint(h),
            None => self.hint_opt(None),
        }
    }

    /// The message in `lang`: the catalogue's words when it has them,
    /// else the English text (not every message is in the catalogue yet).
    pub fn message_in(&self, lang: Lang) -> String {
        self.message_cow(lang).into_owned()
    }

    /// The hint in `lang`, as [`Problem::message_in`].
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        self.hint_cow(lang).map(Cow::into_owned)
    }

    /// [`Problem::message_in`], borrowing the English words (no copy per
    /// problem when `plenary check` prints thousands of them).
    fn message_cow(&self, lang: Lang) -> Cow<'_, str> {
        match (&self.msg, lang) {
            (Some(m), l) if l != Lang::En => Cow::Owned(m.render(l)),
            _ => Cow::Borrowed(&self.message),
        }
    }

    /// [`Problem::hint_in`], borrowing the English words.
    fn hint_cow(&self, lang: Lang) -> Option<Cow<'_, str>> {
        match (&self.hint_msg, lang) {
            (Some(m), l) if l != Lang::En => Some(Cow::Owned(m.render(l))),
            _ => self.hint.as_deref().map(Cow::Borrowed),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col` or `file: path` — the place part of the message.
    /// The file name is cleaned: a name may hold an escape sequence or a
    /// line break that would forge a line of output.
    pub fn place(&self) -> String {
        Place(self).to_string()
    }
}

/// [`Problem::place`], written where it goes instead of into a string.
struct Place<'a>(&'a Problem);

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.0;
        let file = p.file.to_string_lossy();
        let file = clean(&file);
        match (p.line, &p.path) {
            (Some((l, c)), _) => write!(f, "{file}:{l}:{c}"),
            (None, Some(path)) => write!(f, "{file}: {path}"),
            (None, None) => f.write_str(&file),
        }
    }
}

impl fmt::Display for Problem {
    /// `file:line:col: error: message`, then `  hint: ...` on its own line,
    /// in the interface language ([`i18n::current`]). Messages quote ids and
    /// values from files, so each part is cleaned ([`crate::safe::clean`]):
    /// one problem is always exactly these lines.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = i18n::current();
        let word = match lang {
            Lang::En => Cow::Borrowed(self.severity.as_str()),
            _ => Cow::Owned(self.severity.word(lang)),
        };
        write!(
            f,
            "{}: {}: {}",
            Place(self),
            word,
            clean(&self.message_cow(lang))
        )?;
        if let Some(h) = self.hint_cow(lang) {
            let label = match lang {
                Lang::En => "hint".to_string(),
                _ => i18n::text(lang, "hint-label", &i18n::Args::new()),
            };
            write!(f, "\n  {label}: {}", clean(&h))?;
        }
        Ok(())
    }
}
