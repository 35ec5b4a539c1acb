//! The one save routine every front end uses.
//!
//! A save keeps the author's file: only the lines of what was edited change
//! ([`splice`]), checked by parsing the result and comparing it with the
//! edited meeting. Only when that cannot be done is the canonical text
//! ([`canonical`]) written instead, and the report says why. Writes are
//! atomic and locked ([`atomic`], [`lock`]), refuse to overwrite a file
//! someone else changed, and never drop a comment without a copy on disk
//! ([`backup`]).

pub mod atomic;
pub mod backup;
pub mod canonical;
pub mod claim;
pub mod conflict;
pub mod diff;
pub mod layout;
pub mod lock;
pub mod merge;
pub mod overwrite;
pub mod resolve;
pub mod splice;
pub mod unsaved;
pub mod verify;
pub mod yaml11;

use std::fs;
use std::path::{Path, PathBuf};

pub use atomic::SaveError;

use crate::domain::{Meeting, Participant, Roster, RosterFile};
use crate::i18n::{Arg, Msg};
use crate::load::{Document, Fingerprint};
use crate::msg;

/// What a save did besides writing, for the front end to tell the user.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SaveReport {
    pub written: Vec<PathBuf>,
    /// Copies kept because the original held comments the new text has not.
    pub backups: Vec<PathBuf>,
    /// Files written in canonical form instead of keeping their layout, and why.
    pub rewritten: Vec<(PathBuf, String)>,
}

/// Saves the document (and its participant list, if separate), keeping
/// each file's layout; the meeting as it was loaded is read back from the
/// document's text. See [`save_from`].
pub fn save(doc: &mut Document) -> Result<SaveReport, SaveError> {
    let (mut base, trusted) = base_from_text(doc);
    save_checked(doc, &mut base, trusted)
}

/// The meeting the document's text (and its participant list's) reads as,
/// and whether it read cleanly (else an empty meeting).
pub fn base_from_text(doc: &Document) -> (Meeting, bool) {
    let parsed = crate::load::parse_meeting(&doc.path, &doc.text);
    let trusted = parsed.is_ok();
    let mut base = parsed.unwrap_or_default();
    if let (Some(r), Roster::File { people, .. }) = (&doc.roster, &mut base.participants) {
        *people = (crate::yaml::from_str::<RosterFile>(&r.text)
            .map(|f| f.participants)
            .unwrap_or_default())
        .into();
    }
    (base, trusted)
}

/// Saves `doc.meeting`, where `base` is what the document's text holds (the
/// meeting as loaded or last saved); afterwards `base` is what was written.
pub fn save_from(doc: &mut Document, base: &mut Meeting) -> Result<SaveReport, SaveError> {
    save_checked(doc, base, true)
}

/// [`save_from`]; `trusted` says the text surely reads as `base`, which
/// lets the check of the result parse only the records it rewrote.
fn save_checked(
    doc: &mut Document,
    base: &mut Meeting,
    trusted: bool,
) -> Result<SaveReport, SaveError> {
    let mut report = SaveReport::default();
    // Check both files before writing either, so a refusal leaves both untouched.
    for (path, fp) in std::iter::once((&doc.path, doc.fingerprint))
        .chain(doc.roster.as_ref().map(|r| (&r.path, r.fingerprint)))
    {
        match fs::read(atomic::resolve(path)) {
            Ok(now) if Fingerprint::of(&now) != fp => {
                return Err(SaveError::ChangedOnDisk(path.clone()));
            }
            Err(_) => return Err(SaveError::DeletedOnDisk(path.clone())),
            Ok(_) => {}
        }
        atomic::check_writable(path)?;
    }
    if let Some(r) = &mut doc.roster {
        let (text, why) = roster_text(&r.text, base.people(), doc.meeting.people())?;
        if text != r.text {
            keep_lost_comments(&r.path, &r.text, &text, &mut report)?;
            r.fingerprint = atomic::write(&r.path, text.as_bytes(), Some(r.fingerprint))?;
            r.text = text;
            r.has_comments = crate::load::source::has_comments(&r.text);
            report.written.push(r.path.clone());
            if let Some(why) = why {
                report.rewritten.push((r.path.clone(), why));
            }
        }
    }
    let (text, written, why) = meeting_text(&doc.text, base, &doc.meeting, trusted)?;
    if text != doc.text {
        keep_lost_comments(&doc.path, &doc.text, &text, &mut report)?;
        doc.fingerprint = atomic::write(&doc.path, text.as_bytes(), Some(doc.fingerprint))?;
        doc.text = text;
        doc.has_comments = crate::load::source::has_comments(&doc.text);
        report.written.push(doc.path.clone());
        if let Some(why) = why {
            report.rewritten.push((doc.path.clone(), why));
        }
    }
    *base = written;
    Ok(report)
}

