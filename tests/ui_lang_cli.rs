//! The command line in Russian, family by family: `plenary fmt`'s reports
//! and refusals, clap's errors of every kind a person can cause, the
//! placeholders of its usage lines and every subcommand's `--help`. Each
//! Russian output is searched for English left behind
//! ([`corpus::english_left`]); the English of a C locale is checked to be
//! what it always was.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::corpus;

/// `plenary ARGS` in `dir` under `lang` (`ru` or `C`): exit code, stdout, stderr.
fn run_in(dir: &Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let locale = if lang == "ru" { "ru_RU.UTF-8" } else { "C" };
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .current_dir(dir)
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .env("PLENARY_CONFIG", "/nonexistent/plenary-test-config.toml")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn run(lang: &str, args: &[&str]) -> (i32, String, String) {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), lang, args)
}

/// No English sentence in a Russian output.
fn all_russian(what: &str, text: &str) {
    let left = corpus::english_left(text);
    assert!(left.is_empty(), "{what}: English left: {left:?}\n{text}");
}

const PLAIN: &str = "title: X\nstart_date: 2020-12-23\ntimezone: UTC\nlanguages: [en, ru]\n";
/// `approximate: false` is the default, left out of the canonical form,
/// so the comment on its line has nowhere to go.
const LOST_COMMENT: &str = "title: X\nformat: in-person\ntimezone: UTC\nstart_date: 2020-12-23\nattendance:\n  count: 30\n  approximate: false  # ONE\n";

#[test]
fn fmt_reports_in_russian_and_in_english_as_before() {
    for (lang, not_canonical, formatted, lost, backup) in [
        (
            "ru",
            "a.yaml: не в каноническом виде (запустите `plenary fmt`)",
            "переписан a.yaml",
            "plenary: b.yaml:7: 1 комментарий, которому в каноническом виде нет места (первый: `# ONE`)",
            "примечание: некоторым комментариям не к чему привязаться; исходный файл сохранён в b.yaml.bak",
        ),
        (
            "C",
            "a.yaml: not in canonical form (run `plenary fmt`)",
            "formatted a.yaml",
            "plenary: b.yaml:7: a comment the canonical form cannot place (first: `# ONE`): it is on no field that is written; move it to the line of a field, or the line above one, or run `plenary fmt --drop-comments` (a .bak copy keeps them)",
            "note: some comments had no key to go with; the original is in b.yaml.bak",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::write(d.join("a.yaml"), PLAIN).unwrap();
        let (code, out, _) = run_in(d, lang, &["fmt", "--check", "a.yaml"]);
        assert_eq!((code, out.trim()), (1, not_canonical));
        let (code, out, _) = run_in(d, lang, &["fmt", "a.yaml"]);
        assert_eq!((code, out.trim()), (0, formatted));
        fs::write(d.join("b.yaml"), LOST_COMMENT).unwrap();
        let (code, _, err) = run_in(d, lang, &["fmt", "b.yaml"]);
        assert_eq!(code, 1);
        assert!(err.starts_with(lost), "{err}");
        let (code, out, _) = run_in(d, lang, &["fmt", "--drop-comments", "b.yaml"]);
        assert_eq!(code, 0);
        assert!(out.contains(backup), "{out}");
        if lang == "ru" {
            all_russian("fmt", &format!("{out}{err}"));
        }
    }
}

/// A save refused: the read-only file is named, in Russian.
#[cfg(unix)]
#[test]
fn fmt_says_a_refused_save_in_russian() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.yaml"), PLAIN).unwrap();
    fs::set_permissions(d.join("a.yaml"), fs::Permissions::from_mode(0o444)).unwrap();
    let (code, _, err) = run_in(d, "ru", &["fmt", "a.yaml"]);
    assert_eq!(code, 1);
    assert_eq!(
        err.trim(),
        "a.yaml: ошибка: a.yaml только для чтения; сохраните под другим именем или разрешите запись"
    );
    let (_, _, err) = run_in(d, "C", &["fmt", "a.yaml"]);
    assert_eq!(
        err.trim(),
        "a.yaml: error: a.yaml is read-only; save it under another name, or make it writable"
    );
}

