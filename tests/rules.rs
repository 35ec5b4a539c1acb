//! One failing and one passing file per rule of interpretation and time:
//! `tests/rules/fail-RULE.yaml` must give exactly the warnings in its
//! `.expected` file, and `pass-RULE.yaml` must check clean.
//!
//! After a deliberate wording change, regenerate with
//! `BLESS=1 cargo test --test rules` and read the diff.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::corpus;

fn run_check(file: &Path) -> (i32, String) {
    corpus::check(&["--deny-warnings", "--today", "2026-11-26"], file)
}

fn cases(prefix: &str) -> Vec<std::path::PathBuf> {
    corpus::yaml_files("tests/rules")
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect()
}

#[test]
fn every_rule_has_a_failing_and_a_passing_file() {
    let fails = cases("fail-");
    assert!(
        fails.len() >= 12,
        "rules lost their fixtures: {}",
        fails.len()
    );
    for f in fails {
        let name = f
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replacen("fail-", "pass-", 1);
        assert!(f.with_file_name(&name).exists(), "{name} is missing");
    }
}

#[test]
fn failing_files_give_exactly_their_warnings() {
    let bless = corpus::blessing();
    let mut failures = Vec::new();
    for case in cases("fail-") {
        let (code, stdout) = run_check(&case);
        let got = format!("exit {code}\n{stdout}");
        failures.extend(corpus::against_expected(&case, &got, bless));
        if !bless {
            assert!(got.contains("(rule: "), "{} names no rule", case.display());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn passing_files_check_clean() {
    for case in cases("pass-") {
        let (code, stdout) = run_check(&case);
        assert_eq!((code, stdout.as_str()), (0, ""), "{}", case.display());
    }
}

/// Every rule's warning in Russian (`fail-RULE.expected.ru`, what
/// `plenary check --ui-lang ru` prints), naming its rule in Russian, with
/// no English sentence left (names, ids and codes are data).
#[test]
fn failing_files_in_russian() {
    let bless = corpus::blessing();
    let mut failures = Vec::new();
    for case in cases("fail-") {
        let (code, stdout) = corpus::check(
            &[
                "--deny-warnings",
                "--today",
                "2026-11-26",
                "--ui-lang",
                "ru",
            ],
            &case,
        );
        let got = format!("exit {code}\n{stdout}");
        failures.extend(corpus::against_expected_ru(&case, &got, bless));
        if !bless && !got.contains("(правило: ") {
            failures.push(format!("{} names no rule in Russian", case.display()));
        }
        for left in corpus::english_left(&stdout) {
            failures.push(format!("{}: English left: {left}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
