//! The data-loss holes found by a hostile run, each closed: a comment never
//! disappears without a copy, two savers take turns, read-only files are
//! refused, symlinks are followed, stale temp files are cleaned up, and a
//! copy of unsaved edits is noticed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use plenary::domain::Text;
use plenary::load;
use plenary::save::{self, SaveError};

const BIN: &str = env!("CARGO_BIN_EXE_plenary");
const STYLED: &str = include_str!("styled/hand-written.yaml");
const AGENDA: &str = include_str!("../agendas/2019-04-bishkek-festival-round-table.yaml");

fn plenary(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

#[test]
fn fmt_twice_with_a_new_comment_keeps_both_comments() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    fs::write(d.join("m.yaml"), format!("# FIRST\n{AGENDA}")).expect("write");
    plenary(d, &["fmt", "m.yaml"]);
    let text = fs::read_to_string(d.join("m.yaml")).expect("read");
    fs::write(d.join("m.yaml"), format!("# SECOND\n{text}")).expect("write");
    plenary(d, &["fmt", "m.yaml"]);
    let text = fs::read_to_string(d.join("m.yaml")).expect("read");
    assert!(
        text.contains("# FIRST") && text.contains("# SECOND"),
        "{text}"
    );
}

#[test]
fn fmt_refuses_a_comment_it_cannot_place_and_numbered_backups_keep_every_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    // `approximate: false` is the default, which the canonical form leaves out.
    let with = |c: &str| {
        STYLED.replace(
            "country: KZ\n",
            &format!("country: KZ\nattendance:\n  count: 30\n  approximate: false  # {c}\n"),
        )
    };
    fs::write(d.join("m.yaml"), with("ONE")).expect("write");
    let (code, said) = plenary(d, &["fmt", "m.yaml"]);
    assert_eq!(code, Some(1));
    assert!(
        said.contains("--drop-comments") && said.contains("# ONE"),
        "{said}"
    );
    assert_eq!(
        fs::read_to_string(d.join("m.yaml")).expect("read"),
        with("ONE")
    );
    let (code, _) = plenary(d, &["fmt", "--drop-comments", "m.yaml"]);
    assert_eq!(code, Some(0));
    fs::write(d.join("m.yaml"), with("TWO")).expect("write");
    plenary(d, &["fmt", "--drop-comments", "m.yaml"]);
    let one = fs::read_to_string(d.join("m.yaml.bak")).expect("first backup");
    let two = fs::read_to_string(d.join("m.yaml.bak.2")).expect("second backup");
    assert!(one.contains("# ONE") && two.contains("# TWO"));
}

#[test]
fn a_read_only_file_is_refused_by_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("m.yaml");
    fs::write(&path, STYLED).expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let mut doc = load::load(&path).expect("loads");
    doc.meeting.title = Text::plain("Changed");
    let err = save::save(&mut doc).expect_err("refused");
    assert!(matches!(err, SaveError::ReadOnly(_)));
    assert!(
        err.to_string()
            .ends_with("m.yaml is read-only; save it under another name, or make it writable"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), STYLED);
}

#[test]
fn a_symlink_stays_a_link_and_its_target_gets_the_edit() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("real")).expect("mkdir");
    let target = dir.path().join("real/m.yaml");
    fs::write(&target, STYLED).expect("write");
    let link = dir.path().join("m.yaml");
    std::os::unix::fs::symlink("real/m.yaml", &link).expect("symlink");
    let mut doc = load::load(&link).expect("loads");
    doc.meeting.title = Text::plain("Changed");
    save::save(&mut doc).expect("saves");
    assert!(
        fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&target)
            .expect("read")
            .contains("title: Changed")
    );
    assert!(!dir.path().join(".m.yaml.plenary.lock").exists());
}

#[test]
fn temp_files_of_dead_processes_are_removed_at_the_next_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("m.yaml");
    fs::write(&path, STYLED).expect("write");
    // No process has this id (above the kernel's pid_max); pid 1 is always alive.
    let dead = dir.path().join(".m.yaml.plenary-4194305.tmp");
    let alive = dir.path().join(".m.yaml.plenary-1.tmp");
    fs::write(&dead, "half a save").expect("write");
    fs::write(&alive, "someone's save in progress").expect("write");
    let mut doc = load::load(&path).expect("loads");
    doc.meeting.title = Text::plain("Changed");
    save::save(&mut doc).expect("saves");
    assert!(!dead.exists());
    assert!(alive.exists());
}

#[test]
fn check_says_when_a_copy_of_unsaved_edits_exists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    fs::write(d.join("m.yaml"), STYLED).expect("write");
    fs::write(d.join("m.yaml.unsaved"), STYLED).expect("write");
    let (_, said) = plenary(d, &["check", "m.yaml"]);
    assert!(
        said.contains(
            "m.yaml: note: unsaved edits from a Plenary that was ended are in m.yaml.unsaved"
        ),
        "{said}"
    );
}

/// Child mode for the test below: load, wait for the go signal, edit, save.
#[test]
fn lock_child() {
    let (Ok(path), Ok(title)) = (
        std::env::var("PLENARY_LOCK_FILE"),
        std::env::var("PLENARY_LOCK_TITLE"),
    ) else {
        return;
    };
    let path = Path::new(&path);
    let mut doc = load::load(path).expect("loads");
    let go = path.with_extension("go");
    while !go.exists() {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    doc.meeting.title = Text::plain(&title);
    let said = match save::save(&mut doc) {
        Ok(_) => "saved".to_string(),
        Err(SaveError::ChangedOnDisk(_)) => "changed".to_string(),
        Err(e) => format!("error {e}"),
    };
    fs::write(path.with_extension(format!("said-{title}")), said).expect("report");
}

#[test]
fn two_processes_saving_one_file_take_turns_and_the_second_is_told() {
    let exe = std::env::current_exe().expect("test binary");
    for round in 0..4 {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("m.yaml");
        fs::write(&path, STYLED).expect("write");
        let children: Vec<_> = ["A", "B"]
            .iter()
            .map(|t| {
                Command::new(&exe)
                    .args(["--exact", "lock_child", "--nocapture", "--test-threads=1"])
                    .env("PLENARY_LOCK_FILE", &path)
                    .env("PLENARY_LOCK_TITLE", t)
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .expect("child starts")
            })
            .collect();
        // Both have loaded once each is waiting; then both save at once.
        std::thread::sleep(std::time::Duration::from_millis(300));
        fs::write(path.with_extension("go"), "").expect("go");
        for mut c in children {
            assert!(c.wait().expect("child ends").success());
        }
        let said: Vec<String> = ["A", "B"]
            .iter()
            .map(|t| fs::read_to_string(path.with_extension(format!("said-{t}"))).expect("report"))
            .collect();
        let saved: Vec<usize> = (0..2).filter(|&i| said[i] == "saved").collect();
        assert_eq!(
            saved.len(),
            1,
            "round {round}: exactly one save goes through: {said:?}"
        );
        let other = 1 - saved[0];
        assert_eq!(
            said[other], "changed",
            "round {round}: the other is told: {said:?}"
        );
        let winner = ["A", "B"][saved[0]];
        assert!(
            fs::read_to_string(&path)
                .expect("read")
                .contains(&format!("title: {winner}"))
        );
    }
}
