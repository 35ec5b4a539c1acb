//! `plenary export FILE --format FMT [--lang en,ru] [--tz ZONE]
//! [--session ID | --room NAME | --person ID] [-o OUT [--force]]`: the files
//! an organizer sends out, written to standard output or to `-o` — never
//! over the agenda or its participant list, and over another existing file
//! only when it is a previous export or with `--force` ([`target`]).

use crate::tr;
use std::path::{Path, PathBuf};

use super::out::errln;
use crate::domain::codes;
use crate::export::sequence::{self, SequenceState};
use crate::export::{self, Format, Options, Selection, target};
use crate::{load, zones};

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("which").multiple(false))]
pub struct Args {
    /// The meeting file.
    pub file: PathBuf,
    /// html, md, ics, frab-xml or schedule-json.
    #[arg(long, value_name = "FORMAT")]
    pub format: String,
    /// Languages of titles and labels, the first leading: en, ru or en,ru.
    #[arg(long, value_name = "LANGS", default_value = "en")]
    pub lang: String,
    /// Show times in this IANA zone (e.g. UTC); default: the meeting's.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Only this session (by id).
    #[arg(long, value_name = "ID", group = "which")]
    pub session: Option<String>,
    /// Only the sessions in this room (by name).
    #[arg(long, value_name = "NAME", group = "which")]
    pub room: Option<String>,
    /// Only the sessions this participant chairs, speaks in or interprets (by id).
    #[arg(long, value_name = "ID", group = "which")]
    pub person: Option<String>,
    /// Calendars: local times with TZID and a VTIMEZONE instead of UTC.
    #[arg(long)]
    pub tzid: bool,
    /// Write here instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// With -o: replace an existing file that is not a previous export (never the agenda).
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// `en,ru` → [en, ru], each checked, with what was probably meant.
pub(crate) fn languages(arg: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for l in arg.split(',').map(str::trim).filter(|l| !l.is_empty()) {
        if !codes::is_language(l) {
            let hint = match codes::suggest_language(l) {
                Some(c) => tr!(
                    "did-you-mean-named",
                    code = c,
                    name = codes::language_name(c)
                ),
                None => tr!("sheet-lang-hint-many"),
            };
            return Err(super::agenda::unknown_language(l, &hint));
        }
        if !out.iter().any(|x| x == l) {
            out.push(l.to_string());
        }
    }
    if out.is_empty() {
        return Err(format!(
            "{}\n  {}: {}",
            tr!("sheet-lang-none"),
            tr!("hint-label"),
            tr!("sheet-lang-none-hint")
        ));
    }
    Ok(out)
}

fn format_arg(s: &str) -> Result<Format, String> {
    Format::parse(s).ok_or_else(|| {
        let all: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
        format!(
            "{}\n  {}: {}",
            tr!("sheet-format-unknown", format = s),
            tr!("hint-label"),
            tr!("sheet-format-hint", formats = all.join(", "))
        )
    })
}

fn selection(a: &Args) -> Selection {
    match (&a.session, &a.room, &a.person) {
        (Some(s), _, _) => Selection::Session(s.clone()),
        (_, Some(r), _) => Selection::Room(r.clone()),
        (_, _, Some(p)) => Selection::Person(p.clone()),
        _ => Selection::All,
    }
}

/// The meeting's key for ids: its file name without the extension.
pub(crate) fn meeting_key(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "meeting".into())
}

/// A refused `-o`, as `plenary: what` and the hint.
fn refusal(r: &target::Refusal, format: Format) -> String {
    let lang = crate::i18n::current();
    format!(
        "plenary: {}\n  {}: {}",
        r.msg().render(lang),
        tr!("hint-label"),
        r.hint(format).render(lang)
    )
}

/// The export, and how `-o` may be written (none without `-o`).
fn build(a: &Args) -> Result<(export::Output, Option<target::Allowed>), (String, u8)> {
    let usage = |e: String| (format!("plenary: {e}"), 2);
    let format = format_arg(&a.format).map_err(usage)?;
    let langs = languages(&a.lang).map_err(usage)?;
    let shown =
        a.tz.as_deref()
            .map(zones::parse)
            .transpose()
            .map_err(|e| usage(super::agenda::zone_refusal(&e)))?;
    let doc = load::load(&a.file).map_err(|p| (p.to_string(), 1))?;
    let allowed = match &a.output {
        Some(out) => {
            let roster = doc.roster.as_ref().map(|r| r.path.as_path());
            Some(
                target::check(out, &doc.path, roster, a.force)
                    .map_err(|r| (refusal(&r, format), 1))?,
            )
        }
        None => None,
    };
    let written = zones::meeting_zone(&doc.meeting)
        .map_err(|e| (super::agenda::meeting_zone_refusal(&a.file, &e), 1))?;
    let o = Options {
        langs,
        shown: shown.unwrap_or(written),
        selection: selection(a),
        meeting_key: meeting_key(&a.file),
        tzid: a.tzid,
        stamp: chrono::Utc::now(),
    };
    // Calendars remember what they said, so a changed event's SEQUENCE grows.
    let memory = (format == Format::Ics)
        .then(sequence::cache_dir)
        .flatten()
        .map(|dir| sequence::state_path(&dir, &a.file));
    let mut seq = memory
        .as_deref()
        .map(SequenceState::load)
        .unwrap_or_default();
    let out = export::render(&doc.meeting, written, format, &o, &mut seq).map_err(|e| {
        let hint = tr!("hint-label");
        (format!("plenary: {e}\n  {hint}: {}", e.hint), 2)
    })?;
    if let Some(path) = memory
        && let Err(e) = seq.save(&path)
    {
        errln!(
            "plenary: {}: {}",
            tr!("severity-warning"),
            tr!(
                "export-sequence-unsaved",
                path = crate::safe::path(&path),
                why = e.to_string()
            )
        );
    }
    Ok((out, allowed))
}

pub fn run(a: &Args) -> u8 {
    let (out, allowed) = match build(a) {
        Ok(o) => o,
        Err((msg, code)) => {
            errln!("{msg}");
            return code;
        }
    };
    for n in &out.notes {
        errln!("plenary: {}: {n}", tr!("word-note"));
    }
    match &a.output {
        None if a.format.trim() == Format::Ics.as_str() => {
            match super::out::print_crlf(&out.text) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    errln!(
                        "plenary: {}",
                        tr!("export-cannot-write", why = e.to_string())
                    );
                    1
                }
                _ => 0,
            }
        }
        None => super::agenda::emit(&out.text),
        Some(path) => {
            let allowed = allowed.unwrap_or(target::Allowed::Create);
            match target::write(path, out.text.as_bytes(), allowed) {
                Ok(()) => 0,
                Err(target::WriteError::Refused(r)) => {
                    // `build` has parsed the format already.
                    let format = Format::parse(&a.format).unwrap_or(Format::Html);
                    errln!("{}", refusal(&r, format));
                    1
                }
                Err(target::WriteError::Save(e)) => {
                    errln!("plenary: {}", e.msg().render(crate::i18n::current()));
                    1
                }
            }
        }
    }
}
