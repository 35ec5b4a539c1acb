//! The open meetings kept in step with the disk: a change made elsewhere
//! is picked up (through the system's notifications, or the stamps when
//! there are none), loaded off the UI thread, and our own saves never
//! start a reload. In-process with the real watch and worker, headless
//! (stamps on each tick), and the real binary in a pseudo-terminal.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::Tty;
use common::app::app_on;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::tui::action::Action;
use plenary::tui::app::App;
use plenary::tui::app::editing::disk_watch::{self, Mode};
use plenary::tui::disk_worker::{DiskNews, Done, Found, Report, Why};
use plenary::tui::event;

fn copy_vcasie(dir: &Path) -> PathBuf {
    let path = dir.join("2020-vcasie.yaml");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas/2020-vcasie.yaml"),
        &path,
    )
    .unwrap();
    path
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    if let Some(a) = event::to_action(Event::Key(KeyEvent::new(code, mods)), &app.context()) {
        app.update(a);
    }
}

fn status(app: &App) -> String {
    app.status.as_deref().unwrap_or_default().to_string()
}

fn titles(app: &App) -> Vec<String> {
    app.library.entries[0]
        .meeting()
        .sessions
        .iter()
        .map(|s| s.title.primary().to_string())
        .collect()
}

/// Writes `text` as editors do: a new file beside, renamed over the old.
fn save_by_rename(path: &Path, text: &str) {
    let tmp = path.with_extension("yaml.swp");
    fs::write(&tmp, text).unwrap();
    fs::rename(&tmp, path).unwrap();
}

/// An app on a copy, with the real watch and worker; their news arrive on
/// the returned channel, to be applied with [`pump`].
fn connected() -> (tempfile::TempDir, PathBuf, App, Receiver<DiskNews>) {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let mut app = app_on(dir.path(), 120, 40);
    let (tx, rx) = mpsc::channel();
    disk_watch::connect(&mut app, None, move |n| tx.send(n).is_ok());
    app.update(Action::Tick);
    (dir, path, app, rx)
}

/// After the write is back: the app may exit, and the file holds
/// `sessions`, written whole.
fn may_exit_once_written(app: &App, path: &Path, sessions: &[plenary::domain::Session]) {
    assert!(plenary::tui::app::editing::may_exit(app), "{}", status(app));
    let on_disk = plenary::load::load(path).expect("the save loads");
    assert_eq!(
        on_disk.meeting.sessions.as_slice(),
        sessions,
        "written whole before quitting"
    );
}

/// Applies news until `done` holds (or ten seconds pass: the test then
/// fails on what it checks next).
fn pump(app: &mut App, rx: &Receiver<DiskNews>, done: impl Fn(&App) -> bool) {
    let until = Instant::now() + Duration::from_secs(10);
    while !done(app) && Instant::now() < until {
        match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(n) => app.update(Action::Disk(n)),
            // Without notifications the stamps are compared on ticks.
            Err(_) => app.update(Action::Tick),
        }
    }
}

/// Applies whatever news comes within `quiet`.
fn drain(app: &mut App, rx: &Receiver<DiskNews>, quiet: Duration) {
    while let Ok(n) = rx.recv_timeout(quiet) {
        app.update(Action::Disk(n));
    }
}

#[test]
fn a_change_on_disk_is_picked_up_by_the_watch_and_loaded_on_the_worker() {
    let (_d, path, mut app, rx) = connected();
    // The first look (does the disk still hold what was loaded?) finds it so.
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    assert_eq!(app.edit.disk.reloads, 0);
    let text = fs::read_to_string(&path).unwrap();
    save_by_rename(&path, &text.replacen("Webinar 2:", "Webinar Two:", 1));
    pump(&mut app, &rx, |a| a.edit.disk.reloads == 1);
    assert!(
        titles(&app).iter().any(|t| t.starts_with("Webinar Two:")),
        "{titles:?} · {s}",
        titles = titles(&app),
        s = status(&app)
    );
    assert!(
        status(&app).contains("changed on disk; reloaded"),
        "{}",
        status(&app)
    );
    // Written again in place (not by rename): seen too.
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("Webinar Two:", "Webinar Deux:", 1)).unwrap();
    pump(&mut app, &rx, |a| a.edit.disk.reloads == 2);
    assert!(titles(&app).iter().any(|t| t.starts_with("Webinar Deux:")));
    assert!(
        disk_watch::reloading(&app).is_empty(),
        "the mark goes when done"
    );
}

#[test]
fn our_own_save_is_not_reloaded_nor_even_read_again() {
    let (_d, path, mut app, rx) = connected();
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    let looks = app.edit.disk.looks;
    key(&mut app, KeyCode::Char('2'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Char('<'), KeyModifiers::NONE);
    assert!(app.library.entries[0].editor.is_dirty());
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(status(&app).starts_with("saving"), "{}", status(&app));
    pump(&mut app, &rx, |a| a.edit.disk.writing.is_empty());
    assert!(status(&app).starts_with("saved"), "{}", status(&app));
    assert!(!app.library.entries[0].editor.is_dirty());
    let saved = fs::read_to_string(&path).unwrap();
    // The save's own events come and go; a tick or two for the stamps.
    drain(&mut app, &rx, Duration::from_millis(500));
    app.update(Action::Tick);
    drain(&mut app, &rx, Duration::from_millis(200));
    assert_eq!(app.edit.disk.reloads, 0, "{}", status(&app));
    assert_eq!(app.edit.disk.looks, looks, "nothing read again");
    assert!(
        !status(&app).contains("changed on disk"),
        "{}",
        status(&app)
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), saved);
    // And a change after it is still seen.
    save_by_rename(&path, &saved.replacen("Webinar 2:", "Webinar Two:", 1));
    pump(&mut app, &rx, |a| a.edit.disk.reloads == 1);
    assert!(titles(&app).iter().any(|t| t.starts_with("Webinar Two:")));
}

