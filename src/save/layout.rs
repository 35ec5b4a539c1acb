//! The block structure of a YAML text as line ranges, so a save can replace
//! the lines of one record or one field and copy every other byte.
//!
//! It reads block mappings and block sequences (what people write and what
//! `plenary fmt` writes); everything else — flow collections, block scalars,
//! multi-line scalars, anchors — is an opaque value that is replaced whole
//! when it changes. Whole-line comments and blank lines between entries are
//! "gaps": they belong to no entry and are always copied.

/// Lines of the text, each with its own line ending.
pub struct Lines<'a> {
    pub lines: Vec<&'a str>,
    /// The ending new lines get: the file's own (`\r\n` or `\n`).
    pub eol: &'static str,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let crlf = lines.first().is_some_and(|l| l.ends_with("\r\n"));
        Lines {
            lines,
            eol: if crlf { "\r\n" } else { "\n" },
        }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The text of lines `a..b`, endings included.
    pub fn span(&self, a: usize, b: usize) -> String {
        self.lines[a..b].concat()
    }

    /// The line without its ending.
    pub fn body(&self, i: usize) -> &'a str {
        self.lines[i].trim_end_matches(['\n', '\r'])
    }
}

pub fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Blank, a whole-line comment, or a document marker.
pub fn is_gap(body: &str) -> bool {
    let t = body.trim();
    t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
}

/// One `key: value` of a block mapping.
#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    /// The key as written (quotes kept), for lines written anew.
    pub raw_key: String,
    /// First line (the key's) and one past the last line of its value.
    pub start: usize,
    pub end: usize,
    /// Column of the key; text before it on the first line is the prefix (`- `).
    pub col: usize,
    /// The value written on the key's line, without a trailing comment.
    pub inline: Option<String>,
    /// ` # ...` after the value on the key's line, with its leading spaces.
    pub comment: Option<String>,
}

#[derive(Debug, Clone)]
pub struct MapNode {
    pub entries: Vec<Entry>,
}

/// One `- ...` of a block sequence.
#[derive(Debug, Clone)]
pub struct Item {
    pub start: usize,
    pub end: usize,
    /// Column of the dash, and of what follows it.
    pub col: usize,
    pub content_col: usize,
}

#[derive(Debug, Clone)]
pub struct SeqNode {
    pub items: Vec<Item>,
}

fn is_dash(body: &str) -> bool {
    body.starts_with("- ") || body == "-"
}

/// The block mapping whose keys sit at `col` in lines `a..b`. With
/// `first_inline`, line `a` holds its first key after a `- ` at column `col`.
pub fn map_at(l: &Lines, a: usize, b: usize, col: usize, first_inline: bool) -> Option<MapNode> {
    let mut entries: Vec<Entry> = Vec::new();
    for i in a..b {
        let line = l.body(i);
        let (ind, body) = if i == a && first_inline {
            (col, line.get(col..)?)
        } else {
            let ind = indent(line);
            (ind, &line[ind..])
        };
        if is_gap(body) {
            continue;
        }
        if ind > col || (ind == col && is_dash(body)) {
            // Deeper lines, and a sequence written at its key's column, are the value.
            entries.last_mut()?.end = i + 1;
            continue;
        }
        if ind < col {
            return None;
        }
        let (key, rest) = split_key(body)?;
        let raw_key = body[..body.len() - rest.len() - 1].to_string();
        let (value, comment) = split_comment(rest);
        entries.push(Entry {
            key,
            raw_key,
            start: i,
            end: i + 1,
            col,
            inline: (!value.is_empty()).then(|| value.to_string()),
            comment: comment.map(str::to_string),
        });
    }
    Some(MapNode { entries })
}

/// The block sequence whose dashes sit at `col` in lines `a..b`.
pub fn seq_at(l: &Lines, a: usize, b: usize, col: usize) -> Option<SeqNode> {
    let mut items: Vec<Item> = Vec::new();
    for i in a..b {
        let line = l.body(i);
        let ind = indent(line);
        let body = &line[ind..];
        if is_gap(body) {
            continue;
        }
        if ind == col && is_dash(body) {
            let after = body[1..].len() - body[1..].trim_start_matches(' ').len();
            items.push(Item {
                start: i,
                end: i + 1,
                col,
                content_col: col + 1 + after.max(1),
            });
        } else if ind > col {
            items.last_mut()?.end = i + 1;
        } else {
            return None;
        }
    }
    Some(SeqNode { items })
}

