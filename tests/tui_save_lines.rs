//! After a save the text on disk is the meeting's text again, so the
//! problems get their lines back (an edit leaves them with their file
//! only): placed on the disk worker in the text it wrote, shown when the
//! answer is taken, or kept for undoing back to the save when an edit came
//! while it was written.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::app::{app_on, press, today};
use plenary::check::Problem;
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;
use plenary::tui::app::editing::disk_watch;
use plenary::tui::disk_worker::DiskNews;
use plenary::tui::library::Entry;

/// The break-outs symposium (eight warnings) copied where a save may write.
fn on_copy() -> (tempfile::TempDir, PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("symposium.yaml");
    std::fs::copy("tests/fixtures/breakouts/symposium.yaml", &path).unwrap();
    let mut app = app_on(dir.path(), 100, 30);
    app.update(Action::Run(Command::Show(View::Schedule)));
    (dir, path, app)
}

fn problems(app: &App) -> Vec<Problem> {
    app.library.entries[0].problems.clone()
}

/// What a fresh read of the file says, lines and all.
fn fresh(path: &Path) -> Vec<Problem> {
    Entry::new(plenary::load::load(path).unwrap(), today()).problems
}

fn lines(p: &[Problem]) -> Vec<Option<(usize, usize)>> {
    p.iter().map(|p| p.line).collect()
}

/// Bo-b shortened by a step (its warnings stay, given files only).
fn edited(app: &mut App) {
    press(app, "v");
    press(app, "lljjjjjj");
    press(app, "<");
    assert!(app.library.entries[0].editor.is_dirty());
    let p = problems(app);
    assert!(!p.is_empty());
    assert!(p.iter().all(|p| p.line.is_none()), "edited: no lines");
}

#[test]
fn a_save_gives_the_problems_their_lines_again() {
    let (_d, path, mut app) = on_copy();
    edited(&mut app);
    press(&mut app, "<C-s>");
    assert!(!app.library.entries[0].editor.is_dirty());
    let now = problems(&app);
    assert!(now.iter().all(|p| p.line.is_some()), "{:?}", lines(&now));
    assert_eq!(now, fresh(&path), "as a fresh read of the file says");
    // The Problems list shows them at their lines.
    let rows = app.problems.rows.len();
    assert!(rows > 0);
    // The next edit leaves them with their files only, as before.
    press(&mut app, ">");
    assert!(problems(&app).iter().all(|p| p.line.is_none()));
    press(&mut app, "u");
    assert_eq!(problems(&app), fresh(&path), "undone back to the save");
}

/// Applies news until `done` holds (or ten seconds pass: the test then
/// fails on what it checks next).
fn pump(app: &mut App, rx: &Receiver<DiskNews>, done: impl Fn(&App) -> bool) {
    let until = Instant::now() + Duration::from_secs(10);
    while !done(app) && Instant::now() < until {
        match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(n) => app.update(Action::Disk(n)),
            Err(_) => app.update(Action::Tick),
        }
    }
}

#[test]
fn an_edit_while_it_is_written_keeps_them_for_undoing_back_to_the_save() {
    let (_d, path, mut app) = on_copy();
    let (tx, rx) = mpsc::channel();
    disk_watch::connect(&mut app, None, move |n| tx.send(n).is_ok());
    app.update(Action::Tick);
    edited(&mut app);
    let gate = disk_watch::hold(&mut app).expect("a worker to hold");
    press(&mut app, "<C-s>");
    // An edit while the save waits on the disk.
    press(&mut app, "<");
    gate.wait();
    pump(&mut app, &rx, |a| a.edit.disk.writing.is_empty());
    assert!(app.library.entries[0].editor.is_dirty(), "the edit since");
    assert!(problems(&app).iter().all(|p| p.line.is_none()));
    press(&mut app, "u");
    assert!(!app.library.entries[0].editor.is_dirty());
    let now = problems(&app);
    assert!(now.iter().all(|p| p.line.is_some()), "{:?}", lines(&now));
    assert_eq!(now, fresh(&path));
}
