//! Conflicts a merge could not decide, written into the file the way git
//! writes them, so a person resolves them in any editor: mine above
//! `=======`, theirs below, around the smallest block in question (the
//! field's lines, or the whole record). `plenary check` reports each one at
//! its line until the markers are gone.

use super::layout::{self, Block, Lines, MapNode};
use super::splice;
use crate::edit::merge::Conflict;
use crate::yaml::Value;

/// `text` (the merge, holding mine at each conflict) with each conflict marked.
pub fn mark(text: &str, conflicts: &[Conflict]) -> String {
    let l = Lines::new(text);
    let eol = l.eol;
    let mut regions: Vec<(usize, usize, String)> = Vec::new();
    let mut unplaced = String::new();
    for c in conflicts {
        match region(&l, c) {
            Some((a, b, col, whole)) if !regions.iter().any(|r| r.0 < b && a < r.1) => {
                let theirs = match (&c.theirs, whole) {
                    (None, _) => String::new(),
                    (Some(v), true) => splice::render_record(text, col, v),
                    (Some(v), false) => splice::render_field(text, col, last_key(&c.field), v),
                };
                regions.push((a, b, theirs));
            }
            _ => {
                // No lines of mine to wrap: theirs as a comment, inside markers.
                let theirs = c.theirs.as_ref().map(one_line).unwrap_or_default();
                unplaced.push_str(&format!(
                    "<<<<<<< ours{eol}======={eol}# {}: {theirs}{eol}>>>>>>> theirs{eol}",
                    c.place()
                ));
            }
        }
    }
    regions.sort_by_key(|r| r.0);
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for (a, b, theirs) in regions {
        out.push_str(&l.span(at, a));
        out.push_str(&format!("<<<<<<< ours{eol}"));
        out.push_str(&l.span(a, b));
        out.push_str(&format!("======={eol}"));
        out.push_str(&theirs);
        out.push_str(&format!(">>>>>>> theirs{eol}"));
        at = b;
    }
    out.push_str(&l.span(at, l.len()));
    out.push_str(&unplaced);
    out
}

fn last_key(field: &str) -> &str {
    field.rsplit('.').next().unwrap_or(field)
}

fn one_line(v: &Value) -> String {
    crate::yaml::to_string(v)
        .unwrap_or_default()
        .trim_end()
        .replace('\n', " ")
}

/// Lines `a..b` to wrap, the column to write theirs at, and whether it is a whole record.
fn region(l: &Lines, c: &Conflict) -> Option<(usize, usize, usize, bool)> {
    let top = layout::map_at(l, 0, l.len(), 0, false)?;
    let mut node: MapNode = top;
    if !c.list.is_empty() {
        let e = node.entries.iter().find(|e| e.key == c.list)?;
        let Some(Block::Seq(seq)) = layout::block_of(l, e) else {
            return None;
        };
        let (item, map) = seq.items.iter().find_map(|it| {
            let m = layout::item_map(l, it)?;
            let id = m.entries.iter().find(|e| e.key == "id")?;
            let v = id.inline.as_deref()?.trim_matches(['"', '\'']);
            (v == c.id).then_some((it.clone(), m))
        })?;
        let whole = Some((item.start, item.end, item.col, true));
        if c.field.is_empty() {
            return whole;
        }
        node = map;
        return field_lines(l, node, &c.field).or(whole);
    }
    field_lines(l, node, &c.field)
}

fn field_lines(l: &Lines, mut node: MapNode, field: &str) -> Option<(usize, usize, usize, bool)> {
    let mut parts = field.split('.').peekable();
    while let Some(k) = parts.next() {
        let e = node.entries.iter().find(|e| e.key == k)?.clone();
        if parts.peek().is_none() {
            // The first key of a `- key:` item shares the dash: wrap the record instead.
            let on_dash = l.body(e.start)[..e.col].contains('-');
            return (!on_dash).then_some((e.start, e.end, e.col, false));
        }
        match layout::block_of(l, &e) {
            Some(Block::Map(m)) => node = m,
            // A flow mapping (`{en: .., ru: ..}`): theirs has no lines of its own here.
            _ => return None,
        }
    }
    None
}
