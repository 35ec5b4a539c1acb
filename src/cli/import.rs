//! `plenary import FILE -o AGENDA`: a pretalx or frab schedule (`schedule.json`
//! or `schedule.xml`) as a new agenda file.

use std::path::{Path, PathBuf};

use super::out::errln;
use crate::i18n::{self, Arg};
use crate::load::source::why_msg;
use crate::{import, load, msg, safe, save, tr};

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
    let text = match read(&a.file) {
        Ok(t) => t,
        Err(why) => {
            errln!(
                "plenary: {}",
                tr!("import-cannot-read", file = &name, why = why)
            );
            return 1;
        }
    };
    let parsed = match crate::stranger::guess(&text) {
        // A workbook or a PDF is no UTF-8: named for what it is, not refused as unreadable.
        Some(s) => Err(import::ImportError::stranger(s)),
        None => match String::from_utf8(text) {
            Ok(t) => import::parse(&t),
            Err(_) => {
                let why = why_msg("stream did not contain valid UTF-8");
                errln!(
                    "plenary: {}",
                    tr!("import-cannot-read", file = &name, why = why)
                );
                return 1;
            }
        },
    };
    let schedule = match parsed {
        Ok(s) => s,
        Err(e) => {
            errln!(
                "{name}: {}: {}\n  {}: {}",
                tr!("severity-error"),
                e.msg.render(i18n::current()),
                tr!("hint-label"),
                e.hint.render(i18n::current())
            );
            return 1;
        }
    };
    let (mut meeting, notes) = import::build(&schedule);
    let file_name = a.file.file_name().map(|f| f.to_string_lossy().into_owned());
    // Written into the agenda: data, in English whatever the reader's language.
    meeting.source = file_name.map(|f| format!("Imported from {f}"));
    for n in notes {
        errln!(
            "{name}: {}: {}",
            tr!("word-note"),
            safe::clean(&n.render(i18n::current()))
        );
    }
    let out = safe::path(&a.output);
    if let Err(e) = save::create(&a.output, &meeting) {
        errln!("plenary: {}", e.msg().render(i18n::current()));
        return 1;
    }
    // What was written must load back; say so plainly if it does not.
    if let Err(p) = load::load(&a.output) {
        errln!(
            "plenary: {}\n{p}",
            tr!("import-not-loaded-back", file = &out)
        );
        return 1;
    }
    errln!(
        "plenary: {}",
        tr!(
            "import-wrote",
            file = &out,
            sessions = meeting.sessions.len(),
            people = meeting.people().len()
        )
    );
    0
}

/// The schedule's bytes, or why they cannot be read, in the reader's words.
fn read(file: &Path) -> Result<Vec<u8>, Arg> {
    let md = std::fs::metadata(file).map_err(|e| why_msg(&e.to_string()))?;
    if md.len() > MAX_BYTES {
        return Err(msg!("import-too-large").into());
    }
    std::fs::read(file).map_err(|e| why_msg(&e.to_string()))
}
