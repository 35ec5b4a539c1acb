//! One failing and one passing file per rule of interpretation and time:
//! `tests/rules/fail-RULE.yaml` must give exactly the warnings in its
//! `.expected` file, and `pass-RULE.yaml` must check clean.
//!
//! After a deliberate wording change, regenerate with
//! `BLESS=1 cargo test --test rules` and read the diff.

use std::fs;
use std::path::Path;
use std::process::Command;

fn run_check(file: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["check", "--deny-warnings", "--today", "2026-11-26"])
        .arg(file)
        .output()
        .expect("run plenary");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn cases(prefix: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = fs::read_dir("tests/rules")
        .expect("tests/rules exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    v.sort();
    v
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
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for case in cases("fail-") {
        let (code, stdout) = run_check(&case);
        let got = format!("exit {code}\n{stdout}");
        let expected_path = case.with_extension("expected");
        if bless {
            fs::write(&expected_path, &got).expect("write expected");
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!("{} has no .expected file; run with BLESS=1", case.display())
        });
        if expected != got {
            failures.push(format!(
                "--- {}\nexpected:\n{expected}\ngot:\n{got}",
                case.display()
            ));
        }
        assert!(got.contains("(rule: "), "{} names no rule", case.display());
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
