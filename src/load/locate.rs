//! Where a path inside the document (`sessions[3].items[1].speakers[0]`)
//! sits in the file's text.
//!
//! yaml_serde keeps no positions once a value is parsed, so the checks speak
//! in document paths and this scanner maps them back to lines. It reads the
//! block style that people write and `plenary fmt` produces (plus one-line
//! flow lists); anything it cannot follow simply has no line, and the
//! message falls back to the path.

use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone)]
enum Kind {
    Map,
    Seq(usize),
}

#[derive(Debug, Clone)]
struct Frame {
    col: usize,
    kind: Kind,
    path: String,
}

/// Path → (line, column), both 1-based.
#[derive(Debug, Default)]
pub struct LineIndex {
    at: HashMap<String, (usize, usize)>,
}

impl LineIndex {
    pub fn build(text: &str) -> Self {
        Self::scan(text, None)
    }

    /// Indexes only `wanted` paths and their ancestors: on a large file with
    /// a few hundred problems this skips hashing every node.
    pub fn build_for<'a>(text: &str, wanted: impl IntoIterator<Item = &'a str>) -> Self {
        let mut keep = HashSet::new();
        for w in wanted {
            let mut p = w;
            keep.insert(p.to_string());
            while let Some(cut) = p.rfind(['.', '[']) {
                p = &p[..cut];
                keep.insert(p.to_string());
            }
        }
        Self::scan(text, Some(keep))
    }

    fn scan(text: &str, keep: Option<HashSet<String>>) -> Self {
        let mut s = Scanner {
            frames: Vec::new(),
            pending: None,
            index: HashMap::new(),
            keep,
        };
        let mut block_scalar_of: Option<usize> = None;
        for (n, line) in any_lines(text).enumerate() {
            let indent = line.len() - line.trim_start_matches(' ').len();
            let body = line[indent..].trim_end();
            if let Some(col) = block_scalar_of {
                if body.is_empty() || indent > col {
                    continue;
                }
                block_scalar_of = None;
            }
            if body.is_empty() || body.starts_with('#') || body == "---" || body == "..." {
                continue;
            }
            if let Some(col) = s.line(n + 1, indent, body) {
                block_scalar_of = Some(col);
            }
        }
        LineIndex { at: s.index }
    }

    /// The line of `path`, or of its nearest ancestor that has one.
    pub fn find(&self, path: &str) -> Option<(usize, usize)> {
        let mut p = path;
        loop {
            if let Some(&at) = self.at.get(p) {
                return Some(at);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
            if p.is_empty() {
                return None;
            }
        }
    }

    pub fn exact(&self, path: &str) -> Option<(usize, usize)> {
        self.at.get(path).copied()
    }

    /// Every indexed path with its place, in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = (&str, (usize, usize))> {
        self.at.iter().map(|(p, &at)| (p.as_str(), at))
    }
}

/// Lines ended by `\n`, `\r\n` or a lone `\r` (old Mac files, some
/// exports), counted as the YAML parser counts them, so every line number
/// agrees with the parser's.
fn any_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

struct Scanner {
    frames: Vec<Frame>,
    /// Path of the last node that opened a block (key with no inline value, or `-`).
    pending: Option<String>,
    index: HashMap<String, (usize, usize)>,
    keep: Option<HashSet<String>>,
}

