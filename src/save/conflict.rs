//! Conflicts a merge could not decide, written into the file the way git
//! writes them, so a person resolves them in any editor: mine above
//! `=======`, theirs below, around the smallest block in question (the
//! field's lines, or the whole record). `plenary check` reports each one at
//! its line until the markers are gone.

use super::layout::{self, Block, Entry, Lines, MapNode};
use super::splice;
use crate::yaml::Value;

/// The same field changed differently on both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// `sessions`, `participants`, `follow_ups`, or `""` for the meeting's own fields.
    pub list: &'static str,
    /// The record's id (empty for the meeting's own fields).
    pub id: String,
    /// The field inside the record, dotted (`start`, `attendance.count`);
    /// empty when the whole record is at stake (deleted on one side, changed on the other).
    pub field: String,
    pub base: Option<Value>,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
}

impl Conflict {
    /// What the conflicting record is: session, participant, follow-up, meeting.
    fn kind(&self) -> &'static str {
        match self.list {
            "sessions" => "session",
            "participants" => "participant",
            "follow_ups" => "follow-up",
            _ => "meeting",
        }
    }

    /// Where it is, in the interface's words (the English is [`Conflict::place`]'s).
    pub fn said(&self) -> String {
        let kind = self.kind();
        let (id, field) = (self.id.as_str(), self.field.as_str());
        match (id.is_empty(), field.is_empty()) {
            (true, _) => crate::tr!("conflict-meeting-field", field = field),
            (false, true) => crate::tr!("conflict-deleted-changed", kind = kind, id = id),
            (false, false) => crate::tr!("conflict-field", kind = kind, id = id, field = field),
        }
    }

    /// Where it is, for people and for the file's markers (always English):
    /// `session opening, field end`.
    pub fn place(&self) -> String {
        let what = self.kind();
        match (self.id.is_empty(), self.field.is_empty()) {
            (true, _) => format!("meeting field `{}`", self.field),
            (false, true) => format!(
                "{what} `{}` (deleted on one side, changed on the other)",
                self.id
            ),
            (false, false) => format!("{what} `{}`, field `{}`", self.id, self.field),
        }
    }
}

