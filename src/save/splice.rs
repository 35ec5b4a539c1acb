//! Format-preserving saves: the file's own text with only the edited lines
//! replaced.
//!
//! The text is read as line ranges ([`layout`]); the meeting as it was
//! loaded is compared with the edited one record by record (sessions,
//! participants and follow-ups matched by id) and, inside a changed record,
//! field by field, down to the smallest block that changed. Unchanged
//! entries, comments, blank lines, quoting, flow lists and line endings are
//! copied byte for byte; a changed field is written anew in its old style
//! (same quotes, flow stays flow) with its trailing comment kept; a new
//! record takes its neighbours' indentation. Anything the line reader cannot
//! follow returns `None`, and the caller writes the canonical text instead.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::layout::{self, Block, Entry, Item, Lines, MapNode, SeqNode};
use super::yaml11;
use crate::domain::{FollowUp, Meeting, Participant, Roster, Session};
use crate::yaml::{self, Mapping, Value};

/// A record in one of the meeting's lists, matched across versions by id.
pub trait Record: Serialize + PartialEq {
    fn id(&self) -> &str;
}

impl Record for Session {
    fn id(&self) -> &str {
        &self.id
    }
}
impl Record for Participant {
    fn id(&self) -> &str {
        &self.id
    }
}
impl Record for FollowUp {
    fn id(&self) -> &str {
        &self.id
    }
}

/// The meeting file's text with `old` (what the text holds) edited into `new`.
pub fn meeting(text: &str, old: &Meeting, new: &Meeting) -> Option<String> {
    meeting_tracked(text, old, new).map(|(text, _)| text)
}

/// What a splice of the meeting file wrote anew, so that a save can check
/// just those lines instead of parsing the whole result.
#[derive(Debug, Default)]
pub struct Rewrites {
    /// Something besides whole records of the top-level lists changed (a
    /// meeting field, a list written whole, kept records reordered): only
    /// a parse of the whole text can check it.
    pub other: bool,
    pub records: Vec<Rewrite>,
}

/// One record of `sessions`, `participants` or `follow_ups` that a splice
/// removed, replaced or added.
#[derive(Debug, Clone)]
pub struct Rewrite {
    pub list: &'static str,
    /// The old record's index in its list and its text (lines of the old text).
    pub old: Option<(usize, String)>,
    /// The new record's index in its list and its bytes in the new text.
    pub new: Option<(usize, Range<usize>)>,
}

/// [`meeting`], and what it rewrote.
pub fn meeting_tracked(text: &str, old: &Meeting, new: &Meeting) -> Option<(String, Rewrites)> {
    let sp = Splicer::new(text);
    let top = layout::map_at(&sp.l, 0, sp.l.len(), 0, false)?;
    let lists = TopLists { old, new };
    let (oh, nh) = (header(old)?, header_placing_lists(&lists)?);
    let mut out = String::with_capacity(text.len() + 256);
    sp.map_region(
        &top,
        (0, sp.l.len()),
        &oh,
        &nh,
        false,
        Some(&lists),
        &mut out,
    )?;
    Some((out, sp.track.into_inner()))
}

/// A participant-list file's text with its people edited.
pub fn roster(text: &str, old: &[Participant], new: &[Participant]) -> Option<String> {
    let sp = Splicer::new(text);
    let top = layout::map_at(&sp.l, 0, sp.l.len(), 0, false)?;
    let [e] = top.entries.as_slice() else {
        return None;
    };
    let Some(Block::Seq(seq)) = layout::block_of(&sp.l, e).filter(|_| e.key == "participants")
    else {
        return None;
    };
    let mut out = sp.l.span(0, e.start + 1);
    sp.typed_seq(&seq, (e.start + 1, e.end), old, new, None, &mut out)?;
    out.push_str(&sp.l.span(e.end, sp.l.len()));
    Some(out)
}

/// The meeting's own fields as a mapping, its three lists left out (and
/// not cloned: on a large agenda they are most of the memory).
pub fn header(m: &Meeting) -> Option<Mapping> {
    header_with(m, |_| false)
}

/// [`header`] with each list `m` has (inline) present as a placeholder at
/// its place in field order, so that a list the file has not yet goes
/// where `plenary fmt` puts it (before `notes`, say), not at the end.
fn header_placing_lists(t: &TopLists) -> Option<Mapping> {
    let has = |key: &str| t.has(key) && !t.is_empty(key);
    header_with(t.new, has)
}

