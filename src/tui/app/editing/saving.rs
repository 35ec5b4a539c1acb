//! Saving from the TUI: `Ctrl-s` and `:w` through the one save routine,
//! quitting with unsaved edits, and a file that changed on disk. No path
//! here writes over someone else's version without asking first.
//!
//! A save is written on the disk worker from a copy of the document (its
//! lists shared, its texts copied; at 10× the generated agenda the write
//! held the keys for most of a second): keys and edits go on meanwhile,
//! the footer says "saving…", and the answer marks the history saved where
//! the copy was taken, so an edit made during the write stays unsaved. A
//! quit waits for the writes under way.

use crate::tui::status::Level;
use std::path::{Path, PathBuf};

use super::disk_watch::Writing;
use super::replacing::Doing;
use super::{Answer, Confirm, Modal, any_unsaved, unsaved};
use crate::save::{SaveError, SaveReport};
use crate::tui::app::App;
use crate::tui::disk_worker::replace::Replace;
use crate::tui::disk_worker::{Job, Stamps, Written, Wrote};

/// A write's outcome as the worker tells it.
type WriteResult = Result<Result<(SaveReport, Vec<PathBuf>), SaveError>, String>;
use crate::tui::library::{Library, MeetingId};

fn quit_title() -> String {
    crate::tr!("tui-quit-title")
}

pub(super) fn name(app: &App, e: MeetingId) -> String {
    app.library
        .get(e)
        .map(|x| Library::show_path(&x.doc().path))
        .unwrap_or_default()
}

/// Saves the current meeting; asks first when the save would drop comments.
pub fn save_current(app: &mut App, then_quit: bool) {
    // The Follow-ups view across every meeting may have changed several.
    let targets = app.save_targets();
    if !targets.is_empty() {
        let mut saved = Vec::new();
        for e in targets {
            save_entry(app, e, then_quit);
            if !app.edit.modals.is_empty() {
                return;
            }
            saved.push(name(app, e));
        }
        if saved.len() > 1 {
            // With the worker, each says "saved" itself when it is written.
            let key = if app.edit.disk.writing.is_empty() {
                "tui-saved"
            } else {
                "tui-saving"
            };
            app.say(Level::Note, crate::tr!(key, files = saved.join(", ")));
        }
        return;
    }
    let Some(e) = app.current() else {
        app.say(Level::Warning, crate::tr!("tui-no-meeting-to-save"));
        return;
    };
    save_entry(app, e, then_quit);
}

fn save_entry(app: &mut App, e: MeetingId, then_quit: bool) {
    // Being merged, kept as mine or dropped on the worker: that writes
    // these edits (see `replacing`); a quit asked with it waits for it.
    if super::replacing::is_busy(app, e) {
        if then_quit {
            quit_now(app, false);
        } else {
            super::replacing::refuses_write(app, e);
        }
        return;
    }
    // Being written: saved again once that is back, if anything is left
    // to save then (undoing back to the last save meanwhile is not "no
    // changes": the write under way changes the file).
    if save_again(app, e, then_quit) {
        return;
    }
    let Some(entry) = app.library.get(e) else {
        return;
    };
    if !entry.editor.is_dirty() {
        app.say(
            Level::Note,
            crate::tr!("tui-file-no-changes", file = name(app, e)),
        );
        if then_quit {
            app.quit = !any_unsaved(app);
        }
        return;
    }
    write(app, e, then_quit);
}

/// Ctrl-s: the meeting as it is now, written on the disk worker (see the
/// module); the answer comes back to [`written`].
fn write(app: &mut App, e: MeetingId, then_quit: bool) {
    write_as(app, e, then_quit, Wrote::Save);
}

/// [`write`], or "recreate" a file deleted on disk (`how`).
fn write_as(app: &mut App, e: MeetingId, then_quit: bool, how: Wrote) {
    if still_writing(app, e) || super::replacing::refuses_write(app, e) {
        return;
    }
    let Some(x) = app.library.get_mut(e) else {
        return;
    };
    let (generation, path) = (x.editor.generation(), x.doc().path.clone());
    let (doc, base, at) = x.editor.save_job();
    let problems = x.problems_to_place();
    let w = Writing {
        at,
        then_quit,
        path,
        generation,
        again: None,
    };
    app.edit.disk.writing.insert(e, w);
    app.say(Level::Note, crate::tr!("tui-saving", files = name(app, e)));
    let (doc, base) = (Box::new(doc), Box::new(base));
    super::disk_watch::submit(
        app,
        Job::Save {
            entry: e,
            doc,
            base,
            at,
            how,
            problems,
        },
    );
}

