//! The canonical text of a meeting: same document, same bytes.
//!
//! Field order is the struct order in `domain`, maps are sorted, empty
//! optional fields are left out, and every scalar a YAML 1.1 reader would
//! misread is quoted ([`yaml11`](super::yaml11)). `plenary fmt` produces it,
//! and a save falls back on it when a file's own layout cannot be kept.
//! Comments move with their keys ([`keep_comments`]).

use std::collections::HashMap;

use super::yaml11;
use crate::domain::{Meeting, Participant, RosterFile};
use crate::load::LineIndex;
use crate::yaml;

pub fn meeting_yaml(m: &Meeting) -> Result<String, yaml::Error> {
    yaml::to_string(m).map(|t| yaml11::quote_block_text(&t))
}

pub fn roster_yaml(people: &[Participant]) -> Result<String, yaml::Error> {
    yaml::to_string(&RosterFile {
        participants: people.to_vec(),
    })
    .map(|t| yaml11::quote_block_text(&t))
}

/// A comment of the old text and the document path it belongs to: the node
/// on its line (a trailing comment) or the next node below it (a comment above).
struct Placed {
    path: String,
    lines: Vec<String>,
    trailing: bool,
}

/// `canonical` with the comments of `old` moved to the same keys. A comment
/// whose key the canonical text has not (a default left out) is not placed;
/// [`backup::lost_comments`](super::backup::lost_comments) finds it.
pub fn keep_comments(old: &str, canonical: &str) -> String {
    if !crate::load::source::has_comments(old) {
        return canonical.to_string();
    }
    let old_paths = paths_by_line(old);
    let mut placed: Vec<Placed> = Vec::new();
    let mut above: Vec<String> = Vec::new();
    let mut tail: Vec<String> = Vec::new();
    for (n, line) in old.lines().enumerate() {
        let t = line.trim();
        if t.starts_with('#') {
            above.push(t.to_string());
            continue;
        }
        if t.is_empty() || t == "---" {
            continue;
        }
        let Some(path) = old_paths.get(&(n + 1)) else {
            // Inside a block scalar or a multi-line value: a comment above it waits.
            continue;
        };
        if !above.is_empty() {
            placed.push(Placed {
                path: path.clone(),
                lines: std::mem::take(&mut above),
                trailing: false,
            });
        }
        let (_, comment) = super::layout::split_comment(after_key(line));
        if let Some(c) = comment {
            placed.push(Placed {
                path: path.clone(),
                lines: vec![c.trim().to_string()],
                trailing: true,
            });
        }
    }
    tail.append(&mut above);
    let new_ix = LineIndex::build(canonical);
    let mut before: HashMap<usize, Vec<String>> = HashMap::new();
    let mut after: HashMap<usize, String> = HashMap::new();
    for p in placed {
        let Some((line, _)) = new_ix.exact(&p.path) else {
            continue;
        };
        if p.trailing {
            after.insert(line, p.lines.join(" "));
        } else {
            before.entry(line).or_default().extend(p.lines);
        }
    }
    let mut out = String::with_capacity(canonical.len() + 256);
    for (n, line) in canonical.lines().enumerate() {
        let indent = line.len() - line.trim_start().len();
        for c in before.get(&(n + 1)).into_iter().flatten() {
            out.push_str(&" ".repeat(indent));
            out.push_str(c);
            out.push('\n');
        }
        out.push_str(line);
        if let Some(c) = after.get(&(n + 1)) {
            out.push_str("  ");
            out.push_str(c);
        }
        out.push('\n');
    }
    for c in tail {
        out.push_str(&c);
        out.push('\n');
    }
    out
}

/// The value part of a line (after `- ` and `key:`), where a trailing comment is looked for.
fn after_key(line: &str) -> &str {
    let t = line.trim_start().trim_start_matches("- ");
    match super::layout::split_key(t) {
        Some((_, rest)) => rest,
        None => t,
    }
}

/// For each line that starts a node, the shortest path starting there (the
/// record rather than its first field).
fn paths_by_line(text: &str) -> HashMap<usize, String> {
    let ix = LineIndex::build(text);
    let mut by_line: HashMap<usize, String> = HashMap::new();
    for (path, (line, _)) in ix.entries() {
        let e = by_line.entry(line).or_insert_with(|| path.to_string());
        if path.len() < e.len() {
            *e = path.to_string();
        }
    }
    by_line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_follow_their_keys_into_canonical_order() {
        let old = "# The meeting\ntimezone: Asia/Almaty  # Almaty time\ntitle: X\n";
        let canonical = "title: X\ntimezone: Asia/Almaty\n";
        assert_eq!(
            keep_comments(old, canonical),
            "title: X\n# The meeting\ntimezone: Asia/Almaty  # Almaty time\n"
        );
    }
}
