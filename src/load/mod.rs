//! Loading meeting files: from bytes on disk to a [`Document`], or to a
//! [`Problem`] that names the file, the line and what would be right.
//!
//! Nothing a file contains can make this panic: size, encoding and binary
//! content are refused first ([`source`]), the YAML library's own limits stop alias
//! bombs, and its errors are reworded for people ([`yaml_error`]).

mod depth;
mod diagnose;
mod discover;
pub mod files;
mod indentation;
mod lf;
mod libyaml_words;
pub mod locate;
mod markers;
mod misplaced;
mod records;
mod repair;
mod roster;
pub mod source;
mod tags;
mod value_words;
mod yaml_error;

use std::path::{Path, PathBuf};

pub use discover::{DiscoverError, discover, discover_noting};
pub use locate::LineIndex;
pub use source::{Fingerprint, SourceError};
pub use value_words::recognize as value_message;

/// A date or time value's refusal (`bad date `2020-02-30`: ...`) in the
/// interface language; text it does not recognize comes back as it is.
/// Forms parse with the loader's own functions, so they say it the same way.
pub fn value_said(text: &str) -> String {
    value_words::recognize(text)
        .map_or_else(|| text.to_string(), |m| m.render(crate::i18n::current()))
}

use crate::domain::{Meeting, Roster, RosterFile};
use crate::msg;
use crate::problem::Problem;

/// A meeting as loaded from disk, with what is needed to save it back safely.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub meeting: Meeting,
    /// The meeting file as it was read, to refuse overwriting someone else's change.
    pub fingerprint: Fingerprint,
    /// The participant-list file, when the roster lives in its own file.
    pub roster: Option<RosterSource>,
    /// The file held YAML comments, which saving cannot keep.
    pub has_comments: bool,
    /// Text as loaded, to map problem paths to lines.
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct RosterSource {
    pub path: PathBuf,
    pub fingerprint: Fingerprint,
    pub has_comments: bool,
    pub text: String,
}

fn source_problem(path: &Path, e: SourceError) -> Problem {
    let mut p = Problem::error("", e.msg());
    match e {
        SourceError::NotUtf8 { line, column } | SourceError::Nul { line, column } => {
            p.line = Some((line, column))
        }
        SourceError::Utf16 { .. } => p.line = Some((1, 1)),
        _ => {}
    }
    p.file = path.to_path_buf();
    p
}

#[allow(clippy::result_large_err)]
/// A piece of a meeting file (one record's lines) parsed on its own, with
/// the same refusals as a whole file: what a save checks its rewritten
/// records with.
pub fn parse_fragment<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Problem> {
    parse_whole(Path::new(""), text)
}

// A Problem is built once per failed file, never in a loop: its size is no cost.
#[allow(clippy::result_large_err)]
/// Parses a meeting from text, whole, in one pass: every command and the
/// TUI see the same meeting and the same first error. `path` is only used
/// to name the file in problems.
pub fn parse_meeting(path: &Path, text: &str) -> Result<Meeting, Problem> {
    parse_whole(path, text)
}

// A Problem is built once per failed file, never in a loop: its size is no cost.
#[allow(clippy::result_large_err)]
/// One YAML parse of the whole text, after refusing nesting no agenda
/// needs ([`depth`]).
fn parse_whole<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, Problem> {
    if let Some(p) = markers::problems(path, text).into_iter().next() {
        return Err(p);
    }
    if let Some(at) = depth::too_deep(text) {
        let mut p = Problem::error("", msg!("too-deep", max = depth::MAX_DEPTH))
            .with_hint(msg!("too-deep-hint"));
        p.file = path.to_path_buf();
        p.line = Some(at);
        return Err(p);
    }
    if let Some((line, column, tag)) = tags::first(text) {
        let mut p =
            Problem::error("", msg!("yaml-tag", tag = tag)).with_hint(msg!("yaml-tag-hint"));
        p.file = path.to_path_buf();
        p.line = Some((line, column));
        return Err(p);
    }
    // The fast reader answers for files yaml_serde reads without an error,
    // with the same value, and for errors the types raise, in the same
    // words; anything else is yaml_serde's to say.
    yaml_error::read::<T>(text).map_err(|mut p| {
        p.file = path.to_path_buf();
        yaml_error::place_in(&mut p, text);
        p
    })
}

#[allow(clippy::result_large_err)]
/// Reads and parses one meeting file, and its participant list if separate.
pub fn load(path: &Path) -> Result<Document, Problem> {
    let src = source::read(path).map_err(|e| source_problem(path, e))?;
    load_source(path, src)
}

#[allow(clippy::result_large_err)]
/// [`load`] for a file already read.
pub fn load_source(path: &Path, src: source::Source) -> Result<Document, Problem> {
    load_source_or_text(path, src).map_err(|(p, _)| p)
}

#[allow(clippy::result_large_err)]
/// [`load_source`], handing the text back when the file does not load, so
/// that a caller who diagnoses it needs no second copy of a large file
/// while the parse runs.
pub fn load_source_or_text(
    path: &Path,
    src: source::Source,
) -> Result<Document, (Problem, String)> {
    let mut meeting = match parse_meeting(path, &src.text) {
        Ok(m) => m,
        Err(p) => return Err((p, src.text)),
    };
    let roster = match &mut meeting.participants {
        Roster::Inline(_) => None,
        Roster::File { path: rel, people } => match roster::read(path, &src.text, rel) {
            Ok((list, source)) => {
                *people = list.into();
                Some(source)
            }
            Err(p) => return Err((p, src.text)),
        },
    };
    Ok(Document {
        path: path.to_path_buf(),
        meeting,
        fingerprint: src.fingerprint,
        roster,
        has_comments: source::has_comments(&src.text),
        text: src.text,
    })
}

