//! The catalogue holds together: every message exists in every language,
//! every key the code names exists, a translation uses only the arguments
//! the English message is given, and the English help of the command line
//! in the catalogue is the very help clap prints.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use clap::CommandFactory;
use plenary::i18n::{self, Lang};

/// Each message of a Fluent file with its text (its continuation lines included).
fn messages(src: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in src.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            current = None;
            continue;
        }
        if line.starts_with(' ') || line.starts_with('}') {
            if let Some(k) = &current {
                out.entry(k.clone())
                    .and_modify(|t: &mut String| t.push_str(line));
            }
            continue;
        }
        let (k, v) = line
            .split_once('=')
            .expect("a message line is `key = text`");
        let k = k.trim().to_string();
        assert!(
            out.insert(k.clone(), v.to_string()).is_none(),
            "`{k}` is defined twice"
        );
        current = Some(k);
    }
    out
}

/// The `$names` a message's text uses.
fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

#[test]
fn every_catalogue_parses_without_errors() {
    for lang in Lang::ALL {
        let res = fluent_bundle::FluentResource::try_new(i18n::source(lang).to_string());
        assert!(
            res.is_ok(),
            "{}.ftl: {:?}",
            lang.code(),
            res.err().map(|e| e.1)
        );
        let parsed = i18n::keys(lang);
        let ours = messages(i18n::source(lang));
        assert_eq!(
            parsed.len(),
            ours.len(),
            "{}.ftl: a message this test cannot read",
            lang.code()
        );
    }
}

