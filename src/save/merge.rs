//! Three-way merge of a meeting: what was loaded (the base), mine and
//! theirs, record by record (sessions, participants and follow-ups matched
//! by id) and field by field. A field changed on one side only takes that
//! side; changed on both sides to different values it is a [`Conflict`],
//! and the merged meeting holds mine until someone decides. Nested fields
//! (`attendance.count`, a title's languages) merge separately too; lists
//! without ids (items, documents) are one field.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::splice::{self, Record};
use crate::domain::{Meeting, Roster};
use crate::yaml::{self, Mapping, Value};

// The type lives in `save`, which writes conflicts into files and must
// not import `edit` (that would make the two a circle).
pub use super::conflict::Conflict;

#[derive(Debug, Clone)]
pub struct Merged {
    /// The merge, with mine wherever there is a conflict.
    pub meeting: Meeting,
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot merge: {0}")]
pub struct MergeError(String);

impl MergeError {
    /// Why, without the "cannot merge" the messages around it already say.
    pub fn reason(&self) -> &str {
        &self.0
    }

    /// The refusal as a catalogue message; the reason inside is a bug's
    /// (a value that does not convert), said as the YAML library said it.
    pub fn msg(&self) -> crate::i18n::Msg {
        crate::msg!("save-cannot-merge", why = self.0.as_str())
    }
}

pub fn merge(base: &Meeting, mine: &Meeting, theirs: &Meeting) -> Result<Merged, MergeError> {
    let err = |what: &str| MergeError(what.to_string());
    let mut conflicts = Vec::new();
    let header = |m: &Meeting| splice::header(m).ok_or_else(|| err("the meeting's fields"));
    let (hb, hm, ht) = (header(base)?, header(mine)?, header(theirs)?);
    let mut place = Place {
        list: "",
        id: String::new(),
        conflicts: &mut conflicts,
    };
    let h = merge_map(&hb, &hm, &ht, "", &mut place);
    let mut meeting: Meeting =
        yaml::from_value(Value::Mapping(h)).map_err(|e| MergeError(e.to_string()))?;
    meeting.sessions = merge_list(
        "sessions",
        &base.sessions,
        &mine.sessions,
        &theirs.sessions,
        &mut conflicts,
    )?
    .into();
    meeting.follow_ups = merge_list(
        "follow_ups",
        &base.follow_ups,
        &mine.follow_ups,
        &theirs.follow_ups,
        &mut conflicts,
    )?
    .into();
    let people = merge_list(
        "participants",
        base.people(),
        mine.people(),
        theirs.people(),
        &mut conflicts,
    )?;
    match &mut meeting.participants {
        Roster::Inline(p) | Roster::File { people: p, .. } => *p = people.into(),
    }
    Ok(Merged { meeting, conflicts })
}

struct Place<'a> {
    list: &'static str,
    id: String,
    conflicts: &'a mut Vec<Conflict>,
}

/// One value merged three ways; mappings key by key.
fn merge_value(
    b: Option<&Value>,
    m: Option<&Value>,
    t: Option<&Value>,
    field: &str,
    place: &mut Place,
) -> Option<Value> {
    if m == t || t == b {
        return m.cloned();
    }
    if m == b {
        return t.cloned();
    }
    if let (Some(Value::Mapping(bm)), Some(Value::Mapping(mm)), Some(Value::Mapping(tm))) =
        (b, m, t)
    {
        return Some(Value::Mapping(merge_map(bm, mm, tm, field, place)));
    }
    place.conflicts.push(Conflict {
        list: place.list,
        id: place.id.clone(),
        field: field.to_string(),
        base: b.cloned(),
        mine: m.cloned(),
        theirs: t.cloned(),
    });
    m.cloned()
}

/// Mappings merged key by key, in mine's key order with theirs' new keys after.
fn merge_map(b: &Mapping, m: &Mapping, t: &Mapping, prefix: &str, place: &mut Place) -> Mapping {
    let mut out = Mapping::new();
    let keys = m
        .keys()
        .chain(t.keys().filter(|k| !m.contains_key(*k)))
        .chain(b.keys());
    let mut seen = HashSet::new();
    for k in keys {
        if !seen.insert(k.clone()) {
            continue;
        }
        let name = k.as_str().map_or_else(|| format!("{k:?}"), str::to_string);
        let field = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}.{name}")
        };
        if let Some(v) = merge_value(b.get(k), m.get(k), t.get(k), &field, place) {
            out.insert(k.clone(), v);
        }
    }
    out
}

