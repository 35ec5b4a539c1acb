//! What the exports say a session is and who is on its stage must be true:
//! a session without a room is not "in" the meeting's city; a country or
//! organization that presents is no person in a feed's `persons`; a
//! printed day heading starts with a capital in every language.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use plenary::export::{self, Format, Options, Selection};
use plenary::{load, zones};

/// A hybrid meeting in a city, with no venue: one session without a room,
/// one in a room, one online; a country and an organization presenting.
const MEETING: &str = r#"title: Honest places
format: hybrid
city: Almaty
timezone: Asia/Almaty
start_date: 2022-10-06
end_date: 2022-10-07
participants:
- id: li-fan
  name: Li Fan
sessions:
- id: plans
  title: National action plans
  date: 2022-10-06
  start: "10:00"
  end: "12:00"
  chair: li-fan
  items:
  - title: Action plan of Kazakhstan
    presenter: Kazakhstan
  - title: Action plan of Uzbekistan
    presenter: Republic of Uzbekistan
  - title: The institute's work
    presenter: UNESCO IITE
  - title: A talk
    speakers: [li-fan]
- id: in-a-room
  title: In a room
  date: 2022-10-07
  start: "09:00"
  end: "10:00"
  room: Hall A
- id: on-line
  title: On line
  date: 2022-10-07
  start: "11:00"
  end: "12:00"
  link: https://example.org/meet
"#;

fn file(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("honest.yaml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

fn export(path: &Path, f: Format, lang: &str) -> String {
    let doc = load::load(path).unwrap();
    let zone = zones::meeting_zone(&doc.meeting).unwrap();
    let o = Options {
        langs: vec![lang.into()],
        shown: zone,
        selection: Selection::All,
        meeting_key: "honest".into(),
        tzid: false,
        stamp: chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
    };
    export::render(&doc.meeting, zone, f, &o, &mut Default::default())
        .unwrap()
        .text
}

#[test]
fn a_session_without_a_room_is_not_in_the_city() {
    let (_d, path) = file(MEETING);
    let md = export(&path, Format::Md, "en");
    assert!(!md.contains("**Where**: Almaty"), "{md}");
    assert!(md.contains("- **Where**: To be announced\n"), "{md}");
    assert!(md.contains("- **Where**: Hall A\n"), "{md}");
    assert!(md.contains("- **Where**: Online\n"), "{md}");
    let xml = export(&path, Format::FrabXml, "en");
    assert!(xml.contains("<room>To be announced</room>"), "{xml}");
    assert!(!xml.contains("<room>Almaty</room>"), "{xml}");
    let json = export(&path, Format::ScheduleJson, "en");
    assert!(json.contains("\"room\": \"To be announced\""), "{json}");
    let ics = export(&path, Format::Ics, "en");
    assert!(ics.contains("LOCATION:To be announced\r\n"), "{ics}");
    // In Russian the words come from the catalogue.
    let ru = export(&path, Format::Md, "ru");
    assert!(ru.contains("- **Где**: Место уточняется\n"), "{ru}");
    assert!(ru.contains("- **Где**: Онлайн\n"), "{ru}");
}

#[test]
fn a_venue_stands_for_a_room_not_yet_known() {
    let text = MEETING.replace("city: Almaty", "city: Almaty\nvenue: Rixos Hotel");
    let (_d, path) = file(&text);
    let xml = export(&path, Format::FrabXml, "en");
    assert!(xml.contains("<room>Rixos Hotel</room>"), "{xml}");
    assert!(xml.contains("<room>Hall A</room>"), "{xml}");
}

#[test]
fn countries_and_organizations_that_present_are_no_persons() {
    let (_d, path) = file(MEETING);
    let xml = export(&path, Format::FrabXml, "en");
    let persons: Vec<&str> = xml
        .lines()
        .filter(|l| {
            l.trim_start().starts_with("<person ") || l.trim_start().starts_with("<person>")
        })
        .collect();
    assert_eq!(
        persons.len(),
        1,
        "only Li Fan, who chairs and speaks: {xml}"
    );
    assert!(persons[0].ends_with(">Li Fan</person>"), "{xml}");
    // The country is said as its delegation in the abstract; an
    // organization as itself.
    assert!(xml.contains("1. Action plan of Kazakhstan — delegation: Kazakhstan\n"));
    assert!(
        xml.contains("— delegation: Republic of Uzbekistan\n"),
        "{xml}"
    );
    assert!(
        xml.contains("3. The institute&apos;s work — UNESCO IITE\n"),
        "{xml}"
    );

    let json: serde_json::Value =
        serde_json::from_str(&export(&path, Format::ScheduleJson, "en")).unwrap();
    let days = json["schedule"]["conference"]["days"].as_array().unwrap();
    let plans = days
        .iter()
        .flat_map(|d| d["rooms"].as_object().unwrap().values())
        .flat_map(|r| r.as_array().unwrap())
        .find(|e| e["title"] == "National action plans")
        .unwrap();
    let names: Vec<&str> = plans["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Li Fan"]);

    let ics = export(&path, Format::Ics, "en").replace("\r\n ", "");
    assert!(ics.contains("— delegation: Kazakhstan\\n"), "{ics}");
    let ru = export(&path, Format::Ics, "ru").replace("\r\n ", "");
    assert!(ru.contains("— делегация: Kazakhstan\\n"), "{ru}");
}

#[test]
fn a_calendar_in_another_language_is_no_change_of_its_events() {
    let (_d, path) = file(MEETING);
    let doc = load::load(&path).unwrap();
    let zone = zones::meeting_zone(&doc.meeting).unwrap();
    let mut seq = Default::default();
    for lang in ["en", "ru", "en"] {
        let o = Options {
            langs: vec![lang.into()],
            shown: zone,
            selection: Selection::All,
            meeting_key: "honest".into(),
            tzid: false,
            stamp: chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
        };
        let ics = export::render(&doc.meeting, zone, Format::Ics, &o, &mut seq)
            .unwrap()
            .text;
        assert!(!ics.contains("SEQUENCE:1"), "{lang}: {ics}");
    }
}

#[test]
fn a_day_heading_starts_with_a_capital_in_russian() {
    let (_d, path) = file(MEETING);
    let md = export(&path, Format::Md, "ru");
    assert!(md.contains("\n## Четверг, 6 октября 2022 — "), "{md}");
    assert!(md.contains("\n## Пятница, 7 октября 2022 — "), "{md}");
    let html = export(&path, Format::Html, "ru");
    assert!(html.contains("<h2>Четверг, 6 октября 2022 "), "{html}");
    // English was capitalized already and stays as it was.
    let md = export(&path, Format::Md, "en");
    assert!(md.contains("\n## Thursday, 6 October 2022 — "), "{md}");
}
