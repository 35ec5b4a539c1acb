//! The streaming YAML reader against yaml_serde, file by file: whenever the
//! fast reader gives a value, yaml_serde gives the very same one; whenever
//! yaml_serde reads a file without an error (and it holds no alias or
//! tag), the fast reader reads it too. Over every agenda, every corpus file,
//! generated agendas and random documents built from the scalars whose
//! meaning YAML makes subtle.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Debug;
use std::path::{Path, PathBuf};

use plenary::domain::{Meeting, RosterFile};
use plenary::yaml::{self, Read};
use proptest::prelude::*;
use serde::de::DeserializeOwned;

/// What each reader made of `text` as a `T`: `Err` describes a disagreement.
/// An error the fast reader words must be yaml_serde's, word for word and
/// at the same place.
fn compare<T: DeserializeOwned + PartialEq + Debug>(text: &str) -> Result<Option<T>, String> {
    let fast = yaml::read_fast::<T>(text);
    let slow = yaml::from_str::<T>(text);
    match (fast, slow) {
        (Read::Value(f), Ok(s)) if f == s => Ok(Some(f)),
        (Read::Value(f), Ok(s)) => Err(format!("different values:\nfast {f:?}\nslow {s:?}")),
        (Read::Value(f), Err(e)) => Err(format!("fast read {f:?}, yaml_serde refused: {e}")),
        (Read::Said(w), Err(e))
            if w.text == e.to_string() && w.location == yaml::error_location(&e) =>
        {
            Ok(None)
        }
        (Read::Said(w), Err(e)) => Err(format!(
            "worded otherwise:\nfast {w:?}\nslow {e} at {:?}",
            yaml::error_location(&e)
        )),
        (Read::Said(w), Ok(_)) => Err(format!("fast refused ({}), yaml_serde read it", w.text)),
        (Read::Ask, Ok(_)) if leaves_to_yaml_serde(text) => Ok(None),
        (Read::Ask, Ok(s)) => Err(format!("only yaml_serde read it: {s:?}")),
        (Read::Ask, Err(_)) => Ok(None),
    }
}

/// Aliases, tags and a stream with no document at all (nothing but
/// comments) are read by yaml_serde alone, by design.
fn leaves_to_yaml_serde(text: &str) -> bool {
    let no_document = text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#')
    });
    no_document || text.contains('*') || text.contains('!')
}

/// Every type a file is read as: a meeting, a participant list, plain data.
fn all_agree(text: &str) -> Result<bool, String> {
    let meeting = compare::<Meeting>(text)?;
    compare::<RosterFile>(text)?;
    compare::<yaml::Value>(text)?;
    Ok(meeting.is_some())
}

fn yaml_files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            yaml_files_under(&p, out);
        } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
            out.push(p);
        }
    }
}

/// The random documents are worth their time only if most are valid YAML.
#[test]
fn most_random_documents_are_valid() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = document();
    let valid = (0..200)
        .filter(|_| {
            let text = strategy.new_tree(&mut runner).unwrap().current();
            yaml::from_str_fast::<yaml::Value>(&text).is_some()
        })
        .count();
    assert!(valid > 100, "only {valid} of 200 random documents read");
}

