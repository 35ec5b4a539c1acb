//! The parsers' reasons (serde_json's and roxmltree's) for a schedule that
//! is not valid JSON or XML, said again through the catalogue, so a Russian
//! reader gets the place and the reason in Russian. Each reason is matched
//! by its exact English; the message is kept only when its English
//! rendering is the very text the parser gave, so English output never
//! changes and a reason a newer parser words differently stays as it came.

use crate::i18n::{Arg, Lang, Msg};

/// serde_json's descriptions (before ` at line L column C`).
const JSON: [(&str, &str); 21] = [
    ("EOF while parsing a list", "import-json-eof-list"),
    ("EOF while parsing an object", "import-json-eof-object"),
    ("EOF while parsing a string", "import-json-eof-string"),
    ("EOF while parsing a value", "import-json-eof-value"),
    ("expected `:`", "import-json-colon"),
    ("expected `,` or `]`", "import-json-comma-list"),
    ("expected `,` or `}`", "import-json-comma-object"),
    ("expected ident", "import-json-ident"),
    ("expected value", "import-json-value"),
    ("expected `\"`", "import-json-quote"),
    ("invalid escape", "import-json-escape"),
    ("invalid number", "import-json-number"),
    ("number out of range", "import-json-range"),
    ("invalid unicode code point", "import-json-code-point"),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "import-json-control",
    ),
    ("key must be a string", "import-json-key-string"),
    ("trailing comma", "import-json-trailing-comma"),
    ("trailing characters", "import-json-trailing"),
    ("unexpected end of hex escape", "import-json-hex-end"),
    ("recursion limit exceeded", "import-json-recursion"),
    (
        "lone leading surrogate in hex escape",
        "import-json-surrogate",
    ),
];

/// serde_json's reason in the reader's words where the catalogue has them.
pub fn json(e: &serde_json::Error) -> Arg {
    let text = e.to_string();
    let what = text
        .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
        .unwrap_or(&text);
    let Some((_, key)) = JSON.iter().find(|(english, _)| *english == what) else {
        return text.into();
    };
    let m = if e.line() == 0 {
        Msg::new(key)
    } else {
        Msg::new("import-json-at")
            .arg("what", Msg::new(key))
            .arg("line", e.line())
            .arg("column", e.column())
    };
    kept_if_same(m, text)
}

/// roxmltree's reason in the reader's words where the catalogue has them.
pub fn xml(e: &roxmltree::Error) -> Arg {
    use roxmltree::Error as E;
    let text = e.to_string();
    let pos = e.pos();
    let at = |key: &str| Msg::new(key).arg("row", pos.row).arg("col", pos.col);
    let m = match e {
        E::UnexpectedCloseTag(expected, actual, _) => at("import-xml-close-tag")
            .arg("expected", expected.as_str())
            .arg("actual", actual.as_str()),
        E::UnexpectedEntityCloseTag(_) => at("import-xml-stray-close"),
        E::MalformedEntityReference(_) => at("import-xml-bad-entity"),
        E::UnknownEntityReference(name, _) => {
            at("import-xml-unknown-entity").arg("name", name.as_str())
        }
        E::InvalidAttributeValue(_) => at("import-xml-lt-in-attribute"),
        E::DuplicatedAttribute(name, _) => {
            at("import-xml-duplicate-attribute").arg("name", name.as_str())
        }
        E::UnknownNamespace(name, _) => {
            at("import-xml-unknown-namespace").arg("name", name.as_str())
        }
        E::NoRootNode => Msg::new("import-xml-no-root"),
        E::UnclosedRootNode => Msg::new("import-xml-unclosed-root"),
        E::UnexpectedDeclaration(_) => at("import-xml-declaration"),
        E::DtdDetected => Msg::new("import-xml-dtd"),
        E::InvalidName(_) => at("import-xml-name"),
        E::InvalidChar(expected, actual, _) => at("import-xml-char")
            .arg("expected", (*expected as char).to_string())
            .arg("actual", (*actual as char).to_string()),
        E::InvalidChar2(expected, actual, _) => at("import-xml-char2")
            .arg("expected", wanted(expected))
            .arg("actual", (*actual as char).to_string()),
        E::InvalidString(expected, _) => at("import-xml-string").arg("expected", *expected),
        E::InvalidComment(_) => at("import-xml-comment"),
        E::UnknownToken(_) => at("import-xml-token"),
        E::UnexpectedEndOfStream => Msg::new("import-xml-end"),
        _ => return text.into(),
    };
    kept_if_same(m, text)
}

/// What roxmltree wanted instead, in the reader's words where known.
fn wanted(english: &str) -> Arg {
    const WANTED: [(&str, &str); 4] = [
        ("a whitespace", "import-xml-want-space"),
        ("a quote", "import-xml-want-quote"),
        ("'[' or '>'", "import-xml-want-bracket"),
        ("a quote, SYSTEM or PUBLIC", "import-xml-want-external"),
    ];
    WANTED
        .iter()
        .find(|(e, _)| *e == english)
        .map_or_else(|| english.into(), |(_, k)| Msg::new(k).into())
}

/// `m` when it says `text` again in English; `text` as it is otherwise.
fn kept_if_same(m: Msg, text: String) -> Arg {
    if m.render(Lang::En) == text {
        m.into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(a: Arg, lang: Lang) -> String {
        match a {
            Arg::Msg(m) => m.render(lang),
            Arg::Str(s) => s,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn json_reasons_keep_their_english_and_get_russian() {
        for (text, ru) in [
            ("{", "конец файла внутри объекта (строка 1, столбец 1)"),
            ("{\"a\" 1}", "ожидается `:` (строка 1, столбец 6)"),
            ("[1,]", "лишняя запятая (строка 1, столбец 4)"),
            ("{} x", "лишние символы после конца (строка 1, столбец 4)"),
            (
                "nope",
                "ожидается true, false или null (строка 1, столбец 2)",
            ),
            ("x", "ожидается значение (строка 1, столбец 1)"),
        ] {
            let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            assert_eq!(said(json(&e), Lang::En), e.to_string());
            assert_eq!(said(json(&e), Lang::Ru), ru, "{text}");
        }
    }

    #[test]
    fn xml_reasons_keep_their_english_and_get_russian() {
        for (text, ru) in [
            (
                "<a></b>",
                "ожидался закрывающий тег 'a', а не 'b' (строка 1, столбец 4)",
            ),
            ("<a>", "корневой элемент открыт, но не закрыт"),
            (
                "<a>&x;</a>",
                "неизвестная ссылка на сущность 'x' (строка 1, столбец 4)",
            ),
            ("", "в документе нет корневого элемента"),
        ] {
            let e = roxmltree::Document::parse(text).unwrap_err();
            assert_eq!(said(xml(&e), Lang::En), e.to_string());
            assert_eq!(said(xml(&e), Lang::Ru), ru, "{text}");
        }
    }
}
