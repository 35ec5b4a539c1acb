//! Nothing a user's file contains can make Plenary panic, and a save keeps
//! everything a file held. Property tests over arbitrary bytes and over
//! mutated reference agendas.
//!
//! The default case count keeps `cargo test` quick; for a long fuzzing run:
//! `PROPTEST_CASES=200000 cargo test --release --test robustness`.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use chrono::NaiveDate;
use plenary::check::check_meeting;
use plenary::load::{self, source};
use plenary::save::canonical;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default()
}

fn agendas() -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir("agendas")
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Loads and checks text the way the app does, returning the canonical text
/// when it parsed.
fn exercise(bytes: Vec<u8>) -> Option<String> {
    let src = source::from_bytes(bytes).ok()?;
    let m = match load::parse_meeting(Path::new("fuzz.yaml"), &src.text) {
        Ok(m) => m,
        Err(_) => {
            // Every broken record reported, each with a message.
            let all = load::parse_problems(Path::new("fuzz.yaml"), &src.text);
            assert!(!all.is_empty() && all.iter().all(|p| !p.message.is_empty()));
            return None;
        }
    };
    let problems = check_meeting(&m, today());
    for p in &problems {
        let _ = p.to_string();
    }
    let _ = load::LineIndex::build(&src.text).find("sessions[0].items[0].speakers[0]");
    canonical::meeting_yaml(&m).ok()
}

fn assert_lossless(text: &str) {
    let Ok(m) = load::parse_meeting(Path::new("a.yaml"), text) else {
        return;
    };
    let once = canonical::meeting_yaml(&m).expect("a parsed meeting serializes");
    let again = load::parse_meeting(Path::new("a.yaml"), &once).expect("canonical text parses");
    assert_eq!(m, again, "load → save → load changed the document");
    let twice = canonical::meeting_yaml(&again).expect("serializes");
    assert_eq!(once, twice, "canonical form is not stable");
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    InsertChar(usize, char),
    DeleteChar(usize),
    Truncate(usize),
    SwapLines(usize, usize),
    ReplaceValue(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (
            any::<usize>(),
            prop_oneof![
                Just(':'),
                Just('-'),
                Just(' '),
                Just('\t'),
                Just('"'),
                Just('['),
                Just('&'),
                Just('*'),
                Just('\u{1b}'),
                any::<char>()
            ]
        )
            .prop_map(|(i, c)| Mutation::InsertChar(i, c)),
        any::<usize>().prop_map(Mutation::DeleteChar),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (
            any::<usize>(),
            prop_oneof![
                Just("".to_string()),
                Just("[]".into()),
                Just("{}".into()),
                Just("~".into()),
                Just("25:61".into()),
                Just("2020-02-30".into()),
                Just("-1".into()),
                Just("*x".into()),
                Just("xx".into()),
                Just("Europe/Nowhere".into()),
                "\\PC{0,12}"
            ]
        )
            .prop_map(|(i, v)| Mutation::ReplaceValue(i, v)),
    ]
}

fn apply(text: &str, muts: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for m in muts {
        if lines.is_empty() {
            break;
        }
        let n = lines.len();
        match m {
            Mutation::DeleteLine(i) => {
                lines.remove(i % n);
            }
            Mutation::DuplicateLine(i) => {
                let l = lines[i % n].clone();
                lines.insert(i % n, l);
            }
            Mutation::InsertChar(i, c) => {
                let l = &mut lines[i % n];
                let at = l
                    .char_indices()
                    .map(|(k, _)| k)
                    .nth(i % (l.chars().count() + 1))
                    .unwrap_or(l.len());
                l.insert(at, *c);
            }
            Mutation::DeleteChar(i) => {
                let l = &mut lines[i % n];
                if let Some((at, _)) = l.char_indices().nth(i % (l.chars().count().max(1))) {
                    l.remove(at);
                }
            }
            Mutation::Truncate(i) => lines.truncate((i % n).max(1)),
            Mutation::SwapLines(a, b) => lines.swap(a % n, b % n),
            Mutation::ReplaceValue(i, v) => {
                let l = &mut lines[i % n];
                if let Some(k) = l.find(": ") {
                    l.truncate(k + 2);
                    l.push_str(v);
                }
            }
        }
    }
    lines.join("\n")
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = exercise(bytes);
    }

    #[test]
    fn arbitrary_yaml_like_text_never_panics(text in "(([a-z_]{1,8}: )?(-|  |\\[|\\]|\\{|\\}|,|:|&a|\\*a|\"|'|[a-z0-9 ]{0,6}|\n)){0,80}") {
        if let Some(c) = exercise(text.into_bytes()) {
            assert_lossless(&c);
        }
    }

    #[test]
    fn mutated_agendas_never_panic_and_stay_lossless(which in 0usize..5, muts in proptest::collection::vec(mutation(), 1..6)) {
        let all = agendas();
        prop_assume!(!all.is_empty());
        let text = apply(&all[which % all.len()], &muts);
        if exercise(text.clone().into_bytes()).is_some() {
            assert_lossless(&text);
        }
    }
}

#[test]
fn every_reference_agenda_round_trips_byte_for_byte() {
    let all = agendas();
    assert_eq!(all.len(), 5, "five reference agendas");
    for text in &all {
        assert_lossless(text);
        let m = load::parse_meeting(Path::new("a.yaml"), text).expect("reference agendas parse");
        assert_eq!(
            &canonical::meeting_yaml(&m).expect("serializes"),
            text,
            "reference agendas are canonical"
        );
    }
}

#[test]
fn generated_large_agenda_round_trips() {
    let m = plenary::generate::meeting(300, 60, 200);
    let text = canonical::meeting_yaml(&m).expect("serializes");
    let back = load::parse_meeting(Path::new("big.yaml"), &text).expect("parses");
    assert_eq!(m, back);
    let errors: Vec<_> = check_meeting(&back, today())
        .into_iter()
        .filter(|p| p.is_error())
        .collect();
    assert!(
        errors.is_empty(),
        "generated agenda must be valid: {errors:?}"
    );
}
