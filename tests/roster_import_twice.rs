//! A newcomer's walk through `plenary roster import` with an Excel sheet in
//! Russian (BOM, `;`, CRLF): one person registered twice, in Latin and in
//! Cyrillic, lands on the roster once, whether an earlier row matched the
//! roster or was added, and whether one row gives a patronymic; `plenary
//! check` finds the same pairs when they are on the roster twice.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

const SHEET: &str = "tests/fixtures/registration/twice_ru.csv";

const AGENDA: &str = "title: Registration walk
timezone: Asia/Almaty
start_date: 2024-05-16
end_date: 2024-05-16
languages: [en, ru]
participants:
  - id: berg-jonas
    name: Jonas Berg
    organization: Example University
    country: SE
    languages: [en]
    role: speaker
    status: confirmed
sessions: []
";

fn plenary(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .output()
        .expect("run plenary");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

fn agenda(yaml: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("walk.yaml");
    std::fs::write(&path, yaml).unwrap();
    (dir, path)
}

fn ids(agenda: &Path) -> Vec<String> {
    let (code, out) = plenary(&[
        "roster",
        "export",
        agenda.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn one_person_registered_twice_lands_on_the_roster_once() {
    let (_d, a) = agenda(AGENDA);
    let a = a.to_str().unwrap();
    let (code, out) = plenary(&["roster", "import", SHEET, "--into", a, "--dry-run"]);
    assert_eq!(code, 0, "{out}");
    for line in [
        "~ Jonas Berg ← Jonas Berg (line 2; same name): e-mail, position",
        "& Йонас Берг (line 3) joins Jonas Berg (line 2; same e-mail): name in ru",
        "+ Онокан Бакировна Уманкулова (line 4)",
        "& Onokan Umankulova (line 5) joins Онокан Бакировна Уманкулова (line 4; same name without the patronymic)",
    ] {
        assert!(out.contains(line), "no `{line}` in\n{out}");
    }
    // Seven rows that say something (a blank one aside), four people.
    assert!(out.contains("; 7 rows, 4 people\n"), "{out}");
    assert!(
        out.contains("\n  tests/fixtures/registration/twice_ru.csv:6: row has no name; skipped\n"),
        "{out}"
    );
    assert!(!out.contains("+ Йонас"), "{out}");
    assert!(!out.contains("+ Onokan"), "{out}");
    let (code, out) = plenary(&["roster", "import", SHEET, "--into", a]);
    assert_eq!(code, 0, "{out}");
    // Ids in passport-style Latin: ь and ъ dropped, й and ы y, ю yu.
    assert_eq!(
        ids(Path::new(a)),
        [
            "berg-jonas",
            "onokan-bakirovna-umankulova",
            "gulnara-kusidenova",
            "yuriy-ilich-zhukov"
        ]
    );
    let (_, checked) = plenary(&["check", a]);
    assert!(!checked.contains("more than once"), "{checked}");
    // A re-import finds everyone where the first one put them.
    let (code, again) = plenary(&["roster", "import", SHEET, "--into", a]);
    assert_eq!(code, 0, "{again}");
    assert!(again.contains("Nothing to write"), "{again}");
}

#[test]
fn check_sees_a_person_with_and_without_a_patronymic() {
    let yaml = AGENDA.replace(
        "sessions: []",
        "  - id: onokan-bakirovna-umankulova
    name: Онокан Бакировна Уманкулова
  - id: onokan-umankulova
    name: Onokan Umankulova
  - id: ivan-ivanovich-petrov
    name: Иван Иванович Петров
  - id: ivan-sergeevich-petrov
    name: Иван Сергеевич Петров
sessions: []",
    );
    let (_d, a) = agenda(&yaml);
    let (_, out) = plenary(&["check", a.to_str().unwrap()]);
    assert!(
        out.contains(
            "`onokan-bakirovna-umankulova` (Онокан Бакировна Уманкулова) may be listed more than once: also as `onokan-umankulova` (Onokan Umankulova)"
        ),
        "{out}"
    );
    assert!(
        !out.contains("`ivan-ivanovich-petrov` (Иван Иванович Петров) may be"),
        "{out}"
    );
}