fn header_with(m: &Meeting, placeholder: impl Fn(&str) -> bool) -> Option<Mapping> {
    let one = |key: &str| usize::from(placeholder(key));
    let participants = match m.participants.file() {
        Some(p) => Roster::File {
            path: p.to_string(),
            people: Vec::new().into(),
        },
        None => Roster::Inline(vec![Participant::default(); one("participants")].into()),
    };
    let h = Meeting {
        title: m.title.clone(),
        short_title: m.short_title.clone(),
        series: m.series.clone(),
        theme: m.theme.clone(),
        format: m.format,
        venue: m.venue.clone(),
        city: m.city.clone(),
        country: m.country.clone(),
        timezone: m.timezone.clone(),
        start_date: m.start_date,
        end_date: m.end_date,
        languages: m.languages.clone(),
        interpretation_norms: m.interpretation_norms,
        speaking_hours: m.speaking_hours,
        organizers: m.organizers.clone(),
        hosts: m.hosts.clone(),
        partners: m.partners.clone(),
        contacts: m.contacts.clone(),
        audience: m.audience.clone(),
        description: m.description.clone(),
        objectives: m.objectives.clone(),
        attendance: m.attendance.clone(),
        source: m.source.clone(),
        documents: m.documents.clone(),
        participants,
        sessions: vec![Session::default(); one("sessions")].into(),
        follow_ups: vec![FollowUp::default(); one("follow_ups")].into(),
        notes: m.notes.clone(),
        tentative: m.tentative.clone(),
    };
    match yaml::to_value(&h).ok()? {
        Value::Mapping(map) => Some(map),
        _ => None,
    }
}

struct TopLists<'a> {
    old: &'a Meeting,
    new: &'a Meeting,
}

impl TopLists<'_> {
    fn has(&self, key: &str) -> bool {
        match key {
            "sessions" | "follow_ups" => true,
            "participants" => {
                matches!(self.old.participants, Roster::Inline(_))
                    && matches!(self.new.participants, Roster::Inline(_))
            }
            _ => false,
        }
    }

    fn changed(&self, key: &str) -> bool {
        match key {
            "sessions" => self.old.sessions != self.new.sessions,
            "follow_ups" => self.old.follow_ups != self.new.follow_ups,
            _ => self.old.people() != self.new.people(),
        }
    }

    fn is_empty(&self, key: &str) -> bool {
        match key {
            "sessions" => self.new.sessions.is_empty(),
            "follow_ups" => self.new.follow_ups.is_empty(),
            _ => self.new.people().is_empty(),
        }
    }

    fn value(&self, key: &str) -> Option<Value> {
        match key {
            "sessions" => yaml::to_value(&self.new.sessions).ok(),
            "follow_ups" => yaml::to_value(&self.new.follow_ups).ok(),
            _ => yaml::to_value(self.new.people()).ok(),
        }
    }

    fn splice(&self, sp: &Splicer, e: &Entry, seq: &SeqNode, out: &mut String) -> Option<()> {
        let region = (e.start + 1, e.end);
        match e.key.as_str() {
            "sessions" => {
                let (o, n) = (&self.old.sessions, &self.new.sessions);
                sp.typed_seq(seq, region, o, n, Some("sessions"), out)
            }
            "follow_ups" => {
                let (o, n) = (&self.old.follow_ups, &self.new.follow_ups);
                sp.typed_seq(seq, region, o, n, Some("follow_ups"), out)
            }
            _ => {
                let (o, n) = (self.old.people(), self.new.people());
                sp.typed_seq(seq, region, o, n, Some("participants"), out)
            }
        }
    }
}

/// How a sequence's items pair up: for each new item, the old one it continues.
struct Pairing {
    of_new: Vec<Option<usize>>,
    n_old: usize,
}

/// The file's habits, learnt once, for lines written anew.
struct Style {
    /// `key:` then `  - item` (indented) rather than `- item` at the key's column.
    indent_seqs: bool,
}

struct Splicer<'a> {
    l: Lines<'a>,
    style: Style,
    /// What the top-level walk rewrote (see [`Rewrites`]).
    track: RefCell<Rewrites>,
}

impl<'a> Splicer<'a> {
    fn new(text: &'a str) -> Self {
        let l = Lines::new(text);
        let style = Style {
            indent_seqs: seqs_indented(&l),
        };
        Splicer {
            l,
            style,
            track: RefCell::default(),
        }
    }

