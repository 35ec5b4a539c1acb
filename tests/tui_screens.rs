//! Whole screens of every view on the reference agendas, drawn into a
//! `TestBackend` at 80x24 and 120x40 with a fixed "today", compared with
//! insta snapshots; and widget-level checks on the drawn `Buffer` (styles,
//! markers, NO_COLOR, untrusted text).

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, app_with, draw, select_meeting, today};
use plenary::tui::Theme;
use plenary::tui::action::{Action, Command, InterpCommand, View};
use plenary::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

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

/// Every screen worth a snapshot, as (name, how to get there).
type Scenario = (&'static str, Box<dyn Fn(&mut App)>);

fn scenarios() -> Vec<Scenario> {
    vec![
        ("meetings", Box::new(|_a: &mut App| {})),
        (
            "schedule_vcasie",
            Box::new(|a: &mut App| {
                select_meeting(a, "vCASIE");
                run(a, &[Command::Open]);
            }),
        ),
        (
            "schedule_casie_second_day",
            Box::new(|a: &mut App| {
                select_meeting(a, "CASIE 2022");
                run(a, &[Command::Open, Command::Down]);
            }),
        ),
        (
            "roster_vcasie",
            Box::new(|a: &mut App| {
                select_meeting(a, "vCASIE");
                run(a, &[Command::Show(View::Roster)]);
            }),
        ),
        (
            "roster_search",
            Box::new(|a: &mut App| {
                select_meeting(a, "vCASIE");
                run(a, &[Command::Show(View::Roster), Command::Search]);
                type_text(a, "keris jang");
            }),
        ),
        (
            "roster_filtered",
            Box::new(|a: &mut App| {
                select_meeting(a, "vCASIE");
                // The most common country, ticked in the list, then sorted.
                run(
                    a,
                    &[
                        Command::Show(View::Roster),
                        Command::FilterCountry,
                        Command::Down,
                    ],
                );
                type_text(a, " ");
                run(a, &[Command::Submit, Command::SortNext]);
            }),
        ),
        (
            "followups_all",
            Box::new(|a: &mut App| {
                run(
                    a,
                    &[Command::Show(View::FollowUps), Command::ToggleAllMeetings],
                );
            }),
        ),
        (
            "followups_casie",
            Box::new(|a: &mut App| {
                select_meeting(a, "CASIE 2022");
                run(a, &[Command::Show(View::FollowUps)]);
            }),
        ),
        (
            "problems",
            Box::new(|a: &mut App| run(a, &[Command::Show(View::Problems)])),
        ),
        ("help", Box::new(|a: &mut App| run(a, &[Command::Help]))),
        (
            "schedule_vcasie_utc",
            Box::new(|a: &mut App| {
                select_meeting(a, "vCASIE");
                run(a, &[Command::Open, Command::CycleZone]);
            }),
        ),
        (
            "interpretation_vcasie",
            Box::new(|a: &mut App| {
                select_meeting(a, "vCASIE");
                run(a, &[Command::Show(View::Interpretation), Command::Down]);
            }),
        ),
        (
            "interpretation_add_interpreter",
            Box::new(|a: &mut App| {
                select_meeting(a, "vCASIE");
                run(
                    a,
                    &[
                        Command::Show(View::Interpretation),
                        Command::Down,
                        Command::Interp(InterpCommand::AddLanguage),
                    ],
                );
                type_text(a, "kaz");
                run(
                    a,
                    &[
                        Command::Submit,
                        Command::Interp(InterpCommand::AddInterpreter),
                    ],
                );
            }),
        ),
        (
            "russian",
            Box::new(|a: &mut App| {
                select_meeting(a, "vCASIE");
                run(a, &[Command::NextLanguage, Command::Open]);
            }),
        ),
    ]
}

#[test]
fn every_view_at_80x24_and_120x40() {
    for (w, h) in [(80, 24), (120, 40)] {
        for (name, go) in scenarios() {
            let mut app = app_on("agendas", w, h);
            go(&mut app);
            let t = draw(&app);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
        }
    }
}

#[test]
fn too_small_says_so_and_recovers() {
    let mut app = app_on("agendas", 40, 10);
    insta::assert_snapshot!("too_small", draw(&app).backend());
    app.update(Action::Resize(80, 24));
    let text = draw(&app).backend().to_string();
    assert!(text.contains("Meetings") && !text.contains("too small"));
}

#[test]
fn missing_and_empty_folders_get_a_friendly_screen() {
    let app = app_on("no-such-folder", 80, 24);
    insta::assert_snapshot!("missing_folder", draw(&app).backend());
    let dir = tempfile::tempdir().unwrap();
    let app = app_on(dir.path().to_str().unwrap(), 80, 24);
    let text = draw(&app).backend().to_string();
    assert!(text.contains("No meeting files in"), "{text}");
}

#[test]
fn resizing_keeps_the_selection() {
    let mut app = app_on("agendas", 120, 40);
    select_meeting(&mut app, "vCASIE");
    run(&mut app, &[Command::Show(View::Roster), Command::Bottom]);
    let before = app.roster.selected();
    app.update(Action::Resize(60, 14));
    app.update(Action::Resize(200, 60));
    assert_eq!(app.roster.selected(), before);
    assert_eq!(
        app.current()
            .map(|e| app.library[e].meeting().label().to_string())
            .as_deref(),
        Some("vCASIE 2020")
    );
}

fn cells(buf: &Buffer) -> impl Iterator<Item = &ratatui::buffer::Cell> {
    buf.content.iter()
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn selection_and_matches_show_without_colour() {
    let mut app = app_on("agendas", 100, 30);
    select_meeting(&mut app, "vCASIE");
    run(&mut app, &[Command::Show(View::Roster), Command::Search]);
    type_text(&mut app, "kelbert");
    let t = draw(&app);
    let buf = t.backend().buffer();
    assert!(
        cells(buf).all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "monochrome uses no colour"
    );
    // The selected row carries a marker and is reversed.
    let y = (0..buf.area.height)
        .find(|&y| row_text(buf, y).contains("> "))
        .expect("a selected row");
    assert!(row_text(buf, y).contains("Thekla Kelbert"));
    assert!(buf[(3, y)].modifier.contains(Modifier::REVERSED));
    // The matched letters are underlined; the others are not.
    let line: Vec<&ratatui::buffer::Cell> = (0..buf.area.width).map(|x| &buf[(x, y)]).collect();
    let start = row_text(buf, y)
        .find("Kelbert")
        .map(|b| row_text(buf, y)[..b].chars().count())
        .unwrap();
    for (i, c) in line[start..start + 7].iter().enumerate() {
        assert!(
            c.modifier.contains(Modifier::UNDERLINED),
            "char {i} of Kelbert is highlighted"
        );
    }
    assert!(
        !line[start - 2].modifier.contains(Modifier::UNDERLINED),
        "the a of Thekla is not"
    );
}

#[test]
fn colour_theme_colours_and_markers_stay() {
    let mut app = app_with("agendas", today(), Theme { color: true }, 120, 40);
    select_meeting(&mut app, "CASIE 2022");
    run(&mut app, &[Command::Show(View::FollowUps)]);
    let t = draw(&app);
    let text = t.backend().to_string();
    assert!(
        text.contains("!!"),
        "overdue carries a marker, not only a colour:\n{text}"
    );
    assert!(cells(t.backend().buffer()).any(|c| c.fg == Color::Red));
}

const MIXED: &str = r#"title:
  en: Expert meeting
  ru: Совещание экспертов
timezone: Asia/Almaty
start_date: 2020-12-23
languages: [en, ru]
participants:
  - id: kussidenova-lat
    name: Gulnara Kussidenova
    country: KZ
  - id: kussidenova-cyr
    name: Гульнара Кусиденова
    country: KZ
  - id: umankulova
    name: Онокан Уманкулова
    country: KG
  - id: fan-li
    name: Fan Li
    organization: UNESCO-ICHEI
sessions:
  - id: opening
    title:
      en: Opening
      ru: Открытие
    date: 2020-12-23
    start: "10:00"
    end: "11:00"
    items:
      - title: Welcome
        speakers: [fan-li, somebody-else]
"#;

fn mixed_app(w: u16, h: u16) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mixed.yaml"), MIXED).unwrap();
    let app = app_on(dir.path().to_str().unwrap(), w, h);
    (dir, app)
}

#[test]
fn search_crosses_scripts_and_highlights_the_original_letters() {
    let (_d, mut app) = mixed_app(100, 30);
    run(&mut app, &[Command::Show(View::Roster), Command::Search]);
    type_text(&mut app, "umankulova");
    assert_eq!(app.roster.rows.len(), 1);
    let t = draw(&app);
    let buf = t.backend().buffer();
    let y = (0..buf.area.height)
        .find(|&y| row_text(buf, y).contains("Уманкулова"))
        .expect("the row");
    let text = row_text(buf, y);
    let start = text[..text.find("Уманкулова").unwrap()].chars().count() as u16;
    assert!((start..start + 10).all(|x| buf[(x, y)].modifier.contains(Modifier::UNDERLINED)));
    // Words in any order.
    run(
        &mut app,
        &[Command::Input(plenary::tui::input::InputOp::Clear)],
    );
    type_text(&mut app, "li fan");
    assert_eq!(app.roster.rows.len(), 1);
    assert_eq!(app.roster.selected(), Some(3));
}

#[test]
fn likely_duplicates_are_flagged() {
    let (_d, mut app) = mixed_app(100, 30);
    run(&mut app, &[Command::Show(View::Roster)]);
    let text = draw(&app).backend().to_string();
    let flagged: Vec<&str> = text.lines().filter(|l| l.contains("= ")).collect();
    assert_eq!(flagged.len(), 2, "{text}");
    assert!(flagged.iter().any(|l| l.contains("Gulnara Kussidenova")));
    assert!(flagged.iter().any(|l| l.contains("Гульнара Кусиденова")));
    // Sorted by their Latin spelling, the twins in two scripts sit side by
    // side (Cyrillic names no longer all sort after the Latin ones).
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("\"│")).collect();
    let at = |name: &str| rows.iter().position(|l| l.contains(name)).unwrap();
    assert_eq!(
        at("Gulnara Kussidenova"),
        at("Гульнара Кусиденова") + 1,
        "{text}"
    );
    assert!(
        at("Онокан Уманкулова") > at("Gulnara Kussidenova"),
        "{text}"
    );
    run(&mut app, &[Command::Down]);
    let text = draw(&app).backend().to_string();
    assert!(
        text.contains("may be the same person as Gulnara Kussidenova"),
        "{text}"
    );
}

