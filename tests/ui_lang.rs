//! The interface language and the settings file, driven through the real
//! binary: the locale chooses, `--ui-lang` and the settings file override,
//! a C locale keeps English, and a broken settings file is told with its
//! line while the command still runs.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

/// `plenary ARGS` with exactly the locale and settings file given.
fn run(env: &[(&str, &str)], config: &Path, args: &[&str]) -> (i32, String, String) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_plenary"));
    c.env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("NO_COLOR")
        .env("PLENARY_CONFIG", config);
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const CASE: &str = "tests/broken/unknown-speaker.yaml";
const TODAY: [&str; 2] = ["--today", "2026-11-26"];

fn check(env: &[(&str, &str)], config: &Path, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["check", TODAY[0], TODAY[1]];
    args.extend_from_slice(extra);
    args.push(CASE);
    run(env, config, &args)
}

#[test]
fn the_locale_chooses_and_c_keeps_english() {
    let none = Path::new("/nonexistent/plenary.toml");
    let (code, out, err) = check(&[("LANG", "ru_RU.UTF-8")], none, &[]);
    assert_eq!(code, 1);
    assert!(out.contains("ошибка: докладчик `cho-jaewn`"), "{out}");
    assert!(
        out.contains("подсказка: может быть, `cho-jaewon`?"),
        "{out}"
    );
    assert!(
        err.contains("1 встреча в 1 файле: 1 ошибка, 0 предупреждений"),
        "{err}"
    );

    let (_, out, err) = check(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "C")], none, &[]);
    assert!(
        out.contains("error: speaker `cho-jaewn` is not on the roster"),
        "{out}"
    );
    assert!(
        err.contains("checked 1 meeting in 1 file: 1 error, 0 warnings"),
        "{err}"
    );

    let (_, out, _) = check(&[("LANG", "ru_RU.UTF-8")], none, &["--ui-lang", "en"]);
    assert!(out.contains("hint: did you mean `cho-jaewon`?"), "{out}");
}

#[test]
fn the_settings_file_chooses_over_the_locale_and_a_bad_line_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "# mine\nui_lang = \"ru\"\ncolurs = false\nspeaking_hours = \"22:00-07:00\"\n",
    )
    .unwrap();
    let (code, out, err) = check(&[("LANG", "en_GB.UTF-8")], &config, &[]);
    assert_eq!(code, 1, "a bad setting does not stop the check");
    assert!(out.contains("докладчик"), "{out}");
    let place = format!("{}:3: неизвестная настройка `colurs`", config.display());
    assert!(err.contains(&place), "{err}");
    assert!(err.contains("может быть, `colours`?"), "{err}");
    assert!(err.contains(":4: `speaking_hours` не может быть"), "{err}");

    let (code, out, _) = run(&[], &config, &["config", "--ui-lang", "en"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("ui_lang         = \"en\"             # from the command line, --ui-lang en"),
        "{out}"
    );
    assert!(
        out.contains("speaking_hours  = \"07:00-22:00\"    # default"),
        "{out}"
    );
    assert!(out.contains(":3: unknown setting `colurs`"), "{out}");
}

#[test]
fn a_followups_summary_counts_in_russian() {
    let none = Path::new("/nonexistent/plenary.toml");
    let (code, out, _) = run(
        &[("LANG", "ru_RU.UTF-8")],
        none,
        &[
            "followups",
            TODAY[0],
            TODAY[1],
            "--status",
            "all",
            "agendas",
        ],
    );
    assert_eq!(code, 0);
    assert!(out.contains("ОТВЕТСТВЕННЫЙ"), "{out}");
    assert!(out.lines().last().unwrap().contains("поручени"), "{out}");
}

#[test]
fn help_is_russian_under_a_russian_locale() {
    let none = Path::new("/nonexistent/plenary.toml");
    let (_, out, _) = run(&[("LANG", "ru_RU.UTF-8")], none, &["check", "--help"]);
    assert!(out.contains("Считать неудачей и предупреждения"), "{out}");
    let (_, out, _) = run(&[("LANG", "C")], none, &["check", "--help"]);
    assert!(out.contains("Fail on warnings too"), "{out}");
}

/// clap's own words — the usage line, the headings, the help and version
/// flags, default and possible values — follow the locale; with a C
/// locale they are clap's English.
#[test]
fn help_headings_and_flags_in_russian() {
    let none = Path::new("/nonexistent/plenary.toml");
    let (code, out, _) = run(&[("LANG", "ru_RU.UTF-8")], none, &["followups", "--help"]);
    assert_eq!(code, 0);
    for ru in [
        "Использование: plenary followups",
        "Аргументы:",
        "Параметры:",
        "Показать справку",
        "[по умолчанию: table]",
        "[возможные значения: table, csv, json]",
    ] {
        assert!(out.contains(ru), "{ru} missing:\n{out}");
    }
    for en in [
        "Usage:",
        "Options:",
        "Arguments:",
        "Print help",
        "[default:",
        "[possible values:",
    ] {
        assert!(!out.contains(en), "{en} left:\n{out}");
    }
    let (_, out, _) = run(&[("LANG", "ru_RU.UTF-8")], none, &["--help"]);
    assert!(
        out.contains("Команды:") && out.contains("Показать версию"),
        "{out}"
    );
    let (_, out, _) = run(&[("LC_ALL", "C")], none, &["followups", "--help"]);
    assert!(
        out.contains("Usage: plenary followups") && out.contains("Options:"),
        "{out}"
    );
}

/// clap's errors said in Russian from what clap found; English stays clap's.
#[test]
fn command_line_errors_in_russian() {
    let none = Path::new("/nonexistent/plenary.toml");
    let (code, _, err) = run(&[("LANG", "ru_RU.UTF-8")], none, &["check", "--bogus"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("ошибка: неожиданный аргумент '--bogus'"),
        "{err}"
    );
    assert!(
        err.contains("Использование: plenary check") && err.contains("Подробнее: '--help'."),
        "{err}"
    );
    let (code, _, err) = run(
        &[("LANG", "ru_RU.UTF-8")],
        none,
        &["followups", "--format", "cvs"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("недопустимое значение 'cvs'")
            && err.contains("возможные значения: table, csv, json"),
        "{err}"
    );
    let (code, _, err) = run(&[("LC_ALL", "C")], none, &["check", "--bogus"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: unexpected argument '--bogus' found"),
        "{err}"
    );
}

/// A path that is no file (a device, a named pipe) is refused before it is
/// opened, in the interface language; English stays as it was.
#[cfg(unix)]
#[test]
fn a_device_is_refused_in_russian() {
    let none = Path::new("/nonexistent/plenary.toml");
    let (code, _, err) = run(&[("LANG", "ru_RU.UTF-8")], none, &["check", "/dev/null"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("/dev/null: ошибка: не удаётся прочитать файл: это устройство, а не файл"),
        "{err}"
    );
    let (_, _, err) = run(&[("LC_ALL", "C")], none, &["check", "/dev/null"]);
    assert!(
        err.contains("/dev/null: error: cannot read the file: it is a device, not a file"),
        "{err}"
    );
}
