//! Opening a file that has a copy of unsaved edits from an earlier session
//! (`NAME.yaml.unsaved`, written when a signal ended Plenary): the copy is
//! offered back, with a short list of what differs from the file. Restoring
//! is one undoable edit, saved like any other. Once a save has written the
//! restored edits into the file, the copy is removed (it would otherwise be
//! offered, and `plenary check` would mention it, forever); as long as that
//! is not sure (the save failed, the restore was undone), it stays.

use std::path::PathBuf;

use crate::edit::ops;
use crate::save::{diff, unsaved};
use crate::tui::app::App;
use crate::tui::library::{Library, MeetingId};
use crate::tui::status::Level;

use super::{Answer, Confirm, Modal, apply_edit};

/// Shown at most this many differences; the rest are counted.
const SHOWN: usize = 8;

/// Once the files are loaded: asks about the first file with a copy not asked about yet.
pub fn offer(app: &mut App) {
    let ids: Vec<MeetingId> = app.library.entries.iter().map(|e| e.id).collect();
    for e in ids {
        let path = app.library[e].doc().path.clone();
        let Some(copy) = unsaved::existing(&path).pop() else {
            continue;
        };
        if app.edit.unsaved_asked.contains(&copy) {
            continue;
        }
        app.edit.unsaved_asked.push(copy.clone());
        let Ok(text) = std::fs::read_to_string(&copy) else {
            continue;
        };
        let Ok(kept) = crate::load::parse_meeting(&copy, &text) else {
            app.say(
                Level::Warning,
                crate::tr!("tui-does-not-load", file = Library::show_path(&copy)),
            );
            continue;
        };
        let differs = diff::fields(app.library[e].meeting(), &kept);
        if differs.is_empty() {
            continue;
        }
        ask(app, e, copy, &differs);
        return;
    }
    app.edit.unsaved_scanned = true;
}

fn ask(app: &mut App, e: MeetingId, copy: PathBuf, differs: &[String]) {
    let shown = Library::show_path(&app.library[e].doc().path);
    let kept = Library::show_path(&copy);
    let mut lines = vec![
        crate::tr!(
            "tui-restore-holds",
            kept = kept.as_str(),
            file = shown.as_str()
        ),
        crate::tr!("tui-restore-stopped"),
    ];
    lines.extend(differs.iter().take(SHOWN).map(|d| format!("  {d}")));
    if differs.len() > SHOWN {
        lines.push(format!(
            "  {}",
            crate::tr!("tui-and-more", n = differs.len() - SHOWN)
        ));
    }
    let q = Confirm::new(crate::tr!("tui-restore-title"), lines)
        .choice(
            'r',
            crate::tr!("tui-restore-them"),
            Answer::RestoreUnsaved(e, copy.clone()),
        )
        .choice(
            'k',
            crate::tr!("tui-restore-keep-file", kept = kept.as_str()),
            Answer::KeepFile(copy.clone()),
        )
        .choice('l', crate::tr!("tui-restore-later"), Answer::Nothing)
        .on_cancel(Answer::Nothing);
    app.edit.push(Modal::Confirm(q));
}

/// `k`: the file stays as it is; the copy is renamed `….seen` (never over
/// another file) so it is not offered again, and nothing is deleted.
pub fn keep_file(app: &mut App, copy: PathBuf) {
    let mut seen = copy.clone().into_os_string();
    seen.push(".seen");
    let seen = PathBuf::from(seen);
    let moved = !seen.exists() && std::fs::rename(&copy, &seen).is_ok();
    let at = Library::show_path(if moved { &seen } else { &copy });
    app.say(Level::Note, crate::tr!("tui-restore-kept", file = at));
}

/// `r`: the meeting becomes the kept copy, as one edit.
pub fn restore(app: &mut App, e: MeetingId, copy: PathBuf) {
    let Some(kept) = std::fs::read_to_string(&copy)
        .ok()
        .and_then(|t| crate::load::parse_meeting(&copy, &t).ok())
    else {
        app.say(
            Level::Error,
            crate::tr!("tui-cannot-read-now", file = Library::show_path(&copy)),
        );
        return;
    };
    let Some(entry) = app.library.get(e) else {
        return;
    };
    let label = crate::tr!("tui-restore-label", file = Library::show_path(&copy));
    let tx = ops::become_meeting(entry.meeting(), &kept, &label);
    if apply_edit(app, e, tx) {
        let at = app.library[e].editor.history.point();
        app.edit.restored.push((e, copy, at));
    }
}

/// Meeting `e` was written as it was at `at`: each copy restored into it
/// whose restore that holds is removed, and that is said after the save's
/// own message; a copy that cannot be removed stays, and that is said.
pub(super) fn saved(app: &mut App, e: MeetingId, at: crate::edit::SavePoint) {
    let Some(x) = app.library.get(e) else {
        return;
    };
    let (done, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut app.edit.restored)
        .into_iter()
        .partition(|(m, _, p)| *m == e && x.editor.history.includes(at, *p));
    app.edit.restored = rest;
    for (_, copy, _) in done {
        let shown = Library::show_path(&copy);
        let (level, said) = match std::fs::remove_file(&copy) {
            Ok(()) => (Level::Note, crate::tr!("tui-restore-removed", file = shown)),
            Err(err) => (
                Level::Warning,
                crate::tr!(
                    "tui-restore-not-removed",
                    file = shown,
                    error = err.to_string()
                ),
            ),
        };
        let text = match app.status.take() {
            Some(s) => format!("{} · {said}", s.text),
            None => said,
        };
        app.say(level, text);
    }
}
