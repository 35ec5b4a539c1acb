//! A file that changed on disk while it has unsaved edits here: merged
//! three ways (what was loaded, mine, theirs) by [`crate::save::merge`].
//! Changes to different records or fields merge with no question; each
//! field changed on both sides is shown with both values and decided one
//! by one (mine / theirs), or the merge is left for "save mine as"; the
//! result goes through the one save routine, which checks it reads back.
//! Their file is parsed on the disk worker, never on the UI thread.

use crate::domain::Meeting;
use crate::load::Document;
use crate::save::merge::Conflict;
use crate::save::{SaveError, resolve};
use crate::tui::app::App;
use crate::tui::library::{Library, MeetingId};
use crate::tui::status::Level;
use crate::yaml::{self, Value};

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

/// Ctrl-s found the file changed on disk: theirs is read on the disk
/// worker (a large file takes a while to parse), then merged in.
pub fn start(app: &mut App, e: MeetingId) {
    super::disk_watch::read_theirs(app, e);
}

/// Their version, read: merge it with mine, then ask about each field
/// changed on both sides.
pub fn with_theirs(
    app: &mut App,
    e: MeetingId,
    theirs: Result<Document, Vec<crate::problem::Problem>>,
) {
    let Some(entry) = app.library.get_mut(e) else {
        return;
    };
    let theirs = match theirs {
        Ok(doc) => doc,
        // Theirs does not load: neither merged nor reloaded (see there).
        Err(problems) => return super::broken_disk::theirs_broken(app, e, problems),
    };
    match entry.editor.merge(&theirs.meeting) {
        Ok(m) => next(
            app,
            Box::new(PendingMerge {
                entry: e,
                theirs,
                merged: m.meeting,
                conflicts: m.conflicts,
                at: 0,
                took_theirs: 0,
            }),
        ),
        // The dialog says "it cannot be merged" itself: only the reason here.
        Err(err) => saving::ask_unmergeable(app, e, err.reason()),
    }
}

/// The answer to one conflict: theirs or mine, then the next one.
pub fn decide(app: &mut App, mut p: Box<PendingMerge>, theirs: bool) {
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
    next(app, p);
}

fn next(app: &mut App, p: Box<PendingMerge>) {
    if p.at < p.conflicts.len() {
        ask(app, p);
    } else {
        finish(app, *p);
    }
}

fn ask(app: &mut App, p: Box<PendingMerge>) {
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

fn finish(app: &mut App, p: PendingMerge) {
    let e = p.entry;
    let shown = name(app, e);
    let decided = p.conflicts.len();
    let took = p.took_theirs;
    let before = super::news::seen(&app.library[e].problems);
    let r = app.library[e].editor.save_merged(p.theirs, p.merged);
    match r {
        Ok(_) => {
            let path = app.library[e].doc().path.clone();
            app.edit.deferred.retain(|x| *x != path);
            app.library[e].refresh(app.today);
            let news = match super::news::counts(&before, &app.library[e].problems) {
                (0, _) => String::new(),
                (new, _) => format!(" · {}", crate::tr!("tui-problems-new", n = new)),
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
        Err(SaveError::ChangedOnDisk(_)) => app.say(
            Level::Warning,
            crate::tr!("tui-merge-changed-again", file = shown.as_str()),
        ),
        Err(err) => app.say(Level::Error, saving::not_saved(&err)),
    }
}
