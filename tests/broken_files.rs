//! The corpus of broken files: each `tests/broken/NAME.yaml` must produce
//! exactly the messages in `NAME.expected` (what `plenary check` prints on
//! standard output) and the exit code on its first line.
//!
//! After a deliberate wording change, regenerate with
//! `BLESS=1 cargo test --test broken_files` and read the diff.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::corpus;

const TODAY: &str = "2026-11-26";

fn run_check(file: &Path) -> (i32, String) {
    corpus::check(&["--today", TODAY], file)
}

#[test]
fn every_broken_file_gives_its_message() {
    let bless = corpus::blessing();
    let cases = corpus::yaml_files("tests/broken");
    assert!(
        cases.len() >= 30,
        "the corpus shrank: {} files",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let (code, stdout) = run_check(case);
        let got = format!("exit {code}\n{stdout}");
        failures.extend(corpus::against_expected(case, &got, bless));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("huge.yaml");
    let f = fs::File::create(&big).expect("create");
    // Sparse: costs no disk, but its length is over the limit.
    f.set_len(plenary::load::source::MAX_FILE_BYTES + 1)
        .expect("set_len");
    let (code, stdout) = run_check(&big);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("over the 67108864-byte limit for an agenda"),
        "{stdout}"
    );
}

#[test]
fn unreadable_input_exits_2() {
    let (code, _) = run_check(Path::new("tests/broken/no-such-file.yaml"));
    assert_eq!(code, 2);
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, _) = run_check(dir.path());
    assert_eq!(code, 2, "an empty folder has nothing to check");
}

#[test]
fn deny_warnings_turns_warnings_into_failure() {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args([
            "check",
            "--deny-warnings",
            "--today",
            TODAY,
            "tests/broken/warn-overdue.yaml",
        ])
        .output()
        .expect("run plenary");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn reference_agendas_have_no_errors() {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["check", "--today", TODAY, "agendas"])
        .output()
        .expect("run plenary");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(!stdout.contains(": error:"), "{stdout}");
}

#[test]
fn reference_agendas_are_canonical() {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["fmt", "--check", "agendas"])
        .output()
        .expect("run plenary");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
