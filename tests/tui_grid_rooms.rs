//! The day grid's room columns and cursor across moves, on a symposium
//! morning with three break-outs side by side (`tests/fixtures/breakouts`,
//! a newcomer tester's agenda): `L` onto a taken room keeps acting on the
//! session moved, the columns keep their order (the file's), the emptied
//! room stays a column to move back to (also after `v v`), blocks sharing
//! a room are told apart by Enter, and undo brings the cursor back with
//! the session.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, press};
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;

fn app(w: u16, h: u16) -> App {
    let mut app = app_on("tests/fixtures/breakouts", w, h);
    app.update(Action::Run(Command::Show(View::Schedule)));
    app
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

/// The grid's column headings, as drawn.
fn heading(app: &App) -> String {
    screen(app)
        .lines()
        .find(|l| l.contains("│Hall A") || l.contains("│Room 1"))
        .unwrap_or_default()
        .to_string()
}

fn room(app: &App, id: &str) -> String {
    let m = app.library[app.current().unwrap()].meeting();
    let s = m.sessions.iter().find(|s| s.id == id).unwrap();
    s.room.clone().unwrap_or_default()
}

fn selected_id(app: &App) -> String {
    let m = app.library[app.current().unwrap()].meeting();
    m.sessions[app.selected_session().unwrap()].id.clone()
}

/// The tester's steps: the grid, the cursor on Break-out B (Room 2, 10:30).
fn on_break_out_b(w: u16, h: u16) -> App {
    let mut app = app(w, h);
    press(&mut app, "v");
    press(&mut app, "ll");
    press(&mut app, "jjjjjj");
    let c = app.schedule.grid.unwrap();
    assert_eq!((c.column, c.minute), (2, 10 * 60 + 30));
    assert_eq!(selected_id(&app), "bo-b");
    app
}

#[test]
fn l_onto_a_taken_room_keeps_acting_on_the_session_moved() {
    let mut app = on_break_out_b(100, 30);
    let before = heading(&app);
    assert!(
        before.contains("│Hall A") && before.find("│Room 2") < before.find("│Room 3"),
        "{before}"
    );
    press(&mut app, "L");
    assert_eq!(room(&app, "bo-b"), "Room 3");
    assert_eq!(room(&app, "bo-c"), "Room 3");
    assert_eq!(heading(&app), before, "the columns stay where they were");
    assert_eq!(
        selected_id(&app),
        "bo-b",
        "the cursor stays on the moved session"
    );
    assert_eq!(app.schedule.grid.unwrap().column, 3);
    // No room right of Room 3: B stays, C is not touched.
    press(&mut app, "L");
    assert_eq!(
        (room(&app, "bo-b"), room(&app, "bo-c")),
        ("Room 3".into(), "Room 3".into())
    );
    // Back into the room it left: the column is still there.
    press(&mut app, "H");
    assert_eq!(room(&app, "bo-b"), "Room 2");
    assert_eq!(room(&app, "bo-c"), "Room 3");
    assert_eq!(selected_id(&app), "bo-b");
    assert_eq!(heading(&app), before);
    // L again walks B, not C, and H H takes it to Room 1 and back.
    press(&mut app, "LHH");
    assert_eq!(room(&app, "bo-b"), "Room 1");
    assert_eq!(room(&app, "bo-c"), "Room 3");
    assert_eq!(heading(&app), before);
}

#[test]
fn the_emptied_room_stays_after_v_v_and_b_can_go_back() {
    let mut app = on_break_out_b(100, 30);
    let before = heading(&app);
    press(&mut app, "L");
    // No session is in Room 2 any more, anywhere in the meeting.
    let m = app.library[app.current().unwrap()].meeting();
    assert!(
        !m.sessions
            .iter()
            .any(|s| s.room.as_deref() == Some("Room 2"))
    );
    press(&mut app, "vv");
    assert_eq!(heading(&app), before, "Room 2 keeps its column and place");
    assert_eq!(
        selected_id(&app),
        "bo-b",
        "the list kept B selected, the grid too"
    );
    press(&mut app, "H");
    assert_eq!(room(&app, "bo-b"), "Room 2");
    let status = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(!status.contains("no room further"), "{status}");
}

#[test]
fn undo_and_redo_bring_the_cursor_back_with_the_session() {
    let mut app = on_break_out_b(100, 30);
    let before = heading(&app);
    press(&mut app, "L");
    // Move the cursor away, onto Break-out A.
    press(&mut app, "hh");
    assert_eq!(selected_id(&app), "bo-a");
    press(&mut app, "u");
    assert_eq!(room(&app, "bo-b"), "Room 2");
    assert_eq!(selected_id(&app), "bo-b", "undo selects what it put back");
    assert_eq!(app.schedule.grid.unwrap().column, 2);
    assert_eq!(heading(&app), before, "undo keeps the columns");
    press(&mut app, "<C-r>");
    assert_eq!(room(&app, "bo-b"), "Room 3");
    assert_eq!(selected_id(&app), "bo-b");
    assert_eq!(app.schedule.grid.unwrap().column, 3);
    assert_eq!(heading(&app), before);
    // The next L acts on B again (nothing further right).
    press(&mut app, "H");
    assert_eq!(room(&app, "bo-b"), "Room 2");
    assert_eq!(room(&app, "bo-c"), "Room 3");
}

#[test]
fn enter_goes_round_the_sessions_sharing_a_room() {
    let mut app = on_break_out_b(100, 30);
    press(&mut app, "L");
    press(&mut app, "<ret>");
    assert_eq!(selected_id(&app), "bo-c");
    let status = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(status.contains("2 of 2"), "{status}");
    // J now moves C (the one selected), not B.
    press(&mut app, "J");
    let m = app.library[app.current().unwrap()].meeting();
    let start = |id: &str| {
        m.sessions
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .start
            .unwrap()
    };
    assert_eq!(start("bo-c").to_string(), "10:45");
    assert_eq!(start("bo-b").to_string(), "10:30");
    press(&mut app, "<ret>");
    assert_eq!(selected_id(&app), "bo-b");
}

#[test]
fn the_grid_footer_says_each_key_once() {
    let app = on_break_out_b(100, 30);
    let mut app = app;
    press(&mut app, "vv");
    let last = screen(&app).lines().last().unwrap_or_default().to_string();
    assert_eq!(last.matches("v list").count(), 1, "{last}");
}

#[test]
fn snapshot_after_l_onto_a_taken_room_100x30() {
    let mut app = on_break_out_b(100, 30);
    press(&mut app, "L");
    insta::assert_snapshot!("grid_rooms_after_l_100x30", screen(&app));
}

#[test]
fn snapshot_after_l_onto_a_taken_room_80x24() {
    let mut app = on_break_out_b(80, 24);
    press(&mut app, "L");
    insta::assert_snapshot!("grid_rooms_after_l_80x24", screen(&app));
}

#[test]
fn in_russian_the_cell_and_enter_say_which_of_how_many() {
    use plenary::i18n::{Lang, with_lang};
    let (line, status) = with_lang(Lang::Ru, || {
        let mut app = on_break_out_b(80, 24);
        press(&mut app, "L");
        let line = screen(&app).lines().nth(2).unwrap_or_default().to_string();
        press(&mut app, "<ret>");
        let status = app
            .status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default();
        (line, status)
    });
    assert!(line.contains("1 из 2 здесь (Enter)"), "{line}");
    assert!(status.contains("выбрано 2 из 2 здесь"), "{status}");
}

/// The fixture copied where a save may write it.
fn app_on_copy(w: u16, h: u16) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/breakouts/symposium.yaml",
        dir.path().join("symposium.yaml"),
    )
    .unwrap();
    let mut app = app_on(dir.path(), w, h);
    app.update(Action::Run(Command::Show(View::Schedule)));
    (dir, app)
}

