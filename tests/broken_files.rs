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

/// Every case in Russian: each has a `NAME.expected.ru`, what
/// `plenary check --ui-lang ru` prints, with no English sentence left in it
/// (ids, field names, codes, values and paths are data and stay as written).
#[test]
fn broken_files_in_russian() {
    let bless = corpus::blessing();
    let mut failures = Vec::new();
    for case in corpus::yaml_files("tests/broken") {
        let (code, stdout) = corpus::check(&["--today", TODAY, "--ui-lang", "ru"], &case);
        let got = format!("exit {code}\n{stdout}");
        failures.extend(corpus::against_expected_ru(&case, &got, bless));
        for english in ["error:", "warning:", "hint:"] {
            if got.contains(english) {
                failures.push(format!("{}: still says `{english}`\n{got}", case.display()));
            }
        }
        for left in corpus::english_left(&stdout) {
            failures.push(format!("{}: English left: {left}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The detector of English left behind finds an untranslated sentence and
/// leaves data alone.
#[test]
fn english_is_told_from_data() {
    let english = "f.yaml:1:2: ошибка: the file is empty; a meeting needs";
    assert!(!corpus::english_left(english).is_empty());
    let data = "f.yaml:1:2: предупреждение: заседание `webinar-1` (Open and distance education) идёт на en, ru; `Asia/Tok yo` \"not a real zone\" Ivanova Anna";
    assert_eq!(corpus::english_left(data), Vec::<String>::new());
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
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
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
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
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
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
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

/// The credentials case: an agenda from someone else names a secret as its
/// participant list (by a path out of the folder, by a link, or by a file
/// in the folder that is no list at all), or a folder holds a link to one.
/// `check` says what is wrong and prints nothing of the secret.
#[cfg(unix)]
#[test]
fn no_message_quotes_a_file_that_is_no_agenda_or_roster() {
    use std::os::unix::fs::symlink;
    const TOKEN: &str = "ghp_SECRETTOKEN";
    let root = tempfile::tempdir().expect("tempdir");
    let secret = root.path().join("secret");
    fs::create_dir(&secret).expect("mkdir");
    let creds = secret.join(".git-credentials");
    fs::write(&creds, format!("https://someone:{TOKEN}@github.com\n")).expect("write");
    fs::write(secret.join("creds.yaml"), format!("title: [{TOKEN}\n")).expect("write");
    let agendas = root.path().join("agendas");
    fs::create_dir(&agendas).expect("mkdir");
    let head = "title: T\ntimezone: Asia/Almaty\nstart_date: 2020-09-25\n";
    for (name, roster) in [
        ("by-path.yaml", "../secret/.git-credentials"),
        ("by-link.yaml", "people.yaml"),
        ("not-a-list.yaml", "notes.txt"),
        ("absolute.yaml", "/etc/passwd"),
    ] {
        fs::write(
            agendas.join(name),
            format!("{head}participants: {roster}\n"),
        )
        .expect("write");
    }
    symlink(&creds, agendas.join("people.yaml")).expect("link");
    symlink(secret.join("creds.yaml"), agendas.join("zz-linked.yaml")).expect("link");
    fs::copy(&creds, agendas.join("notes.txt")).expect("copy");
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["check", "--today", TODAY])
        .arg(&agendas)
        .output()
        .expect("run plenary");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    for text in [&stdout, &stderr] {
        assert!(!text.contains(TOKEN), "{stdout}\n{stderr}");
        assert!(!text.contains("root:"), "{stdout}\n{stderr}");
    }
    assert_eq!(
        stdout.matches("participants file must be inside").count(),
        3,
        "{stdout}"
    );
    assert!(
        stdout.contains("`notes.txt` is not a participant list"),
        "{stdout}"
    );
    assert!(
        stderr.contains("zz-linked.yaml: a link to a file outside"),
        "{stderr}"
    );
}
