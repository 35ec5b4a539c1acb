//! The participant form holds the whole record: every field of every
//! participant survives opening the form and applying it, and an
//! interpreter (A/B/C languages, time zone, honorific) is made entirely
//! in the TUI and reads back from the saved file as it was typed.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::app::{app_on, draw};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::{InterpreterLanguages, Role, Status, Text};
use plenary::tui::app::App;
use plenary::tui::event;

fn copy_of(agenda: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(Path::new(agenda).file_name().unwrap());
    fs::copy(agenda, &path).unwrap();
    (dir, path)
}

/// Keys as typed: characters, and `<tab>`, `<ret>`, `<esc>`, `<C-x>`.
fn press(app: &mut App, keys: &str) {
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (code, mods, len) = match rest.split_once('>') {
            Some((name, _)) if c == '<' && name.len() > 1 => {
                let (code, mods) = match &name[1..] {
                    "tab" => (KeyCode::Tab, KeyModifiers::NONE),
                    "ret" => (KeyCode::Enter, KeyModifiers::NONE),
                    "esc" => (KeyCode::Esc, KeyModifiers::NONE),
                    n if n.starts_with("C-") => (
                        KeyCode::Char(n.chars().nth(2).unwrap()),
                        KeyModifiers::CONTROL,
                    ),
                    other => panic!("unknown key <{other}>"),
                };
                (code, mods, name.len() + 1)
            }
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

#[test]
fn every_participant_survives_the_form_unchanged_and_saves_as_it_loaded() {
    for agenda in [
        "agendas/2020-vcasie.yaml",
        "agendas/2018-10-dushanbe-ict-oer-sdg4.yaml",
    ] {
        let (dir, path) = copy_of(agenda);
        let mut app = app_on(dir.path(), 120, 40);
        let before = app.library.entries[0].meeting().clone();
        let n = before.people().len();
        press(&mut app, "3");
        let mut seen = Vec::new();
        for _ in 0..n {
            seen.push(app.roster.selected().unwrap());
            press(&mut app, "e<ret>");
            assert!(app.edit.form().is_none(), "{agenda}: {}", status(&app));
            press(&mut app, "j");
        }
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), n, "{agenda}: every participant was opened");
        assert_eq!(app.library.entries[0].meeting(), &before, "{agenda}");
        // Saving what the form gave back reads back as the same meeting.
        press(&mut app, "e<ret><C-s>");
        let back = plenary::load::load(&path).unwrap().meeting;
        assert_eq!(&back, &before, "{agenda}");
    }
}

#[test]
fn an_interpreter_is_made_entirely_in_the_tui() {
    let (dir, path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    press(
        &mut app,
        concat!(
            "3aAigerim Sadykova<tab><tab>Ms<tab>UNESCO Almaty<tab>Conference interpreter",
            "<tab>KZ<tab>Asia/Almaty<tab>kk<ret>ru<ret>",
            "<tab>interp<ret><tab>conf<ret><tab>a.sadykova@example.org",
            "<tab>kk<ret><tab>ru<ret><tab>en<ret><tab>Booth 1 on day one<ret>",
        ),
    );
    assert!(app.edit.form().is_none(), "{}", status(&app));
    let m = app.library.entries[0].meeting();
    let p = &m.people()[app.roster.selected().unwrap()];
    assert_eq!(p.id, "sadykova-aigerim");
    assert_eq!(p.name, Text::plain("Aigerim Sadykova"));
    assert_eq!(p.honorific.as_deref(), Some("Ms"));
    assert_eq!(p.organization, Some(Text::plain("UNESCO Almaty")));
    assert_eq!(p.position, Some(Text::plain("Conference interpreter")));
    assert_eq!(p.country.as_deref(), Some("KZ"));
    assert_eq!(p.timezone.as_deref(), Some("Asia/Almaty"));
    assert_eq!(p.languages, ["kk", "ru"]);
    assert_eq!(p.role, Role::Interpreter);
    assert_eq!(p.status, Status::Confirmed);
    assert_eq!(p.email.as_deref(), Some("a.sadykova@example.org"));
    assert_eq!(
        p.interpreting,
        Some(InterpreterLanguages {
            a: "kk".into(),
            b: vec!["ru".into()],
            c: vec!["en".into()],
        })
    );
    assert_eq!(p.notes.as_deref(), Some("Booth 1 on day one"));
    let made = p.clone();
    press(&mut app, "<C-s>");
    assert!(status(&app).starts_with("saved "), "{}", status(&app));
    let back = plenary::load::load(&path).unwrap().meeting;
    assert_eq!(back.participant(&made.id), Some(&made));
    // The whole record in one form, at the smallest size the app supports.
    let mut small = app_on(dir.path(), 80, 24);
    press(&mut small, "3");
    for _ in 0..small.library.entries[0].meeting().people().len() {
        let at = small.roster.selected().unwrap();
        if small.library.entries[0].meeting().people()[at].id == made.id {
            break;
        }
        press(&mut small, "j");
    }
    press(
        &mut small,
        "e<tab><tab><tab><tab><tab><tab><tab><tab><tab><tab><tab><tab>",
    );
    insta::assert_snapshot!("interpreter_form_80x24", draw(&small).backend());
    // Emptying the A/B/C fields makes them no interpreter's languages again.
    press(
        &mut app,
        &format!("e{}<C-u><tab><C-u><tab><C-u><ret>", "<tab>".repeat(11)),
    );
    assert!(app.edit.form().is_none(), "{}", status(&app));
    let m = app.library.entries[0].meeting();
    assert_eq!(m.participant(&made.id).unwrap().interpreting, None);
}

#[test]
fn b_or_c_without_an_a_language_is_refused_at_a() {
    let (dir, _path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    let before = app.library.entries[0].meeting().clone();
    press(&mut app, "3aSomeone<ret>");
    press(&mut app, "u");
    press(
        &mut app,
        &format!("aSomeone{}en<ret><ret>", "<tab>".repeat(12)),
    );
    let f = app.edit.form().expect("the form stays open");
    let at = &f.fields[f.focus];
    assert_eq!(at.name, "interp_a");
    assert!(
        at.error
            .as_deref()
            .unwrap_or_default()
            .contains("needs the A language"),
        "{:?}",
        at.error
    );
    press(&mut app, "<esc>");
    assert_eq!(app.library.entries[0].meeting(), &before);
}

#[test]
fn a_mistyped_zone_or_language_is_named_when_leaving_the_field() {
    let (dir, _path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    press(&mut app, "3a<tab><tab><tab><tab><tab><tab>Tokio<tab>");
    let f = app.edit.form().unwrap();
    let zone = f
        .field("timezone")
        .unwrap()
        .error
        .clone()
        .unwrap_or_default();
    assert!(zone.contains("not an IANA time zone"), "{zone}");
    assert!(zone.contains("did you mean Asia/Tokyo?"), "{zone}");
    press(&mut app, "<esc>");
}