#[test]
fn a_stale_answer_does_not_overwrite_a_newer_one() {
    let (_d, path, mut app, rx) = connected();
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    let e = app.library.entries[0].id;
    let text = fs::read_to_string(&path).unwrap();
    save_by_rename(&path, &text.replacen("Webinar 2:", "Webinar Two:", 1));
    // An answer from an older look (generation 0 was never asked for),
    // holding a version nobody has on disk, arrives first.
    let mut old = app.library.entries[0].clone();
    old.editor.doc.meeting.sessions[1].title = plenary::domain::Text::plain("Stale title");
    let compared = vec![(old.doc().path.clone(), old.doc().fingerprint)];
    app.update(Action::Disk(DiskNews::Worker(Report::Done(Box::new(
        Done {
            entry: e,
            generation: 0,
            compared,
            stamps: Vec::new(),
            found: Found::Reloaded(Box::new(old)),
            why: Why::Disk,
        },
    )))));
    assert!(!titles(&app).iter().any(|t| t == "Stale title"));
    pump(&mut app, &rx, |a| a.edit.disk.reloads == 1);
    assert!(titles(&app).iter().any(|t| t.starts_with("Webinar Two:")));
    assert!(!titles(&app).iter().any(|t| t == "Stale title"));
}

#[test]
fn headless_the_stamps_find_a_deleted_file_and_its_return() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let mut app = app_on(dir.path(), 120, 40);
    assert_eq!(app.edit.disk.mode, Mode::Poll);
    app.update(Action::Tick);
    let text = fs::read_to_string(&path).unwrap();
    fs::remove_file(&path).unwrap();
    app.update(Action::Tick);
    assert!(
        status(&app).contains("was deleted or moved on disk"),
        "{}",
        status(&app)
    );
    // Asked once, not on every tick.
    app.status = None;
    app.update(Action::Tick);
    assert_eq!(status(&app), "");
    save_by_rename(&path, &text.replacen("Webinar 2:", "Webinar Two:", 1));
    app.update(Action::Tick);
    assert!(
        status(&app).contains("changed on disk; reloaded"),
        "{}",
        status(&app)
    );
    assert!(titles(&app).iter().any(|t| t.starts_with("Webinar Two:")));
    assert!(app.edit.deferred.is_empty());
    // Deleted and put back byte for byte: said, and nothing left to deal with.
    let now = fs::read_to_string(&path).unwrap();
    fs::remove_file(&path).unwrap();
    app.update(Action::Tick);
    assert_eq!(app.edit.deferred.len(), 1);
    fs::write(&path, now).unwrap();
    app.update(Action::Tick);
    assert!(
        status(&app).contains("is on disk again as it was loaded"),
        "{}",
        status(&app)
    );
    assert!(app.edit.deferred.is_empty());
}

#[test]
fn a_file_that_stops_loading_is_reloaded_once_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Tick);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, format!("{text}title: [unclosed\n")).unwrap();
    app.update(Action::Tick);
    assert!(
        status(&app).contains("does not load now"),
        "{}",
        status(&app)
    );
    assert_eq!(app.library.entries.len(), 1, "the version before is shown");
    fs::write(&path, text.replacen("Webinar 2:", "Webinar Two:", 1)).unwrap();
    app.update(Action::Tick);
    assert!(
        titles(&app).iter().any(|t| t.starts_with("Webinar Two:")),
        "{}",
        status(&app)
    );
}

#[test]
fn the_binary_picks_up_a_change_on_disk_and_not_its_own_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let d = dir.path().to_str().unwrap();
    let mut t = Tty::start(dir.path(), &["--today", "2026-11-26", d], &[], 100, 30);
    t.wait_for("vCASIE 2020");
    t.send("\r");
    t.wait_for("Webinar 2");
    let text = fs::read_to_string(&path).unwrap();
    save_by_rename(&path, &text.replacen("Webinar 2:", "Webinar Two:", 1));
    t.wait_for("Webinar Two");
    t.wait_for("changed on disk; reloaded");
    // Our own save: said, and no reload follows it.
    t.send("<");
    t.wait_for("unsaved");
    t.send("\x13"); // Ctrl-s
    t.wait_for("saved ");
    std::thread::sleep(Duration::from_millis(1_500));
    let screen = t.screen();
    assert!(screen.contains("saved "), "{screen}");
    assert!(!screen.contains("changed on disk"), "{screen}");
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();
}

