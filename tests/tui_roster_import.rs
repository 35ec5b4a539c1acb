//! Importing registrations in the Roster (`I`), driven key by key through
//! the keymap into `App::update`: the path typed, the preview read off the
//! screen, a differing value chosen, the import applied as one edit that
//! `u` undoes and Ctrl-s saves.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;

use common::app::{app_on, draw};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::Meeting;
use plenary::tui::app::App;
use plenary::tui::event;
use plenary::tui::keymap::Overlay;

/// A Zoom attendee report: a preamble, a BOM, a row per join.
const ZOOM: &str = "tests/fixtures/registration/zoom_attendees.csv";

const AGENDA: &str = "\
title: Webinar
timezone: Asia/Bishkek
start_date: 2020-12-23
languages: [en, ru]
participants:
- {id: onokan, name: Onokan Umankulova, country: KG, email: onokan@old.example.kg}
- {id: gulnara, name: Gulnara Kussidenova, country: KZ}
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

fn status(app: &App) -> String {
    app.status.as_deref().unwrap_or_default().to_string()
}

/// The screen as text; the line naming the temporary agenda is masked.
fn screen(app: &App) -> String {
    let t = draw(app);
    let b = t.backend().buffer();
    let w = usize::from(b.area.width);
    b.content
        .chunks(w)
        .map(|row| {
            let cells: Vec<&str> = row.iter().map(|c| c.symbol()).collect();
            let s = cells.concat();
            if s.contains("Import tests/") {
                // The temporary folder's name differs from run to run.
                let middle = format!("{:<1$}", "  Import [the report] into [the agenda]", w - 6);
                cells[..3].concat() + &middle + &cells[w - 3..].concat() + "\n"
            } else {
                s + "\n"
            }
        })
        .collect()
}

/// Opens the dialog and types the report's path over the folder offered.
fn open_on(app: &mut App, path: &str) {
    chars(app, "3I");
    assert_eq!(app.context().overlay(), Some(Overlay::ImportFile));
    key(app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    chars(app, path);
    key(app, KeyCode::Enter, KeyModifiers::NONE);
}

#[test]
fn a_zoom_report_imports_after_its_one_difference_is_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("webinar.yaml");
    fs::write(&path, AGENDA).unwrap();
    let mut app = app_on(dir.path(), 110, 40);
    let original = meeting(&app).clone();
    open_on(&mut app, ZOOM);
    assert_eq!(app.context().overlay(), Some(Overlay::ImportPreview));
    let s = screen(&app);
    assert!(s.contains("Added (3)"), "{s}");
    assert!(s.contains("Updated (2)"), "{s}");
    assert!(s.contains("same name in another script"), "{s}");
    assert!(
        s.contains("> [ ? ]    Onokan Umankulova: e-mail is `onokan@old.example.kg` on the roster"),
        "{s}"
    );
    insta::assert_snapshot!("roster_import_preview_110x40", s);

    // Enter before choosing says what is left and imports nothing.
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(
        status(&app).contains("1 differing value not chosen yet"),
        "{}",
        status(&app)
    );
    assert_eq!(meeting(&app), &original);

    // t takes the file's e-mail; Enter imports as one edit.
    chars(&mut app, "t");
    assert!(screen(&app).contains("[file's] Onokan Umankulova"));
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.context().overlay(), None);
    let m = meeting(&app);
    assert_eq!(m.people().len(), 5, "three added, nobody twice");
    let onokan = &m.people()[0];
    assert_eq!(onokan.email.as_deref(), Some("onokan@edu.example.kg"));
    assert_eq!(onokan.name.get("ru", &[]), "Онокан Уманкулова");
    assert_eq!(m.people()[1].name.get("ru", &[]), "Гульнара Кусиденова");

    // u brings the roster back; Ctrl-r and Ctrl-s write the import.
    chars(&mut app, "u");
    assert_eq!(meeting(&app), &original);
    key(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let saved = fs::read_to_string(&path).unwrap();
    assert!(saved.contains("onokan@edu.example.kg"), "{saved}");
    assert!(saved.contains("Aigerim Nurlanova"), "{saved}");
}

#[test]
fn o_keeps_ours_and_esc_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("webinar.yaml"), AGENDA).unwrap();
    let mut app = app_on(dir.path(), 110, 40);
    let original = meeting(&app).clone();
    open_on(&mut app, ZOOM);
    chars(&mut app, "o");
    assert!(screen(&app).contains("[ours]   Onokan Umankulova"));
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.context().overlay(), None);
    assert_eq!(meeting(&app), &original);

    open_on(&mut app, ZOOM);
    chars(&mut app, "o");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let m = meeting(&app);
    assert_eq!(
        m.people()[0].email.as_deref(),
        Some("onokan@old.example.kg")
    );
    assert_eq!(m.people().len(), 5);
}

#[test]
fn a_file_that_cannot_be_read_is_told_in_the_dialog() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("webinar.yaml"), AGENDA).unwrap();
    let junk = dir.path().join("notes.csv");
    fs::write(&junk, "hello;world\n1;2\n").unwrap();
    let mut app = app_on(dir.path(), 110, 40);
    open_on(&mut app, "no/such/file.csv");
    assert_eq!(app.context().overlay(), Some(Overlay::ImportFile));
    assert!(screen(&app).contains("no/such/file.csv: cannot read"));
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    chars(&mut app, junk.to_str().unwrap());
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let s = screen(&app);
    assert!(s.contains("no header row recognised"), "{s}");
    assert!(s.contains("--map"), "{s}");
    assert_eq!(app.context().overlay(), Some(Overlay::ImportFile));
}

#[test]
fn a_misspelt_country_is_accepted_with_a_and_an_empty_email_is_told() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("webinar.yaml"), AGENDA).unwrap();
    let csv = dir.path().join("reg.csv");
    fs::write(
        &csv,
        "Name,Email,Country\n\
         Dana Seitkali,dana@example.kz,Kazakstan\n\
         Bakyt Osmonov,,Kyrgyzstan\n",
    )
    .unwrap();
    let mut app = app_on(dir.path(), 110, 40);
    open_on(&mut app, csv.to_str().unwrap());
    assert_eq!(app.context().overlay(), Some(Overlay::ImportPreview));
    assert!(
        status(&app).contains("suggestions to accept: 1"),
        "{}",
        status(&app)
    );
    let s = screen(&app);
    assert!(s.contains("suggestions: 1): a accepts"), "{s}");
    assert!(s.contains("> [ a? ]"), "{s}");
    assert!(s.contains("did you mean KZ"), "{s}");
    assert!(s.contains(":3:2 (Email): no e-mail"), "{s}");

    chars(&mut app, "a");
    assert!(
        status(&app).contains("line 2: country KZ (Kazakhstan) accepted"),
        "{}",
        status(&app)
    );
    assert!(screen(&app).contains("[accepted]"), "{}", screen(&app));
    // a again takes it back; a once more accepts it.
    chars(&mut app, "aa");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.context().overlay(), None);
    let m = meeting(&app);
    let dana = m
        .people()
        .iter()
        .find(|p| p.id.contains("seitkali"))
        .unwrap();
    assert_eq!(dana.country.as_deref(), Some("KZ"));
    let bakyt = m
        .people()
        .iter()
        .find(|p| p.id.contains("osmonov"))
        .unwrap();
    assert_eq!(bakyt.email, None);
}
