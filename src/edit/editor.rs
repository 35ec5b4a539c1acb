//! A document open for editing: the loaded file, its undo history, and the
//! rules for writing it back without losing anyone's work.

use std::path::{Path, PathBuf};

use super::{EditError, History, SavePoint, Transaction};
use crate::domain::Meeting;
use crate::load::{self, Document, Fingerprint};
use crate::problem::Problem;
use crate::save::{self, SaveError, SaveReport, merge};

/// How the file on disk compares with what was loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskState {
    Unchanged,
    /// Someone else changed the file (a `git pull`, another editor).
    Changed,
    Deleted,
}

/// What the base (see [`Editor`]) is made from on another thread: the
/// base itself when it is kept, else the meeting now with the history to
/// take it back to the last save through. Made on a worker, a large
/// meeting's rewind (its lists copied where the steps touch them) costs
/// the thread answering keys nothing.
#[derive(Debug, Clone)]
pub enum BaseJob {
    Kept(Meeting),
    Rewind(Meeting, History),
}

impl BaseJob {
    /// The base; `None` when the history cannot take the meeting back
    /// (it does not happen: undo relies on the same steps); the caller
    /// then says so rather than guess.
    pub fn make(self) -> Option<Meeting> {
        match self {
            BaseJob::Kept(m) => Some(m),
            BaseJob::Rewind(mut m, h) => match h.rewind_to_saved(&mut m) {
                Ok(true) => Some(m),
                _ => None,
            },
        }
    }
}

#[derive(Debug, Clone)]
pub struct Editor {
    pub doc: Document,
    pub history: History,
    /// The meeting as the file on disk holds it (loaded or last saved): the
    /// base a save compares with to change only the edited lines, and a
    /// merge's common ancestor. `None` while it is `doc.meeting` taken back
    /// through the history to the last save: made only when wanted (a save,
    /// a merge, dropping the edits), so opening a file copies no meeting
    /// (a copy of the 10× agenda took most of half a second).
    base: Option<Meeting>,
    /// The meeting file's text is with a save on the disk worker
    /// ([`Editor::save_job`]): `doc.text` is empty until it comes back, so
    /// nothing may be located in it, nor the file opened by its lines.
    text_away: bool,
    /// Which document this is: a new one for each document read or
    /// written under another name (`save_as`, a merge, a reload), so an
    /// answer about one replaced meanwhile is not put into the other.
    generation: u64,
}