#[test]
fn a_meeting_file_new_in_the_folder_is_opened_and_a_broken_one_once_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let broken = dir.path().join("2021-draft.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&broken, format!("{text}title: [unclosed\n")).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    assert_eq!(app.library.entries.len(), 1);
    assert!(!app.library.failures.is_empty());
    app.update(Action::Tick);
    app.update(Action::Tick);
    assert_eq!(app.library.entries.len(), 1, "nothing new yet");
    // Not a meeting file: passed over.
    fs::write(dir.path().join("notes.txt"), "x").unwrap();
    fs::write(dir.path().join(".2021-vcasie.yaml.swp"), "x").unwrap();
    save_by_rename(&dir.path().join("2022-copy.yaml"), &text);
    app.update(Action::Tick);
    assert_eq!(app.library.entries.len(), 2, "{}", status(&app));
    assert!(
        status(&app).contains("appeared on disk; opened"),
        "{}",
        status(&app)
    );
    fs::write(&broken, &text).unwrap();
    app.update(Action::Tick);
    assert_eq!(app.library.entries.len(), 3, "{}", status(&app));
    assert!(app.library.failures.is_empty());
    assert!(
        status(&app).contains("loads now; opened"),
        "{}",
        status(&app)
    );
    // Opened once: nothing more on the next ticks.
    app.update(Action::Tick);
    assert_eq!(app.library.entries.len(), 3);
}

#[test]
fn the_watch_opens_a_meeting_file_new_in_the_folder() {
    let (dir, path, mut app, rx) = connected();
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    let text = fs::read_to_string(&path).unwrap();
    save_by_rename(&dir.path().join("2022-copy.yaml"), &text);
    pump(&mut app, &rx, |a| a.library.entries.len() == 2);
    assert_eq!(app.library.entries.len(), 2, "{}", status(&app));
    assert!(
        status(&app).contains("appeared on disk; opened"),
        "{}",
        status(&app)
    );
}

#[test]
fn a_failed_watch_falls_back_to_stamps_and_says_so_once() {
    let (_d, path, mut app, rx) = connected();
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    let failed = || DiskNews::Watch(plenary::watch::News::Failed("inotify gone".into()));
    app.update(Action::Disk(failed()));
    assert_eq!(app.edit.disk.mode, Mode::Poll);
    assert!(
        status(&app)
            .contains("(inotify gone); their size and time are compared every second instead"),
        "{}",
        status(&app)
    );
    app.status = None;
    app.update(Action::Disk(failed()));
    assert_eq!(status(&app), "", "said once");
    // Still noticed, on the ticks.
    let text = fs::read_to_string(&path).unwrap();
    save_by_rename(&path, &text.replacen("Webinar 2:", "Webinar Two:", 1));
    pump(&mut app, &rx, |a| a.edit.disk.reloads == 1);
    assert!(titles(&app).iter().any(|t| t.starts_with("Webinar Two:")));
}

/// "Keep both" saves mine beside theirs; theirs is opened again on the
/// worker (not read on the UI thread), beside mine, without a second note.
#[test]
fn keep_both_opens_theirs_on_the_worker() {
    use plenary::tui::keymap::Overlay;
    let (_d, path, mut app, rx) = connected();
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    common::app::press(&mut app, "2D");
    assert!(app.library.entries[0].editor.is_dirty(), "an unsaved edit");
    let text = fs::read_to_string(&path).unwrap();
    let theirs = text.replacen("Webinar 2:", "Webinar 2 (theirs):", 1);
    save_by_rename(&path, &theirs);
    pump(&mut app, &rx, |a| {
        a.context().overlay() == Some(Overlay::Confirm)
    });
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    common::app::press(&mut app, "k");
    pump(&mut app, &rx, |a| a.library.entries.len() == 2);
    assert_eq!(app.library.entries.len(), 2, "{}", status(&app));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "theirs untouched"
    );
    let mine = path.with_file_name("2020-vcasie-mine.yaml");
    assert!(mine.exists());
    let open: Vec<&Path> = app
        .library
        .entries
        .iter()
        .map(|e| e.doc().path.as_path())
        .collect();
    assert!(open.contains(&path.as_path()) && open.contains(&mine.as_path()));
    assert!(app.library.entries.iter().all(|e| !e.editor.is_dirty()));
    assert!(status(&app).contains("vcasie-mine"), "{}", status(&app));
    assert!(disk_watch::reloading(&app).is_empty());
}

/// An unsaved edit here (a session duplicated); theirs made unmergeable on disk (it does not
/// load); Ctrl-s asks, after their file is read on the worker.
fn asked_to_overwrite() -> (tempfile::TempDir, PathBuf, App, Receiver<DiskNews>, String) {
    use plenary::tui::keymap::Overlay;
    let (d, path, mut app, rx) = connected();
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    common::app::press(&mut app, "2D");
    assert!(app.library.entries[0].editor.is_dirty(), "an unsaved edit");
    let theirs = format!("{}title: [unclosed\n", fs::read_to_string(&path).unwrap());
    save_by_rename(&path, &theirs);
    common::app::press(&mut app, "<C-s>");
    pump(&mut app, &rx, |a| {
        a.context().overlay() == Some(Overlay::Confirm)
    });
    assert_eq!(
        app.context().overlay(),
        Some(Overlay::Confirm),
        "{}",
        status(&app)
    );
    (d, path, app, rx, theirs)
}

