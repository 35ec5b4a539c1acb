//! Every command reads a file whole and agrees with `plenary check`.
//!
//! Plenary once had two speed shortcuts, a parser that cut large files at
//! their list items and a partial read in `plenary followups`, and each gave
//! answers a full parse does not. These are the five cases that showed it
//! (issue 11, (a)–(e)), kept so that no command reads part of a file again.
//! The files are just over 256 KB, the size at which the shortcuts began.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use plenary::followups::{Filter, Register, StatusFilter, export};

const TODAY: &str = "2025-06-01";

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn plenary(args: &[&str], cache: &Path) -> Out {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env_remove("COLUMNS")
        .env("PLENARY_CACHE_DIR", cache)
        .output()
        .expect("run plenary");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A generated agenda of about 300 KB (or `small`: about 60 KB) in `dir`.
fn generated(dir: &Path, name: &str, small: bool) -> PathBuf {
    let f = dir.join(name);
    let p = f.to_string_lossy().into_owned();
    let (people, sessions, follow_ups) = if small {
        ("240", "16", "64")
    } else {
        ("1200", "80", "320")
    };
    let made = plenary(
        &[
            "generate",
            "--participants",
            people,
            "--sessions",
            sessions,
            "--follow-ups",
            follow_ups,
            "-o",
            &p,
        ],
        dir,
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    let size = fs::metadata(&f).map(|m| m.len()).unwrap_or(0);
    assert!(small || size > 256 * 1024, "{size} bytes");
    f
}

fn edit(f: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(f).expect("read");
    assert!(text.contains(from), "`{from}` not in the file");
    fs::write(f, text.replacen(from, to, 1)).expect("write");
}

fn followups(f: &Path, extra: &[&str], cache: &Path) -> Out {
    let p = f.to_string_lossy();
    let mut a = vec!["followups", &p, "--today", TODAY];
    a.extend_from_slice(extra);
    plenary(&a, cache)
}

/// What `followups --format csv` must print for `filter`, from a full load.
fn full_load_csv(f: &Path, filter: &Filter) -> String {
    let doc = plenary::load::load(f).expect("the file loads whole");
    let register = Register::new([("m", &doc.meeting)]);
    let today = chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").expect("date");
    let rows = register.select(filter, today);
    export::to_csv(&export::records(&rows))
}

/// The check's messages, which every other command must repeat.
fn check_says(f: &Path, cache: &Path) -> Vec<String> {
    let out = plenary(&["check", &f.to_string_lossy(), "--today", TODAY], cache);
    assert_eq!(out.code, 1, "{}", out.stdout);
    out.stdout.lines().map(str::to_string).collect()
}

fn assert_refused_like_check(out: &Out, said: &[String]) {
    assert_eq!(out.code, 1, "{}", out.stderr);
    for line in said {
        assert!(out.stderr.contains(line.as_str()), "{line}\n{}", out.stderr);
    }
    assert!(!out.stdout.contains("f000"), "no rows: {}", out.stdout);
}

#[test]
fn a_syntax_error_in_a_record_the_report_skips_is_reported() {
    // (a): a participant and a session no listed follow-up names.
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, from, to) in [
        (
            "participant.yaml",
            "  role: organizer",
            "  role: [organizer",
        ),
        ("session.yaml", "  kind: session", "  kind: session: panel"),
    ] {
        let f = generated(dir.path(), name, false);
        edit(&f, from, to);
        let said = check_says(&f, dir.path());
        let out = followups(&f, &["--overdue", "--format", "csv"], dir.path());
        assert_refused_like_check(&out, &said);
    }
}

#[test]
fn the_same_error_is_reported_whatever_the_size() {
    // (b): one line, in a small and in a large file.
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, small) in [("small.yaml", true), ("large.yaml", false)] {
        let f = generated(dir.path(), name, small);
        edit(&f, "  status: open", "  status: open: now");
        let said = check_says(&f, dir.path());
        assert_refused_like_check(&followups(&f, &[], dir.path()), &said);
    }
}

#[test]
fn every_format_reports_the_same_error() {
    // (c): the table and the CSV of one file.
    let dir = tempfile::tempdir().expect("tempdir");
    let f = generated(dir.path(), "m.yaml", false);
    edit(&f, "  kind: session", "  knd: session");
    let said = check_says(&f, dir.path());
    for format in ["table", "csv", "json"] {
        let out = followups(&f, &["--format", format], dir.path());
        assert_refused_like_check(&out, &said);
    }
}

#[test]
fn a_quoted_name_holding_an_id_changes_no_owner() {
    // (d): a valid file; the name runs over two lines and holds `id:`.
    let dir = tempfile::tempdir().expect("tempdir");
    let f = generated(dir.path(), "m.yaml", false);
    let doc = plenary::load::load(&f).expect("loads");
    let owner = doc.meeting.follow_ups[0].owner.clone().expect("an owner");
    let who = doc
        .meeting
        .participants
        .people()
        .iter()
        .find(|p| Some(&p.id) == Some(&owner))
        .expect("owner in the roster")
        .clone();
    let country = who.country.clone().expect("a country");
    edit(
        &f,
        &format!("- id: {owner}\n  name: {}\n", who.name.primary()),
        &format!(
            "- id: {owner}\n  name: \"{}\n    id: p99999\"\n",
            who.name.primary()
        ),
    );
    let clean = plenary(
        &["check", &f.to_string_lossy(), "--today", TODAY],
        dir.path(),
    );
    assert!(!clean.stdout.contains("error"), "{}", clean.stdout);
    let out = followups(&f, &["--country", &country, "--format", "csv"], dir.path());
    assert_eq!(out.code, 0, "{}", out.stderr);
    let filter = Filter {
        country: Some(country.clone()),
        ..Default::default()
    };
    assert_eq!(out.stdout, full_load_csv(&f, &filter));
    assert!(out.stdout.lines().count() > 1, "rows for {country}");
}

#[test]
fn a_quoted_note_that_looks_like_a_list_stays_a_note() {
    // (e): continuation lines at column 0 inside a double-quoted note.
    let dir = tempfile::tempdir().expect("tempdir");
    let f = generated(dir.path(), "m.yaml", false);
    let text = fs::read_to_string(&f).expect("read");
    fs::write(
        &f,
        format!(
            "{text}notes: \"Agreed at the close:\nfollow_ups:\n- id: pay-invoice\n  title: Pay the venue\"\n"
        ),
    )
    .expect("write");
    let doc = plenary::load::load(&f).expect("a valid file");
    assert!(doc.meeting.follow_ups.iter().all(|x| x.id != "pay-invoice"));
    let out = followups(&f, &["--status", "all", "--format", "csv"], dir.path());
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        !out.stdout.contains("pay-invoice"),
        "a follow-up that does not exist"
    );
    let all = Filter {
        status: StatusFilter::All,
        ..Default::default()
    };
    assert_eq!(out.stdout, full_load_csv(&f, &all));
    let fmt = plenary(&["fmt", &f.to_string_lossy()], dir.path());
    assert_eq!(fmt.code, 0, "{}", fmt.stderr);
    let again = plenary::load::load(&f).expect("still loads");
    assert_eq!(again.meeting, doc.meeting, "fmt changes no meaning");
}
