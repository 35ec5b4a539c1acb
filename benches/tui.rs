//! The TUI's speed on generated agendas: a roster-search keystroke (search,
//! then the whole 200x60 frame drawn into a ratatui buffer) at 10,000 and
//! 100,000 participants, a schedule frame, the Follow-ups view over 5,000
//! follow-ups, and the release binary's time to first frame in a
//! pseudo-terminal. Run: `cargo bench --bench tui`.
//!
//! `TUI_BENCH_ROSTER=1` times the roster keystrokes at 100,000 alone (for
//! measuring two builds side by side quickly).
//!
//! Targets (PRODUCT.md): keystroke under 5 ms at 10,000 and under 16 ms at
//! 100,000; first frame under 20 ms whatever the library's size. Reference
//! figures are measured side by side: fuzzy-matcher over the bare names,
//! and a ratatui table frame of the same size.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{H, W, app_with, ms, today};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use plenary::load::{Document, Fingerprint};
use plenary::search::{Matcher, Query};
use plenary::tui::action::{Action, Command, InterpCommand, View};
use plenary::tui::library::Entry;
use plenary::tui::{App, render};
use plenary::{generate, save};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Constraint;
use ratatui::widgets::{Block, Row, Table};

fn stats(mut v: Vec<Duration>) -> (f64, f64, f64) {
    v.sort();
    let n = v.len();
    (ms(v[n / 2]), ms(v[(n * 95 / 100).min(n - 1)]), ms(v[n - 1]))
}

fn entry(participants: usize) -> Entry {
    let meeting = generate::meeting(participants, 1_000, 5_000);
    let doc = Document {
        path: PathBuf::from(format!("generated-{participants}.yaml")),
        meeting,
        fingerprint: Fingerprint::of(b""),
        roster: None,
        has_comments: false,
        text: String::new(),
    };
    Entry::new(doc, today())
}

struct Row3 {
    what: String,
    median: f64,
    p95: f64,
    max: f64,
    target: &'static str,
}

/// A row of the table from its samples.
fn row(what: impl Into<String>, samples: Vec<Duration>, target: &'static str) -> Row3 {
    let (median, p95, max) = stats(samples);
    Row3 {
        what: what.into(),
        median,
        p95,
        max,
        target,
    }
}

/// `runs` times: the command, then a full frame.
fn timed(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    runs: usize,
    c: Command,
) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            app.update(Action::Run(c));
            term.draw(|f| render(app, f)).expect("draw");
            t.elapsed()
        })
        .collect()
}

fn print(rows: &[Row3]) {
    println!(
        "{:<58} {:>9} {:>9} {:>9}  target",
        "measure (ms)", "median", "p95", "max"
    );
    for r in rows {
        println!(
            "{:<58} {:>9.3} {:>9.3} {:>9.3}  {}",
            r.what, r.median, r.p95, r.max, r.target
        );
    }
}

/// Typing queries letter by letter, then erasing them: each keystroke is
/// the update (search) plus a full frame drawn into a buffer.
fn keystrokes(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    queries: &[&str],
    rounds: usize,
) -> (Vec<Duration>, Vec<Duration>, Vec<Duration>) {
    let (mut first, mut typing, mut erasing) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        for q in queries {
            app.update(Action::Run(Command::Search));
            for (i, c) in q.chars().enumerate() {
                let t = Instant::now();
                app.update(Action::Type(c));
                term.draw(|f| render(app, f)).expect("draw");
                if i == 0 {
                    first.push(t.elapsed())
                } else {
                    typing.push(t.elapsed())
                }
            }
            for _ in 0..q.chars().count() {
                let t = Instant::now();
                app.update(Action::Run(Command::Input(
                    plenary::tui::input::InputOp::Backspace,
                )));
                term.draw(|f| render(app, f)).expect("draw");
                erasing.push(t.elapsed());
            }
            app.update(Action::Run(Command::SearchCancel));
        }
    }
    (first, typing, erasing)
}

fn search_only(e: &Entry, q: &str, runs: usize) -> Vec<Duration> {
    let m = Matcher::default();
    let q = Query::new(q);
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let hits = e.keys.iter().filter(|k| m.score(k, &q).is_some()).count();
            std::hint::black_box(hits);
            t.elapsed()
        })
        .collect()
}

