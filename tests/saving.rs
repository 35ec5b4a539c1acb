//! Saving never loses a byte: atomic writes, refusal to overwrite a file
//! changed on disk, backups when comments cannot be kept, and a crash at any
//! step leaving the old file or the new one.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::io;
use std::path::Path;
use std::process::Command;

use plenary::domain::Text;
use plenary::load;
use plenary::save::{self, SaveError, atomic};

const MEETING: &str = "title: Expert meeting
timezone: Asia/Almaty
start_date: 2020-12-23
participants:
- id: kussidenova-gulnara
  name: Gulnara Kussidenova
  role: expert
  status: attended
";

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    fs::write(&p, text).expect("write fixture");
    p
}

#[test]
fn save_writes_canonical_text_and_reloads_equal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "m.yaml", MEETING);
    let mut doc = load::load(&path).expect("loads");
    doc.meeting.title = Text::plain("Online expert meeting");
    let report = save::save(&mut doc).expect("saves");
    assert_eq!(report.written, vec![path.clone()]);
    let again = load::load(&path).expect("reloads");
    assert_eq!(again.meeting, doc.meeting);
    // A second save with no change writes nothing.
    assert!(save::save(&mut doc).expect("saves").written.is_empty());
}

#[test]
fn refuses_to_overwrite_a_file_changed_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "m.yaml", MEETING);
    let mut doc = load::load(&path).expect("loads");
    let theirs = MEETING.replace("Expert meeting", "Their edit");
    fs::write(&path, &theirs).expect("someone else writes");
    doc.meeting.title = Text::plain("My edit");
    match save::save(&mut doc) {
        Err(SaveError::ChangedOnDisk(p)) => assert_eq!(p, path),
        other => panic!("expected ChangedOnDisk, got {other:?}"),
    }
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        theirs,
        "their edit is intact"
    );
    fs::remove_file(&path).expect("remove");
    assert!(matches!(
        save::save(&mut doc),
        Err(SaveError::DeletedOnDisk(_))
    ));
}

#[test]
fn a_crash_before_rename_leaves_the_old_file_and_no_temp() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "m.yaml", MEETING);
    let fp = load::Fingerprint::of(MEETING.as_bytes());
    let r = atomic::write_with(&path, b"new content", Some(fp), &mut |step| match step {
        atomic::Step::TempWritten => Err(io::Error::other("simulated crash")),
        _ => Ok(()),
    });
    assert!(r.is_err());
    assert_eq!(fs::read_to_string(&path).expect("read"), MEETING);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("ls")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(leftovers.len(), 1, "temp file removed: {leftovers:?}");
}

#[test]
fn a_crash_after_rename_leaves_the_whole_new_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "m.yaml", MEETING);
    let fp = load::Fingerprint::of(MEETING.as_bytes());
    let r = atomic::write_with(&path, b"new content\n", Some(fp), &mut |step| match step {
        atomic::Step::Renamed => Err(io::Error::other("simulated crash")),
        _ => Ok(()),
    });
    assert!(r.is_err());
    assert_eq!(fs::read_to_string(&path).expect("read"), "new content\n");
}

#[test]
fn comments_stay_in_place_and_need_no_backup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let commented = format!("# Draft agreed with the Almaty office\n{MEETING}");
    let path = write(dir.path(), "m.yaml", &commented);
    let mut doc = load::load(&path).expect("loads");
    assert!(doc.has_comments);
    doc.meeting.title = Text::plain("Renamed");
    let report = save::save(&mut doc).expect("saves");
    assert!(report.backups.is_empty());
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        commented.replace("title: Expert meeting", "title: Renamed")
    );
    assert!(!dir.path().join("m.yaml.bak").exists());
}

#[test]
fn a_separate_participant_list_is_loaded_located_and_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("people")).expect("mkdir");
    write(
        dir.path(),
        "people/roster.yaml",
        "participants:\n- id: li-fan\n  name: Li Fan\n  country: China\n",
    );
    let path = write(
        dir.path(),
        "m.yaml",
        "title: CASIE\nformat: in-person\ntimezone: Asia/Almaty\nstart_date: 2022-10-06\nparticipants: people/roster.yaml\n",
    );
    let mut doc = load::load(&path).expect("loads");
    assert_eq!(doc.meeting.people().len(), 1);
    let problems = plenary::check::check_document(
        &doc,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
    );
    let p = problems
        .iter()
        .find(|p| p.message.contains("country"))
        .expect("country problem");
    assert_eq!(p.file, dir.path().join("people/roster.yaml"));
    assert_eq!(p.line, Some((4, 3)));
    assert_eq!(p.hint.as_deref(), Some("did you mean `CN` (China)?"));

    doc.meeting.participants.people_mut()[0].country = Some("CN".into());
    let report = save::save(&mut doc).expect("saves");
    assert_eq!(report.written, vec![dir.path().join("people/roster.yaml")]);
    let again = load::load(&path).expect("reloads");
    assert_eq!(again.meeting.people()[0].country.as_deref(), Some("CN"));
    assert_eq!(
        again.meeting.participants.file(),
        Some("people/roster.yaml")
    );
}

#[test]
fn fmt_checks_and_rewrites() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(
        dir.path(),
        "m.yaml",
        "title: X\nstart_date: 2020-12-23\ntimezone: UTC\nlanguages: [en, ru]\n",
    );
    let bin = env!("CARGO_BIN_EXE_plenary");
    let check = Command::new(bin)
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(["fmt", "--check"])
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(check.status.code(), Some(1));
    let fmt = Command::new(bin)
        .arg("fmt")
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(fmt.status.code(), Some(0));
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        "title: X\nformat: in-person\ntimezone: UTC\nstart_date: 2020-12-23\nlanguages:\n- en\n- ru\n"
    );
    let check = Command::new(bin)
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(["fmt", "--check"])
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(check.status.code(), Some(0));
}

/// Tester's walk: a comment at the end of `- id: li-fan` and one on its
/// own line before a list item, with another on `participants:` itself.
/// `plenary fmt` keeps each where it was written.
#[test]
fn fmt_keeps_comments_on_list_items() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "title: X\nformat: in-person\ntimezone: UTC\nstart_date: 2020-12-23\n\
        participants:  # speakers only so far\n\
        - id: klepacheva-elena\n  name: Elena Klepacheva\n  role: speaker\n  status: confirmed\n\
        - id: li-fan  # online speaker\n  name: Li Fan\n  role: speaker\n  status: confirmed\n\
        # the host\n\
        - id: ab\n  name: A B\n  role: speaker\n  status: confirmed\n";
    let path = write(dir.path(), "m.yaml", text);
    let fmt = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .arg("fmt")
        .arg(&path)
        .output()
        .expect("run");
    let said = String::from_utf8_lossy(&fmt.stderr).to_string();
    assert_eq!(fmt.status.code(), Some(0), "{said}");
    assert_eq!(fs::read_to_string(&path).expect("read"), text);
}
