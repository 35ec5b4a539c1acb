//! Editing in the TUI: the one path every edit takes, and the dialogs that
//! build edits.
//!
//! The edits themselves are made by [`crate::edit`] (transactions, history,
//! saving); this layer turns keys into them. [`apply_edit`] is the only
//! place a document changes: it goes through the entry's editor (so it can
//! be undone), re-runs the checks and rebuilds the views, so a conflict
//! shows on the affected rows and in Problems the moment it is made.
//!
//! Dialogs are a stack of [`Modal`]s (the items list, a form over it, a
//! question over that); the top one takes the keys, through the keymap's
//! overlay scopes, so `?` and the footer describe them too.
//!
//! - [`dialog`]: the `Dialog` trait a dialog registers through (its own
//!   file, `mod`, and its `KEYS` in `DIALOGS`): `export_dialog`, [`prompt`].
//! - [`form`], [`picker`], [`confirm`]: the generic dialogs.
//! - `schedule_edit`, `grid_edit` (the day grid's keys and drags), `items`,
//!   `roster_edit`, `merge_twin`, `roster_import`, `new_meeting_form`: what they build.
//! - `saving`: save, `:w`, quit with unsaved edits, a file changed or deleted on disk.
//! - `broken_disk`: a file changed on disk into one that does not load.
//! - `disk_merge`: merging a file changed on disk with the unsaved edits.
//! - `replacing`: "keep both", a merge, dropping the edits, under way on
//!   the disk worker (the footer's mark, the keys refused meanwhile).
//! - `disk_watch`: noticing changes on disk (OS notifications, stamps) and
//!   acting on what `tui::disk_worker` loaded off the UI thread.
//! - `restore_unsaved`: offering back a `.unsaved` copy found beside a file.
//! - `external`: `$EDITOR` at the selected item.
//! - `draw`: drawing the dialogs (reads state only).

mod broken_disk;
mod confirm;
pub mod dialog;
mod dialogs;
mod disk_merge;
pub mod disk_watch;
mod draw;
pub mod export_dialog;
pub mod external;
pub mod form;
mod form_fields;
mod grid_edit;
mod items;
pub mod merge_twin;
mod new_meeting_form;
pub mod news;
pub mod picker;
pub mod prompt;
pub mod rechecks;
pub mod replacing;
mod restore_unsaved;
mod roster_edit;
pub mod roster_import;
mod saving;
mod schedule_edit;
mod session_fields;
pub mod slot_finder;

use crate::tui::status::Level;
use std::path::PathBuf;

pub use confirm::{Answer, Confirm};
pub use dialog::{DIALOGS, Dialog};
pub use dialogs::{dialog_press, edit_text};
pub use draw::render;
pub use external::ExternalRequest;
pub use form::{Field, Form};
pub use grid_edit::grid_command;
pub use picker::{Picked, Picker, Source};
/// For tests and benches: the questions a change or a delete on disk
/// asks, put at any moment, and where "keep both" writes mine.
#[doc(hidden)]
pub use saving::{ask_changed_on_disk, ask_deleted, mine_path};
pub use saving::{keep_unsaved, may_exit};

use super::focus::EventState;
use crate::edit::Transaction;
use crate::tui::action::{Command, View};
use crate::tui::app::App;
use crate::tui::keymap::{Layer, Overlay};
use crate::tui::library::MeetingId;

/// What a form is for, so Enter knows what to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormFor {
    /// Add (at `None`) or edit a session or break.
    Session {
        entry: MeetingId,
        at: Option<usize>,
    },
    Item {
        entry: MeetingId,
        session: usize,
        at: Option<usize>,
    },
    Move {
        entry: MeetingId,
        session: usize,
    },
    Resize {
        entry: MeetingId,
        session: usize,
    },
    Participant {
        entry: MeetingId,
        at: Option<usize>,
    },
    NewMeeting,
    /// The meeting's own facts (title, dates, zone, languages, format).
    Meeting {
        entry: MeetingId,
    },
    /// Edit (at `Some`) or add a follow-up; a new one links to `session`.
    FollowUp {
        entry: MeetingId,
        at: Option<usize>,
        session: Option<usize>,
    },
}

impl FormFor {
    fn entry(self) -> Option<MeetingId> {
        match self {
            FormFor::Session { entry, .. }
            | FormFor::Item { entry, .. }
            | FormFor::Move { entry, .. }
            | FormFor::Resize { entry, .. }
            | FormFor::Participant { entry, .. }
            | FormFor::Meeting { entry }
            | FormFor::FollowUp { entry, .. } => Some(entry),
            FormFor::NewMeeting => None,
        }
    }
}

