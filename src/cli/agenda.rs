//! `plenary agenda FILE [--tz ZONE] [--lang en|ru]`: the schedule as plain
//! text for a terminal, a pipe or a printer. The text itself is
//! [`crate::report::agenda`]'s; this file reads the arguments, opens the
//! meeting and prints.

use super::out::errln;
use std::path::{Path, PathBuf};

use chrono_tz::Tz;

use crate::domain::codes;
use crate::load;
use crate::safe;
use crate::zones;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The meeting file.
    pub file: PathBuf,
    /// Show times in this IANA zone (e.g. UTC, Europe/Paris); default: the meeting's.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Language of titles and labels (ISO 639-1; labels exist in en and ru).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,
    /// Wrap lines at this many columns; 0 leaves them whole.
    #[arg(long, default_value_t = 80)]
    pub width: usize,
}

/// Checks `--lang`, with what was probably meant.
fn language_arg(lang: &str) -> Result<String, String> {
    if codes::is_language(lang) {
        return Ok(lang.to_string());
    }
    let hint = match codes::suggest_language(lang) {
        Some(c) => crate::tr!(
            "did-you-mean-named",
            code = c,
            name = codes::language_name(c)
        ),
        None => crate::tr!("sheet-lang-hint-one"),
    };
    Err(unknown_language(lang, &hint))
}

/// "unknown language `xx`" with its hint, in the interface language.
pub(crate) fn unknown_language(lang: &str, hint: &str) -> String {
    format!(
        "{}\n  {}: {hint}",
        crate::tr!("sheet-lang-unknown", lang = lang),
        crate::tr!("hint-label")
    )
}

/// What a printed sheet is made from: the checked `--lang`, the meeting,
/// the zone it is written in and the zone to show.
pub(crate) struct Opened {
    pub lang: String,
    pub doc: load::Document,
    pub written: Tz,
    pub shown: Tz,
}

/// `unknown time zone `X``, then `  hint: ...`, in the reader's language.
pub(crate) fn zone_refusal(e: &zones::ZoneError) -> String {
    let lang = crate::i18n::current();
    format!(
        "{}\n  {}: {}",
        safe::clean(&e.msg().render(lang)),
        crate::tr!("hint-label"),
        safe::clean(&e.hint_msg.render(lang))
    )
}

/// `FILE: error: the meeting's unknown time zone `X``, then the hint.
pub(crate) fn meeting_zone_refusal(file: &Path, e: &zones::ZoneError) -> String {
    format!(
        "{}: {}: {}\n  {}: {}",
        safe::path(file),
        crate::tr!("severity-error"),
        safe::clean(&crate::tr!("zone-meeting-unknown", name = e.name.as_str())),
        crate::tr!("hint-label"),
        safe::clean(&e.hint_msg.render(crate::i18n::current()))
    )
}

/// Checks `--lang` and `--tz` and loads the meeting, or gives the message
/// to print and the exit code.
pub(crate) fn open(file: &Path, tz: Option<&str>, lang: &str) -> Result<Opened, (String, u8)> {
    let lang = language_arg(lang).map_err(|e| (format!("plenary: {e}"), 2))?;
    let shown = match tz.map(zones::parse_typed).transpose() {
        Ok(Some((z, said))) => {
            // "JST read as Asia/Tokyo": the reader should know which zone.
            if let Some(said) = said {
                errln!("{}: --tz {}", crate::tr!("word-note"), safe::clean(&said));
            }
            Some(z)
        }
        Ok(None) => None,
        Err(e) => return Err((format!("plenary: {}", zone_refusal(&e)), 2)),
    };
    let doc = load::load(file).map_err(|p| (p.to_string(), 1))?;
    let written =
        zones::meeting_zone(&doc.meeting).map_err(|e| (meeting_zone_refusal(file, &e), 1))?;
    Ok(Opened {
        lang,
        doc,
        written,
        shown: shown.unwrap_or(written),
    })
}

/// Writes `text` to standard output; a closed pipe (`| head`) is not an error.
pub(crate) fn emit(text: &str) -> u8 {
    super::out::emit(text, 0)
}

pub fn run(a: &Args) -> u8 {
    match open(&a.file, a.tz.as_deref(), &a.lang) {
        Ok(o) => emit(&crate::report::agenda::render(
            &o.doc.meeting,
            o.written,
            o.shown,
            &o.lang,
            a.width,
        )),
        Err((msg, code)) => {
            errln!("{msg}");
            code
        }
    }
}