/// Each [`Editor`]'s document its own number (see `generation`).
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Editor {
    pub fn new(doc: Document) -> Self {
        Editor {
            doc,
            history: History::new(),
            base: None,
            text_away: false,
            generation: next_generation(),
        }
    }

    /// Whether the meeting file's text is with a save on the worker (see
    /// the field): its lines cannot be read here until the save is back.
    pub fn text_away(&self) -> bool {
        self.text_away
    }

    /// Which document this is (see the field): a save's answer is put in
    /// only when it is still the same.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The document was replaced by another one.
    fn replaced(&mut self) {
        self.text_away = false;
        self.generation = next_generation();
    }

    pub fn apply(&mut self, tx: Transaction) -> Result<(), EditError> {
        // An edit after undoing past the save drops the redo stack the save
        // is on: the base is made from it first.
        if self.base.is_none() && !self.history.saved_behind() {
            self.base = Some(self.make_base());
        }
        self.history.apply(&mut self.doc.meeting, tx)
    }

    /// The meeting as the file on disk holds it (see the field).
    pub fn base(&mut self) -> &Meeting {
        if self.base.is_none() {
            self.base = Some(self.make_base());
        }
        self.base.get_or_insert_default()
    }

    /// Mine (the meeting now) merged with `theirs`, the file as it is on
    /// disk now, over the base as their common ancestor.
    pub fn merge(&mut self, theirs: &Meeting) -> Result<merge::Merged, merge::MergeError> {
        let base = self.take_base();
        let merged = merge::merge(&base, &self.doc.meeting, theirs);
        self.base = Some(base);
        merged
    }

    /// What the base is made from on another thread (see [`BaseJob`]):
    /// a copy of the meeting (its lists shared) and of the history.
    pub fn base_job(&self) -> BaseJob {
        match &self.base {
            Some(b) => BaseJob::Kept(b.clone()),
            None => BaseJob::Rewind(self.doc.meeting.clone(), self.history.clone()),
        }
    }

    /// What dropping the edits needs on another thread ("discard" on a
    /// file deleted on disk): the document, its text moved out as for a
    /// save (it comes back with the answer, or through
    /// [`Editor::not_written`]), and what its base is made from.
    pub fn discard_job(&mut self) -> (Document, BaseJob) {
        let base = self.base_job();
        let d = &mut self.doc;
        let doc = Document {
            path: d.path.clone(),
            meeting: d.meeting.clone(),
            fingerprint: d.fingerprint,
            roster: d.roster.clone(),
            has_comments: d.has_comments,
            text: std::mem::take(&mut d.text),
        };
        self.text_away = true;
        (doc, base)
    }

    /// An editor for a document just written by a merge (see
    /// [`Editor::save_merged`]): `base` is what the file now holds; no
    /// history (its steps were made on the meeting before the merge).
    pub fn merged(doc: Document, base: Meeting) -> Editor {
        let mut e = Editor::new(doc);
        e.base = Some(base);
        e
    }

    /// [`Editor::base`], taken out (to be put back or replaced).
    fn take_base(&mut self) -> Meeting {
        self.base.take().unwrap_or_else(|| self.make_base())
    }

    /// The meeting now, taken back to the last save through the history;
    /// should that fail (it does not: undo relies on the same steps), read
    /// from the text as loaded or saved.
    fn make_base(&self) -> Meeting {
        let mut m = self.doc.meeting.clone();
        match self.history.rewind_to_saved(&mut m) {
            Ok(true) => m,
            _ => save::base_from_text(&self.doc).0,
        }
    }

    pub fn undo(&mut self) -> Result<Option<String>, EditError> {
        self.history.undo(&mut self.doc.meeting)
    }

    /// See [`History::withdraw`]; returns the transaction taken back.
    pub fn withdraw(&mut self, at: SavePoint) -> Result<Option<Transaction>, EditError> {
        self.history.withdraw(&mut self.doc.meeting, at)
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
        let mut base = self.take_base();
        let saved = save::save_from(&mut self.doc, &mut base);
        self.base = Some(base);
        let report = saved?;
        self.history.mark_saved();
        Ok(report)
    }

    /// "Keep mine and overwrite": the user has seen that the file changed on
    /// disk and chose their version. A backup of the other version is kept.
    pub fn save_overwriting(&mut self) -> Result<(SaveReport, Vec<PathBuf>), SaveError> {
        let done = save::overwrite::overwrite(&mut self.doc)?;
        self.history.mark_saved();
        // The meeting now is what was written: the base is it.
        self.base = None;
        Ok(done)
    }

    /// What [`save::overwrite::overwrite`] needs to write mine on another
    /// thread while edits go on here: a copy of the meeting and the
    /// files' names and fingerprints (no texts: theirs replaces them), and
    /// the point in the history it was copied at.
    pub fn overwrite_job(&self) -> (Document, SavePoint) {
        let d = &self.doc;
        let doc = Document {
            path: d.path.clone(),
            meeting: d.meeting.clone(),
            fingerprint: d.fingerprint,
            roster: d.roster.as_ref().map(|r| load::RosterSource {
                path: r.path.clone(),
                fingerprint: r.fingerprint,
                has_comments: r.has_comments,
                text: String::new(),
            }),
            has_comments: d.has_comments,
            text: String::new(),
        };
        (doc, self.history.point())
    }

    /// What [`save::save_from`] needs to write the meeting on another
    /// thread while edits go on here (a plain save): a copy of the
    /// document (its lists shared) with the meeting file's text moved
    /// into it (copying 33 MB took 50 ms; the text here is wanted again
    /// only once the meeting is back at a save, and comes back with the
    /// answer: [`Editor::written`], [`Editor::not_written`]), the base it
    /// is compared with, and the point in the history it was copied at.
    pub fn save_job(&mut self) -> (Document, Meeting, SavePoint) {
        let base = self.base().clone();
        let d = &mut self.doc;
        let doc = Document {
            path: d.path.clone(),
            meeting: d.meeting.clone(),
            fingerprint: d.fingerprint,
            roster: d.roster.clone(),
            has_comments: d.has_comments,
            text: std::mem::take(&mut d.text),
        };
        self.text_away = true;
        (doc, base, self.history.point())
    }

    /// A [`Editor::save_job`] that was not written: its text comes back,
    /// and each file's state as the save left it (a participant list
    /// written before the meeting file failed is known as written), as a
    /// failed save here always left them. The edits stay unsaved.
    pub fn not_written(&mut self, job: Document) {
        self.text_away = false;
        let d = &mut self.doc;
        (d.fingerprint, d.text, d.has_comments) = (job.fingerprint, job.text, job.has_comments);
        if let (Some(mine), Some(r)) = (&mut d.roster, job.roster) {
            (mine.fingerprint, mine.text, mine.has_comments) =
                (r.fingerprint, r.text, r.has_comments);
        }
    }

    /// A job ([`Editor::save_job`], [`Editor::overwrite_job`]) was written
    /// (`written`: its document after the save, its meeting what the file
    /// now holds): the files are now what it wrote, its meeting the base,
    /// and the history saved at `at`; edits made since stay unsaved.
    pub fn written(&mut self, written: Document, at: SavePoint) {
        self.text_away = false;
        let d = &mut self.doc;
        (d.fingerprint, d.text, d.has_comments) =
            (written.fingerprint, written.text, written.has_comments);
        if let (Some(mine), Some(w)) = (&mut d.roster, written.roster) {
            (mine.fingerprint, mine.text, mine.has_comments) =
                (w.fingerprint, w.text, w.has_comments);
        }
        self.base = Some(written.meeting);
        self.history.mark_saved_at(at);
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
        self.base = Some(base);
        self.history = History::new();
        self.replaced();
        Ok(report)
    }

    /// The file was deleted on disk: writes it again, the text last loaded
    /// or saved with the edits spliced in, as a save would have.
    pub fn recreate(&mut self) -> Result<SaveReport, SaveError> {
        let mut base = self.take_base();
        let recreated = save::recreate(&mut self.doc, &mut base);
        self.base = Some(base);
        let report = recreated?;
        self.history.mark_saved();
        Ok(report)
    }

    /// Drops the unsaved edits: back to the meeting last loaded or saved.
    pub fn discard_edits(&mut self) {
        self.doc.meeting = self.take_base();
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
        self.base = None;
        self.doc = doc;
        self.history.mark_saved();
        self.replaced();
        Ok(SaveReport {
            written: vec![path.to_path_buf()],
            ..SaveReport::default()
        })
    }

    /// Reloads from disk, dropping unsaved edits and the history.
    #[allow(clippy::result_large_err)]
    pub fn reload(&mut self) -> Result<(), Problem> {
        self.doc = load::load(&self.doc.path)?;
        self.base = None;
        self.history = History::new();
        self.replaced();
        Ok(())
    }
}