/// Every kind of command-line mistake a person can make, with the Russian
/// words each must give (clap's own English stays under a C locale).
const WRONG: &[(&[&str], &str)] = &[
    (&["check", "--bogus"], "неожиданный аргумент '--bogus'"),
    (&["help", "chekc"], "неизвестная команда 'chekc'"),
    (
        &["followups", "--format", "cvs"],
        "недопустимое значение 'cvs' для '--format <ФОРМАТ>'",
    ),
    (
        &["check", "--today"],
        "для '--today <ДАТА>' нужно значение, но оно не указано",
    ),
    (&["check", "--today", "2020-13-01"], "месяца 13 не бывает"),
    (
        &["followups", "--status", "opne"],
        "неизвестный статус `opne`",
    ),
    (&["followups", "--status", ","], "статус не указан"),
    (&["followups", "--due-within", "x"], "это не целое число"),
    (
        &["followups", "--due-within", "99999999999"],
        "вне диапазона 0..=4294967295",
    ),
    (
        &["agenda", "--width", "-3", "x"],
        "чтобы передать '-3' как значение",
    ),
    (&["slots", "--length", "5x", "x"], "не длительность"),
    (
        &["slots", "--length", "30h", "x"],
        "от 1 минуты до 24 часов",
    ),
    (&["followups", "--country", "Narnia"], "не страна"),
    (
        &["export", "x.yaml"],
        "не указаны обязательные аргументы:\n  --format <ФОРМАТ>",
    ),
    (&["merge", "a"], "<НАША>"),
    (
        &["check", "--deny-warnings", "--deny-warnings"],
        "аргумент '--deny-warnings' нельзя указывать несколько раз",
    ),
    (
        &["slots", "--session", "a", "--room", "b", "x"],
        "нельзя использовать вместе с '--room <ЗАЛ>'",
    ),
    (
        &["fmt", "--check=yes"],
        "лишнее значение 'yes' для '--check'",
    ),
    (&["--ui-lang", "de"], "возможные значения: en, ru"),
    (&["roster", "bogus"], "неизвестная команда 'bogus'"),
];

#[test]
fn every_command_line_mistake_is_said_in_russian() {
    for (args, words) in WRONG {
        let (code, _, err) = run("ru", args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.starts_with("ошибка: "), "{args:?}: {err}");
        assert!(err.contains(words), "{args:?}: `{words}` missing:\n{err}");
        assert!(
            !err.contains("OPTIONS") && !err.contains("[возможные значения: ]"),
            "{err}"
        );
        all_russian(&format!("{args:?}"), &err);
        let (_, _, en) = run("C", args);
        assert!(en.starts_with("error: "), "{args:?}: {en}");
    }
}

/// Non-UTF-8 bytes where clap wants text: its own kind, said in Russian.
#[cfg(unix)]
#[test]
fn invalid_utf8_in_an_argument_is_said_in_russian() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"--owner=\xff\xfe");
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CONFIG", "/nonexistent/plenary-test-config.toml")
        .env("LC_ALL", "ru_RU.UTF-8")
        .arg("followups")
        .arg(bad)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.starts_with("ошибка: "), "{err}");
    all_russian("invalid UTF-8", &err);
}

/// Every subcommand's `--help`: clap's `[OPTIONS]` and the value
/// placeholders in Russian, and no English sentence left; the C locale's
/// help is clap's English.
#[test]
fn every_help_is_russian() {
    let (_, top, _) = run("C", &["--help"]);
    let subs: Vec<String> = top
        .lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(subs.len() > 10, "{top}");
    let mut all: Vec<Vec<String>> = vec![vec![]];
    for s in subs.iter().filter(|s| *s != "help") {
        all.push(vec![s.clone()]);
    }
    all.push(vec!["roster".into(), "import".into()]);
    all.push(vec!["roster".into(), "export".into()]);
    for args in all {
        let mut a: Vec<&str> = args.iter().map(String::as_str).collect();
        a.push("--help");
        let (code, out, _) = run("ru", &a);
        assert_eq!(code, 0, "{a:?}");
        assert!(out.contains("Использование: plenary"), "{a:?}\n{out}");
        for en in ["[OPTIONS]", "<FILE>", "[PATHS]", "<TODAY>", "Examples:"] {
            assert!(!out.contains(en), "{a:?}: `{en}` left:\n{out}");
        }
        // The usage line and the examples are commands, typed as they are.
        let prose: Vec<&str> = out
            .lines()
            .filter(|l| {
                !l.trim_start()
                    .trim_start_matches("Использование: ")
                    .starts_with("plenary ")
            })
            .collect();
        all_russian(&format!("{a:?}"), &prose.join("\n"));
        let (_, en, _) = run("C", &a);
        assert!(en.contains("Usage: plenary"), "{a:?}\n{en}");
    }
    let (_, en, _) = run("C", &["followups", "--help"]);
    assert!(
        en.contains("Usage: plenary followups [OPTIONS] [PATHS]...") && en.contains("Examples:"),
        "{en}"
    );
}

