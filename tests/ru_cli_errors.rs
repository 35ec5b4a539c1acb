//! The command line's refusals in Russian, where the words came from
//! parsers and system calls: `plenary import`'s (pretalx / frab schedules
//! that are no JSON or XML), `plenary roster import`'s, a `config.toml`
//! date that is no real one, `--tz`'s refusals and readings, and the TUI's
//! start without a terminal. Each keeps its file, place and fix; the
//! Russian has no English sentence left ([`corpus::english_left`]), and the
//! English of a C locale is what it always was, byte for byte.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::corpus;

const AGENDA: &str = "agendas/2020-12-unesco-weidong-expert-meeting.yaml";

/// `plenary ARGS` in `dir` under `lang` (`ru` or `C`): exit code, and
/// standard output then standard error.
fn run_in(dir: &Path, lang: &str, config: &Path, args: &[&str]) -> (i32, String) {
    let locale = if lang == "ru" { "ru_RU.UTF-8" } else { "C" };
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .current_dir(dir)
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .env("PLENARY_CONFIG", config)
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

fn no_config() -> &'static Path {
    Path::new("/nonexistent/plenary-test-config.toml")
}

/// No English sentence in a Russian output.
fn all_russian(what: &str, text: &str) {
    let left = corpus::english_left(text);
    assert!(left.is_empty(), "{what}: English left: {left:?}\n{text}");
}

/// Each case's stderr under ru and C, exactly, with the Russian checked
/// for English left behind.
fn said_exactly(dir: &Path, cases: &[(Vec<&str>, &str, &str)]) {
    for (args, ru, en) in cases {
        let (_, got_ru) = run_in(dir, "ru", no_config(), args);
        assert_eq!(got_ru, *ru, "{args:?}");
        all_russian(&format!("{args:?}"), &got_ru);
        let (_, got_en) = run_in(dir, "C", no_config(), args);
        assert_eq!(got_en, *en, "{args:?}");
    }
}

#[test]
fn a_schedule_that_cannot_be_imported_is_refused_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("trunc.json"), "{\"schedule\": {\"conference\": ").unwrap();
    fs::write(d.join("bad.xml"), "<schedule><conference></schedule>").unwrap();
    fs::write(d.join("root.xml"), "<rss/>").unwrap();
    fs::write(d.join("noconf.json"), "{\"x\": 1}").unwrap();
    fs::write(d.join("notes.txt"), "Agenda\n").unwrap();
    said_exactly(
        d,
        &[
            (
                vec!["import", "trunc.json", "-o", "a.yaml"],
                "trunc.json: ошибка: это некорректный JSON: конец файла там, где ожидается значение (строка 1, столбец 28)\n  подсказка: файл обрывается на середине — скачивание прервалось; скачайте его ещё раз\n",
                "trunc.json: error: not valid JSON: EOF while parsing a value at line 1 column 28\n  hint: the file stops in the middle, so its download was cut off: download it again\n",
            ),
            (
                vec!["import", "bad.xml", "-o", "a.yaml"],
                "bad.xml: ошибка: это некорректный XML: ожидался закрывающий тег 'conference', а не 'schedule' (строка 1, столбец 23)\n  подсказка: frab и pretalx так не пишут: файл изменили после выгрузки; выгрузите schedule.xml заново или исправьте его в указанном месте\n",
                "bad.xml: error: not valid XML: expected 'conference' tag, not 'schedule' at 1:23\n  hint: frab and pretalx do not write this: the file was changed after the export; export the schedule.xml again, or mend it at the place named\n",
            ),
            (
                vec!["import", "root.xml", "-o", "a.yaml"],
                "root.xml: ошибка: корневой элемент XML — <rss>, а не <schedule>\n  подсказка: schedule.xml из frab или pretalx начинается с <schedule>\n",
                "root.xml: error: the XML's root is <rss>, not <schedule>\n  hint: a frab or pretalx schedule.xml starts with <schedule>\n",
            ),
            (
                vec!["import", "noconf.json", "-o", "a.yaml"],
                "noconf.json: ошибка: в этом JSON нет `schedule.conference`\n  подсказка: в schedule.json из pretalx или frab есть {\"schedule\": {\"conference\": {...}}}\n",
                "noconf.json: error: no `schedule.conference` in this JSON\n  hint: a pretalx or frab schedule.json has {\"schedule\": {\"conference\": {...}}}\n",
            ),
            (
                vec!["import", "notes.txt", "-o", "a.yaml"],
                "notes.txt: ошибка: это не schedule.json и не schedule.xml\n  подсказка: выгрузите расписание из pretalx или frab в JSON или XML и импортируйте этот файл\n",
                "notes.txt: error: this is neither a schedule.json nor a schedule.xml\n  hint: export the schedule from pretalx or frab as JSON or XML and import that file\n",
            ),
            (
                vec!["import", "missing.json", "-o", "a.yaml"],
                "plenary: не удаётся прочитать missing.json: такого файла нет\n",
                "plenary: cannot read missing.json: No such file or directory (os error 2)\n",
            ),
        ],
    );
}

