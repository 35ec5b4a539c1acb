//! The Roster's filters chosen from a list (`c`, `r`, `t`), driven through
//! the keymap into `App::update`: each value with its count of people,
//! most first; Space ticks several; Enter shows people with any ticked
//! value; facets combine; Esc changes nothing; "all" unticks every value.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;

use common::app::{app_on, draw};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::tui::app::App;
use plenary::tui::event;

const MEETING: &str = "\
title: CASIE 2021
timezone: Asia/Bishkek
start_date: 2021-10-05
languages: [en]
participants:
- {id: a, name: Aida Bekova, country: KZ, role: speaker, organization: KazNU}
- {id: b, name: Bolat Ospan, country: KZ, organization: KazNU}
- {id: c, name: Chynara Asan, country: KG, role: speaker}
- {id: d, name: Dana Ermek, country: KZ, role: chair}
- {id: e, name: Erlan Tokon, country: KG}
- {id: f, name: Fan Li, country: CN, role: speaker, organization: BNU}
";

fn key(app: &mut App, code: KeyCode) {
    if let Some(a) = event::to_action(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        &app.context(),
    ) {
        app.update(a);
    }
}

fn chars(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn screen(app: &App) -> String {
    let t = draw(app);
    let b = t.backend().buffer();
    let w = usize::from(b.area.width);
    b.content
        .chunks(w)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>() + "\n")
        .collect()
}

fn app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("2021-casie.yaml"), MEETING).unwrap();
    let mut app = app_on(dir.path(), 120, 36);
    chars(&mut app, "3");
    assert_eq!(app.roster.rows.len(), 6);
    (dir, app)
}

/// The shown people's ids, in order.
fn shown(app: &App) -> Vec<String> {
    let e = app.roster.entry.unwrap();
    let people = app.library[e].meeting().people();
    app.roster
        .rows
        .iter()
        .map(|&i| people[i as usize].id.clone())
        .collect()
}

#[test]
fn countries_are_listed_with_counts_most_first() {
    let (_dir, mut app) = app();
    chars(&mut app, "c");
    let c = app.roster_choice.as_ref().expect("c opens the list");
    assert_eq!(
        c.all,
        vec![("KZ".into(), 3), ("KG".into(), 2), ("CN".into(), 1)]
    );
    let s = screen(&app);
    assert!(s.contains("Show people by country"), "{s}");
    assert!(s.contains("[x] all"), "{s}");
    assert!(s.contains("[ ] KZ 3"), "{s}");
    assert!(s.contains("[ ] CN 1"), "{s}");
    assert!(s.contains("Space tick  Enter show  Esc cancel"), "{s}");
}

#[test]
fn several_values_of_one_facet_show_people_with_any() {
    let (_dir, mut app) = app();
    // KZ (first value), then CN (third): Space ticks each.
    chars(&mut app, "c");
    key(&mut app, KeyCode::Down);
    chars(&mut app, " ");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    chars(&mut app, " ");
    assert!(screen(&app).contains("[x] KZ 3"));
    key(&mut app, KeyCode::Enter);
    assert!(app.roster_choice.is_none());
    assert_eq!(shown(&app), ["a", "b", "d", "f"]);
    let s = screen(&app);
    assert!(s.contains("country: KZ, CN · role: all"), "{s}");

    // Facets combine: speakers among them. The role counts are over the
    // people the country filter lets through.
    chars(&mut app, "r");
    let c = app.roster_choice.as_ref().unwrap();
    assert_eq!(c.all[0], ("speaker".into(), 2));
    // Typing narrows the list and lands on the best match.
    chars(&mut app, "spea ");
    key(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), ["a", "f"]);
    assert!(screen(&app).contains("country: KZ, CN · role: speaker"));

    // Reopening shows what is ticked, counted among speakers (one each:
    // then by name); "all" unticks every value.
    chars(&mut app, "c");
    let c = app.roster_choice.as_ref().unwrap();
    assert_eq!(c.all[0], ("CN".into(), 1));
    assert_eq!(c.values(), ["CN", "KZ"]);
    chars(&mut app, " ");
    key(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), ["a", "c", "f"], "every speaker");
    assert!(screen(&app).contains("country: all · role: speaker"));
}

#[test]
fn esc_closes_the_list_changing_nothing() {
    let (_dir, mut app) = app();
    chars(&mut app, "t");
    key(&mut app, KeyCode::Down);
    chars(&mut app, " ");
    key(&mut app, KeyCode::Esc);
    assert!(app.roster_choice.is_none());
    assert_eq!(app.roster.rows.len(), 6);
    assert!(app.roster.filters.is_empty());
    // Esc again (with no list) still leaves the Roster as before.
    assert!(screen(&app).contains("status: all"));
}

#[test]
fn o_opens_every_organization_the_summary_leaves_out() {
    let (_dir, mut app) = app();
    chars(&mut app, "o");
    let c = app.roster_choice.as_ref().expect("o opens the list");
    assert_eq!(c.all, vec![("KazNU".into(), 2), ("BNU".into(), 1)]);
    // Typing finds one; Space ticks it; Enter filters by it.
    chars(&mut app, "bnu ");
    key(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), ["f"]);
    let s = screen(&app);
    assert!(
        s.contains("country: all · organization: BNU · role: all"),
        "{s}"
    );
    // x clears every filter.
    chars(&mut app, "x");
    assert_eq!(app.roster.rows.len(), 6);
}
