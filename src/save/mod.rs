//! The one save routine every front end uses.
//!
//! A save writes the canonical text ([`canonical`]) atomically ([`atomic`]),
//! refuses to overwrite a file someone else changed, and never drops what the
//! file held without saying so: a file with YAML comments (which serde cannot
//! keep) gets a `.bak` copy before its first rewrite, and the caller is told.

pub mod atomic;
pub mod canonical;

use std::fs;
use std::path::PathBuf;

pub use atomic::SaveError;

use crate::domain::Roster;
use crate::load::Document;

/// What a save did besides writing, for the front end to tell the user.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SaveReport {
    pub written: Vec<PathBuf>,
    /// Backups made because the original held comments that are not kept.
    pub backups: Vec<PathBuf>,
}

fn backup_path(p: &std::path::Path) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

/// Saves the document (and its participant list, if separate), updating its
/// fingerprints so the next save checks against what we wrote.
pub fn save(doc: &mut Document) -> Result<SaveReport, SaveError> {
    let mut report = SaveReport::default();
    let ser = |e: serde_yaml::Error| SaveError::Serialize(e.to_string());
    let mut text = canonical::meeting_yaml(&doc.meeting).map_err(ser)?;
    // The editors' schema line stays on top of the file.
    if let Some(line) = crate::load::source::schema_line(&doc.text) {
        text = format!("{line}\n{text}");
    }
    let roster_text = match &doc.meeting.participants {
        Roster::File { people, .. } => Some(canonical::roster_yaml(people).map_err(ser)?),
        Roster::Inline(_) => None,
    };

    // Check both files before writing either, so a refusal leaves both untouched.
    for (path, fp) in std::iter::once((&doc.path, doc.fingerprint))
        .chain(doc.roster.as_ref().map(|r| (&r.path, r.fingerprint)))
    {
        match fs::read(path) {
            Ok(now) if crate::load::Fingerprint::of(&now) != fp => {
                return Err(SaveError::ChangedOnDisk(path.clone()));
            }
            Err(_) => return Err(SaveError::DeletedOnDisk(path.clone())),
            Ok(_) => {}
        }
    }

    if let (Some(r), Some(rt)) = (&mut doc.roster, &roster_text)
        && rt != &r.text
    {
        keep_comments_backup(&r.path, r.has_comments, &r.text, &mut report)?;
        r.fingerprint = atomic::write(&r.path, rt.as_bytes(), Some(r.fingerprint))?;
        r.text = rt.clone();
        r.has_comments = false;
        report.written.push(r.path.clone());
    }
    if text != doc.text {
        keep_comments_backup(&doc.path, doc.has_comments, &doc.text, &mut report)?;
        doc.fingerprint = atomic::write(&doc.path, text.as_bytes(), Some(doc.fingerprint))?;
        doc.text = text;
        doc.has_comments = false;
        report.written.push(doc.path.clone());
    }
    Ok(report)
}

fn keep_comments_backup(
    path: &std::path::Path,
    has_comments: bool,
    original: &str,
    report: &mut SaveReport,
) -> Result<(), SaveError> {
    if !has_comments {
        return Ok(());
    }
    let bak = backup_path(path);
    if !bak.exists() {
        atomic::write(&bak, original.as_bytes(), None)?;
    }
    report.backups.push(bak);
    Ok(())
}

/// Writes a brand-new meeting file; refuses to replace an existing one.
pub fn create(
    path: &std::path::Path,
    meeting: &crate::domain::Meeting,
) -> Result<Document, SaveError> {
    if path.exists() {
        return Err(SaveError::Exists(path.to_path_buf()));
    }
    let text = canonical::meeting_yaml(meeting).map_err(|e| SaveError::Serialize(e.to_string()))?;
    let fingerprint = atomic::write(path, text.as_bytes(), None)?;
    Ok(Document {
        path: path.to_path_buf(),
        meeting: meeting.clone(),
        fingerprint,
        roster: None,
        has_comments: false,
        text,
    })
}
