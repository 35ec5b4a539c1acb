//! Where `plenary check` keeps its memory: live and peak heap bytes after
//! each phase of a check (read the file, parse it to a meeting, run the
//! rules, find the problems' lines, render them), counted by a global
//! allocator, and the sizes of the domain types that dominate them.
//!
//! Run: `cargo bench --bench memory -- FILE` (default: a generated agenda
//! of 10,000 participants written to a temporary folder). Make the 10×
//! agenda with `plenary generate --participants 100000 --sessions 10000
//! --follow-ups 50000 -o big10.yaml`.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use plenary::{check, domain, generate, load, problem, save};

/// The system allocator, counting what is live and the most ever live.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        grew(l.size());
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        if new > l.size() {
            grew(new - l.size());
        } else {
            LIVE.fetch_sub(l.size() - new, Ordering::Relaxed);
        }
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn mb(b: usize) -> f64 {
    b as f64 / 1e6
}

/// Prints the live and peak heap now, then starts a new peak for the next phase.
fn phase(name: &str, file_size: usize) {
    let live = LIVE.load(Ordering::Relaxed);
    let peak = PEAK.swap(live, Ordering::Relaxed);
    println!(
        "{name:<22} heap live {:>6.1} MB, phase peak {:>6.1} MB ({:.2}× file); RSS {:>6.1} MB, peak RSS {:>6.1} MB",
        mb(live),
        mb(peak),
        peak as f64 / file_size.max(1) as f64,
        status_mb("VmRSS:"),
        status_mb("VmHWM:"),
    );
}

/// A line of `/proc/self/status` in MB (Linux; 0 elsewhere).
fn status_mb(key: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok());
    kb.unwrap_or(0.0) / 1000.0
}

fn main() {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let dir = tempfile::tempdir().unwrap();
    let path = arg.map(PathBuf::from).unwrap_or_else(|| {
        let p = dir.path().join("generated.yaml");
        let m = generate::meeting(10_000, 1_000, 5_000);
        std::fs::write(&p, save::canonical::meeting_yaml(&m).unwrap()).unwrap();
        p
    });
    sizes();
    let size = std::fs::metadata(&path).unwrap().len() as usize;
    println!("{} ({:.1} MB)", path.display(), mb(size));
    // The day `plenary check` runs on decides how many follow-ups are overdue.
    let today = std::env::var("TODAY")
        .ok()
        .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    phase("start", size);
    let src = load::source::read(&path).unwrap();
    phase("read", size);
    let doc = load::load_source(&path, src).unwrap();
    phase("parse to a meeting", size);
    let mut problems = check::check_meeting(&doc.meeting, today);
    phase("rules", size);
    doc.locate(&mut problems);
    phase("lines", size);
    drop(doc);
    phase("meeting dropped", size);
    let mut out = std::io::BufWriter::new(std::io::sink());
    for p in &problems {
        writeln!(out, "{p}").unwrap();
    }
    phase("rendered", size);
    println!("{} problems", problems.len());
}

fn sizes() {
    use std::mem::size_of;
    println!(
        "sizes: Participant {}, Session {}, Item {}, FollowUp {}, Text {}, Tentative {}, Problem {}",
        size_of::<domain::Participant>(),
        size_of::<domain::Session>(),
        size_of::<domain::Item>(),
        size_of::<domain::FollowUp>(),
        size_of::<domain::Text>(),
        size_of::<domain::Tentative>(),
        size_of::<problem::Problem>(),
    );
}