/// A session's items, listed for adding, editing and reordering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemsList {
    pub entry: MeetingId,
    pub session: usize,
    pub selected: usize,
}

#[derive(Debug, Clone)]
pub enum Modal {
    Form(Box<Form>, FormFor),
    Confirm(Confirm),
    Items(ItemsList),
    /// Merging a flagged twin in the Roster (`M`).
    Merge(merge_twin::MergeTwin),
    /// Importing registrations into the Roster (`I`): the path, then the preview.
    Import(Box<roster_import::RosterImport>),
    /// A registered dialog (see [`dialog`]): `X` Export, the `:` line.
    Dialog(Box<dyn Dialog>),
}

#[derive(Debug, Default)]
pub struct EditState {
    /// Open dialogs; the last one takes the keys.
    pub modals: Vec<Modal>,
    /// Files whose change on disk the person chose to deal with later.
    pub deferred: Vec<PathBuf>,
    /// Said on the normal screen after the terminal is given back (where
    /// unsaved edits went when a signal ended the app).
    pub exit_note: Option<String>,
    /// Set when `E` asks for the external editor; the run loop carries it
    /// out (it owns the terminal) and calls [`external::returned`].
    pub external: Option<ExternalRequest>,
    /// Copies of unsaved edits already offered back (each is asked about once).
    pub unsaved_asked: Vec<PathBuf>,
    /// Every open file was looked at for such copies.
    pub unsaved_scanned: bool,
    /// Copies restored (`r`): the meeting, the copy, and where its
    /// history was just after the restore. A save holding that removes
    /// the copy (see `restore_unsaved::saved`).
    pub restored: Vec<(MeetingId, PathBuf, crate::edit::SavePoint)>,
    /// Whole checks running on workers, and how they come back.
    pub rechecks: rechecks::Rechecks,
    /// Watching the disk and the worker that reloads.
    pub disk: disk_watch::DiskWatch,
    /// The quit asked for drops unsaved edits (`q!`, "discard", a signal):
    /// it goes ahead after the writes under way, even if one fails.
    pub quit_anyway: bool,
}

impl Modal {
    /// Which dialog this is, for the keymap.
    pub fn overlay(&self) -> Overlay {
        match self {
            Modal::Form(f, _) if f.picker.is_some() => Overlay::Picker,
            Modal::Form(..) => Overlay::Form,
            Modal::Confirm(_) => Overlay::Confirm,
            Modal::Items(_) => Overlay::Items,
            Modal::Dialog(d) => Overlay::Dialog(d.keys()),
            Modal::Merge(_) => Overlay::Merge,
            Modal::Import(d) if d.preview.is_some() => Overlay::ImportPreview,
            Modal::Import(_) => Overlay::ImportFile,
        }
    }
}

impl EditState {
    /// The open dialogs as layers of the focus stack, bottom first.
    pub fn layers(&self) -> impl Iterator<Item = Layer> + '_ {
        self.modals.iter().map(|m| Layer::Dialog(m.overlay()))
    }

    pub fn push(&mut self, m: Modal) {
        self.modals.push(m);
    }

    pub fn form(&self) -> Option<&Form> {
        self.modals.iter().rev().find_map(|m| match m {
            Modal::Form(f, _) => Some(&**f),
            _ => None,
        })
    }
}

/// The one way a document changes: through its editor (so it can be
/// undone), then the checks re-run and every view is rebuilt. True when
/// the edit was applied.
pub fn apply_edit(app: &mut App, entry: MeetingId, tx: Transaction) -> bool {
    let label = tx.label.clone();
    if tx.is_empty() {
        app.say(Level::Note, crate::tr!("tui-nothing-changed"));
        return false;
    }
    if replacing::refuses_edit(app, entry) {
        return false;
    }
    let Some(e) = app.library.get_mut(entry) else {
        return false;
    };
    let before = news::seen(&e.problems);
    if let Err(err) = e.editor.apply(tx) {
        app.say(
            Level::Error,
            format!("{label}: {}", err.msg().render(crate::i18n::current())),
        );
        return false;
    }
    let changes = e
        .editor
        .history
        .last_done()
        .map(|t| t.changes.clone())
        .unwrap_or_default();
    e.edited(app.today, &changes, app.edit.rechecks.wake.as_ref());
    let said = news::said(&before, &e.problems);
    app.documents_edited(entry, &changes);
    app.say(Level::Note, with_news(app.area.width, &label, &said));
    rechecks::waiting(app, entry, before);
    true
}

