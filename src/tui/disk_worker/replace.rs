//! A meeting's document replaced on the disk worker: "keep both" (mine
//! written under a new name), a merge with the file changed on disk (theirs
//! read and merged with mine; once its conflicts are decided, the merge
//! written), and "discard my edits" on a file deleted on disk. Each ends
//! in a new entry, checked and derived here, so the thread answering keys
//! only swaps it in: at 10× the generated agenda "keep both" alone held
//! the keys for most of a second.
//!
//! What the answer means (which entry it replaces, what is said) is
//! decided on the UI thread by [`replacing`](crate::tui::app::editing::replacing).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::check::Problem;
use crate::domain::{Meeting, Roster};
use crate::edit::{BaseJob, Editor};
use crate::load::Document;
use crate::save::{self, SaveError, merge};
use crate::tui::library::Entry;

/// What to do, with the copies it needs (taken on the UI thread: the
/// meeting's lists are shared, not copied).
#[derive(Debug, Clone)]
pub enum Replace {
    /// "Keep both": `meeting` (mine) written whole as the new file `target`.
    KeepBoth {
        meeting: Box<Meeting>,
        target: PathBuf,
    },
    /// A merge: the file at `path` as it is now (theirs) merged with `mine`
    /// over the base (what was loaded or last saved).
    Merge {
        path: PathBuf,
        mine: Box<Meeting>,
        base: Box<BaseJob>,
    },
    /// The merge, its conflicts decided, written over theirs through the
    /// one save routine.
    SaveMerged {
        theirs: Box<Document>,
        merged: Box<Meeting>,
    },
    /// The edits dropped: back to the base. `doc` carries the file's text
    /// (moved out of the editor), for the problems' lines.
    Discard {
        doc: Box<Document>,
        base: Box<BaseJob>,
    },
}

/// How it went.
#[derive(Debug)]
pub enum Outcome {
    /// The meeting's new entry (keep both, a merge saved, the edits
    /// dropped), checked and derived.
    Entry(Box<Entry>),
    /// Theirs, read, and the merge with mine (conflicts holding mine).
    Merged(Box<Document>, Box<merge::Merged>),
    /// Their file does not load: every error that stops it, as `plenary
    /// check` gives them (file, line, fix).
    Unreadable(Vec<Problem>),
    /// Mine and theirs cannot be merged: why.
    Unmergeable(String),
    /// Not written; nothing here changed.
    NotSaved(SaveError),
    /// Plenary failed (a bug): what it said, and the text a discard took
    /// along, to be given back.
    Failed(String, Option<Box<Document>>),
}

/// Carries out `what`; a panic becomes [`Outcome::Failed`], and the
/// organizer's edits stay where they are.
pub fn run(what: Replace, today: NaiveDate) -> Outcome {
    // A discard moved the file's text here: keep a copy to give back
    // should the rest fail (on this thread, the copy costs no key).
    let back = match &what {
        Replace::Discard { doc, .. } => Some(doc.clone()),
        _ => None,
    };
    match super::guarded(move || replace(what, today)) {
        Ok(o) => o,
        Err(why) => Outcome::Failed(why, back),
    }
}

fn replace(what: Replace, today: NaiveDate) -> Outcome {
    match what {
        Replace::KeepBoth { meeting, target } => keep_both(*meeting, &target, today),
        Replace::Merge { path, mine, base } => merged(&path, &mine, *base),
        Replace::SaveMerged { theirs, merged } => save_merged(*theirs, *merged, today),
        Replace::Discard { doc, base } => discard(*doc, *base, today),
    }
}

/// As [`Editor::save_as`] and a fresh check: a participant list kept in
/// its own file stays as it is; the new file holds everyone.
fn keep_both(mut meeting: Meeting, target: &Path, today: NaiveDate) -> Outcome {
    if let Roster::File { people, .. } = &meeting.participants {
        meeting.participants = Roster::Inline(people.clone());
    }
    match save::create(target, &meeting) {
        Ok(doc) => Outcome::Entry(Box::new(Entry::new(doc, today))),
        Err(err) => Outcome::NotSaved(err),
    }
}

/// As [`Editor::merge`], with theirs read from disk first.
fn merged(path: &Path, mine: &Meeting, base: BaseJob) -> Outcome {
    let theirs = match crate::load::load(path) {
        Ok(doc) => doc,
        Err(p) => return Outcome::Unreadable(crate::load::load_problems(path, p)),
    };
    let Some(base) = base.make() else {
        return Outcome::Unmergeable(crate::tr!("tui-merge-no-base"));
    };
    match merge::merge(&base, mine, &theirs.meeting) {
        Ok(m) => Outcome::Merged(Box::new(theirs), Box::new(m)),
        Err(err) => Outcome::Unmergeable(err.reason().to_string()),
    }
}

/// As [`Editor::save_merged`] and a fresh check.
fn save_merged(theirs: Document, merged: Meeting, today: NaiveDate) -> Outcome {
    let mut base = theirs.meeting.clone();
    let mut doc = theirs;
    doc.meeting = merged;
    match save::save_from(&mut doc, &mut base) {
        Ok(_) => {
            let e = Entry::of_editor(Editor::merged(doc, base), today);
            Outcome::Entry(Box::new(e))
        }
        Err(err) => Outcome::NotSaved(err),
    }
}

/// As [`Editor::discard_edits`] and a fresh check.
fn discard(mut doc: Document, base: BaseJob, today: NaiveDate) -> Outcome {
    let base = base.make().unwrap_or_else(|| save::base_from_text(&doc).0);
    doc.meeting = base;
    Outcome::Entry(Box::new(Entry::new(doc, today)))
}
