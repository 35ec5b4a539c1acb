//! Help that starts where you are: `?` opens at the section of the view
//! (the day grid's over the Schedule's), F1 opens it over a dialog at the
//! dialog's keys, and `/` searches it, typed into the one text input.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, select_meeting};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;
use plenary::tui::event;

fn key(app: &mut App, code: KeyCode) {
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(a) = event::to_action(ev, &app.context()) {
        app.update(a);
    }
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn screen(app: &App) -> Vec<String> {
    let t = draw(app);
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            line.trim_end().to_string()
        })
        .collect()
}

/// The help box's first line inside its border.
fn first_section(app: &App) -> String {
    let s = screen(app);
    let at = s
        .iter()
        .position(|l| l.contains("┌ Keys") || l.contains("┌ Search") || l.contains("┌ Keys with"))
        .unwrap_or_else(|| panic!("no help on screen\n{}", s.join("\n")));
    s[at + 1].clone()
}

fn schedule_app() -> App {
    let mut app = app_on("tests/symposium", 100, 30);
    select_meeting(&mut app, "CASIE");
    app.update(Action::Run(Command::Show(View::Schedule)));
    app
}

#[test]
fn question_mark_opens_at_the_current_view_then_the_rest() {
    let mut app = schedule_app();
    press(&mut app, "?");
    assert!(
        first_section(&app).contains("│Schedule"),
        "{}",
        first_section(&app)
    );
    press(&mut app, "?");
    assert!(app.help.is_none(), "? closes it");
    press(&mut app, "v?");
    assert!(
        first_section(&app).contains("The Schedule as a day grid"),
        "{}",
        first_section(&app)
    );
    // The rest is below: the Schedule's own keys, and everywhere's.
    let order = &app.help.as_ref().unwrap().order;
    let titles: Vec<&str> = order.iter().map(|s| s.english_title()).collect();
    assert_eq!(&titles[..2], ["The Schedule as a day grid (v)", "Schedule"]);
    assert!(titles.contains(&"Everywhere"));
    assert!(titles.contains(&"Roster"), "every section is still there");
    key(&mut app, KeyCode::Esc);
    app.update(Action::Run(Command::Show(View::Roster)));
    press(&mut app, "?");
    assert!(
        first_section(&app).contains("│Roster"),
        "{}",
        first_section(&app)
    );
}

#[test]
fn f1_over_a_form_opens_at_the_forms_keys() {
    let mut app = schedule_app();
    press(&mut app, "a");
    assert!(app.edit.form().is_some(), "the session form is open");
    key(&mut app, KeyCode::F(1));
    assert!(
        first_section(&app).contains("In a form"),
        "{}",
        first_section(&app)
    );
    key(&mut app, KeyCode::Esc);
    assert!(app.help.is_none());
    assert!(app.edit.form().is_some(), "the form is still there");
}

#[test]
fn slash_searches_the_help() {
    let mut app = schedule_app();
    press(&mut app, "?/alongside");
    let text = screen(&app).join("\n");
    assert!(text.contains("Search the keys: alongside"), "{text}");
    assert!(text.contains("mark it as running alongside"), "{text}");
    assert!(!text.contains("cursor to the room on the left"), "{text}");
    // Enter keeps the search; letters are keys again (j scrolls).
    key(&mut app, KeyCode::Enter);
    let text = screen(&app).join("\n");
    assert!(text.contains("Keys with \"alongside\""), "{text}");
    // Nothing found says so.
    press(&mut app, "/");
    key(&mut app, KeyCode::Backspace);
    press(&mut app, "zzzz");
    let text = screen(&app).join("\n");
    assert!(text.contains("No key's description has"), "{text}");
    // Esc drops the search, then closes the help.
    key(&mut app, KeyCode::Esc);
    assert!(app.help.as_ref().unwrap().query.is_empty());
    key(&mut app, KeyCode::Esc);
    assert!(app.help.is_none());
}

/// The help box's lines inside its border, the whole help on one tall
/// screen `w` wide (the box is `w - 4` wide, at most 96, centred).
fn help_box(lang: plenary::i18n::Lang, w: u16) -> Vec<String> {
    plenary::i18n::with_lang(lang, || {
        let mut app = app_on("tests/symposium", w, 400);
        press(&mut app, "?");
        let t = draw(&app);
        let buf = t.backend().buffer();
        let bw = w.saturating_sub(4).min(96);
        let x0 = (w - bw) / 2 + 1;
        (2..buf.area.height - 2)
            .map(|y| {
                let line: String = (x0..x0 + bw - 2).map(|x| buf[(x, y)].symbol()).collect();
                line.trim_end().to_string()
            })
            .collect()
    })
}

#[test]
fn a_long_description_goes_on_under_its_own_column() {
    use plenary::i18n::Lang;
    for lang in [Lang::En, Lang::Ru] {
        for w in [80, 100, 130] {
            let mut lines = help_box(lang, w);
            // The closing note on searching is a paragraph of its own.
            while lines.last().is_some_and(|l| l.is_empty()) {
                lines.pop();
            }
            let note = lines.iter().rposition(|l| l.is_empty()).unwrap();
            lines.truncate(note);
            let mut wrapped = 0;
            for (n, l) in lines.iter().enumerate() {
                let lead = l.chars().take_while(|c| *c == ' ').count();
                let after_blank = n == 0 || lines[n - 1].is_empty();
                // A heading follows a blank line; anything else at column 0
                // is a description that restarted there.
                assert!(
                    l.is_empty() || lead > 0 || after_blank,
                    "{lang:?} {w}: line {n} starts at column 0: {l:?}\n{}",
                    lines.join("\n")
                );
                // Keys wider than their column are followed by a blank.
                assert!(
                    !l.contains("Alt-Backspaceу") && !l.contains("Alt-Backspaced"),
                    "{lang:?} {w}: keys run into their words: {l:?}"
                );
                if lead >= 18 {
                    wrapped += 1;
                }
            }
            if w == 80 {
                assert!(wrapped > 0, "{lang:?}: nothing wrapped at 80 columns");
            }
        }
    }
}
