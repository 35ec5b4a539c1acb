//! A meeting is named in its display language everywhere it is named: the
//! Meetings list, the title bar, the follow-ups' meeting column and detail,
//! the roster across meetings — the language `L` chose when the meeting has
//! it, else the interface's, else the meeting's first.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, press};
use plenary::i18n::{Lang, with_lang};
use plenary::tui::app::App;

/// One meeting titled in English and Russian, one in English only.
const ROOT: &str = "tests/fixtures/ru_titles";
const EN: &str = "Regional forum on digital schools";
const RU: &str = "Региональный форум о цифровых школах";

fn screen(app: &App) -> String {
    format!("{}", draw(app).backend())
}

#[test]
fn the_meetings_list_names_a_meeting_in_the_interface_language() {
    with_lang(Lang::Ru, || {
        let app = app_on(ROOT, 120, 30);
        let s = screen(&app);
        // The row, not only the detail pane's title: the row sits in the list.
        let row = s.lines().find(|l| l.contains("│> ")).unwrap();
        assert!(row.contains("Региональный форум"), "{s}");
        assert!(!s.contains(EN), "{s}");
    });
    let s = with_lang(Lang::En, || screen(&app_on(ROOT, 120, 30)));
    assert!(s.contains(EN) && !s.contains(RU), "{s}");
}

#[test]
fn l_renames_the_meeting_in_the_list_and_the_follow_ups() {
    with_lang(Lang::Ru, || {
        let mut app = app_on(ROOT, 140, 30);
        press(&mut app, "L");
        let s = screen(&app);
        let row = s.lines().find(|l| l.contains("│> ")).unwrap();
        assert!(row.contains("Regional forum"), "{s}");
        // Every meeting's follow-ups, with the meeting column.
        press(&mut app, "4");
        if !screen(&app).contains("English-only") {
            press(&mut app, "a");
        }
        let s = screen(&app);
        let row = s.lines().find(|l| l.contains("Send the report")).unwrap();
        assert!(row.contains("Regional"), "{s}");
        press(&mut app, "L");
        let s = screen(&app);
        let row = s.lines().find(|l| l.contains("Отправить отчёт")).unwrap();
        assert!(row.contains("Региональный"), "{s}");
        assert!(!s.contains("Regional"), "{s}");
    });
}
