//! The Schedule's day grid reached from the app (`v`), on the CASIE-like
//! symposium fixture (`tests/symposium/casie-day.yaml`): whole-screen
//! snapshots at 120×40 and 80×24, real keys moving the cursor between
//! rooms and slots, Enter and a click selecting the session there, and
//! the list's keys acting on it after toggling back.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, grid_app, press, select_meeting};
use plenary::tui::action::{Action, Command, Mouse, View};
use plenary::tui::app::App;

const FOLDER: &str = "tests/symposium";

fn selected_id(app: &App) -> String {
    let e = app.current().unwrap();
    let i = app.selected_session().expect("a session is selected");
    app.library[e].meeting().sessions[i].id.clone()
}

fn screen(app: &App) -> String {
    let t = draw(app);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn the_grid_toggle_at_120x40_and_80x24() {
    let mut app = grid_app(120, 40);
    let text = screen(&app);
    assert!(text.contains("v list"), "says how to go back\n{text}");
    // Onto the opening plenary: selected, and the footer lists the grid's keys.
    press(&mut app, "jj<ret>j");
    assert_eq!(selected_id(&app), "opening");
    let text = screen(&app);
    assert!(text.contains("│Hall A"), "{text}");
    assert!(
        text.contains("│Room 1") && text.contains("│Room 2"),
        "{text}"
    );
    assert!(
        text.contains("v list"),
        "the footer names the toggle\n{text}"
    );
    insta::assert_snapshot!("grid_toggle_120x40", text);
    let mut app = grid_app(80, 24);
    press(&mut app, "jj<ret>j");
    let text = screen(&app);
    assert!(text.contains("│Hall A"), "{text}");
    insta::assert_snapshot!("grid_toggle_80x24", text);
}

#[test]
fn the_cursor_moves_by_room_and_slot_and_enter_selects() {
    let mut app = grid_app(120, 40);
    // To the opening plenary (Hall A, 09:00), then 11:00, then rooms to the right.
    let start = app.schedule.grid.unwrap();
    let g = plenary::grid::day(
        app.library[app.current().unwrap()].meeting(),
        start.day,
        &[],
    );
    let hall = g
        .columns
        .iter()
        .position(|c| c.label() == "Hall A")
        .unwrap();
    let room1 = g
        .columns
        .iter()
        .position(|c| c.label() == "Room 1")
        .unwrap();
    let room2 = g
        .columns
        .iter()
        .position(|c| c.label() == "Room 2")
        .unwrap();
    assert_eq!(
        (room1, room2),
        (hall + 1, hall + 2),
        "break-outs side by side"
    );
    for _ in 0..start.column {
        press(&mut app, "h");
    }
    for _ in 0..hall {
        press(&mut app, "l");
    }
    let c = app.schedule.grid.unwrap();
    assert_eq!(c.column, hall);
    // Down to 11:00 by slots.
    let steps = (11 * 60 - c.minute) / 15;
    for _ in 0..steps {
        press(&mut app, "j");
    }
    assert_eq!(app.schedule.grid.unwrap().minute, 11 * 60);
    press(&mut app, "<right><ret>");
    assert_eq!(selected_id(&app), "break-out-a");
    press(&mut app, "l<ret>");
    assert_eq!(selected_id(&app), "break-out-b");
    press(&mut app, "k");
    assert_eq!(app.schedule.grid.unwrap().minute, 10 * 60 + 45);
    // The cursor selects what it is on (the break across the rooms), so
    // e, m, d act on it; an empty cell keeps the selection.
    assert_eq!(selected_id(&app), "coffee");
    press(&mut app, "j");
    assert_eq!(selected_id(&app), "break-out-b", "on it again");
    press(&mut app, "kkkkkkkkkkkk");
    assert_eq!(app.schedule.grid.unwrap().minute, 8 * 60);
    assert_eq!(
        selected_id(&app),
        "coffee",
        "the last one the cursor was on"
    );
    press(&mut app, "jjjjjjjjjjjj");
    // Right of the last room, the band: the session running alongside.
    press(&mut app, "l");
    assert!(app.schedule.grid.unwrap().band);
    assert_eq!(selected_id(&app), "gallery-walk");
    press(&mut app, "h");
    assert_eq!(selected_id(&app), "break-out-b");
    // Back to the list: the selection stays, and the list's keys act on it.
    press(&mut app, "v");
    assert!(app.schedule.grid.is_none());
    assert_eq!(selected_id(&app), "break-out-b");
    press(&mut app, "v<esc>");
    assert!(
        app.schedule.grid.is_none(),
        "Esc leaves the grid for the list"
    );
    assert_eq!(app.view, View::Schedule);
    press(&mut app, "v}");
    let day2 = app.schedule.grid.unwrap().day;
    assert_eq!(
        day2.to_string(),
        "2023-10-05",
        "the closing brace goes to the next day"
    );
}

#[test]
fn a_click_selects_the_cells_session() {
    let mut app = grid_app(120, 40);
    let text = screen(&app);
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("┏Skills development"))
        .expect("break-out A drawn");
    let x = line.chars().position(|c| c == '┏').unwrap() + 2;
    app.update(Action::Mouse(Mouse::Click {
        column: x as u16,
        row: y as u16,
    }));
    assert_eq!(selected_id(&app), "break-out-a");
    // A click in the alongside band selects the exhibition running there.
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("┆Gallery Walk"))
        .expect("the band drawn");
    let x = line.chars().position(|c| c == '┆').unwrap() + 2;
    app.update(Action::Mouse(Mouse::Click {
        column: x as u16,
        row: y as u16,
    }));
    assert_eq!(selected_id(&app), "gallery-walk");
}

