//! "Same team all day or all meeting" in the Interpretation view: `T` on a
//! staffed booth gives its team to the booth into that language in every
//! session of the day in the same room, or of every day of the meeting
//! (it asks which when the two differ), as one edit that `u` undoes at
//! once; other rooms and breaks are left as they were.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::Meeting;
use plenary::tui::action::View;
use plenary::tui::app::App;
use plenary::tui::app::interp::InterpRow;
use plenary::tui::event;

/// The interpreted day (two days, in fact) with a break, more sessions in
/// Hall A (one spelt `hall a`), one in Room 2, and one on the second day.
const MORE: &str = r#"- id: coffee
  title: Coffee
  kind: break
  date: 2023-10-04
  start: "10:00"
  end: "10:30"
- id: panel
  title: Panel
  date: 2023-10-04
  start: "10:30"
  end: "11:30"
  room: Hall A
  language: en
  interpretation:
  - to: ru
- id: side-room
  title: Side room
  date: 2023-10-04
  start: "10:30"
  end: "11:30"
  room: Room 2
  language: en
  interpretation:
  - to: ru
- id: closing
  title: Closing
  date: 2023-10-04
  start: "12:00"
  end: "12:30"
  room: hall a
  language: en
  interpretation:
  - to: ru
- id: day-two
  title: Day two
  date: 2023-10-05
  start: "09:00"
  end: "10:00"
  room: Hall A
  language: en
  interpretation:
  - to: ru
"#;

fn day() -> String {
    common::interpreted::day(Some("2023-10-05"), MORE)
}

fn key(app: &mut App, c: char) {
    let k = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    if let Some(a) = event::to_action(k, &app.context()) {
        app.update(a);
    }
}

fn meeting(app: &App) -> &Meeting {
    app.library.entries[0].meeting()
}

fn team(app: &App, id: &str) -> Vec<String> {
    meeting(app).session(id).unwrap().interpretation[0]
        .interpreters
        .clone()
}

/// Moves the Interpretation view's selection to the first booth of `id`.
fn select_booth(app: &mut App, id: &str) {
    for _ in 0..app.interp.rows.len() {
        if let Some(InterpRow::Booth(s, _)) = app.interp.selected()
            && meeting(app).sessions[s].id == id
        {
            return;
        }
        key(app, 'j');
    }
    panic!("no booth in {id}");
}

#[test]
fn t_staffs_the_rooms_booth_all_day_in_one_undoable_edit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("day.yaml"), day()).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    let before = meeting(&app).clone();
    key(&mut app, '6');
    assert_eq!(app.view, View::Interpretation);
    // A booth with nobody in it has no team to give.
    select_booth(&mut app, "panel");
    key(&mut app, 'T');
    let said = app.status.as_deref().unwrap_or_default().to_string();
    assert!(
        said.contains("nobody is in this Russian booth yet"),
        "{said}"
    );
    assert_eq!(meeting(&app), &before);

    key(&mut app, 'g');
    select_booth(&mut app, "opening");
    key(&mut app, 'T');
    // Day two has a Russian booth in Hall A too: this day, or every day?
    let screen = draw(&app).backend().to_string();
    assert!(
        screen.contains("for this day, or for every day"),
        "{screen}"
    );
    assert!(
        screen.contains("this day, Wed 4 Oct 2023 (2 sessions)"),
        "{screen}"
    );
    assert!(
        screen.contains("every day of the meeting (3 sessions on 2 days)"),
        "{screen}"
    );
    key(&mut app, 'd');
    let both = ["petrova-irina", "smith-anna"];
    for id in ["opening", "panel", "closing"] {
        assert_eq!(team(&app, id), both, "{id}");
    }
    for id in ["side-room", "day-two"] {
        assert!(team(&app, id).is_empty(), "{id} is another room or day");
    }
    let said = app.status.as_deref().unwrap_or_default().to_string();
    assert!(said.contains("staff the ru booth on 2023-10-04"), "{said}");
    // Again: this day has the team; every day is the one choice left.
    key(&mut app, 'T');
    let screen = draw(&app).backend().to_string();
    assert!(
        screen.contains("already staff this day: every other day"),
        "{screen}"
    );
    assert!(!screen.contains("this day, Wed"), "{screen}");
    key(&mut app, 'c');
    assert!(team(&app, "day-two").is_empty(), "c changes nothing");
    // One edit: one undo takes it all back.
    key(&mut app, 'u');
    assert_eq!(meeting(&app), &before);
}

#[test]
fn t_can_staff_the_booth_on_every_day_of_the_meeting_at_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("day.yaml"), day()).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    let before = meeting(&app).clone();
    key(&mut app, '6');
    select_booth(&mut app, "opening");
    key(&mut app, 'T');
    key(&mut app, 'm');
    let both = ["petrova-irina", "smith-anna"];
    for id in ["opening", "panel", "closing", "day-two"] {
        assert_eq!(team(&app, id), both, "{id}");
    }
    assert!(team(&app, "side-room").is_empty(), "another room");
    let said = app.status.as_deref().unwrap_or_default().to_string();
    assert!(said.contains("staff the ru booth on every day"), "{said}");
    // Nothing left anywhere: it says so, and asks nothing.
    key(&mut app, 'T');
    let said = app.status.as_deref().unwrap_or_default().to_string();
    assert!(said.contains("already has this team"), "{said}");
    key(&mut app, 'u');
    assert_eq!(meeting(&app), &before, "one edit");
}

/// A webinar series in one file: online sessions on three days, no rooms.
const SERIES: &str = r#"title: A webinar series
timezone: Asia/Almaty
start_date: 2020-09-25
end_date: 2020-10-23
languages: [en, ru]
participants:
- id: petrova-irina
  name: Irina Petrova
  role: interpreter
  interpreting: {a: ru, b: [en]}
sessions:
- id: webinar-1
  title: Webinar 1
  date: 2020-09-25
  start: "11:00"
  end: "12:30"
  link: https://example.org/w
  language: en
  interpretation:
  - to: ru
    interpreters: [petrova-irina]
- id: webinar-2
  title: Webinar 2
  date: 2020-10-07
  start: "11:00"
  end: "12:30"
  link: https://example.org/w
  language: en
  interpretation: [ru]
- id: webinar-3
  title: Webinar 3
  date: 2020-10-23
  start: "11:00"
  end: "12:30"
  link: https://example.org/w
  language: en
  interpretation: [ru]
"#;

#[test]
fn a_webinar_series_gets_one_team_for_every_webinar_in_russian_too() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("series.yaml"), SERIES).unwrap();
    plenary::i18n::with_lang(plenary::i18n::Lang::Ru, || {
        let mut app = app_on(dir.path(), 100, 30);
        key(&mut app, '6');
        select_booth(&mut app, "webinar-1");
        key(&mut app, 'T');
        // This day has nothing to staff: only every day is offered.
        let screen = draw(&app).backend().to_string();
        assert!(
            screen.contains("уже работает весь этот день. Поставить и на остальные дни"),
            "{screen}"
        );
        assert!(
            screen.contains("все дни встречи (2 заседания, 2 дня)"),
            "{screen}"
        );
        key(&mut app, 'm');
        for id in ["webinar-2", "webinar-3"] {
            assert_eq!(team(&app, id), ["petrova-irina"], "{id}");
        }
    });
}

#[test]
fn the_help_opened_in_interpretation_names_t() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("day.yaml"), day()).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    key(&mut app, '6');
    key(&mut app, '?');
    let s = draw(&app).backend().to_string();
    assert!(s.contains("same team all day"), "{s}");
}