    fn verbatim(&self, a: usize, b: usize, out: &mut String) {
        for line in &self.l.lines[a..b] {
            out.push_str(line);
        }
    }

    /// Whether new items are set off by a blank line: when most items are.
    fn spaced(&self, items: &[Item]) -> bool {
        let spaced_gaps = (1..items.len())
            .filter(|&i| {
                let a = items[i - 1].end;
                items[i].start > a && self.l.body(a).trim().is_empty()
            })
            .count();
        items.len() > 1 && spaced_gaps * 2 >= items.len() - 1
    }

    /// Notes a change a record-by-record check cannot cover.
    fn untracked(&self) {
        self.track.borrow_mut().other = true;
    }

    /// Writes the mapping of lines `region` with `old` edited into `new`.
    #[allow(clippy::too_many_arguments)]
    fn map_region(
        &self,
        node: &MapNode,
        region: (usize, usize),
        old: &Mapping,
        new: &Mapping,
        first_inline: bool,
        lists: Option<&TopLists>,
        out: &mut String,
    ) -> Option<()> {
        let entries = &node.entries;
        entries.first()?;
        let in_text: HashMap<&str, usize> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.key.as_str(), i))
            .collect();
        if in_text.len() != entries.len() {
            return None; // a key written twice: not ours to guess
        }
        let mut after = added_keys(&in_text, old, new, lists)?;
        if lists.is_some() && !after.is_empty() {
            self.untracked();
        }
        let mut before_first = after.remove(&None).unwrap_or_default();
        if first_inline && !before_first.is_empty() {
            // The first key shares the `- ` line; new keys go after it.
            let at = after.entry(Some(0)).or_default();
            before_first.append(at);
            *at = before_first;
            before_first = Vec::new();
        }
        for (i, e) in entries.iter().enumerate() {
            let gap_from = if i == 0 { region.0 } else { entries[i - 1].end };
            self.verbatim(gap_from, e.start, out);
            if i == 0 {
                for (k, v) in &before_first {
                    out.push_str(&self.render_entry(e.col, &" ".repeat(e.col), k, v, None));
                }
            }
            match lists.filter(|t| t.has(&e.key)) {
                Some(t) => self.list_entry(t, e, out)?,
                None => {
                    if lists.is_some() && old.get(&e.key) != new.get(&e.key) {
                        self.untracked();
                    }
                    self.entry(e, i == 0 && first_inline, old, new, out)?
                }
            }
            for (k, v) in after.get(&Some(i)).map(Vec::as_slice).unwrap_or_default() {
                out.push_str(&self.render_entry(e.col, &" ".repeat(e.col), k, v, None));
            }
        }
        let last = entries.last().map_or(region.0, |e| e.end);
        self.verbatim(last, region.1, out);
        Some(())
    }

    fn entry(
        &self,
        e: &Entry,
        on_dash_line: bool,
        old: &Mapping,
        new: &Mapping,
        out: &mut String,
    ) -> Option<()> {
        let (ov, nv) = (old.get(&e.key), new.get(&e.key));
        if ov == nv {
            self.verbatim(e.start, e.end, out);
            return Some(());
        }
        let Some(nv) = nv else {
            // Removed. The first key of a `- key:` item carries the dash: re-render the item.
            return (!on_dash_line).then_some(());
        };
        let block = layout::block_of(&self.l, e);
        match (ov, nv, block) {
            (Some(Value::Mapping(o)), Value::Mapping(n), Some(Block::Map(node))) => {
                self.verbatim(e.start, e.start + 1, out);
                self.map_region(&node, (e.start + 1, e.end), o, n, false, None, out)
            }
            (Some(Value::Sequence(o)), Value::Sequence(n), Some(Block::Seq(node))) => {
                self.verbatim(e.start, e.start + 1, out);
                let pairing = pair_values(o, n);
                self.seq_walk(&node, (e.start + 1, e.end), &pairing, None, out, |i, j| {
                    let ov = match i {
                        Some(i) => o.get(i)?.clone(),
                        None => Value::Null,
                    };
                    Some((ov, n.get(j)?.clone()))
                })
            }
            _ => {
                let prefix = &self.l.body(e.start)[..e.col];
                let single = e.end == e.start + 1;
                let comment = e.comment.as_deref().filter(|_| single);
                out.push_str(&self.render_entry(e.col, prefix, &e.raw_key, nv, Some(e)));
                if let Some(c) = comment {
                    attach_comment(out, c, self.l.eol);
                }
                Some(())
            }
        }
    }

    fn list_entry(&self, t: &TopLists, e: &Entry, out: &mut String) -> Option<()> {
        if !t.changed(&e.key) {
            self.verbatim(e.start, e.end, out);
            return Some(());
        }
        if t.is_empty(&e.key) {
            self.untracked();
            return Some(());
        }
        if let Some(Block::Seq(seq)) = layout::block_of(&self.l, e) {
            self.verbatim(e.start, e.start + 1, out);
            return t.splice(self, e, &seq, out);
        }
        self.untracked();
        let v = t.value(&e.key)?;
        out.push_str(&self.render_entry(e.col, "", &e.raw_key, &v, Some(e)));
        Some(())
    }

    fn typed_seq<T: Record + DeserializeOwned + Default>(
        &self,
        node: &SeqNode,
        region: (usize, usize),
        old: &[T],
        new: &[T],
        track: Option<&'static str>,
        out: &mut String,
    ) -> Option<()> {
        let mut ids: HashMap<&str, usize> = HashMap::with_capacity(old.len());
        for (i, r) in old.iter().enumerate() {
            if ids.insert(r.id(), i).is_some() {
                return None; // duplicate ids: no sure pairing
            }
        }
        let mut taken = vec![false; old.len()];
        let mut of_new = Vec::with_capacity(new.len());
        for r in new {
            let i = ids.get(r.id()).copied().filter(|&i| !taken[i]);
            if let Some(i) = i {
                taken[i] = true;
            }
            of_new.push(i);
        }
        // Kept records out of their old order move verbatim text around,
        // which only a whole parse checks.
        let kept = || of_new.iter().flatten();
        if track.is_some() && kept().zip(kept().skip(1)).any(|(a, b)| a > b) {
            self.untracked();
        }
        let pairing = Pairing {
            of_new,
            n_old: old.len(),
        };
        self.seq_walk(node, region, &pairing, track, out, |i, j| {
            let n = new.get(j)?;
            let Some(i) = i else {
                // A new record is written whole, as `plenary fmt` writes it,
                // so a save leaves an fmt-clean file fmt-clean.
                return Some((Value::Null, yaml::to_value(n).ok()?));
            };
            let o = old.get(i)?;
            if o == n {
                return Some((Value::Null, Value::Null));
            }
            Some((yaml::to_value(o).ok()?, yaml::to_value(n).ok()?))
        })
    }

    /// Writes a block sequence in the new order: kept items verbatim or
    /// edited in place, removed ones gone (their comments stay), new ones
    /// in their neighbours' style. `values(i, j)` gives old item `i` and new
    /// item `j` as values (both `Null` when they are equal). With `track`
    /// (a top-level list's name), each record written anew is noted.
    #[allow(clippy::too_many_arguments)]
    fn seq_walk(
        &self,
        node: &SeqNode,
        region: (usize, usize),
        p: &Pairing,
        track: Option<&'static str>,
        out: &mut String,
        values: impl Fn(Option<usize>, usize) -> Option<(Value, Value)>,
    ) -> Option<()> {
        let items = &node.items;
        if items.len() != p.n_old {
            return None;
        }
        let dash_col = items.first()?.col;
        let gap = |i: usize| {
            (
                if i == 0 { region.0 } else { items[i - 1].end },
                items[i].start,
            )
        };
        let mut used = vec![false; p.n_old];
        for i in p.of_new.iter().flatten() {
            used[*i] = true;
        }
        let spaced = self.spaced(items);
        let mut flushed = 0;
        // A removed item's gap goes with it, unless it holds a comment.
        let keep_comments = |k: usize, out: &mut String| {
            let (a, b) = gap(k);
            if (a..b).any(|i| self.l.body(i).trim_start().starts_with('#')) {
                self.verbatim(a, b, out);
            }
        };
        let note = |old: Option<usize>, new: Option<(usize, Range<usize>)>| {
            if let Some(list) = track {
                let old = old.map(|i| (i, self.l.span(items[i].start, items[i].end)));
                self.track
                    .borrow_mut()
                    .records
                    .push(Rewrite { list, old, new });
            }
        };
        let mut last_neighbour = 0;
        for (j, pair) in p.of_new.iter().enumerate() {
            match *pair {
                Some(i) => {
                    for k in (flushed..i).filter(|&k| !used[k]) {
                        keep_comments(k, out);
                        note(Some(k), None);
                    }
                    flushed = flushed.max(i + 1);
                    let (a, b) = gap(i);
                    self.verbatim(a, b, out);
                    let (ov, nv) = values(Some(i), j)?;
                    let from = out.len();
                    self.item(&items[i], &ov, &nv, out)?;
                    if ov != nv {
                        note(Some(i), Some((j, from..out.len())));
                    }
                    last_neighbour = i;
                }
                None => {
                    let (_, nv) = values(None, j)?;
                    if spaced {
                        out.push_str(self.l.eol);
                    }
                    let hints = self.neighbours(items, last_neighbour);
                    let from = out.len();
                    out.push_str(&self.render_item(dash_col, &nv, &hints));
                    note(None, Some((j, from..out.len())));
                }
            }
        }
        for k in (flushed..p.n_old).filter(|&k| !used[k]) {
            keep_comments(k, out);
            note(Some(k), None);
        }
        self.verbatim(items.last()?.end, region.1, out);
        Some(())
    }

    fn item(&self, it: &Item, ov: &Value, nv: &Value, out: &mut String) -> Option<()> {
        if ov == nv {
            self.verbatim(it.start, it.end, out);
            return Some(());
        }
        if let (Value::Mapping(o), Value::Mapping(n), Some(node)) =
            (ov, nv, layout::item_map(&self.l, it))
        {
            let mut buf = String::new();
            if self
                .map_region(&node, (it.start, it.end), o, n, true, None, &mut buf)
                .is_some()
            {
                out.push_str(&buf);
                return Some(());
            }
        }
        let hint: Vec<MapNode> = layout::item_map(&self.l, it).into_iter().collect();
        out.push_str(&self.render_item(it.col, nv, &hint));
        Some(())
    }

    /// The mappings of a few items around `at`, whose styles a new item copies.
    fn neighbours(&self, items: &[Item], at: usize) -> Vec<MapNode> {
        let from = at.saturating_sub(3);
        let to = (at + 4).min(items.len());
        let mut order: Vec<usize> = (from..to).collect();
        order.sort_by_key(|&i| i.abs_diff(at));
        order
            .into_iter()
            .filter_map(|i| layout::item_map(&self.l, &items[i]))
            .collect()
    }

    /// `key: value` written anew at column `col`, the first line starting
    /// with `prefix`; in the style of `was` (the entry it replaces) if any.
    fn render_entry(
        &self,
        col: usize,
        prefix: &str,
        raw_key: &str,
        v: &Value,
        was: Option<&Entry>,
    ) -> String {
        let inline = was.and_then(|e| e.inline.as_deref());
        if let Some(text) = inline.and_then(|w| flat_value(v, w)) {
            return format!("{prefix}{raw_key}: {text}{}", self.l.eol);
        }
        let mut map = Mapping::new();
        map.insert(
            Value::String(raw_key.trim_matches(['"', '\'']).to_string()),
            v.clone(),
        );
        let text = self.fragment(&Value::Mapping(map));
        self.place(&text, col, prefix)
    }

    /// A sequence item written anew with its dash at `col`, flow lists
    /// where its neighbours (`hints`, nearest first) have them.
    fn render_item(&self, col: usize, v: &Value, hints: &[MapNode]) -> String {
        let (Value::Mapping(m), false) = (v, hints.is_empty()) else {
            let text = self.fragment(&Value::Sequence(vec![v.clone()]));
            return self.place(&text, col, &" ".repeat(col));
        };
        let inner = col + 2;
        let mut out = String::new();
        for (n, (k, val)) in m.iter().enumerate() {
            let Some(k) = k.as_str() else {
                continue;
            };
            let prefix = if n == 0 {
                format!("{}- ", " ".repeat(col))
            } else {
                " ".repeat(inner)
            };
            let was = hints
                .iter()
                .find_map(|h| h.entries.iter().find(|e| e.key == k));
            let flow = was
                .and_then(|e| e.inline.as_deref())
                .filter(|w| w.starts_with(['[', '{']));
            match flow.and_then(|w| flat_value(val, w)) {
                Some(text) => out.push_str(&format!("{prefix}{k}: {text}{}", self.l.eol)),
                None => {
                    let mut one = Mapping::new();
                    one.insert(Value::String(k.to_string()), val.clone());
                    let text = self.fragment(&Value::Mapping(one));
                    out.push_str(&self.place(&text, inner, &prefix));
                }
            }
        }
        if m.is_empty() {
            return format!("{}- {{}}{}", " ".repeat(col), self.l.eol);
        }
        out
    }

    /// Serializer text for a value, quoted for YAML 1.1 readers and indented the file's way.
    fn fragment(&self, v: &Value) -> String {
        let text = yaml::to_string(v).unwrap_or_default();
        let text = yaml11::quote_block_text(&text);
        if self.style.indent_seqs {
            indent_sequences(&text)
        } else {
            text
        }
    }

    /// Indents `text` to `col`, its first line starting with `prefix`, in the file's line endings.
    fn place(&self, text: &str, col: usize, prefix: &str) -> String {
        let pad = " ".repeat(col);
        let mut out = String::with_capacity(text.len() + 32);
        for (n, line) in text.lines().enumerate() {
            if n == 0 {
                out.push_str(prefix);
            } else if !line.is_empty() {
                out.push_str(&pad);
            }
            out.push_str(line);
            out.push_str(self.l.eol);
        }
        out
    }
}

