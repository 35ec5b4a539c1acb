//! The cost of one edit on the large generated agenda (10,000 participants,
//! 1,000 sessions, 5,000 follow-ups): a keystroke that lengthens a session
//! goes through the history, re-runs every check, rebuilds the derived
//! lists and draws a 200x60 frame; likewise undo. Side by side: the checks
//! alone (`check_document`), which is the floor for "checks re-run after
//! each edit", and the once-a-second comparison with the disk.
//! Run: `cargo bench --bench edit`.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use plenary::check::check_document;
use plenary::tui::action::{Action, Command, Load, View};
use plenary::tui::library::Entry;
use plenary::tui::{App, Theme, render};
use plenary::{generate, load, save};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default()
}

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let meeting = generate::meeting(10_000, 1_000, 5_000);
    let path = dir.path().join("large.yaml");
    save::create(&path, &meeting).expect("write the large agenda");
    let doc = load::load(&path).expect("load it");
    let mut app = App::new(
        dir.path().to_path_buf(),
        today(),
        Theme::monochrome(),
        Rect::new(0, 0, 200, 60),
    );
    app.update(Action::Load(Load::Found(1)));
    app.update(Action::Load(Load::Loaded(Box::new(Entry::new(
        doc.clone(),
        today(),
    )))));
    app.update(Action::Load(Load::Finished));
    app.update(Action::Run(Command::Show(View::Schedule)));
    let mut term = Terminal::new(TestBackend::new(200, 60)).expect("terminal");

    let runs = 21;
    let mut edit = Vec::new();
    let mut undo = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        app.update(Action::Run(Command::Longer));
        term.draw(|f| render(&app, f)).expect("draw");
        edit.push(t.elapsed());
        let t = Instant::now();
        app.update(Action::Run(Command::Undo));
        term.draw(|f| render(&app, f)).expect("draw");
        undo.push(t.elapsed());
    }
    assert!(app.status.as_deref().unwrap_or("").starts_with("undid"));
    let mut checks = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(check_document(&doc, today()));
        checks.push(t.elapsed());
    }
    let mut poll = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        app.update(Action::Tick);
        poll.push(t.elapsed());
    }
    println!(
        "edit on the large agenda (10,000 people, 1,000 sessions, 5,000 follow-ups), median of {runs}:"
    );
    println!(
        "  lengthen a session: update + checks + frame  {:8.2} ms",
        median(edit)
    );
    println!(
        "  undo it:            update + checks + frame  {:8.2} ms",
        median(undo)
    );
    println!(
        "  reference: check_document alone             {:8.2} ms",
        median(checks)
    );
    println!(
        "  disk comparison (a tick, once a second)      {:8.2} ms",
        median(poll)
    );
}
