//! The iCalendar export read back as a calendar app reads it: CRLF lines
//! unfolded, properties parsed, instants compared with known ones.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use plenary::export::sequence::SequenceState;
use plenary::export::{self, Format, Options, Selection};
use plenary::{load, zones};

fn options(path: &Path) -> (load::Document, chrono_tz::Tz, Options) {
    let doc = load::load(path).unwrap();
    let written = zones::meeting_zone(&doc.meeting).unwrap();
    let o = Options {
        langs: vec!["en".into()],
        shown: written,
        selection: Selection::All,
        meeting_key: path.file_stem().unwrap().to_string_lossy().into(),
        tzid: false,
        stamp: chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
    };
    (doc, written, o)
}

/// Events as property maps (name with parameters → value), after unfolding.
fn parse(ics: &str) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    assert!(ics.ends_with("\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "a bare LF");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "longer than 75 octets: {line}");
    }
    let unfolded = ics.replace("\r\n ", "");
    let lines: Vec<String> = unfolded
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    let mut events = Vec::new();
    let mut cur: Option<BTreeMap<String, String>> = None;
    for l in &lines {
        match l.as_str() {
            "BEGIN:VEVENT" => cur = Some(BTreeMap::new()),
            "END:VEVENT" => events.extend(cur.take()),
            _ => {
                if let (Some(ev), Some((k, v))) = (cur.as_mut(), l.split_once(':')) {
                    ev.insert(k.to_string(), v.to_string());
                }
            }
        }
    }
    (lines, events)
}

fn render(path: &Path, f: impl FnOnce(&mut Options)) -> String {
    let (doc, written, mut o) = options(path);
    f(&mut o);
    export::render(
        &doc.meeting,
        written,
        Format::Ics,
        &o,
        &mut SequenceState::default(),
    )
    .unwrap()
    .text
}

#[test]
fn every_reference_agenda_is_a_valid_calendar() {
    for entry in std::fs::read_dir("agendas").unwrap() {
        let path = entry.unwrap().path();
        let (lines, events) = parse(&render(&path, |_| {}));
        assert_eq!(lines[0], "BEGIN:VCALENDAR");
        assert!(lines.contains(&"VERSION:2.0".to_string()));
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        assert!(lines.iter().any(|l| l.starts_with("X-WR-TIMEZONE:")));
        assert!(!events.is_empty(), "{path:?}");
        for e in &events {
            for k in [
                "UID",
                "DTSTAMP",
                "DTSTART",
                "SUMMARY",
                "LOCATION",
                "DESCRIPTION",
                "SEQUENCE",
            ] {
                assert!(e.contains_key(k), "{path:?}: {k} missing in {e:?}");
            }
            assert!(e["DTSTART"].ends_with('Z') && !e["LOCATION"].is_empty());
        }
    }
}

#[test]
fn vcasie_webinar_1_is_at_five_utc() {
    let path = Path::new("agendas/2020-vcasie.yaml");
    let (_, events) = parse(&render(path, |_| {}));
    let w1 = events
        .iter()
        .find(|e| e["SUMMARY"].starts_with("Webinar 1"))
        .unwrap();
    assert_eq!(w1["DTSTART"], "20200925T050000Z");
    assert_eq!(w1["DTEND"], "20200925T063000Z");
    assert_eq!(w1["LOCATION"], "Online");
    let (lines, events) = parse(&render(path, |o| o.tzid = true));
    assert!(lines.contains(&"BEGIN:VTIMEZONE".to_string()));
    assert!(
        lines.contains(&"TZOFFSETTO:+0600".to_string()),
        "Almaty was UTC+6 in 2020"
    );
    let w1 = events
        .iter()
        .find(|e| e["SUMMARY"].starts_with("Webinar 1"))
        .unwrap();
    assert_eq!(w1["DTSTART;TZID=Asia/Almaty"], "20200925T110000");
}