#[test]
fn keep_mine_is_written_on_the_worker_while_keys_and_edits_go_on() {
    let (_d, path, mut app, rx, theirs) = asked_to_overwrite();
    let mine = app.library.entries[0].meeting().sessions.clone();
    common::app::press(&mut app, "o");
    // Back at once: being written, and said so.
    assert!(
        status(&app).contains("saving mine over"),
        "{}",
        status(&app)
    );
    // Keys answer meanwhile (headless the write may already be in: it is
    // on the worker either way); an edit made now is not in the file.
    common::app::press(&mut app, "j");
    key(&mut app, KeyCode::Char('<'), KeyModifiers::NONE);
    // (A Ctrl-s now would save that edit once the write is back: see
    // `a_save_asked_for_while_one_is_written_is_made_once_it_is_back`.)
    pump(&mut app, &rx, |a| a.edit.disk.writing.is_empty());
    let bak = path.with_file_name("2020-vcasie.yaml.theirs");
    assert_eq!(fs::read_to_string(bak).unwrap(), theirs, "theirs kept");
    let on_disk = plenary::load::load(&path).expect("mine on disk loads");
    assert_eq!(on_disk.meeting.sessions, mine, "mine as it was when asked");
    // The later edit stays unsaved; undoing it comes back to the save.
    let entry = &app.library.entries[0];
    assert!(entry.editor.is_dirty(), "{}", status(&app));
    assert_eq!(entry.doc().fingerprint, on_disk.fingerprint);
    common::app::press(&mut app, "u");
    let entry = &app.library.entries[0];
    assert!(!entry.editor.is_dirty(), "{}", status(&app));
    assert_eq!(entry.meeting().sessions, on_disk.meeting.sessions);
    // The write's own events start no question and no reload.
    drain(&mut app, &rx, Duration::from_millis(500));
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    assert_eq!(app.edit.disk.reloads, 0);
}

#[test]
fn keep_mine_that_cannot_be_written_leaves_the_edits_unsaved() {
    let (_d, path, mut app, rx, theirs) = asked_to_overwrite();
    let before = app.library.entries[0].doc().fingerprint;
    let mut ro = fs::metadata(&path).unwrap().permissions();
    ro.set_readonly(true);
    fs::set_permissions(&path, ro).unwrap();
    common::app::press(&mut app, "o");
    pump(&mut app, &rx, |a| a.edit.disk.writing.is_empty());
    assert!(status(&app).contains("not saved"), "{}", status(&app));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "theirs untouched"
    );
    let entry = &app.library.entries[0];
    assert!(entry.editor.is_dirty(), "the edits are still here, unsaved");
    assert_eq!(
        entry.doc().fingerprint,
        before,
        "and still known as unsaved over theirs"
    );
}

/// Opened on one file that does not load (git conflict markers), the app
/// said it would open the file again once saved, but watched nothing: the
/// root is a file, not a folder. Fixed in place, by rename, and headless.
#[test]
fn a_single_file_that_did_not_load_is_opened_once_fixed() {
    let conflicted = |text: &str| format!("<<<<<<< HEAD\n{text}=======\n>>>>>>> theirs\n");
    // With the watch: fixed in place (as `sed -i` does not, but `>` does) ...
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, conflicted(&text)).unwrap();
    let mut app = app_on(&path, 120, 40);
    assert!(app.library.entries.is_empty() && !app.library.failures.is_empty());
    let (tx, rx) = mpsc::channel();
    disk_watch::connect(&mut app, None, move |n| tx.send(n).is_ok());
    app.update(Action::Tick);
    drain(&mut app, &rx, Duration::from_millis(300));
    fs::write(&path, &text).unwrap();
    pump(&mut app, &rx, |a| a.library.entries.len() == 1);
    assert_eq!(app.library.entries.len(), 1, "{}", status(&app));
    assert!(app.library.failures.is_empty());
    // ... and by rename, as editors and `sed -i` save.
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    fs::write(&path, conflicted(&text)).unwrap();
    let mut app = app_on(&path, 120, 40);
    let (tx, rx) = mpsc::channel();
    disk_watch::connect(&mut app, None, move |n| tx.send(n).is_ok());
    app.update(Action::Tick);
    drain(&mut app, &rx, Duration::from_millis(300));
    save_by_rename(&path, &text);
    pump(&mut app, &rx, |a| a.library.entries.len() == 1);
    assert_eq!(app.library.entries.len(), 1, "{}", status(&app));
    // Headless, the stamps on each tick find it.
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    fs::write(&path, conflicted(&text)).unwrap();
    let mut app = app_on(&path, 120, 40);
    app.update(Action::Tick);
    app.update(Action::Tick);
    assert!(app.library.entries.is_empty());
    fs::write(&path, &text).unwrap();
    app.update(Action::Tick);
    assert_eq!(app.library.entries.len(), 1, "{}", status(&app));
    assert!(
        status(&app).contains("loads now; opened"),
        "{}",
        status(&app)
    );
}

