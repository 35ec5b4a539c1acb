//! An edit answered within a frame: key to frame (the update, the
//! re-check, the views rebuilt, a 200x60 frame drawn into a buffer) on the
//! generated agenda at 1x (10,000 participants, 1,000 sessions, 5,000
//! follow-ups; 3.3 MB) and 10x (33 MB), for three edits and their undo
//! (the follow-up's in each grouping of the Follow-ups view).
//!
//! Side by side in one run, on the same app: "now" (the incremental
//! re-check of what the edit can affect) and "before" (the same edit, then
//! the whole meeting re-checked and every search key, duplicate group and
//! facet rebuilt, as every edit did before: `Entry::refresh`). Also: an
//! edit that renumbers sessions, whose whole check runs on a worker (time
//! on the UI thread, and until its answer is in), and the checks alone.
//! Run: `cargo bench --bench edit_frame` (`EDIT_FRAME_SIZES=1` or `10` for one
//! size, `EDIT_FRAME_RUNS=3` for fewer edit/undo pairs than 9,
//! `EDIT_FRAME_BEFORE=0` for "now" alone, as under a profiler;
//! `EDIT_FRAME_ONLY=renumbering` for that edit alone; `EDIT_FRAME_TRACE=1`
//! prints each answer taken).

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::{H, W, app_with, ms, today};
use plenary::check::background::Wake;
use plenary::check::{Checks, check_meeting};
use plenary::edit::{Change, ListOp, Transaction};
use plenary::tui::action::{Action, Command, InterpCommand, View};
use plenary::tui::library::Entry;
use plenary::tui::{App, render};
use plenary::{generate, load, save};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn median(mut v: Vec<Duration>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort();
    ms(v[v.len() / 2])
}

/// The generated agenda at `x` times the default size, loaded from its text
/// (so problems have lines, as in the app).
fn document(x: usize) -> load::Document {
    let m = generate::meeting(10_000 * x, 1_000 * x, 5_000 * x);
    let text = save::canonical::meeting_yaml(&m).expect("yaml");
    load::load_source(
        Path::new("generated.yaml"),
        load::source::from_bytes(text.into_bytes()).expect("text"),
    )
    .expect("loads")
}

/// One key and its frame; `whole` adds what every edit did before.
fn key(app: &mut App, term: &mut Terminal<TestBackend>, c: Command, whole: bool) -> Duration {
    let t = Instant::now();
    app.update(Action::Run(c));
    if whole {
        app.library.entries[0].refresh(today());
        app.documents_changed();
    }
    term.draw(|f| render(app, f)).expect("draw");
    t.elapsed()
}

struct Rows(Vec<(String, f64, f64)>);

impl Rows {
    /// `runs` edit/undo pairs now and before, alternating so both see the same machine.
    fn measure(&mut self, app: &mut App, term: &mut Terminal<TestBackend>, what: &str, c: Command) {
        let (mut edit, mut undo, mut edit_b, mut undo_b) = (vec![], vec![], vec![], vec![]);
        for _ in 0..runs() {
            edit.push(key(app, term, c, false));
            undo.push(key(app, term, Command::Undo, false));
            if before() {
                edit_b.push(key(app, term, c, true));
                undo_b.push(key(app, term, Command::Undo, true));
            }
        }
        let status = app.status.as_deref().unwrap_or_default().to_string();
        assert!(status.starts_with("undid"), "{what}: {status}");
        let frame: Vec<Duration> = (0..9)
            .map(|_| {
                let t = Instant::now();
                term.draw(|f| render(app, f)).expect("draw");
                t.elapsed()
            })
            .collect();
        let frame = median(frame);
        self.0
            .push((format!("{what}: edit"), median(edit), median(edit_b)));
        self.0
            .push((format!("{what}: undo"), median(undo), median(undo_b)));
        self.0
            .push((format!("{what}: the frame alone"), frame, frame));
        for (what, now, before) in &self.0[self.0.len() - 3..] {
            println!("  {what}: now {now:.2} ms, before {before:.2} ms");
        }
    }
}

