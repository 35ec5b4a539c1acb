//! The hostile corpus: agendas whose every text field, id and value
//! carries OSC 52 (clipboard), OSC 0 (window title), `ESC[2J`, DCS, the C1
//! CSI U+009B, bidi controls (U+202E, U+200E, U+200F, U+061C), CR and BS,
//! written with YAML escapes so the corpus itself stays plain ASCII.
//!
//! Each one goes through every subcommand and format under a file name that
//! is itself hostile (an OSC 0 and a line break that would forge a
//! `fake: error` line), and no such byte may reach stdout or stderr.
//! `plenary check`'s output on each is also kept exactly, as the broken-file
//! corpus does (`BLESS=1 cargo test --test hostile_outputs` after a change).

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::corpus;

const TODAY: &str = "2026-11-26";
/// OSC 0 (window title), BEL, a line break and what it would forge.
const HOSTILE_NAME: &str = "x\x1b]0;PWNED\x07\nfake: error.yaml";

/// The first unsafe character in `s` and a little context, if any.
fn first_unsafe(s: &str) -> Option<String> {
    let s = &s.replace("\r\n", "\n");
    s.char_indices()
        .find(|(_, c)| plenary::safe::is_unsafe(*c) && !matches!(c, '\n' | '\t'))
        .map(|(i, c)| {
            let start = s[..i].char_indices().rev().nth(30).map_or(0, |(j, _)| j);
            format!("U+{:04X} after {:?}", c as u32, &s[start..i])
        })
}

fn run(args: &[&str], cwd: &Path) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(args)
        .args(["--today", TODAY])
        .current_dir(cwd)
        .env("COLUMNS", "120")
        .output()
        .expect("run plenary");
    // Invalid UTF-8 would itself be a leak; lossy decoding shows it as U+FFFD,
    // so compare the raw bytes for ESC and C1 as well.
    // A calendar's lines end in CRLF (RFC 5545); any other CR is a leak.
    let crlf = args.contains(&"ics");
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let lone_cr = bytes
            .iter()
            .enumerate()
            .any(|(i, &b)| b == b'\r' && (!crlf || bytes.get(i + 1) != Some(&b'\n')));
        assert!(
            !bytes.contains(&0x1b) && !bytes.contains(&0x07) && !lone_cr,
            "{args:?}: raw control byte on {name}"
        );
    }
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every subcommand and format that prints something from a file.
const COMMANDS: &[&[&str]] = &[
    &["check"],
    &["check", "--deny-warnings"],
    &["fmt", "--check"],
    &["followups", "--status", "all"],
    &["followups", "--status", "all", "--group-by", "owner"],
    &["followups", "--status", "all", "--group-by", "meeting"],
    &["followups", "--status", "all", "--group-by", "status"],
    &["followups", "--status", "all", "--format", "csv"],
    &["followups", "--status", "all", "--format", "json"],
    &["agenda"],
    &["agenda", "--tz", "Asia/Tokyo", "--lang", "ru"],
    &["interpretation"],
    &["interpretation", "--turns"],
    &["interpretation", "--session", "nope"],
    &["export", "--format", "html"],
    &["export", "--format", "md", "--lang", "en,ru"],
    &["export", "--format", "frab-xml"],
    &["export", "--format", "schedule-json", "--tz", "UTC"],
    &["export", "--format", "html"],
    &["export", "--format", "md"],
    &["export", "--format", "ics"],
    &["export", "--format", "ics", "--tzid"],
    &["export", "--format", "frab-xml"],
    &["export", "--format", "schedule-json"],
    &[
        "export", "--format", "md", "--lang", "en,ru", "--person", "cho",
    ],
    &["slots", "--session", "s2"],
    &["slots", "--session", "opening"],
    &["fmt"],
];

