//! What a newcomer tester found in the TUI, each driven headless as a
//! person's keys would: someone added to a booth from the session form,
//! a message too long for the footer, the language picker's wide and
//! combining names, the Schedule's cursor across undo and redo, a
//! session that takes the meeting's team re-checked after its time
//! changes, the screens at 80×24, and ids made from names.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, press, select_meeting};
use plenary::domain::Role;
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;

/// A copy of the agenda `file` (under `agendas/`) in a temporary folder,
/// opened at `w`×`h` with its meeting selected.
fn open(file: &str, label: &str, w: u16, h: u16) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(format!("agendas/{file}"), dir.path().join(file)).unwrap();
    let mut app = app_on(dir.path(), w, h);
    select_meeting(&mut app, label);
    (dir, app)
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

/// The screen's text with the frame's quotes and borders gone, so a
/// message wrapped over lines reads as one.
fn words(app: &App) -> String {
    let s = screen(app);
    s.lines()
        .map(|l| l.trim_matches(|c| c == '"' || c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ")
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
fn someone_added_from_a_booth_is_an_interpreter_of_its_languages() {
    let (_d, mut app) = open("2020-vcasie.yaml", "vCASIE", 80, 24);
    app.update(Action::Run(Command::Show(View::Schedule)));
    press(&mut app, "e");
    // Down to the Russian booth's team, then its picker.
    to_field(&mut app, "booth:ru:interpreters");
    press(&mut app, " Aigul Temirova<C-a>");
    // The note is read whole at 80 columns, not cut.
    let said = words(&app);
    assert!(
        said.contains("an interpreter for this booth (A ru, B en)"),
        "{said}"
    );
    assert!(said.contains("u undoes"), "{said}");
    press(&mut app, "<ret>");
    let m = app.library[app.current().unwrap()].meeting();
    let p = m
        .people()
        .iter()
        .find(|p| p.name.primary() == "Aigul Temirova");
    let p = p.expect("added to the roster");
    assert_eq!(p.role, Role::Interpreter);
    let il = p.interpreting.as_deref().expect("the booth's languages");
    assert_eq!(
        (il.a.as_str(), il.b.as_slice()),
        ("ru", &["en".to_string()][..])
    );
    let s = &m.sessions[0];
    assert!(s.interpretation[0].interpreters.contains(&p.id));
    let fit = plenary::staffing::misfits(Some(il), &s.language, &s.interpretation[0]);
    assert!(fit.is_empty(), "{fit:?}");
}

#[test]
fn a_speaker_added_from_the_form_is_still_a_speaker() {
    let (_d, mut app) = open("2020-vcasie.yaml", "vCASIE", 80, 24);
    app.update(Action::Run(Command::Show(View::Schedule)));
    press(&mut app, "e");
    to_field(&mut app, "speakers");
    press(&mut app, " Aigul Temirova<C-a><ret>");
    let m = app.library[app.current().unwrap()].meeting();
    let p = m
        .people()
        .iter()
        .find(|p| p.name.primary() == "Aigul Temirova");
    let p = p.expect("added to the roster");
    assert_eq!(p.role, Role::Speaker);
    assert!(p.interpreting.is_none());
}

#[test]
fn no_interpreters_to_add_is_said_whole_in_the_popup_and_the_footer() {
    let (_d, mut app) = open("2022-10-casie.yaml", "CASIE 2022", 80, 24);
    app.update(Action::Run(Command::Show(View::Interpretation)));
    // A Russian channel for the first session, then its booth's add.
    press(&mut app, "aruss<ret>");
    press(&mut app, "i");
    // Wrapped inside the popup (whose borders sit between the lines).
    let said = screen(&app);
    assert!(said.contains("add one (role:"), "{said}");
    assert!(
        said.contains("interpreter, with `interpreting` languages)"),
        "{said}"
    );
    press(&mut app, "<ret>");
    let said = words(&app);
    assert!(
        said.contains("add one (role: interpreter, with `interpreting` languages)"),
        "{said}"
    );
}

/// The problems the app shows for the current meeting, and a full
/// check's, as messages.
fn shown_and_full(app: &App) -> (Vec<String>, Vec<String>) {
    let e = &app.library[app.current().unwrap()];
    let shown = e.problems.iter().map(|p| p.message.clone()).collect();
    let full = plenary::check::check_meeting(e.meeting(), common::app::today())
        .into_iter()
        .map(|p| p.message)
        .collect();
    (shown, full)
}

#[test]
fn a_session_with_the_inherited_team_is_checked_again_after_its_time_changes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("day.yaml"),
        common::interpreted::day(None, ""),
    )
    .unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Run(Command::Show(View::Schedule)));
    app.select_session(0);
    // A new session after the opening: it takes the opening's booth team.
    press(&mut app, "aPanel<ret>");
    let (shown, full) = shown_and_full(&app);
    assert_eq!(shown, full, "after the add");
    let m = app.library[app.current().unwrap()].meeting();
    let at = m.sessions.iter().position(|s| s.id == "panel").unwrap();
    assert!(!m.sessions[at].interpretation[0].interpreters.is_empty());
    for (start, end) in [("09:30", "10:30"), ("10:00", "11:00"), ("09:00", "12:00")] {
        retime(&mut app, at, start, end);
        let (shown, full) = shown_and_full(&app);
        assert_eq!(shown, full, "after moving it to {start}–{end}");
    }
}

