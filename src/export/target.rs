//! Where an export may be written, so an organizer's own file is never lost
//! to a mistyped `-o`: never over the meeting file or its participant list
//! (compared after following links, whatever the spelling of the path), and
//! over any other existing file only when it is a previous export of ours
//! (it carries the generator mark every format writes) or when the person
//! says `--force`. [`write`] keeps that promise up to the moment the file
//! is in place: a name that was free is taken only while still free, and a
//! previous export is looked at again just before it is replaced, so a file
//! someone makes meanwhile is not lost.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use crate::i18n::Msg;
use crate::msg;
use crate::save::SaveError;
use crate::save::atomic::{self, Step};

/// Which of the meeting's own files an output path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Agenda,
    Roster,
}

/// Why an export will not be written where it was asked to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The output is the meeting file or its participant list; no flag overrides this.
    Source(PathBuf, Source),
    /// The output exists and is not a previous export; `--force` overrides this.
    Foreign(PathBuf),
}

impl Refusal {
    /// What is wrong, naming the file.
    pub fn msg(&self) -> Msg {
        match self {
            Refusal::Source(p, Source::Agenda) => {
                msg!("export-over-agenda", file = crate::safe::path(p))
            }
            Refusal::Source(p, Source::Roster) => {
                msg!("export-over-roster", file = crate::safe::path(p))
            }
            Refusal::Foreign(p) => msg!("export-over-foreign", file = crate::safe::path(p)),
        }
    }

    /// What to do instead; `format` is the export's, so the file name
    /// suggested carries its extension (`-o programme.md` for Markdown).
    pub fn hint(&self, format: super::Format) -> Msg {
        match self {
            Refusal::Source(..) => msg!("export-over-source-hint", file = format.example_file()),
            Refusal::Foreign(_) => msg!("export-over-foreign-hint"),
        }
    }
}

/// The marks each format writes near its start (Markdown near its end).
const MARKS: [&str; 4] = [
    "<meta name=\"generator\" content=\"plenary ", // html
    "PRODID:-//Plenary//",                         // ics
    "<generator name=\"plenary\"",                 // frab xml
    "\"name\": \"plenary\"",                       // schedule.json's generator
];

/// The last line of a Markdown export: invisible when rendered.
pub const MARKDOWN_MARK: &str = "<!-- generator: plenary -->";

/// How much of each end of a file is read to find a mark.
const PEEK: u64 = 4096;

/// Whether `path`, which exists, was written by a Plenary export.
pub fn is_previous_export(path: &Path) -> bool {
    ends_of(path).is_ok_and(|(head, tail)| {
        MARKS.iter().any(|m| head.contains(m)) || tail.trim_end().ends_with(MARKDOWN_MARK)
    })
}

/// The first and last few kilobytes of a file, as text (lossy).
fn ends_of(path: &Path) -> io::Result<(String, String)> {
    let mut f = File::open(path)?;
    let mut head = Vec::new();
    (&mut f).take(PEEK).read_to_end(&mut head)?;
    let len = f.metadata()?.len();
    let mut tail = Vec::new();
    if len > PEEK {
        f.seek(SeekFrom::Start(len - PEEK))?;
        f.take(PEEK).read_to_end(&mut tail)?;
    } else {
        tail.clone_from(&head);
    }
    Ok((
        String::from_utf8_lossy(&head).into_owned(),
        String::from_utf8_lossy(&tail).into_owned(),
    ))
}

/// The same file, whichever way its path is spelt (links followed).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// How an output that passed [`check`] may be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// Nothing is there: the name is taken only while it is still free.
    Create,
    /// A previous export is there: it is replaced if it still is one.
    ReplaceExport,
    /// `--force`: whatever is there is replaced.
    Replace,
}

/// Refuses an output that would replace the agenda or its participant list,
/// or an existing file that is no previous export (unless `force`).
pub fn check(
    out: &Path,
    agenda: &Path,
    roster: Option<&Path>,
    force: bool,
) -> Result<Allowed, Refusal> {
    if same_file(out, agenda) {
        return Err(Refusal::Source(out.to_path_buf(), Source::Agenda));
    }
    if roster.is_some_and(|r| same_file(out, r)) {
        return Err(Refusal::Source(out.to_path_buf(), Source::Roster));
    }
    check_existing(out, force)
}

/// Refuses an existing file that is no previous export, unless `force`.
pub fn check_existing(out: &Path, force: bool) -> Result<Allowed, Refusal> {
    let exists = std::fs::symlink_metadata(out).is_ok();
    match (exists, force) {
        (_, true) => Ok(Allowed::Replace),
        (false, false) => Ok(Allowed::Create),
        (true, false) if is_previous_export(out) => Ok(Allowed::ReplaceExport),
        (true, false) => Err(Refusal::Foreign(out.to_path_buf())),
    }
}

/// Why an export that passed [`check`] was not written after all.
#[derive(Debug)]
pub enum WriteError {
    /// A file that is no export of ours took the name meanwhile.
    Refused(Refusal),
    Save(SaveError),
}

/// Writes an export to `out` as [`check`] allowed, atomically, keeping its
/// promise against a file made at `out` since the check.
pub fn write(out: &Path, bytes: &[u8], allowed: Allowed) -> Result<(), WriteError> {
    match allowed {
        Allowed::Replace => atomic::write(out, bytes, None)
            .map(drop)
            .map_err(WriteError::Save),
        Allowed::ReplaceExport => replace_export(out, bytes),
        Allowed::Create => match atomic::write_new(out, bytes) {
            // Taken meanwhile: by another export of ours, which may be
            // replaced as if it had been there, or by someone's own file.
            Err(SaveError::Exists(_)) => match check_existing(out, false) {
                Ok(Allowed::ReplaceExport) => replace_export(out, bytes),
                Ok(_) => Err(WriteError::Save(SaveError::Exists(out.to_path_buf()))),
                Err(r) => Err(WriteError::Refused(r)),
            },
            r => r.map_err(WriteError::Save),
        },
    }
}

