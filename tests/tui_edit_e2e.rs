//! End-to-end editing: the real binary in a pseudo-terminal on a temporary
//! copy of a reference agenda. Edit, save, quit, reopen: the change is
//! there and `plenary check` is clean; `E` hands the terminal to $EDITOR at
//! the selected session's line and takes it back.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::Tty;

fn start(dir: &Path, env: &[(&str, &str)]) -> Tty {
    let d = dir.to_str().unwrap();
    Tty::start(dir, &["--today", "2026-11-26", d], env, 100, 30)
}

/// A copy of the vCASIE 2020 reference agenda in `dir`, free to change.
fn copy_vcasie(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("2020-vcasie.yaml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas/2020-vcasie.yaml"),
        &path,
    )
    .unwrap();
    path
}

#[test]
fn edit_save_quit_reopen_and_check_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());

    let mut t = start(dir.path(), &[]);
    t.wait_for("vCASIE 2020");
    t.send("\r");
    t.wait_for("Webinar 1");
    t.send("e");
    t.wait_for("Edit `webinar-1`");
    // Title (en), Title (ru), Kind, Date, Last day, Start, End, Room.
    t.send("\t\t\t\t\t\t\tStudio 2\r");
    t.wait_for("edit session `webinar-1`");
    t.wait_for("unsaved");
    t.send("\x13"); // Ctrl-s
    // The footer's "saved FILE" (the title bar's "unsaved" is not it).
    t.wait_until("the footer's saved", |s| {
        s.lines().any(|l| l.starts_with("saved "))
    });
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();

    let mut t = start(dir.path(), &[]);
    t.wait_for("vCASIE 2020");
    t.send("\r");
    t.wait_for("Studio 2");
    t.send("q");
    assert!(t.wait_exit().success(), "nothing unsaved: q quits at once");

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(["check", "--deny-warnings", "--today", "2026-11-26"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn external_editor_opens_at_the_line_and_the_tui_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    // A stand-in editor: notes the arguments and renames a room.
    let script = dir.path().join("ed.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\necho \"$1\" > \"$(dirname \"$2\")/args.txt\"\nsed -i 's/^- id: webinar-1$/- id: webinar-one/' \"$2\"\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let editor = script.to_str().unwrap().to_string();
    let mut t = start(dir.path(), &[("EDITOR", &editor), ("VISUAL", "")]);
    t.wait_for("vCASIE 2020");
    t.send("\r");
    t.wait_for("Webinar 1");
    t.send("E");
    t.wait_for("reloaded ");
    // The screen is drawn again in full: the list is back.
    t.wait_for("Webinar 3");
    let line: usize = std::fs::read_to_string(dir.path().join("args.txt"))
        .unwrap()
        .trim()
        .trim_start_matches('+')
        .parse()
        .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.lines().nth(line - 1),
        Some("- id: webinar-one"),
        "opened at the session's line"
    );
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();
}

#[test]
fn a_panic_keeps_unsaved_edits_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let before = std::fs::read_to_string(&path).unwrap();

    let mut t = start(
        dir.path(),
        &[("PLENARY_TEST_PANIC", "F12"), ("RUST_BACKTRACE", "0")],
    );
    t.wait_for("vCASIE 2020");
    t.send("\r");
    t.wait_for("Webinar 1");
    t.send("e");
    t.wait_for("Edit `webinar-1`");
    t.send("\t\t\t\t\t\t\tStudio 2\r");
    t.wait_for("unsaved");
    t.send("\x1b[24~"); // F12: the deliberate panic
    let status = t.wait_exit();
    assert!(!status.success());
    t.assert_restored();
    // Said after the terminal came back, below the panic's own message.
    let screen = t.wait_for("unsaved edits kept in 2020-vcasie.yaml.unsaved");
    let panic_at = screen.find("panicking on purpose").unwrap();
    assert!(
        screen.find("unsaved edits kept in").unwrap() > panic_at,
        "{screen}"
    );

    let kept = std::fs::read_to_string(dir.path().join("2020-vcasie.yaml.unsaved")).unwrap();
    assert!(kept.contains("Studio 2"), "{kept}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        before,
        "the file itself is left alone"
    );
    let reread = plenary::load::load(&dir.path().join("2020-vcasie.yaml.unsaved"));
    assert!(reread.is_ok(), "the kept edits load: {:?}", reread.err());
}
