//! The TOML parser's reason for a settings-file syntax error, said again
//! through the catalogue. toml words it `DESCRIPTION, expected A, B, C`
//! (toml_parser's descriptions, toml's own, and what it wanted: a literal
//! in backticks or a description such as `key`); each part is found by
//! its exact English, and the whole is kept only when its English
//! rendering is the very text it came from.

use crate::i18n::{Arg, Lang, Msg};

fn find(table: &[(&str, &'static str)], english: &str) -> Option<Msg> {
    table
        .iter()
        .find(|(e, _)| *e == english)
        .map(|(_, k)| Msg::new(k))
}

/// toml's reason in the reader's words where the catalogue has them.
pub fn reason(text: &str) -> Arg {
    let (what, expected) = match text.split_once(", expected ") {
        Some((w, e)) => (w, Some(e)),
        None => (text, None),
    };
    if let Some(m) = datetime(what, expected) {
        return kept_if_same(m, text);
    }
    let Some(what) = description(what) else {
        return text.into();
    };
    let m = match expected {
        None => what,
        Some(list) => Msg::new("toml-reason-expected")
            .arg("what", what)
            .arg("list", items(list)),
    };
    kept_if_same(m, text)
}

/// `m` when it says `text` again in English; `text` as it is otherwise.
fn kept_if_same(m: Msg, text: &str) -> Arg {
    if m.render(Lang::En) == text {
        m.into()
    } else {
        text.into()
    }
}

/// toml_datetime's reason for a date, time or offset that is no real one
/// (`invalid date, expected month between 01 and 12`): what it is and,
/// whole, what it wanted. `None` when it is not one of those.
fn datetime(what: &str, expected: Option<&str>) -> Option<Msg> {
    let what = find(&DATETIME, what)?;
    let Some(wanted) = expected else {
        return Some(what);
    };
    let wanted: Arg = match wanted.strip_prefix("day between 01 and ") {
        Some(max) => Msg::new("toml-dt-day-range").arg("max", max).into(),
        None => find(&DATETIME_EXPECTED, wanted).map_or_else(|| wanted.into(), Arg::from),
    };
    Some(
        Msg::new("toml-reason-expected")
            .arg("what", what)
            .arg("list", wanted),
    )
}

/// The description part, a fixed text or the dotted-key one with a type.
fn description(what: &str) -> Option<Msg> {
    if let Some(kind) = what
        .strip_prefix("cannot extend value of type ")
        .and_then(|r| r.strip_suffix(" with a dotted key"))
    {
        let kind: Arg = find(&TYPES, kind).map_or_else(|| kind.into(), Arg::from);
        return Some(Msg::new("toml-dotted").arg("kind", kind));
    }
    find(&DESCRIPTIONS, what)
}

/// `A, B, C` with each description said in the reader's words; literals
/// (`` `=` ``) stay as written.
fn items(list: &str) -> Arg {
    let said = |item: &str| -> Arg { find(&EXPECTED, item).map_or_else(|| item.into(), Arg::from) };
    match list.split_once(", ") {
        None => said(list),
        Some((first, rest)) => Msg::new("list-more")
            .arg("first", said(first))
            .arg("rest", items(rest))
            .into(),
    }
}

/// toml_parser's and toml's descriptions of what is wrong.
const DESCRIPTIONS: [(&str, &str); 53] = [
    ("invalid basic string", "toml-d-basic-string"),
    ("invalid multi-line basic string", "toml-d-multiline-string"),
    ("`_` may only go between digits", "toml-d-underscore"),
    (
        "cannot recurse further; max recursion depth met",
        "toml-d-recursion",
    ),
    ("recursion limit", "toml-d-recursion-limit"),
    (
        "carriage return must be followed by newline",
        "toml-d-carriage-return",
    ),
    ("extra `=`", "toml-d-extra-equals"),
    (
        "extra assignment between key-value pairs",
        "toml-d-extra-assignment",
    ),
    ("extra comma in array", "toml-d-extra-comma-array"),
    ("extra comma in inline table", "toml-d-extra-comma-table"),
    (
        "integers with a radix cannot be signed",
        "toml-d-radix-signed",
    ),
    ("invalid comment character", "toml-d-comment-char"),
    ("invalid inline table element", "toml-d-inline-element"),
    ("invalid key-value pair", "toml-d-key-value"),
    ("invalid unquoted key", "toml-d-unquoted-key"),
    ("invalid value", "toml-d-value"),
    ("key with no value", "toml-d-key-no-value"),
    (
        "keys cannot be multi-line basic strings",
        "toml-d-key-multiline-basic",
    ),
    (
        "keys cannot be multi-line literal strings",
        "toml-d-key-multiline-literal",
    ),
    ("missing array opening", "toml-d-array-opening"),
    (
        "missing assignment between key-value pairs",
        "toml-d-assignment",
    ),
    ("missing comma between array elements", "toml-d-comma-array"),
    (
        "missing comma between key-value pairs",
        "toml-d-comma-pairs",
    ),
    ("missing comment start", "toml-d-comment-start"),
    ("missing escaped value", "toml-d-escape"),
    ("missing inline table opening", "toml-d-inline-opening"),
    ("missing key for inline table element", "toml-d-inline-key"),
    ("missing opening quote", "toml-d-opening-quote"),
    ("missing table open", "toml-d-table-open"),
    ("missing value", "toml-d-missing-value"),
    ("missing value for key", "toml-d-missing-value-for-key"),
    ("radix must be lowercase", "toml-d-radix-lowercase"),
    ("redundant integer number prefix", "toml-d-redundant-prefix"),
    ("redundant numeric sign", "toml-d-redundant-sign"),
    ("string values must be quoted", "toml-d-unquoted-string"),
    ("too few unicode value digits", "toml-d-unicode-digits"),
    ("unclosed array", "toml-d-unclosed-array"),
    ("unclosed array table", "toml-d-unclosed-array-table"),
    ("unclosed inline table", "toml-d-unclosed-inline-table"),
    ("unclosed table", "toml-d-unclosed-table"),
    ("unexpected `=` in array", "toml-d-equals-in-array"),
    ("unexpected content", "toml-d-content"),
    (
        "unexpected content between comment and newline",
        "toml-d-after-comment",
    ),
    ("unexpected key or value", "toml-d-key-or-value"),
    ("unexpected leading zero", "toml-d-leading-zero"),
    ("unexpected sign", "toml-d-sign"),
    ("unquoted keys cannot be empty", "toml-d-empty-key"),
    ("duplicate key", "toml-d-duplicate-key"),
    ("expected empty table", "toml-d-empty-table"),
    ("expected empty array", "toml-d-empty-array"),
    ("integer number overflowed", "toml-d-integer-overflow"),
    ("floating-point number overflowed", "toml-d-float-overflow"),
    ("wanted string or table", "toml-d-string-or-table"),
];

/// What toml wanted instead, where it is a description.
const EXPECTED: [(&str, &str); 16] = [
    ("key", "toml-e-key"),
    ("value", "toml-e-value"),
    ("numbers", "toml-e-numbers"),
    ("digits", "toml-e-digits"),
    ("literal string", "toml-e-literal-string"),
    ("basic string", "toml-e-basic-string"),
    ("multi-line basic string", "toml-e-multiline-basic"),
    ("letters", "toml-e-letters"),
    ("unicode hexadecimal value", "toml-e-unicode-hex"),
    ("printable characters", "toml-e-printable"),
    (
        "non-single-quote visible characters",
        "toml-e-visible-no-single",
    ),
    ("non-single-quote characters", "toml-e-no-single"),
    (
        "non-double-quote visible characters",
        "toml-e-visible-no-double",
    ),
    ("characters", "toml-e-characters"),
    ("newline", "toml-e-newline"),
    ("nothing", "toml-e-nothing"),
];

/// What toml_datetime found wrong.
const DATETIME: [(&str, &str); 4] = [
    ("invalid date", "toml-dt-date"),
    ("invalid time", "toml-dt-time"),
    ("invalid offset", "toml-dt-offset"),
    ("invalid datetime", "toml-dt-datetime"),
];

/// What toml_datetime wanted instead, each said whole (some hold commas).
const DATETIME_EXPECTED: [(&str, &str); 25] = [
    ("year or hour", "toml-dt-e-year-or-hour"),
    ("`-` (YYYY-MM) or `:` (HH:MM)", "toml-dt-e-dash-or-colon"),
    ("month", "toml-dt-e-month"),
    ("`-` (MM-DD)", "toml-dt-e-dash-day"),
    ("day", "toml-dt-e-day"),
    ("a four-digit year (YYYY)", "toml-dt-e-year-digits"),
    ("a two-digit month (MM)", "toml-dt-e-month-digits"),
    ("a two-digit day (DD)", "toml-dt-e-day-digits"),
    ("month between 01 and 12", "toml-dt-e-month-range"),
    ("`T` between date and time", "toml-dt-e-t"),
    ("hour", "toml-dt-e-hour"),
    ("`:` (HH:MM)", "toml-dt-e-colon"),
    ("minute", "toml-dt-e-minute"),
    ("second", "toml-dt-e-second"),
    ("nanosecond", "toml-dt-e-nanosecond"),
    ("a two-digit hour (HH)", "toml-dt-e-hour-digits"),
    ("a two-digit minute (MM)", "toml-dt-e-minute-digits"),
    ("a two-digit second (SS)", "toml-dt-e-second-digits"),
    ("hour between 00 and 23", "toml-dt-e-hour-range"),
    ("minute between 00 and 59", "toml-dt-e-minute-range"),
    ("second between 00 and 60", "toml-dt-e-second-range"),
    ("nanoseconds overflowed", "toml-dt-e-nanoseconds-overflow"),
    ("hours between 00 and 23", "toml-dt-e-offset-hours"),
    ("minutes between 00 and 59", "toml-dt-e-offset-minutes"),
    ("`Z`, +OFFSET, -OFFSET", "toml-dt-e-zone"),
];

/// The names toml gives the types of values.
const TYPES: [(&str, &str); 8] = [
    ("string", "toml-t-string"),
    ("integer", "toml-t-integer"),
    ("float", "toml-t-float"),
    ("boolean", "toml-t-boolean"),
    ("datetime", "toml-t-datetime"),
    ("array", "toml-t-array"),
    ("table", "toml-t-table"),
    ("inline table", "toml-t-inline-table"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ru;

    #[test]
    fn every_description_is_said_in_russian_with_its_english_kept() {
        for (e, _) in DESCRIPTIONS {
            let text = format!("{e}, expected `=`, key, newline");
            let Arg::Msg(m) = reason(&text) else {
                panic!("not recognized: {text}")
            };
            assert_eq!(m.render(Lang::En), text);
            let said = m.render(Lang::Ru);
            assert!(
                said.ends_with("ожидается: `=`, ключ, конец строки"),
                "{said}"
            );
        }
        assert_eq!(
            ru(reason(
                "cannot extend value of type string with a dotted key"
            )),
            "значение типа «текст» нельзя дополнить ключом с точкой"
        );
        assert_eq!(ru(reason("something new")), "something new");
    }

    #[test]
    fn bad_dates_and_times_are_said_in_russian_with_their_english_kept() {
        for (text, said) in [
            (
                "invalid date, expected month between 01 and 12",
                "неверная дата, ожидается: месяц от 01 до 12",
            ),
            (
                "invalid date, expected day between 01 and 28",
                "неверная дата, ожидается: день от 01 до 28",
            ),
            (
                "invalid time, expected hour between 00 and 23",
                "неверное время, ожидается: час от 00 до 23",
            ),
            (
                "invalid offset, expected hours between 00 and 23",
                "неверный сдвиг от UTC, ожидается: часы от 00 до 23",
            ),
            (
                "invalid datetime, expected `Z`, +OFFSET, -OFFSET",
                "неверные дата и время, ожидается: `Z`, +СДВИГ или -СДВИГ",
            ),
        ] {
            let Arg::Msg(m) = reason(text) else {
                panic!("not recognized: {text}")
            };
            assert_eq!(m.render(Lang::En), text);
            assert_eq!(m.render(Lang::Ru), said);
        }
    }

    /// The parser's own words for real bad values, through the whole reading.
    #[test]
    fn the_parser_s_datetime_reasons_are_all_known() {
        for value in [
            "1979-13-27",
            "1979-02-30",
            "1979-05-27T25:00:00",
            "07:61:00",
            "07:00:61",
            "1979-05-27T07:32:00+25:00",
            "1979-05-27T07:32:00+02:61",
        ] {
            let err = format!("x = {value}\n").parse::<toml::Table>().unwrap_err();
            let said = ru(reason(err.message().trim()));
            assert!(!said.contains("invalid"), "{value}: {said}");
        }
    }
}
