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

/// The id of the follow-up the Follow-ups view's cursor is on.
fn selected_follow_up(app: &App) -> String {
    let (e, i) = app.followups.selected().expect("a follow-up selected");
    app.library[e].meeting().follow_ups[i].id.clone()
}

#[test]
fn a_follow_up_marked_done_stays_under_the_cursor_until_it_moves() {
    let mut app = app_on("agendas", 100, 30);
    select_meeting(&mut app, "CASIE 2022");
    press(&mut app, "4");
    assert_eq!(selected_follow_up(&app), "regional-event-higher-education");
    let before = app.followups.counts.total;
    press(&mut app, "sss");
    let (e, i) = app.followups.selected().unwrap();
    let f = &app.library[e].meeting().follow_ups[i];
    assert_eq!(f.id, "regional-event-higher-education", "still on it");
    assert_eq!(f.status.as_str(), "done");
    let s = screen(&app);
    assert!(
        s.contains("when you move on"),
        "the footer says it leaves:\n{s}"
    );
    press(&mut app, "n");
    let p = app.followups.prompt.as_ref().expect("the note prompt");
    assert!(
        p.label.contains("regional-event-higher-education"),
        "{}",
        p.label
    );
    press(&mut app, "the event took place<ret>");
    let f = &app.library[e].meeting().follow_ups[i];
    assert_eq!(f.log.last().unwrap().note, "the event took place");
    assert_eq!(selected_follow_up(&app), "regional-event-higher-education");
    // Moving on: it leaves the owed list, the cursor is where it went.
    press(&mut app, "j");
    let next = selected_follow_up(&app);
    assert_ne!(next, "regional-event-higher-education");
    press(&mut app, "j");
    press(&mut app, "k");
    assert_eq!(selected_follow_up(&app), next);
    let listed: Vec<_> = app.followups.rows.iter().filter_map(|r| r.item()).collect();
    assert!(!listed.contains(&(e, i)), "done is not owed");
    assert_eq!(app.followups.counts.total, before - 1);
}

#[test]
fn a_session_added_beside_a_staffed_one_does_not_take_its_busy_team() {
    let mut app = walk1_schedule();
    press(&mut app, "v");
    assert!(screen(&app).contains("Hall A 11:00"));
    // `a` on the panel: a new session in Hall A at 11:00, moved to Room C.
    press(&mut app, "a");
    let f = app.edit.form().expect("the session form");
    assert_eq!(f.get("interpretation"), "ru", "the channel is kept");
    assert_eq!(
        f.get("booth:ru:interpreters"),
        "",
        "the panel's team is in the panel's booth at 11:00"
    );
    // After the panel (12:30), the same team is free: it is inherited.
    press(&mut app, "<esc>");
    press(&mut app, "jjjjjj");
    press(&mut app, "a");
    let f = app.edit.form().expect("the session form");
    assert_eq!(f.get("start"), "12:30");
    assert!(!f.get("booth:ru:interpreters").is_empty(), "free at 12:30");
}

/// The status line (the screen's last row).
fn footer(app: &App) -> String {
    screen(app)
        .lines()
        .last()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The screen's last `n` lines, trimmed and joined with spaces (a status
/// message wrapped over them reads as one).
fn bottom_lines(app: &App, n: usize) -> String {
    let s = screen(app);
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..]
        .iter()
        .map(|l| l.trim_matches(|c| c == '"' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The walk's Schedule after one edit: Break-out B takes the panel's booth
/// team (two interpreters booked twice) and Tatyana Murovana no longer
/// speaks there (her clash goes): two problems new, one resolved.
fn swapped() -> App {
    let mut app = walk1_schedule();
    let e = app.current().unwrap();
    let m = app.library[e].meeting();
    let at = m
        .sessions
        .iter()
        .position(|s| s.id.starts_with("break-out-b"))
        .unwrap();
    let tx = plenary::edit::ops::edit_session(m, at, "swap", |s| {
        s.interpretation[0].interpreters = vec!["smirnova-aanna".into(), "kim-dmitrii".into()];
        s.items[0].speakers.retain(|x| x != "murovana-tatyana");
    })
    .unwrap();
    assert!(plenary::tui::app::editing::apply_edit(&mut app, e, tx));
    app
}

#[test]
fn the_footer_says_how_many_problems_are_new_and_how_many_resolved() {
    let mut app = swapped();
    let said = |app: &App| footer(app).split("  ").next().unwrap().to_string();
    assert_eq!(
        said(&app),
        "swap · 2 new problems, 1 resolved: see 5 Problems"
    );
    press(&mut app, "u");
    assert_eq!(
        said(&app),
        "undid: swap · 1 new problem, 2 resolved: see 5 Problems"
    );
    press(&mut app, "<C-r>");
    assert_eq!(
        said(&app),
        "redid: swap · 2 new problems, 1 resolved: see 5 Problems"
    );
}

#[test]
fn the_news_in_russian_has_its_plurals() {
    use plenary::i18n::{Lang, with_lang};
    with_lang(Lang::Ru, || {
        let app = swapped();
        let said = footer(&app);
        assert!(
            said.starts_with("swap · 2 новые проблемы, ушла 1: см. 5 Проблемы"),
            "{said}"
        );
    });
}

#[test]
fn a_broken_file_is_said_to_open_again_once_fixed_not_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.yaml"), "title: [unclosed\n").unwrap();
    std::fs::copy(
        "agendas/2022-10-casie.yaml",
        dir.path().join("2022-10-casie.yaml"),
    )
    .unwrap();
    let mut app = app_on(dir.path(), 100, 30);
    press(&mut app, "5");
    let s = screen(&app);
    assert!(s.contains("could not be opened"), "{s}");
    assert!(!s.contains("start plenary again"), "{s}");
    assert!(s.contains("opens it again when you save"), "{s}");
    press(&mut app, "<ret>");
    // A message longer than the footer wraps upward over the view.
    let s = bottom_lines(&app, 4);
    assert!(!s.contains("start plenary again"), "{s}");
    assert!(s.contains("opens it again"), "{s}");
    // With no meeting opened at all, the Meetings view says the same.
    let only = tempfile::tempdir().unwrap();
    std::fs::write(only.path().join("broken.yaml"), "title: [unclosed\n").unwrap();
    let app = app_on(only.path(), 100, 30);
    let s = screen(&app);
    assert!(!s.contains("start plenary again"), "{s}");
    assert!(s.contains("1 file in"), "{s}");
}

#[test]
fn plenary_without_a_path_in_a_folder_of_meetings_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "agendas/2022-10-casie.yaml",
        dir.path().join("2022-10-casie.yaml"),
    )
    .unwrap();
    let cache = tempfile::tempdir().unwrap();
    let cache_dir = cache.path().to_str().unwrap();
    let env = [
        ("PLENARY_CACHE_DIR", cache_dir),
        ("PLENARY_CONFIG", "/nonexistent"),
    ];
    let mut t = common::Tty::start(dir.path(), &["--today", "2026-11-26"], &env, 100, 30);
    let s = t.wait_for("CASIE 2022");
    assert!(!s.contains("no such file or folder"), "{s}");
    t.send("q");
    assert!(t.wait_exit().success());
}
