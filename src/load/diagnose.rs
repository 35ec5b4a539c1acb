//! Every parse error of a file, not only the first.
//!
//! serde stops at the first error, so a file with a typo in one session and
//! a bad date in another would need a fix-and-rerun per mistake. When the
//! whole-file parse fails, this cuts the file at its list items ([`super::records`]) and parses each participant, session and
//! follow-up on its own, so each broken record reports its own error with
//! its own line. The meeting's own fields report every missing required key.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::records::{self, FOLLOW_UPS, PARTICIPANTS, SESSIONS};
use super::repair;
use super::yaml_error;
use crate::domain::{FollowUp, Participant, Session};
use crate::problem::Problem;

const REQUIRED: [&str; 3] = ["title", "timezone", "start_date"];

/// All the parse errors of `text`, given the whole-file parse's `first` one.
pub fn parse_errors(path: &Path, text: &str, mut first: Problem) -> Vec<Problem> {
    if super::depth::too_deep(text).is_some() {
        // Its pieces would be as deep: the one message says it all.
        first.file = path.to_path_buf();
        return vec![first];
    }
    let layout = records::layout(text);
    let (mut out, regions) = record_errors(text, layout.as_ref());
    let said = |p: &Problem, out: &[Problem]| {
        out.iter()
            .chain([&first])
            .any(|q| q.message == p.message && q.path == p.path)
    };
    let more = match &layout {
        Some(l) => header_errors(text, l),
        // A shape the cut does not know: the whole file, blanked error by error.
        None => repair::all_errors(text, |t| {
            whole_error(t).filter(|p| !p.message.contains("unknown anchor"))
        })
        .into_iter()
        .skip(1)
        .collect(),
    };
    let mut before = Vec::new();
    for p in more {
        if !said(&p, &out) && !said(&p, &before) {
            before.push(p);
        }
    }
    if layout.is_some() {
        out.splice(0..0, before);
    } else {
        out.extend(before);
    }
    let in_lists = |p: &Problem| {
        p.line
            .is_some_and(|(l, _)| regions.iter().any(|(a, b)| (*a..=*b).contains(&l)))
    };
    let mut head = Vec::new();
    if !in_lists(&first) {
        head.push(first.clone());
    }
    // serde names one missing field; say all of them at once.
    let missing_reported = out
        .iter()
        .chain([&first])
        .any(|p| p.message.starts_with("missing required field") && p.path.is_none());
    if missing_reported {
        let header = layout.as_ref().map_or(text, |l| l.header.as_str());
        let more = missing_fields(header, &head, &out);
        head.extend(more);
    }
    head.extend(out);
    if head.is_empty() {
        head.push(first);
    }
    for p in &mut head {
        p.file = path.to_path_buf();
        super::indentation::explain(p, text);
    }
    head
}

/// Each participant, session and follow-up parsed on its own: the errors,
/// placed at the file's lines and paths, and the line ranges of the records.
fn record_errors(
    text: &str,
    layout: Option<&records::Layout>,
) -> (Vec<Problem>, Vec<(usize, usize)>) {
    // Where each line starts, once: counting newlines per record made the
    // diagnosis quadratic in the file's size.
    let starts: Vec<usize> = std::iter::once(0).chain(newline_ends(text)).collect();
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset);
    let mut out: Vec<Problem> = Vec::new();
    let mut regions: Vec<(usize, usize)> = Vec::new();
    for (list, name) in [
        (PARTICIPANTS, "participants"),
        (SESSIONS, "sessions"),
        (FOLLOW_UPS, "follow_ups"),
    ] {
        let Some(items) = layout.and_then(|l| l.items[list].as_ref()) else {
            continue;
        };
        for (k, item) in items.iter().enumerate() {
            let offset = item.as_ptr() as usize - text.as_ptr() as usize;
            let first_line = line_of(offset);
            let lines = item.matches('\n').count().max(1);
            regions.push((first_line, first_line + lines - 1));
            let errs = match list {
                PARTICIPANTS => item_errors::<Participant>(item),
                SESSIONS => item_errors::<Session>(item),
                _ => item_errors::<FollowUp>(item),
            };
            for mut p in errs {
                p.line = p.line.map(|(l, c)| (l + first_line - 1, c));
                yaml_error::place_in(&mut p, text);
                let inner = p.path.take().unwrap_or_default();
                let inner = inner.trim_start_matches('.');
                let inner = inner.strip_prefix("[0]").unwrap_or(inner);
                p.path = Some(format!("{name}[{k}]{inner}"));
                out.push(p);
            }
        }
    }
    (out, regions)
}

