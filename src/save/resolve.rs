//! Deciding a merge conflict: the merged meeting holds mine at every
//! conflict, and taking theirs puts their value (or their deletion) into
//! it, field by field or, for a record deleted on one side, record whole.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::conflict::Conflict;
use super::splice::{self, Record};
use crate::domain::{Meeting, Roster};
use crate::yaml::{self, Mapping, Value};

/// Puts theirs into `m` at conflict `c`.
pub fn take_theirs(m: &mut Meeting, c: &Conflict) -> Result<(), String> {
    match c.list {
        "sessions" => in_list(&mut m.sessions, c),
        "follow_ups" => in_list(&mut m.follow_ups, c),
        "participants" => in_list(m.participants.people_mut(), c),
        _ => in_header(m, c),
    }
}

fn in_header(m: &mut Meeting, c: &Conflict) -> Result<(), String> {
    let mut h = splice::header(m).ok_or("the meeting's fields do not serialize")?;
    set(&mut h, &c.field, c.theirs.clone())?;
    let mut new: Meeting = yaml::from_value(Value::Mapping(h))
        .map_err(|e| format!("meeting field `{}`: {e}", c.field))?;
    new.sessions = std::mem::take(&mut m.sessions);
    new.follow_ups = std::mem::take(&mut m.follow_ups);
    let people = std::mem::take(m.participants.people_mut());
    match &mut new.participants {
        Roster::Inline(p) | Roster::File { people: p, .. } => *p = people.into(),
    }
    *m = new;
    Ok(())
}

fn in_list<T: Record + Serialize + DeserializeOwned>(
    list: &mut Vec<T>,
    c: &Conflict,
) -> Result<(), String> {
    let at = list.iter().position(|r| r.id() == c.id);
    if c.field.is_empty() {
        let theirs = c
            .theirs
            .clone()
            .map(|v| yaml::from_value::<T>(v).map_err(|e| format!("`{}`: {e}", c.id)))
            .transpose()?;
        match (at, theirs) {
            (Some(i), Some(t)) => list[i] = t,
            (Some(i), None) => {
                list.remove(i);
            }
            (None, Some(t)) => list.push(t),
            (None, None) => {}
        }
        return Ok(());
    }
    let i = at.ok_or_else(|| format!("`{}` is no longer in {}", c.id, c.list))?;
    let Value::Mapping(mut map) = yaml::to_value(&list[i]).map_err(|e| e.to_string())? else {
        return Err(format!("`{}` is not a mapping", c.id));
    };
    set(&mut map, &c.field, c.theirs.clone())?;
    list[i] = yaml::from_value(Value::Mapping(map))
        .map_err(|e| format!("`{}`, field `{}`: {e}", c.id, c.field))?;
    Ok(())
}

/// Sets (or, with `None`, removes) the dotted `field` inside `map`.
pub(super) fn set(map: &mut Mapping, field: &str, v: Option<Value>) -> Result<(), String> {
    let (first, rest) = match field.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (field, None),
    };
    let key = Value::String(first.to_string());
    match (rest, v) {
        (None, Some(v)) => {
            map.insert(key, v);
        }
        (None, None) => {
            map.remove(&key);
        }
        (Some(rest), v) => {
            let inner = map
                .entry(key)
                .or_insert_with(|| Value::Mapping(Mapping::new()));
            let Value::Mapping(inner) = inner else {
                return Err(format!("`{first}` holds no fields"));
            };
            set(inner, rest, v)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, Session, Text};
    use crate::save::merge::merge;

    fn meeting() -> Meeting {
        let mut m = Meeting {
            title: Text::plain("M"),
            timezone: "Asia/Almaty".into(),
            ..Meeting::default()
        };
        for id in ["a", "b"] {
            m.sessions.push(Session {
                id: id.into(),
                title: Text::plain(id),
                start: Clock::hm(10, 0),
                end: Clock::hm(11, 0),
                ..Session::default()
            });
        }
        m
    }

    #[test]
    fn taking_theirs_at_every_conflict_gives_theirs() {
        let base = meeting();
        let mut mine = base.clone();
        mine.sessions[0].end = Clock::hm(11, 15);
        mine.title = Text::plain("Mine");
        mine.sessions[1].title = Text::plain("kept by me");
        let mut theirs = base.clone();
        theirs.sessions[0].end = Clock::hm(11, 30);
        theirs.title = Text::plain("Theirs");
        theirs.sessions.remove(1);
        let mut r = merge(&base, &mine, &theirs).unwrap();
        assert_eq!(r.conflicts.len(), 3, "{:?}", r.conflicts);
        for c in &r.conflicts {
            take_theirs(&mut r.meeting, c).unwrap();
        }
        assert_eq!(r.meeting, theirs);
    }

    #[test]
    fn a_nested_field_is_set_inside_its_parent() {
        let mut map = Mapping::new();
        set(&mut map, "attendance.count", Some(Value::from(40))).unwrap();
        set(&mut map, "attendance.note", Some(Value::from("x"))).unwrap();
        set(&mut map, "attendance.note", None).unwrap();
        assert_eq!(yaml::to_string(&map).unwrap(), "attendance:\n  count: 40\n");
    }
}
