//! Merging a flagged twin in the Roster (`M`), driven key by key through
//! the keymap into `App::update` on a temporary agenda: a Latin and a
//! Cyrillic record of one person, one a speaker and one a follow-up owner.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;

use common::app::{app_on, draw};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::{Meeting, Text};
use plenary::tui::app::App;
use plenary::tui::event;
use plenary::tui::keymap::Overlay;

const AGENDA: &str = "\
title: Twins
timezone: Asia/Bishkek
start_date: 2026-12-10
languages: [en, ru]
participants:
- {id: onokan, name: Onokan Umankulova, country: KG, role: speaker}
- {id: li, name: Fan Li, country: CN}
- {id: onokan-ru, name: Онокан Уманкулова, email: onokan@example.kg, languages: [ru]}
sessions:
- id: opening
  title: Opening
  date: 2026-12-10
  start: '10:00'
  end: '11:00'
  chair: li
  items:
  - title: Welcome
    speakers: [onokan]
follow_ups:
- id: report
  title: Send the report
  owner: onokan-ru
  due: 2026-12-20
";

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    if let Some(a) = event::to_action(Event::Key(KeyEvent::new(code, mods)), &app.context()) {
        app.update(a);
    }
}

fn chars(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

fn meeting(app: &App) -> &Meeting {
    app.library.entries[0].meeting()
}

/// Moves the Roster's selection to participant `id` with j/k.
fn select(app: &mut App, id: &str) {
    chars(app, "g");
    for _ in 0..meeting(app).people().len() {
        let at = app.roster.selected().unwrap();
        if meeting(app).people()[at].id == id {
            return;
        }
        chars(app, "j");
    }
    panic!("`{id}` not found in the roster");
}

fn status(app: &App) -> String {
    app.status.as_deref().unwrap_or_default().to_string()
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

#[test]
fn a_latin_cyrillic_twin_merges_into_one_person_and_undoes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twins.yaml");
    fs::write(&path, AGENDA).unwrap();
    let mut app = app_on(dir.path(), 110, 36);
    let original = meeting(&app).clone();
    chars(&mut app, "3");

    // No twin: the key says so and opens nothing.
    select(&mut app, "li");
    chars(&mut app, "M");
    assert_eq!(app.context().overlay(), None);
    assert!(status(&app).contains("no likely twin"), "{}", status(&app));

    // The Cyrillic record: the dialog lists the Latin one and what merging does.
    select(&mut app, "onokan-ru");
    chars(&mut app, "M");
    assert_eq!(app.context().overlay(), Some(Overlay::Merge));
    let s = screen(&app);
    assert!(s.contains("Merge twins"), "{s}");
    assert!(s.contains("> Onokan Umankulova (onokan)"), "{s}");
    assert!(s.contains("Keeps id `onokan-ru`"), "{s}");
    assert!(s.contains("1 reference to `onokan` rewritten"), "{s}");
    // Tab keeps the other record's id instead.
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    let s = screen(&app);
    assert!(s.contains("Keeps id `onokan`"), "{s}");
    assert!(s.contains("From `onokan-ru`: e-mail, languages"), "{s}");
    assert!(
        s.contains("Differs, kept as on `onokan`: role speaker (not participant)"),
        "{s}"
    );
    assert!(
        s.contains("1 reference to `onokan-ru` rewritten to `onokan`"),
        "{s}"
    );
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.context().overlay(), None);

    let m = meeting(&app);
    assert_eq!(m.people().len(), 2);
    let p = m.people().iter().find(|p| p.id == "onokan").unwrap();
    assert!(matches!(p.name, Text::Multi(_)), "{:?}", p.name);
    assert_eq!(p.name.get("en", &[]), "Onokan Umankulova");
    assert_eq!(p.name.get("ru", &[]), "Онокан Уманкулова");
    assert_eq!(p.email.as_deref(), Some("onokan@example.kg"));
    assert_eq!(m.sessions[0].items[0].speakers, ["onokan"]);
    assert_eq!(m.follow_ups[0].owner.as_deref(), Some("onokan"));
    assert!(!m.people().iter().any(|p| p.id == "onokan-ru"));
    let at = app.roster.selected().unwrap();
    assert_eq!(
        m.people()[at].id,
        "onokan",
        "the merged person stays selected"
    );

    // u brings both records back, exactly as they were.
    chars(&mut app, "u");
    assert_eq!(meeting(&app), &original);

    // Redone and saved, the file holds one person with both names.
    key(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let saved = fs::read_to_string(&path).unwrap();
    assert!(!saved.contains("onokan-ru"), "{saved}");
    assert!(saved.contains("Онокан Уманкулова"), "{saved}");
    assert!(saved.contains("Onokan Umankulova"), "{saved}");
}

#[test]
fn esc_merges_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("twins.yaml"), AGENDA).unwrap();
    let mut app = app_on(dir.path(), 110, 36);
    let original = meeting(&app).clone();
    chars(&mut app, "3");
    select(&mut app, "onokan");
    chars(&mut app, "M");
    assert_eq!(app.context().overlay(), Some(Overlay::Merge));
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.context().overlay(), None);
    assert_eq!(meeting(&app), &original);
    assert!(!app.library.entries[0].editor.is_dirty());
}

#[test]
fn with_several_twins_j_picks_the_one_merged() {
    let dir = tempfile::tempdir().unwrap();
    let three = AGENDA.replace(
        "- {id: li, name: Fan Li, country: CN}\n",
        "- {id: li, name: Fan Li, country: CN}\n- {id: o-umankulova, name: O. Umankulova, organization: IITE}\n",
    );
    fs::write(dir.path().join("twins.yaml"), three).unwrap();
    let mut app = app_on(dir.path(), 110, 36);
    chars(&mut app, "3");
    select(&mut app, "onokan");
    chars(&mut app, "M");
    let s = screen(&app);
    assert!(s.contains("O. Umankulova (o-umankulova)"), "{s}");
    assert!(s.contains("Онокан Уманкулова (onokan-ru)"), "{s}");
    // Twins are listed in roster order: the initials one first.
    chars(&mut app, "j");
    assert!(screen(&app).contains("> Онокан Уманкулова (onokan-ru)"));
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let ids: Vec<&str> = meeting(&app)
        .people()
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids, ["onokan", "li", "o-umankulova"]);
}
