//! The corpus tests' runner: each `NAME.yaml` in a folder must make
//! `plenary check` print exactly its `NAME.expected` (the exit code on the
//! first line). Shared so that both corpora bless and report alike.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The `.yaml` files of `dir`, sorted so that failures list in a stable order.
pub fn yaml_files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir} exists: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    v.sort();
    v
}

/// `plenary check FLAGS FILE`: its exit code and standard output.
pub fn check(flags: &[&str], file: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        // English whatever the machine's locale or settings file says.
        .env("LC_ALL", "C")
        .env("PLENARY_CONFIG", "/nonexistent/plenary-test-config.toml")
        .arg("check")
        .args(flags)
        .arg(file)
        .output()
        .expect("run plenary");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// After a deliberate wording change, `BLESS=1` rewrites the `.expected`
/// files instead of comparing with them.
pub fn blessing() -> bool {
    std::env::var_os("BLESS").is_some()
}

/// Compares what `case` gave with its `.expected` file, or writes it there
/// when `bless`. The difference, as a failure to report, when they differ.
pub fn against_expected(case: &Path, got: &str, bless: bool) -> Option<String> {
    let expected_path = case.with_extension("expected");
    if bless {
        fs::write(&expected_path, got).expect("write expected");
        return None;
    }
    let expected = fs::read_to_string(&expected_path)
        .unwrap_or_else(|_| panic!("{} has no .expected file; run with BLESS=1", case.display()));
    (expected != got).then(|| format!("--- {}\nexpected:\n{expected}\ngot:\n{got}", case.display()))
}
