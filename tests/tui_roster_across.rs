//! The Roster across every loaded meeting (`A`), driven through the keymap
//! into `App::update`: one row per person over two meetings (one in Latin
//! letters, one in Cyrillic), their meetings, roles, sessions and
//! follow-ups, the search over them, and editing keys that send back.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;

use common::app::{app_on, draw};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::tui::app::App;
use plenary::tui::event;

const FIRST: &str = "\
title: CASIE 2021
timezone: Asia/Bishkek
start_date: 2021-10-05
languages: [en]
participants:
- {id: onokan, name: Onokan Umankulova, country: KG, role: speaker}
- {id: li, name: Fan Li, country: CN}
sessions:
- id: opening
  title: Opening
  date: 2021-10-05
  start: '10:00'
  end: '11:00'
  items:
  - title: Welcome
    speakers: [onokan]
follow_ups:
- id: report
  title: Send the report
  owner: onokan
  due: 2021-12-20
";

const SECOND: &str = "\
title: CASIE 2022
timezone: Asia/Bishkek
start_date: 2022-10-05
languages: [ru]
participants:
- {id: umankulova, name: Онокан Уманкулова, country: KG, role: chair}
- {id: saytov, name: Kadambay Saytov, country: UZ}
sessions:
- id: panel
  title: Panel
  date: 2022-10-05
  start: '10:00'
  end: '11:00'
  chair: umankulova
";

fn key(app: &mut App, code: KeyCode) {
    if let Some(a) = event::to_action(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        &app.context(),
    ) {
        app.update(a);
    }
}

fn chars(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn screen(app: &App) -> String {
    let t = draw(app);
    let b = t.backend().buffer();
    let w = usize::from(b.area.width);
    b.content
        .chunks(w)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>() + "\n")
        .collect()
}

fn app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("2021-casie.yaml"), FIRST).unwrap();
    fs::write(dir.path().join("2022-casie.yaml"), SECOND).unwrap();
    let app = app_on(dir.path(), 120, 36);
    (dir, app)
}

#[test]
fn a_toggles_one_row_per_person_across_meetings() {
    let (_dir, mut app) = app();
    chars(&mut app, "3A");
    assert!(app.roster.across.is_some());
    assert_eq!(app.roster.rows.len(), 3, "Onokan once, Fan Li, Saytov");
    let s = screen(&app);
    assert!(s.contains("People across meetings — 3"), "{s}");
    assert!(
        s.contains("Onokan Umankulova / …  2  CASIE 2021, CASI…"),
        "{s}"
    );
    insta::assert_snapshot!("roster_across_120x36", s);

    // The search finds the person in either script; the detail lists both meetings.
    chars(&mut app, "/уманкулова");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.roster.rows.len(), 1);
    let s = screen(&app);
    assert!(s.contains("Meetings (2)"), "{s}");
    assert!(s.contains("CASIE 2021 — speaker"), "{s}");
    assert!(s.contains("speaker in `opening`"), "{s}");
    assert!(s.contains("owns follow-ups: report"), "{s}");
    assert!(s.contains("CASIE 2022 — chair"), "{s}");
    assert!(s.contains("chair of `panel`"), "{s}");

    // Editing keys act on one meeting: they say how to get back.
    chars(&mut app, "e");
    assert!(app.context().overlay().is_none());
    let st = app.status.as_deref().unwrap_or_default().to_string();
    assert!(st.contains("A goes back"), "{st}");

    // A again: the current meeting's roster, its own rows.
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "A");
    assert!(app.roster.across.is_none());
    assert_eq!(app.roster.rows.len(), 2);
    assert!(screen(&app).contains("Roster — 2"));
}