fn bare_fuzzy(e: &Entry, q: &str, runs: usize) -> Vec<Duration> {
    let names: Vec<&str> = e
        .meeting()
        .people()
        .iter()
        .map(|p| p.name.primary())
        .collect();
    let m = SkimMatcherV2::default();
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let hits = names
                .iter()
                .filter(|n| m.fuzzy_match(n, q).is_some())
                .count();
            std::hint::black_box(hits);
            t.elapsed()
        })
        .collect()
}

/// A bare ratatui table frame of the same size, visible rows only: the reference.
fn bare_table(e: &Entry, runs: usize) -> Vec<Duration> {
    let mut term = Terminal::new(TestBackend::new(W, H)).expect("terminal");
    let people = e.meeting().people();
    (0..runs)
        .map(|i| {
            let t = Instant::now();
            term.draw(|f| {
                let rows: Vec<Row> = people[i % 100..i % 100 + 56]
                    .iter()
                    .map(|p| {
                        Row::new(vec![
                            p.name.primary().to_string(),
                            p.country.clone().unwrap_or_default(),
                            p.role.as_str().to_string(),
                        ])
                    })
                    .collect();
                let t = Table::new(
                    rows,
                    [
                        Constraint::Fill(1),
                        Constraint::Length(4),
                        Constraint::Length(12),
                    ],
                )
                .block(Block::bordered());
                f.render_widget(t, f.area());
            })
            .expect("draw");
            t.elapsed()
        })
        .collect()
}

/// Spawns the release binary in a pty on `dir` and times the first bytes,
/// the first drawn frame and the moment `loaded` appears on screen.
fn first_frame(dir: &Path, loaded: &str) -> Option<(Duration, Duration, Duration)> {
    let pty = native_pty_system();
    let pair = pty
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .ok()?;
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_plenary"));
    cmd.arg(dir);
    cmd.env("TERM", "xterm-256color");
    let mut reader = pair.master.try_clone_reader().ok()?;
    let mut writer = pair.master.take_writer().ok()?;
    let (tx, rx) = mpsc::channel::<(Instant, Vec<u8>)>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).ok()?;
    let mut parser = vt100::Parser::new(
        std::num::NonZeroU16::new(30)?,
        std::num::NonZeroU16::new(100)?,
        0,
    );
    let (mut bytes, mut frame, mut done) = (None, None, None);
    while done.is_none() && start.elapsed() < Duration::from_secs(30) {
        let Ok((at, chunk)) = rx.recv_timeout(Duration::from_secs(1)) else {
            continue;
        };
        bytes.get_or_insert(at - start);
        parser.process(&chunk);
        let screen = parser.screen().contents();
        if frame.is_none() && screen.contains("Meetings") {
            frame = Some(at - start);
        }
        if screen.contains(loaded) {
            done = Some(at - start);
        }
    }
    let _ = writer.write_all(b"q");
    let _ = writer.flush();
    let _ = child.wait();
    Some((bytes?, frame?, done?))
}

use std::io::Write;

/// The allocator the `plenary` binary runs on, so the TUI is timed as it runs.
#[global_allocator]
static ALLOC: plenary::alloc::Allocator = plenary::alloc::Allocator;

