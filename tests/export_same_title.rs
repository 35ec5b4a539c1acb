//! Two talks may share a title ("Practices in empowering teachers", one by
//! each panellist). They are two presentations: the programme, the TUI and
//! every export list each as its own numbered point with its own speaker,
//! never one point with the speakers run together.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use plenary::export::{self, Format, Options, Selection};
use plenary::{load, zones};

const MEETING: &str = r#"title: Same titles
timezone: Asia/Almaty
start_date: 2022-10-06
languages:
- en
participants:
- id: klepacheva-elena
  name: Elena Klepacheva
- id: karli-gunay
  name: Gunay Karli
- id: li-fan
  name: Li Fan
sessions:
- id: panel
  title: Panel
  date: 2022-10-06
  start: "11:00"
  end: "12:30"
  room: Hall A
  language: en
  items:
  - title: Practices in empowering teachers
    speakers: [klepacheva-elena]
  - title: Practices in empowering teachers
    speakers: [karli-gunay]
  - title: Online education
    speakers: [li-fan]
"#;

fn file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("same.yaml");
    std::fs::write(&path, MEETING).unwrap();
    (dir, path)
}

fn export(path: &std::path::Path, f: Format) -> String {
    let doc = load::load(path).unwrap();
    let zone = zones::meeting_zone(&doc.meeting).unwrap();
    let o = Options {
        langs: vec!["en".into()],
        shown: zone,
        selection: Selection::All,
        meeting_key: "same".into(),
        tzid: false,
        stamp: chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
    };
    export::render(&doc.meeting, zone, f, &o, &mut Default::default())
        .unwrap()
        .text
}

#[test]
fn every_format_numbers_each_talk() {
    let (_d, path) = file();
    for f in [
        Format::Md,
        Format::Ics,
        Format::FrabXml,
        Format::ScheduleJson,
    ] {
        let text = export(&path, f);
        let flat = text.replace("\r\n ", "").replace("\\n", "\n");
        assert!(
            flat.contains("2. Practices in empowering teachers"),
            "{f:?}\n{flat}"
        );
        assert!(flat.contains("3. Online education"), "{f:?}\n{flat}");
        assert!(
            !flat.contains("Klepacheva; Gunay"),
            "{f:?}: run together\n{flat}"
        );
    }
    let html = export(&path, Format::Html);
    assert!(
        html.contains("<li value=\"2\"><span class=\"item-title\">Practices"),
        "{html}"
    );
    assert!(
        html.contains("<li value=\"3\"><span class=\"item-title\">Online"),
        "{html}"
    );
}
