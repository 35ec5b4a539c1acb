//! End-to-end: the real binary in a pseudo-terminal, the screen read back
//! through a vt100 parser. Each step waits (with a generous timeout) for
//! what should appear, never for a fixed time, so a loaded machine only
//! makes the tests slower, not flaky.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::{Tty, nz};
use portable_pty::PtySize;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn opens_agendas_navigates_searches_shows_help_and_quits() {
    let mut t = Tty::start(repo(), &["--today", "2026-11-26"], &[], 100, 30);
    t.wait_for("vCASIE 2020");
    t.wait_for("CASIE 2022");
    // The third meeting by date is vCASIE; Enter opens its schedule.
    t.send("jj");
    t.wait_until("vCASIE selected", |s| {
        s.lines().any(|l| l.contains("> vCASIE 2020"))
    });
    t.send("\r");
    t.wait_for("Schedule —");
    t.wait_for("Webinar 1");
    t.wait_for("times in Asia/Almaty (UTC+06:00)");
    t.send("3");
    t.wait_for("Roster — ");
    t.wait_for("Jaewon Cho");
    t.send("/");
    t.wait_for("Enter keeps");
    t.send("kelbert");
    let s = t.wait_until("Kelbert found and selected", |s| {
        s.lines()
            .any(|l| l.contains(">") && l.contains("Thekla Kelbert"))
    });
    assert!(s.contains("Roster — 1 of "), "{s}");
    t.send("\r");
    t.wait_for("search: kelbert");
    t.send("?");
    t.wait_for("Keys, here first");
    t.send("\x1b");
    t.wait_until("help closed", |s| !s.contains("Keys, here first"));
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();
}

#[test]
fn mouse_clicks_tabs_and_wheel_scrolls() {
    let mut t = Tty::start(repo(), &["--today", "2026-11-26"], &[], 100, 30);
    t.wait_for("CASIE 2022");
    // SGR mouse report: left press on the "5" (Problems) tab, row 1, 1-based;
    // below 110 columns the tabs not shown are only numbered.
    let s = t.screen();
    let col = s
        .lines()
        .next()
        .and_then(|l| l.find(" 5 "))
        .map(|c| c + 2)
        .unwrap_or(60);
    t.send(&format!("\x1b[<0;{col};1M\x1b[<0;{col};1m"));
    t.wait_for("Problems —");
    t.send("1");
    t.wait_for("Meetings —");
    // Wheel down over the list moves the selection.
    t.send("\x1b[<65;10;5M");
    t.wait_until("selection moved", |s| {
        !s.lines().any(|l| l.contains("> ICT and OER"))
    });
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut t = Tty::start(repo(), &[], &[], 80, 24);
    t.wait_for("Meetings");
    t.send("3/");
    t.wait_for("Enter keeps");
    // Ctrl-C quits even while typing a search.
    t.send("\x03");
    assert!(t.wait_exit().success());
    t.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut t = Tty::start(repo(), &[], &[], 80, 24);
    t.wait_for("Meetings");
    let pid = t.child.process_id().expect("a pid");
    let ok = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(ok.success());
    t.wait_exit();
    t.assert_restored();
}

#[test]
fn a_panic_restores_the_terminal_and_is_readable() {
    let mut t = Tty::start(
        repo(),
        &[],
        &[("PLENARY_TEST_PANIC", "1"), ("RUST_BACKTRACE", "0")],
        80,
        24,
    );
    let status = t.wait_exit();
    assert!(!status.success());
    t.assert_restored();
    t.wait_for("panicking on purpose");
}

