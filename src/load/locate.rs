//! Where a path inside the document (`sessions[3].items[1].speakers[0]`)
//! sits in the file's text.
//!
//! yaml_serde keeps no positions once a value is parsed, so the checks speak
//! in document paths and this scanner maps them back to lines. It reads the
//! block style that people write and `plenary fmt` produces (plus one-line
//! flow lists); anything it cannot follow simply has no line, and the
//! message falls back to the path.

use rustc_hash::{FxHashMap, FxHashSet};

#[derive(Debug, Clone)]
enum Kind {
    Map,
    Seq(usize),
}

#[derive(Debug, Clone)]
struct Frame<P> {
    col: usize,
    kind: Kind,
    path: P,
}

/// Path → (line, column), both 1-based.
#[derive(Debug, Default)]
pub struct LineIndex {
    // Fx, not SipHash: the keys are the file's own paths, and a large file
    // with thousands of problems hashes one per line scanned.
    at: FxHashMap<String, (usize, usize)>,
}

impl LineIndex {
    pub fn build(text: &str) -> Self {
        let mut all = Every::default();
        scan(text, &mut all);
        LineIndex { at: all.index }
    }

    /// Indexes only `wanted` paths and their ancestors. The scan follows
    /// every line as [`LineIndex::build`] does, but a node is a number and
    /// only a node on the way to a wanted path is named: the lines of the
    /// rest of the file (nearly all of it, on a large file with a few
    /// hundred problems) cost no allocation and no hashing.
    pub fn build_for<'a>(text: &str, wanted: impl IntoIterator<Item = &'a str>) -> Self {
        let mut keep = FxHashSet::default();
        for w in wanted {
            let mut p = w;
            // An ancestor already kept has its own ancestors kept too.
            while keep.insert(p) {
                let Some(cut) = p.rfind(['.', '[']) else {
                    break;
                };
                p = &p[..cut];
            }
        }
        let mut names = Wanted::default();
        names.ids.reserve(keep.len());
        for p in keep {
            names.ids.insert(p, names.names.len() as u32);
            names.names.push(p);
        }
        names.children();
        names.at = vec![None; names.names.len()];
        scan(text, &mut names);
        let at = names
            .names
            .into_iter()
            .zip(names.at)
            .filter_map(|(p, at)| Some((p.to_string(), at?)))
            .collect();
        LineIndex { at }
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

/// How a scan names the nodes it meets: [`Every`] path in full, or only
/// the [`Wanted`] ones. The scan itself is one, so both agree on every line.
trait Names {
    type P: Clone;
    fn root(&self) -> Self::P;
    fn is_root(&self, p: &Self::P) -> bool;
    /// Whether nothing wanted lies at or below `p`.
    fn is_dead(&self, p: &Self::P) -> bool;
    fn key(&mut self, parent: &Self::P, key: &str) -> Self::P;
    fn item(&mut self, parent: &Self::P, n: usize) -> Self::P;
    fn record(&mut self, p: &Self::P, at: (usize, usize));
}

/// Every node's path, as a string.
#[derive(Default)]
struct Every {
    index: FxHashMap<String, (usize, usize)>,
}

impl Names for Every {
    type P = String;
    fn root(&self) -> String {
        String::new()
    }
    fn is_root(&self, p: &String) -> bool {
        p.is_empty()
    }
    fn is_dead(&self, _: &String) -> bool {
        false
    }
    fn key(&mut self, parent: &String, key: &str) -> String {
        if parent.is_empty() {
            key.to_string()
        } else {
            format!("{parent}.{key}")
        }
    }
    fn item(&mut self, parent: &String, n: usize) -> String {
        format!("{parent}[{n}]")
    }
    fn record(&mut self, p: &String, at: (usize, usize)) {
        self.index.insert(p.clone(), at);
    }
}

/// Only the wanted paths and their ancestors, each a number; [`DEAD`]
/// stands for every node no wanted path goes through. The names are the
/// wanted paths' own slices: no string is copied to index them.
#[derive(Default)]
struct Wanted<'w> {
    ids: FxHashMap<&'w str, u32>,
    names: Vec<&'w str>,
    /// Each wanted path by its parent and its last key or index: what a
    /// child is looked up by, with no path spelled and hashed per line.
    keys: FxHashMap<(u32, &'w str), u32>,
    items: FxHashMap<(u32, usize), u32>,
    at: Vec<Option<(usize, usize)>>,
    /// A child's path is spelled here to look it up, so no string is made per line.
    scratch: String,
}

const DEAD: u32 = u32::MAX;
const ROOT: u32 = u32::MAX - 1;

impl Wanted<'_> {
    fn prefix(&self, parent: u32) -> &str {
        self.names.get(parent as usize).copied().unwrap_or("")
    }

    fn lookup(&self) -> u32 {
        self.ids.get(self.scratch.as_str()).copied().unwrap_or(DEAD)
    }

    /// Files every wanted path under its parent, as the scan spells a
    /// child: `parent.key` (a key alone under the root) or `parent[n]`.
    /// The last `.` or `[` of a path is where a child's name starts, and
    /// every path's part before it is wanted too (its ancestor), so the
    /// parent has an id; an index counts only as the scan writes it.
    fn children(&mut self) {
        for (id, &p) in self.names.iter().enumerate() {
            let id = id as u32;
            let Some(cut) = p.rfind(['.', '[']) else {
                self.keys.insert((ROOT, p), id);
                continue;
            };
            let Some(&parent) = self.ids.get(&p[..cut]) else {
                continue;
            };
            if p.as_bytes()[cut] == b'.' {
                self.keys.insert((parent, &p[cut + 1..]), id);
                continue;
            }
            let Some(n) = p[cut + 1..]
                .strip_suffix(']')
                .and_then(|n| n.parse::<usize>().ok().filter(|v| v.to_string() == n))
            else {
                continue;
            };
            self.items.insert((parent, n), id);
            // The root's children are spelled with no prefix, as are those
            // of the empty path: `[n]` is either one's.
            if cut == 0 {
                self.items.insert((ROOT, n), id);
            }
        }
    }
}