/// `text` (the merge, holding mine at each conflict) with each conflict marked.
pub fn mark(text: &str, conflicts: &[Conflict]) -> String {
    let l = Lines::new(text);
    let eol = l.eol;
    let mut regions: Vec<(usize, usize, String)> = Vec::new();
    let mut unplaced = String::new();
    for c in conflicts {
        let Some((a, b, col, wrap)) = region(&l, c) else {
            unplaced.push_str(&comment_marker(c, eol));
            continue;
        };
        if regions.iter().any(|r| r.0 == a && r.1 == b) && matches!(wrap, Wrap::Flow(..)) {
            continue; // another field of the same flow mapping: already wrapped whole
        }
        if regions.iter().any(|r| r.0 < b && a < r.1) {
            unplaced.push_str(&comment_marker(c, eol));
            continue;
        }
        let theirs = match (&c.theirs, wrap) {
            (None, Wrap::Record | Wrap::Field) => String::new(),
            (Some(v), Wrap::Record) => splice::render_record(text, col, v),
            (Some(v), Wrap::Field) => splice::render_field(text, col, last_key(&c.field), v),
            (_, Wrap::Flow(entry, path)) => match theirs_flow(&entry, &path, c, conflicts) {
                Some(v) => splice::render_like(text, &entry, &v),
                None => {
                    unplaced.push_str(&comment_marker(c, eol));
                    continue;
                }
            },
        };
        regions.push((a, b, theirs));
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

/// A conflict with no lines of its own to wrap: theirs as a comment, inside markers.
fn comment_marker(c: &Conflict, eol: &str) -> String {
    let theirs = c.theirs.as_ref().map(one_line).unwrap_or_default();
    format!(
        "<<<<<<< ours{eol}======={eol}# {}: {theirs}{eol}>>>>>>> theirs{eol}",
        c.place()
    )
}

/// What a region holds: a whole record, one field, or a flow mapping
/// (`{from: '09:00', to: '10:00'}`) on one line, with its dotted path.
enum Wrap {
    Record,
    Field,
    Flow(Entry, String),
}

/// Theirs for a whole flow mapping: mine as written, with theirs at every
/// conflict inside it.
fn theirs_flow(entry: &Entry, path: &str, c: &Conflict, all: &[Conflict]) -> Option<Value> {
    let Value::Mapping(mut map) = crate::yaml::from_str::<Value>(entry.inline.as_deref()?).ok()?
    else {
        return None;
    };
    let inside = format!("{path}.");
    for o in all.iter().filter(|o| o.list == c.list && o.id == c.id) {
        if let Some(rest) = o.field.strip_prefix(&inside) {
            super::resolve::set(&mut map, rest, o.theirs.clone()).ok()?;
        }
    }
    Some(Value::Mapping(map))
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

/// Lines `a..b` to wrap, the column to write theirs at, and what they hold.
fn region(l: &Lines, c: &Conflict) -> Option<(usize, usize, usize, Wrap)> {
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
        let whole = Some((item.start, item.end, item.col, Wrap::Record));
        if c.field.is_empty() {
            return whole;
        }
        node = map;
        return field_lines(l, node, &c.field).or(whole);
    }
    field_lines(l, node, &c.field)
}

fn field_lines(l: &Lines, mut node: MapNode, field: &str) -> Option<(usize, usize, usize, Wrap)> {
    let mut parts = field.split('.').peekable();
    let mut path = String::new();
    while let Some(k) = parts.next() {
        let e = node.entries.iter().find(|e| e.key == k)?.clone();
        path = if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        };
        // The first key of a `- key:` item shares the dash: wrap the record instead.
        let on_dash = l.body(e.start)[..e.col].contains('-');
        if parts.peek().is_none() {
            return (!on_dash).then_some((e.start, e.end, e.col, Wrap::Field));
        }
        match layout::block_of(l, &e) {
            Some(Block::Map(m)) => node = m,
            // A flow mapping on the key's line: wrap that line, theirs whole.
            _ if !on_dash
                && e.end == e.start + 1
                && e.inline.as_deref().is_some_and(|v| v.starts_with('{')) =>
            {
                return Some((e.start, e.end, e.col, Wrap::Flow(e, path)));
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Meeting;
    use crate::save::merge::merge;
    use std::path::Path;

    const TEXT: &str = "title: M\ntimezone: Asia/Almaty\nstart_date: 2020-01-01\nspeaking_hours: {from: '09:00', to: '18:00'}  # local\nsessions:\n  - id: a\n    date: 2020-01-01\n    title: {en: Opening, ru: Открытие}\n    start: '10:00'\n";

    fn parse(t: &str) -> Meeting {
        crate::load::parse_meeting(Path::new("m.yaml"), t).unwrap()
    }

    #[test]
    fn said_in_english_is_the_place() {
        use crate::i18n::{Lang, with_lang};
        for (list, id, field) in [
            ("", "", "title"),
            ("sessions", "a", ""),
            ("participants", "p", "name"),
            ("follow_ups", "f", "due"),
        ] {
            let c = Conflict {
                list,
                id: id.into(),
                field: field.into(),
                base: None,
                mine: None,
                theirs: None,
            };
            assert_eq!(with_lang(Lang::En, || c.said()), c.place());
            assert!(!with_lang(Lang::Ru, || c.said()).contains("field"));
        }
    }

    #[test]
    fn a_conflict_inside_a_flow_mapping_wraps_its_line_and_check_reports_it() {
        let base = parse(TEXT);
        let mine = parse(
            &TEXT
                .replace("to: '18:00'", "to: '17:00'")
                .replace("en: Opening", "en: Welcome"),
        );
        let theirs = parse(
            &TEXT
                .replace("from: '09:00', to: '18:00'", "from: '08:00', to: '19:00'")
                .replace("en: Opening", "en: Hello"),
        );
        let m = merge(&base, &mine, &theirs).unwrap();
        assert_eq!(m.conflicts.len(), 2, "{:?}", m.conflicts);
        let ours = crate::save::splice::meeting(TEXT, &base, &m.meeting).unwrap();
        let marked = mark(&ours, &m.conflicts);
        assert!(
            marked.contains(
                "<<<<<<< ours\nspeaking_hours: {from: \"08:00\", to: \"17:00\"}  # local\n=======\nspeaking_hours: {from: \"08:00\", to: \"19:00\"}\n>>>>>>> theirs\n"
            ),
            "{marked}"
        );
        assert!(
            marked.contains(
                "<<<<<<< ours\n    title: {en: Welcome, ru: Открытие}\n=======\n    title: {en: Hello, ru: Открытие}\n>>>>>>> theirs\n"
            ),
            "{marked}"
        );
        assert!(
            !marked.contains("# meeting"),
            "no conflict left as a comment: {marked}"
        );
        let problems = crate::load::parse_problems(Path::new("m.yaml"), &marked);
        let lines: Vec<_> = problems.iter().map(|p| p.line).collect();
        let want: Vec<_> = (1..)
            .zip(marked.lines())
            .filter(|(_, l)| l.starts_with("<<<<<<<"))
            .map(|(n, _)| Some((n, 1)))
            .collect();
        assert_eq!((lines, want.len()), (want, 2), "{problems:?}");
        // Keeping theirs' lines gives theirs at both conflicts.
        let resolved = marked
            .lines()
            .scan(0, |side, l| {
                let keep = match l {
                    _ if l.starts_with("<<<<<<<") => {
                        *side = 1;
                        false
                    }
                    _ if l.starts_with("=======") => {
                        *side = 2;
                        false
                    }
                    _ if l.starts_with(">>>>>>>") => {
                        *side = 0;
                        false
                    }
                    _ => *side != 1,
                };
                Some(keep.then(|| format!("{l}\n")))
            })
            .flatten()
            .collect::<String>();
        let r = parse(&resolved);
        assert_eq!(r.speaking_hours, theirs.speaking_hours);
        assert_eq!(r.sessions[0].title, theirs.sessions[0].title);
    }
}