/// Edit/undo pairs per measure (`EDIT_FRAME_RUNS`, default 9).
fn runs() -> usize {
    std::env::var("EDIT_FRAME_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(9)
}

/// Whether to measure "before" too and the whole checks (`EDIT_FRAME_BEFORE=0`:
/// only "now", e.g. under a profiler).
fn before() -> bool {
    std::env::var("EDIT_FRAME_BEFORE").as_deref() != Ok("0")
}

/// `EDIT_FRAME_ONLY=renumbering`: the renumbering edit alone (under a
/// profiler, its answer taken is then most of the UI thread's time).
fn only_renumbering() -> bool {
    std::env::var("EDIT_FRAME_ONLY").is_ok_and(|v| v == "renumbering")
}

fn sizes() -> Vec<usize> {
    match std::env::var("EDIT_FRAME_SIZES").ok().as_deref() {
        Some("1") => vec![1],
        Some("10") => vec![10],
        _ => vec![1, 10],
    }
}

/// The allocator the `plenary` binary runs on, so the TUI is timed as it runs.
#[global_allocator]
static ALLOC: plenary::alloc::Allocator = plenary::alloc::Allocator;

fn main() {
    // As the TUI runs: huge pages off (`plenary::alloc`).
    plenary::alloc::no_huge_pages();
    let mut rows = Rows(Vec::new());
    let mut other: Vec<String> = Vec::new();
    for x in sizes() {
        let t = Instant::now();
        let doc = document(x);
        let e = Entry::new(doc, today());
        println!("{x}x: loaded and checked in {:.0} ms", ms(t.elapsed()));
        let mut app = app_with(e);
        let mut term = Terminal::new(TestBackend::new(W, H)).expect("terminal");

        if only_renumbering() {
            renumbering(&mut app, &mut term, x, &mut rows);
            continue;
        }
        app.update(Action::Run(Command::Show(View::Schedule)));
        term.draw(|f| render(&app, f)).expect("draw");
        rows.measure(
            &mut app,
            &mut term,
            &format!("{x}x lengthen a session (+)"),
            Command::Longer,
        );

        app.update(Action::Run(Command::Show(View::Interpretation)));
        while !matches!(
            app.interp.selected(),
            Some(plenary::tui::app::interp::InterpRow::Booth(..))
        ) {
            app.update(Action::Run(Command::Down));
        }
        let two_way = Command::Interp(InterpCommand::ToggleTwoWay);
        rows.measure(&mut app, &mut term, &format!("{x}x booth two-way"), two_way);

        app.update(Action::Run(Command::Show(View::FollowUps)));
        term.draw(|f| render(&app, f)).expect("draw");
        let status = Command::StatusNext;
        rows.measure(
            &mut app,
            &mut term,
            &format!("{x}x follow-up status"),
            status,
        );
        // The other groupings (`g` cycles them; back to state after the last).
        for _ in 1..plenary::followups::GroupBy::ALL.len() {
            app.update(Action::Run(Command::GroupNext));
            term.draw(|f| render(&app, f)).expect("draw");
            let by = app.followups.group.as_str();
            let what = format!("{x}x follow-up status, by {by}");
            rows.measure(&mut app, &mut term, &what, status);
        }
        app.update(Action::Run(Command::GroupNext));

        renumbering(&mut app, &mut term, x, &mut rows);

        if !before() {
            continue;
        }
        let cached = first_edit_after_cache(&app.library.entries[0], x);
        for line in recheck_alone(&mut app.library.entries[0], x)
            .into_iter()
            .chain(worker(&mut app.library.entries[0], x))
            .chain(checks_alone(app.library.entries[0].meeting(), x))
            .chain(cached)
        {
            println!("  {line}");
            other.push(line);
        }
    }
    println!();
    println!(
        "{:<40} {:>10} {:>10} {:>8}",
        "key to frame, median (ms)", "now", "before", "ratio"
    );
    for (what, now, before) in &rows.0 {
        println!(
            "{what:<40} {now:>10.2} {before:>10.2} {:>7.1}x",
            before / now
        );
    }
    println!();
    for line in other {
        println!("{line}");
    }
}

/// Waits for the worker's wake, then takes its answer as the run loop does
/// (`Action::Checked`) and draws, until no check runs (an answer to an
/// older edit starts the next check): the UI thread's time for each take
/// into `taken`, and the time since `from` until the last answer was in.
fn answer(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    done: &AtomicBool,
    from: Instant,
    taken: &mut Vec<Duration>,
) -> Duration {
    loop {
        while !done.swap(false, Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(1));
        }
        let inn = from.elapsed();
        let t = Instant::now();
        app.update(Action::Checked);
        term.draw(|f| render(app, f)).expect("draw");
        taken.push(t.elapsed());
        if std::env::var("EDIT_FRAME_TRACE").is_ok() {
            eprintln!(
                "take {:.1} ms checking={}",
                ms(t.elapsed()),
                app.library.entries[0].is_checking()
            );
        }
        if !app.library.entries[0].is_checking() {
            return inn;
        }
    }
}

