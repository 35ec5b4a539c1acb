//! The Follow-ups view and review mode on the reference agendas, with a
//! fixed "today": due states and sections, grouped screens and review mode
//! as insta snapshots at 80x24 and 120x40, and review mode driven by keys
//! (through the real keymap) down to the exact YAML it saves.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::NaiveDate;
use common::app::{app_with, draw, select_meeting};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::DueState;
use plenary::tui::action::View;
use plenary::tui::app::App;
use plenary::tui::app::followups::FuRow;
use plenary::tui::{Theme, event};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn screen_text(app: &App) -> String {
    let t = draw(app);
    let b = t.backend().buffer();
    (0..b.area.height)
        .map(|y| {
            (0..b.area.width)
                .map(|x| b[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn detail_text(app: &App, view: View) -> String {
    plenary::tui::views::detail_lines(app, view)
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Presses keys as the terminal would send them: through the keymap in the
/// app's current context. `<Esc>`, `<Enter>`, `<C-s>`, `<C-u>` name keys;
/// every other character is itself.
fn keys(app: &mut App, script: &str) {
    let mut rest = script;
    while !rest.is_empty() {
        let (code, mods, len) = if let Some(end) = rest.strip_prefix('<').and_then(|r| r.find('>'))
        {
            let name = &rest[1..=end];
            let (code, mods) = match name {
                "Esc" => (KeyCode::Esc, KeyModifiers::NONE),
                "Enter" => (KeyCode::Enter, KeyModifiers::NONE),
                "Down" => (KeyCode::Down, KeyModifiers::NONE),
                "Tab" => (KeyCode::Tab, KeyModifiers::NONE),
                "BS" => (KeyCode::Backspace, KeyModifiers::NONE),
                "C-s" => (KeyCode::Char('s'), KeyModifiers::CONTROL),
                "C-u" => (KeyCode::Char('u'), KeyModifiers::CONTROL),
                "C-r" => (KeyCode::Char('r'), KeyModifiers::CONTROL),
                other => panic!("unknown key <{other}>"),
            };
            (code, mods, end + 2)
        } else {
            let c = rest.chars().next().unwrap();
            (KeyCode::Char(c), KeyModifiers::NONE, c.len_utf8())
        };
        rest = &rest[len..];
        let ev = Event::Key(KeyEvent::new(code, mods));
        if let Some(a) = event::to_action(ev, &app.context()) {
            app.update(a);
        }
    }
}

/// (section, follow-up id) for every item row, in order.
fn listed(app: &App) -> Vec<(DueState, String)> {
    let mut out = Vec::new();
    let mut section = None;
    for r in &app.followups.rows {
        match r {
            FuRow::Section { state, .. } => section = Some(*state),
            FuRow::Item { entry, index, .. } => out.push((
                section.unwrap(),
                app.library[*entry].meeting().follow_ups[*index].id.clone(),
            )),
            FuRow::Group { .. } => {}
        }
    }
    out
}

#[test]
fn reference_follow_ups_stand_where_today_puts_them() {
    let regional = "regional-event-higher-education";
    for (today, state) in [
        ("2022-10-01", DueState::Later),
        ("2022-11-20", DueState::DueSoon),
        ("2022-11-30", DueState::DueSoon),
        ("2022-12-01", DueState::Overdue),
        ("2026-11-26", DueState::Overdue),
    ] {
        let mut app = app_with("agendas", day(today), Theme::monochrome(), 120, 40);
        keys(&mut app, "4a");
        let rows = listed(&app);
        // Every follow-up of the five meetings, all still owed.
        assert_eq!(rows.len(), 13, "{today}");
        let (s, _) = rows.iter().find(|(_, id)| id == regional).unwrap();
        assert_eq!(*s, state, "{today}");
        assert!(
            rows.iter()
                .filter(|(_, id)| id != regional)
                .all(|(s, _)| *s == DueState::NoDate)
        );
        // Sections come in order: the dated one first.
        assert_eq!(rows[0].1, regional);
        let screen = screen_text(&app);
        let marker = match state {
            DueState::Overdue => "!! overdue (1)",
            DueState::DueSoon => "! due within 14 days (1)",
            _ => "later (1)",
        };
        assert!(screen.contains(marker), "{today}:\n{screen}");
    }
}

#[test]
fn filters_and_search_narrow_the_list() {
    let mut app = app_with("agendas", day("2026-11-26"), Theme::monochrome(), 120, 40);
    keys(&mut app, "4a");
    assert_eq!(listed(&app).len(), 13);
    keys(&mut app, "/uzbek<Enter>");
    let ids: Vec<String> = listed(&app).into_iter().map(|(_, id)| id).collect();
    // Undated: by owner, UNESCO-ICHEI's centre before Uzbekistan's plan.
    assert_eq!(ids, ["iioe-national-center-uz", "action-plan-uz"]);
    // Fuzzy, across scripts, in any order; and the notes by their words.
    for (q, id) in [
        ("казахстан", "action-plan-kz"),
        ("kzkhstn plan", "action-plan-kz"),
        ("think tank", "iioe-national-center-uz"),
    ] {
        keys(&mut app, &format!("x/{q}<Enter>"));
        let ids: Vec<String> = listed(&app).into_iter().map(|(_, id)| id).collect();
        assert!(ids.contains(&id.to_string()), "{q}: {ids:?}");
        assert!(ids.len() <= 3, "{q}: {ids:?}");
    }
    keys(&mut app, "x#");
    assert_eq!(app.followups.tag.as_deref(), Some("action-plan"));
    assert_eq!(listed(&app).len(), 5);
    keys(&mut app, "xc");
    // The first country named, KG: Kyrgyzstan's plan, and the cooperation
    // owned by "UNESCO IITE and the Ministry of Education ... Kyrgyz Republic".
    assert_eq!(app.followups.country.as_deref(), Some("KG"));
    let ids: Vec<String> = listed(&app).into_iter().map(|(_, id)| id).collect();
    assert_eq!(ids, ["cooperation-pedagogical-staff", "action-plan-kg"]);
    keys(&mut app, "xt");
    assert_eq!(listed(&app).len(), 13, "any status: nothing closed yet");
    keys(&mut app, "<Esc>");
    assert!(!app.followups.has_filters());
    assert_eq!(app.view, View::FollowUps);
}

fn grouped_scenarios() -> Vec<(&'static str, &'static str)> {
    vec![
        ("fu_by_meeting", "4ab"),
        ("fu_by_owner", "4abb"),
        ("fu_review", "4aR"),
        ("fu_review_note_prompt", "4aR4n2 mails sent"),
        (
            "fu_review_summary",
            "4aR4nHeld in Nov 2022<Enter> 2d+2w<Enter><Esc>",
        ),
    ]
}

#[test]
fn grouped_view_and_review_mode_at_80x24_and_120x40() {
    for (w, h) in [(80, 24), (120, 40)] {
        for (name, script) in grouped_scenarios() {
            let mut app = app_with("agendas", day("2026-11-26"), Theme::monochrome(), w, h);
            keys(&mut app, script);
            let t = draw(&app);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), format!("{:?}", t.backend()));
        }
    }
}

fn casie_copy() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2022-10-casie.yaml");
    let text = std::fs::read_to_string("agendas/2022-10-casie.yaml").unwrap();
    std::fs::write(&path, &text).unwrap();
    (dir, path, text)
}

#[test]
fn review_by_keys_saves_the_expected_yaml() {
    let (_dir, path, original) = casie_copy();
    let mut app = app_with(
        path.to_str().unwrap(),
        day("2026-11-26"),
        Theme::monochrome(),
        100,
        30,
    );
    // Review CASIE's seven open follow-ups, oldest due first: the overdue
    // regional event, then the undated ones by owner: the action plans of
    // Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, UNESCO-ICHEI's IIOE
    // centre, Uzbekistan's plan.
    keys(&mut app, "4R");
    let review = app.followups.review.as_ref().unwrap();
    assert_eq!(review.steps.len(), 7);
    assert!(screen_text(&app).contains("Review — 1 of 7"));
    // 1: regional event: done, with a note.
    keys(&mut app, "4nHeld 28-30 Nov 2022 in Almaty<Enter> ");
    // 2: Kazakhstan: in progress, due in two weeks.
    keys(&mut app, "2d+2w<Enter> ");
    // 3: Kyrgyzstan: a bad date is refused and can be fixed; then a note.
    keys(&mut app, "dtomorrow<Enter>");
    let p = app
        .followups
        .prompt
        .as_ref()
        .expect("the prompt stays open");
    assert!(p.error.as_deref().unwrap().contains("YYYY-MM-DD"));
    assert!(screen_text(&app).contains("is not a date"));
    keys(
        &mut app,
        "<C-u>2027-03-31<Enter>nDraft sent to the ministry<Enter> ",
    );
    // 4: Tajikistan: skipped. Then leave early.
    keys(&mut app, " <Esc>");
    let r = app.followups.review.as_ref().unwrap();
    assert!(r.done);
    let summary = screen_text(&app);
    assert!(summary.contains("5 of 7 seen, 3 changed"), "{summary}");
    assert!(summary.contains("open → done; 1 note"), "{summary}");
    assert!(
        summary.contains("open → in-progress; due no date → 2026-12-10"),
        "{summary}"
    );
    assert!(
        summary.contains("due no date → 2027-03-31; 1 note"),
        "{summary}"
    );
    keys(&mut app, "<C-s>");
    assert!(app.edit.modals.is_empty(), "{:?}", app.status);
    assert!(
        app.status.as_deref().unwrap().starts_with("saved"),
        "{:?}",
        app.status
    );
    keys(&mut app, "<Enter>");
    assert!(app.followups.review.is_none());

    let saved = std::fs::read_to_string(&path).unwrap();
    let expected = original
        .replace(
            "  owner_org: Kazakhstan\n  status: open\n",
            "  owner_org: Kazakhstan\n  due: 2026-12-10\n  status: in-progress\n",
        )
        .replace(
            "  owner_org: Kyrgyzstan\n  status: open\n",
            "  owner_org: Kyrgyzstan\n  due: 2027-03-31\n  status: open\n",
        )
        .replace(
            "  due: 2022-11-30\n  status: open\n",
            "  due: 2022-11-30\n  status: done\n  closed: 2026-11-26\n",
        )
        .replace(
            "  - kyrgyzstan\n",
            "  - kyrgyzstan\n  log:\n  - date: 2026-11-26\n    note: Draft sent to the ministry\n",
        )
        .replace(
            "  tentative:\n  - due\nnotes:",
            "  log:\n  - date: 2026-11-26\n    note: Held 28-30 Nov 2022 in Almaty\n  tentative:\n  - due\nnotes:",
        );
    assert_eq!(saved, expected);
}

#[test]
fn carry_over_links_the_previous_meetings_open_follow_ups() {
    let mut app = app_with("agendas", day("2026-11-26"), Theme::monochrome(), 120, 40);
    select_meeting(&mut app, "UNESCO-Weidong");
    keys(&mut app, "4");
    assert_eq!(listed(&app).len(), 1);
    keys(&mut app, "C");
    let status = app.status.clone().unwrap();
    assert!(
        status.starts_with("carried 4 open follow-ups from `2018-10-dushanbe-ict-oer-sdg4`"),
        "{status}"
    );
    let rows = listed(&app);
    assert_eq!(rows.len(), 5);
    let cur = app.current().unwrap();
    let m = app.library[cur].meeting();
    assert!(m.follow_ups[1..].iter().all(|f| {
        f.carried_from
            .as_deref()
            .is_some_and(|c| c.starts_with("2018-10-dushanbe"))
    }));
    // Across every meeting the earlier copies give way to the new ones.
    keys(&mut app, "a");
    assert_eq!(listed(&app).len(), 13);
    // Twice adds nothing.
    keys(&mut app, "aC");
    assert!(app.status.clone().unwrap().starts_with("nothing to carry"));
    assert_eq!(listed(&app).len(), 5);
    // One undo takes the whole carry-over back.
    keys(&mut app, "u");
    assert_eq!(listed(&app).len(), 1);
    assert!(!app.library[cur].editor.is_dirty());
}

#[test]
fn a_follow_up_added_from_a_session_links_itself_and_undoes() {
    let mut app = app_with("agendas", day("2026-11-26"), Theme::monochrome(), 120, 40);
    select_meeting(&mut app, "CASIE 2022");
    // The first session: the teacher capacity panel.
    keys(&mut app, "2f");
    assert!(app.edit.form().is_some());
    keys(
        &mut app,
        "Panel report<Tab>li f<Enter><Tab><Tab>+1m<Tab>report, iioe<Enter>",
    );
    assert!(app.edit.modals.is_empty(), "{:?}", app.edit.form());
    let cur = app.current().unwrap();
    let m = app.library[cur].meeting();
    let f = m.follow_ups.last().unwrap();
    assert_eq!(f.id, "panel-report");
    assert_eq!(f.owner.as_deref(), Some("li-fan"));
    assert_eq!(f.session.as_deref(), Some("teacher-capacity-panel"));
    assert_eq!(f.due, Some(day("2026-12-26")));
    assert_eq!(f.tags, ["report", "iioe"]);
    let detail = detail_text(&app, View::Schedule);
    assert!(detail.contains("Follow-ups it produced (3)"), "{detail}");
    assert!(
        detail.contains("Sat 26 Dec  open        Panel report"),
        "{detail}"
    );
    // Li Fan's roster entry lists what she owes.
    keys(&mut app, "3/li fan<Enter>");
    let detail = detail_text(&app, View::Roster);
    assert!(detail.contains("Follow-ups (1)"), "{detail}");
    // The Follow-ups view edits it in the same form; a bad date is refused at its field.
    keys(&mut app, "4/panel<Enter>e<Tab><Tab><Tab>");
    keys(&mut app, "<BS><BS><BS>soon<Enter>");
    let form = app.edit.form().expect("the form stays open");
    assert!(form.field("due").unwrap().error.is_some());
    keys(&mut app, "<Esc>yu");
    assert!(
        app.library[cur]
            .meeting()
            .follow_ups
            .iter()
            .all(|f| f.id != "panel-report")
    );
}

#[test]
fn undo_in_the_all_meetings_view_follows_the_edits() {
    let mut app = app_with("agendas", day("2026-11-26"), Theme::monochrome(), 120, 40);
    // The current meeting is Dushanbe 2018; the edits land in CASIE 2022 too.
    keys(&mut app, "4a");
    let casie = app
        .library
        .entries
        .iter()
        .position(|e| e.meeting().label() == "CASIE 2022")
        .unwrap();
    // The first row is CASIE's overdue regional event.
    keys(&mut app, "gs");
    let status = |app: &App| app.library.entries[casie].meeting().follow_ups[6].status;
    assert_eq!(status(&app).as_str(), "in-progress");
    keys(&mut app, "u");
    assert_eq!(status(&app).as_str(), "open");
    assert!(app.status.as_deref().unwrap().starts_with("undid"));
    keys(&mut app, "<C-r>");
    assert_eq!(status(&app).as_str(), "in-progress");
}
