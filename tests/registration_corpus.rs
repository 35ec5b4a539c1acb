//! The corpus of registration files with something wrong in them: each
//! file in `tests/registration/broken`, imported into
//! `tests/registration/agenda.yaml` with `--dry-run`, must make `plenary
//! roster import` say exactly its `NAME.expected` in English and
//! `NAME.expected.ru` in Russian (exit code first), the Russian with no
//! English sentence left. `BLESS=1 cargo test --test registration_corpus`
//! rewrites them after a deliberate wording change.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::corpus;

fn import(dir: &Path, lang: &str, file: &str) -> (i32, String) {
    let locale = if lang == "ru" { "ru_RU.UTF-8" } else { "C" };
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .current_dir(dir)
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .env("PLENARY_CONFIG", "/nonexistent/plenary-test-config.toml")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .args([
            "roster",
            "import",
            file,
            "--into",
            "../agenda.yaml",
            "--dry-run",
        ])
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), said)
}

#[test]
fn broken_registrations_give_their_messages_in_both_languages() {
    let bless = corpus::blessing();
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/registration/broken");
    let mut cases: Vec<_> = fs::read_dir(&here)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "the corpus is gone");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        for lang in ["C", "ru"] {
            let (code, said) = import(&here, lang, &name);
            let got = format!("exit {code}\n{said}");
            let failure = if lang == "ru" {
                corpus::against_expected_ru(case, &got, bless)
            } else {
                corpus::against_expected(case, &got, bless)
            };
            failures.extend(failure);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
