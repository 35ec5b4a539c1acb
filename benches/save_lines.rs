//! The problems' lines after a Ctrl-s, at 1x and 10x (`SAVE_LINES_SIZES`,
//! default `1,10`; the agendas `plenary generate` writes: 10,000
//! participants, 1,000 sessions, 5,000 follow-ups per 1x), or on the files
//! named in `SAVE_LINES_FILES` (comma-separated, e.g. made with
//! `plenary generate --participants 100000 --sessions 10000 --follow-ups
//! 50000 -o 10x.yaml`). One unsaved edit (a session made 7 minutes longer)
//! leaves every problem with its file but no line; the save gives them
//! their lines again.
//!
//! Side by side in one run: the UI thread's share now (at Ctrl-s, the
//! document's copy and the problems' copy, `Editor::save_job` and
//! `Entry::problems_to_place`; taking the answer, `Editor::written` and
//! `Entry::written_placed`), the disk worker's (the write, and the lines
//! found in the text written: `Document::locate`), and the lines found on
//! the UI thread instead (what undoing back to the save did before: the
//! same `locate`). Run: `cargo bench --bench save_lines`
//! (`SAVE_LINES_RUNS`, default 3).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use plenary::domain::Clock;
use plenary::edit::ops;
use plenary::tui::library::Entry;
use plenary::{generate, load, save};

/// The allocator the `plenary` binary runs on, as the TUI runs.
#[global_allocator]
static ALLOC: plenary::alloc::Allocator = plenary::alloc::Allocator;

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date")
}

fn main() {
    plenary::alloc::no_huge_pages();
    let runs: usize = std::env::var("SAVE_LINES_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let dir = tempfile::tempdir().expect("tempdir");
    let files: Vec<PathBuf> = match std::env::var("SAVE_LINES_FILES") {
        Ok(list) => list.split(',').map(PathBuf::from).collect(),
        Err(_) => std::env::var("SAVE_LINES_SIZES")
            .unwrap_or_else(|_| "1,10".into())
            .split(',')
            .filter_map(|s| s.trim().parse::<usize>().ok())
            .map(|x| {
                let path = dir.path().join(format!("{x}x.yaml"));
                let m = generate::meeting(10_000 * x, 1_000 * x, 5_000 * x);
                save::create(&path, &m).expect("write");
                path
            })
            .collect(),
    };
    for original in files {
        let path = dir.path().join("work.yaml");
        std::fs::copy(&original, &path).expect("copy");
        let text = std::fs::read(&path).expect("read");
        let opened = edited(&path);
        println!(
            "{} ({:.1} MB, {} problems), one unsaved edit, Ctrl-s, median of {runs}:",
            original.display(),
            text.len() as f64 / 1e6,
            opened.problems.len()
        );
        measure(&opened, &path, &text, runs);
    }
}

/// The file at `path` opened and checked, a session made 7 minutes longer.
fn edited(path: &Path) -> Entry {
    let mut e = Entry::new(load::load(path).expect("load it"), today());
    let m = e.meeting();
    let i = m.sessions.len() / 2;
    let start = m.sessions[i].start.expect("a start");
    let end = Clock::from_minutes(start.minutes() + 7).expect("a time");
    let tx = ops::resize_session(m, i, end, false).expect("resize");
    e.editor.apply(tx).expect("apply");
    let changes = e.editor.history.last_done().expect("done").changes.clone();
    e.edited(today(), &changes, None);
    assert!(e.problems.iter().all(|p| p.line.is_none()));
    e
}

fn measure(opened: &Entry, path: &Path, original: &[u8], runs: usize) {
    let (mut copy, mut back, mut worker, mut locate, mut ui_locate) =
        (vec![], vec![], vec![], vec![], vec![]);
    let mut pcopy = vec![];
    for _ in 0..runs {
        std::fs::write(path, original).expect("reset");
        let mut e = opened.clone();
        let t = Instant::now();
        let (mut doc, mut base, at) = e.editor.save_job();
        copy.push(t.elapsed());
        let t = Instant::now();
        let problems = e.problems_to_place().expect("placeable");
        pcopy.push(t.elapsed());
        let t = Instant::now();
        save::save_from(&mut doc, &mut base).expect("save");
        doc.meeting = base;
        worker.push(t.elapsed());
        let t = Instant::now();
        let mut placed = problems.clone();
        doc.locate(&mut placed);
        locate.push(t.elapsed());
        // The lines found on the UI thread instead, for the same text.
        let t = Instant::now();
        let mut here = problems;
        doc.locate(&mut here);
        ui_locate.push(t.elapsed());
        let t = Instant::now();
        e.editor.written(doc, at);
        e.written_placed(placed);
        back.push(t.elapsed());
        assert!(!e.editor.is_dirty());
        assert!(e.problems.iter().any(|p| p.line.is_some()), "lines again");
        assert_eq!(e.problems, here, "the lines the UI thread would find");
        // What it replaced is freed on a thread of its own: let it go.
        std::thread::sleep(Duration::from_millis(200));
    }
    let (c, p, b) = (median(copy), median(pcopy), median(back));
    let (w, l, u) = (median(worker), median(locate), median(ui_locate));
    println!(
        "    now, on the UI thread: document copy {c:.1} ms + problems copy {p:.1} ms + answer {b:.1} ms = {:.1} ms",
        c + p + b
    );
    println!("    now, on the disk worker: write {w:.1} ms + lines {l:.1} ms");
    println!(
        "    the lines found on the UI thread instead: {u:.1} ms ({:.1}x the UI thread's share now)",
        u / (c + p + b)
    );
}
