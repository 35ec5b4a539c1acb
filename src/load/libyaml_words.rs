//! libyaml's syntax reasons and yaml_serde's own words, said again through
//! the catalogue: every problem and context string libyaml's scanner,
//! parser and reader can give (libyaml-rs `scanner.rs`, `parser.rs`,
//! `reader.rs`), and the messages yaml_serde makes itself (`error.rs`).
//!
//! They reach us as text only, so each is found by its exact English; a
//! found one is kept only when its English rendering is the very text it
//! came from, so the English output never changes.

use crate::i18n::{Arg, Lang, Msg};

/// `m` as an argument when it says `english` exactly; else `english` itself.
fn arg_or_text(m: Option<Msg>, english: &str) -> Arg {
    match m.filter(|m| m.render(Lang::En) == english) {
        Some(m) => m.into(),
        None => english.into(),
    }
}

fn find(table: &[(&str, &'static str)], english: &str) -> Option<Msg> {
    table
        .iter()
        .find(|(e, _)| *e == english)
        .map(|(_, k)| Msg::new(k))
}

/// Whether `text` starts with one of libyaml's problems: a syntax error.
pub fn is_libyaml(text: &str) -> bool {
    let problem = text.split_once(", while ").map_or(text, |(p, _)| p);
    find(&YAML_PROBLEMS, without_position(problem).0).is_some()
}

/// A problem the reader found before any line was counted ends
/// " at position N" (a byte offset) instead of a line and column.
fn without_position(problem: &str) -> (&str, Option<&str>) {
    match problem.rsplit_once(" at position ") {
        Some((p, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => (p, Some(n)),
        _ => (problem, None),
    }
}

/// libyaml's reason, `problem, while context`, each part in the reader's
/// words where the catalogue has it.
pub fn libyaml(text: &str) -> Arg {
    let (problem, context) = match text.split_once(", while ") {
        Some((p, c)) => (p, Some(c)),
        None => (text, None),
    };
    let (bare, position) = without_position(problem);
    let mut problem = arg_or_text(find(&YAML_PROBLEMS, bare), bare);
    if let Some(n) = position {
        problem = arg_or_text(
            Some(
                Msg::new("yaml-at-position")
                    .arg("problem", problem)
                    .arg("offset", n),
            ),
            problem_part(text),
        );
    }
    match context {
        None => arg_or_text(Some(Msg::new("yaml-reason").arg("problem", problem)), text),
        Some(c) => {
            let context = arg_or_text(find(&YAML_CONTEXTS, c), c);
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

/// The problem part of `problem, while context`.
fn problem_part(text: &str) -> &str {
    text.split_once(", while ").map_or(text, |(p, _)| p)
}

/// One of yaml_serde's own messages (an unknown anchor, a bad merge, the
/// file ending inside a value), as a catalogue message.
pub fn yaml_serde(text: &str) -> Option<Msg> {
    find(&YAML_SERDE, text).filter(|m| m.render(Lang::En) == text)
}

/// libyaml's problems (scanner.c, parser.c, reader.c).
const YAML_PROBLEMS: [(&str, &str); 53] = [
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
    (
        "mapping keys are not allowed in this context",
        "yaml-p-mapping-keys",
    ),
    (
        "found a tab character where an indentation space is expected",
        "yaml-p-tab-indent",
    ),
    (
        "found an indentation indicator equal to 0",
        "yaml-p-indent-zero",
    ),
    (
        "did not find expected whitespace or line break",
        "yaml-p-whitespace-or-break",
    ),
    ("did not find expected whitespace", "yaml-p-whitespace"),
    ("did not find expected '!'", "yaml-p-expected-bang"),
    ("did not find the expected '>'", "yaml-p-expected-angle"),
    ("found unknown directive name", "yaml-p-directive-unknown"),
    (
        "could not find expected directive name",
        "yaml-p-directive-name",
    ),
    (
        "found unexpected non-alphabetical character",
        "yaml-p-non-alphabetical",
    ),
    (
        "found unexpected document indicator",
        "yaml-p-document-indicator",
    ),
    (
        "found invalid Unicode character escape code",
        "yaml-p-unicode-escape",
    ),
    ("found incompatible YAML document", "yaml-p-incompatible"),
    ("found extremely long version number", "yaml-p-long-version"),
    ("found duplicate %YAML directive", "yaml-p-duplicate-yaml"),
    ("found duplicate %TAG directive", "yaml-p-duplicate-tag"),
    (
        "found an incorrect trailing UTF-8 octet",
        "yaml-p-utf8-trailing-found",
    ),
    (
        "found an incorrect leading UTF-8 octet",
        "yaml-p-utf8-leading-found",
    ),
    ("did not find expected version number", "yaml-p-version"),
    ("did not find expected tag URI", "yaml-p-tag-uri"),
    ("did not find expected hexadecimal number", "yaml-p-hex"),
    (
        "did not find expected digit or '.' character",
        "yaml-p-digit-or-dot",
    ),
    (
        "did not find expected <stream-start>",
        "yaml-p-stream-start",
    ),
    (
        "did not find expected <document start>",
        "yaml-p-document-start",
    ),
    ("did not find URI escaped octet", "yaml-p-uri-octet"),
    ("control characters are not allowed", "yaml-p-control"),
    ("invalid leading UTF-8 octet", "yaml-p-utf8-leading"),
    ("invalid trailing UTF-8 octet", "yaml-p-utf8-trailing"),
    ("invalid length of a UTF-8 sequence", "yaml-p-utf8-length"),
    ("incomplete UTF-8 octet sequence", "yaml-p-utf8-incomplete"),
    ("invalid Unicode character", "yaml-p-unicode"),
    ("incomplete UTF-16 character", "yaml-p-utf16-incomplete"),
    ("incomplete UTF-16 surrogate pair", "yaml-p-utf16-pair"),
    ("expected low surrogate area", "yaml-p-utf16-low-expected"),
    (
        "unexpected low surrogate area",
        "yaml-p-utf16-low-unexpected",
    ),
    ("input is too long", "yaml-p-too-long"),
    ("input error", "yaml-p-input"),
];

/// Where libyaml was when it stopped, after its "while".
const YAML_CONTEXTS: [(&str, &str); 23] = [
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
    ("parsing a node", "yaml-c-any-node"),
    ("parsing a tag", "yaml-c-tag-parsing"),
    ("scanning a directive", "yaml-c-directive"),
    ("scanning a %YAML directive", "yaml-c-yaml-directive"),
    ("scanning a %TAG directive", "yaml-c-tag-directive"),
    ("parsing a %TAG directive", "yaml-c-tag-directive-parsing"),
    ("scanning a tag directive", "yaml-c-tag-directive-scan"),
    ("parsing a tag directive", "yaml-c-tag-directive-parse"),
];

/// yaml_serde's own messages (error.rs `message_no_mark`).
const YAML_SERDE: [(&str, &str); 9] = [
    ("EOF while parsing a value", "yaml-s-eof"),
    ("unknown anchor", "yaml-s-unknown-anchor"),
    (
        "expected a mapping or list of mappings for merging, but found scalar",
        "yaml-s-merge-scalar",
    ),
    ("unexpected tagged value in merge", "yaml-s-merge-tagged"),
    (
        "expected a mapping for merging, but found scalar",
        "yaml-s-merge-element-scalar",
    ),
    (
        "expected a mapping for merging, but found sequence",
        "yaml-s-merge-element-sequence",
    ),
    ("empty YAML tag is not allowed", "yaml-s-empty-tag"),
    ("failed to parse YAML number", "yaml-s-number"),
    (
        "serialization and deserialization of bytes in YAML is not implemented",
        "yaml-s-bytes",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ru;

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
    }

    /// Every problem with every context, and every word of yaml_serde's
    /// own: each is English word for word, and Russian with no Latin
    /// sentence left (the YAML words `%YAML`, `%TAG`, `UTF-8` are names).
    #[test]
    fn every_reason_libyaml_can_give_is_said_in_russian() {
        for (p, _) in YAML_PROBLEMS {
            for (c, _) in YAML_CONTEXTS {
                let text = format!("{p}, while {c}");
                let said = libyaml(&text);
                let Arg::Msg(m) = &said else {
                    panic!("not recognized: {text}")
                };
                assert_eq!(m.render(Lang::En), text);
                let ru = m.render(Lang::Ru);
                assert!(!ru.contains("found") && !ru.contains("while"), "{ru}");
            }
            assert!(is_libyaml(p), "{p}");
        }
        let reader = "invalid leading UTF-8 octet at position 17";
        assert_eq!(
            ru(libyaml(reader)),
            "неверный начальный байт UTF-8 (байт 17 от начала файла)"
        );
        for (e, _) in YAML_SERDE {
            let m = yaml_serde(e).unwrap_or_else(|| panic!("not recognized: {e}"));
            let ru = m.render(Lang::Ru);
            assert!(ru.chars().any(|c| ('а'..='я').contains(&c)), "{e} -> {ru}");
        }
    }
}
