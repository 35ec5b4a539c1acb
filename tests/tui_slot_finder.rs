//! The slot finder in the TUI (`F` on a session): on the CASIE-like day
//! (`tests/symposium`) it lists what `plenary::slots` finds for the
//! selected session, Enter moves the session to the chosen time as one
//! undoable edit, Esc closes; an 80x24 snapshot in English.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{draw, grid_app, press};
use plenary::slots::{self, Request};
use plenary::tui::app::App;
use plenary::tui::app::editing::slot_finder::SlotFinder;

fn finder(app: &App) -> Option<&SlotFinder> {
    app.edit
        .modals
        .last()
        .and_then(|m| m.as_dialog::<SlotFinder>())
}

fn span(app: &App, id: &str) -> String {
    let e = app.current().unwrap();
    let s = app.library[e]
        .meeting()
        .sessions
        .iter()
        .find(|s| s.id == id)
        .unwrap();
    format!("{} {}-{}", s.date, s.start.unwrap(), s.end.unwrap())
}

/// Break-out B (Room 2, 11:00) selected in the grid, the finder opened.
fn opened(w: u16, h: u16) -> App {
    let mut app = grid_app(w, h);
    press(&mut app, "ll");
    let c = app.schedule.grid.unwrap();
    press(
        &mut app,
        &"j".repeat(((11 * 60 - c.minute) / c.step) as usize),
    );
    press(&mut app, "<ret>F");
    app
}

#[test]
fn f_lists_the_finders_slots_enter_moves_there_and_u_undoes_it() {
    let mut app = opened(120, 40);
    let e = app.current().unwrap();
    let m = app.library[e].meeting();
    let i = m
        .sessions
        .iter()
        .position(|s| s.id == "break-out-b")
        .unwrap();
    let want = slots::find(m, &Request::for_session(m, i, None).unwrap());
    let d = finder(&app).expect("F opens the slot finder");
    assert_eq!(d.session, i, "on the selected session");
    assert_eq!(d.found, want, "the finder's own answer");
    assert!(want.free.len() > 1, "the day has room to move");
    let text = format!("{}", draw(&app).backend());
    assert!(text.contains("Free times for `break-out-b`"), "{text}");
    let second = &want.free[1];
    assert!(
        text.contains(&format!("{}-{}", second.start, second.end)),
        "{text}"
    );
    let before = span(&app, "break-out-b");
    press(&mut app, "<down><ret>");
    assert!(finder(&app).is_none(), "Enter closes it");
    assert_eq!(
        span(&app, "break-out-b"),
        format!("{} {}-{}", second.date, second.start, second.end)
    );
    assert!(format!("{}", draw(&app).backend()).contains("move session `break-out-b`"));
    press(&mut app, "u");
    assert_eq!(span(&app, "break-out-b"), before, "one edit, undone");
}

#[test]
fn esc_closes_the_finder_changing_nothing() {
    let mut app = opened(120, 40);
    let before = span(&app, "break-out-b");
    press(&mut app, "<down><esc>");
    assert!(finder(&app).is_none());
    assert_eq!(span(&app, "break-out-b"), before);
}

#[test]
fn the_finder_at_80x24() {
    let app = opened(80, 24);
    insta::assert_snapshot!("slot_finder_80x24", draw(&app).backend());
}
