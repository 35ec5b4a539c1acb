//! Keeping the open meetings in step with the disk, without reading a
//! file until it has changed and without loading one on the UI thread.
//!
//! The operating system tells which files changed ([`crate::watch`]); a
//! file's stamp (one `stat`) tells a real change from an event about a file
//! that is as it was; the [`disk_worker`](crate::tui::disk_worker) reads, parses
//! and checks it, and its answer comes back here: a meeting without unsaved
//! edits is replaced (a quiet "reloading…" mark meanwhile), one with unsaved
//! edits is asked about as before. When the system cannot watch, the stamps
//! are compared every second instead, still without reading any file.
//!
//! Our own saves change the meeting's fingerprint; the file's new stamp is
//! taken on the worker right after the write (with what the file then
//! holds), so the event the save causes finds nothing new, and a change
//! someone makes before the UI thread takes the answer is still one. An
//! answer about a state since saved, reloaded or asked again is dropped.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use super::saving;
use crate::load::Fingerprint;
use crate::tui::app::App;
use crate::tui::disk_worker::{self, DiskNews, Done, Found, Job, Report, Why};
use crate::tui::library::{Library, MeetingId};
use crate::tui::status::Level;
use crate::watch::{News, Stamp, Watch};

/// A write under way on the worker.
#[derive(Debug, Clone)]
pub struct Writing {
    /// Where in the meeting's history it was taken: the meeting as it is
    /// there is as good as saved unless the write fails.
    pub at: crate::edit::SavePoint,
    /// `:wq`, or "save them and quit": quit once it is written.
    pub then_quit: bool,
    /// The document it was taken from (its file, and which document it
    /// was: [`crate::edit::Editor::generation`]): an answer for a meeting
    /// replaced meanwhile ("keep both", a merge, a reload) is only said.
    pub path: PathBuf,
    pub generation: u64,
    /// Saved again meanwhile (`Some(then_quit)`): once this write is back,
    /// the meeting is saved again if the history moved past it, and the
    /// app quits after if that was asked.
    pub again: Option<bool>,
}

/// How changes are noticed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Stamps compared on every tick (a second): no watch could be set up,
    /// or the app runs headless (tests, tools).
    #[default]
    Poll,
    /// The operating system's notifications.
    Os,
}

/// What was last known of a file: its stamp (`None`: not there) when the
/// meeting held `loaded`.
#[derive(Debug, Clone, Copy)]
struct Known {
    stamp: Option<Stamp>,
    loaded: Fingerprint,
}

/// A look at a meeting's files under way on the worker.
#[derive(Debug, Clone, Copy)]
struct Flight {
    generation: u64,
    /// Another change came meanwhile: look again when this one is back.
    again: bool,
    /// The file changed and is being loaded (the "reloading…" mark).
    loading: bool,
}

#[derive(Debug, Default)]
pub struct DiskWatch {
    /// The worker's queue; `None`: jobs run at once on this thread.
    worker: Option<Sender<Job>>,
    watch: Option<Watch>,
    pub mode: Mode,
    /// The fall back to stamps was said (once is enough).
    fallback_said: bool,
    /// Each open file (as the meeting names it) and the path the system
    /// names it by (its folder resolved), for matching events.
    names: HashMap<PathBuf, PathBuf>,
    known: HashMap<PathBuf, Known>,
    flights: HashMap<MeetingId, Flight>,
    generation: u64,
    /// Changed paths not looked at yet (a dialog was open).
    pending: BTreeSet<PathBuf>,
    /// Files being opened (new in the folder, or fixed after failing).
    opening: BTreeSet<PathBuf>,
    /// Of those, the ones whose opening is not announced ("keep both"
    /// reopens theirs, and says so itself).
    quiet: BTreeSet<PathBuf>,
    /// The folder opened is watched too (files appearing in it).
    root_watched: bool,
    /// Polling: the folder's other meeting files and their stamps, as last
    /// listed (`None` until the first listing, which opens nothing: the
    /// loader has just seen them).
    others: Option<HashMap<PathBuf, Stamp>>,
    rescan: bool,
    /// Answers that came while a dialog was open.
    held: Vec<Done>,
    /// Meetings being written on the worker (a save, "keep mine").
    pub writing: BTreeMap<MeetingId, Writing>,
    /// Meetings being replaced on the worker ("keep both", a merge,
    /// dropping the edits): see [`super::replacing`].
    pub replacing: BTreeMap<MeetingId, super::replacing::Replacing>,
    /// Meetings replaced by a reload, for tests and the curious.
    pub reloads: usize,
    /// Files read by the worker to compare, for tests.
    pub looks: usize,
}

