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

const SIDOROVS: &str = "\
- {id: sidorov-ivan, name: {en: Ivan Sidorov, ru: Иван Сидоров}, country: RU}
- {id: sidorov-ivan-petrovich, name: Иван Петрович Сидоров}
- {id: sidorov-ivan-ivanovich, name: {en: Ivan Ivanovich Sidorov, ru: Иван Иванович Сидоров}}
";

/// Ivan Sidorov beside Иван Петрович and Иван Иванович Сидоров: joined to
/// neither (two fathers are two people), and said so at his line.
#[test]
fn a_short_name_fitting_two_fathers_is_told_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = agenda(dir.path(), SIDOROVS);
    let en = check("en", &file);
    assert_eq!(
        en,
        "twins.yaml:6:3: warning: `sidorov-ivan` (Ivan Sidorov) has no patronymic and fits 2 \
         people whose patronymics differ: `sidorov-ivan-petrovich` (Иван Петрович Сидоров), \
         `sidorov-ivan-ivanovich` (Ivan Ivanovich Sidorov); it is taken for none of them\n  \
         hint: to tell them apart, write the patronymic into the name of `sidorov-ivan`, or give \
         it the e-mail of the one it is; if it is one of them, keep one entry and point sessions \
         and follow-ups at its id\nchecked 1 meeting in 1 file: 0 errors, 1 warning\n"
    );
    let ru = check("ru", &file);
    assert!(
        ru.starts_with(
            "twins.yaml:6:3: предупреждение: `sidorov-ivan` (Иван Сидоров) без отчества подходит \
             2 людям с разными отчествами: `sidorov-ivan-petrovich` (Иван Петрович Сидоров), \
             `sidorov-ivan-ivanovich` (Иван Иванович Сидоров); ни с кем из них не объединён(а)\n  \
             подсказка: чтобы их различать, впишите отчество в имя `sidorov-ivan`"
        ),
        "{ru}"
    );
    // An e-mail that says which one he is: nothing to tell, they are one.
    let known = SIDOROVS
        .replace("country: RU}", "country: RU, email: is@example.ru}")
        .replace(
            "name: Иван Петрович Сидоров}",
            "name: Иван Петрович Сидоров, email: IS@example.ru}",
        );
    let file = agenda(dir.path(), &known);
    let en = check("en", &file);
    assert!(en.contains("`sidorov-ivan` (Ivan Sidorov) may be listed more than once: also as `sidorov-ivan-petrovich`"), "{en}");
    assert!(!en.contains("patronymics differ"), "{en}");
}

/// `plenary roster import` into a roster holding Ivan Sidorov, from a file
/// with Иван Петрович and Иван Иванович Сидоров: both are added (neither
/// merged into him, nor one into the other), and the preview says why at
/// the file's line, in the reader's language.
#[test]
fn an_import_does_not_merge_two_fathers_into_a_short_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = agenda(
        dir.path(),
        "- {id: sidorov-ivan, name: Ivan Sidorov, country: RU}\n",
    );
    let csv = dir.path().join("reg.csv");
    std::fs::write(
        &csv,
        "Name,Email\nИван Петрович Сидоров,p@example.ru\nИван Иванович Сидоров,i@example.ru\n",
    )
    .unwrap();
    let import = |lang: &str, dry: bool| {
        let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
            .current_dir(dir.path())
            .args([
                "--ui-lang",
                lang,
                "roster",
                "import",
                "reg.csv",
                "--into",
                "twins.yaml",
            ])
            .args(dry.then_some("--dry-run"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let en = import("en", true);
    for line in [
        "  + Иван Петрович Сидоров (line 2) as `sidorov-ivan-petrovich`",
        "  + Иван Иванович Сидоров (line 3) as `sidorov-ivan-ivanovich`",
        "  ? Иван Иванович Сидоров (line 3) may be Ivan Sidorov: same name without the patronymic",
        "  reg.csv:2: `sidorov-ivan` (Ivan Sidorov) may be any of Иван Петрович Сидоров (line 2), \
         Иван Иванович Сидоров (line 3): their patronymics differ, so the name without one is \
         taken for none of them and everyone is kept; to tell them apart, add the patronymic \
         (or the e-mail of the one it is) where the name is written without it, and import again",
    ] {
        assert!(en.lines().any(|l| l == line), "{line}\nmissing from:\n{en}");
    }
    let ru = import("ru", true);
    assert!(
        ru.contains("reg.csv:2: `sidorov-ivan` (Ivan Sidorov) может быть любым из них: Иван Петрович Сидоров (строка 2), Иван Иванович Сидоров (строка 3) — отчества у них разные"),
        "{ru}"
    );
    import("en", false);
    let saved = std::fs::read_to_string(&file).unwrap();
    for id in [
        "sidorov-ivan,",
        "sidorov-ivan-petrovich",
        "sidorov-ivan-ivanovich",
    ] {
        assert!(saved.contains(id), "{id} missing:\n{saved}");
    }
    assert!(
        !saved.contains("{en: Ivan Sidorov"),
        "Ivan Sidorov took nobody's name:\n{saved}"
    );
}

/// `plenary people` over a series: Ivan Sidorov in one meeting, Иван
/// Петрович and Иван Иванович Сидоров in the next are three people, not
/// one, and his entry is said to be ambiguous at its file and line.
#[test]
fn people_across_meetings_keep_two_fathers_apart() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let head = |title: &str, date: &str| {
        format!("title: {title}\ntimezone: Asia/Bishkek\nstart_date: {date}\nparticipants:\n")
    };
    std::fs::write(
        d.join("a.yaml"),
        head("First", "2026-10-10") + "- {id: sidorov-ivan, name: Ivan Sidorov}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("b.yaml"),
        head("Second", "2026-12-10")
            + "- {id: petrovich, name: Иван Петрович Сидоров}\n- {id: ivanovich, name: Иван Иванович Сидоров}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .current_dir(d)
        .args(["--ui-lang", "en", "people", ".", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(3), "{json}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with(
            "./a.yaml:5:3: warning: `sidorov-ivan` (Ivan Sidorov; First) has no patronymic and \
             fits 2 people whose patronymics differ: `petrovich` (Иван Петрович Сидоров; Second), \
             `ivanovich` (Иван Иванович Сидоров; Second); it is taken for none of them\n  hint: "
        ),
        "{err}"
    );
}