/// Every parse error in `text` (empty when it parses): what `load_problems`
/// reports for a file, without the disk.
pub fn parse_problems(path: &Path, text: &str) -> Vec<Problem> {
    let conflicts = markers::problems(path, text);
    if !conflicts.is_empty() {
        return conflicts;
    }
    match parse_meeting(path, text) {
        Ok(_) => Vec::new(),
        Err(first) => diagnose::parse_errors(path, text, first),
    }
}

/// Every problem that stops `path` from loading, not just the first: for a
/// parse error, each broken record reports its own (see [`diagnose`]).
pub fn load_problems(path: &Path, first: Problem) -> Vec<Problem> {
    match source::read(path) {
        Ok(src) => problems_in(path, &src.text, first),
        Err(_) => vec![first],
    }
}

/// [`load_problems`] for a file already read as `text`.
pub fn problems_in(path: &Path, text: &str, first: Problem) -> Vec<Problem> {
    if first.file == path {
        let conflicts = markers::problems(path, text);
        if conflicts.is_empty() {
            diagnose::parse_errors(path, text, first)
        } else {
            conflicts
        }
    } else {
        vec![first]
    }
}

/// Whether a file is a participant list rather than a meeting, so a folder
/// scan can pass over it quietly.
pub fn is_roster_file(path: &Path) -> bool {
    source::read(path).is_ok_and(|s| is_roster_text(path, &s.text))
}

/// [`is_roster_file`] for a file already read as `text`.
pub fn is_roster_text(path: &Path, text: &str) -> bool {
    parse_whole::<RosterFile>(path, text).is_ok()
}

impl Document {
    /// Gives each problem its file and line. Problems about participants
    /// belong to the participant-list file when the roster lives there.
    pub fn locate(&self, problems: &mut [Problem]) {
        self.place(problems, true);
    }

    /// Gives each problem its file but no line: for a document edited since
    /// it was read, whose text no longer matches it.
    pub fn attribute(&self, problems: &mut [Problem]) {
        self.place(problems, false);
    }

    /// The files it was read from.
    pub fn files(&self) -> files::Files {
        files::Files {
            meeting: self.path.clone(),
            roster: self.roster.as_ref().map(|r| r.path.clone()),
        }
    }

    fn place(&self, problems: &mut [Problem], lines: bool) {
        // Lines first, read from the problems' own paths (nothing copied),
        // then each problem is given its file and line.
        let found = if lines {
            self.lines_of(problems)
        } else {
            Vec::new()
        };
        for (n, p) in problems.iter_mut().enumerate() {
            p.file = if self.in_roster(p) {
                self.roster.as_ref().map_or(&self.path, |r| &r.path)
            } else {
                &self.path
            }
            .clone();
            if let Some(&(line, also)) = found.get(n) {
                if line.is_some() {
                    p.line = line;
                }
                if let Some(also) = also {
                    p.place_also(also);
                }
            }
        }
    }

    /// Whether `p` belongs to the participant-list file.
    fn in_roster(&self, p: &Problem) -> bool {
        self.roster.is_some() && files::in_roster(p)
    }

    /// For each problem without a line, its line and its `also` path's line
    /// (nothing for the others), from one scan of each file it concerns.
    fn lines_of(&self, problems: &[Problem]) -> Vec<PlacedLines> {
        let unplaced = |p: &&Problem| p.line.is_none() && p.path.is_some();
        let wanted = || {
            problems
                .iter()
                .filter(unplaced)
                .flat_map(|p| p.path.iter().chain(&p.also).map(String::as_str))
        };
        let mut meeting_ix: Option<LineIndex> = None;
        let mut roster_ix: Option<LineIndex> = None;
        let mut found = Vec::with_capacity(problems.len());
        for p in problems {
            let Some(path) = p.path.as_deref().filter(|_| p.line.is_none()) else {
                found.push((None, None));
                continue;
            };
            let (text, ix) = match (&self.roster, self.in_roster(p)) {
                (Some(r), true) => (&r.text, &mut roster_ix),
                _ => (&self.text, &mut meeting_ix),
            };
            let ix = ix.get_or_insert_with(|| LineIndex::build_for(text, wanted()));
            let also = p.also.as_deref().and_then(|a| ix.find(a)).map(|(l, _)| l);
            found.push((ix.find(path), also));
        }
        found
    }
}

/// A problem's line, and the line of the place its message also names.
type PlacedLines = (Option<(usize, usize)>, Option<usize>);

/// Loads every meeting found under `paths`, keeping going past broken files.
pub fn load_all(files: &[PathBuf]) -> (Vec<Document>, Vec<Problem>) {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for f in files {
        match load(f) {
            Ok(d) => docs.push(d),
            Err(p) => {
                if !is_roster_file(f) {
                    problems.push(p)
                }
            }
        }
    }
    (docs, problems)
}