/// A record list merged by id: mine's order, theirs' new records after the
/// record that precedes them in theirs.
fn merge_list<T: Record + Serialize + DeserializeOwned + Clone>(
    list: &'static str,
    base: &[T],
    mine: &[T],
    theirs: &[T],
    conflicts: &mut Vec<Conflict>,
) -> Result<Vec<T>, MergeError> {
    if mine == theirs || theirs == base {
        return Ok(mine.to_vec());
    }
    if mine == base {
        return Ok(theirs.to_vec());
    }
    let index = |v: &[T]| -> HashMap<String, usize> {
        v.iter()
            .enumerate()
            .map(|(i, r)| (r.id().to_string(), i))
            .collect()
    };
    let (bi, mi, ti) = (index(base), index(mine), index(theirs));
    let mut out: Vec<T> = Vec::with_capacity(mine.len().max(theirs.len()));
    for r in mine {
        let b = bi.get(r.id()).map(|&i| &base[i]);
        let t = ti.get(r.id()).map(|&i| &theirs[i]);
        match (b, t) {
            (_, Some(t)) => out.push(merge_record(list, b, r, t, conflicts)?),
            // Theirs deleted it: gone if mine did not change it, else a conflict (kept).
            (Some(b), None) if b == r => {}
            (Some(b), None) => {
                conflicts.push(whole(list, r.id(), Some(b), Some(r), None));
                out.push(r.clone());
            }
            (None, None) => out.push(r.clone()),
        }
    }
    for (j, t) in theirs.iter().enumerate() {
        if mi.contains_key(t.id()) {
            continue;
        }
        match bi.get(t.id()).map(|&i| &base[i]) {
            // Mine deleted it and theirs did not change it: stays deleted.
            Some(b) if b == t => continue,
            Some(b) => conflicts.push(whole(list, t.id(), Some(b), None, Some(t))),
            None => {}
        }
        let after = theirs[..j]
            .iter()
            .rev()
            .find_map(|p| out.iter().position(|o| o.id() == p.id()));
        out.insert(after.map_or(0, |i| i + 1), t.clone());
    }
    Ok(out)
}

fn whole<T: Serialize>(
    list: &'static str,
    id: &str,
    b: Option<&T>,
    m: Option<&T>,
    t: Option<&T>,
) -> Conflict {
    let v = |x: Option<&T>| x.and_then(|x| yaml::to_value(x).ok());
    Conflict {
        list,
        id: id.to_string(),
        field: String::new(),
        base: v(b),
        mine: v(m),
        theirs: v(t),
    }
}

fn merge_record<T: Record + Serialize + DeserializeOwned + Clone>(
    list: &'static str,
    b: Option<&T>,
    m: &T,
    t: &T,
    conflicts: &mut Vec<Conflict>,
) -> Result<T, MergeError> {
    if m == t || b == Some(t) {
        return Ok(m.clone());
    }
    if b == Some(m) {
        return Ok(t.clone());
    }
    let v = |x: &T| yaml::to_value(x).map_err(|e| MergeError(e.to_string()));
    let bv = b
        .map(v)
        .transpose()?
        .unwrap_or(Value::Mapping(Mapping::new()));
    let mut place = Place {
        list,
        id: m.id().to_string(),
        conflicts,
    };
    let merged = merge_value(Some(&bv), Some(&v(m)?), Some(&v(t)?), "", &mut place);
    let merged =
        merged.ok_or_else(|| MergeError(format!("{list} `{}` merged to nothing", m.id())))?;
    yaml::from_value(merged).map_err(|e| MergeError(format!("{list} `{}`: {e}", m.id())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, Session, Text};

    fn meeting() -> Meeting {
        let mut m = Meeting {
            title: Text::plain("M"),
            timezone: "Asia/Almaty".into(),
            ..Meeting::default()
        };
        m.sessions.push(Session {
            id: "a".into(),
            title: Text::plain("A"),
            start: Clock::hm(10, 0),
            end: Clock::hm(11, 0),
            ..Session::default()
        });
        m
    }

    #[test]
    fn start_on_one_side_and_end_on_the_other_merge_cleanly() {
        let base = meeting();
        let mut mine = base.clone();
        mine.sessions[0].start = Clock::hm(9, 30);
        let mut theirs = base.clone();
        theirs.sessions[0].end = Clock::hm(11, 30);
        let r = merge(&base, &mine, &theirs).expect("merges");
        assert!(r.conflicts.is_empty());
        assert_eq!(r.meeting.sessions[0].start, Clock::hm(9, 30));
        assert_eq!(r.meeting.sessions[0].end, Clock::hm(11, 30));
    }

    #[test]
    fn the_same_field_changed_twice_is_a_conflict_holding_mine() {
        let base = meeting();
        let mut mine = base.clone();
        mine.sessions[0].end = Clock::hm(11, 15);
        let mut theirs = base.clone();
        theirs.sessions[0].end = Clock::hm(11, 30);
        let r = merge(&base, &mine, &theirs).expect("merges");
        assert_eq!(r.conflicts.len(), 1);
        assert_eq!(r.conflicts[0].place(), "session `a`, field `end`");
        assert_eq!(r.meeting.sessions[0].end, Clock::hm(11, 15));
    }
}