/// Keys the edit adds, by the entry they go after (the key that precedes
/// them in field order; `None` before the first).
type Added = HashMap<Option<usize>, Vec<(String, Value)>>;

/// A list of `lists` the file has not yet is one of them: `new` holds a
/// placeholder at its place (see [`header_placing_lists`]), and its real
/// value is written there.
fn added_keys(
    in_text: &HashMap<&str, usize>,
    old: &Mapping,
    new: &Mapping,
    lists: Option<&TopLists>,
) -> Option<Added> {
    let mut after = Added::new();
    let mut prev: Option<usize> = None;
    // The last in the text of the keys before: a list goes after all of
    // them, so that in a file with its own key order it splits nothing.
    let mut latest: Option<usize> = None;
    for (k, v) in new {
        let k = k.as_str()?;
        let list = lists.filter(|t| t.has(k));
        let value = match list {
            _ if in_text.contains_key(k) => None,
            Some(t) if t.is_empty(k) => None,
            Some(t) => Some(t.value(k)?),
            None => (old.get(k) != Some(v)).then(|| v.clone()),
        };
        if let Some(&i) = in_text.get(k) {
            prev = Some(i);
            latest = latest.max(Some(i));
        } else if let Some(v) = value {
            let at = if list.is_some() { latest } else { prev };
            after.entry(at).or_default().push((k.to_string(), v));
        }
    }
    Some(after)
}