#[test]
fn every_file_in_the_repository_reads_alike() {
    let mut files = Vec::new();
    yaml_files_under(Path::new("agendas"), &mut files);
    yaml_files_under(Path::new("tests"), &mut files);
    assert!(files.len() > 100, "{} files", files.len());
    let mut failures = Vec::new();
    let mut fast = 0;
    for f in &files {
        // Not every corpus file is UTF-8: those never reach the parser.
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        match all_agree(&text) {
            Ok(true) => fast += 1,
            Ok(false) => {}
            Err(e) => failures.push(format!("{}: {e}", f.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(fast > 20, "only {fast} files took the fast path");
}

#[test]
fn every_real_agenda_takes_the_fast_path() {
    let mut files = Vec::new();
    yaml_files_under(Path::new("agendas"), &mut files);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        if yaml::from_str::<Meeting>(&text).is_ok() {
            assert!(all_agree(&text).unwrap(), "{}", f.display());
        }
    }
}

#[test]
fn generated_agendas_read_alike() {
    for (p, s, f) in [(0, 0, 0), (3, 2, 1), (40, 6, 20), (300, 40, 150)] {
        let m = plenary::generate::meeting(p, s, f);
        let text = plenary::save::canonical::meeting_yaml(&m).unwrap();
        assert_eq!(compare::<Meeting>(&text).unwrap(), Some(m), "{p}/{s}/{f}");
        compare::<yaml::Value>(&text).unwrap();
    }
}

/// Scalars whose meaning turns on YAML's rules: nulls, booleans, numbers in
/// every base and sign, things that look like numbers and are text, quotes
/// and block styles.
const SCALARS: &[&str] = &[
    "",
    "~",
    "null",
    "Null",
    "NULL",
    "nul",
    "true",
    "False",
    "TRUE",
    "yes",
    "on",
    "0",
    "007",
    "-0",
    "+7",
    "+-7",
    "0x1F",
    "-0x10",
    "0x+1",
    "0o17",
    "-0o7",
    "0b101",
    "-0b1",
    "0b2",
    "99999999999999999999",
    "-99999999999999999999",
    "340282366920938463463374607431768211456",
    "1e3",
    "1.5",
    "-2.25",
    "10.30",
    ".inf",
    "-.Inf",
    "+.INF",
    ".nan",
    ".NaN",
    "1_000",
    "09:30",
    "2024-02-30",
    "2024-01-01",
    "'quoted'",
    "''",
    "\"dq \\t\\u00e9\"",
    "\"\"",
    "'it''s'",
    "en",
    "ru",
    "[en, ru]",
    "[]",
    "{}",
    "{en: a, ru: b}",
    "x y",
    "|\n  block\n  text",
    ">\n  folded\n  text",
    "|-\n  keep",
    "\"null\"",
    "'true'",
];

/// Text that is no value where a value goes: each makes the document a
/// syntax error, which both readers must refuse.
const BROKEN: &[&str] = &[
    "- a", "a: b", "[x", "{", "'open", "\"open", "]", "x: y: z", "\t",
];

/// Keys a meeting and its records know, and a few they do not.
const KEYS: &[&str] = &[
    "title",
    "timezone",
    "start_date",
    "end_date",
    "days",
    "participants",
    "sessions",
    "follow_ups",
    "id",
    "name",
    "start",
    "end",
    "room",
    "languages",
    "country",
    "status",
    "due",
    "tentative",
    "notes",
    "speakers",
    "chair",
    "capacity",
    "unknown_key",
];

fn scalar() -> impl Strategy<Value = String> {
    prop::sample::select(SCALARS).prop_map(str::to_string)
}

/// A value, or one time in four something broken.
fn scalar_or_often_broken() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => scalar(),
        1 => prop::sample::select(BROKEN).prop_map(str::to_string),
    ]
}

/// Mostly values, now and then something broken.
fn scalar_or_broken() -> impl Strategy<Value = String> {
    prop_oneof![
        100 => scalar(),
        1 => prop::sample::select(BROKEN).prop_map(str::to_string),
    ]
}

/// A random node: a scalar, or a list or map of nodes, in block style at `indent`.
fn node(depth: u32) -> BoxedStrategy<Node> {
    let leaf = scalar_or_broken().prop_map(Node::Scalar).boxed();
    if depth == 0 {
        return leaf;
    }
    prop_oneof![
        3 => leaf,
        1 => prop::collection::vec(node(depth - 1), 0..4).prop_map(Node::List),
        2 => prop::collection::vec((prop::sample::select(KEYS), node(depth - 1)), 0..5)
            .prop_map(|kv| Node::Map(unique(kv).into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
    ]
    .boxed()
}

#[derive(Debug, Clone)]
enum Node {
    Scalar(String),
    List(Vec<Node>),
    Map(Vec<(String, Node)>),
}

impl Node {
    fn write(&self, indent: usize, out: &mut String) {
        let pad = " ".repeat(indent);
        match self {
            Node::Scalar(s) => {
                // A block scalar's lines are indented under its key.
                let s = s.replace('\n', &format!("\n{pad}  "));
                out.push(' ');
                out.push_str(&s);
                out.push('\n');
            }
            Node::List(items) if items.is_empty() => out.push_str(" []\n"),
            Node::Map(kv) if kv.is_empty() => out.push_str(" {}\n"),
            Node::List(items) => {
                out.push('\n');
                for i in items {
                    out.push_str(&format!("{pad}-"));
                    i.write(indent + 2, out);
                }
            }
            Node::Map(kv) => {
                out.push('\n');
                for (k, v) in kv {
                    out.push_str(&format!("{pad}{k}:"));
                    v.write(indent + 2, out);
                }
            }
        }
    }
}

/// Each key once, as YAML wants it (a repeated key is an error to both readers).
fn unique<V>(kv: Vec<(&'static str, V)>) -> Vec<(&'static str, V)> {
    let mut seen = std::collections::HashSet::new();
    kv.into_iter().filter(|(k, _)| seen.insert(*k)).collect()
}

/// A whole document: a meeting-shaped map at the top.
fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(KEYS), node(3)), 1..8).prop_map(|kv| {
        let mut out = String::new();
        for (k, v) in unique(kv) {
            out.push_str(k);
            out.push(':');
            v.write(2, &mut out);
        }
        out
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_documents_read_alike(text in document()) {
        if let Err(e) = all_agree(&text) {
            prop_assert!(false, "{}\n--- document:\n{}", e, text);
        }
    }

    #[test]
    fn every_scalar_reads_alike_in_every_place(s in scalar_or_often_broken(), key in prop::sample::select(KEYS)) {
        let s = s.replace('\n', "\n  ");
        for text in [format!("{key}: {s}\n"), format!("- {s}\n"), s.clone()] {
            if let Err(e) = all_agree(&text) {
                prop_assert!(false, "{}\n--- document:\n{}", e, text);
            }
        }
    }
}