/// "saved FILE", and the copies kept of comments the save dropped.
fn saved_text(shown: String, report: &SaveReport) -> String {
    let mut msg = crate::tr!("tui-saved", files = shown);
    if !report.backups.is_empty() {
        let b: Vec<String> = report
            .backups
            .iter()
            .map(|p| Library::show_path(p))
            .collect();
        msg.push_str(" · ");
        msg.push_str(&crate::tr!("tui-comments-kept", files = b.join(", ")));
    }
    msg
}

/// "Keep mine": theirs is read, kept beside and mine written over it on
/// the disk worker (seconds for a large agenda), from a copy of the
/// meeting as it is now; keys, and edits, go on meanwhile.
fn overwrite(app: &mut App, e: MeetingId) {
    if still_writing(app, e) || super::replacing::refuses_write(app, e) {
        return;
    }
    let Some(x) = app.library.get(e) else {
        return;
    };
    let (doc, at) = x.editor.overwrite_job();
    let problems = x.problems_to_place();
    let w = Writing {
        at,
        then_quit: false,
        path: x.doc().path.clone(),
        generation: x.editor.generation(),
        again: None,
    };
    app.edit.disk.writing.insert(e, w);
    app.say(
        Level::Note,
        crate::tr!("tui-saving-over", file = name(app, e)),
    );
    let doc = Box::new(doc);
    super::disk_watch::submit(
        app,
        crate::tui::disk_worker::Job::Overwrite {
            entry: e,
            doc,
            at,
            problems,
        },
    );
}

/// A save of meeting `e` while it is being written: recorded, to be made
/// when the write is back ([`written`]), and said; false when it is not
/// being written.
fn save_again(app: &mut App, e: MeetingId, then_quit: bool) -> bool {
    let Some(w) = app.edit.disk.writing.get_mut(&e) else {
        return false;
    };
    w.again = Some(w.again.unwrap_or(false) | then_quit);
    app.say(
        Level::Note,
        crate::tr!("tui-save-when-saved", file = name(app, e)),
    );
    true
}

/// Says so when meeting `e` is being written on the worker: another save
/// of it waits until that is done (it would compare with the file as it
/// was before).
fn still_writing(app: &mut App, e: MeetingId) -> bool {
    let writing = app.edit.disk.writing.contains_key(&e);
    if writing {
        app.say(
            Level::Warning,
            crate::tr!("tui-still-saving", file = name(app, e)),
        );
    }
    writing
}

/// The worker's answer to [`write`] or [`overwrite`]: the meeting is
/// saved as it was copied (edits made since stay unsaved), or nothing
/// changed here and why is said (a file changed or deleted on disk meanwhile
/// asks, as a save always has).
pub(super) fn written(app: &mut App, e: MeetingId, w: Written, stamps: Stamps) {
    let writing = app.edit.disk.writing.remove(&e);
    let Some(x) = app.library.get(e) else {
        return;
    };
    let same = writing
        .as_ref()
        .is_none_or(|k| k.path == x.doc().path && k.generation == x.editor.generation());
    if !same {
        return replaced(app, w);
    }
    let then_quit = writing.as_ref().is_some_and(|x| x.then_quit);
    let ok = matches!(w.result, Ok(Ok(_)));
    put_in(app, e, w, then_quit, stamps);
    // A failed write is not tried again by itself: it says why.
    if let Some(quit) = writing.and_then(|x| x.again)
        && ok
    {
        again(app, e, quit);
    }
}

/// A save asked for while meeting `e` was written, now that it is back:
/// made if the history moved past what was written (the person's edits
/// since, or undoing back before it), else the quit asked for goes ahead.
fn again(app: &mut App, e: MeetingId, then_quit: bool) {
    if !app.edit.modals.is_empty() {
        return; // a question about the write came up: it comes first
    }
    let dirty = app.library.get(e).is_some_and(|x| x.editor.is_dirty());
    if dirty {
        write(app, e, then_quit);
    } else if then_quit {
        app.quit = !any_unsaved(app);
        hold_quit(app);
    }
}

