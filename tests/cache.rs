//! The cache of loaded meetings changes no answer: every command gives the
//! same output and exit code with and without it, cold and warm, on
//! another day, and when an entry is damaged, from another version or
//! cannot be written.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;
use std::process::Command;

fn run(args: &[&str], cache: Option<&Path>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plenary"));
    cmd.args(args).env_remove("COLUMNS");
    match cache {
        Some(dir) => cmd.env("PLENARY_CACHE_DIR", dir),
        // No cache at all: nothing may reach a real cache folder either.
        None => cmd
            .arg("--no-cache")
            .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR")),
    };
    let out = cmd.output().expect("run plenary");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every command's answer on the files in `dir`, as (args, code, stdout, stderr).
fn answers(dir: &Path, cache: Option<&Path>) -> Vec<String> {
    let d = dir.to_string_lossy().into_owned();
    let m = dir.join("m.yaml").to_string_lossy().into_owned();
    let commands: Vec<Vec<&str>> = vec![
        vec!["check", &d, "--today", "2024-10-10"],
        vec!["check", &d, "--today", "2026-01-01"],
        vec!["followups", &d, "--today", "2025-06-01"],
        vec![
            "followups",
            &d,
            "--today",
            "2025-06-01",
            "--overdue",
            "--format",
            "csv",
        ],
        vec![
            "followups",
            &d,
            "--status",
            "all",
            "--format",
            "json",
            "--today",
            "2025-06-01",
        ],
        // `followups` hashes the file without keeping its text when an
        // entry answers: every format, filter and language the same.
        vec![
            "followups",
            &d,
            "--today",
            "2025-06-01",
            "--status",
            "all",
            "--group-by",
            "owner",
            "--ui-lang",
            "ru",
        ],
        vec![
            "followups",
            &d,
            "--today",
            "2025-06-01",
            "--include-carried",
            "--due-within",
            "30",
            "--overdue",
            "--format",
            "json",
        ],
        vec![
            "followups",
            &m,
            "--today",
            "2025-06-01",
            "--status",
            "closed",
            "--group-by",
            "month",
        ],
        vec!["agenda", &m, "--tz", "UTC"],
        vec!["interpretation", &m],
        vec!["fmt", "--check", &d],
    ];
    commands
        .iter()
        .map(|a| {
            let (code, out, err) = run(a, cache);
            format!("{a:?}\nexit {code}\n{out}\n--- stderr\n{err}")
        })
        .collect()
}

fn files(dir: &Path) {
    let m = plenary::generate::meeting(300, 30, 120);
    let text = plenary::save::canonical::meeting_yaml(&m).expect("serializes");
    fs::write(dir.join("m.yaml"), &text).expect("write");
    // A broken file and a participant list beside it.
    fs::write(
        dir.join("typo.yaml"),
        text.replacen("  kind: ", "  knd: ", 1),
    )
    .expect("write");
    fs::write(dir.join("people.yaml"), "participants: []\n").expect("write");
}

fn entries(cache: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = fs::read_dir(cache)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn same_answers_with_and_without_the_cache() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    files(dir.path());
    let without = answers(dir.path(), None);
    let cold = answers(dir.path(), Some(cache.path()));
    assert!(!entries(cache.path()).is_empty(), "entries were written");
    let warm = answers(dir.path(), Some(cache.path()));
    for ((a, b), c) in without.iter().zip(&cold).zip(&warm) {
        assert_eq!(a, b, "cold cache");
        assert_eq!(a, c, "warm cache");
    }
}

#[test]
fn a_changed_file_is_read_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    files(dir.path());
    let d = dir.path().to_string_lossy().into_owned();
    let args = ["check", &d, "--today", "2024-10-10"];
    run(&args, Some(cache.path()));
    let m = dir.path().join("m.yaml");
    let text = fs::read_to_string(&m).expect("read");
    // Same length, one byte different.
    fs::write(&m, text.replacen("  kind: ", "  kinq: ", 1)).expect("write");
    assert_eq!(run(&args, Some(cache.path())), run(&args, None));
}