impl Names for Wanted<'_> {
    type P = u32;
    fn root(&self) -> u32 {
        ROOT
    }
    fn is_root(&self, p: &u32) -> bool {
        *p == ROOT
    }
    fn is_dead(&self, p: &u32) -> bool {
        *p == DEAD
    }
    fn key(&mut self, parent: &u32, key: &str) -> u32 {
        if *parent == DEAD {
            return DEAD;
        }
        // A key with no `.` or `[` of its own ends its path's last part,
        // as the child map files it; any other is spelled and looked up.
        if !key.contains(['.', '[']) {
            return self.keys.get(&(*parent, key)).copied().unwrap_or(DEAD);
        }
        let mut s = std::mem::take(&mut self.scratch);
        s.clear();
        s.push_str(self.prefix(*parent));
        if *parent != ROOT {
            s.push('.');
        }
        s.push_str(key);
        self.scratch = s;
        self.lookup()
    }
    fn item(&mut self, parent: &u32, n: usize) -> u32 {
        if *parent == DEAD {
            return DEAD;
        }
        self.items.get(&(*parent, n)).copied().unwrap_or(DEAD)
    }
    fn record(&mut self, p: &u32, at: (usize, usize)) {
        if let Some(slot) = self.at.get_mut(*p as usize) {
            *slot = Some(at);
        }
    }
}

fn scan<N: Names>(text: &str, names: &mut N) {
    // Nearly every file has no `\r` at all: one search for it spares a
    // second split of every line, with the same lines.
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        scan_lines(super::lf::split(text), names)
    } else {
        scan_lines(any_lines(text), names)
    }
}

