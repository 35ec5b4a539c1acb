//! The disk-conflict dialog's answers that replace a meeting, at 1x and
//! 10x the generated agenda (`REPLACE_SIZES`, default `1,10`; 1x is 10,000
//! participants, 1,000 sessions, 5,000 follow-ups, 3.3 MB), each with one
//! unsaved edit (a session made a minute longer): "keep both" (mine
//! written as `-mine.yaml`), "merge" (theirs changed the meeting's short
//! title: merged with no question, then written), and "discard my edits"
//! (a file deleted on disk).
//!
//! Side by side in one run, alternating, on two apps holding the same
//! meeting: "before", what the answer did on the UI thread until now
//! (`Editor::save_as`, `Editor::merge` + `Editor::save_merged`,
//! `Editor::discard_edits`, each then `Entry::refresh` and
//! `App::documents_changed`; theirs was read on the worker then too), and
//! "now", the UI thread's share with the disk worker connected: the key
//! that answers the question, plus taking each of the worker's answers
//! (the swap, `documents_changed`, what is said). Also the wall time from
//! the key to the last answer, when the worker did the rest.
//! Run: `cargo bench --bench replace` (`REPLACE_RUNS`, default 3).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::{app_with, ms, today};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::Clock;
use plenary::edit::ops;
use plenary::tui::App;
use plenary::tui::action::Action;
use plenary::tui::app::editing::{self, disk_watch};
use plenary::tui::disk_worker::{DiskNews, Found, Report};
use plenary::tui::keymap::Overlay;
use plenary::tui::library::{Entry, MeetingId};
use plenary::{generate, load, save};

/// The allocator the `plenary` binary runs on, as the TUI runs.
#[global_allocator]
static ALLOC: plenary::alloc::Allocator = plenary::alloc::Allocator;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    ms(v[v.len() / 2])
}

/// Before and now on the UI thread, and now's wall time to the answer.
#[derive(Default)]
struct Row {
    before: Vec<Duration>,
    now: Vec<Duration>,
    wall: Vec<Duration>,
}

impl Row {
    fn push(&mut self, before: Duration, (now, wall): (Duration, Duration)) {
        self.before.push(before);
        self.now.push(now);
        self.wall.push(wall);
    }

    fn print(self, what: &str) {
        let (b, n, w) = (median(self.before), median(self.now), median(self.wall));
        println!(
            "  {what}: UI thread before {b:.1} ms, now {n:.1} ms ({:.0}x less); now, key to the last answer {w:.1} ms",
            b / n
        );
    }
}