/// A good import in Russian: the note on an event past midnight, the
/// summary with Russian plurals, and the refusal to overwrite.
#[test]
fn an_import_reports_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = fs::read_to_string("tests/import/pretalx-schedule.json")
        .unwrap()
        .replace("2024-10-26T22:30:00+02:00", "2024-10-26T23:45:00+02:00");
    fs::write(d.join("s.json"), text).unwrap();
    let (code, ru) = run_in(d, "ru", no_config(), &["import", "s.json", "-o", "ru.yaml"]);
    assert_eq!(code, 0, "{ru}");
    assert!(
        ru.contains("s.json: примечание: событие `democon-102-late-hands-on` продолжается после полуночи; в программе оно кончается в 23:59"),
        "{ru}"
    );
    assert!(
        ru.ends_with("plenary: записан ru.yaml: 3 заседания, 2 участника\n"),
        "{ru}"
    );
    all_russian("import", &ru);
    let (_, again) = run_in(d, "ru", no_config(), &["import", "s.json", "-o", "ru.yaml"]);
    assert_eq!(again, {
        let note = ru.lines().next().unwrap();
        format!("{note}\nplenary: ru.yaml уже есть; выберите другое имя\n")
    });
    let (_, en) = run_in(d, "C", no_config(), &["import", "s.json", "-o", "en.yaml"]);
    assert!(
        en.contains("s.json: note: event `democon-102-late-hands-on` runs past midnight; it ends at 23:59 in the agenda, its real end is in the session's notes"),
        "{en}"
    );
    assert!(
        en.ends_with("plenary: wrote en.yaml: 3 sessions, 2 participants\n"),
        "{en}"
    );
    // The agenda written is data: the same bytes whatever the reader's language.
    assert_eq!(
        fs::read(d.join("ru.yaml")).unwrap(),
        fs::read(d.join("en.yaml")).unwrap()
    );
}

