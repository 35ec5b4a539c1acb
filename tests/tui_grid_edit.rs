//! Editing in the Schedule's day grid on the CASIE-like day
//! (`tests/symposium/casie-day.yaml`): a session added at the cursor's
//! room and time, moved by a step and by a room, resized, dragged with the
//! mouse (its body and its bottom edge), marked alongside, the step
//! cycled, and the grid's times shown in another zone with `z` — each one
//! undoable edit.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{draw, grid_app, press};
use plenary::domain::Session;
use plenary::tui::action::{Action, Mouse};
use plenary::tui::app::App;

fn session<'a>(app: &'a App, id: &str) -> &'a Session {
    let e = app.current().unwrap();
    let m = app.library[e].meeting();
    m.sessions.iter().find(|s| s.id == id).unwrap()
}

fn hm(s: &Session) -> String {
    format!(
        "{} {}-{}",
        s.room.as_deref().unwrap_or("-"),
        s.start.unwrap(),
        s.end.unwrap()
    )
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

/// Puts the cursor on grid column `column` at `minute` with real keys.
fn cursor_to(app: &mut App, column: usize, minute: i64) {
    let c = app.schedule.grid.unwrap();
    let (dx, dy) = (
        column as i64 - c.column as i64,
        (minute - c.minute) / c.step,
    );
    let h = if dx < 0 { "h" } else { "l" };
    press(app, &h.repeat(dx.unsigned_abs() as usize));
    let v = if dy < 0 { "k" } else { "j" };
    press(app, &v.repeat(dy.unsigned_abs() as usize));
    let c = app.schedule.grid.unwrap();
    assert_eq!((c.column, c.minute), (column, minute));
}

#[test]
fn a_adds_a_session_in_the_cursors_room_at_its_time() {
    let mut app = grid_app(120, 40);
    // Room 2 (third column) at 13:30: empty.
    cursor_to(&mut app, 2, 13 * 60 + 30);
    press(&mut app, "a");
    let text = screen(&app);
    assert!(text.contains("Add a session in Room 2 at 13:30"), "{text}");
    press(&mut app, "Policy clinic<ret>");
    let s = session(&app, "policy-clinic");
    assert_eq!(hm(s), "Room 2 13:30-14:30");
    // Inherited from break-out B, the session before it in Room 2.
    assert_eq!(s.language, vec!["en".to_string()]);
    assert!(app.schedule.grid.is_some(), "still the grid");
    press(&mut app, "u");
    let e = app.current().unwrap();
    let m = app.library[e].meeting();
    assert!(
        !m.sessions.iter().any(|s| s.id == "policy-clinic"),
        "u undoes it"
    );
}

#[test]
fn shift_keys_move_by_a_step_and_a_room_and_resize() {
    let mut app = grid_app(120, 40);
    cursor_to(&mut app, 2, 11 * 60);
    press(&mut app, "J");
    assert_eq!(hm(session(&app, "break-out-b")), "Room 2 11:15-12:45");
    // The cursor follows, so J again moves it again.
    press(&mut app, "J");
    assert_eq!(hm(session(&app, "break-out-b")), "Room 2 11:30-13:00");
    press(&mut app, "K");
    press(&mut app, "H");
    assert_eq!(
        hm(session(&app, "break-out-b")),
        "Room 1 11:15-12:45",
        "a room to the left; the clash with break-out A is marked"
    );
    let shown = screen(&app);
    // Side by side with break-out A in its lane, the title cut to half a column.
    assert!(shown.contains("! Skills develo"), "{shown}");
    assert!(shown.contains("! Teachers' di"), "{shown}");
    press(&mut app, "L>>");
    assert_eq!(hm(session(&app, "break-out-b")), "Room 2 11:15-13:15");
    // The step: 5, 10, 15, 30, 60; moves and resizes go by it.
    press(&mut app, "s");
    assert_eq!(app.schedule.grid.unwrap().step, 30);
    press(&mut app, "<");
    assert_eq!(hm(session(&app, "break-out-b")), "Room 2 11:15-12:45");
    press(&mut app, "sss");
    assert_eq!(app.schedule.grid.unwrap().step, 10);
    assert!(screen(&app).contains("10-minute rows"));
    // Every step was one edit.
    press(&mut app, "uuuuuuuu");
    assert_eq!(hm(session(&app, "break-out-b")), "Room 2 11:00-12:30");
}

#[test]
fn capital_a_marks_a_session_alongside_and_back() {
    let mut app = grid_app(120, 40);
    cursor_to(&mut app, 2, 11 * 60);
    press(&mut app, "A");
    assert!(session(&app, "break-out-b").alongside);
    let text = screen(&app);
    assert!(text.contains("┆Skills devel"), "in the band now\n{text}");
    // The cursor's cell is empty now: A acts on the selected session,
    // which runs alongside at the cursor's time.
    press(&mut app, "A");
    assert!(!session(&app, "break-out-b").alongside);
    // On an empty cell with nothing alongside there, A touches nothing
    // (not the session selected elsewhere in the day).
    cursor_to(&mut app, 0, 8 * 60);
    press(&mut app, "A");
    let said = app.status.as_ref().unwrap().text.clone();
    assert!(said.contains("no session here"), "{said}");
    assert!(!session(&app, "break-out-b").alongside);
}

/// Where `needle` is drawn: (column, row) of its first character.
fn find(text: &str, needle: &str) -> (u16, u16) {
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not drawn\n{text}"));
    let byte = line.find(needle).unwrap();
    (line[..byte].chars().count() as u16, y as u16)
}

#[test]
fn dragging_a_block_moves_it_and_its_bottom_edge_resizes_it() {
    let mut app = grid_app(120, 40);
    let text = screen(&app);
    let (x, y) = find(&text, "┏Skills development");
    let (room1_x, _) = find(&text, "┏Teachers'");
    let (column, row) = (x + 3, y + 1);
    app.update(Action::Mouse(Mouse::Click { column, row }));
    // Two rows down (30 minutes) and a room to the left.
    let to = (room1_x + 3, row + 2);
    app.update(Action::Mouse(Mouse::Drag {
        column: to.0,
        row: to.1,
    }));
    let said = app.status.as_ref().unwrap().text.clone();
    assert!(
        said.contains("let go: `break-out-b` to Room 1 at 11:30"),
        "{said}"
    );
    app.update(Action::Mouse(Mouse::Release {
        column: to.0,
        row: to.1,
    }));
    assert_eq!(hm(session(&app, "break-out-b")), "Room 1 11:30-13:00");
    press(&mut app, "u");
    assert_eq!(hm(session(&app, "break-out-b")), "Room 2 11:00-12:30");
    // Its last row is the bottom edge: dragging it makes it end there.
    // (The undo put the cursor back on it: its mark stands for the edge.)
    let text = screen(&app);
    let (x, y) = find(&text, "Skills development");
    let x = x - 1;
    let last = y + 5; // 11:00-12:30 is six 15-minute rows
    app.update(Action::Mouse(Mouse::Click {
        column: x + 3,
        row: last,
    }));
    app.update(Action::Mouse(Mouse::Release {
        column: x + 3,
        row: last + 2,
    }));
    assert_eq!(hm(session(&app, "break-out-b")), "Room 2 11:00-13:00");
    // A click and let go in place changes nothing.
    app.update(Action::Mouse(Mouse::Click {
        column: x + 3,
        row: y + 2,
    }));
    app.update(Action::Mouse(Mouse::Release {
        column: x + 3,
        row: y + 2,
    }));
    assert_eq!(hm(session(&app, "break-out-b")), "Room 2 11:00-13:00");
    let said = app.status.as_ref().unwrap().text.clone();
    assert!(said.starts_with("selected"), "no edit was made: {said}");
}

#[test]
fn z_shows_the_grids_times_in_another_zone() {
    let mut app = grid_app(120, 40);
    press(&mut app, "z");
    let text = screen(&app);
    // Almaty is UTC+6: the 09:00 opening reads 03:00 in UTC.
    assert!(text.contains("times in UTC"), "{text}");
    assert!(text.contains("plenary 03:00-04:30"), "{text}");
    assert!(text.contains("03:00 ┏Opening plenary"), "{text}");
    press(&mut app, "<esc>");
    assert!(app.schedule.grid.is_none(), "Esc: back to the list");
}

#[test]
fn a_break_across_the_rooms_moves_from_any_room_and_b_adds_one() {
    let mut app = grid_app(120, 40);
    cursor_to(&mut app, 1, 12 * 60 + 30);
    press(&mut app, "J");
    assert_eq!(hm(session(&app, "lunch")), "- 12:45-13:45");
    // b adds a break at the cursor, across every room.
    cursor_to(&mut app, 2, 16 * 60);
    press(&mut app, "b<ret>");
    let e = app.current().unwrap();
    let m = app.library[e].meeting();
    let tea = m
        .sessions
        .iter()
        .find(|s| s.is_break() && s.start.map(|c| c.to_string()) == Some("16:00".into()))
        .expect("the break added at 16:00");
    assert!(tea.room.is_none());
}

#[test]
fn in_the_band_keys_select_move_resize_and_add_sessions_running_alongside() {
    let mut app = grid_app(120, 40);
    // Right of the last room is the band; the cursor selects what is there.
    cursor_to(&mut app, 2, 12 * 60);
    press(&mut app, "l");
    assert!(app.schedule.grid.unwrap().band);
    let e = app.current().unwrap();
    let sel = app.selected_session().unwrap();
    assert_eq!(app.library[e].meeting().sessions[sel].id, "gallery-walk");
    assert!(screen(&app).contains("cursor alongside 12:00"));
    // J a step later (the cursor follows), < a step shorter.
    press(&mut app, "J");
    assert_eq!(hm(session(&app, "gallery-walk")), "Foyer 09:15-18:15");
    assert_eq!(app.schedule.grid.unwrap().minute, 9 * 60 + 15);
    assert!(app.schedule.grid.unwrap().band, "still in the band");
    press(&mut app, "<");
    assert_eq!(hm(session(&app, "gallery-walk")), "Foyer 09:15-18:00");
    // No room to the side: it stays in the band.
    press(&mut app, "H");
    assert_eq!(hm(session(&app, "gallery-walk")), "Foyer 09:15-18:00");
    let said = app.status.as_ref().unwrap().text.clone();
    assert!(said.contains("stays in the band"), "{said}");
    press(&mut app, "uu");
    assert_eq!(hm(session(&app, "gallery-walk")), "Foyer 09:00-18:00");
    // a in the band: an exhibition running alongside, in no room.
    cursor_to(&mut app, 2, 8 * 60);
    press(&mut app, "la");
    assert!(
        screen(&app).contains("Add a session alongside at 08:00"),
        "{}",
        screen(&app)
    );
    press(&mut app, "Poster corner<ret>");
    let s = session(&app, "poster-corner");
    assert!(s.alongside);
    assert_eq!(s.kind.as_str(), "exhibition");
    assert_eq!(s.room, None);
    assert!(s.interpretation.is_empty(), "no booth beside the programme");
    // h leaves the band for the last room.
    press(&mut app, "h");
    let c = app.schedule.grid.unwrap();
    assert!(!c.band);
    assert_eq!(c.column, 2);
}

#[test]
fn dragging_in_the_band_moves_a_session_alongside_in_time_and_its_edge_resizes_it() {
    let mut app = grid_app(120, 40);
    let text = screen(&app);
    let (x, y) = find(&text, "┆Gallery Walk");
    app.update(Action::Mouse(Mouse::Click {
        column: x + 2,
        row: y + 1,
    }));
    // Two rows (30 minutes) down, and over a room: it stays in the band.
    app.update(Action::Mouse(Mouse::Drag {
        column: 20,
        row: y + 3,
    }));
    let said = app.status.as_ref().unwrap().text.clone();
    assert!(
        said.contains("let go: `gallery-walk` at 09:30, alongside"),
        "{said}"
    );
    app.update(Action::Mouse(Mouse::Release {
        column: 20,
        row: y + 3,
    }));
    let s = session(&app, "gallery-walk");
    assert_eq!(hm(s), "Foyer 09:30-18:30");
    assert!(s.alongside);
    press(&mut app, "u");
    // Registration, 08:30-09:00: its second row is its bottom edge.
    let (x, y) = find(&text, "┆Registration");
    app.update(Action::Mouse(Mouse::Click {
        column: x + 2,
        row: y + 1,
    }));
    app.update(Action::Mouse(Mouse::Release {
        column: x + 2,
        row: y + 3,
    }));
    assert_eq!(hm(session(&app, "registration")), "Foyer 08:30-09:30");
    // A click and let go in place changes nothing.
    app.update(Action::Mouse(Mouse::Click {
        column: x + 2,
        row: y,
    }));
    app.update(Action::Mouse(Mouse::Release {
        column: x + 2,
        row: y,
    }));
    assert_eq!(hm(session(&app, "registration")), "Foyer 08:30-09:30");
}

#[test]
fn a_move_never_reorders_the_room_columns() {
    let mut app = grid_app(120, 40);
    // Break-out A a step later: Room 2 is now used first that day, yet
    // the columns stay as they were and the cursor stays on break-out A.
    cursor_to(&mut app, 1, 11 * 60);
    press(&mut app, "J");
    assert_eq!(hm(session(&app, "break-out-a")), "Room 1 11:15-12:45");
    let said = app.status.as_ref().unwrap().text.clone();
    assert!(
        said.contains("m moves it with the rest of the day"),
        "{said}"
    );
    let text = screen(&app);
    let heading = text.lines().nth(3).unwrap();
    assert!(
        heading.find("│Room 1").unwrap() < heading.find("│Room 2").unwrap(),
        "{heading}"
    );
    assert_eq!(app.schedule.grid.unwrap().column, 1);
    // e edits what the cursor is on.
    press(&mut app, "le");
    assert!(screen(&app).contains("Edit `break-out-b`"));
}
