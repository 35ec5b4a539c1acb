//! Turning yaml_serde's errors into messages for people.
//!
//! yaml_serde says "sessions[0].items[0]: unknown field `speakrs`, expected
//! one of ... at line 10 column 9". We keep its location and path, and say
//! the rest the way an organizer would want to read it, with a hint.

use crate::msg;
use crate::problem::{Problem, Text, suggest};

pub fn to_problem(err: &crate::yaml::Error) -> Problem {
    let raw = err.to_string();
    // Location goes into the problem's place, not the sentence; the scanner
    // also puts it mid-sentence ("... at line 67 column 1, while scanning").
    let body = strip_locations(&raw);
    let (path, msg) = split_path(&body);
    let (message, hint) = reword(msg);
    let mut p = Problem::error(path, message).hint_text(hint);
    p.line = crate::yaml::error_location(err);
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
fn reword_value(msg: &str) -> Option<(String, Option<String>)> {
    let rest = msg.strip_prefix("invalid type: ")?;
    if rest.starts_with("unit value") {
        return Some((
            "no value here (`~`, `null` or nothing after the colon)".into(),
            Some("write a value, or remove the line if the field is optional".into()),
        ));
    }
    if rest.contains("expected field identifier") || rest.contains("expected variant identifier") {
        return Some((
            "a key must be a plain name, not a list or a map (`? [a, b]`)".into(),
            Some("write the key as a name followed by `:`, such as `title: ...`".into()),
        ));
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
    let what = if number.starts_with('-') {
        "negative"
    } else {
        "too large"
    };
    Some((
        format!("the number {number} is {what} here"),
        Some(format!("write a whole number from 0 to {limit}")),
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

/// Backticked names in a serde "expected one of `a`, `b`" list.
fn backticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

/// A message and a hint in an organizer's words (plain English, or a
/// catalogue message said in the reader's language).
type Reworded = (Text, Option<Text>);

/// A message and a hint in English only.
type Words = (String, Option<String>);

/// English words not (yet) in the catalogue.
fn plain((m, h): Words) -> Reworded {
    (Text::Plain(m), h.map(Text::Plain))
}

fn reword(msg: &str) -> Reworded {
    fields(msg)
        .or_else(|| reword_value(msg).map(plain))
        .or_else(|| wrong_type(msg).map(plain))
        .or_else(|| limits(msg).map(plain))
        .or_else(|| syntax(msg).map(plain))
        .unwrap_or_else(|| plain((msg.to_string(), None)))
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
fn wrong_type(msg: &str) -> Option<Words> {
    let rest = msg.strip_prefix("invalid type: ")?;
    let (found, expected) = rest
        .split_once(", expected ")
        .unwrap_or((rest, "something else"));
    let expected = match expected {
        "struct Meeting" => "a meeting: a mapping with `title`, `timezone`, `start_date`, ...",
        "struct RosterFile" => "a participant list: a mapping with `participants: [...]`",
        e => e,
    };
    Some((
        format!("wrong type: found {found}, expected {expected}"),
        None,
    ))
}

/// Alias bombs, several documents, and serde's own length and value errors.
fn limits(msg: &str) -> Option<Words> {
    if msg.contains("repetition limit exceeded") || msg.contains("recursion limit exceeded") {
        return Some((
            "the file expands into far too much data (nested aliases or nesting too deep)".into(),
            Some("remove the repeated `*alias` references; an agenda never needs them".into()),
        ));
    }
    if msg.contains("more than one document") {
        return Some((
            "the file holds more than one YAML document (`---`)".into(),
            Some("keep one meeting per file; the second document starts at this `---`".into()),
        ));
    }
    (msg.starts_with("invalid length") || msg.starts_with("invalid value"))
        .then(|| (msg.to_string(), None))
}

/// Everything else the YAML scanner says: a syntax error, with what usually causes it.
fn syntax(msg: &str) -> Option<Words> {
    if msg.contains("tab character") {
        return Some((
            "YAML syntax error: a tab character is used for indentation".into(),
            Some("YAML indents with spaces only; replace the tab with spaces".into()),
        ));
    }
    if msg.contains("mapping values are not allowed") {
        return Some((
            format!("YAML syntax error: {msg}"),
            Some("usually a key indented differently from the keys around it, or a value containing `: ` that needs quotes".into()),
        ));
    }
    let scanner = msg.contains("while ")
        || msg.contains("did not find")
        || msg.contains("not allowed")
        || msg.contains("found ")
        || msg.contains("could not find");
    scanner.then(|| {
        (
            format!("YAML syntax error: {msg}"),
            Some(
                "check indentation and quoting near here; text with `: ` or `#` needs quotes"
                    .into(),
            ),
        )
    })
}
