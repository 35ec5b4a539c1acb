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

/// Compares what `case` gave under `--ui-lang ru` with its `.expected.ru`
/// file, or writes it there when `bless`.
pub fn against_expected_ru(case: &Path, got: &str, bless: bool) -> Option<String> {
    let expected_path = case.with_extension("expected.ru");
    if bless {
        fs::write(&expected_path, got).expect("write expected.ru");
        return None;
    }
    let expected = fs::read_to_string(&expected_path)
        .unwrap_or_else(|_| panic!("{} is missing; run with BLESS=1", expected_path.display()));
    (expected != got).then(|| format!("--- {}\nexpected:\n{expected}\ngot:\n{got}", case.display()))
}

/// English left in Russian output: three or more Latin words in a row,
/// once the data is taken out. Data is what the file or the system wrote:
/// the place before the severity (a file path), anything in backticks or
/// double quotes, a title in parentheses right after a backticked id
/// (`` `plenary` (Opening session) ``), and paths and zone names (a word
/// with `/`, `.`, `_` or a digit in it).
pub fn english_left(output: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in output.lines() {
        let text = line
            .split_once(": ошибка: ")
            .or_else(|| line.split_once(": предупреждение: "))
            .map_or(line, |(_, t)| t);
        let text = without_data(text);
        // Words of a sentence follow each other with only a space between;
        // a list of names (`title, theme, venue`) is no sentence.
        let mut run: Vec<&str> = Vec::new();
        for token in text.split_whitespace() {
            let word = token.trim_start_matches(['(', '«']);
            let bare = word.trim_end_matches([',', ';', ':', ')', '.', '!', '?', '»']);
            let latin = !bare.is_empty()
                && bare
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '-');
            if latin && word.len() == token.len() {
                run.push(bare);
                if run.len() == 3 {
                    found.push(format!("{}: {line}", run.join(" ")));
                }
            } else {
                run.clear();
                if latin {
                    run.push(bare);
                }
            }
            if bare.len() != word.len() {
                run.clear();
            }
        }
    }
    found
}

/// `text` with backticked and double-quoted spans, and the title after a
/// backticked id, blanked; words holding `/ . _` or digits dropped.
fn without_data(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(['`', '"']) {
        out.push_str(&rest[..i]);
        let quote = &rest[i..i + 1];
        let after = &rest[i + 1..];
        match after.find(quote) {
            Some(j) => {
                out.push_str(" ~ ");
                rest = &after[j + 1..];
                if quote == "`"
                    && let Some(t) = rest.strip_prefix(" (")
                    && let Some(k) = t.find(')')
                {
                    rest = &t[k + 1..];
                }
            }
            None => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.split(' ')
        .map(|w| {
            if w.contains(['/', '.', '_']) || w.chars().any(|c| c.is_ascii_digit()) {
                "~"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