/// `what` was done, then the news about problems, on one status line of a
/// screen `width` wide: the news is what the person needs (the edit they
/// just made they know), so a `what` too long for both is cut with `…`.
pub(super) fn with_news(width: u16, what: &str, news: &str) -> String {
    use crate::tui::sanitize::{fit, width as cols};
    if news.is_empty() {
        return what.to_string();
    }
    // The footer keeps `? help` after the message and a gap of two.
    let help = cols(&crate::i18n::phrase("help")) + cols("?   ");
    let room = usize::from(width).saturating_sub(cols(news) + 2 + help);
    format!("{}{news}", fit(what, room.max(12)))
}

fn undo(app: &mut App, redo: bool) {
    let Some(e) = app.undo_target(redo) else {
        return;
    };
    if replacing::refuses_edit(app, e) {
        return;
    }
    let entry = &mut app.library[e];
    let before = news::seen(&entry.problems);
    let r = if redo {
        entry.editor.redo()
    } else {
        entry.editor.undo()
    };
    let (level, text) = match r {
        Ok(Some(label)) => {
            // The same path as an edit: the changes just applied.
            let h = &entry.editor.history;
            let changes = if redo {
                h.last_done().map(|t| t.changes.clone())
            } else {
                h.last_undone().map(|t| t.inverse().changes)
            }
            .unwrap_or_default();
            entry.edited(app.today, &changes, app.edit.rechecks.wake.as_ref());
            let said = news::said(&before, &entry.problems);
            app.documents_edited(e, &changes);
            grid_follows(app, e, &changes, redo);
            let done = if redo {
                crate::tr!("tui-redid", what = label)
            } else {
                crate::tr!("tui-undid", what = label)
            };
            (Level::Note, with_news(app.area.width, &done, &said))
        }
        Ok(None) if redo => (Level::Warning, crate::tr!("tui-nothing-to-redo")),
        Ok(None) => (Level::Warning, crate::tr!("tui-nothing-to-undo")),
        Err(err) => (Level::Error, err.msg().render(crate::i18n::current())),
    };
    app.say(level, text);
    rechecks::waiting(app, e, before);
}

/// Takes back the edit made at `at` on meeting `e` (see
/// [`crate::edit::History::withdraw`]), refreshing the views as an undo
/// does; false when it is no longer the last edit.
fn withdraw(app: &mut App, e: MeetingId, at: crate::edit::SavePoint) -> bool {
    let Some(entry) = app.library.get_mut(e) else {
        return false;
    };
    let before = news::seen(&entry.problems);
    let Ok(Some(tx)) = entry.editor.withdraw(at) else {
        return false;
    };
    let changes = tx.inverse().changes;
    entry.edited(app.today, &changes, app.edit.rechecks.wake.as_ref());
    app.documents_edited(e, &changes);
    rechecks::waiting(app, e, before);
    true
}

/// After an undo or redo while the grid shows meeting `e`, the cursor and
/// the selection go to the session the change put back (the first the edit
/// touched that is still there), so the next `J` `L` `u` act on it and the
/// cursor is not left on whatever now fills the cell it was on.
fn grid_follows(app: &mut App, e: MeetingId, changes: &[crate::edit::Change], redo: bool) {
    use crate::edit::{Change, ListOp};
    if app.schedule.grid.is_none() || app.current() != Some(e) {
        return;
    }
    let landed = |c: &Change| match c {
        Change::Session(ListOp::Insert(at, _) | ListOp::Replace { at, .. }) => Some(*at),
        Change::Session(ListOp::Move { to, .. }) => Some(*to),
        _ => None,
    };
    // An undo applies the edit's changes backwards: its first is last.
    let i = if redo {
        changes.iter().find_map(landed)
    } else {
        changes.iter().rev().find_map(landed)
    };
    let Some(i) = i.filter(|&i| i < app.library[e].meeting().sessions.len()) else {
        return;
    };
    app.select_session(i);
    app.grid_cursor_to(i);
}

/// Ctrl-C (anywhere) and `q`: quit, asking first when edits are unsaved;
/// a termination signal: quit now, keeping unsaved edits beside the files.
pub fn quit_or_terminate(app: &mut App, c: Command) {
    if c == Command::Terminate {
        saving::terminate(app);
    } else {
        saving::quit(app);
    }
}

