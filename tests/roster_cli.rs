//! `plenary roster import|export` and `plenary people` end to end: a Zoom
//! attendee report (preamble, BOM, a row per join) and a Windows-1251 sheet
//! with Russian headers imported into a copy of the Weidong agenda, every
//! twin recognised across scripts and nobody added twice; dry runs write
//! nothing; conflicts are asked on a terminal and wait for --on-conflict
//! elsewhere; bad input says where and how.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

mod common;

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn plenary(args: &[&str]) -> Out {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .output()
        .expect("run plenary");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const ZOOM: &str = "tests/fixtures/registration/zoom_attendees.csv";
const SHEET: &str = "tests/fixtures/registration/registrations_cp1251.csv";

/// A copy of the Weidong agenda in a fresh folder.
fn weidong() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("weidong.yaml");
    std::fs::copy("agendas/2020-12-unesco-weidong-expert-meeting.yaml", &path).expect("copy");
    (dir, path)
}

fn roster_json(agenda: &Path) -> Vec<Value> {
    let out = plenary(&[
        "roster",
        "export",
        agenda.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    match serde_json::from_str(&out.stdout).expect("JSON") {
        Value::Array(v) => v,
        other => panic!("not an array: {other}"),
    }
}

#[test]
fn the_fixtures_are_what_they_claim() {
    let zoom = std::fs::read(ZOOM).unwrap();
    assert!(
        zoom.starts_with(b"\xEF\xBB\xBF"),
        "Zoom report keeps its BOM"
    );
    let sheet = std::fs::read(SHEET).unwrap();
    assert!(
        std::str::from_utf8(&sheet).is_err(),
        "the sheet is not UTF-8"
    );
    let (text, _, bad) = encoding_rs::WINDOWS_1251.decode(&sheet);
    assert!(!bad && text.starts_with("Фамилия;Имя;Отчество"));
}

#[test]
fn zoom_then_russian_sheet_adds_nobody_twice() {
    let (_dir, agenda) = weidong();
    let a = agenda.to_str().unwrap();
    let before = std::fs::read(&agenda).unwrap();
    let dry = plenary(&["roster", "import", ZOOM, "--into", a, "--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(
        dry.stdout
            .contains("header on line 12 (Zoom attendee report); 7 rows, 5 people"),
        "{}",
        dry.stdout
    );
    assert!(
        dry.stdout.contains(
            "Onokan Umankulova ← Онокан Уманкулова (lines 13, 14; same name in another script)"
        ),
        "{}",
        dry.stdout
    );
    assert!(
        dry.stdout
            .contains("Gulnara Kussidenova ← Гульнара Кусиденова"),
        "{}",
        dry.stdout
    );
    assert!(
        dry.stdout
            .contains("zoom_attendees.csv:19:13 (Country/Region Name): unknown country `Atlantis`")
    );
    assert!(
        !dry.stdout.contains("IITE Webinar Host"),
        "the host section is not the attendee table"
    );
    assert_eq!(
        std::fs::read(&agenda).unwrap(),
        before,
        "--dry-run writes nothing"
    );

    let done = plenary(&["roster", "import", ZOOM, "--into", a]);
    assert_eq!(done.code, 0, "{}{}", done.stdout, done.stderr);
    let sheet = plenary(&["roster", "import", SHEET, "--into", a]);
    assert_eq!(sheet.code, 0, "{}{}", sheet.stdout, sheet.stderr);
    assert!(
        sheet.stdout.contains("read as windows-1251, separator `;`"),
        "{}",
        sheet.stdout
    );
    assert!(
        sheet
            .stdout
            .contains("Kadambay Saytov ← Кадамбай Сайтов (line 4; same name in another script)"),
        "{}",
        sheet.stdout
    );

    let people = roster_json(&agenda);
    // 4 in the agenda, Aigerim and the formula from Zoom, Yerlan from the sheet.
    assert_eq!(people.len(), 7, "{people:#?}");
    let onokan = &people[1];
    assert_eq!(onokan["name_ru"], "Онокан Уманкулова");
    assert_eq!(onokan["name_en"], "Onokan Umankulova");
    assert_eq!(onokan["email"], "onokan@edu.example.kg");
    assert_eq!(onokan["languages"], "ru ky");
    assert_eq!(people[2]["name_ru"], "Кадамбай Сайтов");
    // Formula text stays plain text in the agenda and is defused on the way out.
    let csv = plenary(&["roster", "export", a]).stdout;
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
    let again = plenary(&["roster", "import", ZOOM, "--into", a]);
    assert!(
        again.stdout.contains("Nothing to write"),
        "{}",
        again.stdout
    );
}

#[test]
fn conflicts_wait_for_a_choice() {
    let (dir, agenda) = weidong();
    let a = agenda.to_str().unwrap();
    let file = dir.path().join("moved.csv");
    std::fs::write(&file, "Name,Country\nMaxim LI,Kazakhstan\n").unwrap();
    let f = file.to_str().unwrap();
    let ask = plenary(&["roster", "import", f, "--into", a]);
    assert_eq!(ask.code, 1);
    assert!(
        ask.stdout
            .contains("! Maxim LI: country is `CN` on the roster, `KZ` in the file (line 2)"),
        "{}",
        ask.stdout
    );
    assert!(ask.stdout.contains("Nothing written"), "{}", ask.stdout);
    let keep = plenary(&["roster", "import", f, "--into", a, "--on-conflict", "keep"]);
    assert!(keep.stdout.contains("Nothing to write"), "{}", keep.stdout);
    let theirs = plenary(&[
        "roster",
        "import",
        f,
        "--into",
        a,
        "--on-conflict",
        "theirs",
    ]);
    assert_eq!(theirs.code, 0, "{}", theirs.stdout);
    assert_eq!(roster_json(&agenda)[3]["country"], "KZ");
}

#[test]
fn bad_input_says_where_and_what_to_do() {
    let (dir, agenda) = weidong();
    let a = agenda.to_str().unwrap();
    let file = dir.path().join("odd.csv");
    std::fs::write(&file, "Who,Where\nAigerim,Almaty\n").unwrap();
    let f = file.to_str().unwrap();
    let out = plenary(&["roster", "import", f, "--into", a]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("no header row recognised"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("line 1: Who | Where"), "{}", out.stderr);
    assert!(
        out.stderr.contains("--map \"Full name=name,Mail=email\""),
        "{}",
        out.stderr
    );
    let mapped = plenary(&[
        "roster",
        "import",
        f,
        "--into",
        a,
        "--map",
        "Who=name,Where=organization",
        "--dry-run",
    ]);
    assert!(
        mapped.stdout.contains("+ Aigerim (line 2)"),
        "{}",
        mapped.stdout
    );
    let bad_map = plenary(&["roster", "import", f, "--into", a, "--map", "Who=nom"]);
    assert!(
        bad_map.stderr.contains("unknown field `nom`"),
        "{}",
        bad_map.stderr
    );
    std::fs::write(&file, "Name,Email\n\"Open quote,a@b\n").unwrap();
    let out = plenary(&["roster", "import", f, "--into", a]);
    assert!(
        out.stderr
            .contains("line 2, column 1: a quoted cell is never closed"),
        "{}",
        out.stderr
    );
    std::fs::write(&file, "Name,Email\nEve \u{1b}[2J,e@x\n").unwrap();
    let out = plenary(&["roster", "import", f, "--into", a, "--dry-run"]);
    assert!(
        !out.stdout.contains('\u{1b}'),
        "no escape reaches the terminal"
    );
}

const SECOND: &str = "title: CASIE 2023 (test)
short_title: CASIE 2023
series: casie
format: online
timezone: Asia/Almaty
start_date: 2023-10-05
participants:
- id: onokan
  name: Онокан Уманкулова
  organization: Министерство образования и науки
  country: KG
- id: fan-li
  name: Fan Li
  organization: UNESCO Institute for Information Technologies in Education (IITE)
  country: CN
- id: ivanova
  name: Anna Ivanova
  organization: Institute of Information Technologies
  country: RU
";

#[test]
fn people_across_meetings() {
    let (dir, _agenda) = weidong();
    std::fs::write(dir.path().join("casie-2023.yaml"), SECOND).unwrap();
    let d = dir.path().to_str().unwrap();
    let out = plenary(&["check", d]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let out = plenary(&["people", d, "umankulova", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Vec<Value> = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v.len(), 1, "one person in both scripts: {v:#?}");
    assert_eq!(
        v[0]["names"],
        serde_json::json!(["Onokan Umankulova", "Онокан Уманкулова"])
    );
    assert_eq!(v[0]["meetings"].as_array().map(Vec::len), Some(2));
    let out = plenary(&["people", d, "iite", "--format", "json"]);
    let v: Vec<Value> = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v.len(), 1, "only the IITE person: {v:#?}");
    assert_eq!(v[0]["names"][0], "Fan Li");
    let table = plenary(&["people", d]).stdout;
    assert!(table.contains("6 people"), "{table}");
    assert!(table.contains("People per meeting and country:"), "{table}");
}

#[test]
fn on_a_terminal_each_difference_is_asked() {
    let (dir, agenda) = weidong();
    let file = dir.path().join("moved.csv");
    std::fs::write(&file, "Name,Country\nMaxim LI,Kazakhstan\n").unwrap();
    let args = [
        "roster",
        "import",
        file.to_str().unwrap(),
        "--into",
        agenda.to_str().unwrap(),
    ];
    let mut t = common::Tty::start(dir.path(), &args, &[], 120, 30);
    t.wait_for("[1/1] Maxim LI: country is `CN` on the roster, `KZ` in the file");
    t.wait_for("o keeps ours, t takes the file's, q stops and writes nothing:");
    // A wrong answer is asked again; t takes the file's value and saves.
    t.send("x\r");
    t.wait_for("answer o, t or q");
    t.send("t\r");
    t.wait_for("Saved");
    assert!(t.wait_exit().success());
    assert_eq!(roster_json(&agenda)[3]["country"], "KZ");
}

/// The preview in Russian: its fixed words, the reasons a row matched,
/// the file's problems and the closing line, with no English sentence left
/// (names, ids, column headers from the file and field names are data).
#[test]
fn the_preview_speaks_russian() {
    let (_dir, agenda) = weidong();
    let a = agenda.to_str().unwrap();
    let dry = plenary(&[
        "--ui-lang",
        "ru",
        "roster",
        "import",
        ZOOM,
        "--into",
        a,
        "--dry-run",
    ]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    for ru in [
        "заголовок в строке 12 (отчёт Zoom об участниках); строк: 7, людей: 5",
        "Добавлены (2):",
        "Обновлены (3):",
        "(строки 13, 14; то же имя в другой письменности)",
        "неизвестная страна `Atlantis`; оставлено пустым",
        "Ничего не записано (--dry-run).",
    ] {
        assert!(dry.stdout.contains(ru), "{ru} missing:\n{}", dry.stdout);
    }
    // Column headers come from the file; the rest must be Russian.
    let ours: String = dry
        .stdout
        .lines()
        .filter(|l| !l.trim_start().starts_with("столбцы:"))
        .collect::<Vec<_>>()
        .join("\n");
    let left = common::corpus::english_left(&ours);
    assert!(left.is_empty(), "{left:?}");
}

/// Tester's walk: one person registered twice in Latin and once in Cyrillic
/// with another e-mail. Nothing the Cyrillic row says may vanish: the name,
/// organization and position join as the Russian versions, the second
/// e-mail is put as a difference to choose, and a re-import says truly why
/// each row is the same person.
#[test]
fn a_person_registered_in_two_scripts_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("reg.csv");
    std::fs::write(
        &csv,
        "Name,Email,Organization,Country,Position\n\
         Aizhan Bekova,aizhan.bekova@edu.kz,Ministry of Education of Kazakhstan,Kazakhstan,Chief Expert\n\
         Timur Rakhimov,,Tashkent University of Information Technologies,Uzbekistan,Dean\n\
         Aizhan Bekova,aizhan.bekova@edu.kz,Ministry of Education of Kazakhstan,Kazakhstan,Chief Expert\n\
         Айжан Бекова,a.bekova@mail.kz,Министерство образования РК,Казахстан,Главный эксперт\n",
    )
    .unwrap();
    let (_d, agenda) = weidong();
    let (c, a) = (csv.to_str().unwrap(), agenda.to_str().unwrap());
    let out = plenary(&["roster", "import", c, "--into", a]);
    assert_eq!(
        out.code, 1,
        "the e-mails differ: nothing written yet\n{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("Aizhan Bekova (lines 2, 4)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(
            "& Айжан Бекова (line 5) joins Aizhan Bekova (lines 2, 4; same name in another script): \
             name in ru, organization in ru, position in ru"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(
            "Aizhan Bekova: e-mail is `aizhan.bekova@edu.kz` in lines 2, 4, `a.bekova@mail.kz` in line 5"
        ),
        "{}",
        out.stdout
    );
    let out = plenary(&["roster", "import", c, "--into", a, "--on-conflict", "keep"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let saved = std::fs::read_to_string(&agenda).unwrap();
    for kept in [
        "Айжан Бекова",
        "Министерство образования РК",
        "Главный эксперт",
    ] {
        assert!(saved.contains(kept), "{kept} lost:\n{saved}");
    }
    let again = plenary(&["roster", "import", c, "--into", a, "--on-conflict", "keep"]);
    assert!(
        again
            .stdout
            .contains("= Aizhan Bekova (lines 2, 4; same e-mail)"),
        "{}",
        again.stdout
    );
    assert!(
        !again.stdout.contains("lines 2, 4, 5; same e-mail"),
        "line 5 has another e-mail:\n{}",
        again.stdout
    );
    // Line 5 is another row of the person lines 2 and 4 are, and says why.
    assert!(
        again.stdout.contains(
            "& Айжан Бекова (line 5) joins Aizhan Bekova (lines 2, 4; same name in another script)"
        ),
        "{}",
        again.stdout
    );
}

#[test]
fn accept_suggestions_takes_the_suggested_country_and_the_file_stays_fmt_clean() {
    let (dir, agenda) = weidong();
    let a = agenda.to_str().unwrap();
    let file = dir.path().join("reg.csv");
    std::fs::write(
        &file,
        "Name,Email,Country\nDana Seitkali,dana@example.kz,Kazakstan\nAsel Toktogulova,,KG\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let plain = plenary(&["roster", "import", f, "--into", a, "--dry-run"]);
    assert!(
        plain.stdout.contains("--accept-suggestions takes them"),
        "{}",
        plain.stdout
    );
    assert!(
        plain.stdout.contains("reg.csv:3:2 (Email): no e-mail"),
        "{}",
        plain.stdout
    );
    let out = plenary(&["roster", "import", f, "--into", a, "--accept-suggestions"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("(Country): `Kazakstan` read as KZ (Kazakhstan) (suggestion accepted)"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("--accept-suggestions takes them"));
    let people = roster_json(&agenda);
    let dana = people
        .iter()
        .find(|p| p["name"] == "Dana Seitkali")
        .unwrap();
    assert_eq!(dana["country"], "KZ");
    let fmt = plenary(&["fmt", "--check", a]);
    assert_eq!(fmt.code, 0, "{}{}", fmt.stdout, fmt.stderr);
}
