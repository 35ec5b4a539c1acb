//! `plenary fmt`: rewrite agendas in canonical form, like `cargo fmt`.

use super::out::{errln, outln};
use std::path::PathBuf;

use crate::load::{self, discover_noting};
use crate::safe;
use crate::save::{self, canonical};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only report files that are not canonical; exit 1 if any.
    #[arg(long)]
    pub check: bool,
    /// Meeting files or folders of them (default: agendas/).
    pub paths: Vec<PathBuf>,
}

pub fn run(args: &Args) -> u8 {
    let files = match discover_noting(&super::paths_or_default(&args.paths)) {
        Ok((f, notes)) => {
            for n in notes {
                errln!("{}", crate::safe::clean(&n));
            }
            f
        }
        Err(e) => {
            errln!("plenary: {}", safe::clean(&e.to_string()));
            return 2;
        }
    };
    let mut code = 0;
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
            Ok(t) => t,
            Err(e) => {
                errln!("{}: error: cannot serialize: {e}", safe::path(f));
                code = 1;
                continue;
            }
        };
        let roster_ok = match (&doc.roster, doc.meeting.participants.file()) {
            (Some(r), Some(_)) => {
                canonical::roster_yaml(doc.meeting.people()).is_ok_and(|t| t == r.text)
            }
            _ => true,
        };
        if canonical == doc.text && roster_ok {
            continue;
        }
        if args.check {
            outln!(
                "{}: not in canonical form (run `plenary fmt`)",
                safe::path(f)
            );
            code = 1;
            continue;
        }
        match save::save(&mut doc) {
            Ok(report) => {
                for w in &report.written {
                    outln!("formatted {}", safe::path(w));
                }
                for b in &report.backups {
                    outln!(
                        "note: comments are not kept by plenary; the original is in {}",
                        safe::path(b)
                    );
                }
            }
            Err(e) => {
                errln!("{}: error: {}", safe::path(f), safe::clean(&e.to_string()));
                code = 1;
            }
        }
    }
    code
}
