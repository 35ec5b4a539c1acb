//! Meetings keep their identity while files load: a dialog opened on one
//! meeting acts on that meeting whatever loads after it. The files are
//! delivered to the `App` in a chosen order, as the background loader
//! would, with a follow-up note open in between.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use chrono::NaiveDate;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::tui::action::{Action, Command, Load, View};
use plenary::tui::app::App;
use plenary::tui::{Theme, event, loader};
use ratatui::layout::Rect;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 15).unwrap()
}

/// Every message the loader sends for the bundled agendas, in its order.
fn load_messages() -> Vec<Load> {
    let mut out = Vec::new();
    loader::run(Path::new("agendas"), today(), None, |l| {
        out.push(l);
        true
    });
    out
}

fn loaded_path(l: &Load) -> Option<String> {
    match l {
        Load::Loaded(e) => Some(e.doc().path.display().to_string()),
        _ => None,
    }
}

fn press(app: &mut App, code: KeyCode) {
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(a) = event::to_action(ev, &app.context()) {
        app.update(a);
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Selects follow-up `id` in the Follow-ups view.
fn select_follow_up(app: &mut App, id: &str) {
    app.update(Action::Run(Command::Top));
    for _ in 0..app.followups.rows.len() {
        if let Some((e, i)) = app.followups.selected()
            && app.library[e].meeting().follow_ups[i].id == id
        {
            return;
        }
        app.update(Action::Run(Command::Down));
    }
    panic!("no follow-up {id} in the view");
}

fn notes_of(app: &App, file: &str, id: &str) -> Vec<String> {
    let e = app
        .library
        .entries
        .iter()
        .find(|e| e.doc().path.ends_with(file))
        .unwrap_or_else(|| panic!("{file} not loaded"));
    let f = e.meeting().follow_ups.iter().find(|f| f.id == id).unwrap();
    f.log.iter().map(|l| l.note.clone()).collect()
}

#[test]
fn a_note_started_while_files_load_lands_on_its_meeting() {
    let mut app = App::new(
        "agendas".into(),
        today(),
        Theme::monochrome(),
        Rect::new(0, 0, 120, 40),
    );
    // CASIE 2022 arrives first; every earlier meeting arrives while the
    // note is being typed, each going in before it in the list.
    let (mut casie, mut rest): (Vec<Load>, Vec<Load>) = load_messages()
        .into_iter()
        .partition(|l| loaded_path(l).is_some_and(|p| p.ends_with("2022-10-casie.yaml")));
    assert_eq!(casie.len(), 1, "the CASIE 2022 file loads");
    let finished = rest.pop();
    app.update(Action::Load(casie.remove(0)));
    assert!(!app.loading.finished);

    app.update(Action::Run(Command::Show(View::FollowUps)));
    select_follow_up(&mut app, "action-plan-kg");
    press(&mut app, KeyCode::Char('n'));
    assert!(app.followups.prompt.is_some(), "n opens the note prompt");
    type_text(&mut app, "draft sent ");
    for l in rest {
        app.update(Action::Load(l));
    }
    type_text(&mut app, "to the ministry");
    press(&mut app, KeyCode::Enter);
    if let Some(f) = finished {
        app.update(Action::Load(f));
    }

    assert_eq!(app.library.entries.len(), 5, "every agenda loaded");
    assert_eq!(
        notes_of(&app, "2022-10-casie.yaml", "action-plan-kg").last(),
        Some(&"draft sent to the ministry".to_string()),
        "the note lands on the follow-up it was started on"
    );
    for e in &app.library.entries {
        let stray =
            e.meeting().follow_ups.iter().any(|f| {
                f.log.iter().any(|l| l.note.contains("ministry")) && f.id != "action-plan-kg"
            });
        assert!(!stray, "the note also landed in {}", e.doc().path.display());
    }
    let dushanbe = "2018-10-dushanbe-ict-oer-sdg4.yaml";
    assert!(
        !notes_of(&app, dushanbe, "educators-ict-competence")
            .iter()
            .any(|n| n.contains("ministry"))
    );
}

#[test]
fn editing_works_while_files_load() {
    let mut app = App::new(
        "agendas".into(),
        today(),
        Theme::monochrome(),
        Rect::new(0, 0, 120, 40),
    );
    let mut msgs = load_messages();
    let last = msgs.pop();
    // The last meeting by date first, so the others shift it down the list.
    let at = msgs
        .iter()
        .position(|l| loaded_path(l).is_some_and(|p| p.ends_with("2022-10-casie.yaml")))
        .unwrap();
    let casie = msgs.remove(at);
    app.update(Action::Load(casie));
    app.update(Action::Run(Command::Show(View::Schedule)));
    let sessions = app.library.entries[0].meeting().sessions.len();
    press(&mut app, KeyCode::Char('D'));
    assert_eq!(
        app.library.entries[0].meeting().sessions.len(),
        sessions + 1,
        "duplicating a session works before loading ends: {:?}",
        app.status
    );
    for l in msgs.into_iter().chain(last) {
        app.update(Action::Load(l));
    }
    let casie = app
        .library
        .entries
        .iter()
        .find(|e| e.doc().path.ends_with("2022-10-casie.yaml"))
        .unwrap();
    assert_eq!(casie.meeting().sessions.len(), sessions + 1);
    assert!(casie.editor.is_dirty());
    // `u` undoes it on the same meeting, now elsewhere in the list.
    press(&mut app, KeyCode::Char('u'));
    let casie = app
        .library
        .entries
        .iter()
        .find(|e| e.doc().path.ends_with("2022-10-casie.yaml"))
        .unwrap();
    assert_eq!(casie.meeting().sessions.len(), sessions);
}

#[test]
fn a_roster_search_begun_before_the_first_file_loads_stays_open() {
    let mut app = App::new(
        "agendas".into(),
        today(),
        Theme::monochrome(),
        Rect::new(0, 0, 120, 40),
    );
    app.update(Action::Run(Command::Show(View::Roster)));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "li");
    for l in load_messages() {
        app.update(Action::Load(l));
    }
    assert_eq!(app.roster.input.as_deref(), Some("li"));
    assert_eq!(app.roster.query.as_str(), "li");
}