/// A room no session uses any more (a typo fixed on its every session)
/// stays a column through edits and undo, and goes at the save; the
/// cursor stays on its room, and the columns still in use keep their order.
#[test]
fn a_room_no_session_uses_goes_at_the_save_not_before() {
    let (dir, mut app) = app_on_copy(100, 30);
    press(&mut app, "v");
    press(&mut app, "ll");
    press(&mut app, "jjjjjj");
    assert_eq!(selected_id(&app), "bo-b");
    let before = heading(&app);
    // Room 2's only session goes to Room 3, and back, and there again.
    press(&mut app, "L");
    press(&mut app, "u");
    assert_eq!(
        heading(&app),
        before,
        "undo finds every column where it was"
    );
    press(&mut app, "<C-r>");
    assert_eq!(room(&app, "bo-b"), "Room 3");
    assert_eq!(
        heading(&app),
        before,
        "the emptied room stays while editing"
    );
    press(&mut app, "<C-s>");
    let on_disk = std::fs::read_to_string(dir.path().join("symposium.yaml")).unwrap();
    assert!(!on_disk.contains("Room 2"), "saved");
    let after = heading(&app);
    assert!(
        !after.contains("Room 2"),
        "the empty column is gone: {after}"
    );
    assert!(
        after.find("│Hall A") < after.find("│Room 1")
            && after.find("│Room 1") < after.find("│Room 3"),
        "{after}"
    );
    assert_eq!(selected_id(&app), "bo-b");
    let c = app.schedule.grid.unwrap();
    assert_eq!(
        c.column, 2,
        "the cursor is on Room 3, one column further left"
    );
    // `H` from there goes to Room 1: no phantom column between.
    press(&mut app, "H");
    assert_eq!(room(&app, "bo-b"), "Room 1");
}

/// The room fixed in the file by someone else (read again from disk):
/// the old name's column goes too.
#[test]
fn a_room_renamed_on_disk_leaves_no_empty_column() {
    let (dir, mut app) = app_on_copy(100, 30);
    press(&mut app, "v");
    let path = dir.path().join("symposium.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(heading(&app).contains("│Room 2"), "{}", heading(&app));
    std::fs::write(&path, text.replace("room: Room 2", "room: Room Two")).unwrap();
    // Headless, the stamps are compared on each tick.
    app.update(Action::Tick);
    app.update(Action::Tick);
    assert_eq!(app.edit.disk.reloads, 1);
    let h = heading(&app);
    assert!(!h.contains("│Room 2") && h.contains("│Room Two"), "{h}");
}