fn join_key(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// `key: rest` → (key, rest) for a plain or quoted key.
fn split_key(body: &str) -> Option<(&str, &str)> {
    let (key, rest) = if let Some(q @ ('"' | '\'')) = body.chars().next() {
        let end = body[1..].find(q)? + 1;
        let after = &body[end + 1..];
        let rest = after.strip_prefix(':')?;
        (&body[1..end], rest)
    } else {
        let i = body
            .find(": ")
            .or_else(|| body.ends_with(':').then(|| body.len() - 1))?;
        let key = &body[..i];
        if key.starts_with(['[', '{', '"', '\'', '&', '*', '!', '|', '>']) {
            return None;
        }
        (key, &body[i + 1..])
    };
    Some((key, rest.trim()))
}

/// Stands for every path below a node no wanted path goes through: its
/// children need no name, so building one per node is skipped.
const SKIP: &str = "\u{0}";

impl Scanner {
    /// The path of a child of `parent`, or [`SKIP`] when nothing wanted lies below `parent`.
    fn child(&self, parent: &str, make: impl FnOnce() -> String) -> String {
        let dead = parent == SKIP
            || (!parent.is_empty() && self.keep.as_ref().is_some_and(|k| !k.contains(parent)));
        if dead { SKIP.to_string() } else { make() }
    }

    fn record(&mut self, path: &str, at: (usize, usize)) {
        if self.keep.as_ref().is_none_or(|k| k.contains(path)) {
            self.index.insert(path.to_string(), at);
        }
    }

    /// Handles one line; returns the column of a key whose block scalar follows.
    fn line(&mut self, line: usize, col: usize, body: &str) -> Option<usize> {
        if let Some(rest) = body
            .strip_prefix("- ")
            .or_else(|| (body == "-").then_some(""))
        {
            return self.seq_item(line, col, rest.trim_start(), body.len() - rest.len());
        }
        if let Some((key, value)) = split_key(body) {
            return self.key(line, col, key, value, body.len() - value.len());
        }
        self.pending = None;
        None
    }

    fn seq_item(&mut self, line: usize, col: usize, rest: &str, offset: usize) -> Option<usize> {
        while self.frames.last().is_some_and(|f| f.col > col) {
            self.frames.pop();
        }
        let top_is_seq_here = matches!(self.frames.last(), Some(Frame { col: c, kind: Kind::Seq(_), .. }) if *c == col);
        let item_path = if top_is_seq_here {
            let f = self.frames.last_mut()?;
            if let Kind::Seq(n) = &mut f.kind {
                *n += 1;
            }
            let (parent, n) = match &f.kind {
                Kind::Seq(n) => (f.path.clone(), *n),
                Kind::Map => return None,
            };
            self.child(&parent, || format!("{parent}[{n}]"))
        } else {
            let parent = self.pending.take()?;
            self.frames.push(Frame {
                col,
                kind: Kind::Seq(0),
                path: parent.clone(),
            });
            self.child(&parent, || format!("{parent}[0]"))
        };
        let content_col = col + offset;
        self.record(&item_path, (line, content_col + 1));
        self.pending = Some(item_path);
        if rest.is_empty() {
            return None;
        }
        if rest.starts_with("- ") || rest == "-" {
            return self.line(line, content_col, rest);
        }
        if split_key(rest).is_some() {
            return self.line(line, content_col, rest);
        }
        let path = self.pending.take()?;
        self.flow(line, content_col, &path, rest);
        None
    }

    fn key(
        &mut self,
        line: usize,
        col: usize,
        key: &str,
        value: &str,
        value_offset: usize,
    ) -> Option<usize> {
        while self
            .frames
            .last()
            .is_some_and(|f| f.col > col || (f.col == col && matches!(f.kind, Kind::Seq(_))))
        {
            self.frames.pop();
        }
        let parent = match self.frames.last() {
            Some(f) if f.col == col => f.path.clone(),
            _ => {
                let parent = self.pending.take().unwrap_or_default();
                if !parent.is_empty() || self.frames.is_empty() {
                    self.frames.push(Frame {
                        col,
                        kind: Kind::Map,
                        path: parent.clone(),
                    });
                }
                parent
            }
        };
        let path = self.child(&parent, || join_key(&parent, key));
        self.record(&path, (line, col + 1));
        self.pending = None;
        let value = value.split(" #").next().unwrap_or("").trim();
        if value.is_empty() {
            self.pending = Some(path);
            None
        } else if value.starts_with('|') || value.starts_with('>') {
            Some(col)
        } else {
            self.flow(line, col + value_offset, &path, value);
            None
        }
    }

    /// A value on one line: for `[a, b]` each element gets its own column.
    fn flow(&mut self, line: usize, col: usize, path: &str, value: &str) {
        let Some(inner) = value.strip_prefix('[') else {
            return;
        };
        let inner = inner.strip_suffix(']').unwrap_or(inner);
        let mut start = 0;
        let mut depth = 0i32;
        let mut quote: Option<char> = None;
        let mut idx = 0;
        let (keep, index) = (&self.keep, &mut self.index);
        let mut record = |from: usize, idx: &mut usize| {
            let piece = &inner[from..];
            let lead = piece.len() - piece.trim_start().len();
            let p = format!("{path}[{idx}]");
            if keep.as_ref().is_none_or(|k| k.contains(&p)) {
                index.insert(p, (line, col + 2 + from + lead));
            }
            *idx += 1;
        };
        for (i, c) in inner.char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '[' | '{') => depth += 1,
                (None, ']' | '}') => depth -= 1,
                (None, ',') if depth == 0 => {
                    record(start, &mut idx);
                    start = i + 1;
                }
                _ => {}
            }
        }
        if !inner[start..].trim().is_empty() {
            record(start, &mut idx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
title: x
languages: [en, ru]
sessions:
- id: a
  title: A
  description: |
    free text
    - not: an item
  items:
  - title: i
    speakers:
    - cho
    - jang
- id: b
  items:
    - title: j
      speakers: [x, y]
follow_ups:
  - id: f
";

    #[test]
    fn maps_paths_to_lines() {
        let ix = LineIndex::build(DOC);
        assert_eq!(ix.exact("title"), Some((1, 1)));
        assert_eq!(ix.exact("languages[1]"), Some((2, 17)));
        assert_eq!(ix.exact("sessions[0]"), Some((4, 3)));
        assert_eq!(ix.exact("sessions[0].id"), Some((4, 3)));
        assert_eq!(ix.exact("sessions[0].items[0].speakers[1]"), Some((13, 7)));
        assert_eq!(ix.exact("sessions[1].id"), Some((14, 3)));
        assert_eq!(ix.exact("sessions[1].items[0].speakers[1]"), Some((17, 21)));
        assert_eq!(ix.exact("follow_ups[0].id"), Some((19, 5)));
        assert_eq!(ix.find("sessions[1].items[0].speakers[5]"), Some((17, 7)));
        assert!(ix.exact("sessions[0].description.not").is_none());
    }
}
