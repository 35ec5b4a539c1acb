//! A session over several days (`end_date`) is in every export on each of
//! its days, at its hours: the CASIE-like day's Gallery Walk runs 4–6
//! October, 09:00–18:00 each day, so the programme (HTML, Markdown), the
//! calendar and both feeds show it three times — before, only on the 4th.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::Path;

use plenary::export::{self, Format, Options, Selection};
use plenary::{load, zones};

const FIXTURE: &str = "tests/symposium/casie-day.yaml";

fn export(f: Format) -> String {
    let path = Path::new(FIXTURE);
    let doc = load::load(path).unwrap();
    let written = zones::meeting_zone(&doc.meeting).unwrap();
    let o = Options {
        langs: vec!["en".into()],
        shown: written,
        selection: Selection::All,
        meeting_key: "casie-day".into(),
        tzid: false,
        stamp: chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
    };
    export::render(&doc.meeting, written, f, &o, &mut Default::default())
        .unwrap()
        .text
}

#[test]
fn the_programme_shows_it_under_each_day() {
    for f in [Format::Html, Format::Md] {
        let text = export(f);
        let days: Vec<&str> = if f == Format::Html {
            text.split("<section class=\"day\">").skip(1).collect()
        } else {
            text.split("\n## ").skip(1).collect()
        };
        assert_eq!(days.len(), 3, "{f:?}: three days\n{text}");
        for (d, day) in days.iter().enumerate() {
            assert!(day.contains("Gallery Walk"), "{f:?}: day {}\n{day}", d + 1);
            assert!(day.contains("09:00"), "{f:?}: at its hours");
        }
    }
}

#[test]
fn the_calendar_has_an_event_a_day_with_its_own_uid() {
    let text = export(Format::Ics);
    let walks: Vec<&str> = text
        .split("BEGIN:VEVENT")
        .filter(|e| e.contains("SUMMARY:Gallery Walk"))
        .collect();
    assert_eq!(walks.len(), 3, "{text}");
    let starts: Vec<&str> = walks
        .iter()
        .filter_map(|e| e.lines().find(|l| l.starts_with("DTSTART")))
        .collect();
    for day in ["20231004T", "20231005T", "20231006T"] {
        assert!(starts.iter().any(|s| s.contains(day)), "{day}: {starts:?}");
    }
    let uids: BTreeSet<&str> = walks
        .iter()
        .filter_map(|e| e.lines().find(|l| l.starts_with("UID:")))
        .collect();
    assert_eq!(uids.len(), 3, "one UID a day");
}

#[test]
fn the_feeds_have_it_on_each_day_with_unique_ids() {
    let text = export(Format::ScheduleJson);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let days = v["schedule"]["conference"]["days"].as_array().unwrap();
    assert_eq!(days.len(), 3);
    let mut ids = BTreeSet::new();
    for d in days {
        let foyer = d["rooms"]["Foyer"].as_array().unwrap();
        let walk = foyer
            .iter()
            .find(|e| e["title"] == "Gallery Walk")
            .unwrap_or_else(|| panic!("day {}: no Gallery Walk", d["index"]));
        assert_eq!(walk["start"], "09:00");
        assert_eq!(walk["duration"], "09:00");
        assert!(ids.insert(walk["id"].as_u64().unwrap()));
    }
    let xml = export(Format::FrabXml);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let walks: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("event"))
        .filter(|n| {
            n.children()
                .any(|c| c.has_tag_name("title") && c.text() == Some("Gallery Walk"))
        })
        .collect();
    assert_eq!(walks.len(), 3, "{xml}");
    let guids: BTreeSet<&str> = walks.iter().filter_map(|n| n.attribute("guid")).collect();
    assert_eq!(guids.len(), 3, "one guid a day");
}