fn screen(app: &App) -> String {
    let t = common::app::draw(app);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// An app with the worker held (a slow disk: jobs wait behind the hold)
/// and an unsaved edit (the second session made shorter) saved with
/// Ctrl-s: the save is under way and cannot have finished.
fn saving_on_a_held_worker() -> (
    tempfile::TempDir,
    PathBuf,
    App,
    Receiver<DiskNews>,
    std::sync::Arc<std::sync::Barrier>,
) {
    let (d, path, mut app, rx) = connected();
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    common::app::press(&mut app, "2<");
    assert!(app.library.entries[0].editor.is_dirty());
    let gate = disk_watch::hold(&mut app).expect("a worker to hold");
    common::app::press(&mut app, "<C-s>");
    let e = app.library.entries[0].id;
    assert!(app.edit.disk.writing.contains_key(&e), "{}", status(&app));
    assert!(status(&app).starts_with("saving"), "{}", status(&app));
    (d, path, app, rx, gate)
}

#[test]
fn keys_and_edits_are_answered_while_a_save_is_written() {
    let (_d, path, mut app, rx, gate) = saving_on_a_held_worker();
    let before = fs::read_to_string(&path).unwrap();
    let mine = app.library.entries[0].meeting().sessions.clone();
    // The cursor moves and an edit is made while the save waits on the disk.
    let at = app.selected_session();
    common::app::press(&mut app, "j");
    assert_ne!(app.selected_session(), at, "the cursor moved");
    common::app::press(&mut app, ">");
    assert!(app.library.entries[0].editor.is_dirty());
    // The footer keeps saying so, though the key took the status.
    assert!(screen(&app).contains("saving "), "{}", screen(&app));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        before,
        "not written yet"
    );
    gate.wait();
    pump(&mut app, &rx, |a| a.edit.disk.writing.is_empty());
    assert!(status(&app).starts_with("saved"), "{}", status(&app));
    // The file holds the meeting as it was at Ctrl-s; the later edit stays
    // unsaved, and undoing it comes back to the save.
    let on_disk = plenary::load::load(&path).expect("the save loads");
    assert_eq!(on_disk.meeting.sessions, mine);
    let entry = &app.library.entries[0];
    assert!(entry.editor.is_dirty(), "the edit made meanwhile");
    assert_eq!(entry.doc().fingerprint, on_disk.fingerprint);
    common::app::press(&mut app, "u");
    assert!(
        !app.library.entries[0].editor.is_dirty(),
        "{}",
        status(&app)
    );
    // Its own write starts no question and no reload.
    drain(&mut app, &rx, Duration::from_millis(500));
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    assert_eq!(app.edit.disk.reloads, 0);
}

#[test]
fn quitting_while_a_save_is_written_waits_for_it() {
    let (_d, path, mut app, rx, gate) = saving_on_a_held_worker();
    let mine = app.library.entries[0].meeting().sessions.clone();
    // Nothing else unsaved: `q` quits without asking, once it is written.
    common::app::press(&mut app, "q");
    assert!(app.quit);
    assert!(
        !plenary::tui::app::editing::may_exit(&app),
        "not while it is written"
    );
    assert!(status(&app).contains("quits once"), "{}", status(&app));
    gate.wait();
    pump(&mut app, &rx, |a| a.edit.disk.writing.is_empty());
    may_exit_once_written(&app, &path, &mine);
}

#[test]
fn a_save_that_fails_keeps_the_edits_unsaved_and_the_app_open() {
    let (_d, path, mut app, rx, gate) = saving_on_a_held_worker();
    let before = app.library.entries[0].doc().fingerprint;
    let text = fs::read_to_string(&path).unwrap();
    common::app::press(&mut app, "q");
    assert!(app.quit, "waiting for the write");
    // The file cannot be written by the time the worker gets to it.
    let mut ro = fs::metadata(&path).unwrap().permissions();
    ro.set_readonly(true);
    fs::set_permissions(&path, ro).unwrap();
    gate.wait();
    pump(&mut app, &rx, |a| a.edit.disk.writing.is_empty());
    let said = status(&app);
    assert!(said.contains("not saved"), "{said}");
    assert!(said.contains("2020-vcasie.yaml"), "the file: {said}");
    assert!(said.contains("still open"), "{said}");
    assert!(!app.quit && !plenary::tui::app::editing::may_exit(&app));
    assert_eq!(fs::read_to_string(&path).unwrap(), text, "untouched");
    let entry = &app.library.entries[0];
    assert!(entry.editor.is_dirty(), "the edits are still here, unsaved");
    assert_eq!(entry.doc().fingerprint, before);
}

#[test]
fn a_save_asked_for_while_one_is_written_is_made_once_it_is_back() {
    let (_d, path, mut app, rx, gate) = saving_on_a_held_worker();
    common::app::press(&mut app, ">");
    let now = app.library.entries[0].meeting().sessions.clone();
    common::app::press(&mut app, "<C-s>");
    assert!(
        status(&app).contains("saved again once"),
        "{}",
        status(&app)
    );
    gate.wait();
    pump(&mut app, &rx, |a| a.edit.disk.writing.is_empty());
    assert!(status(&app).starts_with("saved"), "{}", status(&app));
    let on_disk = plenary::load::load(&path).expect("the save loads");
    assert_eq!(on_disk.meeting.sessions, now, "the later edit saved too");
    assert!(!app.library.entries[0].editor.is_dirty());
}

