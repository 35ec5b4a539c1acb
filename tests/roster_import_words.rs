//! `plenary roster import`'s preview says every word of its own in the
//! reader's language: the fields an update fills or finds different
//! (name, e-mail, country, role...), a role or status that changes
//! (participant → speaker), and the question asked about each difference.
//! In English the preview stays what it always printed, byte for byte.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

mod common;

/// A chair who declined, and someone on the roster in Latin only.
const AGENDA: &str = "\
title: Words
timezone: Asia/Bishkek
start_date: 2026-12-10
languages: [en, ru]
participants:
- {id: li, name: Maxim Li, country: CN, email: li@old.example, role: chair, status: declined}
- {id: nurlanova-aigerim, name: Aigerim Nurlanova, organization: IITE}
";

/// Maxim Li differs in four fields; Айгерим Нурланова fills in everything.
const CSV: &str = "\
Name,Email,Country,Role,Status,Organization,Position,Language
Maxim Li,li@new.example,Kazakhstan,speaker,confirmed,,,
Айгерим Нурланова,a@x.kz,KZ,speaker,confirmed,ИИТО,Эксперт,\"ru, kk\"
";

/// The dry-run preview in `lang`, with the temporary folder's name taken out.
fn preview(lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (agenda, csv) = (dir.path().join("a.yaml"), dir.path().join("r.csv"));
    std::fs::write(&agenda, AGENDA).unwrap();
    std::fs::write(&csv, CSV).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["--ui-lang", lang, "roster", "import"])
        .args([&csv, Path::new("--into"), &agenda, Path::new("--dry-run")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "a dry run");
    let said = String::from_utf8(out.stdout).unwrap();
    said.replace(&format!("{}/", dir.path().display()), "")
}

#[test]
fn fields_roles_and_statuses_are_said_in_russian() {
    let ru = preview("ru");
    for line in [
        "  ~ Aigerim Nurlanova ← Айгерим Нурланова (строка 3; то же имя в другой письменности): \
         имя (ru), e-mail, страна, организация (ru), должность, языки ru, kk, \
         роль: участник → докладчик, статус: приглашение → подтверждено",
        "  ! Maxim Li: e-mail в списке участников — `li@old.example`, в файле — `li@new.example` (строка 2)",
        "  ! Maxim Li: страна в списке участников — `CN`, в файле — `KZ` (строка 2)",
        "  ! Maxim Li: роль в списке участников — `председатель`, в файле — `докладчик` (строка 2)",
        "  ! Maxim Li: статус в списке участников — `отказ`, в файле — `подтверждено` (строка 2)",
    ] {
        assert!(ru.lines().any(|l| l == line), "{line}\nmissing from:\n{ru}");
    }
    for english in [
        "name (", "country", "role", "status", "speaker", "invited", "language",
    ] {
        let leak = ru
            .lines()
            .filter(|l| !l.trim_start().starts_with("столбцы:"))
            .find(|l| l.contains(english));
        assert!(leak.is_none(), "`{english}` left in: {leak:?}");
    }
}

/// What the preview printed before its words went through the catalogue.
#[test]
fn the_english_preview_is_unchanged() {
    let en = preview("en");
    assert_eq!(
        en,
        "\
Import r.csv into a.yaml
  read as UTF-8, separator `,`, header on line 1 (sheet); 2 rows, 2 people
  columns: Name → name, Email → email, Country → country, Role → role, Status → status, Organization → organization, Position → position, Language → languages
Updated (1):
  ~ Aigerim Nurlanova ← Айгерим Нурланова (line 3; same name in another script): name in ru, e-mail, country, organization in ru, position, languages ru, kk, role participant → speaker, status invited → confirmed
Unchanged (1):
  = Maxim Li (line 2; same name)
Different values (choose with --on-conflict keep|theirs) (4):
  ! Maxim Li: e-mail is `li@old.example` on the roster, `li@new.example` in the file (line 2)
  ! Maxim Li: country is `CN` on the roster, `KZ` in the file (line 2)
  ! Maxim Li: role is `chair` on the roster, `speaker` in the file (line 2)
  ! Maxim Li: status is `declined` on the roster, `confirmed` in the file (line 2)
Nothing written (--dry-run).
"
    );
}

/// On a terminal each difference is asked about in Russian too, and a
/// wrong answer is told in Russian.
#[test]
fn the_question_is_asked_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let (agenda, csv) = (dir.path().join("a.yaml"), dir.path().join("r.csv"));
    std::fs::write(&agenda, AGENDA).unwrap();
    std::fs::write(&csv, CSV).unwrap();
    let args = [
        "--ui-lang",
        "ru",
        "roster",
        "import",
        "r.csv",
        "--into",
        "a.yaml",
    ];
    let mut t = common::Tty::start(dir.path(), &args, &[], 140, 30);
    t.wait_for("[1/4] Maxim Li: e-mail в списке участников");
    t.wait_for("o — оставить наше, t — взять из файла, q — остановиться и ничего не записывать:");
    t.send("x\r");
    t.wait_for("ответьте o, t или q");
    t.send("q\r");
    t.wait_exit();
}