/// Session `at` given a new start and end through its form, saved.
fn retime(app: &mut App, at: usize, start: &str, end: &str) {
    app.select_session(at);
    press(app, "e");
    to_field(app, "start");
    press(app, start);
    to_field(app, "end");
    press(app, &format!("{end}<ret>"));
    assert!(app.edit.form().is_none(), "{:?}", app.status);
}

/// More of the interpreted day's sessions in Hall A, and one on a second day.
const MORE: &str = r#"- id: panel
  title: Panel
  date: 2023-10-04
  start: "10:30"
  end: "11:30"
  room: Hall A
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

#[test]
fn sessions_given_the_meetings_team_are_checked_again_after_their_times_change() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("day.yaml"),
        common::interpreted::day(Some("2023-10-05"), MORE),
    )
    .unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    // The opening's team for every session of the meeting in Hall A.
    press(&mut app, "6");
    press(&mut app, "jT");
    press(&mut app, "m");
    let (shown, full) = shown_and_full(&app);
    assert_eq!(shown, full, "after the team is given");
    let m = app.library[app.current().unwrap()].meeting();
    assert!(
        m.sessions
            .iter()
            .all(|s| s.interpretation[0].interpreters.len() == 2)
    );
    press(&mut app, "2");
    for (id, start, end) in [
        ("panel", "09:30", "10:30"),
        ("closing", "09:00", "16:00"),
        ("day-two", "08:00", "18:00"),
        ("panel", "10:30", "11:30"),
        ("closing", "12:00", "12:30"),
    ] {
        let m = app.library[app.current().unwrap()].meeting();
        let at = m.sessions.iter().position(|s| s.id == id).unwrap();
        retime(&mut app, at, start, end);
        let (shown, full) = shown_and_full(&app);
        assert_eq!(shown, full, "after moving {id} to {start}–{end}");
    }
}

/// The id of the session under the Schedule's cursor.
fn selected_id(app: &App) -> String {
    let m = app.library[app.current().unwrap()].meeting();
    m.sessions[app.selected_session().expect("a session selected")]
        .id
        .clone()
}

#[test]
fn the_schedule_cursor_stays_on_its_session_across_undo_and_redo() {
    let (_d, mut app) = open("2018-10-dushanbe-ict-oer-sdg4.yaml", "Dushanbe", 80, 24);
    app.update(Action::Run(Command::Show(View::Schedule)));
    app.select_session(0);
    // A copy of the opening, just under it; then the cursor to the last.
    press(&mut app, "D");
    let m = app.library[app.current().unwrap()].meeting();
    let last = m.sessions.len() - 1;
    let closing = m.sessions[last].id.clone();
    app.select_session(last);
    assert_eq!(selected_id(&app), closing);
    press(&mut app, "u");
    assert_eq!(
        selected_id(&app),
        closing,
        "after undo removed a session above"
    );
    press(&mut app, "<C-r>");
    assert_eq!(selected_id(&app), closing, "after redo added it again");
    // The cursor on the copy itself: undo takes it away, the cursor goes
    // to the nearest session, not to the top.
    app.select_session(1);
    let row = app.schedule.list.scroll.selected;
    press(&mut app, "u");
    let now = app.schedule.list.scroll.selected;
    assert!(now.abs_diff(row) <= 1, "row {row} then {now}");
    assert_ne!(selected_id(&app), "opening", "not back at the top");
}

