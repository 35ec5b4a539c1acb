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

/// The interpreted day in the Schedule, the opening selected.
fn interpreted_day() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("day.yaml");
    // One interpreted day: English floor, a Russian booth staffed in Hall A.
    std::fs::write(&path, common::interpreted::day(None, "")).unwrap();
    let mut app = common::app::app_on(dir.path(), 120, 40);
    app.update(Action::Run(Command::Show(View::Schedule)));
    app.select_session(0);
    (dir, path, app)
}

/// Tabs from the focused field to the field named `name`.
fn to_field(app: &mut App, name: &str) {
    let f = app.edit.form().expect("a form is open");
    let at = f.fields.iter().position(|x| x.name == name).unwrap();
    assert!(at >= f.focus, "{name} is behind the focus");
    common::app::press(app, &"<tab>".repeat(at - f.focus));
}

/// No warning names `id` (an unstaffed booth, a language offered by nothing).
fn no_problem_about(app: &App, id: &str) {
    let m = app.library[app.current().unwrap()].meeting();
    let today = common::app::today();
    let about: Vec<String> = plenary::check::check_meeting(m, today)
        .into_iter()
        .filter(|p| p.records.iter().any(|r| r.id == id) || p.message.contains(id))
        .map(|p| p.message)
        .collect();
    assert!(about.is_empty(), "{about:?}");
}

#[test]
fn an_exhibition_made_in_a_room_column_starts_like_one_in_the_band() {
    let (_dir, _path, mut app) = interpreted_day();
    common::app::press(&mut app, "v");
    // 10:00 in Hall A, after the opening: the form inherits its Russian booth.
    common::app::press(&mut app, "jjjja");
    let f = app.edit.form().expect("the session form");
    assert_eq!(f.get("interpretation"), "ru");
    assert!(!f.get("booth:ru:interpreters").is_empty());
    common::app::press(&mut app, "Gallery Walk");
    to_field(&mut app, "kind");
    common::app::press(&mut app, "exhib<ret>");
    let f = app.edit.form().unwrap();
    assert_eq!(f.get("kind"), "exhibition");
    assert_eq!(
        f.get("language"),
        "en, ru",
        "every working language as floor"
    );
    assert_eq!(f.get("interpretation"), "", "no channel");
    assert!(f.field("booth:ru:interpreters").is_none(), "no booth");
    assert!(
        app.status
            .as_deref()
            .unwrap_or_default()
            .contains("alongside")
    );
    common::app::press(&mut app, "<ret>");
    assert!(app.edit.form().is_none());
    let s = session(&app, "gallery-walk");
    assert!(s.alongside);
    assert_eq!(s.room.as_deref(), Some("Hall A"));
    assert_eq!(s.language, ["en", "ru"]);
    assert!(s.interpretation.is_empty());
    no_problem_about(&app, "gallery-walk");
}

#[test]
fn changing_a_new_sessions_kind_in_the_list_form_does_the_same() {
    let (_dir, _path, mut app) = interpreted_day();
    common::app::press(&mut app, "a");
    common::app::press(&mut app, "Posters");
    to_field(&mut app, "kind");
    common::app::press(&mut app, "poster<ret><tab>");
    let f = app.edit.form().unwrap();
    assert_eq!(f.get("language"), "en, ru");
    assert_eq!(f.get("interpretation"), "");
    common::app::press(&mut app, "<ret>");
    let s = session(&app, "posters");
    assert!(s.alongside);
    assert!(s.interpretation.is_empty());
    no_problem_about(&app, "posters");
}

#[test]
fn a_booth_emptied_in_a_new_sessions_form_stays_empty() {
    let (_dir, path, mut app) = interpreted_day();
    common::app::press(&mut app, "a");
    let f = app.edit.form().unwrap();
    assert_eq!(
        f.get("booth:ru:interpreters"),
        "petrova-irina, smith-anna",
        "inherited when the form opens, in sight"
    );
    common::app::press(&mut app, "Panel");
    to_field(&mut app, "booth:ru:interpreters");
    // Backspace takes the last one off, Ctrl-u all.
    common::app::press(&mut app, "<bs>");
    assert_eq!(
        app.edit.form().unwrap().get("booth:ru:interpreters"),
        "petrova-irina"
    );
    app.update(Action::Run(Command::Input(
        plenary::tui::input::InputOp::Clear,
    )));
    common::app::press(&mut app, "<ret>");
    assert!(app.edit.form().is_none());
    assert!(
        session(&app, "panel").interpretation[0]
            .interpreters
            .is_empty()
    );
    common::app::press(&mut app, "<C-s>");
    let m = plenary::load::load(&path).unwrap().meeting;
    let s = m.session("panel").unwrap();
    assert_eq!(s.interpretation.len(), 1);
    assert!(s.interpretation[0].interpreters.is_empty(), "saved empty");
}

#[test]
fn a_booth_taken_out_and_put_back_in_the_form_is_not_filled_behind_its_back() {
    let (_dir, _path, mut app) = interpreted_day();
    common::app::press(&mut app, "a");
    common::app::press(&mut app, "Panel");
    to_field(&mut app, "interpretation");
    // The channel out (its booth's fields go on leaving), then back in and
    // applied at once: the booth's fields were never shown again.
    app.update(Action::Run(Command::Input(
        plenary::tui::input::InputOp::Clear,
    )));
    common::app::press(&mut app, "<tab>");
    let f = app.edit.form().unwrap();
    assert!(f.field("booth:ru:interpreters").is_none());
    assert_eq!(f.focused().unwrap().name, "lead:en", "Tab went on");
    common::app::press(&mut app, "<up>ru<ret>");
    common::app::press(&mut app, "<ret>");
    assert!(app.edit.form().is_none(), "{:?}", app.status);
    let s = session(&app, "panel");
    assert_eq!(s.interpretation.len(), 1);
    assert!(
        s.interpretation[0].interpreters.is_empty(),
        "no team the form did not show"
    );
}