/// A settings file TOML cannot read: the parser's own reason in Russian,
/// and in English the very words it gave.
#[test]
fn a_settings_syntax_error_gives_its_reason_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    for (toml, ru, en) in [
        (
            "ui_lang = ru\n",
            "config.toml:1: синтаксическая ошибка TOML: текст нужно брать в кавычки, ожидается: строка в одинарных кавычках; ничего из файла не использовано",
            "config.toml:1: TOML syntax error: string values must be quoted, expected literal string; nothing of the file was used",
        ),
        (
            "colours = true\ncolours = false\n",
            "config.toml:2: синтаксическая ошибка TOML: ключ указан дважды; ничего из файла не использовано",
            "config.toml:2: TOML syntax error: duplicate key; nothing of the file was used",
        ),
        (
            "[display\n",
            "config.toml:1: синтаксическая ошибка TOML: заголовок таблицы не закрыт `]`, ожидается: `]`; ничего из файла не использовано",
            "config.toml:1: TOML syntax error: unclosed table, expected `]`; nothing of the file was used",
        ),
    ] {
        fs::write(&config, toml).unwrap();
        let said = |lang: &str| {
            let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
                .env("PLENARY_CONFIG", &config)
                .env("LC_ALL", if lang == "ru" { "ru_RU.UTF-8" } else { "C" })
                .arg("config")
                .output()
                .unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            let path = config.display().to_string();
            all.replace(&path, "config.toml")
        };
        let ru_out = said("ru");
        assert!(ru_out.contains(ru), "{ru_out}");
        all_russian("config", &ru_out);
        let en_out = said("C");
        assert!(en_out.contains(en), "{en_out}");
    }
}

/// The commands swept for English: people's table, slots, a selection or
/// language that names nothing, a merge that cannot start. Each output in
/// Russian has no English sentence left (ids, titles and names are data);
/// the English of a C locale is as it was.
#[test]
fn the_other_commands_speak_russian() {
    const CASIE: &str = "agendas/2022-10-casie.yaml";
    const VCASIE: &str = "agendas/2020-vcasie.yaml";
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["people", "agendas"],
            "ИМЯ",
            "NAME                                CTRY  ORGANIZATION",
        ),
        (
            &["slots", CASIE, "--limit", "2"],
            "... и ещё 182 (--limit)",
            "     ... and 182 more (--limit)",
        ),
        (
            &[
                "slots",
                VCASIE,
                "--session",
                "webinar-2",
                "--limit",
                "1",
                "--near",
                "2",
            ],
            "Время для `webinar-2` (",
            "Slots for `webinar-2` (",
        ),
        (
            &["slots", CASIE, "--session", "nosuch"],
            "заседания `nosuch` нет",
            "no session `nosuch`",
        ),
        (
            &["slots", CASIE, "--with", "nobody"],
            "участника `nobody` нет",
            "no participant `nobody`",
        ),
        (
            &["interpretation", CASIE, "--session", "nosuch"],
            "подсказка: укажите `id` одного из заседаний встречи",
            "hint: use the `id` of one of the meeting's sessions",
        ),
        (
            &["export", "--format", "md", "--person", "nobody", CASIE],
            "нет участника с id `nobody`",
            "no participant has the id `nobody`",
        ),
        (
            &["export", "--format", "md", "--room", "Nowhere", CASIE],
            "нет заседаний в зале `Nowhere`",
            "no session is held in a room named `Nowhere`",
        ),
        (
            &["export", "--format", "md", "--lang", "xx", CASIE],
            "неизвестный язык `xx`",
            "unknown language `xx`",
        ),
        (
            &["agenda", "--lang", "xx", CASIE],
            "неизвестный язык `xx`",
            "unknown language `xx`",
        ),
        (
            &["merge", "nosuch-a.yaml", "nosuch-b.yaml", "nosuch-c.yaml"],
            "ничего не записано; слейте этот файл вручную",
            "plenary merge: nothing written; merge this file by hand",
        ),
    ];
    for (args, ru, en) in cases {
        let (_, out, err) = run("ru", args);
        let said = format!("{out}{err}");
        assert!(said.contains(ru), "{args:?}: `{ru}` missing:\n{said}");
        // People's rows are data (names, organizations, meeting titles):
        // its headings and totals are what Plenary says.
        let ours: String = if args[0] == "people" {
            said.lines()
                .filter(|l| !l.contains('`') && l.chars().any(|c| ('А'..='я').contains(&c)))
                .map(|l| format!("{l}\n"))
                .collect()
        } else {
            said.clone()
        };
        all_russian(&format!("{args:?}"), &ours);
        let (_, out, err) = run("C", args);
        let said = format!("{out}{err}");
        assert!(said.contains(en), "{args:?}: `{en}` missing:\n{said}");
    }
}
