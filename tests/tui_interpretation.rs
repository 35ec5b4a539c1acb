//! Time zones and interpretation in the TUI, driven headless through
//! actions as a person would press keys: the Schedule shown in another
//! zone, a zone typed wrong, a session crossing midnight; staffing a booth
//! and seeing the team-strength warning come and go; the printed turn plan.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, today};
use plenary::tui::action::{Action, Command, InterpCommand, View};
use plenary::tui::app::App;
use plenary::tui::app::interp::{InterpRow, PopupKind};
use plenary::tui::{Theme, loader};
use ratatui::layout::Rect;

/// A copy of the vCASIE agenda in a temporary folder, so edits and
/// written files stay there.
fn vcasie(w: u16, h: u16) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "agendas/2020-vcasie.yaml",
        dir.path().join("2020-vcasie.yaml"),
    )
    .unwrap();
    let app = app_on(dir.path(), w, h);
    (dir, app)
}

fn run(app: &mut App, cmds: &[Command]) {
    for c in cmds {
        app.update(Action::Run(*c));
    }
}

fn type_text(app: &mut App, s: &str) {
    for ch in s.chars() {
        app.update(Action::Type(ch));
    }
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

#[test]
fn z_shows_utc_and_esc_goes_back() {
    let (_d, mut app) = vcasie(120, 40);
    run(&mut app, &[Command::Open, Command::CycleZone]);
    let s = screen(&app);
    assert!(s.contains("times in UTC (written in Asia/Almaty"), "{s}");
    assert!(s.contains("05:00–06:30   Webinar 1"), "{s}");
    run(&mut app, &[Command::Back]);
    let s = screen(&app);
    assert!(s.contains("times in Asia/Almaty (UTC+06:00)"), "{s}");
    assert!(s.contains("11:00–12:30   Webinar 1"), "{s}");
    assert_eq!(
        app.view,
        View::Schedule,
        "Esc first leaves the zone, not the view"
    );
}

#[test]
fn a_typed_zone_is_checked_and_midnight_is_marked() {
    let (_d, mut app) = vcasie(120, 40);
    run(&mut app, &[Command::Open, Command::TypeZone]);
    type_text(&mut app, "Europe/Pari");
    assert!(screen(&app).contains("did you mean `Europe/Paris`?"));
    run(&mut app, &[Command::Submit]);
    let s = screen(&app);
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("did you mean `Europe/Paris`?"),
        "{:?}",
        app.status
    );
    assert!(app.zone.shown.is_none(), "a bad name changes nothing\n{s}");
    assert!(s.contains("Enter shows Europe/Paris"), "{s}");
    // The prompt stays open with the suggestion filled in: Enter takes it.
    assert_eq!(
        app.zone.input.as_ref().map(|i| i.as_str()),
        Some("Europe/Paris")
    );
    run(&mut app, &[Command::Submit]);
    let s = screen(&app);
    assert!(s.contains("times in Europe/Paris (UTC+02:00, CEST)"), "{s}");
    assert!(s.contains("07:00–08:30   Webinar 1"), "{s}");
    // Webinar 2, 15:00–16:45 in Almaty, is 23:00–00:45 at UTC+14.
    run(&mut app, &[Command::TypeZone]);
    type_text(&mut app, "Pacific/Kiritimati");
    run(&mut app, &[Command::Submit]);
    run(&mut app, &[Command::Down]);
    let s = screen(&app);
    assert!(s.contains("23:00–00:45+1 Webinar 2"), "{s}");
    assert!(s.contains("runs past midnight there"), "{s}");
}

#[test]
fn session_detail_gives_speakers_local_times() {
    let (_d, mut app) = vcasie(120, 60);
    run(&mut app, &[Command::Open]);
    let s = screen(&app);
    assert!(s.contains("Local times"), "{s}");
    assert!(s.contains("Jaewon Cho, speaker: 14:00–15:30 Fri"), "{s}");
}

/// Selects the booth `to` of the session with id `id` in the Interpretation view.
fn select_booth(app: &mut App, id: &str, to: &str) {
    run(app, &[Command::Show(View::Interpretation), Command::Top]);
    let e = app.current().unwrap();
    for _ in 0..app.interp.rows.len() {
        if let Some(InterpRow::Booth(s, c)) = app.interp.selected() {
            let sess = &app.library[e].meeting().sessions[s];
            if sess.id == id && sess.interpretation[c].to == to {
                return;
            }
        }
        run(app, &[Command::Down]);
    }
    panic!("no {to} booth in {id}");
}

fn team_warnings(app: &App) -> Vec<String> {
    app.interp
        .warnings
        .iter()
        .filter(|p| p.message.contains("(rule: team strength)"))
        .map(|p| p.message.clone())
        .collect()
}