#[test]
fn undoing_to_the_save_point_while_it_is_written_saves_again_and_opens_no_editor() {
    let (_d, path, mut app, rx, gate) = saving_on_a_held_worker();
    // Back where the file was: clean-looking, but the write changes it.
    common::app::press(&mut app, "u");
    let entry = &app.library.entries[0];
    assert!(!entry.editor.is_dirty());
    assert!(entry.editor.text_away(), "its text is with the save");
    let now = entry.meeting().sessions.clone();
    // `E` would open the file being replaced, at lines of no text.
    common::app::press(&mut app, "E");
    assert!(app.edit.external.is_none());
    assert!(
        status(&app).contains("still being saved"),
        "{}",
        status(&app)
    );
    // Ctrl-s is not "no changes": it saves again once the write is back.
    common::app::press(&mut app, "<C-s>");
    assert!(
        status(&app).contains("saved again once"),
        "{}",
        status(&app)
    );
    gate.wait();
    pump(&mut app, &rx, |a| a.edit.disk.writing.is_empty());
    let on_disk = plenary::load::load(&path).expect("the save loads");
    assert_eq!(on_disk.meeting.sessions, now, "saved as it is now");
    let entry = &app.library.entries[0];
    assert!(!entry.editor.is_dirty() && !entry.editor.text_away());
    assert_eq!(entry.doc().fingerprint, on_disk.fingerprint);
    assert!(!entry.doc().text.is_empty());
}

#[test]
fn save_and_quit_while_the_same_meeting_is_written_saves_then_quits() {
    let (_d, path, mut app, rx, gate) = saving_on_a_held_worker();
    common::app::press(&mut app, ">");
    let now = app.library.entries[0].meeting().sessions.clone();
    // `q` asks (an edit after the write began), `s` saves them and quits.
    common::app::press(&mut app, "q");
    common::app::press(&mut app, "s");
    assert!(!plenary::tui::app::editing::may_exit(&app));
    gate.wait();
    pump(&mut app, &rx, plenary::tui::app::editing::may_exit);
    may_exit_once_written(&app, &path, &now);
}

/// "Keep both" asked while a save of the same meeting is written waits
/// behind it on the worker (one job at a time, in order): the failed save
/// is said, then mine is kept under the new name as it was when asked, and
/// the original file is left alone.
#[test]
fn keep_both_asked_while_a_save_is_written_waits_behind_it() {
    let (_d, path, mut app, rx, gate) = saving_on_a_held_worker();
    let e = app.library.entries[0].id;
    let text = fs::read_to_string(&path).unwrap();
    // The write will fail: the file cannot be written by then.
    let mut ro = fs::metadata(&path).unwrap().permissions();
    ro.set_readonly(true);
    fs::set_permissions(&path, ro).unwrap();
    plenary::tui::app::editing::ask_changed_on_disk(&mut app, e);
    common::app::press(&mut app, "k");
    assert!(status(&app).contains("saving mine as"), "{}", status(&app));
    let mine = app.library[e].meeting().sessions.clone();
    gate.wait();
    pump(&mut app, &rx, |a| {
        a.edit.disk.writing.is_empty()
            && a.edit.disk.replacing.is_empty()
            && a.library.entries.len() == 2
    });
    let kept = path.with_file_name("2020-vcasie-mine.yaml");
    let x = app.library.get(e).unwrap();
    assert_eq!(x.doc().path, kept, "{}", status(&app));
    assert!(!x.editor.is_dirty());
    assert_eq!(x.meeting().sessions, mine);
    let on_disk = plenary::load::load(&kept).expect("mine loads");
    assert_eq!(on_disk.meeting.sessions, mine);
    assert_eq!(x.doc().fingerprint, on_disk.fingerprint);
    assert_eq!(fs::read_to_string(&path).unwrap(), text, "untouched");
}

/// A meeting's problems as the Problems view lists them, without the file
/// (the references below are made in a folder of their own).
fn problems_of(x: &plenary::tui::library::Entry) -> Vec<String> {
    x.problems
        .iter()
        .map(|p| {
            let p = (p.severity, &p.path, p.line, &p.message, &p.hint, &p.also);
            format!("{p:?}")
        })
        .collect()
}

/// An app on a copy with the real watch and worker, the first look done,
/// and one unsaved edit (a session duplicated) in the Schedule.
fn edited() -> (tempfile::TempDir, PathBuf, App, Receiver<DiskNews>) {
    let (d, path, mut app, rx) = connected();
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    common::app::press(&mut app, "2D");
    assert!(app.library.entries[0].editor.is_dirty(), "an unsaved edit");
    (d, path, app, rx)
}

/// While the worker is held on a replacement of meeting `e`: the footer
/// says `doing`, keys answer, and an edit, an undo and Ctrl-s of that
/// meeting are refused with a message, changing nothing.
fn live_while_held(app: &mut App, doing: &str) {
    let e = app.library.entries[0].id;
    assert!(status(app).contains(doing), "{}", status(app));
    let at = app.selected_session();
    common::app::press(app, "j");
    assert_ne!(app.selected_session(), at, "the cursor moved");
    assert!(screen(app).contains(doing), "{}", screen(app));
    let sessions = app.library[e].meeting().sessions.clone();
    for keys in [">", "u"] {
        common::app::press(app, keys);
        assert!(status(app).starts_with("not changed: "), "{}", status(app));
        assert!(status(app).contains(doing), "{}", status(app));
    }
    assert_eq!(
        app.library[e].meeting().sessions,
        sessions,
        "nothing changed"
    );
    common::app::press(app, "<C-s>");
    assert!(status(app).contains("wait for it"), "{}", status(app));
    assert!(app.edit.disk.writing.is_empty(), "no second write");
}