fn main() {
    // As the TUI runs: huge pages off (`plenary::alloc`).
    plenary::alloc::no_huge_pages();
    let mut rows: Vec<Row3> = Vec::new();
    let queries = ["gulnara kus", "umankulova", "li fan", "уманкулова", "keris"];
    let roster_only = std::env::var_os("TUI_BENCH_ROSTER").is_some();
    let sizes: &[usize] = if roster_only {
        &[100_000]
    } else {
        &[10_000, 100_000]
    };
    for &n in sizes {
        let t = Instant::now();
        let e = entry(n);
        println!(
            "prepared {n} participants (checks, search keys, duplicates, facets) in {:.0} ms",
            ms(t.elapsed())
        );
        rows.push(row(
            format!("reference: fuzzy-matcher over {n} bare names"),
            bare_fuzzy(&e, "umankulova", 15),
            "",
        ));
        rows.push(row(
            format!("search only, full scan, {n} (folded+Latin, 4 fields)"),
            search_only(&e, "umankulova", 15),
            "",
        ));
        let target = if n == 10_000 { "< 5" } else { "< 16" };
        let mut app = app_with(e);
        app.update(Action::Run(Command::Show(View::Roster)));
        let mut term = Terminal::new(TestBackend::new(W, H)).expect("terminal");
        term.draw(|f| render(&app, f)).expect("draw");
        let (first, typing, erasing) = keystrokes(&mut app, &mut term, &queries, 3);
        rows.push(row(
            format!("keystroke + frame, first letter (full scan), {n}"),
            first,
            target,
        ));
        rows.push(row(
            format!("keystroke + frame, next letters (narrowing), {n}"),
            typing,
            target,
        ));
        rows.push(row(
            format!("keystroke + frame, Backspace, {n}"),
            erasing,
            target,
        ));
        let redraw: Vec<Duration> = (0..30)
            .map(|_| {
                let t = Instant::now();
                term.draw(|f| render(&app, f)).expect("draw");
                t.elapsed()
            })
            .collect();
        rows.push(row(format!("roster frame {W}x{H} alone, {n}"), redraw, ""));
        let e = &app.library.entries[0];
        rows.push(row(
            format!("reference: bare ratatui table frame {W}x{H}"),
            bare_table(e, 30),
            "",
        ));
        if n == 10_000 {
            app.update(Action::Run(Command::Show(View::Schedule)));
            let sched = timed(&mut app, &mut term, 30, Command::Down);
            rows.push(row("schedule: move + frame, 1,000 sessions", sched, ""));
            let zone = timed(&mut app, &mut term, 30, Command::CycleZone);
            rows.push(row(
                "schedule: z (next zone, rows regrouped) + frame",
                zone,
                "",
            ));
            let t = Instant::now();
            app.update(Action::Run(Command::Show(View::Interpretation)));
            term.draw(|f| render(&app, f)).expect("draw");
            let open = t.elapsed();
            rows.push(row(
                "interpretation: open (plan, checks) + frame, once",
                vec![open],
                "",
            ));
            let moves = timed(&mut app, &mut term, 30, Command::Down);
            rows.push(row("interpretation: move + frame", moves, ""));
            while !matches!(
                app.interp.selected(),
                Some(plenary::tui::app::interp::InterpRow::Booth(..))
            ) {
                app.update(Action::Run(Command::Down));
            }
            let edits = timed(
                &mut app,
                &mut term,
                10,
                Command::Interp(InterpCommand::ToggleTwoWay),
            );
            rows.push(row(
                "interpretation: two-way edit (re-check all) + frame",
                edits,
                "",
            ));
            // Follow-ups view over the 5,000 follow-ups: a search keystroke
            // rebuilds the register, filters, groups and sections.
            app.update(Action::Run(Command::Show(View::FollowUps)));
            let mut fu = Vec::new();
            for _ in 0..3 {
                app.update(Action::Run(Command::Search));
                for c in "plan 12".chars() {
                    let t = Instant::now();
                    app.update(Action::Type(c));
                    term.draw(|f| render(&app, f)).expect("draw");
                    fu.push(t.elapsed());
                }
                app.update(Action::Run(Command::SearchCancel));
            }
            rows.push(row("follow-ups: search keystroke + frame, 5,000", fu, ""));
            let group = timed(&mut app, &mut term, 10, Command::GroupNext);
            rows.push(row("follow-ups: regroup + frame, 5,000", group, ""));
            let edit = timed(&mut app, &mut term, 10, Command::StatusNext);
            rows.push(row(
                "follow-ups: status edit + re-check + frame, 5,000",
                edit,
                "",
            ));
        }
    }

    if roster_only {
        print(&rows);
        return;
    }
    // Time to first frame of the release binary, on the reference agendas
    // and on a folder holding the large generated agenda.
    let dir = tempfile::tempdir().expect("temp dir");
    let big = generate::meeting(10_000, 1_000, 5_000);
    let text = save::canonical::meeting_yaml(&big).expect("yaml");
    std::fs::write(dir.path().join("bench.yaml"), text).expect("write");
    let repo_agendas = Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas");
    for (what, path, loaded) in [
        ("reference agendas", repo_agendas.as_path(), "CASIE 2022"),
        ("generated 10,000-participant agenda", dir.path(), "Bench "),
    ] {
        let runs: Vec<(Duration, Duration, Duration)> =
            (0..7).filter_map(|_| first_frame(path, loaded)).collect();
        if runs.is_empty() {
            println!("time to first frame: could not run the binary in a pty");
            continue;
        }
        rows.push(row(
            format!("binary: first frame, {what}"),
            runs.iter().map(|r| r.1).collect(),
            "< 20",
        ));
        rows.push(row(
            format!("binary: first bytes, {what}"),
            runs.iter().map(|r| r.0).collect(),
            "",
        ));
        rows.push(row(
            format!("binary: meetings shown (loaded), {what}"),
            runs.iter().map(|r| r.2).collect(),
            "",
        ));
    }
    println!();
    print(&rows);
}
