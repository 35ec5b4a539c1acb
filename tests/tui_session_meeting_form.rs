//! The session form and the meeting form hold the whole record: every
//! session and every meeting of the bundled agendas goes through its form
//! unchanged (no edit at all, so the saved file stays byte for byte), and
//! each new field — speakers, a booth's team, two-way and relay, a
//! document, the lead and theme per working language, venue, city,
//! organizers, objectives, series, notes, a field marked not confirmed —
//! is set with keys and read back from the saved file.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::app::{app_on, draw};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::{Channel, Clock, DocumentKind, Tentative, Text};
use plenary::tui::app::App;
use plenary::tui::event;

const AGENDAS: [&str; 6] = [
    "agendas/2018-10-dushanbe-ict-oer-sdg4.yaml",
    "agendas/2019-04-bishkek-festival-round-table.yaml",
    "agendas/2020-12-unesco-weidong-expert-meeting.yaml",
    "agendas/2020-vcasie.yaml",
    "agendas/2022-10-casie.yaml",
    "tests/symposium/casie-day.yaml",
];

fn copy_of(agenda: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(Path::new(agenda).file_name().unwrap());
    fs::copy(agenda, &path).unwrap();
    (dir, path)
}

/// Keys as typed: characters, and `<tab>`, `<s-tab>`, `<ret>`, `<esc>`,
/// `<space>`, `<C-x>`.
fn press(app: &mut App, keys: &str) {
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (code, mods, len) = match rest.split_once('>') {
            Some((name, _)) if c == '<' && name.len() > 1 => {
                let (code, mods) = match &name[1..] {
                    "tab" => (KeyCode::Tab, KeyModifiers::NONE),
                    "s-tab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
                    "ret" => (KeyCode::Enter, KeyModifiers::NONE),
                    "esc" => (KeyCode::Esc, KeyModifiers::NONE),
                    "space" => (KeyCode::Char(' '), KeyModifiers::NONE),
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

/// Tabs from the first field to the field named `name` of the open form.
fn to_field(app: &mut App, name: &str) {
    let f = app.edit.form().expect("a form is open");
    let at = f
        .fields
        .iter()
        .position(|x| x.name == name)
        .unwrap_or_else(|| panic!("no field {name}"));
    let from = f.focus;
    let names: Vec<&str> = f.fields.iter().map(|x| x.name.as_str()).collect();
    assert!(at >= from, "{name} is before the focus {from}: {names:?}");
    press(app, &"<tab>".repeat(at - from));
}

#[test]
fn every_session_and_meeting_goes_through_its_form_unchanged() {
    for agenda in AGENDAS {
        let (dir, path) = copy_of(agenda);
        let before_text = fs::read_to_string(&path).unwrap();
        let mut app = app_on(dir.path(), 120, 40);
        let before = app.library.entries[0].meeting().clone();
        press(&mut app, "1e");
        assert!(app.edit.form().is_some(), "{agenda}: the meeting form");
        press(&mut app, "<ret>");
        assert!(app.edit.form().is_none(), "{agenda}: {}", status(&app));
        press(&mut app, "2");
        for i in 0..before.sessions.len() {
            app.select_session(i);
            assert_eq!(app.selected_session(), Some(i), "{agenda}");
            // Through every field (each one left once), then applied.
            press(&mut app, "e");
            let n = app.edit.form().expect("the session form").fields.len();
            press(&mut app, &"<tab>".repeat(n));
            press(&mut app, "<ret>");
            assert!(
                app.edit.form().is_none(),
                "{agenda}: session {i}: {}",
                status(&app)
            );
        }
        assert_eq!(app.library.entries[0].meeting(), &before, "{agenda}");
        assert!(
            !app.library.entries[0].editor.is_dirty(),
            "{agenda}: an unchanged form makes no edit"
        );
        press(&mut app, "<C-s>");
        assert_eq!(fs::read_to_string(&path).unwrap(), before_text, "{agenda}");
    }
}

#[test]
fn every_new_session_field_is_set_with_keys_and_read_back() {
    let (dir, path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    press(&mut app, "2a");
    // Title in both working languages, side by side.
    press(&mut app, "Regional outlook<tab>Региональный обзор<tab>");
    to_field(&mut app, "start");
    press(&mut app, "<C-u>11<tab><C-u>+90m<tab>");
    assert_eq!(
        app.edit.form().unwrap().get("end"),
        "12:30",
        "+90m as understood"
    );
    // The room, not confirmed yet; the start too.
    press(&mut app, "<C-u>Hall B<C-t><s-tab><s-tab><C-t>");
    to_field(&mut app, "speakers");
    press(&mut app, "yoon ji<ret>tlili<ret>");
    to_field(&mut app, "interpretation");
    // Interpreted into Russian and Kazakh: the booths' fields appear on leaving.
    press(&mut app, "<C-u>ru<ret>kk<ret><tab>");
    let f = app.edit.form().unwrap();
    assert!(f.field("booth:kk:interpreters").is_some(), "a booth for kk");
    to_field(&mut app, "booth:kk:interpreters");
    press(&mut app, "interpreter-en-ru-1<ret><tab><space><tab>");
    to_field(&mut app, "booth:kk:relay");
    press(&mut app, "ru<ret>");
    to_field(&mut app, "lead:en");
    press(&mut app, "UNESCO IITE<tab>ИИТО ЮНЕСКО<tab>");
    to_field(&mut app, "doc0:title");
    press(
        &mut app,
        "Slides<tab>pres<ret><tab>en<ret><tab>https://example.org/s.pdf<tab>",
    );
    // A second document's fields appear once the first has a title.
    assert!(app.edit.form().unwrap().field("doc1:title").is_some());
    press(&mut app, "Слайды<tab>pres<ret><tab>ru<ret><tab>");
    to_field(&mut app, "id");
    press(&mut app, "regional-outlook<ret>");
    assert!(app.edit.form().is_none(), "{}", status(&app));
    press(&mut app, "<C-s>");
    assert!(status(&app).starts_with("saved"), "{}", status(&app));

    let m = plenary::load::load(&path).unwrap().meeting;
    let s = m.session("regional-outlook").expect("saved");
    assert_eq!(s.title.get("ru", &[]), "Региональный обзор");
    assert_eq!(s.title.get("en", &[]), "Regional outlook");
    assert_eq!((s.start, s.end), (Clock::hm(11, 0), Clock::hm(12, 30)));
    assert_eq!(s.room.as_deref(), Some("Hall B"));
    assert_eq!(
        s.tentative,
        Tentative::Fields(vec!["start".into(), "room".into()])
    );
    let speakers: Vec<&str> = s
        .items
        .iter()
        .flat_map(|i| &i.speakers)
        .map(String::as_str)
        .collect();
    assert_eq!(speakers, ["yoon-ji-hyun", "tlili-ahmed"]);
    assert!(
        s.items.iter().all(|i| i.title.is_empty()),
        "no talk title needed"
    );
    assert_eq!(
        s.lead.as_ref().map(|l| l.get("ru", &[])),
        Some("ИИТО ЮНЕСКО")
    );
    let kk = s.interpretation.iter().find(|c| c.to == "kk").unwrap();
    assert_eq!(
        kk,
        &Channel {
            interpreters: vec!["interpreter-en-ru-1".into()],
            retour: true,
            relay: Some("ru".into()),
            ..Channel::to("kk")
        }
    );
    assert_eq!(s.documents.len(), 2);
    assert_eq!(s.documents[0].title, Text::plain("Slides"));
    assert_eq!(s.documents[0].kind, DocumentKind::Presentation);
    assert_eq!(s.documents[0].language.as_deref(), Some("en"));
    assert_eq!(
        s.documents[0].url.as_deref(),
        Some("https://example.org/s.pdf")
    );
    assert_eq!(s.documents[1].language.as_deref(), Some("ru"));
    let saved = fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("  tentative:\n  - start\n  - room\n"),
        "{saved}"
    );
    assert!(
        saved.contains("  items:\n  - speakers:\n    - yoon-ji-hyun\n"),
        "{saved}"
    );

    // Taking a speaker out again leaves the other; the session stays valid.
    let i = m
        .sessions
        .iter()
        .position(|x| x.id == "regional-outlook")
        .unwrap();
    app.select_session(i);
    press(&mut app, "e");
    to_field(&mut app, "speakers");
    press(&mut app, "<C-u>tlili<ret><ret><C-s>");
    let m = plenary::load::load(&path).unwrap().meeting;
    let s = m.session("regional-outlook").unwrap();
    assert_eq!(s.items.len(), 1);
    assert_eq!(s.items[0].speakers, ["tlili-ahmed"]);
}

#[test]
fn every_new_meeting_field_is_set_with_keys_and_read_back() {
    let (dir, path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    let before = app.library.entries[0].meeting().clone();
    press(&mut app, "1e");
    to_field(&mut app, "theme:en");
    press(
        &mut app,
        "<C-u>Digital generation<tab><C-u>Цифровое поколение<tab>",
    );
    to_field(&mut app, "venue:en");
    press(
        &mut app,
        "<C-u>Rixos<C-t><tab><C-u>Риксос<tab><C-u>Almaty<tab><C-u>Алматы<tab>",
    );
    press(&mut app, "<C-u>KZ<tab><C-u>casie<tab>");
    // A new organizer at the end, then another in the entry that appears.
    let n = before.organizers.len();
    to_field(&mut app, &format!("organizers.{n}:en"));
    press(
        &mut app,
        "Ministry of Education<tab>Министерство образования<tab>",
    );
    to_field(&mut app, &format!("organizers.{}:en", n + 1));
    press(&mut app, "Kazakh Academy<tab><tab>");
    let k = before.objectives.len();
    to_field(&mut app, &format!("objectives.{k}:en"));
    press(&mut app, "Share national plans<tab>");
    to_field(&mut app, "notes");
    press(&mut app, "<C-u>Venue contract signed.<ret>");
    assert!(app.edit.form().is_none(), "{}", status(&app));
    press(&mut app, "<C-s>");
    assert!(status(&app).starts_with("saved"), "{}", status(&app));

    let m = plenary::load::load(&path).unwrap().meeting;
    assert_eq!(m.venue.as_ref().map(|v| v.get("ru", &[])), Some("Риксос"));
    assert_eq!(m.venue.as_ref().map(|v| v.get("en", &[])), Some("Rixos"));
    assert_eq!(m.city.as_ref().map(|v| v.get("ru", &[])), Some("Алматы"));
    assert_eq!(m.country.as_deref(), Some("KZ"));
    assert_eq!(m.series.as_deref(), Some("casie"));
    assert_eq!(
        m.theme.as_ref().map(|v| v.get("ru", &[])),
        Some("Цифровое поколение")
    );
    assert_eq!(m.organizers.len(), n + 2);
    assert_eq!(m.organizers[n].get("ru", &[]), "Министерство образования");
    assert_eq!(m.organizers[n + 1], Text::plain("Kazakh Academy"));
    assert_eq!(m.organizers[..n], before.organizers[..]);
    assert_eq!(
        m.objectives.last(),
        Some(&Text::plain("Share national plans"))
    );
    assert_eq!(m.notes.as_deref(), Some("Venue contract signed."));
    assert!(m.tentative.covers("venue"), "{:?}", m.tentative);
    // The notes show in the Meetings view's summary.
    let mut shown = app_on(dir.path(), 120, 60);
    press(&mut shown, "1");
    let screen = format!("{:?}", draw(&shown).backend());
    assert!(screen.contains("Venue contract signed."), "{screen}");
}

#[test]
fn a_country_named_in_the_meeting_form_becomes_its_code() {
    let (dir, _path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    press(&mut app, "1e");
    to_field(&mut app, "country");
    press(&mut app, "<C-u>Казахстан<tab>");
    let f = app.edit.form().unwrap();
    assert_eq!(f.field("country").unwrap().value, "KZ");
    assert!(
        status(&app).contains("Country: `Казахстан` written as KZ"),
        "{}",
        status(&app)
    );
    // A changed form asks before it is dropped.
    press(&mut app, "<esc>y");
    // Named and saved at once with Enter: the code is what is kept.
    press(&mut app, "1e");
    to_field(&mut app, "country");
    press(&mut app, "<C-u>Uzbekistan<ret>");
    assert!(app.edit.form().is_none(), "{}", status(&app));
    let m = app.library.entries[0].meeting();
    assert_eq!(m.country.as_deref(), Some("UZ"));
}

#[test]
fn the_russian_session_form_fits_80x24_and_scrolls() {
    let (dir, _path) = copy_of("agendas/2020-vcasie.yaml");
    plenary::i18n::with_lang(plenary::i18n::Lang::Ru, || {
        let mut app = app_on(dir.path(), 80, 24);
        press(&mut app, "2e");
        insta::assert_snapshot!("ru_session_form_80x24", draw(&app).backend());
        // Down to the last field: the form scrolls to keep it in sight.
        press(&mut app, "<s-tab>");
        insta::assert_snapshot!("ru_session_form_80x24_at_id", draw(&app).backend());
        press(&mut app, "<esc>1e");
        insta::assert_snapshot!("ru_meeting_form_80x24", draw(&app).backend());
    });
}

#[test]
fn a_length_in_the_resize_form_is_shown_as_the_end_it_means() {
    let (dir, _path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    // webinar-1 starts at 11:00.
    press(&mut app, "2R<C-u>+45m<tab>");
    assert_eq!(app.edit.form().unwrap().get("end"), "11:45");
    press(&mut app, "<ret>");
    assert!(app.edit.form().is_none(), "{}", status(&app));
    let m = app.library.entries[0].meeting();
    assert_eq!(m.sessions[0].end, Clock::hm(11, 45));
}

#[test]
fn the_meetings_description_and_audience_edit_side_by_side() {
    let (dir, path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    let before = app.library.entries[0].meeting().clone();
    let en = before
        .description
        .as_ref()
        .unwrap()
        .get("en", &[])
        .to_string();
    press(&mut app, "1e");
    let f = app.edit.form().unwrap();
    assert_eq!(f.get("description:en"), en, "the file's text, shown");
    assert_eq!(f.get("description:ru"), "");
    assert!(f.field("audience:ru").is_some());
    to_field(&mut app, "description:ru");
    press(&mut app, "Серия вебинаров<tab>");
    to_field(&mut app, "audience:en");
    press(
        &mut app,
        "<C-u>Ministries of education<tab>Министерства образования<ret>",
    );
    assert!(app.edit.form().is_none(), "{}", status(&app));
    press(&mut app, "<C-s>");
    let m = plenary::load::load(&path).unwrap().meeting;
    let d = m.description.unwrap();
    assert_eq!(d.get("en", &[]), en, "the English text kept");
    assert_eq!(d.get("ru", &[]), "Серия вебинаров");
    let a = m.audience.unwrap();
    assert_eq!(a.get("en", &[]), "Ministries of education");
    assert_eq!(a.get("ru", &[]), "Министерства образования");
}

#[test]
fn a_description_written_as_a_block_goes_through_the_form_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.yaml");
    let text = "title: Block texts\ntimezone: Asia/Almaty\nstart_date: 2023-10-04\n\
        languages:\n- en\n- ru\naudience:\n  en: |\n    Ministries.\n    Universities.\n\
        description: |\n  Two lines\n  of background.\n";
    fs::write(&path, text).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    let before = app.library.entries[0].meeting().clone();
    press(&mut app, "1e");
    let n = app.edit.form().unwrap().fields.len();
    press(&mut app, &"<tab>".repeat(n));
    press(&mut app, "<ret>");
    assert!(app.edit.form().is_none(), "{}", status(&app));
    assert_eq!(app.library.entries[0].meeting(), &before);
    press(&mut app, "<C-s>");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn ctrl_t_on_a_booths_fields_marks_the_channel_itself() {
    let (dir, path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    let before = app.library.entries[0].meeting().clone();
    let i = before
        .sessions
        .iter()
        .position(|s| s.id == "webinar-1")
        .unwrap();
    let own = before.sessions[i].tentative.clone();
    press(&mut app, "2");
    app.select_session(i);
    press(&mut app, "e");
    let f = app.edit.form().unwrap();
    for (name, on) in [("interpreters", true), ("retour", true), ("relay", false)] {
        let x = f.field(&format!("booth:ru:{name}")).unwrap();
        assert_eq!(x.tentative, on, "{name} as the file marks it");
    }
    // Retour confirmed, the relay not confirmed yet.
    to_field(&mut app, "booth:ru:retour");
    press(&mut app, "<C-t><tab><C-t>");
    assert!(status(&app).contains("not confirmed"), "{}", status(&app));
    press(&mut app, "<ret>");
    assert!(app.edit.form().is_none(), "{}", status(&app));
    press(&mut app, "<C-s>");
    let m = plenary::load::load(&path).unwrap().meeting;
    let s = m.session("webinar-1").unwrap();
    assert_eq!(
        s.interpretation[0].tentative,
        Tentative::Fields(vec!["interpreters".into(), "relay".into()])
    );
    assert_eq!(s.tentative, own, "the session's own marks untouched");
    let saved = fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("    tentative:\n    - interpreters\n    - relay\n"),
        "{saved}"
    );
}

#[test]
fn a_channel_not_confirmed_as_a_whole_goes_through_the_form_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.yaml");
    let text = "title: A booth not confirmed\ntimezone: Asia/Almaty\nstart_date: 2023-10-04\n\
        languages:\n- en\n- ru\nsessions:\n- id: opening\n  title: Opening\n  date: 2023-10-04\n\
        \x20 start: '09:00'\n  end: '10:00'\n  language: en\n  interpretation:\n  - to: ru\n\
        \x20   tentative: true\n";
    fs::write(&path, text).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    let before = app.library.entries[0].meeting().clone();
    press(&mut app, "2e");
    let n = app.edit.form().unwrap().fields.len();
    press(&mut app, &"<tab>".repeat(n));
    press(&mut app, "<ret>");
    assert_eq!(app.library.entries[0].meeting(), &before);
    press(&mut app, "<C-s>");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    // One of its fields confirmed: the other two stay marked, by name.
    press(&mut app, "e");
    to_field(&mut app, "booth:ru:interpreters");
    press(&mut app, "<C-t><ret>");
    let m = &app.library.entries[0].meeting();
    assert_eq!(
        m.sessions[0].interpretation[0].tentative,
        Tentative::Fields(vec!["retour".into(), "relay".into()])
    );
}
