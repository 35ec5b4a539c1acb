//! `plenary check`'s words about people listed twice: a name given in
//! several languages is said in the reader's (as every other message says
//! a name), and a name without a patronymic that fits two people with
//! different ones is said to be ambiguous, at its line, with what would
//! tell them apart. English output is what it always was.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

/// `plenary --ui-lang LANG check FILE`: standard output and standard error.
fn check(lang: &str, file: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(["--ui-lang", lang, "check"])
        .arg(file)
        .output()
        .unwrap();
    let said = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    said.replace(&format!("{}/", file.parent().unwrap().display()), "")
}

fn agenda(dir: &Path, people: &str) -> std::path::PathBuf {
    let path = dir.join("twins.yaml");
    let head =
        "title: Twins\ntimezone: Asia/Bishkek\nstart_date: 2026-12-10\nlanguages: [en, ru]\n";
    std::fs::write(&path, format!("{head}participants:\n{people}")).unwrap();
    path
}

const TWINS: &str = "\
- {id: petrova, name: {en: Irina Petrova, ru: Ирина Петрова}, email: irina@example.kz}
- {id: fan-li, name: Fan Li}
- {id: petrova-2, name: {en: Irina Petrova, ru: Ирина Петрова}}
- {id: li-fan, name: {en: Li Fan, ru: Ли Фань}}
- {id: li-fan-2, name: Фань Ли}
";

#[test]
fn a_twin_is_named_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = agenda(dir.path(), TWINS);
    let ru = check("ru", &file);
    for line in [
        "twins.yaml:8:3: предупреждение: `petrova` (Ирина Петрова), возможно, записан(а) \
         несколько раз: ещё как `petrova-2` (Ирина Петрова)",
        "twins.yaml:9:3: предупреждение: `fan-li` (Fan Li), возможно, записан(а) несколько \
         раз: ещё как `li-fan` (Ли Фань), `li-fan-2` (Фань Ли)",
    ] {
        assert!(ru.lines().any(|l| l == line), "{line}\nmissing from:\n{ru}");
    }
    assert!(!ru.contains("Irina") && !ru.contains("Li Fan"), "{ru}");
    // English as it always read: each name's English (first) version.
    let en = check("en", &file);
    for line in [
        "twins.yaml:8:3: warning: `petrova` (Irina Petrova) may be listed more than once: \
         also as `petrova-2` (Irina Petrova)",
        "twins.yaml:9:3: warning: `fan-li` (Fan Li) may be listed more than once: also as \
         `li-fan` (Li Fan), `li-fan-2` (Фань Ли)",
    ] {
        assert!(en.lines().any(|l| l == line), "{line}\nmissing from:\n{en}");
    }
}
