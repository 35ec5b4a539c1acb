//! The words the YAML reader gives us as plain English, said again through
//! the catalogue: the reasons our own value types give (a bad date or
//! time, a multilingual text with a key that is no language), serde's
//! names for the shape of a value (`sequence`, `integer `5``), and
//! libyaml's syntax reasons.
//!
//! They reach us as text only (serde's `Error::custom` and libyaml keep no
//! structure), so each is recognized by its shape. A recognized message is
//! kept only when its English rendering is the very text it came from: the
//! English output never changes, and anything unexpected stays as it was.

use crate::i18n::{Arg, Lang, Msg};
use crate::msg;

/// `m` when it says `english` word for word in English.
fn same(m: Msg, english: &str) -> Option<Msg> {
    (m.render(Lang::En) == english).then_some(m)
}

/// `m` as an argument when it says `english` exactly; else `english` itself.
fn arg_or_text(m: Option<Msg>, english: &str) -> Arg {
    match m.and_then(|m| same(m, english)) {
        Some(m) => m.into(),
        None => english.into(),
    }
}

/// The value quoted first in backticks, and what follows its closing one.
fn quoted<'a>(s: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    s.strip_prefix(prefix)?.split_once('`')
}

/// A message of our own value types, as a catalogue message.
pub fn recognize(text: &str) -> Option<Msg> {
    let m = date(text)
        .or_else(|| time(text))
        .or_else(|| multilingual(text))?;
    same(m, text)
}

fn date(text: &str) -> Option<Msg> {
    let (v, rest) = quoted(text, "bad date `")?;
    if rest == ", expected YYYY-MM-DD, such as 2020-09-25" {
        return Some(msg!("date-shape", value = v));
    }
    let why = rest.strip_prefix(": ")?;
    if why == "the year must be between 1 and 9999, written with four digits" {
        return Some(msg!("date-year", value = v));
    }
    if why == "there is no day 0; dates are YYYY-MM-DD" {
        return Some(msg!("date-day-zero", value = v));
    }
    if let Some(month) = why
        .strip_prefix("there is no month ")
        .and_then(|r| r.strip_suffix("; dates are YYYY-MM-DD"))
    {
        return Some(msg!("date-no-month", value = v, month = month));
    }
    // "September 2020 has 30 days"
    let (name, rest) = why.split_once(' ')?;
    let (year, rest) = rest.split_once(" has ")?;
    let days: i64 = rest.strip_suffix(" days")?.parse().ok()?;
    let month = crate::i18n::dates::MONTHS_EN
        .iter()
        .position(|m| *m == name)?
        + 1;
    Some(msg!(
        "date-month-days",
        value = v,
        month = month,
        year = year,
        days = days
    ))
}

fn time(text: &str) -> Option<Msg> {
    let (v, rest) = quoted(text, "bad time `")?;
    if rest == ", expected HH:MM on a 24-hour clock, such as \"09:30\"" {
        return Some(msg!("time-bad", value = v));
    }
    if let Some(example) = rest
        .strip_prefix(", expected HH:MM in quotes, such as \"")
        .and_then(|r| r.strip_suffix('"'))
    {
        return Some(msg!("time-number", value = v, example = example));
    }
    let meant = rest
        .strip_prefix(": unquoted, YAML reads it as a number; write \"")?
        .strip_suffix("\" in quotes")?;
    Some(msg!("time-unquoted", value = v, meant = meant))
}

fn multilingual(text: &str) -> Option<Msg> {
    if let Some((k, rest)) = quoted(text, "`")
        && rest
            == " is not an ISO 639-1 language code; a multilingual text is written {en: ..., ru: ...}"
    {
        return Some(msg!("text-not-language", key = k));
    }
    let (k, rest) = quoted(text, "language `")?;
    (rest == " is given twice").then(|| msg!("text-language-twice", key = k))
}

/// serde's words for what a value is or should be: `sequence`,
/// `integer `5``, `a string`, and our own `expecting` texts.
pub fn shape(text: &str) -> Arg {
    let fixed = match text {
        "sequence" => Some("shape-sequence"),
        "map" => Some("shape-map"),
        "a sequence" => Some("shape-a-sequence"),
        "a map" => Some("shape-a-map"),
        "a string" => Some("shape-a-string"),
        "a boolean" => Some("shape-a-boolean"),
        "unit value" => Some("shape-unit"),
        "a meeting: a mapping with `title`, `timezone`, `start_date`, ..." => Some("shape-meeting"),
        "a participant list: a mapping with `participants: [...]`" => Some("shape-roster"),
        "a date written YYYY-MM-DD" => Some("shape-date"),
        "a time written \"HH:MM\"" => Some("shape-time"),
        "a language code or a list of them, such as `en` or `[en, ru]`" => Some("shape-languages"),
        "a list of participants, or the path of a participant-list file" => {
            Some("shape-participants")
        }
        "true, false, or a list of the fields not confirmed yet, such as [start, end, room]" => {
            Some("shape-tentative")
        }
        "a language code such as `ru`, or {to: ru, interpreters: [...]}" => Some("shape-channel"),
        _ => None,
    };
    if let Some(key) = fixed {
        return arg_or_text(Some(Msg::new(key)), text);
    }
    let valued = [
        ("integer `", "shape-integer"),
        ("floating point `", "shape-float"),
        ("boolean `", "shape-bool"),
        ("string \"", "shape-string"),
    ];
    for (prefix, key) in valued {
        if let Some(rest) = text.strip_prefix(prefix) {
            let value = &rest[..rest.len().saturating_sub(1)];
            return arg_or_text(Some(msg!(key, value = value)), text);
        }
    }
    text.into()
}

