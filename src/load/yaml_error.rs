//! Turning yaml_serde's errors into messages for people.
//!
//! yaml_serde says "sessions[0].items[0]: unknown field `speakrs`, expected
//! one of ... at line 10 column 9". We keep its location and path, and say
//! the rest the way an organizer would want to read it, with a hint.

use crate::i18n::{Arg, Msg};
use crate::msg;
use crate::problem::{Problem, Text, suggest};

pub fn to_problem(err: &crate::yaml::Error) -> Problem {
    from_words(&err.to_string(), crate::yaml::error_location(err))
}

/// [`to_problem`] for an error the fast reader worded as yaml_serde does.
fn worded_problem(w: &crate::yaml::Worded) -> Problem {
    from_words(&w.text, w.location)
}

/// `text` read as a `T`, or its first error: the fast reader's value or
/// words when it has them, else yaml_serde's (which lists every event of
/// the text first).
#[allow(clippy::result_large_err)]
pub fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Problem> {
    match crate::yaml::read_fast::<T>(text) {
        crate::yaml::Read::Value(value) => Ok(value),
        crate::yaml::Read::Said(w) => Err(worded_problem(&w)),
        crate::yaml::Read::Ask => crate::yaml::from_str::<T>(text).map_err(|e| to_problem(&e)),
    }
}

/// The first error reading `text` as a `T` gives, if any ([`read`]).
pub fn first_error<T: serde::de::DeserializeOwned>(text: &str) -> Option<Problem> {
    read::<T>(text).err()
}

/// An error as yaml_serde displays it, and where it is, for people.
fn from_words(raw: &str, location: Option<(usize, usize)>) -> Problem {
    // Location goes into the problem's place, not the sentence; the scanner
    // also puts it mid-sentence ("... at line 67 column 1, while scanning").
    let body = strip_locations(raw);
    let (path, msg) = split_path(&body);
    let (message, hint) = reword(msg);
    let mut p = Problem::error(path, message).hint_text(hint);
    p.line = location;
    p
}