/// The new text of the meeting file, the meeting it reads back as, and why
/// the layout was not kept (if it was not). With `trusted` (`old_text`
/// surely reads as `base`), a splice that rewrote only records is checked
/// by those records ([`verify`]); anything else by parsing it all.
fn meeting_text(
    old_text: &str,
    base: &Meeting,
    new: &Meeting,
    trusted: bool,
) -> Result<(String, Meeting, Option<String>), SaveError> {
    let why = match splice::meeting_tracked(old_text, base, new) {
        Some((text, rw)) if trusted && verify::by_records(&text, base, new, &rw) => {
            return Ok((text, new.clone(), None));
        }
        Some((text, _)) => match reads_back(&text, new) {
            Ok(m) => return Ok((text, m, None)),
            // Shown nowhere yet: kept in English, as the report was before.
            Err(why) => why.render(crate::i18n::Lang::En),
        },
        None => "its layout is beyond what Plenary can edit in place".to_string(),
    };
    let text = canonical::meeting_yaml(new).map_err(|e| SaveError::Serialize(e.to_string()))?;
    let m = reads_back(&text, new).map_err(SaveError::NotReadBack)?;
    Ok((text, m, Some(why)))
}

/// Parses `text` and checks it holds `want` (people of a separate list aside).
fn reads_back(text: &str, want: &Meeting) -> Result<Meeting, Msg> {
    let mut m = crate::load::parse_meeting(Path::new(""), text).map_err(|p| {
        let why = match p.msg {
            Some(m) => Arg::from(m),
            None => Arg::from(p.message),
        };
        msg!("save-would-not-load", why = why)
    })?;
    if let (
        Roster::File { path: a, people },
        Roster::File {
            path: b,
            people: keep,
        },
    ) = (&mut m.participants, &want.participants)
        && a == b
    {
        people.clone_from(keep);
    }
    if m == *want {
        Ok(m)
    } else {
        Err(msg!("save-not-read-back"))
    }
}

fn roster_text(
    old_text: &str,
    base: &[Participant],
    new: &[Participant],
) -> Result<(String, Option<String>), SaveError> {
    let back =
        |t: &str| crate::yaml::from_str::<RosterFile>(t).is_ok_and(|f| f.participants == new);
    let why = match splice::roster(old_text, base, new) {
        Some(text) if back(&text) => return Ok((text, None)),
        Some(_) => "the edited text did not read back as the edited list",
        None => "its layout is beyond what Plenary can edit in place",
    };
    let text = canonical::roster_yaml(new).map_err(|e| SaveError::Serialize(e.to_string()))?;
    Ok((text, Some(why.to_string())))
}

/// Writes a document whose file (or participant list) was deleted on disk:
/// each missing file gets back the text last loaded or saved, then the
/// edits are saved into it as usual, so its layout is kept.
pub fn recreate(doc: &mut Document, base: &mut Meeting) -> Result<SaveReport, SaveError> {
    let mut restored = Vec::new();
    if fs::symlink_metadata(&doc.path).is_err() {
        atomic::write_new(&doc.path, doc.text.as_bytes())?;
        doc.fingerprint = Fingerprint::of(doc.text.as_bytes());
        restored.push(doc.path.clone());
    }
    if let Some(r) = &mut doc.roster
        && fs::symlink_metadata(&r.path).is_err()
    {
        atomic::write_new(&r.path, r.text.as_bytes())?;
        r.fingerprint = Fingerprint::of(r.text.as_bytes());
        restored.push(r.path.clone());
    }
    let mut report = save_from(doc, base)?;
    for p in restored {
        if !report.written.contains(&p) {
            report.written.push(p);
        }
    }
    Ok(report)
}