#[test]
fn uids_are_stable_and_sequence_grows_only_on_change() {
    let path = Path::new("agendas/2020-vcasie.yaml");
    let (doc, written, o) = options(path);
    let mut seq = SequenceState::default();
    let mut run = |m: &plenary::domain::Meeting| {
        let text = export::render(m, written, Format::Ics, &o, &mut seq)
            .unwrap()
            .text;
        parse(&text).1
    };
    let first = run(&doc.meeting);
    let again = run(&doc.meeting);
    let mut moved = doc.meeting.clone();
    moved.sessions[1].start = plenary::domain::Clock::hm(14, 0);
    let after = run(&moved);
    for (a, b) in first.iter().zip(&again) {
        assert_eq!((&a["UID"], &a["SEQUENCE"]), (&b["UID"], &b["SEQUENCE"]));
    }
    let seqs: Vec<&str> = after.iter().map(|e| e["SEQUENCE"].as_str()).collect();
    assert_eq!(seqs, ["0", "1", "0"]);
    assert_eq!(first[1]["UID"], after[1]["UID"]);
}

#[test]
fn a_persons_calendar_holds_their_sessions_and_role() {
    let path = Path::new("agendas/2020-vcasie.yaml");
    let (_, events) = parse(&render(path, |o| {
        o.selection = Selection::Person("cho-jaewon".into())
    }));
    assert_eq!(events.len(), 1);
    assert!(events[0]["DESCRIPTION"].starts_with("Your role: speaker."));
    let (_, booth) = parse(&render(path, |o| {
        o.selection = Selection::Person("interpreter-en-ru-1".into())
    }));
    assert_eq!(booth.len(), 3);
}

/// A Russian calendar says its own words in Russian (the tester saw
/// `Floor language: Russian; interpretation into English. Chair: …` and
/// `Your role: speaker.` while the Markdown programme was Russian).
#[test]
fn a_russian_calendar_says_its_words_in_russian() {
    let english = [
        "Floor language",
        "interpretation into",
        "Chair:",
        "Lead:",
        "(proposed)",
        "(tentative)",
        "Not confirmed yet",
        "Your role",
        "on behalf of",
        "Russian",
    ];
    let mut said = String::new();
    for (agenda, person) in [
        ("agendas/2020-vcasie.yaml", "cho-jaewon"),
        ("agendas/2022-10-casie.yaml", ""),
        ("agendas/2018-10-dushanbe-ict-oer-sdg4.yaml", ""),
    ] {
        let (_, events) = parse(&render(Path::new(agenda), |o| {
            o.langs = vec!["ru".into()];
            if !person.is_empty() {
                o.selection = Selection::Person(person.into());
            }
        }));
        for e in &events {
            for k in ["SUMMARY", "LOCATION", "DESCRIPTION", "CATEGORIES"] {
                said.push_str(&e[k]);
                said.push('\n');
            }
        }
    }
    for word in english {
        assert!(
            !said.contains(word),
            "`{word}` in a Russian calendar:\n{said}"
        );
    }
    for word in [
        "Ваша роль: докладчик.",
        "Язык зала: английский",
        "синхронный перевод на русский",
        "Ведущая организация: ",
        "(предварительно)",
        "Ещё не подтверждено: дата\\, время начала\\, время окончания.",
        "от имени ",
        "Онлайн",
    ] {
        assert!(said.contains(word), "no `{word}` in:\n{said}");
    }
}

#[test]
fn the_cli_remembers_sequences_in_the_cache_folder() {
    let dir = tempfile::tempdir().unwrap();
    let agenda = dir.path().join("vcasie.yaml");
    std::fs::copy("agendas/2020-vcasie.yaml", &agenda).unwrap();
    let out = dir.path().join("out.ics");
    let export = || {
        let st = Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(["export", agenda.to_str().unwrap(), "--format", "ics", "-o"])
            .arg(&out)
            .env("PLENARY_CACHE_DIR", dir.path().join("cache"))
            .status()
            .unwrap();
        assert!(st.success());
        std::fs::read_to_string(&out).unwrap()
    };
    assert_eq!(export().matches("SEQUENCE:0").count(), 3);
    let text = std::fs::read_to_string(&agenda).unwrap();
    std::fs::write(
        &agenda,
        text.replacen("start: \"15:00\"", "start: \"15:30\"", 1),
    )
    .unwrap();
    let second = export();
    assert_eq!(second.matches("SEQUENCE:1").count(), 1, "{second}");
}