/// Starts the worker and the watch; without this, jobs run inline and the
/// stamps are polled (as in tests). `send` carries news to the UI thread.
pub fn connect(
    app: &mut App,
    cache: Option<crate::cache::Cache>,
    send: impl Fn(DiskNews) -> bool + Clone + Send + 'static,
) {
    let to_ui = send.clone();
    app.edit.disk.worker =
        disk_worker::spawn(app.today, cache, move |r| to_ui(DiskNews::Worker(r)));
    match Watch::start(move |n| send(DiskNews::Watch(n))) {
        Ok(w) => {
            app.edit.disk.watch = Some(w);
            app.edit.disk.mode = Mode::Os;
            // Files already open get their folders watched on the next action.
            app.edit.disk.names.clear();
            app.edit.disk.root_watched = false;
        }
        Err(why) => fall_back(app, &why),
    }
}

/// The watch failed: stamps every second from now on, said once.
fn fall_back(app: &mut App, why: &str) {
    let d = &mut app.edit.disk;
    d.watch = None;
    d.mode = Mode::Poll;
    // Headless (no worker) there is nobody to tell.
    if d.worker.is_some() && !std::mem::replace(&mut d.fallback_said, true) {
        app.say(Level::Warning, crate::tr!("tui-disk-fallback", why = why));
    }
}

/// Whether the run loop should wake every second for the stamps.
pub fn wants_ticks(app: &App) -> bool {
    app.edit.disk.mode == Mode::Poll
}

/// Applies news from the watch or the worker.
pub fn news(app: &mut App, n: DiskNews) {
    match n {
        DiskNews::Watch(News::Changed(paths)) => app.edit.disk.pending.extend(paths),
        DiskNews::Watch(News::Rescan) => app.edit.disk.rescan = true,
        DiskNews::Watch(News::Failed(why)) => {
            fall_back(app, &why);
            app.edit.disk.rescan = true;
        }
        DiskNews::Worker(Report::Loading(e, g)) => {
            if let Some(f) = app.edit.disk.flights.get_mut(&e)
                && f.generation == g
            {
                f.loading = true;
            }
        }
        DiskNews::Worker(Report::Done(d)) => done(app, *d),
    }
}

/// A tick: in poll mode, every open file's stamp is compared.
pub fn tick(app: &mut App) {
    if app.edit.disk.mode == Mode::Poll && app.loading.finished {
        app.edit.disk.rescan = true;
        list_folder(app);
    }
}

/// Polling: the folder's meeting files not open, new or written since the
/// last listing, become pending (as the watch would have told).
/// Opened on a single file, the files that did not load are listed: a
/// file fixed in an editor is then opened as in a folder.
fn list_folder(app: &mut App) {
    let root = &app.library.root;
    let mut candidates: Vec<PathBuf> = match std::fs::read_dir(root) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|f| is_meeting_name(f))
            .collect(),
        Err(_) => Vec::new(),
    };
    candidates.extend(app.library.failures.iter().map(|p| p.file.clone()));
    let d = &mut app.edit.disk;
    let open: BTreeSet<&PathBuf> = d.names.values().collect();
    let mut now = HashMap::new();
    for f in candidates {
        let name = system_name(&f);
        if open.contains(&name) {
            continue;
        }
        if let Some(s) = Stamp::of(&f) {
            now.insert(name, s);
        }
    }
    if let Some(before) = &d.others {
        for (name, s) in &now {
            if before.get(name) != Some(s) {
                d.pending.insert(name.clone());
            }
        }
    }
    d.others = Some(now);
}

/// After every action: new files are watched, our own saves stamped, and
/// changes looked at once no dialog is open.
pub fn settle(app: &mut App) {
    track(app);
    if !app.edit.modals.is_empty() {
        return;
    }
    for d in std::mem::take(&mut app.edit.disk.held) {
        done(app, d);
    }
    let d = &mut app.edit.disk;
    if !d.rescan && d.pending.is_empty() {
        return;
    }
    let all = std::mem::take(&mut d.rescan);
    let changed = std::mem::take(&mut d.pending);
    let ids: Vec<MeetingId> = app
        .library
        .entries
        .iter()
        .filter(|x| {
            all || files(x)
                .iter()
                .any(|(p, _)| d.names.get(p).is_some_and(|n| changed.contains(n)))
        })
        .map(|x| x.id)
        .collect();
    for e in ids {
        check(app, e);
    }
    for path in to_open(app, &changed) {
        app.edit.disk.opening.insert(path.clone());
        submit(app, Job::Open { path });
    }
}