/// "Keep both" writes mine as `-mine.yaml` and checks it on the disk
/// worker; meanwhile keys answer and the meeting's edits wait; a quit waits
/// for it. The file, the meeting and its problems are what the old path on
/// the UI thread (`Editor::save_as`, then `Entry::refresh`) made.
#[test]
fn keep_both_on_the_worker_writes_and_checks_what_the_ui_thread_did() {
    let (_d, path, mut app, rx) = edited();
    let e = app.library.entries[0].id;
    let other = tempfile::tempdir().unwrap();
    let reference_path = other.path().join("2020-vcasie-mine.yaml");
    let mut reference = app.library[e].clone();
    reference.editor.save_as(&reference_path).unwrap();
    reference.refresh(common::app::today());
    let gate = disk_watch::hold(&mut app).expect("a worker to hold");
    plenary::tui::app::editing::ask_changed_on_disk(&mut app, e);
    common::app::press(&mut app, "k");
    live_while_held(&mut app, "saving mine as ");
    // Its edits are being written as asked: `q` does not ask, it waits.
    common::app::press(&mut app, "q");
    assert!(app.quit && !plenary::tui::app::editing::may_exit(&app));
    assert!(
        status(&app).contains("Plenary quits once that is done"),
        "{}",
        status(&app)
    );
    gate.wait();
    pump(&mut app, &rx, |a| {
        a.edit.disk.replacing.is_empty() && a.library.entries.len() == 2
    });
    assert!(status(&app).contains("saved mine as"), "{}", status(&app));
    assert!(plenary::tui::app::editing::may_exit(&app), "quits now");
    let mine = path.with_file_name("2020-vcasie-mine.yaml");
    assert_eq!(fs::read(&mine).unwrap(), fs::read(&reference_path).unwrap());
    let x = app.library.get(e).unwrap();
    assert_eq!(x.doc().path, mine);
    assert!(!x.editor.is_dirty());
    assert_eq!(x.meeting(), reference.meeting());
    assert_eq!(problems_of(x), problems_of(&reference));
    assert_eq!(x.session_problems, reference.session_problems);
    // The history came along: undo goes on from the new file, as before.
    assert!(x.editor.history.can_undo());
}

/// A merge: theirs is read and merged with mine on the worker, the field
/// changed on both sides is asked about, and the decided merge is written
/// and checked on the worker; keys answer throughout. The file, the meeting
/// and its problems are what the old path (`Editor::merge`, `take_theirs`,
/// `Editor::save_merged`, `Entry::refresh`) made from the same files.
#[test]
fn a_merge_on_the_worker_writes_and_checks_what_the_ui_thread_did() {
    use plenary::tui::keymap::Overlay;
    let (_d, path, mut app, rx) = connected();
    pump(&mut app, &rx, |a| a.edit.disk.looks >= 1);
    drain(&mut app, &rx, Duration::from_millis(300));
    common::app::press(&mut app, "2<");
    let e = app.library.entries[0].id;
    let loaded = plenary::load::load(&path).unwrap();
    let mine = app.library[e].meeting().sessions.clone();
    let i = (0..mine.len())
        .find(|&i| mine[i] != loaded.meeting.sessions[i])
        .expect("the session shortened");
    // Theirs: the same session's end moved (a question) and the first
    // session's title changed (merged without one).
    let mut theirs = loaded.clone();
    let end = theirs.meeting.sessions[i].end.unwrap();
    theirs.meeting.sessions[i].end = plenary::domain::Clock::from_minutes(end.minutes() + 30);
    theirs.meeting.sessions[0].title = plenary::domain::Text::plain("Theirs, first");
    plenary::save::save(&mut theirs).unwrap();
    pump(&mut app, &rx, |a| {
        a.context().overlay() == Some(Overlay::Confirm)
    });
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    // The old path, on a copy of their file in a folder of its own.
    let other = tempfile::tempdir().unwrap();
    let reference_path = other.path().join("2020-vcasie.yaml");
    fs::copy(&path, &reference_path).unwrap();
    let mut reference = app.library[e].clone();
    let their_doc = plenary::load::load(&reference_path).unwrap();
    let mut m = reference.editor.merge(&their_doc.meeting).unwrap();
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    plenary::save::resolve::take_theirs(&mut m.meeting, &m.conflicts[0]).unwrap();
    reference.editor.save_merged(their_doc, m.meeting).unwrap();
    reference.refresh(common::app::today());
    // Now: `m` merges on the held worker.
    let gate = disk_watch::hold(&mut app).expect("a worker to hold");
    common::app::press(&mut app, "m");
    live_while_held(&mut app, "with the version on disk…");
    gate.wait();
    pump(&mut app, &rx, |a| {
        a.context().overlay() == Some(Overlay::Confirm)
    });
    assert!(screen(&app).contains("(1/1)"), "{}", screen(&app));
    // Decided: theirs. The merge is written on the held worker.
    let gate = disk_watch::hold(&mut app).expect("a worker to hold");
    common::app::press(&mut app, "t");
    live_while_held(&mut app, "saving the merge of");
    gate.wait();
    pump(&mut app, &rx, |a| a.edit.disk.replacing.is_empty());
    assert!(
        status(&app).contains("merged the changes on disk with yours and saved"),
        "{}",
        status(&app)
    );
    assert_eq!(fs::read(&path).unwrap(), fs::read(&reference_path).unwrap());
    let x = app.library.get(e).unwrap();
    assert!(!x.editor.is_dirty());
    assert_eq!(x.meeting(), reference.meeting());
    assert_eq!(x.meeting().sessions[0].title.primary(), "Theirs, first");
    assert_eq!(x.meeting().sessions[i].end, theirs.meeting.sessions[i].end);
    assert_eq!(problems_of(x), problems_of(&reference));
    assert_eq!(x.session_problems, reference.session_problems);
    // Its own write starts no question and no reload.
    drain(&mut app, &rx, Duration::from_millis(500));
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
}