/// What an entry with no value on its own line holds in the lines below.
pub enum Block {
    Map(MapNode),
    Seq(SeqNode),
}

pub fn block_of(l: &Lines, e: &Entry) -> Option<Block> {
    if e.inline.is_some() {
        return None;
    }
    let first = (e.start + 1..e.end).find(|&i| !is_gap(l.body(i)))?;
    let line = l.body(first);
    let col = indent(line);
    if is_dash(&line[col..]) {
        seq_at(l, e.start + 1, e.end, col).map(Block::Seq)
    } else {
        map_at(l, e.start + 1, e.end, col, false).map(Block::Map)
    }
}

/// The mapping an item holds when it starts with `- key: ...`.
pub fn item_map(l: &Lines, it: &Item) -> Option<MapNode> {
    let rest = l.body(it.start).get(it.content_col..)?;
    split_key(rest)?;
    map_at(l, it.start, it.end, it.content_col, true)
}

/// `key: rest` → (key, rest) for a plain or quoted key.
pub fn split_key(body: &str) -> Option<(String, &str)> {
    if let Some(q @ ('"' | '\'')) = body.chars().next() {
        let end = body[1..].find(q)? + 1;
        let rest = body[end + 1..].strip_prefix(':')?;
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return None;
        }
        return Some((body[1..end].to_string(), rest));
    }
    let i = body
        .find(": ")
        .or_else(|| body.ends_with(':').then(|| body.len() - 1))?;
    let key = &body[..i];
    if key.is_empty() || key.starts_with(['[', '{', '&', '*', '!', '|', '>', '?', '#']) {
        return None;
    }
    // `a: b # c: d` has its key before the first `: `; a `#` before it is a comment.
    if key.contains(" #") {
        return None;
    }
    Some((key.to_string(), &body[i + 1..]))
}

/// Splits ` value  # comment` into the value and the comment (with its spaces).
pub fn split_comment(rest: &str) -> (&str, Option<&str>) {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    let bytes: Vec<(usize, char)> = rest.char_indices().collect();
    for &(i, c) in &bytes {
        match (quote, c) {
            (None, '#') if prev == ' ' || prev == '\t' => {
                let value = rest[..i].trim();
                let comment_start = rest[..i].trim_end().len();
                return (value, Some(&rest[comment_start..]));
            }
            (None, '"' | '\'') if rest[..i].trim().is_empty() => quote = Some(c),
            (Some('\''), '\'') => quote = None,
            (Some('"'), '"') if prev != '\\' => quote = None,
            _ => {}
        }
        prev = c;
    }
    (rest.trim(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# top\ntitle: x  # why\nsessions:\n  # first\n  - id: a\n    speakers: [x, y]\n\n  - id: b\n    items:\n    - title: t\nnotes: |\n  - not\n  an: item\n";

    #[test]
    fn finds_entries_items_and_gaps() {
        let l = Lines::new(DOC);
        let top = map_at(&l, 0, l.len(), 0, false).expect("map");
        let keys: Vec<&str> = top.entries.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["title", "sessions", "notes"]);
        assert_eq!(top.entries[0].comment.as_deref(), Some("  # why"));
        assert_eq!(top.entries[0].inline.as_deref(), Some("x"));
        let Some(Block::Seq(s)) = block_of(&l, &top.entries[1]) else {
            panic!("sessions is a sequence");
        };
        assert_eq!(s.items.len(), 2);
        assert_eq!((s.items[0].start, s.items[0].end), (4, 6));
        assert_eq!((s.items[1].start, s.items[1].end), (7, 10));
        let m = item_map(&l, &s.items[1]).expect("item map");
        assert_eq!(m.entries[1].key, "items");
        assert_eq!(top.entries[2].end, 13);
    }

    #[test]
    fn comments_are_found_outside_quotes_only() {
        assert_eq!(split_comment(" 'a # b' # c"), ("'a # b'", Some(" # c")));
        assert_eq!(split_comment(" C#"), ("C#", None));
    }
}