/// The answer for a document replaced while it was written ("keep both",
/// a merge, a reload): what happened to the file is said, the document
/// here is left alone.
fn replaced(app: &mut App, w: Written) {
    crate::tui::placed::drop_elsewhere(w.placed);
    let file = Library::show_path(&w.doc.path);
    match w.result {
        Ok(Ok(_)) => app.say(Level::Note, crate::tr!("tui-saved", files = file)),
        Ok(Err(err)) => app.say(Level::Error, not_saved(&err)),
        Err(bug) => app.say(Level::Error, bug),
    }
    hold_quit(app);
}

/// [`written`] for the document the write was taken from.
fn put_in(app: &mut App, e: MeetingId, w: Written, then_quit: bool, stamps: Stamps) {
    let save = w.what == Wrote::Save;
    if w.what != Wrote::Overwrite && !matches!(w.result, Ok(Ok(_))) {
        app.library[e].editor.not_written(w.doc);
        return failed(app, e, w.result, save);
    }
    match w.result {
        Ok(Ok((report, backups))) => {
            app.library[e].editor.written(w.doc, w.at);
            if let Some(placed) = w.placed {
                // The text on disk is the one written: its lines again.
                app.library[e].written_placed(placed);
            }
            super::disk_watch::written_stamps(app, e, stamps);
            let path = app.library[e].doc().path.clone();
            app.edit.deferred.retain(|p| *p != path);
            let text = match w.what {
                Wrote::Save => saved_text(name(app, e), &report),
                Wrote::Recreate => crate::tr!("tui-recreated", file = name(app, e)),
                Wrote::Overwrite => {
                    let b: Vec<String> = backups.iter().map(|p| Library::show_path(p)).collect();
                    crate::tr!("tui-saved-over", file = name(app, e), theirs = b.join(", "))
                }
            };
            app.say(Level::Note, text);
            super::restore_unsaved::saved(app, e, w.at);
            app.forget_unused_rooms(e);
            app.documents_changed();
            if then_quit && !any_unsaved(app) {
                app.quit = true;
            }
        }
        Ok(Err(err)) => app.say(Level::Error, not_saved(&err)),
        Err(bug) => app.say(Level::Error, bug),
    }
    hold_quit(app);
}

/// A write that failed (`save`: a plain save, whose file changed or
/// deleted on disk meanwhile asks, as a save always has).
fn failed(app: &mut App, e: MeetingId, r: WriteResult, save: bool) {
    match r {
        Ok(Err(SaveError::ChangedOnDisk(_))) if save => super::disk_merge::start(app, e),
        Ok(Err(SaveError::DeletedOnDisk(_))) if save => ask_deleted(app, e),
        Ok(Err(err)) => app.say(Level::Error, not_saved(&err)),
        Err(bug) => app.say(Level::Error, bug),
        Ok(Ok(_)) => {}
    }
    hold_quit(app);
}

/// A quit that waited for the writes goes ahead only if nothing is left
/// unsaved (a write failed, or an edit came meanwhile), unless the person
/// chose to drop the edits; otherwise the app stays, and says why.
pub(super) fn hold_quit(app: &mut App) {
    if !app.quit || app.edit.quit_anyway || !any_unsaved(app) {
        return;
    }
    app.quit = false;
    let still = crate::tr!("tui-not-quitting");
    let (level, text) = match app.status.take() {
        Some(s) => (s.level, format!("{} · {still}", s.text)),
        None => (Level::Warning, still),
    };
    app.say(level, text);
}

/// Quits (`anyway`: whatever is unsaved); a write under way is waited
/// for first (the run loop asks [`may_exit`]), and that is said.
fn quit_now(app: &mut App, anyway: bool) {
    app.quit = true;
    app.edit.quit_anyway |= anyway;
    let writing: Vec<MeetingId> = app.edit.disk.writing.keys().copied().collect();
    if !writing.is_empty() {
        let files: Vec<String> = writing.iter().map(|e| name(app, *e)).collect();
        app.say(
            Level::Note,
            crate::tr!("tui-quit-when-saved", files = files.join(", ")),
        );
    } else if !app.edit.disk.replacing.is_empty() {
        // Merged, kept as mine or dropped on the worker: said as it is.
        let doing = super::replacing::marks(app).join(" · ");
        app.say(Level::Note, crate::tr!("tui-quit-when-done", doing = doing));
    }
}