/// What the UI thread did before for a whole check on a worker: a deep
/// copy of the meeting (every session, person and follow-up).
fn deep_copy(m: &plenary::domain::Meeting) -> Duration {
    let t = Instant::now();
    let mut c = m.clone();
    c.sessions = (*c.sessions).clone().into();
    c.follow_ups = (*c.follow_ups).clone().into();
    *c.participants.people_mut() = c.people().to_vec();
    let took = t.elapsed();
    drop(std::hint::black_box(c));
    took
}

/// The first session removed (every later one renumbered), in the app as
/// it runs: the whole check on a worker, Problems "checking..." meanwhile.
/// Key to frame for the edit, an undo typed at once (while the worker
/// still holds its copy), the redo and an undo after the answer; and the
/// key to frame of taking each answer. "before": the same plus the deep
/// copy the UI thread made for the worker (timed here, same run).
fn renumbering(app: &mut App, term: &mut Terminal<TestBackend>, x: usize, rows: &mut Rows) {
    let done = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&done);
    app.edit.rechecks.wake = Some(Arc::new(move || flag.store(true, Ordering::SeqCst)));
    app.update(Action::Run(Command::Show(View::Problems)));
    term.draw(|f| render(app, f)).expect("draw");
    let id = app.library.entries[0].id;
    let (mut edit, mut undo_now, mut redo, mut undo, mut taken, mut inn, mut copy) =
        (vec![], vec![], vec![], vec![], vec![], vec![], vec![]);
    for _ in 0..runs() {
        let s = app.library.entries[0].meeting().sessions[0].clone();
        let tx = Transaction::new("remove").with(Change::Session(ListOp::Remove(0, s)));
        let t = Instant::now();
        assert!(plenary::tui::app::editing::apply_edit(app, id, tx));
        term.draw(|f| render(app, f)).expect("draw");
        edit.push(t.elapsed());
        assert!(app.library.entries[0].is_checking(), "checking...");
        undo_now.push(key(app, term, Command::Undo, false));
        answer(app, term, &done, t, &mut taken);
        let t = Instant::now();
        redo.push(key(app, term, Command::Redo, false));
        inn.push(answer(app, term, &done, t, &mut taken));
        let t = Instant::now();
        undo.push(key(app, term, Command::Undo, false));
        answer(app, term, &done, t, &mut taken);
        copy.push(deep_copy(app.library.entries[0].meeting()));
    }
    app.edit.rechecks.wake = None;
    let copy = median(copy);
    let what = format!("{x}x remove the first session (renumbers)");
    for (kind, v) in [
        ("edit", edit),
        ("undo at once, while checking", undo_now),
        ("redo", redo),
        ("undo", undo),
    ] {
        let now = median(v);
        rows.0.push((format!("{what}: {kind}"), now, now + copy));
    }
    let worst = taken.iter().max().map_or(f64::NAN, |d| ms(*d));
    let taken = median(taken);
    rows.0
        .push((format!("{what}: its answer taken"), taken, taken));
    rows.0
        .push((format!("{what}: answer taken, worst"), worst, worst));
    rows.0
        .push((format!("{what}: answer in after"), median(inn), f64::NAN));
    for (what, now, before) in &rows.0[rows.0.len() - 7..] {
        println!("  {what}: now {now:.2} ms, before {before:.2} ms");
    }
}