#[test]
fn the_language_key_switches_multilingual_text() {
    let (_d, mut app) = mixed_app(100, 30);
    run(&mut app, &[Command::Open]);
    assert!(draw(&app).backend().to_string().contains("Opening"));
    run(&mut app, &[Command::NextLanguage]);
    let text = draw(&app).backend().to_string();
    assert!(text.contains("Открытие") && text.contains("· RU"), "{text}");
}

#[test]
fn enter_on_a_problem_goes_to_its_item() {
    let (_d, mut app) = mixed_app(100, 30);
    run(&mut app, &[Command::Show(View::Problems)]);
    let at = app
        .problems
        .rows
        .iter()
        .position(|r| matches!(r, plenary::tui::app::ProblemRef::Entry(e, n) if app.library[*e].problems[*n].message.contains("somebody-else")))
        .expect("the unknown speaker is a problem");
    for _ in 0..at {
        run(&mut app, &[Command::Down]);
    }
    run(&mut app, &[Command::Open]);
    assert_eq!(app.view, View::Schedule);
    assert_eq!(app.selected_session(), Some(0));
    assert!(
        draw(&app)
            .backend()
            .to_string()
            .contains("is not on the roster")
    );
}

#[test]
fn a_click_selects_a_row_and_the_tab_bar_switches_views() {
    let mut app = app_on("agendas", 100, 30);
    let rows = app.layout(View::Meetings).list.rows;
    app.update(Action::Mouse(plenary::tui::action::Mouse::Click {
        column: rows.x + 4,
        row: rows.y + 2,
    }));
    assert_eq!(app.meetings.scroll.selected, 2);
    app.update(Action::Mouse(plenary::tui::action::Mouse::ScrollDown {
        column: rows.x + 4,
        row: rows.y,
    }));
    assert_eq!(app.meetings.scroll.selected, 4);
    let tab = plenary::tui::layout::tabs_for(Rect::new(0, 0, 100, 1), Some(app.view))[2].1;
    app.update(Action::Mouse(plenary::tui::action::Mouse::Click {
        column: tab.x + 1,
        row: 0,
    }));
    assert_eq!(app.view, View::Roster);
}

