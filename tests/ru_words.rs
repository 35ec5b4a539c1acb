//! The Russian interface names people and sessions as its views do and
//! speaks of people whose gender it does not know in neutral words; the
//! English stays what it was. Found by a newcomer on a symposium whose
//! names and titles are given in English and Russian.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

const SYMPOSIUM: &str = "tests/fixtures/ru_words/symposium.yaml";

/// `plenary ARGS` under `locale`: stdout and stderr together.
fn run(locale: &str, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", dir.path())
        .env("PLENARY_CONFIG", "/nonexistent/plenary-test-config.toml")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .args(args)
        .output()
        .unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn russian_warnings_name_people_and_sessions_in_russian() {
    let ru = run("ru_RU.UTF-8", &["check", SYMPOSIUM]);
    for english in ["Irina Petrova", "Opening plenary", "Break-out A: Teachers"] {
        assert!(!ru.contains(english), "`{english}` in:\n{ru}");
    }
    for russian in [
        "переводчик Ирина Петрова",
        "`opening` (Открытие)",
        "(Секция А: Учителя)",
    ] {
        assert!(ru.contains(russian), "no `{russian}` in:\n{ru}");
    }
    // A name given in one language only is that name in every language.
    assert!(ru.contains("Anna Smith"), "{ru}");
    let en = run("C", &["check", SYMPOSIUM]);
    for english in ["interpreter Irina Petrova", "`opening` (Opening plenary)"] {
        assert!(en.contains(english), "no `{english}` in:\n{en}");
    }
    assert!(!en.contains("Ирина"), "{en}");
}

/// Russian says nothing that assumes a man (`отказался`, `его языки`,
/// `назначен`, `переводил бы`) of a person whose gender it does not know.
#[test]
fn russian_words_for_people_are_neutral() {
    let ru = run("ru_RU.UTF-8", &["check", SYMPOSIUM]);
    for masculine in ["отказался", "его языки", "назначен", "переводил бы"]
    {
        assert!(!ru.contains(masculine), "`{masculine}` in:\n{ru}");
    }
    for neutral in ["языки переводчика: A ru, B en", "статус «отказ»"]
    {
        assert!(ru.contains(neutral), "no `{neutral}` in:\n{ru}");
    }
}