#[test]
fn every_message_exists_in_every_language() {
    let en: BTreeSet<String> = i18n::keys(Lang::En).into_iter().collect();
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let other: BTreeSet<String> = i18n::keys(lang).into_iter().collect();
        for k in en.difference(&other) {
            failures.push(format!("`{k}` is in en.ftl but not in {}.ftl", lang.code()));
        }
        for k in other.difference(&en) {
            failures.push(format!("`{k}` is in {}.ftl but not in en.ftl", lang.code()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_translation_uses_only_the_arguments_it_is_given() {
    let en = messages(i18n::source(Lang::En));
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for (k, text) in messages(i18n::source(lang)) {
            let Some(reference) = en.get(&k) else {
                continue;
            };
            let extra: Vec<_> = variables(&text)
                .difference(&variables(reference))
                .cloned()
                .collect();
            if !extra.is_empty() {
                failures.push(format!("{}.ftl `{k}` uses {extra:?}", lang.code()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The Rust sources that name catalogue keys, without comments and test modules.
fn code_naming_keys() -> Vec<(String, String)> {
    rust_sources()
        .into_iter()
        .filter(|(_, code)| {
            ["msg!(", "tr!(", "Msg::new(", "i18n::text("]
                .iter()
                .any(|m| code.contains(m))
        })
        .collect()
}

/// Lower-case hyphenated string literals: what a catalogue key looks like.
fn key_like_literals(code: &str) -> Vec<String> {
    code.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            s.contains('-')
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !s.starts_with('-')
                && !s.ends_with('-')
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn every_key_the_code_names_is_in_the_catalogue() {
    let en: BTreeSet<String> = i18n::keys(Lang::En).into_iter().collect();
    // Hyphenated literals in those files that are data, not keys.
    // Footer hints of the views' keys are English phrases (i18n::phrase), not keys.
    let not_keys = [
        "in-person",
        "in-progress",
        "one-way",
        "two-way",
        "follow-up",
        "e-mail",
        "little-endian",
        "big-endian",
        // A printed programme's label, said through `label-` keys.
        "2-way",
        // A roster field's name (data).
        "e-mail",
        // Encodings' names a registration file may be in (data).
        "utf-8",
        "utf-16le",
        "windows-1251",
        // A pretalx / frab session type the import reads (data).
        "hands-on",
        // Field names `--map` accepts (data).
        "first-name",
        "last-name",
        "middle-name",
    ];
    let mut failures = Vec::new();
    let files = code_naming_keys();
    assert!(
        files.len() >= 8,
        "the scan found only {} files",
        files.len()
    );
    for (file, code) in files {
        for lit in key_like_literals(&code) {
            if !en.contains(&lit) && !not_keys.contains(&lit.as_str()) {
                failures.push(format!("{file}: `{lit}` is not in en.ftl"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_english_help_in_the_catalogue_is_what_clap_prints() {
    let en = messages(i18n::source(Lang::En));
    let help = plenary::cli::help::english_help(&plenary::cli::Cli::command());
    let clap_keys: BTreeSet<&str> = help.iter().map(|(k, _)| k.as_str()).collect();
    let mut failures = Vec::new();
    for (key, words) in &help {
        let Some(ours) = en.get(key) else { continue };
        if ours.trim() != words.trim() {
            failures.push(format!("{key} = {words}\n  (en.ftl has: {})", ours.trim()));
        }
    }
    for k in en.keys().filter(|k| k.starts_with("cli-")) {
        if !clap_keys.contains(k.as_str()) {
            failures.push(format!("`{k}` names no subcommand or option"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn russian_help_for_check() {
    let cmd = plenary::cli::help::localize(plenary::cli::Cli::command(), Lang::Ru);
    let check = cmd.find_subcommand("check").unwrap();
    let about = check.get_about().unwrap().to_string();
    assert!(about.contains("Проверить"), "{about}");
}

/// Prints the English help as Fluent lines, to start a translation with:
/// `cargo test --test i18n_catalogue -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_english_help() {
    for (k, v) in plenary::cli::help::english_help(&plenary::cli::Cli::command()) {
        println!("{k} = {}", v.replace('{', "{\"{\"}").replace('\n', " "));
    }
}

/// Every label a printed programme or export says (`.say("…")` on its
/// labels, `.lab("…")` on an export page) is in every catalogue, so a
/// Russian programme never falls back to an English word unnoticed.
#[test]
fn every_programme_label_is_in_every_catalogue() {
    let mut failures = Vec::new();
    let mut seen = 0;
    for dir in ["src/report", "src/export"] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for call in [".say(\"", ".lab(\""] {
                for rest in text.split(call).skip(1) {
                    let Some(english) = rest.split('"').next() else {
                        continue;
                    };
                    seen += 1;
                    let key = i18n::label_key(english);
                    for lang in Lang::ALL {
                        if !i18n::has(lang, &key) {
                            failures.push(format!(
                                "{}: `{key}` ({english}) is not in {}.ftl",
                                p.display(),
                                lang.code()
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(seen >= 40, "the scan found only {seen} labels");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Catalogue keys the code builds from words rather than names whole,
/// each with where it is built; every other key must appear in `src/` as
/// a string literal of its own.
const BUILT_KEY_PREFIXES: [(&str, &str); 9] = [
    // A key's description, a footer hint, a view's name: the English words (i18n::phrase_key).
    ("ui-", "src/i18n/phrase.rs"),
    // A printed programme's label (i18n::label_key).
    ("label-", "src/i18n/phrase.rs"),
    // The command line's help, by subcommand and argument (cli::help).
    ("cli-", "src/cli/help.rs"),
    // A value the file writes in English (i18n::value and value_arg, followups::ops).
    ("tui-value-", "src/i18n/phrase.rs"),
    // A field's name (tui::format::field).
    ("tui-field-", "src/tui/format.rs"),
    // A language's name by its code (domain::codes, report::plain, tui::format).
    ("language-", "src/domain/codes.rs"),
    // A country's name by its code (domain::codes::country_said).
    ("country-", "src/domain/codes.rs"),
    // A subcommand's examples after its help (cli::help).
    ("after-help-", "src/cli/help.rs"),
    // A value's placeholder in the usage lines, `<FILE>` (cli::help).
    ("clap-value-", "src/cli/help.rs"),
];

/// Every message of en.ftl is said somewhere: a key nothing names is a
/// word nobody reads, and its translation work is wasted.
#[test]
fn every_key_in_the_catalogue_is_used() {
    let mut code = String::new();
    for (_, text) in rust_sources() {
        code.push_str(&text);
    }
    for (prefix, file) in BUILT_KEY_PREFIXES {
        let built = std::fs::read_to_string(file).unwrap();
        let stem = prefix.trim_end_matches('-');
        assert!(
            built.contains(&format!("\"{prefix}")) || built.contains(&format!("\"{stem}\"")),
            "{file} no longer builds `{prefix}` keys; update BUILT_KEY_PREFIXES"
        );
    }
    let unused: Vec<String> = i18n::keys(Lang::En)
        .into_iter()
        .filter(|k| !BUILT_KEY_PREFIXES.iter().any(|(p, _)| k.starts_with(p)))
        .filter(|k| !code.contains(&format!("\"{k}\"")))
        .collect();
    assert!(
        unused.is_empty(),
        "in en.ftl but named nowhere in src/ (delete them from every catalogue, \
         or name the prefix the code builds them with in BUILT_KEY_PREFIXES):\n{}",
        unused.join("\n")
    );
}

/// Every Rust file of `src/`, without its test module and comment lines.
fn rust_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new("src").to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                let text = text.split("#[cfg(test)]").next().unwrap_or_default();
                let code: String = text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                out.push((p.display().to_string(), code));
            }
        }
    }
    out
}

/// Every language a picker offers has its name in both catalogues, so a
/// Russian picker never falls back to an English name; the English one is
/// the ISO 639 name Plenary printed before.
#[test]
fn every_offered_language_is_named_in_every_catalogue() {
    let codes = plenary::domain::codes::all_languages();
    assert!(codes.len() > 150);
    for (code, name, _) in codes {
        let key = format!("language-{code}");
        for lang in [Lang::En, Lang::Ru] {
            assert!(i18n::has(lang, &key), "{key} missing in {lang:?}");
        }
        let en = i18n::text(Lang::En, &key, &i18n::Args::new());
        assert_eq!(en, name, "{key}");
        let ru = i18n::text(Lang::Ru, &key, &i18n::Args::new());
        assert!(ru.chars().any(|c| ('а'..='я').contains(&c)), "{key}: {ru}");
    }
}

/// Every country code Plenary accepts has its name in both catalogues; the
/// English one is the name Plenary printed before.
#[test]
fn every_country_is_named_in_every_catalogue() {
    let mut n = 0;
    for a in b'A'..=b'Z' {
        for b in b'A'..=b'Z' {
            let code = String::from_utf8(vec![a, b]).unwrap();
            if !plenary::domain::codes::is_country(&code) {
                continue;
            }
            n += 1;
            let key = format!("country-{code}");
            for lang in [Lang::En, Lang::Ru] {
                assert!(i18n::has(lang, &key), "{key} missing in {lang:?}");
            }
            let en = i18n::text(Lang::En, &key, &i18n::Args::new());
            assert_eq!(en, plenary::domain::codes::country_name(&code), "{key}");
            let ru = i18n::text(Lang::Ru, &key, &i18n::Args::new());
            assert!(
                ru.chars()
                    .any(|c| ('а'..='я').contains(&c) || ('А'..='Я').contains(&c)),
                "{key}: {ru}"
            );
        }
    }
    assert!(n > 240, "{n}");
}
