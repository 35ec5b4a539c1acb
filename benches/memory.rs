//! Where `plenary check --no-cache` keeps its memory: live and peak heap
//! bytes and peak resident memory in each phase of the check, in the order
//! the command runs them (`cache::Want::ProblemsOnly`: read the file, parse
//! it to a meeting, let the text go, run the rules and let the meeting go,
//! read the text again for the problems' lines, let it go, render), and
//! what the problems' heap is made of.
//!
//! Heap is counted by a global allocator wrapped around the binary's own
//! (mimalloc, tuned as `check` tunes it: `plenary::alloc`), so resident
//! figures are the binary's; each phase's peak resident memory is read from
//! `VmHWM` after resetting it (`/proc/self/clear_refs`, Linux).
//!
//! Run: `cargo bench --bench memory -- FILE` (default: a generated agenda
//! of 10,000 participants written to a temporary folder). Make the 10×
//! agenda with `plenary generate --participants 100000 --sessions 10000
//! --follow-ups 50000 -o big10.yaml`.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::alloc::{GlobalAlloc, Layout};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use plenary::i18n::{Arg, Msg};
use plenary::{check, domain, generate, load, problem, save};

/// The binary's allocator, counting what is live and the most ever live.
struct Counting;

static INNER: plenary::alloc::Allocator = plenary::alloc::Allocator;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        grew(l.size());
        unsafe { INNER.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { INNER.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        // A moving realloc holds both blocks for a moment: counted as such.
        grew(new);
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { INNER.realloc(p, l, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn mb(b: usize) -> f64 {
    b as f64 / 1e6
}

/// Prints the live and peak heap now, and the phase's peak resident
/// memory, then starts new peaks for the next phase.
fn phase(name: &str, file_size: usize) {
    let live = LIVE.load(Ordering::Relaxed);
    let peak = PEAK.swap(live, Ordering::Relaxed);
    let hwm = status_kib("VmHWM:");
    println!(
        "{name:<24} heap live {:>6.1} MB, peak {:>6.1} MB; resident {:>7} KiB, phase peak {:>7} KiB ({:.2}× file)",
        mb(live),
        mb(peak),
        status_kib("VmRSS:"),
        hwm,
        (hwm * 1024) as f64 / file_size.max(1) as f64,
    );
    // "5" resets the peak resident size to the current one (Linux ≥ 4.0).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// A line of `/proc/self/status` in KiB (Linux; 0 elsewhere).
fn status_kib(key: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

fn main() {
    plenary::alloc::no_huge_pages();
    plenary::alloc::for_command(plenary::alloc::Use::Other);
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
    let mut doc = load::load_source(&path, src).unwrap();
    phase("parse to a meeting", size);
    doc.text = String::new();
    phase("text dropped", size);
    // As `plenary check` runs them: all but the follow-ups let go before
    // the follow-ups' rule (`check::check_meeting_consuming`).
    let mut problems = check::check_meeting_consuming(std::mem::take(&mut doc.meeting), today);
    phase("rules, meeting dropped", size);
    breakdown(&problems);
    doc.text = load::source::read(&path).unwrap().text;
    phase("text read again", size);
    doc.locate(&mut problems);
    phase("lines", size);
    drop(doc);
    phase("text dropped again", size);
    let mut out = std::io::BufWriter::new(std::io::sink());
    for p in &problems {
        writeln!(out, "{p}").unwrap();
    }
    phase("rendered", size);
    println!("{} problems", problems.len());
}

/// What the problems' heap is made of, by the bytes each part asked for.
fn breakdown(problems: &[problem::Problem]) {
    let s = |x: &String| x.capacity();
    let o = |x: &Option<String>| x.as_ref().map_or(0, String::capacity);
    let (mut path, mut message, mut hint, mut msg, mut records) = (0, 0, 0, 0, 0);
    for p in problems {
        path += o(&p.path) + o(&p.also);
        message += s(&p.message);
        hint += o(&p.hint);
        msg += p.msg.as_ref().map_or(0, msg_heap) + p.hint_msg.as_ref().map_or(0, msg_heap);
        records += p.records.capacity() * std::mem::size_of::<problem::Record>()
            + p.records.iter().map(|r| r.id.capacity()).sum::<usize>();
    }
    let list = std::mem::size_of_val(problems);
    println!(
        "  problems' heap: structs {:.1} MB, paths {:.1}, English messages {:.1}, hints {:.1}, \
         catalogue messages {:.1}, records {:.1} MB",
        mb(list),
        mb(path),
        mb(message),
        mb(hint),
        mb(msg),
        mb(records)
    );
}

/// Heap bytes of a message's key and arguments.
fn msg_heap(m: &Msg) -> usize {
    let key = match &m.key {
        std::borrow::Cow::Owned(k) => k.capacity(),
        std::borrow::Cow::Borrowed(_) => 0,
    };
    let args = m.args.capacity() * std::mem::size_of::<(std::borrow::Cow<'static, str>, Arg)>();
    let each: usize = m
        .args
        .iter()
        .map(|(name, a)| {
            let name = match name {
                std::borrow::Cow::Owned(n) => n.capacity(),
                std::borrow::Cow::Borrowed(_) => 0,
            };
            name + match a {
                Arg::Str(s) => s.capacity(),
                Arg::Msg(m) => std::mem::size_of::<Msg>() + msg_heap(m),
                Arg::Versions(v) => {
                    v.capacity() * 48
                        + v.iter()
                            .map(|(a, b)| a.capacity() + b.capacity())
                            .sum::<usize>()
                }
                Arg::Num(_) | Arg::Line(_) => 0,
            }
        })
        .sum();
    key + args + each
}

fn sizes() {
    use std::mem::size_of;
    println!(
        "sizes: Participant {}, Session {}, Item {}, FollowUp {}, Text {}, Tentative {}, Problem {}, Msg {}, Arg {}",
        size_of::<domain::Participant>(),
        size_of::<domain::Session>(),
        size_of::<domain::Item>(),
        size_of::<domain::FollowUp>(),
        size_of::<domain::Text>(),
        size_of::<domain::Tentative>(),
        size_of::<problem::Problem>(),
        size_of::<Msg>(),
        size_of::<Arg>(),
    );
}