#[test]
fn help_lists_every_binding() {
    // Tall enough for the whole help at once (it grows with each dialog).
    let mut app = app_on("agendas", 120, 380);
    run(&mut app, &[Command::Help]);
    let text = draw(&app).backend().to_string();
    for b in plenary::tui::keymap::BINDINGS {
        assert!(text.contains(b.help), "help misses {:?}", b.help);
    }
}

#[test]
fn a_search_that_finds_nobody_here_names_the_meetings_where_someone_is() {
    let mut app = app_on("agendas", 120, 30);
    select_meeting(&mut app, "Weidong");
    run(&mut app, &[Command::Show(View::Roster), Command::Search]);
    type_text(&mut app, "li fan");
    assert!(app.roster.rows.is_empty());
    assert_eq!(
        app.roster.elsewhere.first().map(String::as_str),
        Some("CASIE 2022: Li Fan")
    );
    let t = draw(&app);
    let buf = t.backend().buffer();
    assert!(
        (0..buf.area.height)
            .any(|y| row_text(buf, y).contains("in other meetings: CASIE 2022: Li Fan"))
    );
    // A match here clears the hint.
    run(
        &mut app,
        &[Command::Input(plenary::tui::input::InputOp::Clear)],
    );
    type_text(&mut app, "saytov");
    assert_eq!(app.roster.rows.len(), 1);
    assert!(app.roster.elsewhere.is_empty());
}

#[test]
fn while_files_load_the_screen_says_which_and_shows_a_gauge() {
    // Not loaded: the state is set as the loader leaves it mid-way.
    let mut app = App::new(
        "agendas".into(),
        today(),
        Theme::monochrome(),
        Rect::new(0, 0, 80, 24),
    );
    app.loading.total = Some(12);
    app.loading.done = 3;
    app.loading.current = Some("agendas/casie-2022.yaml".into());
    insta::assert_snapshot!("loading_files", draw(&app).backend());
}
