//! More than one error per record: after serde names an error, the node it
//! names is blanked out (its lines emptied, so every later line keeps its
//! number) and the record is parsed again, to find the next one.
//!
//! Only used after the whole-file parse has failed ([`super::diagnose`]); the
//! first error of each record is serde's own, and nothing here decides what
//! a file means. A later error is reported only when it cannot be a
//! consequence of the blanking: a syntax error, an error on a line that was
//! blanked, or a required field that was blanked away ends the search for
//! that record. The number of parses per record is bounded.

use crate::problem::Problem;

/// At most this many errors are reported for one record (one parse each).
const MAX_PER_RECORD: usize = 12;

/// Every error `parse` finds in `text`, one parse per error: the first as
/// `parse` gives it, then as many more as blanking can show honestly.
pub(crate) fn all_errors(text: &str, parse: impl Fn(&str) -> Option<Problem>) -> Vec<Problem> {
    let Some(first) = parse(text) else {
        return Vec::new();
    };
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut blanked: Vec<usize> = Vec::new();
    let mut removed: Vec<String> = Vec::new();
    let mut out = vec![first];
    while out.len() < MAX_PER_RECORD {
        let Some(last) = out.last() else { break };
        let Some((key, span)) = node_of(last, &lines) else {
            break;
        };
        blank(&mut lines, span, &mut blanked);
        removed.extend(key);
        let Some(next) = parse(&lines.join("\n")) else {
            break;
        };
        if !honest(&next, &lines, &blanked, &removed) {
            break;
        }
        out.push(next);
    }
    out
}

/// Whether an error found after blanking is the file's own, not the blanking's.
fn honest(p: &Problem, lines: &[String], blanked: &[usize], removed: &[String]) -> bool {
    let key = p.msg.as_ref().map_or("", |m| m.key.as_ref());
    let kept = at_key(key)
        || matches!(
            key,
            "unknown-value"
                | "wrong-type"
                | "field-twice"
                | "number-negative"
                | "number-too-large"
                | "missing-field"
        )
        || (p.path.is_some() && !key.starts_with("yaml-") && key != "value-null");
    let on_blank = p.line.is_some_and(|(l, _)| blanked.contains(&l));
    let was_removed = key == "missing-field"
        && (removed.iter().any(|r| names_field(p, r)) || touched_mapping(p, lines, blanked));
    kept && !on_blank && !was_removed
}

/// Whether the mapping a missing field is missed by (serde places it at
/// the mapping's first key) lost a line to the blanking: the field may
/// have been there under a misspelt name, or come from a merge key.
fn touched_mapping(p: &Problem, lines: &[String], blanked: &[usize]) -> bool {
    let Some((line, column)) = p.line else {
        return true;
    };
    let mut first = line;
    while first > 1 && blanked.contains(&(first - 1)) {
        first -= 1;
    }
    let mut last = line;
    for (k, text) in lines.iter().enumerate().skip(line) {
        let body = text.trim_start_matches(' ');
        let depth = text.len() - body.len();
        if !body.is_empty() && !body.starts_with('#') && depth < column.saturating_sub(1) {
            break;
        }
        last = k + 1;
    }
    blanked.iter().any(|b| (first..=last).contains(b))
}

/// Whether a message says a field is unknown where it stands (serde
/// places these at the key itself).
fn at_key(key: &str) -> bool {
    key == "unknown-field" || key == "session-languages" || key.starts_with("field-belongs-")
}

/// Whether `p`'s message is about the field `name`.
fn names_field(p: &Problem, name: &str) -> bool {
    p.msg.as_ref().is_some_and(|m| {
        m.args
            .iter()
            .any(|(k, v)| k == "field" && matches!(v, crate::i18n::Arg::Str(s) if s == name))
    })
}

/// The lines an error's node spans: (the line it starts on, 1-based; its
/// column, 1-based). With the key that node was, if it was a mapping entry.
type Start = (usize, usize);

/// Where the node `p` names starts, and the key it is under (for a value).
fn node_of(p: &Problem, lines: &[String]) -> Option<(Option<String>, Start)> {
    let (line, column) = p.line?;
    // The parser counts columns in characters; the lines are cut in bytes.
    let column = byte_column(lines.get(line.checked_sub(1)?)?, column)?;
    let key = p.msg.as_ref().map_or("", |m| m.key.as_ref());
    if key == "field-twice" {
        // serde places it at the mapping, not at the second key.
        return None;
    }
    if at_key(key) || key == "merge-key" {
        // serde places these at the key itself.
        return Some((None, (line, column)));
    }
    let path = p.path.as_deref().unwrap_or("");
    let last = path.rsplit('.').next().unwrap_or("");
    if last.ends_with(']') && dash_before(lines.get(line - 1)?, column) {
        // A block list's entry: the entry goes, its list stays.
        let text = lines.get(line - 1)?;
        let dash = text.get(..column - 1)?.rfind('-')?;
        return Some((None, (line, dash + 1)));
    }
    let name = last.split('[').next().filter(|n| !n.is_empty())?;
    let (at, col) = key_above(lines, line, column, name)?;
    Some((Some(name.to_string()), (at, col)))
}

