#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The fast YAML reader against yaml_serde, on every bundled agenda broken
//! one line at a time: a key misspelt, a value of the wrong kind, a line
//! dropped, doubled or pushed right. Wherever the fast reader answers, it
//! must give yaml_serde's value, or yaml_serde's error in the same words at
//! the same place; the messages people read come from it for a typo.

use plenary::domain::{Meeting, RosterFile};
use plenary::yaml::{self, Read};

/// Values that are wrong somewhere: dates, statuses, lists, maps, nothing.
const VALUES: [&str; 8] = [
    "2020-13-45",
    "atended",
    "[x, y]",
    "{a: 1}",
    "",
    "~",
    "25:99",
    "300000000000000000000",
];

fn mutations(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let with = |new: Option<String>, extra: bool| {
            let mut l: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            match new {
                Some(n) if extra => l.insert(i, n),
                Some(n) => l[i] = n,
                None => {
                    l.remove(i);
                }
            }
            l.join("\n") + "\n"
        };
        let lead = line.len() - line.trim_start_matches([' ', '-']).len();
        let rest = &line[lead..];
        if let Some((key, value)) = rest.split_once(':')
            && key.len() > 1
            && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        {
            // A misspelt key: its last letter dropped.
            let typo = format!("{}{}:{value}", &line[..lead], &key[..key.len() - 1]);
            out.push(with(Some(typo), false));
            let v = VALUES[i % VALUES.len()];
            out.push(with(Some(format!("{}{key}: {v}", &line[..lead])), false));
            // The same key twice (only where it is the line's own).
            if !line[..lead].contains('-') {
                out.push(with(Some(line.to_string()), true));
            }
        }
        out.push(with(None, false));
        out.push(with(Some(format!("  {line}")), false));
    }
    out
}

/// Compares the two readers on `text`; whether the fast one worded an error.
fn agree<T>(text: &str) -> bool
where
    T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let slow = yaml::from_str::<T>(text);
    match (yaml::read_fast::<T>(text), slow) {
        (Read::Value(v), Ok(s)) => {
            assert_eq!(v, s, "{text}");
            false
        }
        (Read::Said(w), Err(e)) => {
            assert_eq!(w.text, e.to_string(), "{text}");
            let at = e.location().map(|l| (l.line(), l.column()));
            assert_eq!(w.location, at, "{text}");
            true
        }
        (Read::Ask, _) => false,
        (Read::Value(_), Err(e)) => panic!("fast read a value, yaml_serde says {e}:\n{text}"),
        (Read::Said(w), Ok(_)) => panic!("fast says {}, yaml_serde reads it:\n{text}", w.text),
    }
}

#[test]
fn the_fast_reader_words_errors_as_yaml_serde_does() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    let (mut tried, mut said) = (0, 0);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for broken in mutations(&text) {
            tried += 1;
            said += usize::from(agree::<Meeting>(&broken));
            // A meeting read as a participant list: refused at once, by
            // both readers, in the same words.
            agree::<RosterFile>(&broken);
        }
    }
    eprintln!("{said} of {tried} broken copies worded by the fast reader");
    // Most broken copies are errors the types raise: the test is not empty.
    assert!(tried > 2000, "{tried}");
    assert!(said * 3 > tried, "{said} of {tried}");
}