/// A copy of the fixture with report-back moved to a fourth room, so 80
/// columns cannot show every room at once.
fn four_rooms() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(format!("{FOLDER}/casie-day.yaml")).unwrap();
    let moved = text.replacen(
        "  end: \"15:00\"\n  room: Hall A\n",
        "  end: \"15:00\"\n  room: Conference Room 3\n",
        1,
    );
    assert_ne!(moved, text, "report-back found in the fixture");
    std::fs::write(dir.path().join("casie-day.yaml"), moved).unwrap();
    dir
}

#[test]
fn at_80x24_the_cursor_pages_the_rooms_and_the_schedule_keys_act_on_the_selection() {
    let dir = four_rooms();
    let mut app = app_on(dir.path(), 80, 24);
    select_meeting(&mut app, "CASIE");
    app.update(Action::Run(Command::Show(View::Schedule)));
    press(&mut app, "v");
    let text = screen(&app);
    assert!(text.contains("▶1 more"), "{text}");
    assert!(!text.contains("Conference Room 3"), "{text}");
    // Right to the last room: the page turns.
    press(&mut app, "lll");
    let text = screen(&app);
    let heading = text.lines().nth(3).unwrap();
    assert!(heading.starts_with('◀'), "{text}");
    assert!(heading.contains("│Conference Room 3"), "{text}");
    // Select break-out A in the grid, then > (a Schedule key) lengthens it.
    press(&mut app, "hh");
    let c = app.schedule.grid.unwrap();
    for _ in 0..(11 * 60 - c.minute) / 15 {
        press(&mut app, "j");
    }
    press(&mut app, "<ret>");
    assert_eq!(selected_id(&app), "break-out-a");
    press(&mut app, ">");
    let e = app.current().unwrap();
    let m = app.library[e].meeting();
    let s = m.sessions.iter().find(|s| s.id == "break-out-a").unwrap();
    assert_eq!(s.span(), Some((11 * 60, 12 * 60 + 45)), "15 minutes longer");
    assert!(app.schedule.grid.is_some(), "still the grid after an edit");
}

/// A copy of the fixture two days longer, so its last day has nothing.
fn with_an_empty_day() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(format!("{FOLDER}/casie-day.yaml")).unwrap();
    let longer = text.replacen("end_date: 2023-10-06\n", "end_date: 2023-10-08\n", 1);
    assert_ne!(longer, text);
    std::fs::write(dir.path().join("casie-day.yaml"), longer).unwrap();
    dir
}

#[test]
fn the_day_line_fits_80_columns_in_english_and_russian() {
    use plenary::i18n::{Lang, with_lang};
    let dir = with_an_empty_day();
    for (lang, name, empty) in [
        (Lang::En, "en", "nothing scheduled"),
        (Lang::Ru, "ru", "пока пусто"),
    ] {
        with_lang(lang, || {
            let mut app = app_on(dir.path(), 80, 24);
            select_meeting(&mut app, "CASIE");
            app.update(Action::Run(Command::Show(View::Schedule)));
            press(&mut app, "vjj<ret>j");
            let text = screen(&app);
            let line = text.lines().nth(2).unwrap();
            assert!(line.chars().count() <= 80, "{line}");
            assert!(line.ends_with("(s)"), "the whole line shows: {line}");
            insta::assert_snapshot!(format!("grid_day_line_{name}_80x24"), text);
            // The empty last day: the cursor and the word that it is empty
            // stay; the step goes first when the line is too long.
            press(&mut app, "}}}}");
            let text = screen(&app);
            let line = text.lines().nth(2).unwrap().to_string();
            assert!(line.contains("5/5") && line.contains(empty), "{line}");
            assert!(line.contains("09:15"), "the cursor's time: {line}");
            assert!(line.chars().count() <= 80, "{line}");
        });
    }
}

/// tester13: break-out B moved into break-out A's room hid A; two sessions
/// overlapping in one room are both drawn, side by side, marked `!`.
#[test]
fn two_sessions_overlapping_in_one_room_are_both_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(format!("{FOLDER}/casie-day.yaml")).unwrap();
    let moved = text.replacen("  room: Room 2\n", "  room: Room 1\n", 1);
    assert_ne!(moved, text, "break-out B found in the fixture");
    std::fs::write(dir.path().join("casie-day.yaml"), moved).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    select_meeting(&mut app, "CASIE");
    app.update(Action::Run(Command::Show(View::Schedule)));
    press(&mut app, "v");
    let text = screen(&app);
    let m = app.library[app.current().unwrap()].meeting();
    for id in ["break-out-a", "break-out-b"] {
        let s = m.sessions.iter().find(|s| s.id == id).unwrap();
        let title = s.title.get("en", &m.languages);
        let head: String = title.chars().take(6).collect();
        assert!(
            text.lines().any(|l| l.contains(&format!("┏! {head}"))),
            "{id} ({head}) drawn and marked\n{text}"
        );
    }
}