/// Removes every " at line N column M" from a message.
fn strip_locations(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let tail = &after[digits..];
        match tail.strip_prefix(" column ") {
            Some(t) if digits > 0 => {
                let d2 = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                rest = &t[d2..];
            }
            _ => {
                out.push_str(" at line ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// yaml_serde prefixes the path inside the document: `sessions[0].start: ...`.
fn split_path(body: &str) -> (&str, &str) {
    if let Some(i) = body.find(": ") {
        let head = &body[..i];
        let looks_like_path = !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_alphanumeric() || "_[].-".contains(c));
        if looks_like_path {
            return (head, &body[i + 2..]);
        }
    }
    ("", body)
}

/// Wrong values that serde words for programmers: a missing value (`~`),
/// a number out of range, a list or map used as a key.
fn reword_value(msg: &str) -> Option<Reworded> {
    let rest = msg.strip_prefix("invalid type: ")?;
    if rest.starts_with("unit value") {
        return Some(keyed(msg!("value-null"), Some(msg!("value-null-hint"))));
    }
    if rest.contains("expected field identifier") || rest.contains("expected variant identifier") {
        return Some(keyed(msg!("complex-key"), Some(msg!("complex-key-hint"))));
    }
    let (found, expected) = rest.split_once(", expected ")?;
    let number = found.strip_prefix("integer `")?.split('`').next()?;
    let limit = match expected {
        "u8" => u64::from(u8::MAX),
        "u16" => u64::from(u16::MAX),
        "u32" => u64::from(u32::MAX),
        "u64" | "usize" => u64::MAX,
        _ => return None,
    };
    let key = if number.starts_with('-') {
        "number-negative"
    } else {
        "number-too-large"
    };
    Some(keyed(
        msg!(key, number = number),
        Some(msg!("number-range-hint", limit = limit.to_string())),
    ))
}

/// Puts a problem serde places vaguely at its line in `text`: a key given
/// twice at the second occurrence (serde says 1:1 for the top level), and
/// a second document at its `---`.
pub fn place_in(p: &mut Problem, text: &str) {
    let lines = || text.split(['\n', '\r']).enumerate();
    if let Some(field) = p
        .message
        .strip_prefix("field `")
        .and_then(|r| r.strip_suffix("` is given twice"))
        && p.path.is_none()
        && matches!(p.line, None | Some((1, 1)))
    {
        let key = format!("{field}:");
        if let Some((i, _)) = lines().filter(|(_, l)| l.starts_with(&key)).nth(1) {
            p.line = Some((i + 1, 1));
        }
    } else if let Some(field) = p
        .message
        .strip_prefix("field `")
        .and_then(|r| r.strip_suffix("` is given twice"))
        && let Some((line, column)) = p.line
    {
        // serde places it at the start of the mapping holding the key; the
        // organizer needs the second key.
        if let Some(second) = second_key(text, field, line, column) {
            p.line = Some((second, column));
        }
    }
    if p.message
        .starts_with("the file holds more than one YAML document")
    {
        let mut content = false;
        for (i, l) in lines() {
            if l.starts_with("---") && content {
                p.line = Some((i + 1, 1));
                break;
            }
            content |= !l.trim().is_empty() && !l.starts_with('#') && !l.starts_with("---");
        }
    }
}

/// The line of the second `field:` of the block mapping whose first key
/// is at `line`:`column` (1-based): the keys at that column, until a line
/// to the left of it ends the mapping.
fn second_key(text: &str, field: &str, line: usize, column: usize) -> Option<usize> {
    let key = format!("{field}:");
    let mut seen = 0;
    for (i, l) in text.split('\n').enumerate().skip(line.checked_sub(1)?) {
        let n = i + 1;
        let l = l.trim_end_matches('\r');
        let body = l.trim_start_matches(' ');
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let indent = l.len() - body.len();
        if n > line && indent + 1 < column {
            return None;
        }
        let here = if n == line {
            l.get(column - 1..)
        } else {
            (indent + 1 == column).then_some(body)
        };
        if here.is_some_and(|h| h.starts_with(&key)) {
            seen += 1;
            if seen == 2 {
                return Some(n);
            }
        }
    }
    None
}

/// Backticked names in a serde "expected one of `a`, `b`" list.
fn backticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

/// A message and a hint in an organizer's words (plain English, or a
/// catalogue message said in the reader's language).
type Reworded = (Text, Option<Text>);

/// Catalogue messages.
fn keyed(m: Msg, h: Option<Msg>) -> Reworded {
    (m.into(), h.map(Text::from))
}

fn reword(msg: &str) -> Reworded {
    fields(msg)
        .or_else(|| reword_value(msg))
        .or_else(|| wrong_type(msg))
        .or_else(|| limits(msg))
        .or_else(|| syntax(msg))
        .or_else(|| super::value_words::recognize(msg).map(|m| keyed(m, None)))
        .unwrap_or_else(|| (Text::Plain(msg.to_string()), None))
}

/// Unknown, missing or repeated fields and unknown values.
fn fields(msg: &str) -> Option<Reworded> {
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        if field == "<<" {
            return Some((
                msg!("merge-key").into(),
                Some(msg!("merge-key-hint").into()),
            ));
        }
        let known = backticked(expected);
        if let Some((message, hint)) = super::misplaced::said(field, &known) {
            return Some(keyed(message, Some(hint)));
        }
        let hint = suggest::closest(field, known.iter().copied())
            .map(suggest::hint_msg)
            .or_else(|| {
                (!known.is_empty()).then(|| msg!("known-fields", fields = known.join(", ")))
            });
        return Some((
            msg!("unknown-field", field = field).into(),
            hint.map(Text::from),
        ));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known = backticked(expected);
        let hint = suggest::closest(value, known.iter().copied())
            .map(suggest::hint_msg)
            .unwrap_or_else(|| msg!("expected-one-of", values = known.join(", ")));
        return Some((
            msg!("unknown-value", value = value).into(),
            Some(hint.into()),
        ));
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return Some((
            msg!("missing-field", field = field).into(),
            Some(msg!("missing-field-hint", field = field).into()),
        ));
    }
    let field = msg.strip_prefix("duplicate field `")?.trim_end_matches('`');
    Some((
        msg!("field-twice", field = field).into(),
        Some(msg!("field-twice-hint").into()),
    ))
}

/// A value of the wrong type, with the whole file's expected shape in words.
fn wrong_type(msg: &str) -> Option<Reworded> {
    let rest = msg.strip_prefix("invalid type: ")?;
    let (found, expected) = rest
        .split_once(", expected ")
        .unwrap_or((rest, "something else"));
    let expected = match expected {
        "struct Meeting" => "a meeting: a mapping with `title`, `timezone`, `start_date`, ...",
        "struct RosterFile" => "a participant list: a mapping with `participants: [...]`",
        e => e,
    };
    Some(keyed(
        msg!(
            "wrong-type",
            found = super::value_words::shape(found),
            expected = super::value_words::shape(expected)
        ),
        None,
    ))
}

/// Alias bombs, several documents, and serde's own length and value errors.
fn limits(msg: &str) -> Option<Reworded> {
    if msg.contains("repetition limit exceeded") || msg.contains("recursion limit exceeded") {
        return Some(keyed(msg!("alias-bomb"), Some(msg!("alias-bomb-hint"))));
    }
    if msg.contains("more than one document") {
        return Some(keyed(
            msg!("several-documents"),
            Some(msg!("several-documents-hint")),
        ));
    }
    if let Some(m) = super::value_words::serde_value(msg) {
        return Some(keyed(m, None));
    }
    (msg.starts_with("invalid length") || msg.starts_with("invalid value"))
        .then(|| (Text::Plain(msg.to_string()), None))
}

/// Everything else the YAML scanner says: a syntax error, with what usually causes it.
fn syntax(msg: &str) -> Option<Reworded> {
    if msg.contains("tab character") {
        return Some(keyed(msg!("yaml-tab"), Some(msg!("yaml-tab-hint"))));
    }
    let own = super::libyaml_words::yaml_serde(msg);
    let known = own.is_some() || super::libyaml_words::is_libyaml(msg);
    let reason = match own {
        Some(m) => Arg::from(m),
        None => super::libyaml_words::libyaml(msg),
    };
    if msg.contains("mapping values are not allowed") {
        return Some(keyed(
            msg!("yaml-syntax", reason = reason),
            Some(msg!("yaml-mapping-values-hint")),
        ));
    }
    if scanner_like(msg) {
        return Some(keyed(
            msg!("yaml-syntax", reason = reason),
            Some(msg!("yaml-syntax-hint")),
        ));
    }
    // The English said these as they came, without calling them syntax.
    match reason {
        Arg::Msg(m) if known => Some(keyed(*m, None)),
        _ => None,
    }
}

/// The words of a scanner's message, which the English calls a syntax error.
fn scanner_like(msg: &str) -> bool {
    msg.contains("while ")
        || msg.contains("did not find")
        || msg.contains("not allowed")
        || msg.contains("found ")
        || msg.contains("could not find")
}
