//! "Keep mine and overwrite": the user has seen that a file changed on
//! disk and chose their own version. Theirs is kept beside it
//! (`NAME.yaml.theirs`) and becomes the base, so mine is written in their
//! layout through the one save routine. Works on a [`Document`] alone, so
//! the TUI runs it on its disk worker with a copy of the meeting.

use std::path::PathBuf;

use super::{SaveError, SaveReport, atomic};
use crate::load::{Document, Fingerprint};

/// Writes `doc.meeting` over the files on disk, a backup of each one first.
/// Returns the report and the backups. `doc`'s texts and fingerprints
/// become what was written; a file that cannot be read keeps its text and
/// the save then refuses it as deleted, before writing anything of mine.
pub fn overwrite(doc: &mut Document) -> Result<(SaveReport, Vec<PathBuf>), SaveError> {
    let mut backups = Vec::new();
    let roster_path = doc.roster.as_ref().map(|r| r.path.clone());
    for path in std::iter::once(doc.path.clone()).chain(roster_path) {
        let Ok(theirs) = std::fs::read(&path) else {
            continue;
        };
        let mut bak = path.as_os_str().to_owned();
        bak.push(".theirs");
        let bak = PathBuf::from(bak);
        atomic::write(&bak, &theirs, None)?;
        backups.push(bak);
        let fp = Fingerprint::of(&theirs);
        let text = String::from_utf8_lossy(&theirs).into_owned();
        if path == doc.path {
            (doc.fingerprint, doc.text) = (fp, text);
        } else if let Some(r) = &mut doc.roster {
            (r.fingerprint, r.text) = (fp, text);
        }
    }
    // Their text is now the base; save::save reads it back from the text.
    let report = super::save(doc)?;
    Ok((report, backups))
}