/// `followups` on a warm cache only hashes the file: a file changed to
/// other bytes of the same length, or given a byte-order mark, is read
/// again whole and answers as without the cache.
#[test]
fn followups_hashes_the_file_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    files(dir.path());
    let m = dir.path().join("m.yaml");
    let ms = m.to_string_lossy().into_owned();
    let args = ["followups", &ms, "--today", "2025-06-01", "--status", "all"];
    assert_eq!(run(&args, Some(cache.path())), run(&args, None));
    let text = fs::read_to_string(&m).expect("read");
    let owed = "status: open";
    assert!(
        text.contains(owed),
        "the generated meeting has open follow-ups"
    );
    // Same length, the last open follow-up now done: the list changes.
    let at = text.rfind(owed).expect("found");
    let changed = format!("{}status: done{}", &text[..at], &text[at + owed.len()..]);
    fs::write(&m, &changed).expect("write");
    let (with, without) = (run(&args, Some(cache.path())), run(&args, None));
    assert_eq!(with, without);
    assert_eq!(run(&args, Some(cache.path())), without, "warm again");
    fs::write(&m, format!("\u{feff}{changed}")).expect("write");
    assert_eq!(run(&args, Some(cache.path())), run(&args, None));
    assert_eq!(run(&args, Some(cache.path())), run(&args, None), "warm");
}

#[test]
fn a_damaged_or_foreign_entry_falls_back_and_is_rewritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    files(dir.path());
    let d = dir.path().to_string_lossy().into_owned();
    let args = ["check", &d, "--today", "2024-10-10"];
    let want = run(&args, None);
    run(&args, Some(cache.path()));
    let kept = entries(cache.path());
    assert!(!kept.is_empty());
    let damages: [fn(&mut Vec<u8>); 5] = [
        |b| b.truncate(b.len() / 2),
        // Made from other bytes: one bit of the kept fingerprint (after
        // the magic line, the version and the path) is another.
        |b| {
            let mut at = b.iter().position(|c| *c == b'\n').unwrap_or(0) + 1;
            for _ in 0..2 {
                let len = u64::from_le_bytes(b[at..at + 8].try_into().unwrap());
                at += 8 + len as usize;
            }
            b[at + 8 + 20] ^= 1;
        },
        |b| {
            let n = b.len();
            b[n - 10] ^= 0x55;
        },
        // Another version of Plenary wrote it.
        |b| {
            let at = b.iter().position(|c| *c == b'\n').unwrap_or(0) + 9;
            b[at] = b'9';
        },
        |b| b.clear(),
    ];
    let whole: Vec<Vec<u8>> = kept.iter().map(|e| fs::read(e).unwrap()).collect();
    for damage in damages {
        for e in &kept {
            let mut bytes = fs::read(e).expect("read entry");
            damage(&mut bytes);
            fs::write(e, &bytes).expect("damage entry");
        }
        assert_eq!(run(&args, Some(cache.path())), want);
        for (e, w) in kept.iter().zip(&whole) {
            assert!(fs::read(e).unwrap() == *w, "{e:?} rewritten whole");
        }
        let again = run(&args, Some(cache.path()));
        assert_eq!(again, want, "after the rewrite");
    }
    // An entry that cannot be read (a folder in its place) nor replaced.
    for e in &kept {
        fs::remove_file(e).expect("remove entry");
        fs::create_dir(e).expect("a folder in its place");
    }
    assert_eq!(run(&args, Some(cache.path())), want, "unreadable entries");
}

/// An entry keeps the answer and the file's hash, not the file's text: a
/// warm load reads the file once (and hashes it), not twice.
#[test]
fn an_entry_keeps_no_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    files(dir.path());
    let m = dir.path().join("m.yaml");
    let args = ["check", m.to_str().unwrap(), "--today", "2024-10-10"];
    run(&args, Some(cache.path()));
    let kept = entries(cache.path());
    assert_eq!(kept.len(), 1);
    let entry = fs::read(&kept[0]).unwrap();
    let text = fs::read(&m).unwrap();
    assert!(
        entry.len() < text.len(),
        "{} >= {}",
        entry.len(),
        text.len()
    );
    let line = b"start_date:";
    assert!(text.windows(line.len()).any(|w| w == line));
    assert!(
        !entry.windows(line.len()).any(|w| w == line),
        "no YAML kept"
    );
}