/// The editing keys of the view (no dialog open): undo, save, the command
/// line, and each view's edits.
pub fn view_command(app: &mut App, c: Command) -> EventState {
    let view = app.view;
    // A form or question about a meeting being replaced would end in an
    // edit refused (see `replacing`): refused before anything is typed.
    let edits = is_roster_edit(c) || (view == View::Schedule && is_schedule_command(c));
    if edits
        && let Some(e) = app.current()
        && replacing::refuses_edit(app, e)
    {
        return EventState::Consumed;
    }
    if view == View::Roster && app.roster.across.is_some() && is_roster_edit(c) {
        app.say(Level::Warning, crate::tr!("tui-across-read-only"));
        return EventState::Consumed;
    }
    match c {
        Command::Undo => undo(app, false),
        Command::Redo => undo(app, true),
        Command::Save => saving::save_current(app, false),
        Command::CommandLine => app.edit.push(Modal::dialog(prompt::Prompt::default())),
        Command::ExternalEdit => external::request(app),
        Command::Export => export_dialog::open(app),
        Command::NewMeeting => new_meeting_form::open(app),
        Command::AddParticipant | Command::CycleStatus => roster_edit::command(app, c),
        Command::MergeTwin if view == View::Roster => merge_twin::open(app),
        Command::ImportRoster if view == View::Roster => roster_import::open(app),
        Command::Edit | Command::Delete if view == View::Roster => roster_edit::command(app, c),
        Command::Edit if view == View::Meetings => new_meeting_form::open_edit(app),
        _ if view == View::Schedule && is_schedule_command(c) => schedule_edit::command(app, c),
        _ => return EventState::NotConsumed,
    }
    EventState::Consumed
}

/// The Roster's editing keys, which act on one meeting's participants.
fn is_roster_edit(c: Command) -> bool {
    matches!(
        c,
        Command::AddParticipant
            | Command::CycleStatus
            | Command::MergeTwin
            | Command::ImportRoster
            | Command::Edit
            | Command::Delete
    )
}

/// The Schedule's editing keys, handled by `schedule_edit`.
fn is_schedule_command(c: Command) -> bool {
    matches!(
        c,
        Command::AddSession
            | Command::AddBreak
            | Command::Edit
            | Command::Duplicate
            | Command::Delete
            | Command::MoveSession
            | Command::Shorter
            | Command::Longer
            | Command::ShorterBit
            | Command::LongerBit
            | Command::Resize
            | Command::Items
            | Command::FindSlot
    )
}

/// Carries out a question's answer.
pub fn answer(app: &mut App, a: Answer) {
    match a {
        Answer::Nothing => app.say(Level::Note, crate::tr!("tui-nothing-changed")),
        Answer::Apply { entry, tx } => {
            apply_edit(app, entry, tx);
        }
        Answer::Export(job) => export_dialog::overwrite(app, &job),
        Answer::DiscardForm => dialogs::discard_form(app),
        Answer::KeepForm => app.say(Level::Note, crate::tr!("form-discard-kept-editing")),
        Answer::RestoreUnsaved(e, copy) => restore_unsaved::restore(app, e, copy),
        Answer::KeepFile(copy) => restore_unsaved::keep_file(app, copy),
        other => saving::answer(app, other),
    }
}

/// Time passed: compare open files with the disk now and then.
pub fn tick(app: &mut App) {
    rechecks::returned(app);
    disk_watch::tick(app);
    if app.loading.finished && app.edit.modals.is_empty() && !app.edit.unsaved_scanned {
        restore_unsaved::offer(app);
    }
}

/// Whether any open meeting has unsaved edits.
pub fn any_unsaved(app: &App) -> bool {
    app.library.entries.iter().any(|e| unsaved(app, e))
}

/// Whether meeting `e` has edits neither saved nor being written as they
/// are now (a write under way that fails makes them unsaved again), nor
/// being kept, merged and saved, or dropped as asked on the worker.
pub fn unsaved(app: &App, e: &crate::tui::library::Entry) -> bool {
    let settled = app
        .edit
        .disk
        .replacing
        .get(&e.id)
        .is_some_and(|r| r.doing.settles_edits());
    e.editor.is_dirty()
        && !settled
        && app
            .edit
            .disk
            .writing
            .get(&e.id)
            .is_none_or(|w| w.at != e.editor.history.point())
}