#[test]
fn taking_an_interpreter_out_warns_with_the_rule_and_undo_clears_it() {
    let (_d, mut app) = vcasie(120, 40);
    select_booth(&mut app, "webinar-2", "ru");
    assert!(team_warnings(&app).is_empty());
    run(
        &mut app,
        &[Command::Interp(InterpCommand::RemoveInterpreter)],
    );
    let popup = app.interp.popup.as_ref().expect("a choice list");
    assert_eq!(popup.kind, PopupKind::RemoveInterpreter);
    assert_eq!(popup.shown.len(), 2);
    run(&mut app, &[Command::Down, Command::Submit]);
    assert!(app.interp.popup.is_none());
    let w = team_warnings(&app);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("webinar-2"), "{w:?}");
    assert!(w[0].contains("has 1 interpreter for 105 minutes"), "{w:?}");
    let s = screen(&app);
    assert!(s.contains("1/2 2w !"), "{s}");
    assert!(s.contains("rule: team strength"), "{s}");
    // The same warning the checks give everywhere else.
    let e = app.current().unwrap();
    assert!(
        app.library[e]
            .problems
            .iter()
            .any(|p| p.message.contains("(rule: team strength)"))
    );
    assert!(app.library[e].editor.is_dirty());
    undo(&mut app);
    assert!(team_warnings(&app).is_empty());
    assert!(!screen(&app).contains("rule: team strength"));
    // The selection stays on the booth.
    assert!(matches!(app.interp.selected(), Some(InterpRow::Booth(..))));
}

fn undo(app: &mut App) {
    app.update(Action::Run(Command::Undo));
}

#[test]
fn staffing_a_new_channel_ranks_interpreters_by_fit() {
    let (_d, mut app) = vcasie(120, 40);
    select_booth(&mut app, "webinar-1", "ru");
    run(&mut app, &[Command::Interp(InterpCommand::AddLanguage)]);
    type_text(&mut app, "kazakh");
    run(&mut app, &[Command::Submit]);
    let e = app.current().unwrap();
    match app.interp.selected() {
        Some(InterpRow::Booth(s, c)) => {
            assert_eq!(
                app.library[e].meeting().sessions[s].interpretation[c].to,
                "kk"
            )
        }
        other => panic!("the new booth should be selected, not {other:?}"),
    }
    run(&mut app, &[Command::Interp(InterpCommand::AddInterpreter)]);
    let p = app.interp.popup.as_ref().unwrap();
    assert!(p.all.iter().all(|c| {
        c.why
            .iter()
            .any(|w| w.contains("does not work into Kazakh"))
    }));
    run(&mut app, &[Command::Submit]);
    let rules: Vec<&str> = app
        .interp
        .warnings
        .iter()
        .map(|p| p.message.as_str())
        .collect();
    assert!(rules.iter().any(|m| m.contains("does not work into Kazakh") && m.contains("(rule: language pair)")), "{rules:?}");
    assert!(
        rules.iter().any(|m| m.contains("(rule: team strength)")),
        "{rules:?}"
    );
    // Two-way, relay, and taking the channel away again: each one undoable step.
    run(
        &mut app,
        &[
            Command::Interp(InterpCommand::ToggleTwoWay),
            Command::Interp(InterpCommand::SetRelay),
            Command::Down,
            Command::Submit,
        ],
    );
    let m = app.library[e].meeting();
    let kk = m.sessions[0]
        .interpretation
        .iter()
        .find(|c| c.to == "kk")
        .unwrap();
    assert!(kk.retour);
    assert_eq!(kk.relay.as_deref(), Some("ru"));
    run(&mut app, &[Command::Interp(InterpCommand::RemoveLanguage)]);
    assert!(
        app.library[e].meeting().sessions[0]
            .interpretation
            .iter()
            .all(|c| c.to != "kk")
    );
    for _ in 0..5 {
        undo(&mut app);
    }
    assert_eq!(app.library[e].meeting().sessions[0].interpretation.len(), 1);
    assert!(!app.library[e].editor.is_dirty());
}

#[test]
fn p_writes_the_turn_plan_as_the_cli_prints_it() {
    let (d, mut app) = vcasie(120, 40);
    select_booth(&mut app, "webinar-2", "ru");
    run(&mut app, &[Command::Interp(InterpCommand::WriteTurns)]);
    let path = d.path().join("2020-vcasie-webinar-2-turns.txt");
    let text = std::fs::read_to_string(&path).expect("the turn plan file");
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("2020-vcasie-webinar-2-turns.txt"),
        "{:?}",
        app.status
    );
    assert!(
        text.contains("Turn plan: webinar-2, Russian booth (ru)"),
        "{text}"
    );
    assert!(text.contains("15:00-15:30  Interpreter EN/RU 1"), "{text}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(["interpretation", "--session", "webinar-2"])
        .arg(d.path().join("2020-vcasie.yaml"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), text);
}

