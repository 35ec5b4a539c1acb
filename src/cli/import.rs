//! `plenary import FILE -o AGENDA`: a pretalx or frab schedule (`schedule.json`
//! or `schedule.xml`) as a new agenda file.

use std::path::PathBuf;

use super::out::errln;
use crate::{import, load, safe, save};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The schedule.json or schedule.xml to read.
    pub file: PathBuf,
    /// The agenda file to write (must not exist yet).
    #[arg(short = 'o', long = "output", value_name = "AGENDA")]
    pub output: PathBuf,
}

/// Schedules of the largest conferences are a few megabytes; more is not one.
const MAX_BYTES: u64 = 32 * 1024 * 1024;

pub fn run(a: &Args) -> u8 {
    let name = safe::path(&a.file);
    let text = match std::fs::metadata(&a.file).and_then(|md| {
        if md.len() > MAX_BYTES {
            Err(std::io::Error::other("larger than 32 MB; not a schedule"))
        } else {
            std::fs::read_to_string(&a.file)
        }
    }) {
        Ok(t) => t,
        Err(e) => {
            errln!("plenary: cannot read {name}: {e}");
            return 1;
        }
    };
    let schedule = match import::parse(&text) {
        Ok(s) => s,
        Err(e) => {
            errln!("{name}: error: {e}\n  hint: {}", e.hint);
            return 1;
        }
    };
    let (mut meeting, notes) = import::build(&schedule);
    let file_name = a.file.file_name().map(|f| f.to_string_lossy().into_owned());
    meeting.source = file_name.map(|f| format!("Imported from {f}"));
    for n in notes {
        errln!("{name}: note: {}", safe::clean(&n));
    }
    let out = safe::path(&a.output);
    if let Err(e) = save::create(&a.output, &meeting) {
        errln!("plenary: {e}");
        return 1;
    }
    // What was written must load back; say so plainly if it does not.
    if let Err(p) = load::load(&a.output) {
        errln!("plenary: wrote {out}, but it does not load back:\n{p}");
        return 1;
    }
    errln!(
        "plenary: wrote {out}: {} sessions, {} participants",
        meeting.sessions.len(),
        meeting.people().len()
    );
    0
}
