//! Inputs that once made Plenary work far longer than their size, or wait
//! forever, at sizes small enough for a test: each must give the right
//! answer here; `benches/` measures that the work stays in proportion.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;
use std::process::Command;

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn plenary(args: &[&str], cache: &Path) -> Out {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_CACHE_DIR", cache)
        .output()
        .expect("run plenary");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn meeting(people: usize, sessions: usize, follow_ups: usize) -> String {
    let m = plenary::generate::meeting(people, sessions, follow_ups);
    plenary::save::canonical::meeting_yaml(&m).expect("serializes")
}

#[test]
fn every_broken_reference_gets_its_own_did_you_mean() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("m.yaml");
    // Every participant renamed: each reference now points nowhere, one letter off.
    let text = meeting(600, 40, 100).replace("- id: p0", "- id: q0");
    fs::write(&f, &text).expect("write");
    let out = plenary(&["check", &f.to_string_lossy()], dir.path());
    assert_eq!(out.code, 1);
    let broken: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.contains("is not on the roster"))
        .collect();
    assert!(broken.len() > 100, "{}", broken.len());
    let hints: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.contains("hint: did you mean `q0"))
        .collect();
    assert_eq!(hints.len(), broken.len(), "{}", out.stdout);
}

#[test]
fn a_typo_in_a_large_file_is_found_on_its_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("m.yaml");
    let text = meeting(300, 30, 60);
    let at = text.find("  kind: ").expect("a session kind");
    let line = text[..at].matches('\n').count() + 1;
    fs::write(&f, text.replacen("  kind: ", "  knd: ", 1)).expect("write");
    let out = plenary(&["check", &f.to_string_lossy()], dir.path());
    assert_eq!(out.code, 1);
    let want = format!("m.yaml:{line}:3: error: unknown field `knd`");
    assert!(out.stdout.contains(&want), "{want}\n{}", out.stdout);
}

#[test]
fn thousands_of_speakers_in_one_item_are_each_checked_once() {
    let m = plenary::generate::meeting(20, 2, 0);
    let mut m = m;
    let item = &mut m.sessions[0].items[0];
    item.speakers = (0..3_000).map(|i| format!("ghost-{}", i % 1_500)).collect();
    let people = m.sessions[0].people();
    let ghosts: Vec<&&str> = people.iter().filter(|p| p.starts_with("ghost-")).collect();
    assert_eq!(ghosts.len(), 1_500, "each once");
    assert_eq!(ghosts[0], &"ghost-0", "in order");
    let today = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    let problems = plenary::check::check_meeting(&m, today);
    let ghosts = problems
        .iter()
        .filter(|p| p.message.contains("`ghost-"))
        .count();
    assert!(ghosts >= 3_000, "{ghosts}");
}

#[test]
fn deep_nesting_is_refused_with_its_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("deep.yaml");
    let head = "title: T\ntimezone: UTC\nstart_date: 2024-01-01\n";
    for body in ["[".repeat(20_000), "{a: ".repeat(20_000)] {
        fs::write(&f, format!("{head}notes: {body}\n")).expect("write");
        for cmd in ["check", "followups", "fmt"] {
            let out = plenary(&[cmd, &f.to_string_lossy()], dir.path());
            assert_eq!(out.code, 1, "{cmd}");
            let said = format!("{}{}", out.stdout, out.stderr);
            assert!(
                said.contains("deep.yaml:4:") && said.contains("nested more than 64 levels"),
                "{cmd}: {said}"
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.yaml");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("no mkfifo here; skipped");
        return;
    }
    let out = plenary(&["check", &fifo.to_string_lossy()], dir.path());
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("it is a named pipe (FIFO), not a file"),
        "{}",
        out.stderr
    );
    // As the participant list of a meeting.
    let m = dir.path().join("m.yaml");
    fs::write(
        &m,
        "title: T\ntimezone: UTC\nstart_date: 2024-01-01\nparticipants: pipe.yaml\n",
    )
    .expect("write");
    let out = plenary(&["check", &m.to_string_lossy()], dir.path());
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("named pipe (FIFO)"), "{}", out.stdout);
    let out = plenary(&["followups", &dir.path().to_string_lossy()], dir.path());
    assert!(out.stderr.contains("named pipe (FIFO)"), "{}", out.stderr);
}

#[test]
fn a_reader_that_goes_away_ends_the_command_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("m.yaml");
    // Thousands of problems: far more than a pipe holds.
    fs::write(&f, meeting(3000, 100, 300).replace("- id: p0", "- id: q0")).expect("write");
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["check", &f.to_string_lossy()])
        .env("PLENARY_CACHE_DIR", dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start plenary");
    let mut first = String::new();
    let stdout = child.stdout.take().expect("stdout");
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a line");
    // Like `| head -1`: the reader is gone after one line.
    // Problems come in line order, so the first may be a warning.
    assert!(
        first.contains(": error: ") || first.contains(": warning: "),
        "{first}"
    );
    let out = child.wait_with_output().expect("ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(141), "{stderr}");
}