/// Whether the run loop may end now: the app quits, and nothing is being
/// written, merged or kept as mine (ending then would drop the work, and
/// the edits with it).
pub fn may_exit(app: &App) -> bool {
    app.quit && app.edit.disk.writing.is_empty() && app.edit.disk.replacing.is_empty()
}

/// Noticed while watching: the file changed on disk while it has unsaved
/// edits here. Merging (what Ctrl-s does) is offered first.
pub fn ask_changed_on_disk(app: &mut App, e: MeetingId) {
    let shown = name(app, e);
    let mine = Library::show_path(&mine_path(&app.library[e].doc().path));
    app.edit.push(Modal::Confirm(
        Confirm::new(
            crate::tr!("tui-disk-changed-title"),
            vec![
                crate::tr!("tui-disk-changed-1", file = shown.as_str()),
                crate::tr!("tui-disk-changed-2"),
                crate::tr!("tui-disk-merge-3"),
                crate::tr!("tui-disk-merge-4"),
            ],
        )
        .choice('m', crate::tr!("tui-disk-merge"), Answer::MergeDisk(e))
        .choice(
            'k',
            crate::tr!("tui-disk-keep-both", file = mine.as_str()),
            Answer::KeepBoth(e),
        )
        .on_cancel(Answer::Later(e)),
    ));
}

/// The file was deleted or moved on disk while it has unsaved edits here.
pub fn ask_deleted(app: &mut App, e: MeetingId) {
    let shown = name(app, e);
    let mine = Library::show_path(&mine_path(&app.library[e].doc().path));
    app.edit.push(Modal::Confirm(
        Confirm::new(
            crate::tr!("tui-disk-deleted-title"),
            vec![
                crate::tr!("tui-disk-deleted-1", file = shown.as_str()),
                crate::tr!("tui-disk-changed-2"),
            ],
        )
        .choice(
            'r',
            crate::tr!("tui-disk-recreate", file = shown.as_str()),
            Answer::Recreate(e),
        )
        .choice(
            's',
            crate::tr!("tui-disk-save-mine-as", file = mine.as_str()),
            Answer::KeepBoth(e),
        )
        .choice('d', crate::tr!("tui-disk-discard"), Answer::Discard(e))
        .on_cancel(Answer::Later(e)),
    ));
}

/// The file changed on disk and cannot be merged (`why`): all or nothing.
pub fn ask_unmergeable(app: &mut App, e: MeetingId, why: &str) {
    let shown = name(app, e);
    let mine = Library::show_path(&mine_path(&app.library[e].doc().path));
    app.edit.push(Modal::Confirm(
        Confirm::new(
            crate::tr!("tui-disk-changed-title"),
            vec![
                crate::tr!("tui-disk-changed-1", file = shown.as_str()),
                crate::tr!("tui-disk-changed-2"),
                crate::tr!("tui-disk-cannot-merge", why = why),
            ],
        )
        // The first answer (Enter's) is the one that loses nothing.
        .choice(
            'k',
            crate::tr!("tui-disk-keep-both", file = mine.as_str()),
            Answer::KeepBoth(e),
        )
        .choice('r', crate::tr!("tui-disk-reload"), Answer::Reload(e))
        .choice('o', crate::tr!("tui-disk-overwrite"), Answer::Overwrite(e))
        .on_cancel(Answer::Later(e)),
    ));
}

/// "not saved: why", in the interface's words.
pub(super) fn not_saved(err: &SaveError) -> String {
    crate::tr!("tui-not-saved", error = err.msg())
}

/// `<stem>-mine.yaml` beside the file, not yet taken.
pub fn mine_path(p: &Path) -> PathBuf {
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "meeting".into());
    let dir = p.parent().unwrap_or(Path::new("."));
    let mut out = dir.join(format!("{stem}-mine.yaml"));
    let mut n = 2;
    while out.exists() {
        out = dir.join(format!("{stem}-mine-{n}.yaml"));
        n += 1;
    }
    out
}

