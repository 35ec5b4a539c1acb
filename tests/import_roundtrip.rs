//! `plenary import` then `plenary export`: a pretalx or frab schedule comes
//! back with every event at the same instant, for as long, in the same room,
//! with the same title — across a DST change (Berlin, October 2024) and
//! Almaty's move from UTC+6 to UTC+5 (1 March 2024).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use plenary::export::sequence::SequenceState;
use plenary::export::{self, Format, Options, Selection};
use plenary::import::{self, Schedule};
use plenary::{load, zones};

/// (UTC start, minutes, room, title) of every event.
fn facts(s: &Schedule) -> BTreeSet<(String, i64, String, String)> {
    s.events
        .iter()
        .map(|e| {
            let at = e
                .start
                .expect("a start")
                .with_timezone(&chrono::Utc)
                .to_rfc3339();
            (at, e.minutes, e.room.clone(), e.title.clone())
        })
        .collect()
}

/// Imports `text` into an agenda on disk, loads it back, exports it in `f`.
fn round_trip(text: &str, f: Format) -> Schedule {
    let (meeting, notes) = import::build(&import::parse(text).unwrap());
    assert!(notes.is_empty(), "{notes:?}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("imported.yaml");
    plenary::save::create(&path, &meeting).unwrap();
    let doc = load::load(&path).unwrap();
    let written = zones::meeting_zone(&doc.meeting).unwrap();
    let o = Options {
        langs: vec!["en".into()],
        shown: written,
        selection: Selection::All,
        meeting_key: "imported".into(),
        tzid: false,
        stamp: chrono::DateTime::from_timestamp(0, 0).unwrap(),
    };
    let out = export::render(&doc.meeting, written, f, &o, &mut SequenceState::default()).unwrap();
    import::parse(&out.text).unwrap()
}

#[test]
fn a_pretalx_schedule_comes_back_with_the_same_events() {
    let text = std::fs::read_to_string("tests/import/pretalx-schedule.json").unwrap();
    let original = facts(&import::parse(&text).unwrap());
    assert_eq!(original.len(), 3);
    for f in [Format::ScheduleJson, Format::FrabXml] {
        assert_eq!(facts(&round_trip(&text, f)), original, "{f:?}");
    }
}

#[test]
fn a_frab_schedule_comes_back_with_the_same_events() {
    let text = std::fs::read_to_string("tests/import/frab-schedule.xml").unwrap();
    let original = facts(&import::parse(&text).unwrap());
    assert_eq!(original.len(), 2);
    for f in [Format::ScheduleJson, Format::FrabXml] {
        assert_eq!(facts(&round_trip(&text, f)), original, "{f:?}");
    }
}

/// An imported agenda runs on the dates the feed states, not from
/// 1970-01-01 (the placeholder it used to keep) nor only over the days that
/// have events: a three-day workshop exported with its opening alone comes
/// back as three days.
#[test]
fn an_imported_agenda_keeps_the_feeds_dates() {
    let text = std::fs::read_to_string("tests/import/pretalx-schedule.json").unwrap();
    let (m, _) = import::build(&import::parse(&text).unwrap());
    assert_eq!(m.start_date.to_string(), "2024-10-26");
    assert_eq!(m.last_day().to_string(), "2024-10-27");

    let path = Path::new("tests/feeds/gap-days.yaml");
    let doc = load::load(path).unwrap();
    let written = zones::meeting_zone(&doc.meeting).unwrap();
    let o = Options {
        langs: vec!["en".into()],
        shown: written,
        selection: Selection::Session("opening".into()),
        meeting_key: "gap-days".into(),
        tzid: false,
        stamp: chrono::DateTime::from_timestamp(0, 0).unwrap(),
    };
    for f in [Format::ScheduleJson, Format::FrabXml] {
        let out = export::render(&doc.meeting, written, f, &o, &mut SequenceState::default());
        let (m, _) = import::build(&import::parse(&out.unwrap().text).unwrap());
        assert_eq!(m.sessions.len(), 1, "{f:?}");
        assert_eq!(m.start_date.to_string(), "2026-10-06", "{f:?}");
        assert_eq!(m.last_day().to_string(), "2026-10-08", "{f:?}");
    }
}

#[test]
fn imported_people_languages_and_links_land_in_the_agenda() {
    let text = std::fs::read_to_string("tests/import/pretalx-schedule.json").unwrap();
    let (m, _) = import::build(&import::parse(&text).unwrap());
    assert_eq!(m.timezone, "Europe/Berlin");
    assert_eq!(
        m.people().len(),
        2,
        "Gulnara Kussidenova is one participant"
    );
    let late = m
        .sessions
        .iter()
        .find(|s| s.title.primary() == "Late hands-on")
        .unwrap();
    assert_eq!(late.language, ["ru"]);
    assert_eq!(late.start.unwrap().to_string(), "22:30");
    assert_eq!(late.items[0].speakers.len(), 2);
    let keynote = &m.sessions[0];
    assert_eq!(
        keynote.documents[0].url.as_deref(),
        Some("https://example.org/slides.pdf")
    );
    assert_eq!(keynote.lead.as_ref().unwrap().primary(), "Education");
}

#[test]
fn every_reference_agenda_survives_export_import_export() {
    for entry in std::fs::read_dir("agendas").unwrap() {
        let path = entry.unwrap().path();
        let doc = load::load(&path).unwrap();
        let written = zones::meeting_zone(&doc.meeting).unwrap();
        let o = Options {
            langs: vec!["en".into()],
            shown: written,
            selection: Selection::All,
            meeting_key: "k".into(),
            tzid: false,
            stamp: chrono::DateTime::from_timestamp(0, 0).unwrap(),
        };
        let first = export::render(
            &doc.meeting,
            written,
            Format::ScheduleJson,
            &o,
            &mut SequenceState::default(),
        )
        .unwrap();
        let original = facts(&import::parse(&first.text).unwrap());
        assert_eq!(
            facts(&round_trip(&first.text, Format::FrabXml)),
            original,
            "{path:?}"
        );
    }
}

#[test]
fn the_cli_writes_an_agenda_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("democon.yaml");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(["import", "tests/import/pretalx-schedule.json", "-o"])
            .arg(&out)
            .output()
            .unwrap()
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(String::from_utf8_lossy(&first.stderr).contains("3 sessions, 2 participants"));
    let again = run();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
    let bad = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["import", "Cargo.toml", "-o"])
        .arg(dir.path().join("x.yaml"))
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("neither a schedule.json nor a schedule.xml")
    );
}

