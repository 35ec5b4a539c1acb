//! An item may name only who speaks (a speaker added in the session form
//! has no talk title). The programme and every export print it as a line
//! of its own, "Remarks: Name; Name" in the sheet's language, never a bare
//! number followed by the speakers; the titled points keep their numbers.
//! The TUI shows it as "(no title: who speaks)" and its item form takes it
//! without a title.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::PathBuf;
use std::process::Command;

use plenary::export::{self, Format, Options, Selection};
use plenary::{load, zones};

const MEETING: &str = r#"title: Remarks only
timezone: Asia/Almaty
start_date: 2023-10-04
languages:
- en
- ru
participants:
- id: cho-jaewon
  name: Jaewon Cho
- id: tlili-ahmed
  name: Ahmed Tlili
- id: li-fan
  name: Li Fan
sessions:
- id: opening
  title: Opening
  date: 2023-10-04
  start: "09:00"
  end: "10:00"
  language: en
  items:
  - title: Welcome address
    speakers: [li-fan]
  - speakers: [cho-jaewon, tlili-ahmed]
  - title: Keynote
    speakers: [li-fan]
"#;

fn file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("remarks.yaml");
    std::fs::write(&path, MEETING).unwrap();
    (dir, path)
}

fn export(path: &std::path::Path, f: Format, lang: &str) -> String {
    let doc = load::load(path).unwrap();
    let zone = zones::meeting_zone(&doc.meeting).unwrap();
    let o = Options {
        langs: vec![lang.into()],
        shown: zone,
        selection: Selection::All,
        meeting_key: "remarks".into(),
        tzid: false,
        stamp: chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
    };
    export::render(&doc.meeting, zone, f, &o, &mut Default::default())
        .unwrap()
        .text
}

/// No line is a number alone ("2." or "2. " then the names below it).
fn no_bare_number(text: &str, what: &str) {
    for line in text.lines() {
        let t = line.trim();
        let bare = t
            .strip_suffix('.')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        assert!(!bare, "{what}: a bare number: {line:?}\n{text}");
        assert!(
            !t.contains(". —"),
            "{what}: a number with no title: {line:?}"
        );
    }
}

#[test]
fn the_programme_prints_the_speakers_as_the_items_line() {
    let (_d, path) = file();
    for (lang, remarks) in [("en", "Remarks: "), ("ru", "Выступления: ")] {
        let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
            .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
            .args(["agenda", path.to_str().unwrap(), "--lang", lang])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(out.status.success(), "{text}");
        no_bare_number(&text, lang);
        let line = text
            .lines()
            .find(|l| l.contains(remarks))
            .unwrap_or_else(|| {
                panic!("{lang}: no remarks line\n{text}");
            });
        assert!(line.contains("Jaewon Cho; Ahmed Tlili"), "{line}");
        // The titled points keep 1 and 2.
        assert!(text.contains("1. Welcome address"), "{text}");
        assert!(text.contains("2. Keynote"), "{text}");
    }
}

#[test]
fn html_and_markdown_print_remarks_not_a_number() {
    let (_d, path) = file();
    let md = export(&path, Format::Md, "en");
    no_bare_number(&md, "markdown");
    assert!(
        md.contains("- Remarks: **Jaewon Cho**; **Ahmed Tlili**"),
        "{md}"
    );
    assert!(md.contains("2. Keynote"), "{md}");
    let md = export(&path, Format::Md, "ru");
    assert!(md.contains("- Выступления: "), "{md}");
    let html = export(&path, Format::Html, "en");
    let remarks = html
        .lines()
        .find(|l| l.contains("class=\"remarks\""))
        .unwrap_or_else(|| panic!("{html}"));
    assert!(remarks.contains("Remarks:"), "{remarks}");
    assert!(!remarks.contains("value="), "no number: {remarks}");
    assert!(
        html.contains("<li value=\"2\"><span class=\"item-title\">Keynote"),
        "{html}"
    );
}

#[test]
fn calendars_and_feeds_say_remarks_in_their_text() {
    let (_d, path) = file();
    for f in [Format::Ics, Format::FrabXml, Format::ScheduleJson] {
        let text = export(&path, f, "en");
        // iCalendar folds long lines and escapes line ends: unfold first.
        let flat = text.replace("\r\n ", "").replace("\\n", "\n");
        assert!(flat.contains("Remarks: Jaewon Cho"), "{f:?}\n{flat}");
        assert!(flat.contains("2. Keynote"), "{f:?}\n{flat}");
        no_bare_number(&flat, &format!("{f:?}"));
    }
    // The feeds still read as XML and JSON.
    let xml = export(&path, Format::FrabXml, "en");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let abs = doc
        .descendants()
        .find(|n| n.has_tag_name("abstract"))
        .and_then(|n| n.text())
        .unwrap_or_default();
    assert!(abs.contains("Remarks: Jaewon Cho"), "{abs}");
    let json: serde_json::Value =
        serde_json::from_str(&export(&path, Format::ScheduleJson, "en")).unwrap();
    assert!(json.to_string().contains("Remarks: Jaewon Cho"));
}

#[test]
fn the_tui_shows_and_edits_an_item_with_speakers_only() {
    let (dir, _path) = file();
    let mut app = common::app::app_on(dir.path(), 120, 40);
    common::app::press(&mut app, "2");
    app.select_session(0);
    let screen = common::app::draw(&app).backend().to_string();
    assert!(screen.contains("2. (no title: who speaks)"), "{screen}");
    // The items list: the second item edited and applied as it is (an
    // item that names a speaker needs no title).
    common::app::press(&mut app, "ij");
    let screen = common::app::draw(&app).backend().to_string();
    assert!(screen.contains("(no title: who speaks)"), "{screen}");
    common::app::press(&mut app, "e<ret>");
    assert!(app.edit.form().is_none(), "{:?}", app.status);
    let m = app.library[app.current().unwrap()].meeting();
    assert!(m.sessions[0].items[1].title.is_empty());
    assert_eq!(
        m.sessions[0].items[1].speakers,
        ["cho-jaewon", "tlili-ahmed"]
    );
}
