//! The Export dialog (`X`) driven key by key: html and ics of vCASIE
//! written beside the agenda, a session's own file, never overwriting
//! without asking, and the dialog drawn at 80x24.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::app::{app_on, draw, select_meeting};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::export::sequence::SequenceState;
use plenary::export::{self, Format, Options, Selection};
use plenary::tui::action::View;
use plenary::tui::app::App;
use plenary::tui::app::editing::export_dialog;
use plenary::tui::event;
use plenary::tui::keymap::Overlay;

fn copy_of_vcasie() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2020-vcasie.yaml");
    fs::copy("agendas/2020-vcasie.yaml", &path).unwrap();
    (dir, path)
}

/// Keys as typed: characters, and `<tab>`, `<ret>`, `<esc>`, `<down>`, `<C-u>`.
fn press(app: &mut App, keys: &str) {
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (code, mods, len) = match rest.find('>').map(|e| (&rest[..=e], e + 1)) {
            Some(("<tab>", n)) => (KeyCode::Tab, KeyModifiers::NONE, n),
            Some(("<ret>", n)) => (KeyCode::Enter, KeyModifiers::NONE, n),
            Some(("<esc>", n)) => (KeyCode::Esc, KeyModifiers::NONE, n),
            Some(("<down>", n)) => (KeyCode::Down, KeyModifiers::NONE, n),
            Some(("<C-u>", n)) => (KeyCode::Char('u'), KeyModifiers::CONTROL, n),
            _ => (KeyCode::Char(c), KeyModifiers::NONE, c.len_utf8()),
        };
        rest = &rest[len..];
        if let Some(a) = event::to_action(Event::Key(KeyEvent::new(code, mods)), &app.context()) {
            app.update(a);
        }
    }
}

fn status(app: &App) -> String {
    app.status.as_deref().unwrap_or_default().to_string()
}

/// What `plenary export FILE --format html` writes.
fn html_of(path: &Path) -> String {
    let doc = plenary::load::load(path).unwrap();
    let tz = plenary::zones::meeting_zone(&doc.meeting).unwrap();
    let o = Options {
        langs: vec!["en".into()],
        shown: tz,
        selection: Selection::All,
        meeting_key: "2020-vcasie".into(),
        tzid: false,
        stamp: chrono::Utc::now(),
    };
    let mut seq = SequenceState::default();
    export::render(&doc.meeting, tz, Format::Html, &o, &mut seq)
        .unwrap()
        .text
}

#[test]
fn export_html_and_ics_beside_the_agenda_asking_before_overwriting() {
    // The ics SEQUENCE memory goes to the build's scratch folder, not $HOME.
    // SAFETY: set before this binary's only test that reads it; no other thread reads it.
    unsafe { std::env::set_var("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR")) };
    let (dir, agenda) = copy_of_vcasie();
    let mut app = app_on(dir.path(), 120, 40);
    press(&mut app, "X");
    assert_eq!(
        app.context().overlay(),
        Some(Overlay::Dialog(&export_dialog::KEYS))
    );
    press(&mut app, "<ret>");
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    let html = dir.path().join("2020-vcasie.html");
    assert!(status(&app).contains("exported to"), "{}", status(&app));
    assert!(
        status(&app).contains("2020-vcasie.html"),
        "{}",
        status(&app)
    );
    assert_eq!(fs::read_to_string(&html).unwrap(), html_of(&agenda));

    // Tab twice: html → md → ics; the path follows the format.
    press(&mut app, "X<tab><tab><ret>");
    let ics = fs::read_to_string(dir.path().join("2020-vcasie.ics")).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics:.80}");
    assert!(ics.trim_end().ends_with("END:VCALENDAR"));
    assert!(ics.matches("BEGIN:VEVENT").count() >= 2);

    // The html is there: Enter asks, and Enter's answer keeps the file.
    fs::write(&html, "mine").unwrap();
    press(&mut app, "X<ret>");
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    press(&mut app, "<ret>");
    assert_eq!(
        app.context().overlay(),
        Some(Overlay::Dialog(&export_dialog::KEYS))
    );
    assert_eq!(fs::read_to_string(&html).unwrap(), "mine");
    press(&mut app, "<ret>o");
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    assert_eq!(fs::read_to_string(&html).unwrap(), html_of(&agenda));

    // A typed path that cannot be written: an error, the dialog stays.
    let bad = dir.path().join("no-such-folder").join("x.html");
    press(&mut app, &format!("X<C-u>{}<ret>", bad.display()));
    assert_eq!(
        app.context().overlay(),
        Some(Overlay::Dialog(&export_dialog::KEYS))
    );
    assert!(status(&app).contains("not exported"), "{}", status(&app));
    press(&mut app, "<esc>");
    assert_eq!(app.context().overlay(), None);
}

#[test]
fn the_agenda_itself_is_never_offered_for_overwriting() {
    let (dir, agenda) = copy_of_vcasie();
    let before = fs::read(&agenda).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    press(&mut app, &format!("X<C-u>{}<ret>", agenda.display()));
    // No "overwrite?" question: an error, and the dialog stays for another name.
    assert_eq!(
        app.context().overlay(),
        Some(Overlay::Dialog(&export_dialog::KEYS))
    );
    assert!(
        status(&app).contains("is the meeting file itself"),
        "{}",
        status(&app)
    );
    assert_eq!(fs::read(&agenda).unwrap(), before);
}

#[test]
fn the_selected_session_is_the_scope_and_names_the_file() {
    let (dir, _) = copy_of_vcasie();
    let mut app = app_on(dir.path(), 120, 40);
    press(&mut app, "2");
    assert_eq!(app.view, View::Schedule);
    let m = app.library.entries[0].meeting().clone();
    let id = app
        .selected_session()
        .map(|i| m.sessions[i].id.clone())
        .unwrap();
    // html → md: no calendar memory is touched here.
    press(&mut app, "X<tab><ret>");
    let md = fs::read_to_string(dir.path().join(format!("2020-vcasie-{id}.md"))).unwrap();
    let others = m
        .sessions
        .iter()
        .filter(|s| s.id != id && s.kind.as_str() == "session");
    for s in others {
        assert!(!md.contains(s.title.primary()), "{}", s.id);
    }
}

#[test]
fn the_dialog_at_80x24() {
    // The agendas folder itself, so the paths shown are the same everywhere;
    // nothing is written.
    let mut app = app_on("agendas", 80, 24);
    select_meeting(&mut app, "vCASIE");
    press(&mut app, "2X");
    insta::assert_snapshot!("export_dialog_80x24", draw(&app).backend());
}
