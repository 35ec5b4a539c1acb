//! Opening a file that has a copy of unsaved edits from an earlier session
//! (`NAME.yaml.unsaved`, written when a signal ended Plenary): the copy is
//! offered back, with a short list of what differs from the file. Restoring
//! is one undoable edit, saved like any other; nothing is deleted.

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
                format!(
                    "{} does not load; open it in an editor",
                    Library::show_path(&copy)
                ),
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
        format!("{kept} holds edits to {shown} that were never saved"),
        "(Plenary was stopped with them). What it changes:".to_string(),
    ];
    lines.extend(differs.iter().take(SHOWN).map(|d| format!("  {d}")));
    if differs.len() > SHOWN {
        lines.push(format!("  … and {} more", differs.len() - SHOWN));
    }
    let q = Confirm::new("Unsaved edits from an earlier session", lines)
        .choice(
            'r',
            "restore them (one edit: u undoes; Ctrl-s saves)",
            Answer::RestoreUnsaved(e, copy.clone()),
        )
        .choice(
            'k',
            format!("keep the file as it is ({kept} stays)"),
            Answer::KeepFile(copy.clone()),
        )
        .choice('l', "later: ask again next time", Answer::Nothing)
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
    app.say(
        Level::Note,
        format!("kept the file as it is; the unsaved edits stay in {at}"),
    );
}

/// `r`: the meeting becomes the kept copy, as one edit.
pub fn restore(app: &mut App, e: MeetingId, copy: PathBuf) {
    let Some(kept) = std::fs::read_to_string(&copy)
        .ok()
        .and_then(|t| crate::load::parse_meeting(&copy, &t).ok())
    else {
        app.say(
            Level::Error,
            format!("{} cannot be read now", Library::show_path(&copy)),
        );
        return;
    };
    let Some(entry) = app.library.get(e) else {
        return;
    };
    let label = format!("restore unsaved edits from {}", Library::show_path(&copy));
    let tx = ops::become_meeting(entry.meeting(), &kept, &label);
    apply_edit(app, e, tx);
}
