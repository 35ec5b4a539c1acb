//! The disk, watched rather than polled, at 10× the generated agenda
//! (100,000 participants, 10,000 sessions, 50,000 follow-ups; 33 MB),
//! side by side in one run:
//!
//! - idle, per second: what the old once-a-second comparison cost (read
//!   and hash the whole file on the UI thread) against what is done now:
//!   nothing when the system's notifications work, one `stat` per open
//!   file when they do not (the fallback);
//! - keys-to-frame while a changed 10× file is reloaded: before, the
//!   reload ran on the UI thread, so a key pressed as it began waited for
//!   it; now it runs on the disk worker and keys (Down, then a 200×60
//!   frame) are answered meanwhile.
//!
//! Run: `cargo bench --bench disk_watch`.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::editing::disk_watch;
use plenary::tui::disk_worker::{DiskNews, Report};
use plenary::tui::{App, Theme, loader, render};
use plenary::watch::Stamp;
use plenary::{generate, save};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn app_on(root: &Path) -> App {
    let mut app = App::new(
        root.to_path_buf(),
        today(),
        Theme::monochrome(),
        Rect::new(0, 0, 200, 60),
    );
    loader::load_into(&mut app);
    assert_eq!(app.library.entries.len(), 1);
    app.update(Action::Run(Command::Show(View::Schedule)));
    app
}

/// A key and the frame it causes.
fn key_to_frame(app: &mut App, term: &mut Terminal<TestBackend>, down: bool) -> Duration {
    let t = Instant::now();
    let c = if down { Command::Down } else { Command::Up };
    app.update(Action::Run(c));
    term.draw(|f| render(app, f)).unwrap();
    t.elapsed()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("10x.yaml");
    save::create(&path, &generate::meeting(100_000, 10_000, 50_000)).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    let mut app = app_on(dir.path());
    let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();
    println!(
        "10x agenda ({:.1} MB), median of 7 unless said:",
        size as f64 / 1e6
    );

    // Idle: the old tick against a stat.
    let old: Vec<Duration> = (0..7)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(app.library.entries[0].editor.disk_state());
            t.elapsed()
        })
        .collect();
    let stat: Vec<Duration> = (0..7)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..1000 {
                std::hint::black_box(Stamp::of(&path));
            }
            t.elapsed() / 1000
        })
        .collect();
    let (old, stat) = (median(old), median(stat));
    println!("  idle, work per second on the UI thread:");
    println!(
        "    before: read + hash the file          {:9.3} ms",
        ms(old)
    );
    println!("    now, notifications: nothing             0.000 ms (no wakeup)");
    println!(
        "    now, fallback: one stat per file      {:9.3} ms  ({:.0}x less than before)",
        ms(stat),
        old.as_secs_f64() / stat.as_secs_f64()
    );

    // Keys with nothing running beside them: the floor.
    let quiet: Vec<Duration> = (0..21)
        .map(|i| key_to_frame(&mut app, &mut term, i % 2 == 0))
        .collect();
    let quiet_worst = quiet.iter().max().copied().unwrap_or_default();
    let quiet = median(quiet);

    // Keys while a reload runs. Before: the reload on the UI thread, then
    // the key's frame (what a key pressed as the old tick began waited for).
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("title:", "title: Changed", 1)).unwrap();
    let t = Instant::now();
    {
        let e = &mut app.library.entries[0];
        e.editor.reload().unwrap();
        e.refresh(today());
    }
    app.documents_changed();
    key_to_frame(&mut app, &mut term, true);
    let before = t.elapsed();

    // Now: the real watch and worker.
    let (tx, rx) = mpsc::channel();
    disk_watch::connect(&mut app, None, move |n| tx.send(n).is_ok());
    app.update(Action::Tick);
    // The first look (does the disk hold what was loaded?) comes back.
    while app.edit.disk.looks == 0 || !disk_watch::reloading(&app).is_empty() {
        if let Ok(n) = rx.recv_timeout(Duration::from_millis(50)) {
            app.update(Action::Disk(n));
        }
    }
    while let Ok(n) = rx.recv_timeout(Duration::from_millis(500)) {
        app.update(Action::Disk(n));
    }
    std::fs::write(&path, text.replacen("title:", "title: Again", 1)).unwrap();
    let started = Instant::now();
    let mut keys = Vec::new();
    let mut loading_seen = false;
    let mut down = true;
    while app.edit.disk.reloads == 0 && started.elapsed() < Duration::from_secs(120) {
        while let Ok(n) = rx.try_recv() {
            loading_seen |= matches!(n, DiskNews::Worker(Report::Loading(..)));
            app.update(Action::Disk(n));
        }
        if loading_seen && app.edit.disk.reloads == 0 {
            keys.push(key_to_frame(&mut app, &mut term, down));
            down = !down;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let reload = started.elapsed();
    assert_eq!(app.edit.disk.reloads, 1, "the worker reloaded it");
    let n = keys.len();
    let worst = keys.iter().max().copied().unwrap_or_default();
    let typical = if keys.is_empty() {
        Duration::ZERO
    } else {
        median(keys)
    };
    println!("  keys-to-frame while a 10x reload runs:");
    println!(
        "    reference, no reload running: median {:.2} ms, worst {:.2} ms (21 keys)",
        ms(quiet),
        ms(quiet_worst)
    );
    println!(
        "    before: reload on the UI thread + key  {:9.1} ms (one key)",
        ms(before)
    );
    println!(
        "    now: {n} keys during a {:.0} ms background reload: median {:.2} ms, worst {:.2} ms",
        ms(reload),
        ms(typical),
        ms(worst)
    );
    println!(
        "    ratio before / now: {:.0}x (median), {:.0}x (worst)",
        before.as_secs_f64() / typical.as_secs_f64().max(1e-9),
        before.as_secs_f64() / worst.as_secs_f64().max(1e-9)
    );
}
