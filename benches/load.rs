//! Load + validate against the bare yaml_serde parse of the same file, and
//! the save, on the generated large agenda (10,000 participants, 1,000
//! sessions, 5,000 follow-ups). Run: `cargo bench --bench load`.
//!
//! Each figure is the median of several runs, measured side by side in one
//! process; peak memory is read from a fresh child process so that earlier
//! runs do not inflate it.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use plenary::{check, generate, load, save};

const RUNS: usize = 15;

fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Peak resident memory of this process so far, in MB (Linux).
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default()
}

/// Child mode: do one thing on the file and report this process's peak memory.
fn child(what: &str, path: &Path) {
    match what {
        "parse" => {
            let text = std::fs::read_to_string(path).expect("read");
            let v: plenary::yaml::Value = plenary::yaml::from_str(&text).expect("parse");
            std::hint::black_box(v);
        }
        "parse-typed" => {
            let text = std::fs::read_to_string(path).expect("read");
            let m: plenary::domain::Meeting = plenary::yaml::from_str(&text).expect("parse");
            std::hint::black_box(m);
        }
        _ => {
            let doc = load::load(path).expect("load");
            let problems = check::check_document(&doc, today());
            std::hint::black_box((doc, problems));
        }
    }
    println!("{:.1}", peak_mb().unwrap_or(f64::NAN));
}

fn child_peak(what: &str, path: &Path) -> String {
    let exe = std::env::current_exe().expect("exe");
    std::process::Command::new(exe)
        .args(["--child", what])
        .arg(path)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "?".into())
}

/// The allocator `plenary` runs on: the typed parse this bench holds
/// `check` against must pay the same malloc.
#[global_allocator]
static ALLOC: plenary::alloc::Allocator = plenary::alloc::Allocator;

fn main() {
    // As `plenary check` runs: huge pages off, freed pages returned at once.
    plenary::alloc::no_huge_pages();
    plenary::alloc::for_command(plenary::alloc::Use::Other);
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        child(&args[i + 1], Path::new(&args[i + 2]));
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("large.yaml");
    let m = generate::meeting(10_000, 1_000, 5_000);
    let text = save::canonical::meeting_yaml(&m).expect("serialize");
    std::fs::write(&path, &text).expect("write");

    let bare = median(|| {
        let t = std::fs::read_to_string(&path).expect("read");
        let v: plenary::yaml::Value = plenary::yaml::from_str(&t).expect("parse");
        std::hint::black_box(v);
    });
    // The same typed parse yaml_serde does on its own, on one thread: the
    // strictest reference for "load + validate costs at most 1.2x a parse".
    let bare_typed = median(|| {
        let t = std::fs::read_to_string(&path).expect("read");
        let m: plenary::domain::Meeting = plenary::yaml::from_str(&t).expect("parse");
        std::hint::black_box(m);
    });
    let typed = median(|| {
        let t = std::fs::read_to_string(&path).expect("read");
        std::hint::black_box(load::parse_meeting(&path, &t).expect("parse"));
    });
    let mut problems = 0;
    let full = median(|| {
        let doc = load::load(&path).expect("load");
        let p = check::check_document(&doc, today());
        problems = p.len();
        std::hint::black_box((doc, p));
    });
    let doc = load::load(&path).expect("load");
    let checks_only = median(|| {
        std::hint::black_box(check::check_meeting(&doc.meeting, today()));
    });
    let serialize = median(|| {
        std::hint::black_box(save::canonical::meeting_yaml(&doc.meeting).expect("serialize"));
    });
    let mut saved = doc.clone();
    let save_path = dir.path().join("saved.yaml");
    saved.path = save_path.clone();
    let mut flip = false;
    let save_full = median(|| {
        // A real edit each time so every save writes.
        flip = !flip;
        saved.meeting.title = plenary::domain::Text::plain(if flip { "A" } else { "B" });
        std::fs::write(&save_path, &saved.text).expect("reset");
        saved.fingerprint = load::Fingerprint::of(saved.text.as_bytes());
        let mut d = saved.clone();
        save::save(&mut d).expect("save");
    });

    let reference = bare.min(bare_typed);
    let lines = [
        format!(
            "large agenda: {:.1} MB, 10,000 participants, 1,000 sessions, 5,000 follow-ups; {problems} problems found",
            text.len() as f64 / 1e6
        ),
        format!("median of {RUNS} runs, release build:"),
        format!(
            "  bare yaml_serde parse (to Value)          {:>8.1} ms",
            ms(bare)
        ),
        format!(
            "  bare yaml_serde parse (to Meeting)        {:>8.1} ms",
            ms(bare_typed)
        ),
        format!(
            "  plenary parse (whole file)                {:>8.1} ms",
            ms(typed)
        ),
        format!(
            "  plenary load + validate + locate          {:>8.1} ms   {:.2}x the faster bare parse (target <= 1.20x)",
            ms(full),
            ms(full) / ms(reference)
        ),
        format!(
            "  checks alone                              {:>8.1} ms",
            ms(checks_only)
        ),
        format!(
            "  canonical serialize                       {:>8.1} ms",
            ms(serialize)
        ),
        format!(
            "  save (serialize + atomic write)           {:>8.1} ms",
            ms(save_full)
        ),
        "peak memory, fresh process:".to_string(),
        format!(
            "  bare yaml_serde parse (to Value)          {:>8} MB",
            child_peak("parse", &path)
        ),
        format!(
            "  bare yaml_serde parse (to Meeting)        {:>8} MB",
            child_peak("parse-typed", &path)
        ),
        format!(
            "  plenary load + validate                   {:>8} MB   (target < 64 MB)",
            child_peak("load", &path)
        ),
    ];
    for l in lines {
        println!("{l}");
    }
}
