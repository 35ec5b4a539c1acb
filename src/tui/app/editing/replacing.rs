//! A meeting whose document is being replaced on the disk worker ("keep
//! both", a merge with the file changed on disk, dropping the edits; the
//! work is [`crate::tui::disk_worker::replace`]): what the footer says meanwhile,
//! which keys wait, and the answer swapped in.
//!
//! The screen, the other meetings and every look at this one stay live.
//! What would change or write this meeting is refused with a message that
//! names what is under way, rather than queued:
//! - an edit or undo: the worker holds the organizer's edits as they were
//!   when they answered the question. An edit made now could not be in
//!   the merged or kept file, and the swap would drop it; a merge or a
//!   "keep both" takes a second or two at most, so "make it again once
//!   that is done" is the honest answer, and nothing is lost silently;
//! - Ctrl-s, a second merge or "keep both", `E`: the work under way
//!   writes these very edits (or drops them, as asked); a second write of
//!   the same meeting would compare with a file about to change. Once it
//!   is done, Ctrl-s saves whatever is left, or asks again.
//!
//! A quit waits for it (as for a save): leaving would end the thread, and
//! mine with it. Edits being written or dropped as asked do not make `q`
//! ask again; a merge still reading theirs does (nothing is written yet).

use std::path::PathBuf;

use crate::save::SaveError;
use crate::tui::app::App;
use crate::tui::disk_worker::Job;
use crate::tui::disk_worker::replace::{Outcome, Replace};
use crate::tui::library::{Entry, Library, MeetingId};
use crate::tui::placed::drop_elsewhere;
use crate::tui::status::Level;

/// What is under way for a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Doing {
    /// Mine written as `target`; theirs (`original`) opened again after.
    KeepBoth { target: PathBuf, original: PathBuf },
    /// Theirs read and merged with mine; its conflicts are asked after.
    Merging,
    /// The merge written, its conflicts decided (`took` of them theirs);
    /// `before`: the problems shown until then, for the news after.
    SavingMerge {
        decided: usize,
        took: usize,
        before: super::news::Seen,
    },
    /// The edits dropped, back to the file as last loaded or saved.
    Discarding,
}

/// A replacement under way, and which document it was asked for.
#[derive(Debug, Clone)]
pub struct Replacing {
    pub doing: Doing,
    generation: u64,
}

impl Doing {
    /// Whether the edits are being written or dropped as asked (a quit
    /// then waits for it rather than asking about them).
    pub fn settles_edits(&self) -> bool {
        !matches!(self, Doing::Merging)
    }
}

/// "merging NAME with the version on disk…", for meeting `e`.
fn phrase(app: &App, e: MeetingId, d: &Doing) -> String {
    let file = super::saving::name(app, e);
    match d {
        Doing::KeepBoth { target, .. } => {
            crate::tr!("tui-busy-keeping-both", file = Library::show_path(target))
        }
        Doing::Merging => crate::tr!("tui-busy-merging", file = file),
        Doing::SavingMerge { .. } => crate::tr!("tui-busy-saving-merge", file = file),
        Doing::Discarding => crate::tr!("tui-busy-discarding", file = file),
    }
}

/// The footer's quiet marks: what is under way, per meeting.
pub fn marks(app: &App) -> Vec<String> {
    app.edit
        .disk
        .replacing
        .iter()
        .map(|(e, r)| phrase(app, *e, &r.doing))
        .collect()
}

/// Whether meeting `e` is being replaced.
pub fn is_busy(app: &App, e: MeetingId) -> bool {
    app.edit.disk.replacing.contains_key(&e)
}

/// An edit or undo of meeting `e`: refused while it is replaced, and said
/// (see the module); true when refused.
pub fn refuses_edit(app: &mut App, e: MeetingId) -> bool {
    refuses(app, e, "tui-busy-no-edit")
}

/// A save, a merge, "keep both" or `E` for meeting `e`: refused while it
/// is replaced, and said; true when refused.
pub fn refuses_write(app: &mut App, e: MeetingId) -> bool {
    refuses(app, e, "tui-busy-wait")
}

fn refuses(app: &mut App, e: MeetingId, key: &str) -> bool {
    let Some(r) = app.edit.disk.replacing.get(&e) else {
        return false;
    };
    let doing = phrase(app, e, &r.doing);
    app.say(Level::Warning, crate::tr!(key, doing = doing));
    true
}

/// Sends `what` for meeting `e` to the disk worker and says so.
pub(super) fn start(app: &mut App, e: MeetingId, doing: Doing, what: Replace) {
    let Some(x) = app.library.get(e) else {
        return;
    };
    let generation = x.editor.generation();
    app.say(Level::Note, phrase(app, e, &doing));
    let r = Replacing { doing, generation };
    app.edit.disk.replacing.insert(e, r);
    super::disk_watch::submit(
        app,
        Job::Replace {
            entry: e,
            generation,
            what: Box::new(what),
        },
    );
}

/// Meeting `e`'s entry replaced by `new` (its id kept); the old one is
/// freed on a thread of its own (a large meeting's lists take a while).
pub(super) fn swap(app: &mut App, e: MeetingId, mut new: Box<Entry>) {
    new.id = e;
    let old = std::mem::replace(&mut app.library[e], *new);
    drop_elsewhere(old);
}

/// The worker's answer for meeting `e`, asked for document `generation`.
pub(super) fn answer(app: &mut App, e: MeetingId, generation: u64, o: Outcome) {
    let Some(r) = app.edit.disk.replacing.remove(&e) else {
        return drop_elsewhere(o);
    };
    let same = app
        .library
        .get(e)
        .is_some_and(|x| x.editor.generation() == generation && r.generation == generation);
    if !same {
        // Nothing else replaces a meeting while this runs (see the
        // module); should it happen, the other document is left alone.
        return drop_elsewhere(o);
    }
    let doing = r.doing;
    match o {
        Outcome::Failed(why, back) => {
            if let Some(doc) = back {
                app.library[e].editor.not_written(*doc);
            }
            app.say(Level::Error, crate::tr!("tui-busy-failed", why = why));
        }
        o if doing == Doing::Merging => super::disk_merge::merged(app, e, o),
        Outcome::Entry(entry) => match doing {
            Doing::KeepBoth { target, original } => {
                super::saving::kept_both(app, e, entry, &original, &target);
            }
            Doing::SavingMerge {
                decided,
                took,
                before,
            } => super::disk_merge::saved(app, e, entry, &before, (decided, took)),
            Doing::Discarding => super::saving::dropped(app, e, entry),
            Doing::Merging => {}
        },
        Outcome::NotSaved(SaveError::ChangedOnDisk(_))
            if matches!(doing, Doing::SavingMerge { .. }) =>
        {
            let file = super::saving::name(app, e);
            app.say(
                Level::Warning,
                crate::tr!("tui-merge-changed-again", file = file),
            );
        }
        Outcome::NotSaved(err) => app.say(Level::Error, super::saving::not_saved(&err)),
        other => drop_elsewhere(other),
    }
    super::saving::hold_quit(app);
}
