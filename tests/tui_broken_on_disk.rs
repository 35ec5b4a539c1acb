//! A meeting file that changes on disk into something that does not load:
//! the version before stays on screen, and Problems, the Meetings row and
//! the footer say what `plenary check` says of the file until it loads
//! again; with unsaved edits the question offers only what can work.
//! In-process and headless (the stamps are compared on each tick).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::app::{app_on, draw, press};
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;

fn copy_vcasie(dir: &Path) -> PathBuf {
    let path = dir.join("2020-vcasie.yaml");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas/2020-vcasie.yaml"),
        &path,
    )
    .unwrap();
    path
}

fn screen(app: &App) -> String {
    let t = draw(app);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn status(app: &App) -> String {
    app.status.as_deref().unwrap_or_default().to_string()
}

/// The file with a TAB before a session's `kind:` (as an editor that
/// inserts tabs leaves it), and a second mistake further down.
fn broken(text: &str) -> String {
    text.replacen("  kind: webinar", "\tkind: webinar", 1)
}

/// What `plenary check` prints for `path`, and whether it failed.
fn check(path: &Path) -> (String, bool) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("check")
        .arg("--no-cache")
        .arg(path)
        .env("LANG", "C")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (text, !out.status.success())
}

#[test]
fn problems_and_the_meetings_row_say_what_check_says_until_the_file_loads_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Tick);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, broken(&text)).unwrap();
    app.update(Action::Tick);
    let (said, failed) = check(&path);
    assert!(failed, "plenary check fails on it: {said}");
    let entry = &app.library.entries[0];
    let on_disk = entry.on_disk.clone().expect("its errors are kept");
    assert!(!on_disk.is_empty());
    for p in &on_disk {
        let (l, c) = p.line.expect("each error has its line");
        let at = format!(":{l}:{c}: error: {}", p.message);
        assert!(said.contains(&at), "check says {said:?}, the TUI {at:?}");
    }
    let check_errors = said.matches(": error: ").count();
    assert_eq!(
        on_disk.len(),
        check_errors,
        "every error check gives: {said}"
    );
    // The version before is what is shown.
    assert_eq!(entry.meeting().sessions.len(), 3);
    // Problems: the errors, marked as the file on disk's.
    app.update(Action::Run(Command::Show(View::Problems)));
    let s = screen(&app);
    assert!(!s.contains("no problems found"), "{s}");
    assert!(
        s.contains("2020-vcasie.yaml on disk does not load; showing the version before"),
        "{s}"
    );
    let (l, _) = on_disk[0].line.unwrap();
    assert!(s.contains(&format!("on disk: 2020-vcasie.yaml:{l}")), "{s}");
    assert!(s.contains("cannot start any token"), "{s}");
    // The Meetings row counts them; its detail says why.
    app.update(Action::Run(Command::Show(View::Meetings)));
    let s = screen(&app);
    assert!(s.contains(&format!("{}x", on_disk.len())), "{s}");
    assert!(s.contains("the file on disk does not load"), "{s}");
    // Fixed on disk: loaded again, and its errors go.
    fs::write(&path, text.replacen("Webinar 2:", "Webinar Two:", 1)).unwrap();
    app.update(Action::Tick);
    let entry = &app.library.entries[0];
    assert!(entry.on_disk.is_none(), "{}", status(&app));
    assert_eq!(entry.errors(), 0);
    app.update(Action::Run(Command::Show(View::Problems)));
    assert!(!screen(&app).contains("on disk does not load"));
}

#[test]
fn the_footer_keeps_the_file_name_and_the_line_at_a_narrow_width() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    for width in [100, 60] {
        let mut app = app_on(dir.path(), width, 30);
        app.update(Action::Tick);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, broken(&text)).unwrap();
        app.update(Action::Tick);
        let s = screen(&app);
        assert!(
            s.contains("2020-vcasie.yaml changed on disk"),
            "{width}: {s}"
        );
        assert!(s.contains("line "), "{width}: {s}");
        fs::write(&path, text).unwrap();
    }
}

#[test]
fn a_file_back_as_it_was_loaded_takes_its_errors_away() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Tick);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, broken(&text)).unwrap();
    app.update(Action::Tick);
    assert!(app.library.entries[0].on_disk.is_some());
    fs::write(&path, &text).unwrap();
    app.update(Action::Tick);
    assert!(app.library.entries[0].on_disk.is_none(), "{}", status(&app));
}

/// The question about a file that changed on disk into one that does not
/// load, with unsaved edits here.
fn question(app: &App) -> plenary::tui::app::editing::Confirm {
    match app.edit.modals.last() {
        Some(plenary::tui::app::editing::Modal::Confirm(q)) => q.clone(),
        other => panic!("no question: {other:?} · {}", status(app)),
    }
}

#[test]
fn with_unsaved_edits_their_broken_file_is_neither_merged_nor_reloaded_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Tick);
    press(&mut app, "2D");
    assert!(app.library.entries[0].editor.is_dirty());
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, broken(&text)).unwrap();
    app.update(Action::Tick);
    let q = question(&app);
    let keys: Vec<char> = q.choices.iter().map(|(k, _, _)| *k).collect();
    assert_eq!(keys, ['k', 'o'], "{q:?}");
    let body = q.lines.join("\n");
    assert!(body.contains("neither merged nor reloaded"), "{body}");
    assert!(body.contains("2020-vcasie.yaml:130:"), "{body}");
    assert!(body.contains("cannot start any token"), "{body}");
    // Later: the edits stay; Ctrl-s asks the same, never offering to reload.
    press(&mut app, "<esc>");
    assert!(app.library.entries[0].editor.is_dirty());
    press(&mut app, "<C-s>");
    let q = question(&app);
    let keys: Vec<char> = q.choices.iter().map(|(k, _, _)| *k).collect();
    assert_eq!(keys, ['k', 'o'], "{q:?}");
    press(&mut app, "<esc>");
    assert!(app.library.entries[0].editor.is_dirty());
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        broken(&text),
        "nothing written"
    );
    // Their file fixed: its errors go, the edits stay, and that is said.
    fs::write(&path, text.replacen("Webinar 2:", "Webinar Two:", 1)).unwrap();
    app.update(Action::Tick);
    assert!(app.library.entries[0].on_disk.is_none(), "{}", status(&app));
    assert!(app.library.entries[0].editor.is_dirty());
}

/// A reload from disk drops the undo history (its steps name records by
/// place, which the change may have moved): the footer says so, and why.
#[test]
fn a_reload_says_that_it_cleared_the_undo_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_vcasie(dir.path());
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Tick);
    press(&mut app, "2>");
    press(&mut app, "<C-s>");
    assert!(
        !app.library.entries[0].editor.is_dirty(),
        "{}",
        status(&app)
    );
    assert!(app.library.entries[0].editor.history.can_undo());
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("Webinar 2:", "Webinar Two:", 1)).unwrap();
    app.update(Action::Tick);
    let said = status(&app);
    assert!(said.contains("changed on disk; reloaded"), "{said}");
    assert!(said.contains("undo history cleared"), "{said}");
}