/// The meeting's own fields, parsed without the lists: finds the header's
/// errors even when the whole-file parse stopped in a list first.
fn header_errors(text: &str, l: &records::Layout) -> Vec<Problem> {
    let mut all = repair::all_errors(&l.header, whole_error);
    let mut index = None;
    for p in &mut all {
        // The header keeps the file's lines; a path names the key's own line.
        p.line = match &p.path {
            Some(path) => index
                .get_or_insert_with(|| super::LineIndex::build(text))
                .find(path),
            // A required field is missed by the whole meeting, at its top.
            None if p.message.starts_with("missing required field") => Some((1, 1)),
            None => p.line.or(Some((1, 1))),
        };
    }
    all
}

/// The whole-text parse's error as a problem, placed as serde places it.
fn whole_error(text: &str) -> Option<Problem> {
    yaml_error::first_error::<crate::domain::Meeting>(text)
}

/// A problem for each required field the header lacks that no problem
/// so far names.
fn missing_fields(header: &str, head: &[Problem], out: &[Problem]) -> Vec<Problem> {
    let value: crate::yaml::Value = crate::yaml::from_str(header).unwrap_or_default();
    let mut more: Vec<Problem> = Vec::new();
    for key in REQUIRED {
        let missing = value.as_mapping().is_none_or(|m| !m.contains_key(key));
        let said = head
            .iter()
            .chain(&more)
            .chain(out.iter())
            .any(|p| p.path.is_none() && p.message.contains(&format!("`{key}`")));
        if missing && !said {
            let mut p = Problem::error("", crate::msg!("missing-field", field = key))
                .with_hint(crate::msg!("missing-field-hint", field = key));
            p.line = Some((1, 1));
            more.push(p);
        }
    }
    more
}

/// The offset just past each newline.
fn newline_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i + 1)
}

/// A record's errors; one that is an alias to an anchor in another record
/// is an artifact of the cut, and the record is then left alone.
fn item_errors<T: DeserializeOwned>(item: &str) -> Vec<Problem> {
    // Most records of a broken file are whole: the fast reader says so
    // without yaml_serde's event list (the diagnosis of one typo in a
    // large file was mostly that list, built for every record).
    repair::all_errors(item, yaml_error::first_error::<Vec<T>>)
        .into_iter()
        .take_while(|p| !p.message.contains("unknown anchor"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_one_error_per_broken_record() {
        let text = "title: T\ntimezone: UTC\nstart_date: 2020-01-01\nsessions:\n- id: a\n  title: A\n  date: 2020-01-01\n  knd: panel\n- id: b\n  title: B\n  date: 2020-13-01\n- id: c\n  title: C\n  date: 2020-01-01\n";
        let first = crate::load::parse_meeting(Path::new("m.yaml"), text).unwrap_err();
        let all = parse_errors(Path::new("m.yaml"), text, first);
        let got: Vec<_> = all
            .iter()
            .map(|p| {
                (
                    p.line.map(|l| l.0),
                    p.path.clone().unwrap_or_default(),
                    p.message.clone(),
                )
            })
            .collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, Some(8));
        assert_eq!(got[0].1, "sessions[0]");
        assert_eq!(got[1].0, Some(11));
        assert_eq!(got[1].1, "sessions[1].date");
    }

    #[test]
    fn names_every_missing_required_field() {
        let text = "title: x\nsessions:\n- id: a\n  title: A\n  date: 2020-01-01\n";
        let first = crate::load::parse_meeting(Path::new("m.yaml"), text).unwrap_err();
        let all = parse_errors(Path::new("m.yaml"), text, first);
        let msgs: Vec<_> = all.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            msgs,
            [
                "missing required field `timezone`",
                "missing required field `start_date`"
            ]
        );
    }
}
