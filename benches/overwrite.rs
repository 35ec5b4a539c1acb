//! "Keep mine" in the disk-conflict dialog at 1x or 10x (`OVERWRITE_SIZE`,
//! default 10: 100,000 participants, 10,000 sessions, 50,000 follow-ups,
//! 33 MB): the file changed on disk while an edit is unsaved, and mine is
//! written over it, theirs kept beside.
//!
//! Side by side in one run: "before", all of it on the UI thread
//! (`Editor::save_overwriting`: read theirs, keep it, parse it as the
//! base, splice mine in, read it back, write), and "now", the UI
//! thread's share (the copy of the meeting the worker writes, and taking
//! its answer back) beside the worker's (`save::overwrite`). Also what
//! still runs on the UI thread: "keep both" and a plain save.
//! Run: `cargo bench --bench overwrite` (`OVERWRITE_RUNS`, default 3).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

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

fn main() {
    // As the TUI runs: huge pages off (`plenary::alloc`).
    plenary::alloc::no_huge_pages();
    let (x, runs) = (env("OVERWRITE_SIZE", 10), env("OVERWRITE_RUNS", 3));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("large.yaml");
    save::create(&path, &generate::meeting(10_000 * x, 1_000 * x, 5_000 * x)).expect("write");
    let original = std::fs::read_to_string(&path).expect("read it");
    let mut opened = Editor::new(load::load(&path).expect("load it"));
    // Mine: a session made 7 minutes longer, unsaved.
    let i = opened.doc.meeting.sessions.len() / 2;
    let start = opened.doc.meeting.sessions[i].start.expect("a start");
    let end = Clock::from_minutes(start.minutes() + 7).expect("a time");
    let tx = ops::resize_session(&opened.doc.meeting, i, end, false).expect("resize");
    opened.apply(tx).expect("apply");
    // Theirs: the meeting's title changed in another editor.
    let theirs = original.replacen("title:", "title: Theirs", 1);
    assert_ne!(theirs, original);
    println!(
        "{x}x ({:.1} MB), keep mine over a file changed on disk, median of {runs}:",
        original.len() as f64 / 1e6
    );

    let (mut before, mut copy, mut worker, mut back) = (vec![], vec![], vec![], vec![]);
    for _ in 0..runs {
        std::fs::write(&path, &theirs).expect("theirs");
        let mut ed = opened.clone();
        let t = Instant::now();
        ed.save_overwriting().expect("overwrite");
        before.push(t.elapsed());
        let written = std::fs::read_to_string(&path).expect("read");

        std::fs::write(&path, &theirs).expect("theirs");
        let mut ed = opened.clone();
        let t = Instant::now();
        let (mut doc, at) = ed.overwrite_job();
        copy.push(t.elapsed());
        let t = Instant::now();
        save::overwrite::overwrite(&mut doc).expect("overwrite");
        worker.push(t.elapsed());
        let t = Instant::now();
        ed.overwritten(doc, at);
        back.push(t.elapsed());
        assert!(!ed.is_dirty());
        let now = std::fs::read_to_string(&path).expect("read");
        assert_eq!(now, written, "the same file either way");
        drop(ed);
    }
    // Still on the UI thread, for the record: "keep both" (mine written
    // whole under a new name) and a plain Ctrl-s of the same edit.
    let (mut both, mut plain) = (vec![], vec![]);
    for n in 0..runs {
        let mut ed = opened.clone();
        let t = Instant::now();
        ed.save_as(&dir.path().join(format!("mine-{n}.yaml")))
            .expect("save as");
        both.push(t.elapsed());
        std::fs::write(&path, &original).expect("reset");
        let mut ed = opened.clone();
        let t = Instant::now();
        ed.save().expect("save");
        plain.push(t.elapsed());
    }
    let (b, c, w, k) = (median(before), median(copy), median(worker), median(back));
    println!("  before, on the UI thread (Editor::save_overwriting)   {b:9.1} ms");
    println!(
        "  now, on the UI thread: copy {c:.1} ms + answer {k:.1} ms = {:.1} ms ({:.0}x less)",
        c + k,
        b / (c + k)
    );
    println!("  now, on the disk worker (save::overwrite)             {w:9.1} ms");
    println!(
        "  still on the UI thread: keep both (Editor::save_as) {:.1} ms, Ctrl-s of the edit (Editor::save) {:.1} ms",
        median(both),
        median(plain)
    );
}
