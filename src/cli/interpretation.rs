//! `plenary interpretation FILE [--session ID] [--turns] [--tz ZONE]`: the
//! interpretation plan as plain text. The text itself is
//! [`crate::report::interpretation`]'s; this file reads the arguments,
//! opens the meeting and prints.

use super::out::errln;
use std::path::PathBuf;

use super::agenda::{Opened, emit, open};
use crate::problem::suggest;
use crate::report::interpretation::sheet;
use crate::safe::{self, clean};
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The meeting file.
    pub file: PathBuf,
    /// Only this session (its id), with its turn plans.
    #[arg(long, value_name = "ID")]
    pub session: Option<String>,
    /// Print the turn plan of every staffed booth.
    #[arg(long)]
    pub turns: bool,
    /// Show times in this IANA zone; default: the meeting's.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Language of titles and names (ISO 639-1).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,
    /// Wrap lines at this many columns; 0 leaves them whole.
    #[arg(long, default_value_t = 80)]
    pub width: usize,
}

pub fn run(a: &Args) -> u8 {
    let Opened {
        lang,
        doc,
        written,
        shown,
    } = match open(&a.file, a.tz.as_deref(), &a.lang) {
        Ok(x) => x,
        Err((msg, code)) => {
            errln!("{msg}");
            return code;
        }
    };
    let m = &doc.meeting;
    let only = match &a.session {
        None => None,
        Some(id) => match m.sessions.iter().position(|s| &s.id == id) {
            Some(i) => Some(i),
            None => {
                let hint = suggest::closest(id, m.sessions.iter().map(|s| s.id.as_str()))
                    .map(|c| crate::tr!("did-you-mean", name = c))
                    .unwrap_or_else(|| crate::tr!("sheet-no-session-hint"));
                errln!(
                    "plenary: {}: {}\n  {}: {}",
                    safe::path(&a.file),
                    crate::tr!("sheet-no-session", id = clean(id)),
                    crate::tr!("hint-label"),
                    clean(&hint)
                );
                return 2;
            }
        },
    };
    emit(&sheet(&doc, written, shown, &lang, a.width, only, a.turns))
}
