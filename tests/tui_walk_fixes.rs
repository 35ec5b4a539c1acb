//! What a newcomer organizer's walk of the TUI found (main 8083ad0), each
//! as the keys they pressed: the Schedule list drawn while a whole check
//! runs on its worker after an edit that changes the number of sessions.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::Arc;

use common::app::{app_on, draw, press, select_meeting};
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;

/// The meeting labelled `label` in the Schedule list, its checks running on
/// a worker as in the binary (whose answer these tests never take: the
/// screen is drawn while the problems are the ones from before the edit).
fn schedule_with_worker(nth: usize) -> App {
    let mut app = app_on("agendas", 100, 30);
    app.edit.rechecks.wake = Some(Arc::new(|| {}));
    app.update(Action::Run(Command::Show(View::Meetings)));
    app.update(Action::Run(Command::Top));
    for _ in 0..nth {
        app.update(Action::Run(Command::Down));
    }
    app.update(Action::Run(Command::Show(View::Schedule)));
    app
}

/// Waits for the worker's answer and takes it, as the binary does when the
/// worker wakes it.
fn settle(app: &mut App) {
    let id = app.current().unwrap();
    for _ in 0..10_000 {
        app.update(Action::Checked);
        if !app.library[id].is_checking() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    panic!("the check never came back");
}

/// Every meeting of `agendas/`, by its place in the Meetings list.
const MEETINGS: std::ops::Range<usize> = 0..5;

#[test]
fn adding_a_session_or_a_break_at_the_end_of_the_list_draws() {
    for m in MEETINGS {
        for add in ["a", "b", "Ga", "Gb"] {
            let mut app = schedule_with_worker(m);
            let n = app.library[app.current().unwrap()].meeting().sessions.len();
            press(&mut app, &format!("{add}X<ret>"));
            let now = app.library[app.current().unwrap()].meeting().sessions.len();
            assert_eq!(now, n + 1, "meeting {m}: `{add}` added one");
            draw(&app);
            press(&mut app, "k");
            draw(&app);
            press(&mut app, "G");
            draw(&app);
        }
    }
}

#[test]
fn undoing_a_delete_draws() {
    for m in MEETINGS {
        let mut app = schedule_with_worker(m);
        let n = app.library[app.current().unwrap()].meeting().sessions.len();
        press(&mut app, "dy");
        let now = app.library[app.current().unwrap()].meeting().sessions.len();
        assert_eq!(now, n - 1, "meeting {m}: `dy` deleted one");
        draw(&app);
        settle(&mut app);
        draw(&app);
        press(&mut app, "u");
        draw(&app);
        press(&mut app, "G");
        draw(&app);
        press(&mut app, "<C-r>");
        draw(&app);
    }
}

/// The screen's text, row by row.
fn screen(app: &App) -> String {
    let t = draw(app);
    let b = t.backend().buffer();
    let w = b.area.width as usize;
    b.content
        .chunks(w)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// CASIE 2022 as the tester had it: the Hall A panel and Break-out B in
/// Room B at 11:00, Tatyana Murovana speaking in both.
fn walk1_schedule() -> App {
    let mut app = app_on("tests/fixtures/walk1", 100, 30);
    select_meeting(&mut app, "CASIE");
    app.update(Action::Run(Command::Show(View::Schedule)));
    app
}

fn selected_id(app: &App) -> String {
    let m = app.library[app.current().unwrap()].meeting();
    m.sessions[app.selected_session().unwrap()].id.clone()
}

#[test]
fn a_problem_opened_from_the_grid_puts_the_grid_cursor_on_its_session() {
    let mut app = walk1_schedule();
    press(&mut app, "v");
    assert!(screen(&app).contains("Hall A 11:00"), "{}", screen(&app));
    assert_eq!(selected_id(&app), "teacher-capacity-panel");
    press(&mut app, "5");
    let rows = app.problems.rows.len();
    for _ in 0..rows {
        let s = screen(&app);
        let here = s.lines().find(|l| l.contains('>')).unwrap_or_default();
        if here.contains("two sessions") {
            break;
        }
        press(&mut app, "j");
    }
    press(&mut app, "<ret>");
    assert_eq!(app.view, View::Schedule);
    let s = screen(&app);
    assert!(
        s.contains("Room B 11:00"),
        "the grid's cursor went there:\n{s}"
    );
    assert_eq!(
        selected_id(&app),
        "break-out-b-digital-skills-for-school-le"
    );
    press(&mut app, "e");
    let f = app.edit.form().expect("the session form");
    assert!(
        f.get("title").starts_with("Break-out B"),
        "{}",
        f.get("title")
    );
    press(&mut app, "<esc>J");
    let m = app.library[app.current().unwrap()].meeting();
    let start = |id: &str| {
        let s = m.sessions.iter().find(|s| s.id == id).unwrap();
        s.start.unwrap().to_string()
    };
    assert_eq!(start("teacher-capacity-panel"), "11:00", "the panel stays");
    assert_eq!(start("break-out-b-digital-skills-for-school-le"), "11:15");
}