fn scan_lines<'t, N: Names>(lines: impl Iterator<Item = &'t str>, names: &mut N) {
    let mut s = Scanner {
        frames: Vec::new(),
        pending: None,
        names,
    };
    let mut block_scalar_of: Option<usize> = None;
    for (n, line) in lines.enumerate() {
        let indent = line.bytes().take_while(|&b| b == b' ').count();
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
}

/// Lines ended by `\n`, `\r\n` or a lone `\r` (old Mac files, some
/// exports), counted as the YAML parser counts them, so every line number
/// agrees with the parser's.
fn any_lines(text: &str) -> impl Iterator<Item = &str> {
    super::lf::split(text).flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

struct Scanner<'n, N: Names> {
    frames: Vec<Frame<N::P>>,
    /// Path of the last node that opened a block (key with no inline value, or `-`).
    pending: Option<N::P>,
    names: &'n mut N,
}

/// Where `pair` first occurs in `s` (a byte search: `str::find` with a
/// string pattern sets up a searcher on every call, once per line here).
fn find2(s: &str, pair: &[u8; 2]) -> Option<usize> {
    // The first byte by `memchr`, then the second by hand: comparing each
    // two-byte window as a slice called `memcmp` at every byte of a line.
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr(pair[0], &b[from..]) {
        let at = from + i;
        if b.get(at + 1) == Some(&pair[1]) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// `key: rest` → (key, rest) for a plain or quoted key.
fn split_key(body: &str) -> Option<(&str, &str)> {
    let (key, rest) = if let Some(q @ ('"' | '\'')) = body.chars().next() {
        let end = body[1..].find(q)? + 1;
        let after = &body[end + 1..];
        let rest = after.strip_prefix(':')?;
        (&body[1..end], rest)
    } else {
        let i = find2(body, b": ").or_else(|| body.ends_with(':').then(|| body.len() - 1))?;
        let key = &body[..i];
        if key.starts_with(['[', '{', '"', '\'', '&', '*', '!', '|', '>']) {
            return None;
        }
        (key, &body[i + 1..])
    };
    Some((key, rest.trim()))
}

impl<N: Names> Scanner<'_, N> {
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
            let (parent, n) = match &mut f.kind {
                Kind::Seq(n) => {
                    *n += 1;
                    (f.path.clone(), *n)
                }
                Kind::Map => return None,
            };
            self.names.item(&parent, n)
        } else {
            let parent = self.pending.take()?;
            let item = self.names.item(&parent, 0);
            self.frames.push(Frame {
                col,
                kind: Kind::Seq(0),
                path: parent,
            });
            item
        };
        let content_col = col + offset;
        self.names.record(&item_path, (line, content_col + 1));
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
                let parent = self.pending.take().unwrap_or_else(|| self.names.root());
                if !self.names.is_root(&parent) || self.frames.is_empty() {
                    self.frames.push(Frame {
                        col,
                        kind: Kind::Map,
                        path: parent.clone(),
                    });
                }
                parent
            }
        };
        let path = self.names.key(&parent, key);
        self.names.record(&path, (line, col + 1));
        self.pending = None;
        // `key:  # note` has no value on its line: the block below is it.
        let value = if value.starts_with('#') {
            ""
        } else {
            find2(value, b" #").map_or(value, |i| &value[..i]).trim()
        };
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
    fn flow(&mut self, line: usize, col: usize, path: &N::P, value: &str) {
        if self.names.is_dead(path) {
            return;
        }
        let Some(inner) = value.strip_prefix('[') else {
            return;
        };
        let inner = inner.strip_suffix(']').unwrap_or(inner);
        let mut start = 0;
        let mut depth = 0i32;
        let mut quote: Option<char> = None;
        let mut idx = 0;
        let record = |names: &mut N, from: usize, idx: &mut usize| {
            let piece = &inner[from..];
            let lead = piece.len() - piece.trim_start().len();
            let p = names.item(path, *idx);
            names.record(&p, (line, col + 2 + from + lead));
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
                    record(self.names, start, &mut idx);
                    start = i + 1;
                }
                _ => {}
            }
        }
        if !inner[start..].trim().is_empty() {
            record(self.names, start, &mut idx);
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

    /// The wanted-paths scan places every path exactly where the full scan
    /// does, alone or among others, on hand-written and generated agendas.
    #[test]
    fn wanted_paths_agree_with_the_full_index() {
        let generated = crate::save::canonical::meeting_yaml(&crate::generate::meeting(40, 6, 20))
            .expect("serializes");
        let mut texts = vec![DOC.to_string(), generated];
        for dir in ["agendas", "tests/fixtures"] {
            let Ok(rd) = std::fs::read_dir(dir) else {
                continue;
            };
            for f in rd.flatten() {
                if f.path().extension().is_some_and(|e| e == "yaml") {
                    texts.extend(std::fs::read_to_string(f.path()));
                }
            }
        }
        for text in &texts {
            let all = LineIndex::build(text);
            let paths: Vec<&str> = all.entries().map(|(p, _)| p).collect();
            let some = LineIndex::build_for(text, paths.iter().copied());
            for (n, (p, at)) in all.entries().enumerate() {
                assert_eq!(some.exact(p), Some(at), "{p}");
                // Alone too (a sample: each is a scan of the whole text).
                if n % 17 == 0 {
                    assert_eq!(LineIndex::build_for(text, [p]).exact(p), Some(at), "{p}");
                }
            }
            assert_eq!(some.entries().count(), paths.len());
            let missing = LineIndex::build_for(text, ["sessions[9999].nowhere"]);
            assert_eq!(
                missing.find("sessions[9999].nowhere"),
                all.find("sessions[9999].nowhere")
            );
        }
    }
}
