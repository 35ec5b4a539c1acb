//! `plenary merge` as git's merge driver: two organizers who change the
//! start and the end of one session on two branches (a conflict to git's
//! line merge) get a clean merge; the same field changed on both sides is
//! left between markers that `plenary check` reports at their line.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_plenary");
const STYLED: &str = include_str!("styled/hand-written.yaml");

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs")
}

fn ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A repository with the styled agenda committed and the driver set up as the README says.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    ok(d, &["init", "-q", "-b", "main"]);
    ok(d, &["config", "merge.plenary.name", "Plenary agenda merge"]);
    ok(
        d,
        &[
            "config",
            "merge.plenary.driver",
            &format!("{BIN} merge %O %A %B"),
        ],
    );
    fs::write(d.join(".gitattributes"), "*.yaml merge=plenary\n").expect("attributes");
    fs::write(d.join("m.yaml"), STYLED).expect("agenda");
    ok(d, &["add", "."]);
    ok(d, &["commit", "-qm", "agenda"]);
    dir
}

fn edit_on_branch(d: &Path, branch: &str, from: &str, to: &str) {
    ok(d, &["checkout", "-q", "-b", branch, "main"]);
    let text = fs::read_to_string(d.join("m.yaml")).expect("read");
    assert!(text.contains(from));
    fs::write(d.join("m.yaml"), text.replacen(from, to, 1)).expect("write");
    ok(d, &["commit", "-qam", branch]);
}

#[test]
fn start_and_end_of_one_session_on_two_branches_merge_cleanly() {
    let dir = repo();
    let d = dir.path();
    edit_on_branch(d, "start", "start: \"10:00\"", "start: \"09:50\"");
    edit_on_branch(
        d,
        "end",
        "end: \"10:20\"    # short",
        "end: \"10:30\"    # short",
    );
    ok(d, &["checkout", "-q", "start"]);
    ok(d, &["merge", "-q", "--no-edit", "end"]);
    let merged = fs::read_to_string(d.join("m.yaml")).expect("read");
    let want = STYLED
        .replacen("start: \"10:00\"", "start: \"09:50\"", 1)
        .replacen("end: \"10:20\"    # short", "end: \"10:30\"    # short", 1);
    assert_eq!(merged, want, "both edits, every other byte kept");
}

#[test]
fn the_same_field_on_both_branches_is_left_marked_and_check_names_its_line() {
    let dir = repo();
    let d = dir.path();
    edit_on_branch(
        d,
        "a",
        "end: \"10:20\"    # short",
        "end: \"10:25\"    # short",
    );
    edit_on_branch(
        d,
        "b",
        "end: \"10:20\"    # short",
        "end: \"10:40\"    # short",
    );
    ok(d, &["checkout", "-q", "a"]);
    let out = git(d, &["merge", "-q", "--no-edit", "b"]);
    assert!(!out.status.success(), "a conflict stops the merge");
    let text = fs::read_to_string(d.join("m.yaml")).expect("read");
    assert!(
        text.contains(
            "<<<<<<< ours\n    end: \"10:25\"    # short\n=======\n    end: \"10:40\"\n>>>>>>> theirs\n"
        ),
        "{text}"
    );
    let line = text
        .lines()
        .position(|l| l.starts_with("<<<<<<<"))
        .expect("marker")
        + 1;
    let check = Command::new(BIN)
        .args(["check", "m.yaml"])
        .current_dir(d)
        .output()
        .expect("check runs");
    let said = String::from_utf8_lossy(&check.stdout).into_owned()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(
        said.contains(&format!(
            "m.yaml:{line}:1: error: unresolved merge conflict"
        )),
        "{said}"
    );
    assert_eq!(check.status.code(), Some(1));
}

#[test]
fn the_driver_contract_exit_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let base = d.join("base.yaml");
    let ours = d.join("ours.yaml");
    let theirs = d.join("theirs.yaml");
    fs::write(&base, STYLED).expect("base");
    fs::write(
        &ours,
        STYLED.replace("title: Closing", "title: Closing remarks"),
    )
    .expect("ours");
    fs::write(
        &theirs,
        STYLED.replace("owner: li-fan", "owner: kussidenova-gulnara"),
    )
    .expect("theirs");
    let code = Command::new(BIN)
        .args(["merge"])
        .args([&base, &ours, &theirs])
        .status()
        .expect("runs")
        .code();
    assert_eq!(code, Some(0));
    let text = fs::read_to_string(&ours).expect("read");
    assert!(text.contains("title: Closing remarks") && text.contains("owner: kussidenova-gulnara"));
    fs::write(&theirs, "not: [an agenda").expect("broken");
    let code = Command::new(BIN)
        .args(["merge"])
        .args([&base, &ours, &theirs])
        .status()
        .expect("runs")
        .code();
    assert_eq!(code, Some(2));
}