#[test]
fn roster_import_refusals_are_russian() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let agenda = d.join("m.yaml");
    fs::copy(AGENDA, &agenda).unwrap();
    fs::write(d.join("quote.csv"), "Name,Email\n\"Ivan,x\n").unwrap();
    fs::write(d.join("people.csv"), "Name,Email\nIvan,i@x.org\n").unwrap();
    fs::write(
        d.join("login.csv"),
        "<!DOCTYPE html>\n<html><title>Log in</title></html>\n",
    )
    .unwrap();
    fs::write(
        d.join("people.xlsx"),
        b"PK\x03\x04\x14\x00\x06\x00binary\xff",
    )
    .unwrap();
    fs::write(d.join("none.csv"), "").unwrap();
    said_exactly(
        d,
        &[
            (
                vec!["roster", "import", "login.csv", "--into", "m.yaml"],
                "login.csv: ошибка: это веб-страница (HTML), а не таблица регистраций: видимо, вместо выгрузки сохранилась страница входа; войдите, выгрузите там регистрации в CSV и импортируйте этот файл\n",
                "login.csv: error: this is a web page (HTML), not a table of registrations: probably the login page was saved instead of the export; log in, export the registrations as CSV there and import that file\n",
            ),
            (
                vec!["roster", "import", "people.xlsx", "--into", "m.yaml"],
                "people.xlsx: ошибка: это книга электронной таблицы (Excel или LibreOffice), а не текст CSV; сохраните её как CSV (Файл → Сохранить как → CSV UTF-8) и импортируйте CSV\n",
                "people.xlsx: error: this is a spreadsheet workbook (Excel or LibreOffice), not CSV text; save it as CSV (File → Save As → CSV UTF-8) and import the CSV\n",
            ),
            (
                vec!["roster", "import", "none.csv", "--into", "m.yaml"],
                "none.csv: ошибка: файл пуст; скачайте или выгрузите его ещё раз\n",
                "none.csv: error: the file is empty; download or export it again\n",
            ),
            (
                vec!["roster", "import", "missing.csv", "--into", "m.yaml"],
                "missing.csv: ошибка: не удаётся прочитать: такого файла нет\n",
                "missing.csv: error: cannot read: No such file or directory (os error 2)\n",
            ),
            (
                vec!["roster", "import", "quote.csv", "--into", "m.yaml"],
                "quote.csv: ошибка: строка 2, столбец 1: ячейка в кавычках не закрыта; добавьте закрывающую `\"` или уберите открывающую\n",
                "quote.csv: error: line 2, column 1: a quoted cell is never closed; add the closing `\"` or remove the opening one\n",
            ),
            (
                vec![
                    "roster",
                    "import",
                    "people.csv",
                    "--into",
                    "m.yaml",
                    "--encoding",
                    "koi9",
                ],
                "people.csv: ошибка: неизвестная кодировка `koi9`; назовите одну из utf-8, utf-16le, utf-16be или windows-1251 (cp1251)\n",
                "people.csv: error: unknown encoding `koi9`; name one such as utf-8, utf-16le, utf-16be or windows-1251 (cp1251)\n",
            ),
            (
                vec![
                    "roster",
                    "import",
                    "people.csv",
                    "--into",
                    "m.yaml",
                    "--map",
                    "Name",
                ],
                "plenary: --map: `Name` — не СТОЛБЕЦ=поле; пишите так: --map \"Full name=name,Mail=email\"\n",
                "plenary: --map: `Name` is not COLUMN=field; write it as --map \"Full name=name,Mail=email\"\n",
            ),
        ],
    );
    let (code, ru) = run_in(
        d,
        "ru",
        no_config(),
        &[
            "roster",
            "import",
            "people.csv",
            "--into",
            "m.yaml",
            "--map",
            "Name=nom",
        ],
    );
    assert_eq!(code, 2);
    assert!(
        ru.starts_with(
            "plenary: --map: неизвестное поле `nom` для столбца `Name`; поля: name, first-name"
        ),
        "{ru}"
    );
}

#[test]
fn a_config_date_that_is_no_real_one_is_said_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    for (toml, ru, en) in [
        (
            "ui_lang = 1979-13-27\n",
            "config.toml:1: синтаксическая ошибка TOML: неверная дата, ожидается: месяц от 01 до 12; ничего из файла не использовано",
            "config.toml:1: TOML syntax error: invalid date, expected month between 01 and 12; nothing of the file was used",
        ),
        (
            "# hours\nspeaking_hours = 07:61:00\n",
            "config.toml:2: синтаксическая ошибка TOML: неверное время, ожидается: минуты от 00 до 59; ничего из файла не использовано",
            "config.toml:2: TOML syntax error: invalid time, expected minute between 00 and 59; nothing of the file was used",
        ),
        (
            "display_zone = \"Asia/Almati\"\n",
            "config.toml:1: `display_zone` не может быть \"Asia/Almati\"\n  подсказка: может быть, `Asia/Almaty`?",
            "config.toml:1: `display_zone` cannot be \"Asia/Almati\"\n  hint: did you mean `Asia/Almaty`?",
        ),
    ] {
        fs::write(&config, toml).unwrap();
        let said = |lang: &str| {
            let (_, err) = run_in(dir.path(), lang, &config, &["config"]);
            err.replace(&config.display().to_string(), "config.toml")
        };
        let ru_out = said("ru");
        assert!(ru_out.contains(ru), "{ru_out}");
        all_russian("config", &ru_out);
        let en_out = said("C");
        assert!(en_out.contains(en), "{en_out}");
    }
}