/// Puts `comment` back at the end of the one line just written.
fn attach_comment(out: &mut String, comment: &str, eol: &str) {
    if !out.ends_with(eol) {
        return;
    }
    let body_end = out.len() - eol.len();
    if out[..body_end].ends_with(['|', '>', '-']) {
        return; // a block scalar's header takes no comment safely
    }
    out.insert_str(body_end, comment);
}

/// Whether block sequences in this file are indented under their key.
fn seqs_indented(l: &Lines) -> bool {
    let mut key_col: Option<usize> = None;
    for i in 0..l.len() {
        let body = l.body(i);
        if layout::is_gap(body) {
            continue;
        }
        let col = layout::indent(body);
        let rest = &body[col..];
        if let Some(k) = key_col
            && (rest.starts_with("- ") || rest == "-")
        {
            return col > k;
        }
        key_col = rest.ends_with(':').then_some(col);
    }
    false
}

/// Serializer text with every block sequence moved two columns right of its key.
fn indent_sequences(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    // Columns (in the serializer's text) of the sequences we are inside.
    let mut open: Vec<usize> = Vec::new();
    let mut prev_key_col: Option<usize> = None;
    for line in text.lines() {
        let col = layout::indent(line);
        let rest = &line[col..];
        let dash = rest.starts_with("- ") || rest == "-";
        while let Some(&c) = open.last() {
            if col < c || (col == c && !dash) {
                open.pop();
            } else {
                break;
            }
        }
        if dash && prev_key_col == Some(col) && open.last() != Some(&col) {
            open.push(col);
        }
        if !line.is_empty() {
            out.push_str(&" ".repeat(2 * open.len()));
        }
        out.push_str(line);
        out.push('\n');
        prev_key_col = rest.ends_with(':').then_some(col);
    }
    out
}

