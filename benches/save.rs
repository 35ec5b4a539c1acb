//! A one-field edit saved on the large generated agenda (10,000
//! participants, 1,000 sessions, 5,000 follow-ups; `plenary generate`),
//! side by side in one run with the canonical save of the same edit
//! (serialize the whole meeting + atomic write, what every save did before).
//! The layout-keeping save splices the changed line in, checks it reads
//! back as the edited meeting (parsing the rewritten record's old and new
//! lines, `save::verify`), and writes it atomically.
//! Also prints how many lines each one changed. Run: `cargo bench --bench save`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use plenary::domain::Clock;
use plenary::edit::{Editor, ops};
use plenary::save::{atomic, canonical};
use plenary::{generate, load, save};

const RUNS: usize = 11;

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

/// Lines that differ between two texts (the changed middle of a line diff).
fn changed_lines(a: &str, b: &str) -> usize {
    let (x, y): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let prefix = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let suffix = x[prefix..]
        .iter()
        .rev()
        .zip(y[prefix..].iter().rev())
        .take_while(|(p, q)| p == q)
        .count();
    (x.len() - prefix - suffix).max(y.len() - prefix - suffix)
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("large.yaml");
    let meeting = generate::meeting(10_000, 1_000, 5_000);
    save::create(&path, &meeting).expect("write the large agenda");
    let original = std::fs::read_to_string(&path).expect("read it");
    let opened = Editor::new(load::load(&path).expect("load it"));
    let i = opened.doc.meeting.sessions.len() / 2;
    let start = opened.doc.meeting.sessions[i].start.expect("a start");
    let end = Clock::from_minutes(start.minutes() + 7).expect("a time");

    let (mut keep, mut canon) = (Vec::new(), Vec::new());
    let (mut keep_lines, mut canon_lines) = (0, 0);
    for _ in 0..RUNS {
        // Layout-keeping save: what Ctrl-s does now.
        std::fs::write(&path, &original).expect("reset");
        let mut ed = opened.clone();
        let tx = ops::resize_session(&ed.doc.meeting, i, end, false).expect("resize");
        ed.apply(tx).expect("apply");
        let t = Instant::now();
        let report = ed.save().expect("save");
        keep.push(t.elapsed());
        assert!(report.rewritten.is_empty(), "{:?}", report.rewritten);
        keep_lines = changed_lines(&original, &std::fs::read_to_string(&path).expect("read"));

        // Canonical save of the same edit: serialize everything, write atomically.
        std::fs::write(&path, &original).expect("reset");
        let t = Instant::now();
        let text = canonical::meeting_yaml(&ed.doc.meeting).expect("serialize");
        atomic::write(&path, text.as_bytes(), None).expect("write");
        canon.push(t.elapsed());
        canon_lines = changed_lines(&original, &text);
    }
    let (k, c) = (median(keep), median(canon));
    println!("one-field edit saved on the large agenda (3.3 MB), median of {RUNS}, release build:");
    println!(
        "  canonical save (serialize all + atomic write)   {c:8.1} ms   lines changed: {canon_lines}"
    );
    println!(
        "  layout-keeping save (splice + read back + write) {k:8.1} ms   lines changed: {keep_lines}   {:.2}x canonical (target <= 1.5x)",
        k / c
    );
}