/// Keeps a copy of the old text when the new one lost any of its comments.
fn keep_lost_comments(
    path: &Path,
    old: &str,
    new: &str,
    report: &mut SaveReport,
) -> Result<(), SaveError> {
    // Most files have no comments: skip comparing two large texts line by line.
    if !crate::load::source::has_comments(old) || backup::lost_comments(old, new).is_empty() {
        return Ok(());
    }
    let bak = backup::keep(&atomic::resolve(path), ".bak", old.as_bytes())?;
    report.backups.push(bak);
    Ok(())
}

/// Rewrites the document in canonical form (`plenary fmt`). Comments a
/// canonical text cannot hold are refused unless `drop_comments`, and then
/// kept in a numbered `.bak`.
pub fn format(doc: &mut Document, drop_comments: bool) -> Result<SaveReport, FormatError> {
    let text =
        canonical::meeting_yaml(&doc.meeting).map_err(|e| SaveError::Serialize(e.to_string()))?;
    let placed = canonical::keep_comments(&doc.text, &text);
    // Comments never change what the file means; if placing them did, leave them out.
    let text = match reads_back(&placed, &doc.meeting) {
        Ok(_) => placed,
        Err(_) => text,
    };
    let lost = backup::lost_comments(&doc.text, &text);
    if !lost.is_empty() && !drop_comments {
        return Err(unplaced(&doc.path, &doc.text, lost));
    }
    let mut report = SaveReport::default();
    if text != doc.text {
        keep_lost_comments(&doc.path, &doc.text, &text, &mut report)?;
        doc.fingerprint = atomic::write(&doc.path, text.as_bytes(), Some(doc.fingerprint))?;
        doc.text = text;
        report.written.push(doc.path.clone());
    }
    if let (Some(r), Roster::File { people, .. }) = (&mut doc.roster, &doc.meeting.participants) {
        let rt = canonical::roster_yaml(people).map_err(|e| SaveError::Serialize(e.to_string()))?;
        let rt = canonical::keep_comments(&r.text, &rt);
        let lost = backup::lost_comments(&r.text, &rt);
        if !lost.is_empty() && !drop_comments {
            return Err(unplaced(&r.path, &r.text, lost));
        }
        if rt != r.text {
            keep_lost_comments(&r.path, &r.text, &rt, &mut report)?;
            r.fingerprint = atomic::write(&r.path, rt.as_bytes(), Some(r.fingerprint))?;
            r.text = rt;
            report.written.push(r.path.clone());
        }
    }
    Ok(report)
}

#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The file, its comments that have no place, and the line of the first.
    #[error("{}", comments_msg(.0, .1, *.2).render(crate::i18n::Lang::En))]
    Comments(PathBuf, Vec<String>, usize),
}

/// `FILE:LINE: a comment … cannot place`, with the way out.
fn comments_msg(path: &Path, lost: &[String], line: usize) -> crate::i18n::Msg {
    crate::msg!(
        "format-comments",
        path = path.display().to_string(),
        line = line,
        n = lost.len(),
        first = lost.first().map(String::as_str).unwrap_or("")
    )
}

/// The refusal for `lost` comments of `text`: the line of the first one.
fn unplaced(path: &Path, text: &str, lost: Vec<String>) -> FormatError {
    let first = lost.first().map(String::as_str).unwrap_or("");
    let line = text
        .lines()
        .position(|l| l.trim_end().ends_with(first))
        .map_or(0, |i| i + 1);
    FormatError::Comments(path.to_path_buf(), lost, line)
}

impl FormatError {
    /// The error in the interface language (its Display is the English).
    pub fn said(&self) -> String {
        match self {
            FormatError::Save(e) => e.said(),
            FormatError::Comments(path, lost, line) => {
                comments_msg(path, lost, *line).render(crate::i18n::current())
            }
        }
    }
}

/// Writes a brand-new meeting file; refuses to replace an existing one,
/// even one made while this was writing ([`atomic::write_new`]).
pub fn create(path: &Path, meeting: &Meeting) -> Result<Document, SaveError> {
    if path.exists() {
        return Err(SaveError::Exists(path.to_path_buf()));
    }
    let text = canonical::meeting_yaml(meeting).map_err(|e| SaveError::Serialize(e.to_string()))?;
    atomic::write_new(path, text.as_bytes())?;
    let fingerprint = Fingerprint::of(text.as_bytes());
    Ok(Document {
        path: path.to_path_buf(),
        meeting: meeting.clone(),
        fingerprint,
        roster: None,
        has_comments: false,
        text,
    })
}
