//! What a form does with what the person typed when they leave it: Enter
//! in the speaker picker picks and never adds someone new (only Ctrl-a
//! does), and Esc on a changed form asks before dropping anything, then
//! drops all of it, people added on the way included.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, press, select_meeting};
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;
use plenary::tui::keymap::Overlay;

/// vCASIE 2020 (one session) from a temporary folder, in the Schedule.
fn open() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let file = "2020-vcasie.yaml";
    std::fs::copy(format!("agendas/{file}"), dir.path().join(file)).unwrap();
    let mut app = app_on(dir.path(), 100, 30);
    select_meeting(&mut app, "vCASIE");
    app.update(Action::Run(Command::Show(View::Schedule)));
    (dir, app)
}

fn status(app: &App) -> String {
    app.status.as_deref().unwrap_or_default().to_string()
}

fn people(app: &App) -> Vec<String> {
    let m = app.library[app.current().unwrap()].meeting();
    m.people().iter().map(|p| p.name.primary().into()).collect()
}

fn unsaved(app: &App) -> bool {
    app.library[app.current().unwrap()].editor.is_dirty()
}

/// Moves the open form's focus down to the field named `name`.
fn to_field(app: &mut App, name: &str) {
    for _ in 0..60 {
        let f = app.edit.form().and_then(|f| f.focused());
        if f.is_some_and(|f| f.name == name) {
            return;
        }
        press(app, "<down>");
    }
    panic!("no field {name} in the form");
}

#[test]
fn enter_on_the_add_new_row_adds_nobody() {
    let (_d, mut app) = open();
    let before = people(&app);
    press(&mut app, "e");
    to_field(&mut app, "speakers");
    // A slip: `qx` typed into Speakers, then Enter out of habit.
    press(&mut app, "qx");
    let pk = app.edit.form().and_then(|f| f.picker.as_ref()).unwrap();
    assert!(pk.rows.is_empty(), "nobody is called qx");
    press(&mut app, "<ret>");
    assert_eq!(people(&app), before, "{}", status(&app));
    assert!(!unsaved(&app));
    assert!(status(&app).contains("Ctrl-a"), "{}", status(&app));
    assert_eq!(app.context().overlay(), Some(Overlay::Picker));
    // Enter on someone listed still picks them.
    press(&mut app, "<bs><bs>");
    let first = before[0].clone();
    press(&mut app, &first);
    press(&mut app, "<ret>");
    assert_eq!(app.context().overlay(), Some(Overlay::Form));
    assert_eq!(people(&app), before);
}

#[test]
fn esc_on_a_form_that_added_someone_asks_then_takes_them_off_again() {
    let (_d, mut app) = open();
    let before = people(&app);
    press(&mut app, "e");
    to_field(&mut app, "speakers");
    press(&mut app, " Olga Ivanova<C-a>");
    assert!(people(&app).contains(&"Olga Ivanova".to_string()));
    press(&mut app, "<esc>");
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    assert!(!status(&app).contains("nothing changed"));
    // Esc on the question goes back to the form, as it was.
    press(&mut app, "<esc>");
    assert_eq!(app.context().overlay(), Some(Overlay::Form));
    assert!(people(&app).contains(&"Olga Ivanova".to_string()));
    press(&mut app, "<esc>y");
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    assert_eq!(people(&app), before, "{}", status(&app));
    assert!(!unsaved(&app), "the meeting is as it was");
    let said = status(&app);
    assert!(said.contains("Olga Ivanova"), "{said}");
    assert!(!said.contains("nothing changed"), "{said}");
    // Nor can redo bring her back.
    press(&mut app, "<C-r>");
    assert_eq!(people(&app), before, "{}", status(&app));
}

#[test]
fn esc_on_a_changed_form_asks_and_keeps_what_was_typed() {
    let (_d, mut app) = open();
    let m0 = app.library[app.current().unwrap()].meeting().clone();
    press(&mut app, "e");
    to_field(&mut app, "title:en");
    press(&mut app, "Something else");
    press(&mut app, "<esc>");
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    // The question names the form, every placeholder filled.
    let screen = draw(&app).backend().to_string();
    assert!(screen.contains("Discard your changes?"), "{screen}");
    assert!(
        screen.contains("Edit `webinar-1`: what you typed"),
        "{screen}"
    );
    assert!(!screen.contains("{$"), "{screen}");
    // Enter is the safe answer too: back to the form, the text kept.
    press(&mut app, "<ret>");
    assert_eq!(app.context().overlay(), Some(Overlay::Form));
    assert_eq!(
        app.edit.form().unwrap().get("title:en"),
        "Something else",
        "{}",
        status(&app)
    );
    press(&mut app, "<esc>y");
    assert_eq!(app.context().overlay(), None);
    assert_eq!(app.library[app.current().unwrap()].meeting(), &m0);
    assert!(
        !status(&app).contains("nothing changed"),
        "{}",
        status(&app)
    );
}

#[test]
fn esc_on_an_unchanged_form_closes_it_without_asking() {
    let (_d, mut app) = open();
    press(&mut app, "e");
    // Walking through every field changes nothing.
    for _ in 0..40 {
        press(&mut app, "<tab>");
    }
    press(&mut app, "<esc>");
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    assert!(status(&app).contains("nothing changed"), "{}", status(&app));
}

/// Issue: a time zone typed as a city ("Almaty") was refused with "did
/// you mean Asia/Almaty?" and nothing let the organizer take it. Now the
/// form fills the suggestion in, says so at the field, and Enter takes it.
#[test]
fn a_zone_the_form_suggests_is_taken_with_enter() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    press(&mut app, "n");
    press(
        &mut app,
        "Spring school<tab>2027-04-07<tab><tab>Almaty<ret>",
    );
    assert!(app.library.entries.is_empty(), "{}", status(&app));
    let f = app.edit.form().expect("the form stays open");
    let zone = f.focused().unwrap();
    assert_eq!(zone.name, "timezone");
    assert_eq!(zone.value, "Asia/Almaty");
    let said = zone.error.clone().unwrap_or_default();
    assert!(
        said.contains("Asia/Almaty") && said.contains("Enter"),
        "{said}"
    );
    press(&mut app, "<ret>");
    assert_eq!(app.library.entries.len(), 1, "{}", status(&app));
    assert_eq!(app.library.entries[0].meeting().timezone, "Asia/Almaty");
}

/// Tab away from the zone fills the suggestion in as well; what cannot be
/// guessed stays refused with the reason.
#[test]
fn a_zone_suggestion_is_filled_on_leaving_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    press(&mut app, "n");
    press(&mut app, "Spring school<tab>2027-04-07<tab><tab>Tokio<tab>");
    let f = app.edit.form().unwrap();
    assert_eq!(f.get("timezone"), "Asia/Tokyo");
    press(&mut app, "<up><C-u>Qwertyuiop<tab>");
    let f = app.edit.form().unwrap();
    assert_eq!(f.get("timezone"), "Qwertyuiop");
    let err = f
        .field("timezone")
        .unwrap()
        .error
        .clone()
        .unwrap_or_default();
    assert!(err.contains("not an IANA time zone"), "{err}");
}