#[test]
fn too_small_then_enlarged() {
    let mut t = Tty::start(repo(), &[], &[], 40, 10);
    t.wait_for("too small");
    t.master
        .resize(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    t.parser
        .lock()
        .unwrap()
        .screen_mut()
        .set_size(nz(24), nz(80));
    t.wait_for("Meetings —");
    t.send("q");
    t.wait_exit();
    t.assert_restored();
}

#[test]
fn a_missing_folder_gets_a_friendly_screen() {
    let mut t = Tty::start(repo(), &["no-such-folder"], &[], 100, 30);
    t.wait_for("Nothing to open here");
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();
}

const EVIL: &str = r#"title: "Evil\e[2J\e]0;pwned\a meeting"
timezone: Asia/Almaty
start_date: 2024-01-01
participants:
  - id: evil
    name: "Bob\e[31m\e]52;c;cGF5bG9hZA==\aRED\u202Eevil\u0007"
    organization: "Org\r\nwith a line break\tand a tab"
  - id: wide
    name: "北京大学 Ünïcödé e\u0301"
    country: CN
sessions:
  - id: s1
    title: "Session\e[?1049l\e[?1000l"
    date: 2024-01-01
    start: "09:00"
    end: "10:00"
    items:
      - title: "Talk\x1b[6n"
        speakers: [evil, nobody]
"#;

#[test]
fn a_malicious_library_opens_without_damage() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("evil.yaml"), EVIL).unwrap();
    let long = format!(
        "title: \"{}\"\ntimezone: Asia/Almaty\nstart_date: 2024-02-01\n",
        "x".repeat(10_000)
    );
    std::fs::write(dir.path().join("long.yaml"), long).unwrap();
    std::fs::write(
        dir.path().join("empty.yaml"),
        "title: Empty\ntimezone: Asia/Almaty\nstart_date: 2024-03-01\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("broken.yaml"), "title: [unclosed\n").unwrap();
    let mut t = Tty::start(dir.path(), &["."], &[], 100, 30);
    t.wait_for("Evil");
    t.wait_for("Empty");
    // Every view of every meeting, and the detail panes.
    for _ in 0..3 {
        for view in ["2", "3", "4", "5", "1"] {
            t.send(view);
            t.send("JJ");
        }
        t.send("j");
    }
    t.send("5");
    t.wait_for("Problems —");
    // The evil meeting's roster: every cell where it belongs, nothing left
    // over from earlier frames.
    t.send("1g3");
    t.wait_for("Roster — 2");
    // By Latin spelling 北京大学 (Bei Jing) sorts before Bob: g selects it.
    t.send("g");
    let s = t.wait_until("the Beijing person's details", |s| s.contains("id: wide"));
    assert_eq!(s.matches("Sessions (").count(), 1, "{s}");
    assert!(s.contains("北京大学"), "{s}");
    for line in s.lines() {
        assert!(
            line.chars().count() <= 100,
            "a line runs past the screen: {line:?}"
        );
    }
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();
    let raw = t.raw.lock().unwrap();
    let text = String::from_utf8_lossy(&raw);
    for bad in ["\x1b]52", "\x1b]0;", "\x1b[6n", "\u{202E}", "\x07"] {
        assert!(!text.contains(bad), "{bad:?} reached the terminal");
    }
}

#[test]
fn staffing_a_booth_warns_with_the_rule_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo().join("agendas/2020-vcasie.yaml"),
        dir.path().join("vcasie.yaml"),
    )
    .unwrap();
    let mut t = Tty::start(
        dir.path(),
        &["--today", "2026-11-26", "vcasie.yaml"],
        &[],
        120,
        40,
    );
    t.wait_for("vCASIE 2020");
    // 6: Interpretation; the first session is selected; three steps down is
    // webinar 2's Russian booth (its day heading is skipped).
    t.send("6");
    t.wait_for("Interpretation —");
    t.send("jjj");
    t.wait_for("15:00–15:30  Interpreter EN/RU 1");
    t.send("x");
    t.wait_for("Take an interpreter out of the booth");
    t.send("\r");
    // The booth is marked short, and the warning names its rule.
    t.wait_for("1/2 2w !");
    t.wait_for("Team: 1 of 2");
    t.wait_until("the rule named", |s| {
        s.replace(['│', '\n'], "").contains("(rule: team strength)")
    });
    t.wait_for("unsaved");
    t.send("u");
    t.wait_until("the warning gone", |s| {
        s.contains("Team: 2 of 2") && !s.contains("1/2 2w !") && !s.contains("unsaved")
    });
    t.send("p");
    t.wait_for("turn plan written to");
    assert!(dir.path().join("vcasie-webinar-2-turns.txt").exists());
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();
}

#[test]
fn review_mode_in_the_real_binary() {
    let mut t = Tty::start(repo(), &["--today", "2026-11-26"], &[], 80, 24);
    t.wait_for("CASIE 2022");
    t.send("4a");
    t.wait_for("every meeting: 13");
    t.send("R");
    t.wait_for("Review — 1 of 13");
    t.send(" ");
    t.wait_for("Review — 2 of 13");
    t.send("q");
    t.wait_for("Review done — 2 of 13 seen, 0 changed");
    t.send("\r");
    t.wait_for("every meeting: 13");
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();
}

#[test]
fn tz_opens_the_schedule_in_that_zone_and_a_wrong_one_is_refused() {
    let mut t = Tty::start(
        repo(),
        &[
            "--today",
            "2026-11-26",
            "--tz",
            "UTC",
            "agendas/2020-vcasie.yaml",
        ],
        &[],
        120,
        40,
    );
    t.wait_for("vCASIE 2020");
    t.send("2");
    t.wait_for("times in UTC (written in Asia/Almaty");
    t.wait_for("05:00–06:30");
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(["--tz", "Almaty"])
        .current_dir(repo())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown time zone `Almaty`"), "{err}");
    assert!(err.contains("did you mean `Asia/Almaty`?"), "{err}");
}