#[test]
fn an_event_past_midnight_is_cut_at_23_59_and_says_so() {
    let text = std::fs::read_to_string("tests/import/pretalx-schedule.json")
        .unwrap()
        .replace("2024-10-26T22:30:00+02:00", "2024-10-26T23:45:00+02:00");
    let (m, notes) = import::build(&import::parse(&text).unwrap());
    assert!(
        notes.iter().any(|n| n
            .render(plenary::i18n::Lang::En)
            .contains("runs past midnight")),
        "{notes:?}"
    );
    let late = m
        .sessions
        .iter()
        .find(|s| s.title.primary() == "Late hands-on")
        .unwrap();
    assert_eq!(late.end.unwrap().to_string(), "23:59");
    assert_eq!(
        late.notes.as_deref(),
        Some("Ends 00:15 the next day. Subtitle: Bring a laptop")
    );
}

#[test]
fn broken_feeds_are_told_not_panicked() {
    for text in [
        "{",
        "{}",
        "<schedule><day><room><event/></room></day></schedule>",
        "<html/>",
        "",
    ] {
        if let Ok(s) = import::parse(text) {
            let (_, notes) = import::build(&s);
            assert!(s.events.iter().all(|e| e.start.is_none()) || notes.is_empty());
        }
    }
    assert!(Path::new("tests/import/pretalx-schedule.json").exists());
}
