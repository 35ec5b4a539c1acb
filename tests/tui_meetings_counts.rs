//! The Meetings list never cuts a count: with a generated meeting of
//! thousands of follow-ups and warnings beside the reference agendas, each
//! number shows whole at 80, 100 and 120 columns ("3010 open 2635!!" once
//! read "3010 open 26"), and the list's border says what its markers mean.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw};
use plenary::domain::DueState;
use plenary::tui::app::App;

/// The reference agendas and a generated meeting, in a temporary folder.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir("agendas").unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "yaml") {
            std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    let m = plenary::generate::meeting(300, 40, 2000);
    let text = plenary::save::canonical::meeting_yaml(&m).unwrap();
    std::fs::write(dir.path().join("bench.yaml"), text).unwrap();
    dir
}

/// The Bench row's follow-up and problem counts as the meeting has them.
fn counts(app: &App) -> (String, String) {
    let e = app
        .library
        .entries
        .iter()
        .find(|e| e.meeting().label().contains("Bench"))
        .unwrap();
    let today = common::app::today();
    let fu = &e.meeting().follow_ups;
    let state = |s: DueState| fu.iter().filter(|f| f.due_state(today) == s).count();
    let open = fu.len() - state(DueState::Closed);
    let over = state(DueState::Overdue);
    assert!(over >= 1000, "the test needs four-digit counts: {over}");
    assert!(e.warnings() >= 1000, "{}", e.warnings());
    (
        format!("{open} open {over}!!"),
        format!("{}!", e.warnings()),
    )
}

fn bench_row(screen: &str) -> &str {
    screen.lines().find(|l| l.contains("Bench")).unwrap()
}

#[test]
fn every_count_shows_whole_at_80_100_and_120_columns() {
    let dir = folder();
    for w in [80, 100, 120] {
        let app = app_on(dir.path(), w, 30);
        let (followups, problems) = counts(&app);
        let s = draw(&app).backend().to_string();
        let row = bench_row(&s);
        assert!(row.contains(&format!(" {followups} ")), "{w}: {row}\n{s}");
        assert!(row.contains(&format!(" {problems} ")), "{w}: {row}\n{s}");
        assert!(row.contains(" 300 ") && row.contains(" 40 "), "{w}: {row}");
        // The markers are said on the list's border.
        assert!(s.contains("! warnings · !! overdue follow-ups"), "{w}: {s}");
    }
}

#[test]
fn a_narrow_list_gives_up_the_sizes_before_a_digit() {
    let dir = folder();
    let app = app_on(dir.path(), 72, 30);
    let (followups, problems) = counts(&app);
    let s = draw(&app).backend().to_string();
    let row = bench_row(&s);
    assert!(row.contains(&format!(" {followups} ")), "{row}\n{s}");
    assert!(row.contains(&format!(" {problems} ")), "{row}\n{s}");
    let header = s.lines().find(|l| l.contains("Dates")).unwrap();
    assert!(!header.contains("People"), "{s}");
}

#[test]
fn errors_without_warnings_are_not_shown_as_none_of_them() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("agendas/2018-10-dushanbe-ict-oer-sdg4.yaml").unwrap();
    // An end before the start: an error, and no warning.
    let text = text.replace("end_date: 2018-10-23", "end_date: 2018-10-21");
    std::fs::write(dir.path().join("m.yaml"), text).unwrap();
    let app = app_on(dir.path(), 80, 24);
    let e = &app.library.entries[0];
    assert!(e.errors() > 0 && e.warnings() == 0);
    let s = draw(&app).backend().to_string();
    let row = s.lines().find(|l| l.contains("Oct 2018")).unwrap();
    // `2x`, not `2x 0!`.
    assert!(row.contains(&format!(" {}x ", e.errors())), "{row}");
    assert!(!row.contains("0!"), "{row}");
    assert!(s.contains("─ x errors ─┘"), "{s}");
}
