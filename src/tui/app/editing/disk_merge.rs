//! A file that changed on disk while it has unsaved edits here: merged
//! three ways (what was loaded, mine, theirs) by [`crate::save::merge`].
//! Changes to different records or fields merge with no question; each
//! field changed on both sides is shown with both values and decided one
//! by one (mine / theirs), or the merge is left for "save mine as"; the
//! result goes through the one save routine, which checks it reads back.
//! Their file is read and merged with mine on the disk worker, and the
//! decided merge written and checked there too
//! ([`crate::tui::disk_worker::replace`]): the keys never wait for either.

use std::sync::Arc;

use crate::domain::Meeting;
use crate::load::Document;
use crate::save::merge::Conflict;
use crate::save::resolve;
use crate::tui::app::App;
use crate::tui::disk_worker::replace::{Outcome, Replace};
use crate::tui::library::{Entry, Library, MeetingId};
use crate::tui::status::Level;
use crate::yaml::{self, Value};

use super::replacing::{self, Doing};
use super::saving::{self, name};
use super::{Answer, Confirm, Modal};

/// A merge waiting for its conflicts to be decided.
#[derive(Debug, Clone)]
pub struct PendingMerge {
    pub entry: MeetingId,
    /// The file as it is on disk now: the base of the save.
    theirs: Document,
    /// The merge so far, holding mine at each undecided conflict.
    merged: Meeting,
    conflicts: Vec<Conflict>,
    /// The next conflict to decide.
    at: usize,
    took_theirs: usize,
}

/// Ctrl-s found the file changed on disk (or "merge" was chosen): theirs
/// is read and merged with a copy of mine on the disk worker (a large
/// file takes a while to parse); the answer comes to [`merged`].
pub fn start(app: &mut App, e: MeetingId) {
    if replacing::refuses_write(app, e) {
        return;
    }
    let Some(x) = app.library.get(e) else {
        return;
    };
    let what = Replace::Merge {
        path: x.doc().path.clone(),
        mine: Box::new(x.meeting().clone()),
        base: Box::new(x.editor.base_job()),
    };
    replacing::start(app, e, Doing::Merging, what);
}

/// Theirs, read and merged with mine (or why not): ask about each field
/// changed on both sides, or save at once when there is none.
pub(super) fn merged(app: &mut App, e: MeetingId, o: Outcome) {
    // "Discard the edits and quit" while theirs was read: nothing to ask
    // or save any more.
    if app.library.get(e).is_none() || (app.quit && app.edit.quit_anyway) {
        return crate::tui::placed::drop_elsewhere(o);
    }
    match o {
        Outcome::Merged(theirs, m) => {
            // Theirs loads (again): the errors it had are gone.
            super::broken_disk::loads_again(app, e);
            next(
                app,
                Arc::new(PendingMerge {
                    entry: e,
                    theirs: *theirs,
                    merged: m.meeting,
                    conflicts: m.conflicts,
                    at: 0,
                    took_theirs: 0,
                }),
            )
        }
        // Theirs does not load: neither merged nor reloaded; every error
        // it has goes to Problems, and the question names the first.
        Outcome::Unreadable(problems) => super::broken_disk::theirs_broken(app, e, problems),
        // The dialog says "it cannot be merged" itself: only the reason here.
        Outcome::Unmergeable(why) => saving::ask_unmergeable(app, e, &why),
        other => crate::tui::placed::drop_elsewhere(other),
    }
}

/// The answer to one conflict: theirs or mine, then the next one.
pub fn decide(app: &mut App, p: Arc<PendingMerge>, theirs: bool) {
    // The question holding the other copy is gone by now: no copy made.
    let mut p = Arc::unwrap_or_clone(p);
    if let Some(c) = p.conflicts.get(p.at) {
        if theirs {
            match resolve::take_theirs(&mut p.merged, c) {
                Ok(()) => p.took_theirs += 1,
                Err(err) => app.say(
                    Level::Warning,
                    crate::tr!(
                        "tui-merge-kept-mine",
                        place = c.said(),
                        error = err.to_string()
                    ),
                ),
            }
        }
        p.at += 1;
    }
    next(app, Arc::new(p));
}

