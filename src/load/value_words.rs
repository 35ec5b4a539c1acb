//! The words the YAML reader gives us as plain English, said again through
//! the catalogue: the reasons our own value types give (a bad date or
//! time, a multilingual text with a key that is no language), serde's
//! names for the shape of a value (`sequence`, `integer `5``), and
//! serde's own messages (`invalid value`, `invalid length`).
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

/// serde's `invalid value: FOUND, expected WHAT` and `invalid length N,
/// expected WHAT`, as catalogue messages.
pub fn serde_value(text: &str) -> Option<Msg> {
    let m = if let Some(rest) = text.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        msg!(
            "invalid-value",
            found = shape(found),
            expected = shape(expected)
        )
    } else {
        let rest = text.strip_prefix("invalid length ")?;
        let (len, expected) = rest.split_once(", expected ")?;
        let len: i64 = len.parse().ok()?;
        msg!("invalid-length", n = len, expected = shape(expected))
    };
    same(m, text)
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
        "a borrowed string" => Some("shape-a-borrowed-string"),
        "a character" => Some("shape-a-character"),
        "something else" => Some("shape-something-else"),
        "a YAML tag starting with '!'" => Some("shape-yaml-tag-start"),
        "any YAML value" => Some("shape-any-yaml"),
        "a YAML value with a !Tag" => Some("shape-yaml-tagged"),
        "a YAML tag string" => Some("shape-yaml-tag-string"),
        "an integer" => Some("shape-an-integer"),
        "a float" => Some("shape-a-float"),
        "a number" => Some("shape-a-number"),
        "null" => Some("shape-null"),
        "unit" => Some("shape-unit-type"),
        "option" => Some("shape-option"),
        "a YAML mapping" => Some("shape-a-yaml-mapping"),
        "byte array" => Some("shape-bytes"),
        "Option value" => Some("shape-option-value"),
        "newtype struct" => Some("shape-newtype"),
        "enum" => Some("shape-enum"),
        "unit variant" => Some("shape-unit-variant"),
        "a text, or a map from language code to text such as {en: ..., ru: ...}" => {
            Some("shape-text")
        }
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
    if matches!(text, "newtype variant" | "tuple variant" | "struct variant") {
        return arg_or_text(Some(msg!("shape-variant", kind = text)), text);
    }
    if let Some(m) = number_type(text).or_else(|| named(text)) {
        return arg_or_text(Some(m), text);
    }
    let valued = [
        ("integer `", "shape-integer"),
        ("floating point `", "shape-float"),
        ("boolean `", "shape-bool"),
        ("string \"", "shape-string"),
        ("character `", "shape-char"),
    ];
    for (prefix, key) in valued {
        if let Some(rest) = text.strip_prefix(prefix) {
            let value = &rest[..rest.len().saturating_sub(1)];
            return arg_or_text(Some(msg!(key, value = value)), text);
        }
    }
    text.into()
}

/// A Rust number type serde expected (`u32`, `f64`): a number, with its
/// range when it is a whole one.
fn number_type(text: &str) -> Option<Msg> {
    let key = match text {
        "u8" => "shape-u8",
        "u16" => "shape-u16",
        "u32" => "shape-u32",
        "u64" => "shape-u64",
        "usize" => "shape-usize",
        "i8" => "shape-i8",
        "i16" => "shape-i16",
        "i32" => "shape-i32",
        "i64" => "shape-i64",
        "isize" => "shape-isize",
        "f32" => "shape-f32",
        "f64" => "shape-f64",
        _ => return None,
    };
    Some(Msg::new(key))
}

/// serde's `struct Session`, `enum Format`, `tuple of 2 elements`.
fn named(text: &str) -> Option<Msg> {
    if let Some(n) = text
        .strip_prefix("tuple of ")
        .and_then(|r| r.strip_suffix(" elements"))
    {
        return Some(msg!("shape-tuple", n = n.parse::<i64>().ok()?));
    }
    let (kind, name) = text.split_once(' ')?;
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    let key = match kind {
        "struct" => "shape-struct",
        "enum" => "shape-named-enum",
        _ => return None,
    };
    Some(msg!(key, name = name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ru;

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
    fn shapes_are_said_in_russian() {
        assert_eq!(ru(shape("integer `5`")), "целое число `5`");
        for text in [
            "u32",
            "i64",
            "f64",
            "a borrowed string",
            "a character",
            "character `x`",
            "byte array",
            "Option value",
            "unit variant",
            "struct Session",
            "enum Format",
            "tuple of 2 elements",
            "a YAML tag starting with '!'",
            "a text, or a map from language code to text such as {en: ..., ru: ...}",
            "something else",
        ] {
            let said = shape(text);
            let Arg::Msg(m) = &said else {
                panic!("not recognized: {text}")
            };
            assert_eq!(m.render(Lang::En), text);
            let ru = m.render(Lang::Ru);
            assert!(
                ru.chars().any(|c| ('а'..='я').contains(&c)),
                "{text} -> {ru}"
            );
        }
    }

    /// serde's `invalid value` and `invalid length`, English word for word.
    #[test]
    fn serde_value_messages_are_said_in_russian() {
        for (text, ru) in [
            (
                "invalid value: integer `99999999999`, expected u32",
                "недопустимое значение: здесь целое число `99999999999`, а ожидается целое число от 0 до 4294967295",
            ),
            (
                "invalid length 3, expected tuple of 2 elements",
                "неверная длина: 3 элемента, а ожидается список из 2 элементов",
            ),
            (
                "invalid value: string \"abc\", expected an integer",
                "недопустимое значение: здесь строка \"abc\", а ожидается целое число",
            ),
        ] {
            let m = serde_value(text).unwrap_or_else(|| panic!("not recognized: {text}"));
            assert_eq!(m.render(Lang::En), text);
            assert_eq!(m.render(Lang::Ru), ru);
        }
        assert!(serde_value("invalid value: what, ever").is_none());
    }
}