/// Replaces the previous export at `out`, looking at it again once the new
/// text is written beside it, just before the rename: a file put there since
/// the check is refused, not replaced.
fn replace_export(out: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut foreign = false;
    let r = atomic::write_with(out, bytes, None, &mut |step| {
        if step == Step::TempWritten && check_existing(out, false).is_err() {
            foreign = true;
            return Err(io::Error::from(io::ErrorKind::AlreadyExists));
        }
        Ok(())
    });
    if foreign {
        return Err(WriteError::Refused(Refusal::Foreign(out.to_path_buf())));
    }
    r.map(drop).map_err(WriteError::Save)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn dir() -> tempfile::TempDir {
        tempfile::tempdir().unwrap()
    }

    #[test]
    fn a_new_file_may_be_written() {
        let d = dir();
        let agenda = d.path().join("m.yaml");
        std::fs::write(&agenda, "title: x\n").unwrap();
        assert_eq!(
            check(&d.path().join("out.html"), &agenda, None, false),
            Ok(Allowed::Create)
        );
    }

    #[test]
    fn the_agenda_is_refused_under_any_spelling_even_forced() {
        let d = dir();
        let agenda = d.path().join("m.yaml");
        std::fs::write(&agenda, "title: x\n").unwrap();
        let other = d.path().join(".").join("m.yaml");
        let r = check(&other, &agenda, None, true);
        assert!(matches!(r, Err(Refusal::Source(_, Source::Agenda))));
    }

    #[test]
    fn the_roster_is_refused_even_forced() {
        let d = dir();
        let agenda = d.path().join("m.yaml");
        let roster = d.path().join("people.yaml");
        std::fs::write(&agenda, "participants: people.yaml\n").unwrap();
        std::fs::write(&roster, "participants: []\n").unwrap();
        let r = check(&roster, &agenda, Some(&roster), true);
        assert!(matches!(r, Err(Refusal::Source(_, Source::Roster))));
    }

    #[test]
    fn a_foreign_file_needs_force_and_a_previous_export_does_not() {
        let d = dir();
        let agenda = d.path().join("m.yaml");
        std::fs::write(&agenda, "title: x\n").unwrap();
        let notes = d.path().join("notes.md");
        std::fs::write(&notes, "# My notes\n").unwrap();
        assert!(matches!(
            check(&notes, &agenda, None, false),
            Err(Refusal::Foreign(_))
        ));
        assert_eq!(check(&notes, &agenda, None, true), Ok(Allowed::Replace));
        let old = d.path().join("old.md");
        let long = "line\n".repeat(2000);
        std::fs::write(&old, format!("# T\n{long}\n{MARKDOWN_MARK}\n")).unwrap();
        assert_eq!(
            check(&old, &agenda, None, false),
            Ok(Allowed::ReplaceExport)
        );
        let ics = d.path().join("old.ics");
        std::fs::write(
            &ics,
            "BEGIN:VCALENDAR\r\nPRODID:-//Plenary//plenary 0.1.0//EN\r\n",
        )
        .unwrap();
        assert_eq!(
            check(&ics, &agenda, None, false),
            Ok(Allowed::ReplaceExport)
        );
    }

    /// Between the check and the write someone saves their own file at the
    /// name: it is kept and the export refused with the check's own words,
    /// whether the name was free or held a previous export at the check.
    #[test]
    fn a_file_made_after_the_check_is_not_overwritten() {
        let d = dir();
        let agenda = d.path().join("m.yaml");
        std::fs::write(&agenda, "title: x\n").unwrap();
        let free = d.path().join("programme.md");
        let allowed = check(&free, &agenda, None, false).unwrap();
        std::fs::write(&free, "# My notes\n").unwrap();
        let r = write(&free, b"export", allowed);
        assert!(
            matches!(r, Err(WriteError::Refused(Refusal::Foreign(_)))),
            "{r:?}"
        );
        assert_eq!(std::fs::read_to_string(&free).unwrap(), "# My notes\n");

        let old = d.path().join("old.md");
        std::fs::write(&old, format!("# T\n{MARKDOWN_MARK}\n")).unwrap();
        let allowed = check(&old, &agenda, None, false).unwrap();
        assert_eq!(allowed, Allowed::ReplaceExport);
        std::fs::write(&old, "# Now mine\n").unwrap();
        let r = write(&old, b"export", allowed);
        assert!(
            matches!(r, Err(WriteError::Refused(Refusal::Foreign(_)))),
            "{r:?}"
        );
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "# Now mine\n");
        assert_eq!(
            std::fs::read_dir(d.path()).unwrap().count(),
            3,
            "no temp file left"
        );
    }

    /// Another export of ours that took a free name meanwhile is replaced,
    /// as it would have been had it been there at the check; `--force`
    /// replaces anything.
    #[test]
    fn an_export_made_meanwhile_is_replaced_and_force_replaces_anything() {
        let d = dir();
        let out = d.path().join("feed.md");
        std::fs::write(&out, format!("# Other run\n{MARKDOWN_MARK}\n")).unwrap();
        write(&out, b"export", Allowed::Create).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "export");
        std::fs::write(&out, "# My notes\n").unwrap();
        write(&out, b"forced", Allowed::Replace).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "forced");
    }
}