#[test]
fn tz_refusals_and_readings_are_russian() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, ru) = run_in(
        here,
        "ru",
        no_config(),
        &["agenda", "--tz", "Mars/Base", AGENDA],
    );
    assert_eq!(code, 2);
    assert_eq!(
        ru,
        "plenary: неизвестный часовой пояс `Mars/Base`\n  подсказка: укажите название часового пояса по IANA, например `Asia/Almaty`, `Europe/Paris` или `UTC`\n"
    );
    let (_, en) = run_in(
        here,
        "C",
        no_config(),
        &["agenda", "--tz", "Mars/Base", AGENDA],
    );
    assert_eq!(
        en,
        "plenary: unknown time zone `Mars/Base`\n  hint: use an IANA time-zone name, such as `Asia/Almaty`, `Europe/Paris` or `UTC`\n"
    );
    let (_, ru) = run_in(here, "ru", no_config(), &["agenda", "--tz", "+9", AGENDA]);
    assert!(
        ru.ends_with(
            "\nпримечание: --tz +9 понят как Etc/GMT-9 (UTC+9, без перехода на летнее время)\n"
        ),
        "{ru}"
    );
    let (_, en) = run_in(here, "C", no_config(), &["agenda", "--tz", "+9", AGENDA]);
    assert!(
        en.ends_with("\nnote: --tz +9 read as Etc/GMT-9 (UTC+9, no daylight saving)\n"),
        "{en}"
    );
    let (_, ru) = run_in(
        here,
        "ru",
        no_config(),
        &["export", "--format", "html", "--tz", "Mars", AGENDA],
    );
    assert_eq!(
        ru,
        "plenary: неизвестный часовой пояс `Mars`\n  подсказка: может быть, `Europe/Paris`?\n"
    );
}

/// The TUI's refusal to start without a terminal (not run here: a test
/// started from a real terminal would take it over).
#[test]
fn no_terminal_is_said_in_russian() {
    use plenary::i18n::{Lang, with_lang};
    let said = |lang| {
        with_lang(lang, || {
            let why = plenary::load::source::why_msg("No such device or address (os error 6)");
            plenary::tr!("tui-no-terminal", why = why)
        })
    };
    assert_eq!(
        said(Lang::Ru),
        "не удаётся занять этот терминал (нет такого устройства или адреса); `plenary check` работает и без него"
    );
    assert_eq!(
        said(Lang::En),
        "cannot take over this terminal (No such device or address (os error 6)); `plenary check` works without one"
    );
}

/// The TUI started with no terminal (`plenary < /dev/null > out.txt`, or
/// in a pipe) refuses before it touches the terminal: nothing but the
/// refusal on standard error, not one escape sequence on standard output,
/// exit status 1.
#[test]
fn the_tui_without_a_terminal_refuses_cleanly() {
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let run = |locale: &str, out: Stdio| {
        Command::new(env!("CARGO_BIN_EXE_plenary"))
            .current_dir(dir.path())
            .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
            .env("PLENARY_CONFIG", no_config())
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .env("LC_ALL", locale)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(Stdio::piped())
            .output()
            .unwrap()
    };
    // Output to a file.
    let file = dir.path().join("out.txt");
    let got = run("ru_RU.UTF-8", Stdio::from(fs::File::create(&file).unwrap()));
    assert_eq!(got.status.code(), Some(1));
    assert_eq!(fs::read(&file).unwrap(), b"");
    assert_eq!(
        String::from_utf8_lossy(&got.stderr),
        "plenary: не удаётся занять этот терминал (вывод направлен в файл или канал); `plenary check` работает и без него\n"
    );
    // Output to a pipe, in English.
    let got = run("C", Stdio::piped());
    assert_eq!(got.status.code(), Some(1));
    assert_eq!(got.stdout, b"");
    assert_eq!(
        String::from_utf8_lossy(&got.stderr),
        "plenary: cannot take over this terminal (its output goes to a file or a pipe); `plenary check` works without one\n"
    );
    // Output to nowhere, input from nowhere.
    let got = run("C", Stdio::null());
    assert_eq!(got.status.code(), Some(1));
    assert!(!got.stderr.contains(&0x1b), "{:?}", got.stderr);
}