#[test]
fn no_escape_c1_or_bidi_reaches_the_terminal() {
    let mut failures = Vec::new();
    for case in corpus::yaml_files("tests/hostile") {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::copy(&case, dir.path().join(HOSTILE_NAME)).expect("copy");
        for cmd in COMMANDS {
            let mut args: Vec<&str> = cmd.to_vec();
            args.push(HOSTILE_NAME);
            let (stdout, stderr) = run(&args, dir.path());
            for (name, text) in [("stdout", &stdout), ("stderr", &stderr)] {
                if let Some(at) = first_unsafe(text) {
                    failures.push(format!("{} {cmd:?} {name}: {at}", case.display()));
                }
                // A CSV cell may hold a line break (quoted, as notes do); elsewhere
                // a line of its own is a forged message.
                let csv = cmd.contains(&"csv");
                if !csv && text.lines().any(|l| l.starts_with("fake: error")) {
                    failures.push(format!("{} {cmd:?} {name}: a forged line", case.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ics_on_the_terminal_keeps_crlf_and_nothing_else_raw() {
    for case in corpus::yaml_files("tests/hostile") {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::copy(&case, dir.path().join("m.yaml")).expect("copy");
        let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(["export", "--format", "ics", "m.yaml"])
            .current_dir(dir.path())
            .env("PLENARY_CACHE_DIR", dir.path().join("cache"))
            .output()
            .expect("run plenary");
        let text = String::from_utf8_lossy(&out.stdout);
        for line in text.split("\r\n") {
            assert!(first_unsafe(line).is_none(), "{}: {line:?}", case.display());
        }
    }
}

#[test]
fn json_escapes_and_keeps_every_value() {
    let dir = Path::new("tests/hostile");
    let (json, _) = run(
        &[
            "followups",
            "--status",
            "all",
            "--format",
            "json",
            "every-text-field.yaml",
        ],
        dir,
    );
    assert!(
        json.contains(r"\u009b31m\u202e\u200e\u200f\u061c\r\b"),
        "{json}"
    );
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let title = v[0]["title"].as_str().expect("a title");
    assert!(title.starts_with("Do it\u{1b}]52;"), "{title:?}");
}

#[test]
fn csv_defuses_every_cell_that_could_run() {
    let dir = Path::new("tests/hostile");
    let (csv, _) = run(
        &[
            "followups",
            "--status",
            "all",
            "--format",
            "csv",
            "every-text-field.yaml",
        ],
        dir,
    );
    let row = csv
        .lines()
        .find(|l| l.contains("HYPERLINK"))
        .expect("the formula row");
    for defused in [
        "\"'=HYPERLINK(",
        ",';=1+1,",
        ",'\t=cmd,",
        ",'+s2,",
        ",'@SUM(1),",
    ] {
        assert!(row.contains(defused), "{defused:?} not in {row:?}");
    }
    assert!(!csv.contains('\u{202e}') && !csv.contains('\r'), "{csv}");
}

#[test]
fn check_output_on_each_hostile_file_is_exact() {
    let bless = corpus::blessing();
    let mut failures = Vec::new();
    for case in corpus::yaml_files("tests/hostile") {
        let (code, stdout) = corpus::check(&["--today", TODAY], &case);
        let got = format!("exit {code}\n{stdout}");
        failures.extend(corpus::against_expected(&case, &got, bless));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The boundary holds only if nothing prints around it: every subcommand
/// writes through `cli/out.rs` (its `Out`, `print`, `outln!`, `errln!`),
/// which passes all text through the one sanitizer.
#[test]
fn the_cli_prints_only_through_its_door() {
    let mut offenders = Vec::new();
    for entry in fs::read_dir("src/cli").expect("src/cli") {
        let path = entry.expect("entry").path();
        if path.file_name().is_some_and(|n| n == "out.rs") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("read");
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            // Asking whether stdout is a terminal writes nothing.
            let raw_stream = (code.contains("stdout()") || code.contains("stderr()"))
                && !code.contains("is_terminal()");
            let printing = ["println!", "eprintln!", "print!(", "eprint!("]
                .iter()
                .any(|m| code.contains(m));
            if raw_stream || printing {
                offenders.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "print through cli/out.rs so text passes the sanitizer:\n{}",
        offenders.join("\n")
    );
}
