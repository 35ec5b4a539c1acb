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
    let Some(what) = description(what) else {
        return text.into();
    };
    let m = match expected {
        None => what,
        Some(list) => Msg::new("toml-reason-expected")
            .arg("what", what)
            .arg("list", items(list)),
    };
    if m.render(Lang::En) == text {
        m.into()
    } else {
        text.into()
    }
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
}