/// A value written on one line in the style of `was`: flow `[a, b]` or
/// `{en: x}` if it was flow, the same quotes if it was a quoted scalar.
fn flat_value(v: &Value, was: &str) -> Option<String> {
    match v {
        Value::Sequence(items) if was.starts_with('[') => {
            let parts: Option<Vec<String>> = items.iter().map(|x| scalar(x, None, true)).collect();
            Some(format!("[{}]", parts?.join(", ")))
        }
        Value::Mapping(m) if was.starts_with('{') => {
            let parts: Option<Vec<String>> = m
                .iter()
                .map(|(k, x)| {
                    Some(format!(
                        "{}: {}",
                        scalar(k, None, true)?,
                        scalar(x, None, true)?
                    ))
                })
                .collect();
            Some(format!("{{{}}}", parts?.join(", ")))
        }
        Value::Sequence(_) | Value::Mapping(_) => None,
        _ => scalar(
            v,
            was.chars().next().filter(|c| matches!(c, '"' | '\'')),
            false,
        ),
    }
}

/// One scalar on one line; `None` for what needs more (newlines, nesting).
fn scalar(v: &Value, quote: Option<char>, flow: bool) -> Option<String> {
    let s = match v {
        Value::String(s) => s,
        Value::Bool(_) | Value::Number(_) | Value::Null => {
            return Some(yaml::to_string(v).ok()?.trim_end().to_string());
        }
        _ => return None,
    };
    if s.contains(['\n', '\r']) {
        return None;
    }
    let plain = yaml::to_string(s).ok()?.trim_end().to_string();
    if plain.contains('\n') {
        return None;
    }
    let is_plain = !plain.starts_with(['"', '\'']);
    let flow_unsafe = flow && s.contains([',', '[', ']', '{', '}', '#']);
    match quote {
        Some('\'') if is_plain => Some(format!("'{}'", s.replace('\'', "''"))),
        Some('"') if is_plain && !s.contains(['"', '\\']) => Some(format!("\"{s}\"")),
        _ if is_plain && (yaml11::is_ambiguous(s) || flow_unsafe) => Some(yaml11::quoted(s)),
        _ => Some(plain),
    }
}