#[test]
fn an_entry_is_replaced_when_its_file_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    files(dir.path());
    let d = dir.path().to_string_lossy().into_owned();
    let args = ["followups", &d, "--today", "2025-06-01"];
    run(&args, Some(cache.path()));
    let kept = entries(cache.path());
    let m = dir.path().join("m.yaml");
    let text = fs::read_to_string(&m).expect("read");
    for n in 0..3 {
        fs::write(&m, format!("{text}# edit {n}\n")).expect("write");
        assert_eq!(run(&args, Some(cache.path())), run(&args, None));
    }
    // One entry per file, not one per version of it.
    assert_eq!(entries(cache.path()), kept);
}

#[test]
fn a_cache_that_cannot_be_written_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    files(dir.path());
    let d = dir.path().to_string_lossy().into_owned();
    // The cache folder is a file: nothing can be kept there.
    let blocked = dir.path().join("not-a-folder");
    fs::write(&blocked, "x").expect("write");
    let args = ["check", &d, "--today", "2024-10-10"];
    assert_eq!(run(&args, Some(&blocked)), run(&args, None));
}

/// The TUI loads through the cache too: the same meetings, problems (with
/// their lines), failures, search keys, duplicate groups, facets and name
/// order as a full load, cold and warm (the people index then comes from
/// the entry), the same Roster rows, and every view drawn the same.
#[test]
fn the_tui_loads_the_same_through_the_cache() {
    use plenary::tui::action::{Action, Command, View};
    use plenary::tui::app::App;
    use plenary::tui::{Theme, loader, render};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::layout::Rect;

    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    files(dir.path());
    let today = chrono::NaiveDate::from_ymd_opt(2024, 10, 10).unwrap();
    let load = |c: Option<&plenary::cache::Cache>| {
        let mut app = App::new(
            dir.path().to_path_buf(),
            today,
            Theme::monochrome(),
            Rect::new(0, 0, 120, 40),
        );
        loader::load_into_with(&mut app, c);
        // Every view as drawn, the Roster sorted by name (its order kept
        // in the entry on a warm load) and searched.
        let mut screens = String::new();
        let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
        for &v in View::ALL {
            app.update(Action::Run(Command::Show(v)));
            t.draw(|f| render(&app, f)).unwrap();
            screens += &format!("{v:?}\n{:?}\n", t.backend());
        }
        app.update(Action::Run(Command::Show(View::Roster)));
        let roster = (app.roster.rows.clone(), app.roster.summary.clone());
        let lib = &app.library;
        let entries: Vec<_> = lib
            .entries
            .iter()
            .map(|e| {
                (
                    e.meeting().clone(),
                    e.problems.clone(),
                    e.session_problems.clone(),
                    e.duplicates.clone(),
                    e.keys.clone(),
                    e.facets.clone(),
                    e.by_name.clone(),
                )
            })
            .collect();
        (entries, lib.failures.clone(), screens, roster)
    };
    let without = load(None);
    assert_eq!(without.0.len(), 1, "one meeting loads");
    assert!(!without.1.is_empty(), "the broken file is a failure");
    let c = plenary::cache::Cache::at(cache.path());
    let cold = load(Some(&c));
    assert!(!entries(cache.path()).is_empty(), "entries were written");
    let warm = load(Some(&c));
    assert_eq!(cold, without, "cold cache");
    assert_eq!(warm, without, "warm cache");
    // An entry written by a command has no people index: the TUI builds it
    // and adds it, and the next load reads it from there.
    fs::remove_dir_all(cache.path()).expect("empty the cache");
    // (Loaded in this process: an entry names the build that made it.)
    for f in ["m.yaml", "typo.yaml", "people.yaml"] {
        let want = plenary::cache::Want::Problems;
        plenary::cache::load(&dir.path().join(f), today, Some(&c), want);
    }
    let sizes = || -> Vec<(std::path::PathBuf, u64)> {
        let len = |e: &std::path::PathBuf| fs::metadata(e).unwrap().len();
        entries(cache.path())
            .into_iter()
            .map(|e| (e.clone(), len(&e)))
            .collect()
    };
    let before = sizes();
    assert_eq!(load(Some(&c)), without, "an entry without the index");
    let after = sizes();
    assert_eq!(
        after.len(),
        before.len(),
        "the same entries, rewritten in place"
    );
    assert!(
        after
            .iter()
            .zip(&before)
            .any(|(a, b)| a.0 == b.0 && a.1 > b.1),
        "the index was added"
    );
    assert_eq!(load(Some(&c)), without, "with the index added");
}