/// `q`, Ctrl-C or a signal. With unsaved edits: ask (a second Ctrl-C
/// while asking quits at once). Returns true when handled here.
pub fn quit(app: &mut App) -> bool {
    let asking =
        matches!(app.edit.modals.last(), Some(Modal::Confirm(q)) if q.title == quit_title());
    if asking || !any_unsaved(app) {
        quit_now(app, asking);
        return true;
    }
    app.edit.modals.clear();
    let unsaved: Vec<String> = app
        .library
        .entries
        .iter()
        .filter(|e| unsaved(app, e))
        .map(|e| format!("* {}", Library::show_path(&e.doc().path)))
        .collect();
    let mut lines = vec![crate::tr!("tui-quit-unsaved")];
    lines.extend(unsaved);
    app.edit.push(Modal::Confirm(
        Confirm::new(quit_title(), lines)
            .choice('s', crate::tr!("tui-quit-save"), Answer::SaveAllAndQuit)
            .choice('d', crate::tr!("tui-quit-discard"), Answer::DiscardAndQuit)
            .choice('c', crate::tr!("tui-quit-cancel"), Answer::Nothing),
    ));
    true
}

/// A termination signal: nobody may be there to answer a question, so
/// each meeting with unsaved edits is written to `NAME.yaml.unsaved` beside
/// its file (the file itself is left alone), and the app quits.
pub fn terminate(app: &mut App) {
    let kept = keep_unsaved(app);
    if !kept.is_empty() {
        app.edit.exit_note = Some(format!("plenary: {}", kept.join("; ")));
    }
    quit_now(app, true);
}

/// Writes each meeting with unsaved edits to `NAME.yaml.unsaved` beside its
/// file, for a signal and for a panic alike; says for each where its edits
/// went, or that they are lost and why.
pub fn keep_unsaved(app: &App) -> Vec<String> {
    let mut kept = Vec::new();
    for e in app.library.entries.iter().filter(|e| e.editor.is_dirty()) {
        let mut m = e.meeting().clone();
        if let crate::domain::Roster::File { people, .. } = &m.participants {
            m.participants = crate::domain::Roster::Inline(people.clone());
        }
        // Numbered, never over an earlier copy; in $XDG_STATE_HOME/plenary/
        // when the agenda's folder cannot take it.
        let written = crate::save::canonical::meeting_yaml(&m)
            .map_err(|e| e.to_string())
            .and_then(|t| crate::save::unsaved::keep(&e.doc().path, &t));
        kept.push(match written {
            Ok(p) => crate::tr!("tui-unsaved-kept", file = Library::show_path(&p)),
            Err(err) => crate::tr!(
                "tui-unsaved-lost",
                file = Library::show_path(&e.doc().path),
                error = err.to_string()
            ),
        });
    }
    kept
}

/// The `:` command line: `w`, `q`, `wq` / `x`, `q!`.
pub fn run_prompt(app: &mut App, line: &str) {
    match line {
        "w" | "write" => save_current(app, false),
        "q" | "quit" => {
            quit(app);
        }
        "wq" | "x" => save_current(app, true),
        "wa" => save_all(app, false),
        "wqa" | "xa" => save_all(app, true),
        "q!" | "qa!" => quit_now(app, true),
        "" => {}
        other => app.say(Level::Error, crate::tr!("tui-not-a-command", line = other)),
    }
}

fn save_all(app: &mut App, then_quit: bool) {
    // One being written as it is now needs no second save.
    let dirty: Vec<MeetingId> = app
        .library
        .entries
        .iter()
        .filter(|e| unsaved(app, e))
        .map(|e| e.id)
        .collect();
    if dirty.is_empty() {
        app.say(Level::Note, crate::tr!("tui-no-changes"));
        app.quit |= then_quit;
        return;
    }
    for e in dirty {
        save_entry(app, e, then_quit);
        if !app.edit.modals.is_empty() {
            // A question came up; the rest waits for the next save.
            return;
        }
    }
}

