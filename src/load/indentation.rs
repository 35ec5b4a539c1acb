//! A value of the wrong type that is really an indentation slip.
//!
//! An item indented one step too far (`- title:` under the `speakers:` of
//! the item above) is, to YAML, one more speaker: a mapping where a
//! participant id belongs. serde can only say "wrong type: found map,
//! expected a string"; read against the file's lines, this says what was
//! found (`- title: ...` at line 21), what was expected, and which line it
//! should line up with. Other wrong types are left as serde words them.

use crate::i18n::{Arg, Msg};
use crate::msg;
use crate::problem::Problem;

/// Rewords `p` when it is a block mapping or list found where something
/// else was expected, placed in `text` (the whole file) at its line.
pub(super) fn explain(p: &mut Problem, text: &str) {
    let Some((line, column)) = p.line else { return };
    let Some(m) = p.msg.as_ref().filter(|m| m.key == "wrong-type") else {
        return;
    };
    let found = arg_text(m, "found");
    if found != "map" {
        return;
    }
    let Some(expected) = m
        .args
        .iter()
        .find(|(k, _)| k == "expected")
        .map(|(_, a)| a.clone())
    else {
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    let Some(here) = lines.get(line - 1) else {
        return;
    };
    let Some(before) = here.get(..column.saturating_sub(1)) else {
        return;
    };
    let dash = before.trim_end().len().checked_sub(1);
    let entry =
        dash.filter(|&d| before.as_bytes().get(d) == Some(&b'-') && before[..d].trim().is_empty());
    let field = p
        .path
        .as_deref()
        .and_then(|x| x.rsplit('.').next())
        .map(|x| x.split('[').next().unwrap_or(x).to_string())
        .unwrap_or_default();
    let generic = || msg!("wrong-type-indent-generic-hint", line = line.to_string());
    let (message, hint) = match entry.filter(|_| found == "map") {
        Some(d) => {
            let key = first_key(&here[column - 1..]);
            let hint = match line_up_with(&lines, line, d, key) {
                Some(other) => msg!(
                    "wrong-type-indent-hint",
                    line = line.to_string(),
                    key = key,
                    other = other.to_string(),
                    field = field.as_str()
                ),
                None => generic(),
            };
            let message = msg!(
                "wrong-type-entry",
                field = field.as_str(),
                key = key,
                expected = expected
            );
            (message, hint)
        }
        // A list or mapping elsewhere is as likely a wrong value as a slip.
        None => return,
    };
    let mut said = Problem::error(p.path.clone().unwrap_or_default(), message).with_hint(hint);
    said.file = std::mem::take(&mut p.file);
    said.line = p.line;
    *p = said;
}

/// An argument's text, for the plain ones.
fn arg_text<'a>(m: &'a Msg, name: &str) -> &'a str {
    m.args
        .iter()
        .find(|(k, _)| k == name)
        .and_then(|(_, a)| match a {
            Arg::Str(s) => Some(s.as_str()),
            Arg::Msg(m) => Some(m.key.strip_prefix("shape-").unwrap_or("")),
            _ => None,
        })
        .unwrap_or("")
}

/// The first key of a block mapping's first line: `title` of `title: T`.
fn first_key(rest: &str) -> &str {
    rest.split(':').next().unwrap_or("").trim()
}

/// The line above `line` holding a `- key:` at less indentation than the
/// dash at `dash`: the entry the misplaced one most likely belongs beside.
fn line_up_with(lines: &[&str], line: usize, dash: usize, key: &str) -> Option<usize> {
    let wanted = format!("- {key}:");
    (1..line).rev().find(|&at| {
        let text = lines[at - 1];
        let body = text.trim_start_matches(' ');
        let indent = text.len() - body.len();
        indent < dash && body.starts_with(&wanted)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_item_indented_too_far_is_told_to_line_up() {
        let text = "title: T\ntimezone: UTC\nstart_date: 2020-01-01\nsessions:\n- id: a\n  title: A\n  date: 2020-01-01\n  items:\n  - title: One\n    speakers:\n    - x\n    - title: Two\n";
        let first = crate::load::parse_meeting(std::path::Path::new("m.yaml"), text).unwrap_err();
        let all = crate::load::parse_problems(std::path::Path::new("m.yaml"), text);
        assert_eq!(first.line, Some((12, 7)));
        let p = &all[0];
        assert_eq!(
            p.msg.as_ref().map(|m| m.key.as_ref()),
            Some("wrong-type-entry")
        );
        assert_eq!(
            p.hint.as_deref(),
            Some(
                "check the indentation at line 12: this `- title:` is indented further than the `- title:` at line 9, so YAML reads it as part of `speakers` above it; move it left to line up with line 9"
            )
        );
    }
}