/// libyaml's reason, `problem, while context`, each part in the reader's
/// words where the catalogue has it.
pub fn libyaml(text: &str) -> Arg {
    let (problem, context) = match text.split_once(", while ") {
        Some((p, c)) => (p, Some(c)),
        None => (text, None),
    };
    let problem = arg_or_text(
        YAML_PROBLEMS
            .iter()
            .find(|(e, _)| *e == problem)
            .map(|(_, k)| Msg::new(k)),
        problem,
    );
    match context {
        None => arg_or_text(Some(Msg::new("yaml-reason").arg("problem", problem)), text),
        Some(c) => {
            let context = arg_or_text(
                YAML_CONTEXTS
                    .iter()
                    .find(|(e, _)| *e == c)
                    .map(|(_, k)| Msg::new(k)),
                c,
            );
            arg_or_text(
                Some(
                    Msg::new("yaml-reason-while")
                        .arg("problem", problem)
                        .arg("context", context),
                ),
                text,
            )
        }
    }
}

/// libyaml's problems (scanner.c, parser.c) that files commonly hit.
const YAML_PROBLEMS: [(&str, &str); 16] = [
    (
        "found character that cannot start any token",
        "yaml-p-cannot-start",
    ),
    ("found unexpected end of stream", "yaml-p-end-of-stream"),
    ("could not find expected ':'", "yaml-p-expected-colon"),
    ("found unknown escape character", "yaml-p-escape"),
    (
        "mapping values are not allowed in this context",
        "yaml-p-mapping-values",
    ),
    (
        "block sequence entries are not allowed in this context",
        "yaml-p-sequence-entries",
    ),
    ("did not find expected key", "yaml-p-expected-key"),
    (
        "did not find expected '-' indicator",
        "yaml-p-expected-dash",
    ),
    (
        "did not find expected ',' or ']'",
        "yaml-p-expected-bracket",
    ),
    ("did not find expected ',' or '}'", "yaml-p-expected-brace"),
    ("did not find expected node content", "yaml-p-node-content"),
    (
        "did not find expected comment or line break",
        "yaml-p-line-break",
    ),
    (
        "did not find expected alphabetic or numeric character",
        "yaml-p-alphanumeric",
    ),
    ("found undefined tag handle", "yaml-p-tag-handle"),
    ("found unexpected ':'", "yaml-p-unexpected-colon"),
    (
        "found a tab character that violates indentation",
        "yaml-p-tab",
    ),
];

/// Where libyaml was when it stopped, after its "while".
const YAML_CONTEXTS: [(&str, &str); 15] = [
    ("scanning for the next token", "yaml-c-next-token"),
    ("scanning a quoted scalar", "yaml-c-quoted"),
    ("parsing a quoted scalar", "yaml-c-quoted-parsing"),
    ("scanning a block scalar", "yaml-c-block-scalar"),
    ("scanning a plain scalar", "yaml-c-plain"),
    ("scanning a simple key", "yaml-c-simple-key"),
    ("parsing a block mapping", "yaml-c-block-mapping"),
    ("parsing a block collection", "yaml-c-block-collection"),
    ("parsing a flow sequence", "yaml-c-flow-sequence"),
    ("parsing a flow mapping", "yaml-c-flow-mapping"),
    ("parsing a block node", "yaml-c-node"),
    ("parsing a flow node", "yaml-c-flow-node"),
    ("scanning an anchor", "yaml-c-anchor"),
    ("scanning an alias", "yaml-c-alias"),
    ("scanning a tag", "yaml-c-tag"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn ru(a: Arg) -> String {
        match a {
            Arg::Msg(m) => m.render(Lang::Ru),
            Arg::Str(s) => s,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn our_value_messages_are_recognized_and_said_in_russian() {
        for text in [
            "bad date `2020-09-31`: September 2020 has 30 days",
            "bad date `2021-02-29`: February 2021 has 28 days",
            "bad date `2020-13-07`: there is no month 13; dates are YYYY-MM-DD",
            "bad date `2020-01-00`: there is no day 0; dates are YYYY-MM-DD",
            "bad date `25.09.2020`, expected YYYY-MM-DD, such as 2020-09-25",
            "bad date `-999-01-01`: the year must be between 1 and 9999, written with four digits",
            "bad time `12:75`, expected HH:MM on a 24-hour clock, such as \"09:30\"",
            "bad time `11`, expected HH:MM in quotes, such as \"11:00\"",
            "bad time `10.3`: unquoted, YAML reads it as a number; write \"10:30\" in quotes",
            "`english` is not an ISO 639-1 language code; a multilingual text is written {en: ..., ru: ...}",
            "language `en` is given twice",
        ] {
            let m = recognize(text).unwrap_or_else(|| panic!("not recognized: {text}"));
            let ru = m.render(Lang::Ru);
            assert!(!ru.contains("bad ") && !ru.contains(" is "), "{ru}");
        }
        assert_eq!(
            recognize("bad date `2020-09-31`: September 2020 has 30 days")
                .map(|m| m.render(Lang::Ru)),
            Some("неверная дата `2020-09-31`: в сентябре 2020 г. 30 дней".into())
        );
        assert!(recognize("bad date `a`b`, expected YYYY-MM-DD, such as 2020-09-25").is_none());
    }

    #[test]
    fn libyaml_reasons_keep_their_english_and_gain_russian() {
        let text = "found unexpected end of stream, while scanning a quoted scalar";
        match libyaml(text) {
            Arg::Msg(m) => assert_eq!(m.render(Lang::En), text),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            ru(libyaml(text)),
            "файл неожиданно закончился (при разборе строки в кавычках)"
        );
        // An unknown reason stays as libyaml said it.
        assert_eq!(ru(libyaml("something new")), "something new");
        assert_eq!(ru(shape("integer `5`")), "целое число `5`");
    }
}