/// All five reference agendas, opened at 80×24 where they are (nothing
/// here edits them; the folder's name is in the snapshots).
fn library_80x24() -> App {
    app_on("agendas", 80, 24)
}

#[test]
fn the_meetings_at_80_columns_cut_names_after_a_word() {
    let app = library_80x24();
    let s = screen(&app);
    // Every name cut ends after a whole word, none inside one.
    assert!(s.contains("ICT and OER for…"), "{s}");
    assert!(s.contains("Festival of…"), "{s}");
    assert!(!s.contains("Educ…"), "{s}");
    insta::assert_snapshot!("meetings_80x24", draw(&app).backend());
}

#[test]
fn the_schedule_banner_at_80_columns_keeps_the_zone_whole() {
    let mut app = library_80x24();
    select_meeting(&mut app, "Dushanbe");
    app.update(Action::Run(Command::Open));
    press(&mut app, "ZAsia/Seol<ret>");
    // A near miss: the did-you-mean, read whole on two footer lines.
    let said = words(&app);
    assert!(
        said.contains("Filled in: Enter shows it, Esc keeps the zone shown now"),
        "{said}"
    );
    press(&mut app, "<ret>");
    let s = screen(&app);
    let banner = s.lines().nth(1).unwrap();
    assert!(
        banner.contains("(written in Asia/Dushanbe; Esc)"),
        "{banner}"
    );
    assert!(banner.contains("ICT and…"), "the title gives way: {banner}");
    insta::assert_snapshot!("schedule_other_zone_80x24", draw(&app).backend());
}

#[test]
fn the_language_picker_lays_bengali_and_khmer_out_by_their_widths() {
    let (_d, mut app) = open("2018-10-dushanbe-ict-oer-sdg4.yaml", "Dushanbe", 80, 24);
    app.update(Action::Run(Command::Show(View::Schedule)));
    press(&mut app, "e");
    to_field(&mut app, "interpretation");
    for (q, want) in [("bn", "Bengali (বাংলা)"), ("km", "Khmer (ខ្មែរ)")] {
        press(&mut app, &format!(" {q}"));
        let t = draw(&app);
        let buf = t.backend().buffer();
        let row = (0..buf.area.height)
            .find(|&y| {
                (0..buf.area.width).any(|x| buf[(x, y)].symbol() == ">") && {
                    let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
                    line.contains(&format!("{q}  "))
                }
            })
            .expect("the chosen language's row");
        let line: String = (0..buf.area.width)
            .map(|x| buf[(x, row)].symbol())
            .collect();
        assert!(line.contains(want), "{line}");
        // Cell by cell: no cell holds more than one character that takes
        // a column (a cluster laid out as one cell measured differently
        // from what `fit` counted, and left strays at the row's end).
        for x in 0..buf.area.width {
            let sym = buf[(x, row)].symbol();
            let spacing = sym
                .chars()
                .filter(|c| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0) > 0)
                .count();
            assert!(spacing <= 1, "cell {x} holds {sym:?}: {line}");
        }
        press(&mut app, "<esc>");
    }
}

#[test]
fn the_merge_dialog_at_80_columns_breaks_between_words() {
    let dir = tempfile::tempdir().unwrap();
    let agenda = "\
title: Twins
timezone: Asia/Bishkek
start_date: 2026-12-10
languages: [en, ru]
participants:
- id: onokan
  name: Onokan Umankulova
  country: KG
  role: speaker
  organization: Kyrgyz Academy of Education under the Ministry of Education and Science organization
- id: onokan-ru
  name: Онокан Уманкулова
  email: onokan@example.kg
  languages: [ru]
  organization: Kyrgyz Academy of Education under the Ministry of Education and Science of the Kyrgyz Republic, its research organization
";
    std::fs::write(dir.path().join("twins.yaml"), agenda).unwrap();
    let mut app = app_on(dir.path(), 80, 24);
    press(&mut app, "3gM");
    let s = screen(&app);
    assert!(s.contains("Merge"), "{s}");
    for word in ["Education", "Science", "organization", "Ministry"] {
        for line in s.lines() {
            let inner = line.trim_matches(|c| c == '│' || c == ' ' || c == '"');
            // A word cut at a line's end would leave its head there.
            for k in 2..word.len() {
                assert!(!inner.ends_with(&word[..k]), "{word} cut: {line}");
            }
        }
    }
    insta::assert_snapshot!("merge_80x24", draw(&app).backend());
}
