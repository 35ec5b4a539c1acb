//! The move and resize forms ask instead of refusing when pushing the rest
//! of the day reaches a session marked `fixed` (or one it would push past
//! midnight): leave it where it is and shift the rest, move it too, or
//! cancel — each answer one edit, as `docs/editing.md` says.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, select_meeting};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;
use plenary::tui::event;

fn key(app: &mut App, code: KeyCode) {
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(a) = event::to_action(ev, &app.context()) {
        app.update(a);
    }
}

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn at(app: &App, id: &str) -> String {
    let e = app.current().unwrap();
    let s = app.library[e]
        .meeting()
        .sessions
        .iter()
        .find(|s| s.id == id)
        .unwrap();
    format!("{}-{}", s.start.unwrap(), s.end.unwrap())
}

/// The CASIE-like day with lunch marked fixed, the opening selected and
/// its move form filled: 09:30, pushing the rest of the day.
fn asked() -> (tempfile::TempDir, App) {
    asked_with_fixed(&["lunch"])
}

/// As [`asked`], with each of `ids` marked fixed.
fn asked_with_fixed(ids: &[&str]) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("tests/symposium/casie-day.yaml").unwrap();
    let mut fixed = text.clone();
    for id in ids {
        let line = format!("- id: {id}\n");
        fixed = fixed.replacen(&line, &format!("{line}  fixed: true\n"), 1);
    }
    assert_ne!(fixed, text);
    std::fs::write(dir.path().join("casie-day.yaml"), fixed).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    select_meeting(&mut app, "CASIE");
    app.update(Action::Run(Command::Show(View::Schedule)));
    let e = app.current().unwrap();
    let opening = app.library[e]
        .meeting()
        .sessions
        .iter()
        .position(|s| s.id == "opening")
        .unwrap();
    app.select_session(opening);
    typed(&mut app, "m");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "9:30");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, " ");
    key(&mut app, KeyCode::Enter);
    (dir, app)
}

#[test]
fn a_fixed_lunch_makes_the_move_form_ask() {
    let (_d, mut app) = asked();
    let screen = draw(&app).backend().to_string();
    assert!(screen.contains("`lunch` is marked fixed"), "{screen}");
    // One session held back: said in the singular.
    assert!(screen.contains("leave that one where it is"), "{screen}");
    assert!(screen.contains("move the fixed one too"), "{screen}");
    assert_eq!(at(&app, "opening"), "09:00-10:30", "nothing yet");
    // l: lunch stays, the rest moves 30 minutes, break-outs still parallel.
    typed(&mut app, "l");
    assert_eq!(at(&app, "opening"), "09:30-11:00");
    assert_eq!(at(&app, "break-out-a"), at(&app, "break-out-b"));
    assert_eq!(at(&app, "break-out-a"), "11:30-13:00");
    assert_eq!(at(&app, "lunch"), "12:30-13:30", "fixed: it stays");
    typed(&mut app, "u");
    assert_eq!(at(&app, "opening"), "09:00-10:30", "one edit");
}

#[test]
fn moving_the_fixed_one_too_or_cancelling() {
    let (_d, mut app) = asked();
    typed(&mut app, "m");
    assert_eq!(at(&app, "lunch"), "13:00-14:00", "moved as well");
    typed(&mut app, "u");
    let (_d, mut app) = asked();
    key(&mut app, KeyCode::Esc);
    assert_eq!(at(&app, "opening"), "09:00-10:30", "Esc changes nothing");
    assert!(
        app.edit.modals.is_empty(),
        "the question and the form are gone"
    );
}

#[test]
fn the_answers_agree_with_how_many_are_held_back() {
    use plenary::i18n::{Lang, with_lang};
    let screen = |ids: &[&str], lang| {
        with_lang(lang, || {
            let (_d, app) = asked_with_fixed(ids);
            draw(&app).backend().to_string()
        })
    };
    let one = screen(&["lunch"], Lang::Ru);
    assert!(one.contains("оставить его на месте"), "{one}");
    assert!(one.contains("сдвинуть и закреплённое"), "{one}");
    let two = screen(&["lunch", "report-back"], Lang::Ru);
    assert!(two.contains("оставить их на месте"), "{two}");
    assert!(two.contains("сдвинуть и закреплённые"), "{two}");
    let two = screen(&["lunch", "report-back"], Lang::En);
    assert!(two.contains("leave those where they are"), "{two}");
    assert!(two.contains("move the fixed ones too"), "{two}");
}