/// The 1-based byte column of 1-based character column `column` of
/// `text` (one past its end included); `None` beyond that.
fn byte_column(text: &str, column: usize) -> Option<usize> {
    let chars = column.checked_sub(1)?;
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .nth(chars)
        .map(|b| b + 1)
}

/// Whether only `- ` stands between the start of the line's content and `column`.
fn dash_before(text: &str, column: usize) -> bool {
    text.get(..column.saturating_sub(1))
        .is_some_and(|b| b.trim_end().ends_with('-') && b.trim_start().starts_with('-'))
}

/// The line and column of the block mapping key `name` that holds the
/// value at (`line`, `column`): on that line before it, or above it.
fn key_above(lines: &[String], line: usize, column: usize, name: &str) -> Option<Start> {
    let wanted = format!("{name}:");
    for at in (1..=line).rev() {
        let text = lines.get(at - 1)?;
        let limit = if at == line {
            column.saturating_sub(1)
        } else {
            text.len()
        };
        let body = text.trim_start_matches([' ', '-']);
        let col = text.len() - body.len();
        if col < limit && body.starts_with(&wanted) {
            return Some((at, col + 1));
        }
    }
    None
}

/// Empties the node starting at `start`: the rest of its line, and every
/// following line indented deeper (or a block list written at the key's own
/// indentation, `key:` then `- a`). Records the emptied lines.
fn blank(lines: &mut [String], (line, column): Start, blanked: &mut Vec<usize>) {
    let indent = column - 1;
    let Some(first) = lines.get_mut(line.wrapping_sub(1)) else {
        return;
    };
    // A start inside a character is no node's start: nothing is emptied.
    let Some(is_entry) = first.get(indent..).map(|rest| rest.starts_with('-')) else {
        return;
    };
    first.truncate(indent);
    let kept = first.trim_end();
    // `  - key: v` loses its key but keeps its dash; `    key: v` goes whole.
    let keep = if kept.trim_start().is_empty() {
        0
    } else {
        kept.len()
    };
    first.truncate(keep);
    blanked.push(line);
    let mut own_list = !is_entry;
    for (k, text) in lines.iter_mut().enumerate().skip(line) {
        let body = text.trim_start_matches(' ');
        let depth = text.len() - body.len();
        let deeper = body.is_empty() || body.starts_with('#') || depth > indent;
        let list_of_key = own_list && depth == indent && (body == "-" || body.starts_with("- "));
        if !deeper && !list_of_key {
            break;
        }
        own_list &= deeper || list_of_key;
        text.clear();
        blanked.push(k + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str, start: Start) -> String {
        let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        blank(&mut lines, start, &mut Vec::new());
        lines.join("\n")
    }

    #[test]
    fn a_key_goes_with_its_block() {
        let t = "- id: a\n  speakrs:\n  - x\n  - y\n  title: T\n";
        assert_eq!(blanked(t, (2, 3)), "- id: a\n\n\n\n  title: T\n");
        let t = "- id: a\n  speakrs:\n    - x\n  title: T\n";
        assert_eq!(blanked(t, (2, 3)), "- id: a\n\n\n  title: T\n");
    }

    #[test]
    fn a_first_key_keeps_its_dash() {
        let t = "- knd: x\n  id: a\n";
        assert_eq!(blanked(t, (1, 3)), "-\n  id: a\n");
    }

    #[test]
    fn a_list_entry_goes_alone() {
        let t = "  speakers:\n  - a\n  - title: T\n    speakers: [b]\n  notes: n\n";
        assert_eq!(blanked(t, (3, 3)), "  speakers:\n  - a\n\n\n  notes: n\n");
    }

    #[test]
    fn finds_the_key_of_a_value() {
        let lines: Vec<String> = ["- id: a", "  date: 2020-13-01"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(key_above(&lines, 2, 9, "date"), Some((2, 3)));
        assert_eq!(key_above(&lines, 1, 7, "id"), Some((1, 3)));
    }
}