fn main() {
    // As the TUI runs: huge pages off (`plenary::alloc`).
    plenary::alloc::no_huge_pages();
    let runs = env("REPLACE_RUNS", 3);
    let sizes = std::env::var("REPLACE_SIZES").unwrap_or_else(|_| "1,10".into());
    for x in sizes
        .split(',')
        .filter_map(|s| s.trim().parse::<usize>().ok())
    {
        let m = generate::meeting(10_000 * x, 1_000 * x, 5_000 * x);
        let (bdir, ndir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (bpath, npath) = (
            bdir.path().join("large.yaml"),
            ndir.path().join("large.yaml"),
        );
        save::create(&bpath, &m).expect("write");
        save::create(&npath, &m).expect("write");
        let mb = std::fs::metadata(&bpath).unwrap().len() as f64 / 1e6;
        drop(m);
        let mut before = app_with(Entry::new(load::load(&bpath).unwrap(), today()));
        let mut now = app_with(Entry::new(load::load(&npath).unwrap(), today()));
        let rx = connect(&mut now);
        println!("{x}x ({mb:.1} MB), one unsaved edit, median of {runs}:");
        let (mut both, mut merge, mut discard) = (Row::default(), Row::default(), Row::default());
        for _ in 0..runs {
            let b = keep_both_before(&mut before);
            both.push(b, keep_both_now(&mut now, &rx));
            let b = merge_before(&mut before);
            merge.push(b, merge_now(&mut now, &rx));
            let b = discard_before(&mut before);
            discard.push(b, discard_now(&mut now, &rx));
        }
        both.print("keep both");
        merge.print("merge (no question), saved and checked");
        discard.print("discard my edits");
    }
}

/// The worker and the watch, their news on the returned channel; the first
/// look (does the disk hold what was loaded) done.
fn connect(app: &mut App) -> Receiver<DiskNews> {
    let (tx, rx) = mpsc::channel();
    disk_watch::connect(app, None, move |n| tx.send(n).is_ok());
    app.update(Action::Tick);
    settle(app, &rx);
    rx
}

/// Applies news until none comes for half a second.
fn settle(app: &mut App, rx: &Receiver<DiskNews>) {
    while let Ok(n) = rx.recv_timeout(Duration::from_millis(500)) {
        app.update(Action::Disk(n));
    }
}

fn the(app: &App) -> MeetingId {
    app.library.entries[0].id
}

/// One unsaved edit: the middle session a minute longer.
fn dirty(app: &mut App) {
    let e = the(app);
    let m = app.library[e].meeting();
    let i = m.sessions.len() / 2;
    let end = m.sessions[i].end.expect("an end");
    let end = Clock::from_minutes(end.minutes() + 1).expect("a time");
    let tx = ops::resize_session(m, i, end, false).expect("resize");
    assert!(editing::apply_edit(app, e, tx));
}

fn press(app: &mut App, c: char) {
    let k = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let a = plenary::tui::event::to_action(k, &app.context()).expect("a key");
    app.update(a);
}

/// `c` answers the question on screen; then the worker's answers are taken
/// until nothing is replaced any more. The UI thread's time (the key, and
/// taking each replacement's answer; other news is applied untimed), and
/// the wall time from the key to the last answer.
fn answer(app: &mut App, rx: &Receiver<DiskNews>, c: char) -> (Duration, Duration) {
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    let start = Instant::now();
    press(app, c);
    let mut ui = start.elapsed();
    while !app.edit.disk.replacing.is_empty() {
        let n = rx.recv().expect("the worker's answer");
        let ours = matches!(&n, DiskNews::Worker(Report::Done(d)) if matches!(d.found, Found::Replaced(_)));
        let t = Instant::now();
        app.update(Action::Disk(n));
        if ours {
            ui += t.elapsed();
        }
    }
    let wall = start.elapsed();
    assert_eq!(app.context().overlay(), None, "{:?}", app.status);
    (ui, wall)
}

fn keep_both_before(app: &mut App) -> Duration {
    dirty(app);
    let e = the(app);
    let target = plenary::tui::app::editing::mine_path(&app.library[e].doc().path);
    let t = Instant::now();
    app.library[e].editor.save_as(&target).expect("save as");
    app.library[e].refresh(today());
    app.documents_changed();
    t.elapsed()
}

fn keep_both_now(app: &mut App, rx: &Receiver<DiskNews>) -> (Duration, Duration) {
    dirty(app);
    let e = the(app);
    editing::ask_changed_on_disk(app, e);
    let r = answer(app, rx, 'k');
    assert!(!app.library[e].editor.is_dirty(), "{:?}", app.status);
    // Theirs, opened again beside mine: not kept, to keep the apps alike.
    settle(app, rx);
    app.library.entries.retain(|x| x.id == e);
    app.documents_changed();
    r
}

/// Their change: the meeting's short title, in the file.
fn theirs(path: &Path) {
    let text = std::fs::read_to_string(path).expect("read");
    let changed = text.replacen("short_title: ", "short_title: X", 1);
    assert_ne!(text, changed);
    std::fs::write(path, changed).expect("theirs");
}

fn merge_before(app: &mut App) -> Duration {
    dirty(app);
    let e = the(app);
    let path = app.library[e].doc().path.clone();
    theirs(&path);
    // Read and parsed on the worker before too.
    let theirs = load::load(&path).expect("theirs loads");
    let t = Instant::now();
    let entry = &mut app.library[e];
    let m = entry.editor.merge(&theirs.meeting).expect("merges");
    assert!(m.conflicts.is_empty());
    entry.editor.save_merged(theirs, m.meeting).expect("saved");
    entry.refresh(today());
    app.documents_changed();
    t.elapsed()
}

fn merge_now(app: &mut App, rx: &Receiver<DiskNews>) -> (Duration, Duration) {
    dirty(app);
    let e = the(app);
    theirs(&app.library[e].doc().path.clone());
    // The watch sees it and asks (`m` merges first).
    while app.context().overlay() != Some(Overlay::Confirm) {
        let n = rx.recv().expect("news of the change");
        app.update(Action::Disk(n));
    }
    let r = answer(app, rx, 'm');
    assert!(!app.library[e].editor.is_dirty(), "{:?}", app.status);
    settle(app, rx);
    r
}

fn discard_before(app: &mut App) -> Duration {
    dirty(app);
    let e = the(app);
    let t = Instant::now();
    app.library[e].editor.discard_edits();
    app.library[e].refresh(today());
    app.documents_changed();
    t.elapsed()
}

fn discard_now(app: &mut App, rx: &Receiver<DiskNews>) -> (Duration, Duration) {
    dirty(app);
    let e = the(app);
    // The question a file deleted on disk asks (the file itself is left
    // alone: dropping the edits does not touch it).
    editing::ask_deleted(app, e);
    let r = answer(app, rx, 'd');
    assert!(!app.library[e].editor.is_dirty(), "{:?}", app.status);
    settle(app, rx);
    r
}