/// An edit that renumbers sessions (the first one removed), checked whole
/// on a worker: the UI thread's share, and the time until the answer is in.
fn worker(e: &mut Entry, x: usize) -> Vec<String> {
    let done = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&done);
    let wake: Wake = Arc::new(move || flag.store(true, Ordering::SeqCst));
    let s = e.meeting().sessions[0].clone();
    let tx = Transaction::new("remove").with(Change::Session(ListOp::Remove(0, s)));
    let t = Instant::now();
    e.editor.apply(tx).expect("applies");
    let changes = e.editor.history.last_done().expect("done").changes.clone();
    e.edited(today(), &changes, Some(&wake));
    let ui = t.elapsed();
    assert!(e.is_checking());
    while !e.poll_checks(today(), Some(&wake)) {
        std::thread::sleep(Duration::from_millis(1));
    }
    let answered = t.elapsed();
    assert!(done.load(Ordering::SeqCst));
    e.editor.undo().expect("undoes");
    e.refresh(today());
    vec![format!(
        "{x}x remove the first session (renumbers): on the UI thread {:.2} ms, answer in after {:.0} ms",
        ms(ui),
        ms(answered)
    )]
}

/// A follow-up's status changed and changed back, in the entry alone:
/// the re-check and the derived lists, no views, no frame.
fn recheck_alone(e: &mut Entry, x: usize) -> Vec<String> {
    let mut v = Vec::new();
    for n in 0..9 {
        let before = e.meeting().follow_ups[n].clone();
        let mut after = before.clone();
        after.status = plenary::domain::FollowUpStatus::Done;
        let tx = Transaction::new("status").with(Change::FollowUp(ListOp::Replace {
            at: n,
            before,
            after,
        }));
        let t = Instant::now();
        e.editor.apply(tx).expect("applies");
        let changes = e.editor.history.last_done().expect("done").changes.clone();
        e.edited(today(), &changes, None);
        v.push(t.elapsed());
        e.editor.undo().expect("undoes");
        let changes = e
            .editor
            .history
            .last_undone()
            .expect("undone")
            .inverse()
            .changes;
        e.edited(today(), &changes, None);
    }
    vec![format!(
        "{x}x a follow-up's status, Entry::edited alone (re-check, derived lists), median of 9: {:.2} ms",
        median(v)
    )]
}

/// The whole checks alone: the old list and the kept one.
fn checks_alone(m: &plenary::domain::Meeting, x: usize) -> Vec<String> {
    let (mut old, mut kept) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let t = Instant::now();
        std::hint::black_box(check_meeting(m, today()));
        old.push(t.elapsed());
        let t = Instant::now();
        std::hint::black_box(Checks::new(m, today()));
        kept.push(t.elapsed());
    }
    vec![format!(
        "{x}x whole check, median of 5: check_meeting {:.1} ms, Checks::new {:.1} ms",
        median(old),
        median(kept)
    )]
}

/// The first edit of a meeting whose problems came from the cache (no
/// kept checks): "now" the checks were made on a worker since it was
/// loaded ([`Entry::warm`], waited for here as a person would look around
/// first); "before" the edit copies the meeting for a whole check on a
/// worker, and its problems say "checking..." until that is in.
fn first_edit_after_cache(e: &Entry, x: usize) -> Vec<String> {
    let wake: Wake = Arc::new(|| {});
    let mut out = Vec::new();
    for warmed in [true, false] {
        let mut c = Entry::checked(e.doc().clone(), e.problems.clone());
        if warmed {
            c.warm(today());
        }
        let mut app = app_with(c);
        app.edit.rechecks.wake = Some(Arc::clone(&wake));
        let mut term = Terminal::new(TestBackend::new(W, H)).expect("terminal");
        app.update(Action::Run(Command::Show(View::Schedule)));
        term.draw(|f| render(&app, f)).expect("draw");
        // Time to look around: two whole checks' worth.
        let t = Instant::now();
        std::hint::black_box(Checks::new(e.meeting(), today()));
        std::thread::sleep(t.elapsed() * 2);
        let took = key(&mut app, &mut term, Command::Longer, false);
        let checking = app.library.entries[0].is_checking();
        out.push(format!(
            "{x}x first edit after a cache load, {}: key to frame {:.2} ms{}",
            if warmed {
                "checks made ahead (now)"
            } else {
                "no checks kept (before)"
            },
            ms(took),
            if checking { ", then checking..." } else { "" }
        ));
    }
    out
}