const BUSY: &str = r#"title: Interpreters already booked
format: online
timezone: Asia/Almaty
start_date: 2020-09-25
languages: [en, ru]
participants:
  - id: ivanova-anna
    name: Ivanova Anna
    role: interpreter
    interpreting: {a: ru, b: [en]}
  - id: petrov-ilya
    name: Petrov Ilya
    role: interpreter
    interpreting: {a: ru, b: [en]}
  - id: orlova-vera
    name: Orlova Vera
    role: interpreter
    interpreting: {a: ru, b: [en]}
  - id: kim-lena
    name: Kim Lena
    role: interpreter
    interpreting: {a: ru, c: [en]}
sessions:
  - id: plenary
    title: Plenary
    date: 2020-09-25
    start: "11:00"
    end: "12:30"
    language: en
    interpretation:
      - {to: ru, interpreters: [ivanova-anna, petrov-ilya]}
  - id: side-event
    title: Side event
    date: 2020-09-25
    start: "12:00"
    end: "13:30"
    language: en
    interpretation:
      - {to: ru, interpreters: [orlova-vera]}
"#;

#[test]
fn the_choice_list_puts_free_interpreters_first_and_says_who_is_busy() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("busy.yaml"), BUSY).unwrap();
    let mut app = App::new(
        dir.path().into(),
        today(),
        Theme::monochrome(),
        Rect::new(0, 0, 120, 40),
    );
    loader::load_into(&mut app);
    select_booth(&mut app, "side-event", "ru");
    run(&mut app, &[Command::Interp(InterpCommand::AddInterpreter)]);
    let p = app.interp.popup.as_ref().unwrap();
    let order: Vec<&str> = p.all.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(order, ["kim-lena", "ivanova-anna", "petrov-ilya"]);
    assert!(p.all[0].why.is_empty());
    assert!(
        p.all[1]
            .why
            .iter()
            .any(|w| w.contains("booked in `plenary` at the same time")),
        "{:?}",
        p.all[1].why
    );
    // Filtering by typing.
    type_text(&mut app, "petrov");
    let p = app.interp.popup.as_ref().unwrap();
    assert_eq!(p.current().map(|c| c.value.as_str()), Some("petrov-ilya"));
    run(&mut app, &[Command::Cancel]);
    assert!(app.interp.popup.is_none());
}

#[test]
fn enter_on_a_booth_problem_goes_to_the_booth() {
    let (_d, mut app) = vcasie(120, 40);
    select_booth(&mut app, "webinar-3", "ru");
    run(
        &mut app,
        &[
            Command::Interp(InterpCommand::RemoveInterpreter),
            Command::Submit,
            Command::Show(View::Problems),
            Command::Top,
        ],
    );
    let e = app.current().unwrap();
    // Find the team-strength problem's row and press Enter on it.
    let row = app
        .problems
        .rows
        .iter()
        .position(|r| match r {
            plenary::tui::app::ProblemRef::Entry(x, n) => app.library[*x].problems[*n]
                .message
                .contains("(rule: team strength)"),
            _ => false,
        })
        .expect("the warning is listed in Problems");
    for _ in 0..row {
        run(&mut app, &[Command::Down]);
    }
    run(&mut app, &[Command::Open]);
    assert_eq!(app.view, View::Interpretation);
    let Some(InterpRow::Booth(s, c)) = app.interp.selected() else {
        panic!("a booth should be selected");
    };
    let sess = &app.library[e].meeting().sessions[s];
    assert_eq!(
        (sess.id.as_str(), sess.interpretation[c].to.as_str()),
        ("webinar-3", "ru")
    );
}

#[test]
fn a_staffing_edit_saves_with_ctrl_s_and_reloads_the_same() {
    let (d, mut app) = vcasie(120, 40);
    select_booth(&mut app, "webinar-2", "ru");
    run(
        &mut app,
        &[Command::Interp(InterpCommand::ToggleTwoWay), Command::Save],
    );
    let e = app.current().unwrap();
    assert!(!app.library[e].editor.is_dirty(), "{:?}", app.status);
    let doc = plenary::load::load(&d.path().join("2020-vcasie.yaml")).unwrap();
    let s = doc.meeting.session("webinar-2").unwrap();
    assert!(!s.interpretation[0].retour, "saved one-way");
    assert_eq!(s.interpretation[0].interpreters.len(), 2);
}

#[test]
fn i_on_a_session_with_one_booth_staffs_that_booth() {
    let (_d, mut app) = vcasie(120, 40);
    run(
        &mut app,
        &[Command::Show(View::Interpretation), Command::Top],
    );
    let e = app.current().unwrap();
    for _ in 0..app.interp.rows.len() {
        if let Some(InterpRow::Session(s)) = app.interp.selected()
            && app.library[e].meeting().sessions[s].interpretation.len() == 1
        {
            run(&mut app, &[Command::Interp(InterpCommand::AddInterpreter)]);
            assert!(
                app.interp.popup.is_some(),
                "no choice list on a one-booth session row"
            );
            return;
        }
        run(&mut app, &[Command::Down]);
    }
    panic!("no session row with one booth in vCASIE");
}
