//! The checks a seasoned organizer makes, as [`Problem`]s.
//!
//! Each rule family has its own file and reads a [`Meeting`]; none of them
//! touches the disk. Problems name a path inside the document and the
//! records they concern; the loaded [`Document`](crate::load::Document)
//! turns paths into lines.

pub mod background;
mod breaks;
mod codes;
mod conflicts;
mod duplicates;
mod fields;
mod followups;
mod ids;
mod incremental;
mod interpretation;
mod languages;
mod local_times;
mod lookup;
mod records;
mod tentative;
mod text;
mod whole;

use chrono::NaiveDate;

pub use incremental::{BlockId, Checks};
pub use lookup::Lookup;
pub use records::index_in;
pub use whole::check_meeting_consuming;
// Every check returns problems; callers name them from here or from `problem`.
pub use crate::problem::{Problem, Severity};

use crate::domain::{Meeting, Text};
use crate::i18n::Arg;
use crate::load::Document;

/// Every problem in one meeting, errors first, then in document order.
pub fn check_meeting(m: &Meeting, today: NaiveDate) -> Vec<Problem> {
    whole::FirstHalf::of(m, today).with_follow_ups(&m.follow_ups, today)
}

/// Errors before warnings, each in the order found. A stable sort takes
/// scratch room up to the list's own size (8 MB for the 10× agenda's
/// warnings), so a list already in order (no errors, or only errors) is
/// left as it is.
pub(crate) fn errors_first(problems: &mut [Problem]) {
    if !problems.is_sorted_by_key(|p| p.severity) {
        problems.sort_by_key(|p| p.severity);
    }
}

/// Only the interpretation rules, for `plenary interpretation` and the
/// TUI's Interpretation view.
pub fn check_interpretation(m: &Meeting) -> Vec<Problem> {
    let mut out = Vec::new();
    interpretation::check(m, &lookup::Lookup::new(m), &mut out);
    records::attribute(m, &mut out);
    out
}

/// The interpretation rules as `check_meeting` runs them on `today`, the
/// booths still to staff included: the Interpretation view's count and
/// list, which must agree with what Problems shows.
pub fn check_interpretation_on(m: &Meeting, today: NaiveDate) -> Vec<Problem> {
    let mut out = Vec::new();
    interpretation::check(m, &lookup::Lookup::new(m), &mut out);
    interpretation::unstaffed(m, today, &mut out);
    records::attribute(m, &mut out);
    errors_first(&mut out);
    out
}

/// Checks a loaded document and places each problem at its file and line.
pub fn check_document(doc: &Document, today: NaiveDate) -> Vec<Problem> {
    let mut problems = check_meeting(&doc.meeting, today);
    doc.locate(&mut problems);
    problems
}

/// Session label for messages: `webinar-1 "Title"` reads better than an
/// index; its title in each language the session has one ([`said`]).
pub(crate) fn session_label(m: &Meeting, i: usize) -> Arg {
    let s = &m.sessions[i];
    said(&s.title, |t| {
        let t: String = if t.chars().count() > 50 {
            t.chars().take(49).chain(['…']).collect()
        } else {
            t.to_string()
        };
        format!("`{}` ({})", s.id, t)
    })
}

/// A person's name as a message says it, in every language it is given in.
pub(crate) fn person_name(p: &crate::domain::Participant) -> Arg {
    said(&p.name, str::to_string)
}

/// A text from the file as a message names it (`shape` makes the words of
/// each version): the English version, as messages always said, and the
/// version of each other language it has, for a reader of that language —
/// the choice the views make ([`Text::get`] in the display language).
pub(crate) fn said(t: &Text, shape: impl Fn(&str) -> String) -> Arg {
    let first = shape(t.primary());
    let Text::Multi(map) = t else {
        return Arg::Str(first);
    };
    let mut versions = vec![(String::new(), first)];
    for (code, text) in map {
        let v = shape(text);
        if v != versions[0].1 {
            versions.push((code.clone(), v));
        }
    }
    if versions.len() == 1 {
        return Arg::Str(versions.swap_remove(0).1);
    }
    Arg::Versions(versions)
}

/// Several [`said`] texts as one, joined by `sep`: each reader gets every
/// text in their language where it has a version, the first one otherwise
/// (`` `a` (Ирина Петрова), `b` (Fan Li) ``); in English, the first versions
/// joined, as a list of them always read.
pub(crate) fn said_all(parts: Vec<Arg>, sep: &str) -> Arg {
    let first = |a: &Arg| match a {
        Arg::Versions(v) => v.first().map_or(String::new(), |(_, t)| t.clone()),
        Arg::Str(s) => s.clone(),
        other => format!("{other:?}"),
    };
    let in_code = |a: &Arg, code: &str| match a {
        Arg::Versions(v) => v
            .iter()
            .skip(1)
            .find(|(c, _)| c == code)
            .map_or_else(|| first(a), |(_, t)| t.clone()),
        _ => first(a),
    };
    let mut codes: Vec<&str> = Vec::new();
    for a in &parts {
        if let Arg::Versions(v) = a {
            for (c, _) in v.iter().skip(1) {
                if !codes.contains(&c.as_str()) {
                    codes.push(c);
                }
            }
        }
    }
    let joined = |f: &dyn Fn(&Arg) -> String| parts.iter().map(f).collect::<Vec<_>>().join(sep);
    let head = joined(&first);
    if codes.is_empty() {
        return Arg::Str(head);
    }
    let mut versions = vec![(String::new(), head)];
    for c in codes {
        versions.push((c.to_string(), joined(&|a| in_code(a, c))));
    }
    Arg::Versions(versions)
}
