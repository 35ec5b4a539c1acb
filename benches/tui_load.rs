//! How long the TUI takes from nothing to its first frame with a library
//! loaded and checked, at 1× and 10× the generated agenda: without the
//! cache, with a cold cache (the entry is written) and with a warm one.
//!
//! "Loaded and checked, first frame" is measured end to end, as the TUI
//! does it: the file found, read and hashed, the cache entry read and
//! decoded (meeting, problems, people index), the library's entry built,
//! the app's state brought in line with it ([`App::update`]: the Problems
//! rows, the views' rows), and the first frame drawn (120x40, the Meetings
//! list with the meeting's problem counts). The loading runs on this
//! thread ([`loader::run`]), as the TUI's loader thread runs it, and is
//! split into its parts: the loader's news (read, hash, decode, entry),
//! the app's update, the frame.
//!
//! Run: `cargo bench --bench tui_load`. `TUI_LOAD_SIZES=10` for one size,
//! `TUI_LOAD_RUNS=5` for the warm runs per size (median and best are
//! given), `TUI_LOAD_ONLY=warm` to skip the loads without a cache,
//! `TUI_LOAD_DIR=/tmp/x` to keep the agendas (and the cache) there between
//! runs, so two builds can be compared on the same files
//! (`benches/tui_load_ab.sh`). Each warm run also prints a line
//! `warm-e2e <size> <ms>` for that script.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use plenary::cache::{self, Cache, Loaded, Want};
use plenary::tui::action::{Action, Load};
use plenary::tui::app::App;
use plenary::tui::library::PeopleIndex;
use plenary::tui::{Theme, loader, render};
use plenary::{generate, save};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default()
}

fn runs() -> usize {
    std::env::var("TUI_LOAD_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5)
        .max(1)
}

/// One load from nothing to the first frame, in parts.
#[derive(Clone, Copy)]
struct Took {
    /// The loader's work until the meeting's entry is made.
    loader: Duration,
    /// The app's updates with the loader's news (views' rows built).
    update: Duration,
    /// The first frame with the meeting loaded.
    frame: Duration,
    problems: usize,
}

impl Took {
    fn total(&self) -> Duration {
        self.loader + self.update + self.frame
    }
}

/// Loads `root` into a fresh app and draws its first frame.
fn load(root: &Path, cache: Option<&Cache>) -> Took {
    let t = Instant::now();
    let mut app = App::new(
        root.to_path_buf(),
        today(),
        Theme::monochrome(),
        Rect::new(0, 0, 120, 40),
    );
    let (mut loader, mut update) = (Duration::ZERO, Duration::ZERO);
    let mut since = t;
    loader::run(root, today(), cache, |l: Load| {
        loader += since.elapsed();
        let u = Instant::now();
        app.update(Action::Load(l));
        update += u.elapsed();
        since = Instant::now();
        true
    });
    loader += since.elapsed();
    let f = Instant::now();
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    term.draw(|f| render(&app, f)).unwrap();
    let frame = f.elapsed();
    assert!(app.loading.finished && app.library.entries.len() == 1);
    let problems = app.library.entries[0].problems.len();
    // The frame says so: the meeting's problem counts are on it.
    let screen = format!("{:?}", term.backend());
    assert!(
        problems == 0 || screen.contains(&app.library.entries[0].errors().to_string()),
        "the first frame shows the problems"
    );
    let took = Took {
        loader,
        update,
        frame,
        problems,
    };
    // Dropping the app is not part of loading it.
    drop(app);
    took
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The cache's part of a warm load, median of `runs`: the meeting alone
/// from the entry (file read and hashed, entry read, meeting decoded), then
/// with its problems and people index.
fn cache_parts(file: &Path, cache: &Cache, runs: usize) -> String {
    let meeting_only = median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                let l = cache::load(file, today(), Some(cache), Want::MeetingOnly);
                assert!(matches!(l, Loaded::Meeting(..)));
                t.elapsed()
            })
            .collect(),
    );
    let indexed = median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                let l = cache::load_indexed(file, today(), Some(cache), PeopleIndex::build);
                assert!(l.1.is_some());
                t.elapsed()
            })
            .collect(),
    );
    format!(
        "cache alone: meeting only {:.0} ms; with problems and people index {:.0} ms",
        ms(meeting_only),
        ms(indexed)
    )
}

/// The agenda at `label` in `dir`, generated unless it is there already.
fn agenda(dir: &Path, label: &str, x: usize) -> (PathBuf, usize) {
    let file = dir.join(format!("agenda-{label}")).join("agenda.yaml");
    if let Ok(m) = std::fs::metadata(&file) {
        return (file, m.len() as usize);
    }
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let m = generate::meeting(10_000 * x, 1_000 * x, 5_000 * x);
    let text = save::canonical::meeting_yaml(&m).expect("serialize");
    std::fs::write(&file, &text).expect("write");
    (file, text.len())
}

/// The allocator the `plenary` binary runs on, so the TUI is timed as it runs.
#[global_allocator]
static ALLOC: plenary::alloc::Allocator = plenary::alloc::Allocator;

fn main() {
    // As the TUI runs: huge pages off (`plenary::alloc`).
    plenary::alloc::no_huge_pages();
    let sizes = std::env::var("TUI_LOAD_SIZES").unwrap_or_else(|_| "1,10".into());
    let warm_only = std::env::var("TUI_LOAD_ONLY").is_ok_and(|s| s == "warm");
    let kept = std::env::var_os("TUI_LOAD_DIR").map(PathBuf::from);
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = kept.as_deref().unwrap_or(tmp.path());
    let runs = runs();
    for x in sizes
        .split(',')
        .filter_map(|s| s.trim().parse::<usize>().ok())
    {
        let label = format!("{x}x");
        let (file, len) = agenda(dir, &label, x);
        let root = file.parent().unwrap();
        let cache = Cache::at(dir.join("cache"));
        let full = (!warm_only).then(|| load(root, None));
        let cold = load(root, Some(&cache));
        let warm: Vec<Took> = (0..runs).map(|_| load(root, Some(&cache))).collect();
        for w in &warm {
            println!("warm-e2e {label} {:.1}", ms(w.total()));
        }
        let n = cold.problems;
        assert!(warm.iter().all(|w| w.problems == n), "the same problems");
        assert!(full.is_none_or(|f| f.problems == n), "the same problems");
        let med = |f: fn(&Took) -> Duration| ms(median(warm.iter().map(f).collect()));
        let best = warm.iter().map(Took::total).min().unwrap();
        let full = full.map_or("skipped".into(), |f| format!("{:.0} ms", ms(f.total())));
        println!(
            "TUI loaded and checked to the first frame, {label} ({:.1} MB, {n} problems): \
             no cache {full}, cold cache {:.0} ms, warm cache median {:.0} ms (best {:.0}) of {runs}",
            len as f64 / 1e6,
            ms(cold.total()),
            med(Took::total),
            ms(best),
        );
        println!(
            "  warm, medians: loader (read, hash, decode, entry) {:.0} ms; app update {:.0} ms; first frame {:.1} ms; {}",
            med(|t| t.loader),
            med(|t| t.update),
            med(|t| t.frame),
            cache_parts(&file, &cache, runs),
        );
    }
}
