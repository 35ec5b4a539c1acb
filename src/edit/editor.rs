//! A document open for editing: the loaded file, its undo history, and the
//! rules for writing it back without losing anyone's work.

use std::path::{Path, PathBuf};

use super::{EditError, History, Transaction};
use crate::domain::Meeting;
use crate::load::{self, Document, Fingerprint};
use crate::problem::Problem;
use crate::save::{self, SaveError, SaveReport};

/// How the file on disk compares with what was loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskState {
    Unchanged,
    /// Someone else changed the file (a `git pull`, another editor).
    Changed,
    Deleted,
}

#[derive(Debug, Clone)]
pub struct Editor {
    pub doc: Document,
    pub history: History,
    /// The meeting as the file on disk holds it (loaded or last saved): the
    /// base a save compares with to change only the edited lines, and a
    /// merge's common ancestor.
    pub base: Meeting,
}

impl Editor {
    pub fn new(doc: Document) -> Self {
        let base = doc.meeting.clone();
        Editor {
            doc,
            history: History::new(),
            base,
        }
    }

    pub fn apply(&mut self, tx: Transaction) -> Result<(), EditError> {
        self.history.apply(&mut self.doc.meeting, tx)
    }

    pub fn undo(&mut self) -> Result<Option<String>, EditError> {
        self.history.undo(&mut self.doc.meeting)
    }

    pub fn redo(&mut self) -> Result<Option<String>, EditError> {
        self.history.redo(&mut self.doc.meeting)
    }

    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Compares the meeting file and its participant list with what was loaded.
    pub fn disk_state(&self) -> DiskState {
        let files = std::iter::once((&self.doc.path, self.doc.fingerprint))
            .chain(self.doc.roster.as_ref().map(|r| (&r.path, r.fingerprint)));
        let mut state = DiskState::Unchanged;
        for (path, fp) in files {
            match Fingerprint::on_disk(path) {
                None => return DiskState::Deleted,
                Some(now) if now != fp => state = DiskState::Changed,
                Some(_) => {}
            }
        }
        state
    }

    /// Saves through the one save routine; refuses if the file changed on disk.
    pub fn save(&mut self) -> Result<SaveReport, SaveError> {
        let report = save::save_from(&mut self.doc, &mut self.base)?;
        self.history.mark_saved();
        Ok(report)
    }

    /// "Keep mine and overwrite": the user has seen that the file changed on
    /// disk and chose their version. A backup of the other version is kept.
    pub fn save_overwriting(&mut self) -> Result<(SaveReport, Vec<PathBuf>), SaveError> {
        let mut backups = Vec::new();
        let roster_path = self.doc.roster.as_ref().map(|r| r.path.clone());
        for path in std::iter::once(self.doc.path.clone()).chain(roster_path) {
            if let Ok(theirs) = std::fs::read(&path) {
                let mut bak = path.as_os_str().to_owned();
                bak.push(".theirs");
                let bak = PathBuf::from(bak);
                save::atomic::write(&bak, &theirs, None)?;
                backups.push(bak);
                let fp = Fingerprint::of(&theirs);
                if path == self.doc.path {
                    self.doc.fingerprint = fp;
                    self.doc.text = String::from_utf8_lossy(&theirs).into_owned();
                } else if let Some(r) = &mut self.doc.roster {
                    r.fingerprint = fp;
                    r.text = String::from_utf8_lossy(&theirs).into_owned();
                }
            }
        }
        // Their text is now the base; save::save reads it back from the text.
        let report = save::save(&mut self.doc)?;
        self.base = self.doc.meeting.clone();
        self.history.mark_saved();
        Ok((report, backups))
    }

    /// Takes a merge with the file as it is on disk now (`theirs`): theirs
    /// becomes the base, the merged meeting is written through the one save
    /// routine (keeping their layout). The undo history is dropped: its
    /// steps were made on the meeting before the merge. If the save fails,
    /// nothing here changes.
    pub fn save_merged(
        &mut self,
        theirs: Document,
        merged: Meeting,
    ) -> Result<SaveReport, SaveError> {
        let mut base = theirs.meeting.clone();
        let mut doc = theirs;
        doc.meeting = merged;
        let report = save::save_from(&mut doc, &mut base)?;
        self.doc = doc;
        self.base = base;
        self.history = History::new();
        Ok(report)
    }

    /// The file was deleted on disk: writes it again, the text last loaded
    /// or saved with the edits spliced in, as a save would have.
    pub fn recreate(&mut self) -> Result<SaveReport, SaveError> {
        let report = save::recreate(&mut self.doc, &mut self.base)?;
        self.history.mark_saved();
        Ok(report)
    }

    /// Drops the unsaved edits: back to the meeting last loaded or saved.
    pub fn discard_edits(&mut self) {
        self.doc.meeting = self.base.clone();
        self.history = History::new();
    }

    /// "Keep both": writes my version under a new name and opens that, leaving
    /// the changed file alone.
    pub fn save_as(&mut self, path: &Path) -> Result<SaveReport, SaveError> {
        let mut meeting = self.doc.meeting.clone();
        // A separate participant list stays where it is only if unchanged;
        // saving under a new name keeps everything in the one new file.
        if let crate::domain::Roster::File { people, .. } = &meeting.participants {
            meeting.participants = crate::domain::Roster::Inline(people.clone());
        }
        let doc = save::create(path, &meeting)?;
        self.base = doc.meeting.clone();
        self.doc = doc;
        self.history.mark_saved();
        Ok(SaveReport {
            written: vec![path.to_path_buf()],
            ..SaveReport::default()
        })
    }

    /// Reloads from disk, dropping unsaved edits and the history.
    #[allow(clippy::result_large_err)]
    pub fn reload(&mut self) -> Result<(), Problem> {
        self.doc = load::load(&self.doc.path)?;
        self.base = self.doc.meeting.clone();
        self.history = History::new();
        Ok(())
    }
}