/// The corpus of broken schedules: each file in `tests/import/broken`
/// (a download cut short, an HTML login page saved as the schedule, a
/// spreadsheet, an event with no start...) must make `plenary import`
/// say exactly its `NAME.expected` in English and `NAME.expected.ru` in
/// Russian (exit code first). `BLESS=1 cargo test --test ru_cli_errors`
/// rewrites them after a deliberate wording change.
#[test]
fn broken_schedules_give_their_messages_in_both_languages() {
    let bless = corpus::blessing();
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import/broken");
    let mut cases: Vec<_> = fs::read_dir(&here)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.ends_with(".expected") && !name.ends_with(".expected.ru")
        })
        .collect();
    cases.sort();
    assert!(cases.len() >= 8, "the corpus shrank: {cases:?}");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        for lang in ["C", "ru"] {
            let out = tempfile::tempdir().unwrap();
            let target = out.path().join("out.yaml");
            let target = target.to_str().unwrap();
            let (code, said) = run_in(&here, lang, no_config(), &["import", &name, "-o", target]);
            let got = format!("exit {code}\n{}", said.replace(target, "OUT.yaml"));
            let failure = if lang == "ru" {
                for left in corpus::english_left(&said) {
                    failures.push(format!("{name}: English left: {left}"));
                }
                corpus::against_expected_ru(case, &got, bless)
            } else {
                corpus::against_expected(case, &got, bless)
            };
            failures.extend(failure);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The corpus of awkward registration files: each CSV in
/// `tests/registration/broken` (a misspelt country, an empty e-mail, a bad
/// address) imported with `--dry-run` into the `agenda.yaml` beside it must
/// print exactly its `NAME.expected` in English and `NAME.expected.ru` in
/// Russian (exit code first); `BLESS=1` rewrites them.
#[test]
fn awkward_registrations_give_their_messages_in_both_languages() {
    let bless = corpus::blessing();
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/registration/broken");
    let mut cases: Vec<_> = fs::read_dir(&here)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 3, "the corpus shrank: {cases:?}");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        for lang in ["C", "ru"] {
            let args = [
                "roster",
                "import",
                &name,
                "--into",
                "agenda.yaml",
                "--dry-run",
            ];
            let (code, said) = run_in(&here, lang, no_config(), &args);
            let got = format!("exit {code}\n{said}");
            let failure = if lang == "ru" {
                for left in corpus::english_left(&said) {
                    failures.push(format!("{name}: English left: {left}"));
                }
                corpus::against_expected_ru(case, &got, bless)
            } else {
                corpus::against_expected(case, &got, bless)
            };
            failures.extend(failure);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `followups` over a broken file says which meeting's follow-ups are
/// missing; `slots` puts its hint on a line of its own (it was run into
/// the message's line, in both languages).
#[test]
fn followups_and_slots_refusals_are_russian() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("broken.yaml"), "title: [\n").unwrap();
    let (code, ru) = run_in(d, "ru", no_config(), &["followups", "broken.yaml"]);
    assert_eq!(code, 1);
    assert!(
        ru.contains("\n  примечание: поручения из broken.yaml не выведены\n"),
        "{ru}"
    );
    all_russian("followups", &ru);
    let (_, en) = run_in(d, "C", no_config(), &["followups", "broken.yaml"]);
    assert!(
        en.contains("\n  note: the follow-ups of broken.yaml are not listed\n"),
        "{en}"
    );
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, ru) = run_in(
        here,
        "ru",
        no_config(),
        &["slots", "--session", "nope", AGENDA],
    );
    assert_eq!(code, 2);
    assert_eq!(
        ru,
        format!(
            "plenary: {AGENDA}: заседания `nope` нет\n  подсказка: укажите `id` одного из заседаний встречи\n"
        )
    );
    let (_, en) = run_in(
        here,
        "C",
        no_config(),
        &["slots", "--session", "nope", AGENDA],
    );
    assert_eq!(
        en,
        format!(
            "plenary: {AGENDA}: no session `nope`\n  hint: use the `id` of one of the meeting's sessions\n"
        )
    );
}

/// Standard output that cannot be written (a full disk) is said in Russian.
#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_output_is_said_in_russian() {
    let full = fs::File::create("/dev/full").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CONFIG", no_config())
        .env_remove("LANG")
        .env("LC_ALL", "ru_RU.UTF-8")
        .arg("schema")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "plenary: не удаётся писать в стандартный вывод: на диске нет места\n"
    );
}

/// A misspelt country in registrations is suggested by its Russian name.
#[test]
fn roster_import_suggests_the_country_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::copy(AGENDA, d.join("m.yaml")).unwrap();
    fs::write(d.join("reg.csv"), "Name,Country\nIvanova Anna,Kazakstan\n").unwrap();
    let args = [
        "roster",
        "import",
        "reg.csv",
        "--into",
        "m.yaml",
        "--dry-run",
    ];
    let (code, ru) = run_in(d, "ru", no_config(), &args);
    assert_eq!(code, 0, "{ru}");
    assert!(
        ru.contains("reg.csv:2:2 (Country): неизвестная страна `Kazakstan`, может быть, KZ (Казахстан)?; оставлено пустым"),
        "{ru}"
    );
    let (_, en) = run_in(d, "C", no_config(), &args);
    assert!(
        en.contains("reg.csv:2:2 (Country): unknown country `Kazakstan`, did you mean KZ (Kazakhstan)?; left empty"),
        "{en}"
    );
}