/// Changed files no open meeting has that are worth opening: a meeting file
/// new in the folder opened, or a file that did not load, written since.
fn to_open(app: &App, changed: &BTreeSet<PathBuf>) -> Vec<PathBuf> {
    let d = &app.edit.disk;
    let root = &app.library.root;
    let folder = root.is_dir().then(|| system_name(&root.join("x")));
    let folder = folder.as_deref().and_then(Path::parent);
    let open: BTreeSet<&PathBuf> = d.names.values().collect();
    let failed: Vec<(PathBuf, &Path)> = app
        .library
        .failures
        .iter()
        .map(|p| (system_name(&p.file), p.file.as_path()))
        .collect();
    let mut out = Vec::new();
    for name in changed {
        if open.contains(name) || Stamp::of(name).is_none() {
            continue;
        }
        let path = match failed.iter().find(|(n, _)| n == name) {
            Some((_, file)) => file.to_path_buf(),
            None if name.parent() == folder && is_meeting_name(name) => match name.file_name() {
                Some(f) => root.join(f),
                None => continue,
            },
            None => continue,
        };
        if !d.opening.contains(&path) && !out.contains(&path) {
            out.push(path);
        }
    }
    out
}

/// A name the loader would open in a folder (`*.yaml`, `*.yml`), not a
/// hidden one (editors' lock and backup files).
fn is_meeting_name(p: &Path) -> bool {
    let hidden = p
        .file_name()
        .and_then(|n| n.to_str())
        .is_none_or(|n| n.starts_with('.'));
    !hidden && matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

/// A meeting's files as it names them, with the fingerprint it loaded or saved.
fn files(x: &crate::tui::library::Entry) -> Vec<(PathBuf, Fingerprint)> {
    let doc = x.doc();
    std::iter::once((doc.path.clone(), doc.fingerprint))
        .chain(doc.roster.as_ref().map(|r| (r.path.clone(), r.fingerprint)))
        .collect()
}

/// Watches the folders of files not seen before; stamps files our own
/// save has just written (the meeting's fingerprint moved on, no look under
/// way), so the event that save causes finds nothing new.
fn track(app: &mut App) {
    let mut look = Vec::new();
    let mut failed = None;
    let d = &mut app.edit.disk;
    if let Some(w) = &mut d.watch
        && !d.root_watched
    {
        d.root_watched = true;
        let root = &app.library.root;
        if root.is_dir()
            && let Some(folder) = system_name(&root.join("x")).parent()
            && let Err(why) = w.folder(folder)
        {
            failed = Some(why);
        }
    }
    // A file that did not load is watched too: opened on that one file,
    // no folder is (the root is not one), and its fix must still be seen.
    for p in &app.library.failures {
        if let (Some(w), Some(folder)) = (&mut d.watch, system_name(&p.file).parent())
            && let Err(why) = w.folder(folder)
        {
            failed = Some(why);
        }
    }
    for x in &app.library.entries {
        for (path, fp) in files(x) {
            if !d.names.contains_key(&path) {
                let name = system_name(&path);
                if let (Some(w), Some(folder)) = (&mut d.watch, name.parent())
                    && let Err(why) = w.folder(folder)
                {
                    failed = Some(why);
                }
                d.names.insert(path.clone(), name);
            }
            match d.known.get(&path) {
                // First seen: whether the disk still holds what was loaded
                // is asked of the worker (headless, the first tick asks).
                None if d.worker.is_some() && !d.flights.contains_key(&x.id) => look.push(x.id),
                Some(k) if k.loaded != fp && !d.flights.contains_key(&x.id) => {
                    let stamp = Stamp::of(&path);
                    d.known.insert(path, Known { stamp, loaded: fp });
                }
                _ => {}
            }
        }
    }
    if let Some(why) = failed {
        fall_back(app, &why);
    }
    look.dedup();
    for e in look {
        submit_look(app, e, false, Why::Disk);
    }
}

/// Where the system names `path`: its folder resolved (links, `..`), so
/// an event's path and the meeting's can be compared.
fn system_name(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (abs.parent(), abs.file_name()) {
        (Some(dir), Some(name)) => dir
            .canonicalize()
            .map(|d| d.join(name))
            .unwrap_or_else(|_| abs.clone()),
        _ => abs,
    }
}

/// Our own write of meeting `e` is back: each file's stamp as the worker
/// took it right after writing is known as ours if the file then held what
/// was written; one that held anything else (written by someone else at
/// once) is forgotten, so it is looked at. A change made after the stamp,
/// before this answer was taken, moved the stamp: it is looked at now.
pub(super) fn written_stamps(app: &mut App, e: MeetingId, stamps: disk_worker::Stamps) {
    let Some(x) = app.library.get(e) else {
        return;
    };
    let now = files(x);
    let d = &mut app.edit.disk;
    for (path, seen) in stamps {
        let Some(&(_, loaded)) = now.iter().find(|(p, _)| *p == path) else {
            continue;
        };
        match seen {
            Some((stamp, held)) if held == loaded => {
                let stamp = Some(stamp);
                d.known.insert(path, Known { stamp, loaded });
            }
            _ => {
                d.known.remove(&path);
            }
        }
    }
    check(app, e);
}

/// Looks at meeting `e` if a file's stamp moved since it was last known.
fn check(app: &mut App, e: MeetingId) {
    let Some(x) = app.library.get(e) else {
        return;
    };
    // Being written by us: looked at again once the write is back (its
    // own change is then known, and finds nothing new). Being merged or
    // kept as mine: the answer replaces the meeting; looked at after.
    if app.edit.disk.writing.contains_key(&e) || app.edit.disk.replacing.contains_key(&e) {
        app.edit.disk.rescan = true;
        return;
    }
    let dirty = x.editor.is_dirty();
    // The person chose to deal with this file's change later: Ctrl-s asks.
    // (While the file on disk does not load, it is still looked at: its
    // fix must take its errors away.)
    if dirty && app.edit.deferred.contains(&x.doc().path) && x.on_disk.is_none() {
        return;
    }
    let d = &app.edit.disk;
    let moved = files(x).iter().any(|(p, _)| match d.known.get(p) {
        Some(k) => k.stamp != Stamp::of(p),
        None => true,
    });
    if moved {
        submit_look(app, e, false, Why::Disk);
    }
}

/// Reads meeting `e`'s files again on the worker, loading them if they
/// changed (or at once if `force`, for `$EDITOR` and "reload theirs").
pub fn look(app: &mut App, e: MeetingId, force: bool, why: Why) {
    submit_look(app, e, force, why);
}

fn submit_look(app: &mut App, e: MeetingId, force: bool, why: Why) {
    let Some(x) = app.library.get(e) else {
        return;
    };
    let d = &mut app.edit.disk;
    if !force && let Some(f) = d.flights.get_mut(&e) {
        f.again = true;
        return;
    }
    d.generation += 1;
    let generation = d.generation;
    d.flights.insert(
        e,
        Flight {
            generation,
            again: false,
            loading: false,
        },
    );
    let job = Job::Look {
        entry: e,
        generation,
        files: files(x),
        // Loaded even with unsaved edits here: whether theirs loads decides
        // what the question about it may offer (see `broken_disk`).
        reload: true,
        force,
        why,
    };
    submit(app, job);
}

/// Holds the worker (jobs sent meanwhile wait behind) until the returned
/// barrier is waited on: a slow disk, for tests. `None` without a worker.
#[doc(hidden)]
pub fn hold(app: &mut App) -> Option<std::sync::Arc<std::sync::Barrier>> {
    let w = app.edit.disk.worker.as_ref()?;
    let gate = std::sync::Arc::new(std::sync::Barrier::new(2));
    w.send(Job::Hold(gate.clone())).ok()?;
    Some(gate)
}

pub(super) fn submit(app: &mut App, job: Job) {
    app.edit.disk.looks += usize::from(matches!(job, Job::Look { .. }));
    let job = match &app.edit.disk.worker {
        Some(w) => match w.send(job) {
            Ok(()) => return,
            // The worker is gone (it never panics on a file; see there):
            // do the job here rather than never.
            Err(back) => back.0,
        },
        None => job,
    };
    let d = disk_worker::run(job, app.today, None, &mut |_, _| {});
    done(app, d);
}

/// The worker's answer.
fn done(app: &mut App, d: Done) {
    if let Found::Replaced(o) = d.found {
        return super::replacing::answer(app, d.entry, d.generation, *o);
    }
    if let Found::Opened(path, r) = d.found {
        return opened(app, path, r);
    }
    if let Found::Written(w) = d.found {
        return saving::written(app, d.entry, *w, d.stamps);
    }
    let e = d.entry;
    let Some(flight) = app.edit.disk.flights.get(&e).copied() else {
        return;
    };
    if flight.generation != d.generation {
        return; // overtaken by a newer look
    }
    // Nor while the meeting is being written or replaced: its answer
    // could replace the meeting the other answer is for. Taken after.
    let d_ = &app.edit.disk;
    if !app.edit.modals.is_empty() || d_.writing.contains_key(&e) || d_.replacing.contains_key(&e) {
        app.edit.disk.held.push(d);
        return;
    }
    app.edit.disk.flights.remove(&e);
    let Some(x) = app.library.get(e) else {
        return;
    };
    let now = files(x);
    if d.why == Why::Disk && d.compared != now {
        // Saved or reloaded meanwhile: this answer is about a state gone.
        check(app, e);
        return;
    }
    let reloaded = match &d.found {
        Found::Reloaded(new) => Some(files(new)),
        _ => None,
    };
    for (path, seen) in &d.stamps {
        let loaded = reloaded
            .as_ref()
            .and_then(|r| r.iter().find(|(p, _)| p == path))
            .or_else(|| now.iter().find(|(p, _)| p == path))
            .map(|(_, fp)| *fp);
        if let Some(loaded) = loaded {
            let stamp = seen.map(|(s, _)| s);
            app.edit
                .disk
                .known
                .insert(path.clone(), Known { stamp, loaded });
        }
    }
    found(app, e, d.found, d.why);
    if flight.again {
        check(app, e);
    }
}

/// Does what the answer calls for, and says so.
fn found(app: &mut App, e: MeetingId, f: Found, why: Why) {
    let x = &app.library[e];
    let path = x.doc().path.clone();
    let shown = Library::show_path(&path);
    let dirty = x.editor.is_dirty();
    let deferred = app.edit.deferred.contains(&path);
    // Anything but "does not load": the file on disk is no longer that.
    let was_broken = !matches!(f, Found::DoesNotLoad(_)) && super::broken_disk::loads_again(app, e);
    match f {
        Found::Same => {
            // Back as it was loaded (a file put back after a delete, a
            // change undone): nothing to deal with later any more.
            if deferred {
                app.edit.deferred.retain(|p| *p != path);
                app.say(
                    Level::Note,
                    crate::tr!("tui-disk-back", path = shown.clone()),
                );
            }
            if let Why::Editor(r) = why {
                let n = app.library[e].problems.len();
                let msg = crate::tr!("tui-disk-editor-unchanged", path = shown, n = n);
                editor_said(app, r, msg);
            }
        }
        Found::Deleted if !deferred => {
            app.edit.deferred.push(path);
            let key = if dirty {
                "tui-disk-deleted-unsaved"
            } else {
                "tui-disk-deleted"
            };
            app.say(Level::Warning, crate::tr!(key, path = shown));
        }
        Found::Deleted => {}
        Found::Changed | Found::Reloaded(_) if dirty && why == Why::Disk => {
            if !deferred {
                saving::ask_changed_on_disk(app, e);
            } else if was_broken {
                app.say(
                    Level::Note,
                    crate::tr!("tui-disk-loads-again-unsaved", path = shown),
                );
            }
        }
        // Edits undone while it was read: load it now.
        Found::Changed => submit_look(app, e, false, why),
        Found::Reloaded(new) => reloaded(app, e, new, why, path, shown),
        Found::DoesNotLoad(problems) => super::broken_disk::does_not_load(app, e, problems, why),
        Found::Opened(..) | Found::Written(_) | Found::Replaced(_) => {}
    }
}

/// A changed file read again replaces the meeting, and that is said.
fn reloaded(
    app: &mut App,
    e: MeetingId,
    mut new: Box<crate::tui::library::Entry>,
    why: Why,
    path: PathBuf,
    shown: String,
) {
    new.id = e;
    // The history goes with the version it was made on (its steps name
    // records by place, which the change on disk may have moved): said.
    let h = &app.library[e].editor.history;
    let cleared = h.can_undo() || h.can_redo();
    app.library[e] = *new;
    app.edit.deferred.retain(|p| *p != path);
    app.edit.disk.reloads += 1;
    app.forget_unused_rooms(e);
    app.documents_changed();
    let n = app.library[e].problems.len();
    reloaded_said(app, why, shown, n);
    if cleared && let Some(st) = app.status.take() {
        let why = crate::tr!("tui-disk-undo-cleared");
        app.say(st.level, format!("{} · {why}", st.text));
    }
}

/// What a reload says, by why it was asked for.
fn reloaded_said(app: &mut App, why: Why, shown: String, n: usize) {
    match why {
        Why::Disk => app.say(Level::Note, crate::tr!("tui-disk-reloaded", path = shown)),
        Why::Asked => app.say(
            Level::Note,
            crate::tr!("tui-disk-asked-reloaded", path = shown),
        ),
        Why::Editor(r) => {
            let msg = crate::tr!("tui-disk-editor-reloaded", path = shown, n = n);
            editor_said(app, r, msg);
        }
    }
}

/// "Keep both" saved mine under a new name: their file, left as it is on
/// disk, is opened again beside it, loaded and checked on the worker (a
/// large agenda would hold up the keys for seconds here).
pub fn reopen(app: &mut App, path: PathBuf) {
    let d = &mut app.edit.disk;
    d.opening.insert(path.clone());
    d.quiet.insert(path.clone());
    submit(app, Job::Open { path });
}

/// A file new in the folder (or fixed) was opened: added to the meetings,
/// or its problems replace the ones it had. The meeting shown stays.
fn opened(
    app: &mut App,
    path: PathBuf,
    r: Result<Box<crate::tui::library::Entry>, Vec<crate::problem::Problem>>,
) {
    app.edit.disk.opening.remove(&path);
    let quiet = app.edit.disk.quiet.remove(&path);
    let shown = Library::show_path(&path);
    let had = app.library.failures.iter().any(|p| p.file == path);
    match r {
        Ok(e) => {
            if app.library.entries.iter().any(|x| x.doc().path == path) {
                return;
            }
            app.library.failures.retain(|p| p.file != path);
            let current = app.current();
            app.library.insert(*e);
            if let Some(i) = current.and_then(|id| app.library.index_of(id)) {
                let (len, h) = (
                    app.library.entries.len(),
                    app.height(crate::tui::action::View::Meetings),
                );
                app.meetings.scroll.select(i, len, h);
            }
            app.documents_changed();
            let key = if had {
                "tui-disk-fixed-opened"
            } else {
                "tui-disk-new-opened"
            };
            if !quiet {
                app.say(Level::Note, crate::tr!(key, path = shown));
            }
        }
        // A participant list: read through its meeting.
        Err(p) if p.is_empty() => {}
        Err(p) => {
            app.library.failures.retain(|x| x.file != path);
            let n = p.len();
            app.library.failures.extend(p);
            app.documents_changed();
            app.say(
                Level::Warning,
                crate::tr!("tui-disk-new-failed", path = shown, n = n),
            );
        }
    }
}

/// Back from the editor: `msg`, after the editor's own failure if any.
fn editor_said(app: &mut App, ended: Result<(), String>, msg: String) {
    match ended {
        Ok(()) => app.say(Level::Note, msg),
        Err(e) => app.say(Level::Error, format!("{e} · {msg}")),
    }
}

/// What the footer's quiet "saving…" mark names: the meetings being
/// written on the worker.
pub fn saving(app: &App) -> Vec<String> {
    let d = &app.edit.disk;
    d.writing
        .keys()
        .filter_map(|e| app.library.get(*e))
        .map(|x| Library::show_path(&x.doc().path))
        .collect()
}

/// What the footer's quiet mark names: the meetings being reloaded or
/// opened (a merge's read of theirs is [`super::replacing::marks`]).
pub fn reloading(app: &App) -> Vec<String> {
    let d = &app.edit.disk;
    let mut ids: Vec<MeetingId> = d
        .flights
        .iter()
        .filter(|(_, f)| f.loading)
        .map(|(e, _)| *e)
        .collect();
    ids.sort();
    ids.dedup();
    ids.iter()
        .filter_map(|e| app.library.get(*e))
        .map(|x| Library::show_path(&x.doc().path))
        .chain(d.opening.iter().map(|p| Library::show_path(p)))
        .collect()
}
