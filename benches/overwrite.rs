//! Saves in the TUI at 1x and 10x (`OVERWRITE_SIZES`, default `1,10`;
//! 1x is 10,000 participants, 1,000 sessions, 5,000 follow-ups, 3.3 MB),
//! of one unsaved edit (a session made 7 minutes longer): a plain Ctrl-s,
//! and "keep mine" in the disk-conflict dialog (the file changed on disk,
//! mine written over it, theirs kept beside).
//!
//! Side by side in one run: "before", all of it on the UI thread
//! (`Editor::save`; `Editor::save_overwriting`: read theirs, keep it,
//! parse it as the base, splice mine in, read it back, write), and "now",
//! the UI thread's share (the copy of the document the worker writes,
//! `Editor::save_job` / `overwrite_job`, and taking its answer back,
//! `Editor::written`) beside the worker's (`save::save_from`,
//! `save::overwrite`). Both paths then run the same `documents_changed`,
//! left out here. Also what still runs on the UI thread: "keep both".
//! Run: `cargo bench --bench overwrite` (`OVERWRITE_RUNS`, default 3).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::time::{Duration, Instant};

use plenary::domain::Clock;
use plenary::edit::{Editor, ops};
use plenary::{generate, load, save};

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The allocator the `plenary` binary runs on, as the TUI runs.
#[global_allocator]
static ALLOC: plenary::alloc::Allocator = plenary::alloc::Allocator;

/// The UI thread's time before and now, and the worker's, in ms.
struct Row {
    before: Vec<Duration>,
    copy: Vec<Duration>,
    worker: Vec<Duration>,
    back: Vec<Duration>,
}

impl Row {
    fn new() -> Row {
        Row {
            before: vec![],
            copy: vec![],
            worker: vec![],
            back: vec![],
        }
    }

    fn print(self, before: &str, worker: &str) {
        let (b, c) = (median(self.before), median(self.copy));
        let (w, k) = (median(self.worker), median(self.back));
        println!("    before, on the UI thread ({before})  {b:9.1} ms");
        println!(
            "    now, on the UI thread: copy {c:.1} ms + answer {k:.1} ms = {:.1} ms ({:.0}x less)",
            c + k,
            b / (c + k)
        );
        println!("    now, on the disk worker ({worker})  {w:9.1} ms");
    }
}

fn main() {
    // As the TUI runs: huge pages off (`plenary::alloc`).
    plenary::alloc::no_huge_pages();
    let runs = env("OVERWRITE_RUNS", 3);
    let sizes = std::env::var("OVERWRITE_SIZES").unwrap_or_else(|_| "1,10".into());
    for x in sizes
        .split(',')
        .filter_map(|s| s.trim().parse::<usize>().ok())
    {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("large.yaml");
        let m = generate::meeting(10_000 * x, 1_000 * x, 5_000 * x);
        save::create(&path, &m).expect("write");
        drop(m);
        let original = std::fs::read_to_string(&path).expect("read it");
        let opened = edited(&path);
        println!(
            "{x}x ({:.1} MB), one unsaved edit, median of {runs}:",
            original.len() as f64 / 1e6
        );
        println!("  Ctrl-s:");
        ctrl_s(&opened, &path, &original, runs).print("Editor::save", "save::save_from");
        println!("  keep mine over a file changed on disk:");
        keep_mine(&opened, &path, &original, runs)
            .print("Editor::save_overwriting", "save::overwrite");
        // Still on the UI thread, for the record: "keep both" (mine
        // written whole under a new name).
        let mut both = vec![];
        for n in 0..runs {
            let mut ed = opened.clone();
            let t = Instant::now();
            ed.save_as(&dir.path().join(format!("mine-{n}.yaml")))
                .expect("save as");
            both.push(t.elapsed());
        }
        println!(
            "  still on the UI thread: keep both (Editor::save_as) {:.1} ms",
            median(both)
        );
    }
}

/// The file at `path` opened, with a session made 7 minutes longer.
fn edited(path: &Path) -> Editor {
    let mut opened = Editor::new(load::load(path).expect("load it"));
    let i = opened.doc.meeting.sessions.len() / 2;
    let start = opened.doc.meeting.sessions[i].start.expect("a start");
    let end = Clock::from_minutes(start.minutes() + 7).expect("a time");
    let tx = ops::resize_session(&opened.doc.meeting, i, end, false).expect("resize");
    opened.apply(tx).expect("apply");
    opened
}

/// A plain Ctrl-s of the edit, before and now; the same file either way.
fn ctrl_s(opened: &Editor, path: &Path, original: &str, runs: usize) -> Row {
    let mut row = Row::new();
    for _ in 0..runs {
        std::fs::write(path, original).expect("reset");
        let mut ed = opened.clone();
        let t = Instant::now();
        ed.save().expect("save");
        row.before.push(t.elapsed());
        assert!(!ed.is_dirty());
        let written = std::fs::read_to_string(path).expect("read");
        drop(ed);

        std::fs::write(path, original).expect("reset");
        let mut ed = opened.clone();
        let t = Instant::now();
        let (mut doc, mut base, at) = ed.save_job();
        row.copy.push(t.elapsed());
        let t = Instant::now();
        save::save_from(&mut doc, &mut base).expect("save");
        doc.meeting = base;
        row.worker.push(t.elapsed());
        let t = Instant::now();
        ed.written(doc, at);
        row.back.push(t.elapsed());
        assert!(!ed.is_dirty());
        let now = std::fs::read_to_string(path).expect("read");
        assert_eq!(now, written, "the same file either way");
        drop(ed);
    }
    row
}

/// "Keep mine" over theirs (the title changed in another editor).
fn keep_mine(opened: &Editor, path: &Path, original: &str, runs: usize) -> Row {
    let theirs = original.replacen("title:", "title: Theirs", 1);
    assert_ne!(theirs, original);
    let mut row = Row::new();
    for _ in 0..runs {
        std::fs::write(path, &theirs).expect("theirs");
        let mut ed = opened.clone();
        let t = Instant::now();
        ed.save_overwriting().expect("overwrite");
        row.before.push(t.elapsed());
        let written = std::fs::read_to_string(path).expect("read");
        drop(ed);

        std::fs::write(path, &theirs).expect("theirs");
        let mut ed = opened.clone();
        let t = Instant::now();
        let (mut doc, at) = ed.overwrite_job();
        row.copy.push(t.elapsed());
        let t = Instant::now();
        save::overwrite::overwrite(&mut doc).expect("overwrite");
        row.worker.push(t.elapsed());
        let t = Instant::now();
        ed.written(doc, at);
        row.back.push(t.elapsed());
        assert!(!ed.is_dirty());
        let now = std::fs::read_to_string(path).expect("read");
        assert_eq!(now, written, "the same file either way");
        drop(ed);
    }
    row
}