/// Pairs items of an id-less list: equal items at the ends, the rest by position.
fn pair_values(o: &[Value], n: &[Value]) -> Pairing {
    let id = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_string);
    let ids_o: Option<Vec<String>> = o.iter().map(id).collect();
    let ids_n: Option<Vec<String>> = n.iter().map(id).collect();
    if let (Some(a), Some(b)) = (ids_o, ids_n) {
        let at: HashMap<&str, usize> = a.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect();
        if at.len() == a.len() {
            return Pairing {
                of_new: b.iter().map(|s| at.get(s.as_str()).copied()).collect(),
                n_old: o.len(),
            };
        }
    }
    let prefix = o.iter().zip(n).take_while(|(a, b)| a == b).count();
    let max_suffix = o.len().min(n.len()) - prefix;
    let suffix = o
        .iter()
        .rev()
        .zip(n.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    let (mid_o, mid_n) = (o.len() - prefix - suffix, n.len() - prefix - suffix);
    let of_new = (0..n.len())
        .map(|j| {
            if j < prefix {
                Some(j)
            } else if j >= n.len() - suffix {
                Some(j + o.len() - n.len())
            } else if mid_o == mid_n {
                Some(j)
            } else {
                None
            }
        })
        .collect();
    Pairing {
        of_new,
        n_old: o.len(),
    }
}

/// `key: value` as a save would write it at column `col` in this text's style.
pub fn render_field(text: &str, col: usize, key: &str, v: &Value) -> String {
    Splicer::new(text).render_entry(col, &" ".repeat(col), key, v, None)
}

/// `entry` (a `key: value` line of `text`) with the value `v`, in the
/// entry's own style (a flow mapping stays flow).
pub fn render_like(text: &str, entry: &Entry, v: &Value) -> String {
    let sp = Splicer::new(text);
    let prefix = sp.l.body(entry.start)[..entry.col].to_string();
    sp.render_entry(entry.col, &prefix, &entry.raw_key, v, Some(entry))
}

/// A whole record (`- id: ...`) as a save would write it with its dash at `col`.
pub fn render_record(text: &str, col: usize, v: &Value) -> String {
    Splicer::new(text).render_item(col, v, &[])
}