fn next(app: &mut App, p: Arc<PendingMerge>) {
    if p.at < p.conflicts.len() {
        ask(app, p);
    } else {
        finish(app, Arc::unwrap_or_clone(p));
    }
}

/// One conflict asked about. The merge is shared by the answers (theirs
/// holds the whole file's text: a copy per answer was 33 MB at 10×).
fn ask(app: &mut App, p: Arc<PendingMerge>) {
    let e = p.entry;
    let (n, at) = (p.conflicts.len(), p.at);
    let Some(c) = p.conflicts.get(at) else {
        return;
    };
    let mine_as = Library::show_path(&saving::mine_path(&app.library[e].doc().path));
    let mut lines = vec![
        crate::tr!("tui-merge-ask-1", file = name(app, e)),
        crate::tr!("tui-merge-ask-2", n = n),
        " ".to_string(),
        crate::tr!("tui-merge-ask-at", at = at + 1, n = n, place = c.said()),
    ];
    lines.extend(shown(&crate::tr!("tui-merge-mine"), c.mine.as_ref()));
    lines.extend(shown(&crate::tr!("tui-merge-theirs"), c.theirs.as_ref()));
    lines.extend(shown(&crate::tr!("tui-merge-before"), c.base.as_ref()));
    let q = Confirm::new(crate::tr!("tui-merge-ask-title", at = at + 1, n = n), lines)
        .choice(
            'm',
            crate::tr!("tui-merge-keep-mine"),
            Answer::Resolve(p.clone(), false),
        )
        .choice(
            't',
            crate::tr!("tui-merge-take-theirs"),
            Answer::Resolve(p, true),
        )
        .choice(
            'k',
            crate::tr!("tui-merge-stop", file = mine_as.as_str()),
            Answer::KeepBoth(e),
        )
        .on_cancel(Answer::Later(e));
    app.edit.push(Modal::Confirm(q));
}

/// A side's value, a few lines at most: `  mine:   10:15`.
fn shown(side: &str, v: Option<&Value>) -> Vec<String> {
    let label = format!("  {side}:");
    let text = match v {
        None => return vec![format!("{label:<10}{}", crate::tr!("tui-merge-deleted"))],
        Some(v) => yaml::to_string(v).unwrap_or_default(),
    };
    let body: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, l) in body.iter().take(6).enumerate() {
        let head = if i == 0 { label.as_str() } else { "" };
        out.push(format!("{head:<10}{l}"));
    }
    if body.len() > 6 {
        out.push(format!(
            "{:<10}{}",
            "",
            crate::tr!("tui-merge-more-lines", n = body.len() - 6)
        ));
    }
    out
}

/// Every conflict decided: the merge is written over theirs, and checked,
/// on the disk worker; the answer comes to [`saved`].
fn finish(app: &mut App, p: PendingMerge) {
    let e = p.entry;
    let Some(x) = app.library.get(e) else {
        return;
    };
    let doing = Doing::SavingMerge {
        decided: p.conflicts.len(),
        took: p.took_theirs,
        before: super::news::seen(&x.problems),
    };
    let what = Replace::SaveMerged {
        theirs: Box::new(p.theirs),
        merged: Box::new(p.merged),
    };
    replacing::start(app, e, doing, what);
}

/// The merge was written: its entry replaces mine (a new history: the
/// old steps were made on the meeting before the merge), and that is said
/// with the problems it brought (against `before`).
pub(super) fn saved(
    app: &mut App,
    e: MeetingId,
    entry: Box<Entry>,
    before: &super::news::Seen,
    (decided, took): (usize, usize),
) {
    let (new, _) = super::news::counts(before, &entry.problems);
    replacing::swap(app, e, entry);
    let shown = name(app, e);
    let path = app.library[e].doc().path.clone();
    app.edit.deferred.retain(|x| *x != path);
    let news = match new {
        0 => String::new(),
        new => format!(" · {}", crate::tr!("tui-problems-new", n = new)),
    };
    let how = if decided == 0 {
        crate::tr!("tui-merge-none-both")
    } else {
        crate::tr!(
            "tui-merge-decided",
            n = decided,
            mine = decided - took,
            theirs = took
        )
    };
    let said = crate::tr!("tui-merge-saved", file = shown.as_str(), how = how);
    app.say(Level::Note, format!("{said}{news}"));
    app.documents_changed();
}