/// "Discard my edits" on a file deleted on disk: dropped and checked on
/// the worker (the text goes along for the lines and comes back), as the
/// old path (`Editor::discard_edits`, `Entry::refresh`) did.
#[test]
fn discarding_on_the_worker_checks_what_the_ui_thread_did() {
    use plenary::tui::keymap::Overlay;
    let (_d, path, mut app, rx) = edited();
    let e = app.library.entries[0].id;
    fs::remove_file(&path).unwrap();
    pump(&mut app, &rx, |a| !a.edit.deferred.is_empty());
    common::app::press(&mut app, "<C-s>");
    pump(&mut app, &rx, |a| {
        a.context().overlay() == Some(Overlay::Confirm)
    });
    assert!(screen(&app).contains("deleted"), "{}", screen(&app));
    let mut reference = app.library[e].clone();
    reference.editor.discard_edits();
    reference.refresh(common::app::today());
    let gate = disk_watch::hold(&mut app).expect("a worker to hold");
    common::app::press(&mut app, "d");
    live_while_held(&mut app, "dropping your edits to");
    assert!(app.library[e].editor.text_away(), "the text went along");
    gate.wait();
    pump(&mut app, &rx, |a| a.edit.disk.replacing.is_empty());
    assert!(
        status(&app).contains("dropped your edits"),
        "{}",
        status(&app)
    );
    let x = app.library.get(e).unwrap();
    assert!(!x.editor.is_dirty() && !x.editor.text_away());
    assert_eq!(x.doc().text, reference.doc().text, "the text came back");
    assert_eq!(x.meeting(), reference.meeting());
    assert_eq!(problems_of(x), problems_of(&reference));
    assert_eq!(x.session_problems, reference.session_problems);
}

/// "Keep both" that cannot write its file (the folder was moved away
/// while the worker was busy): the edits stay here, unsaved, and the
/// message names the file and why.
#[test]
fn keep_both_that_cannot_be_written_keeps_the_edits() {
    let (d, _path, mut app, rx) = edited();
    let e = app.library.entries[0].id;
    let before = app.library[e].meeting().clone();
    let fp = app.library[e].doc().fingerprint;
    let gate = disk_watch::hold(&mut app).expect("a worker to hold");
    plenary::tui::app::editing::ask_changed_on_disk(&mut app, e);
    common::app::press(&mut app, "k");
    let away = d.path().with_extension("away");
    fs::rename(d.path(), &away).unwrap();
    gate.wait();
    pump(&mut app, &rx, |a| a.edit.disk.replacing.is_empty());
    fs::rename(&away, d.path()).unwrap();
    let said = status(&app);
    assert!(said.contains("not saved"), "{said}");
    assert!(said.contains("2020-vcasie-mine.yaml"), "the file: {said}");
    let x = app.library.get(e).unwrap();
    assert!(x.editor.is_dirty(), "the edits are still here, unsaved");
    assert_eq!(x.meeting(), &before);
    assert_eq!(x.doc().fingerprint, fp);
    assert_eq!(app.library.entries.len(), 1);
}

#[test]
fn a_change_made_before_the_save_is_answered_here_is_a_change_on_disk() {
    let (_d, path, mut app, rx, gate) = saving_on_a_held_worker();
    // A second hold behind the save: once the worker is in it, the file is
    // written and the answer sent, but not taken here yet.
    let written = disk_watch::hold(&mut app).expect("a worker to hold");
    gate.wait();
    written.wait();
    assert!(!app.edit.disk.writing.is_empty(), "the answer waits");
    // Someone else writes the file in that window.
    let ours = fs::read_to_string(&path).unwrap();
    save_by_rename(&path, &ours.replacen("Webinar 2:", "Webinar Two:", 1));
    pump(&mut app, &rx, |a| a.edit.disk.reloads == 1);
    assert!(
        titles(&app).iter().any(|t| t.starts_with("Webinar Two:")),
        "their change is read, not taken for our save: {}",
        status(&app)
    );
    assert!(!app.library.entries[0].editor.is_dirty());
}
