//! How long the TUI takes to have a library loaded and checked (every
//! file read, every problem found and placed, the roster's search keys,
//! duplicate groups and facets built), at 1× and 10× the generated agenda:
//! without the cache, with a cold cache (the entry is written) and with a
//! warm one, side by side in one run. Run: `cargo bench --bench tui_load`.
//!
//! The loading runs on this thread ([`loader::load_into_with`]), as the
//! TUI's loader thread runs it; the first frame is drawn before any file is
//! touched, so this is the time until the meetings and Problems are whole.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use plenary::cache::{self, Cache, Loaded, Want};
use plenary::tui::app::App;
use plenary::tui::library::{Entry, PeopleIndex};
use plenary::tui::{Theme, loader};
use plenary::{generate, save};
use ratatui::layout::Rect;

const RUNS: usize = 3;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default()
}

/// Loads `root` into a fresh app; returns the time and the problem count.
fn load(root: &Path, cache: Option<&Cache>) -> (Duration, usize) {
    let mut app = App::new(
        root.to_path_buf(),
        today(),
        Theme::monochrome(),
        Rect::new(0, 0, 120, 40),
    );
    let t = Instant::now();
    loader::load_into_with(&mut app, cache);
    let took = t.elapsed();
    assert!(app.loading.finished && app.library.entries.len() == 1);
    (took, app.library.entries[0].problems.len())
}

fn best(mut f: impl FnMut() -> (Duration, usize)) -> (Duration, usize) {
    (0..RUNS).map(|_| f()).min().unwrap()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The warm load in parts, each the best of [`RUNS`]: the meeting alone
/// from the entry (file read and hashed, entry read, meeting decoded),
/// then with its problems and people index, then the TUI's entry made of
/// them (per-session problem lists); and the copy of the meeting the
/// editor made before its base was made only when wanted.
fn warm_parts(file: &Path, cache: &Cache) -> String {
    let meeting_only = best(|| {
        let t = Instant::now();
        let l = cache::load(file, today(), Some(cache), Want::MeetingOnly);
        (t.elapsed(), usize::from(matches!(l, Loaded::Meeting(..))))
    });
    let indexed = best(|| {
        let t = Instant::now();
        let l = cache::load_indexed(file, today(), Some(cache), PeopleIndex::build);
        (t.elapsed(), usize::from(l.1.is_some()))
    });
    let entry = best(|| {
        let (Loaded::Meeting(doc, problems), Some(index)) =
            cache::load_indexed(file, today(), Some(cache), PeopleIndex::build)
        else {
            panic!("a warm entry");
        };
        let t = Instant::now();
        let e = Entry::indexed(*doc, problems, index);
        (t.elapsed(), e.keys.len())
    });
    // What `Editor::new` did before the base was made only when wanted.
    let copy = best(|| {
        let Loaded::Meeting(doc, _) = cache::load(file, today(), Some(cache), Want::MeetingOnly)
        else {
            panic!("a warm entry");
        };
        let t = Instant::now();
        let copy = doc.meeting.clone();
        (t.elapsed(), copy.sessions.len())
    });
    format!(
        "meeting only {:.0} ms; with problems and people index {:.0} ms; the TUI's entry made of them {:.0} ms \
         (a copy of the meeting, which the entry no longer makes: {:.0} ms)",
        ms(meeting_only.0),
        ms(indexed.0),
        ms(entry.0),
        ms(copy.0)
    )
}

fn main() {
    for (label, people, sessions, follow_ups) in [
        ("1x", 10_000, 1_000, 5_000),
        ("10x", 100_000, 10_000, 50_000),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("agenda").join(format!("{label}.yaml"));
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        let m = generate::meeting(people, sessions, follow_ups);
        let text = save::canonical::meeting_yaml(&m).expect("serialize");
        std::fs::write(&file, &text).expect("write");
        drop(m);
        let root = file.parent().unwrap();
        let (full, n) = best(|| load(root, None));
        let cache = Cache::at(dir.path().join("cache"));
        let (cold, n_cold) = load(root, Some(&cache));
        let (warm, n_warm) = best(|| load(root, Some(&cache)));
        assert_eq!((n, n), (n_cold, n_warm), "the same problems");
        let parts = warm_parts(&file, &cache);
        println!(
            "TUI loaded and checked, {label} ({:.1} MB, {n} problems), best of {RUNS}: \
             no cache {:.0} ms, cold cache {:.0} ms, warm cache {:.0} ms ({:.2}x no cache)",
            text.len() as f64 / 1e6,
            ms(full),
            ms(cold),
            ms(warm),
            ms(warm) / ms(full)
        );
        println!("  where a warm load goes: {parts}");
    }
}