/// Carries out an answer to "the file was deleted on disk".
fn deleted_answer(app: &mut App, a: Answer) {
    match a {
        // Written on the disk worker, as a save.
        Answer::Recreate(e) => write_as(app, e, false, Wrote::Recreate),
        // Dropped and checked again on the disk worker: the text goes
        // with it (for the problems' lines) and comes back with the answer.
        Answer::Discard(e) => {
            if super::replacing::refuses_write(app, e) {
                return;
            }
            let Some(x) = app.library.get_mut(e) else {
                return;
            };
            let (doc, base) = x.editor.discard_job();
            let what = Replace::Discard {
                doc: Box::new(doc),
                base: Box::new(base),
            };
            super::replacing::start(app, e, Doing::Discarding, what);
        }
        _ => {}
    }
}

/// "Keep both": mine written whole as `<stem>-mine.yaml` on the disk
/// worker, from a copy of the meeting as it is now, and checked there;
/// the answer comes to [`kept_both`].
fn keep_both(app: &mut App, e: MeetingId) {
    if super::replacing::refuses_write(app, e) {
        return;
    }
    let Some(x) = app.library.get(e) else {
        return;
    };
    let original = x.doc().path.clone();
    let target = mine_path(&original);
    let what = Replace::KeepBoth {
        meeting: Box::new(x.meeting().clone()),
        target: target.clone(),
    };
    let doing = Doing::KeepBoth { target, original };
    super::replacing::start(app, e, doing, what);
}

/// Mine was written as `target`: the meeting is that file now, its
/// history kept (undo goes on from the new file, as before), and theirs
/// (`original`) stays open beside it, read on the disk worker.
pub(super) fn kept_both(
    app: &mut App,
    e: MeetingId,
    mut entry: Box<crate::tui::library::Entry>,
    original: &Path,
    target: &Path,
) {
    entry.editor.history = std::mem::take(&mut app.library[e].editor.history);
    entry.editor.history.mark_saved();
    super::replacing::swap(app, e, entry);
    super::disk_watch::reopen(app, original.to_path_buf());
    app.documents_changed();
    app.select_entry(e);
    app.say(
        Level::Note,
        crate::tr!(
            "tui-saved-as",
            file = Library::show_path(target),
            theirs = Library::show_path(original)
        ),
    );
}

/// The edits were dropped: the meeting as last loaded or saved, checked.
pub(super) fn dropped(app: &mut App, e: MeetingId, entry: Box<crate::tui::library::Entry>) {
    super::replacing::swap(app, e, entry);
    app.documents_changed();
    app.say(
        Level::Note,
        crate::tr!("tui-dropped-edits", file = name(app, e)),
    );
}

/// Carries out an answer about saving; the others are `editing::answer`'s.
pub fn answer(app: &mut App, a: Answer) {
    match a {
        // Being written: saved again once that is back.
        Answer::Save { entry, then_quit } if save_again(app, entry, then_quit) => {}
        Answer::Save { entry, then_quit } => write(app, entry, then_quit),
        Answer::SaveAllAndQuit => save_all(app, true),
        Answer::DiscardAndQuit => quit_now(app, true),
        // Loaded and checked on the disk worker; said when it is back.
        Answer::Reload(e) => {
            super::disk_watch::look(app, e, true, crate::tui::disk_worker::Why::Asked)
        }
        Answer::Overwrite(e) => overwrite(app, e),
        Answer::KeepBoth(e) => keep_both(app, e),
        Answer::MergeDisk(e) => super::disk_merge::start(app, e),
        Answer::Resolve(p, theirs) => super::disk_merge::decide(app, p, theirs),
        Answer::Recreate(_) | Answer::Discard(_) => deleted_answer(app, a),
        Answer::Later(e) => {
            if let Some(x) = app.library.get(e) {
                let p = x.doc().path.clone();
                app.edit.deferred.push(p);
            }
            app.say(Level::Warning, crate::tr!("tui-save-later"));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mine_path_is_beside_and_free() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.yaml");
        assert_eq!(mine_path(&p), d.path().join("a-mine.yaml"));
        std::fs::write(d.path().join("a-mine.yaml"), "x").unwrap();
        assert_eq!(mine_path(&p), d.path().join("a-mine-2.yaml"));
    }
}
