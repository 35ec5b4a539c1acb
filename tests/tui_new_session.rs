//! A new session from the Schedule list (`a`) and from the day grid (`a`)
//! starts with what it inherits (`edit::inherit`): on vCASIE 2020 (English
//! and Russian), the session form after Webinar 3 has the floor in English
//! and a Russian channel filled in, so the new session does not start out
//! warning "offers nothing in Russian", and the saved session keeps
//! Webinar 3's booth team (the form shows the booth's language only).

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, select_meeting};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::Session;
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;
use plenary::tui::event;

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = match c {
            '\r' => KeyCode::Enter,
            '\t' => KeyCode::Tab,
            c => KeyCode::Char(c),
        };
        let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(a) = event::to_action(ev, &app.context()) {
            app.update(a);
        }
    }
}

fn session<'a>(app: &'a App, id: &str) -> &'a Session {
    let m = app.library[app.current().unwrap()].meeting();
    m.sessions.iter().find(|s| s.id == id).unwrap()
}

fn vcasie_schedule() -> App {
    let mut app = app_on("agendas", 120, 40);
    select_meeting(&mut app, "vCASIE");
    app.update(Action::Run(Command::Show(View::Schedule)));
    app.update(Action::Run(Command::Bottom));
    app
}

#[test]
fn a_new_session_in_the_list_inherits_floor_channels_and_booth_team() {
    let mut app = vcasie_schedule();
    app.update(Action::Run(Command::AddSession));
    let f = app.edit.form().expect("the session form");
    assert_eq!(f.get("language"), "en");
    assert_eq!(f.get("interpretation"), "ru");
    assert_eq!(f.get("start"), "12:30", "after the selected session");
    keys(&mut app, "Follow-up talk\r");
    let team = session(&app, "webinar-3").interpretation[0]
        .interpreters
        .clone();
    assert!(!team.is_empty(), "Webinar 3 has a Russian booth team");
    let s = session(&app, "follow-up-talk");
    assert_eq!(s.interpretation.len(), 1);
    assert_eq!(s.interpretation[0].to, "ru");
    assert_eq!(s.interpretation[0].interpreters, team, "the booth team too");
    assert!(
        s.interpretation[0].tentative.is_no(),
        "what was not confirmed for Webinar 3 is the new session's to confirm"
    );
}

#[test]
fn a_new_session_in_the_grid_inherits_the_booth_team_too() {
    let mut app = vcasie_schedule();
    keys(&mut app, "v");
    let c = app.schedule.grid.expect("the grid");
    assert_eq!(c.minute, 11 * 60, "on Webinar 3");
    // Two hours later, after Webinar 3, in the same (online) column.
    keys(&mut app, "jjjjjjjj");
    keys(&mut app, "a");
    let f = app.edit.form().expect("the session form");
    assert_eq!(f.get("interpretation"), "ru");
    keys(&mut app, "Q and A\r");
    let team = session(&app, "webinar-3").interpretation[0]
        .interpreters
        .clone();
    let s = session(&app, "q-and-a");
    assert_eq!(s.start.unwrap().to_string(), "13:00");
    assert_eq!(s.interpretation[0].interpreters, team);
}

/// The kind the session form's kind picker gives for `typed`, then `keys`.
fn kind_picked(typed: &str, keys: &str) -> String {
    let mut app = vcasie_schedule();
    app.update(Action::Run(Command::AddSession));
    let at = app
        .edit
        .form()
        .unwrap()
        .fields
        .iter()
        .position(|f| f.name == "kind")
        .unwrap();
    common::app::press(&mut app, &"<tab>".repeat(at));
    common::app::press(&mut app, typed);
    let p = app
        .edit
        .form()
        .unwrap()
        .picker
        .as_ref()
        .expect("the picker");
    let shown: Vec<&str> = p
        .rows
        .iter()
        .map(|&i| p.choices[i].value.as_str())
        .collect();
    if typed == "break" {
        assert_eq!(shown, ["break", "break-out"], "both, the whole name first");
    }
    common::app::press(&mut app, keys);
    app.edit.form().unwrap().get("kind").to_string()
}

#[test]
fn the_kind_picker_takes_a_whole_name_first_with_or_without_its_dash() {
    assert_eq!(kind_picked("break", "<ret>"), "break");
    assert_eq!(kind_picked("break", "<down><ret>"), "break-out");
    for typed in ["breakout", "break out", "break-out"] {
        assert_eq!(kind_picked(typed, "<ret>"), "break-out", "{typed}");
    }
    assert_eq!(kind_picked("exhib", "<ret>"), "exhibition");
}
