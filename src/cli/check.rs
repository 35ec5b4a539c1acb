//! `plenary check`: the TUI's checks, for a pre-commit hook or CI.
//!
//! Exit 0 without errors, 1 with errors (or warnings under
//! `--deny-warnings`), 2 when the input could not be read at all.

use super::out::errln;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::cache::{self, Cache, Loaded, Want};
use crate::check::Problem;
use crate::load;
use crate::{safe, tr};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Meeting files or folders of them (default: agendas/, else this folder when it holds *.yaml files).
    pub paths: Vec<PathBuf>,
    /// Fail on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
}

pub fn run(args: &Args, today: NaiveDate, cache: Option<&Cache>) -> u8 {
    let files = match files_to_check(args) {
        Ok(files) => files,
        Err(code) => return code,
    };
    let mut unreadable = false;
    let mut problems: Vec<Problem> = Vec::new();
    let mut meetings = 0;
    // Whether a file does not read: the schedule's own checks wait for it.
    let mut unread = false;
    for f in &files {
        if let Err(e) = load::source::readable(f) {
            errln!(
                "{}: {}: {}",
                safe::path(f),
                crate::problem::Severity::Error.word(crate::i18n::current()),
                safe::clean(&e.msg().render(crate::i18n::current()))
            );
            unreadable = true;
            continue;
        }
        let mut found = match cache::load(f, today, cache, Want::ProblemsOnly) {
            Loaded::Meeting(_, found) => {
                meetings += 1;
                found
            }
            Loaded::RosterFile => Vec::new(),
            Loaded::Failed(found) => {
                unread = true;
                found
            }
        };
        in_line_order(&mut found, f);
        // One file (the usual case) keeps its list: no second copy of
        // tens of thousands of problems on a large agenda.
        if problems.is_empty() {
            problems = found;
        } else {
            problems.extend(found);
        }
        for kept in crate::save::unsaved::existing(f) {
            errln!(
                "{}",
                tr!(
                    "check-unsaved-note",
                    file = safe::path(f),
                    kept = safe::path(&kept)
                )
            );
        }
    }
    let mut out = super::out::Out::default();
    for p in &problems {
        if !out.line(p) {
            break;
        }
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    let code = if unreadable {
        2
    } else if errors > 0 || (args.deny_warnings && warnings > 0) {
        1
    } else {
        0
    };
    // The messages first, the summary last: after thousands of warnings
    // it is what is left on the screen.
    let status = out.finish(code);
    summary(meetings, files.len(), errors, warnings, unread);
    status
}

/// The counts, and, when a file did not read, that the meeting's own checks
/// wait for it.
fn summary(meetings: usize, files: usize, errors: usize, warnings: usize, unread: bool) {
    errln!(
        "{}",
        tr!(
            "check-summary",
            meetings = crate::msg!("count-meetings", n = meetings),
            files = crate::msg!("count-files", n = files),
            errors = crate::msg!("count-errors", n = errors),
            warnings = crate::msg!("count-warnings", n = warnings)
        )
    );
    if unread {
        errln!("{}", tr!("check-more-after-parse"));
    }
}

/// In line order, as an editor lists them: the file first, then its
/// participant list; problems without a line last. A stable sort of small
/// keys, then one move of each problem: sorting the problems themselves
/// moved each (a few hundred bytes) many times and compared paths
/// component by component at every comparison.
fn in_line_order(found: &mut [Problem], f: &std::path::Path) {
    let mut keys: Vec<_> = found
        .iter()
        .enumerate()
        .map(|(i, p)| ((p.file != f, p.line.is_none(), p.line), i))
        .collect();
    // The index makes equal keys keep their order, as a stable sort would.
    keys.sort_unstable();
    let mut from: Vec<usize> = keys.into_iter().map(|(_, i)| i).collect();
    // Position n takes the problem at from[n]: each cycle of the
    // permutation is walked once, by swaps, with no second list.
    for n in 0..from.len() {
        let mut at = n;
        while from[at] != n {
            let next = from[at];
            found.swap(at, next);
            from[at] = at;
            at = next;
        }
        from[at] = at;
    }
}

/// The agenda files the paths name, with the folder notes printed; the exit
/// status instead when there is nothing to check.
fn files_to_check(args: &Args) -> Result<Vec<PathBuf>, u8> {
    let files = super::paths::files_or_say("check", &args.paths)?;
    if files.is_empty() {
        let paths = args
            .paths
            .iter()
            .map(|p| safe::path(p))
            .collect::<Vec<_>>()
            .join(", ");
        errln!("plenary: {}", tr!("check-no-files", paths = paths));
        return Err(2);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn line_order_is_the_stable_sort_of_before() {
        let f = Path::new("m.yaml");
        let at = |file: &str, line: Option<usize>, n: usize| {
            let mut p = Problem::warning("", format!("{n}"));
            p.file = PathBuf::from(file);
            p.line = line.map(|l| (l, 1));
            p
        };
        let mut found = vec![
            at("m.yaml", None, 0),
            at("people.yaml", Some(3), 1),
            at("m.yaml", Some(9), 2),
            at("m.yaml", Some(2), 3),
            at("m.yaml", Some(9), 4),
            at("people.yaml", Some(1), 5),
            at("m.yaml", None, 6),
            at("m.yaml", Some(2), 7),
        ];
        let mut expected = found.clone();
        expected.sort_by_key(|p| (p.file != f, p.line.is_none(), p.line));
        in_line_order(&mut found, f);
        assert_eq!(found, expected);
    }
}
