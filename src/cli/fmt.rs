//! `plenary fmt`: rewrite agendas in canonical form, like `cargo fmt`.

use super::out::errln;
use std::path::{Path, PathBuf};

use super::out::Out;
use crate::load;
use crate::safe;
use crate::save::{self, canonical};
use crate::tr;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only report files that are not canonical; exit 1 if any.
    #[arg(long)]
    pub check: bool,
    /// Rewrite even when a comment has no key to go with (a `.bak` copy keeps them).
    #[arg(long)]
    pub drop_comments: bool,
    /// Meeting files or folders of them (default: agendas/, else this folder when it holds *.yaml files).
    pub paths: Vec<PathBuf>,
}

pub fn run(args: &Args) -> u8 {
    let files = match super::paths::files_or_say("fmt", &args.paths) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let mut code = 0;
    // Files are formatted even when no one reads the report any more.
    let mut out = Out::default();
    for f in &files {
        let mut doc = match load::load(f) {
            Ok(d) => d,
            Err(_) if load::is_roster_file(f) => continue,
            Err(p) => {
                for p in load::load_problems(f, p) {
                    errln!("{p}");
                }
                code = 1;
                continue;
            }
        };
        let canonical = match canonical::meeting_yaml(&doc.meeting) {
            Ok(t) => canonical::keep_comments(&doc.text, &t),
            Err(e) => {
                errln!(
                    "{}",
                    tr!(
                        "fmt-cannot-serialize",
                        path = safe::path(f),
                        why = safe::clean(&e.to_string())
                    )
                );
                code = 1;
                continue;
            }
        };
        let roster_ok = match (&doc.roster, doc.meeting.participants.file()) {
            (Some(r), Some(_)) => canonical::roster_yaml(doc.meeting.people())
                .is_ok_and(|t| canonical::keep_comments(&r.text, &t) == r.text),
            _ => true,
        };
        if canonical == doc.text && roster_ok {
            continue;
        }
        if args.check {
            out.line(format_args!(
                "{}",
                tr!("fmt-not-canonical", path = safe::path(f))
            ));
            code = 1;
            continue;
        }
        if !write(f, &mut doc, args.drop_comments, &mut out) {
            code = 1;
        }
    }
    out.finish(code)
}

/// Rewrites one file and says what was written; false when it was refused.
fn write(f: &Path, doc: &mut load::Document, drop_comments: bool, out: &mut Out) -> bool {
    match save::format(doc, drop_comments) {
        Ok(report) => {
            for w in &report.written {
                out.line(format_args!(
                    "{}",
                    tr!("fmt-formatted", path = safe::path(w))
                ));
            }
            for b in &report.backups {
                out.line(format_args!(
                    "{}",
                    tr!("fmt-backup-note", path = safe::path(b))
                ));
            }
            true
        }
        Err(e @ save::FormatError::Comments(..)) => {
            errln!("plenary: {}", safe::clean(&e.said()));
            false
        }
        Err(e) => {
            let why = safe::clean(&e.said()).into_owned();
            errln!("{}", tr!("fmt-error", path = safe::path(f), why = why));
            false
        }
    }
}
