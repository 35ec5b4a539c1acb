//! The commands that read meeting files with no PATH (`check`, `fmt`,
//! `followups`, `people`) read what `plenary` (the TUI) opens: `agendas/`,
//! else the current folder when it holds `*.yaml` files. When that finds
//! nothing, they say what was looked for and how to name a folder.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;
use std::process::Command;

/// `plenary ARGS` in `dir` with a C locale and no settings file: exit code,
/// standard output, standard error.
fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_in_locale(dir, "C", args)
}

fn run_in_locale(dir: &Path, locale: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .current_dir(dir)
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .env("PLENARY_CONFIG", "/nonexistent/plenary-test-config.toml")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .args(args)
        .args(["--today", "2026-12-02"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn copy_agenda(to: &Path, name: &str) {
    fs::copy(Path::new("agendas").join(name), to.join(name)).unwrap();
}

#[test]
fn in_a_folder_of_agendas_the_commands_read_it_as_the_tui_does() {
    let dir = tempfile::tempdir().unwrap();
    copy_agenda(dir.path(), "2022-10-casie.yaml");
    copy_agenda(dir.path(), "2018-10-dushanbe-ict-oer-sdg4.yaml");
    let (code, out, err) = run_in(dir.path(), &["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("checked 2 meetings in 2 files"), "{out}{err}");
    // Named as `plenary check .` would read best: no `./` in front.
    assert!(out.starts_with("2022-10-casie.yaml:"), "{out}");
    assert!(!out.contains("./"), "{out}");
    assert!(!err.contains("no such file"), "{err}");

    let (code, out, err) = run_in(dir.path(), &["fmt", "--check"]);
    assert_eq!(code, 0, "{out}{err}");

    let (code, out, err) = run_in(dir.path(), &["followups"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("regional-event-higher-education"), "{out}");
    assert!(out.contains("educators-ict-competence"), "{out}");

    let (code, out, err) = run_in(dir.path(), &["people", "--format", "csv"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Fengchun Miao"), "{out}");
}

#[test]
fn an_agendas_folder_beside_meeting_files_is_still_the_default() {
    let dir = tempfile::tempdir().unwrap();
    copy_agenda(dir.path(), "2022-10-casie.yaml");
    fs::create_dir(dir.path().join("agendas")).unwrap();
    copy_agenda(&dir.path().join("agendas"), "2020-vcasie.yaml");
    let (code, out, err) = run_in(dir.path(), &["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("checked 1 meeting in 1 file"), "{out}{err}");
}

#[test]
fn with_nothing_to_read_the_commands_say_what_they_looked_for() {
    let dir = tempfile::tempdir().unwrap();
    // Hidden files are editors' locks and backups, not meetings.
    fs::write(dir.path().join(".#lock.yaml"), "").unwrap();
    for cmd in ["check", "fmt", "followups", "people"] {
        let (code, out, err) = run_in(dir.path(), &[cmd]);
        assert_eq!(code, 2, "{cmd}: {out}{err}");
        assert_eq!(
            err,
            format!(
                "plenary: no meeting files here: there is no agendas folder, and this folder \
                 holds no *.yaml files; go to the folder of your agendas, or name it: \
                 plenary {cmd} PATH\n"
            ),
            "{cmd}"
        );
    }
    let (_, _, err) = run_in_locale(dir.path(), "ru_RU.UTF-8", &["check"]);
    assert!(err.contains("здесь нет файлов встреч"), "{err}");
    assert!(err.contains("plenary check PATH"), "{err}");
    // An agendas/ folder with nothing in it.
    fs::create_dir(dir.path().join("agendas")).unwrap();
    let (code, _, err) = run_in(dir.path(), &["check"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "plenary: no meeting files (*.yaml) in agendas; put meeting files there, or name \
         another folder or file: plenary check PATH\n"
    );
    // A folder named on the command line keeps its plain message.
    let (code, _, err) = run_in(dir.path(), &["check", "nowhere"]);
    assert_eq!(code, 2);
    assert_eq!(err, "plenary: nowhere: no such file or folder\n");
}
