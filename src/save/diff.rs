//! What differs between two versions of a meeting, field by field, in a
//! few short lines for people: `session opening: end 12:30 → 12:15`,
//! `participant li-fan: added`. Records are matched by id; the field names
//! are the file's own and stay English, the rest is said in the interface's
//! language.

use serde::Serialize;

use super::splice::{self, Record};
use crate::domain::Meeting;
use crate::tr;
use crate::yaml::{self, Mapping, Value};

/// Lines saying how `b` differs from `a`. `what` below is the record's
/// kind as the catalogue's `diff-*` messages choose by it.
pub fn fields(a: &Meeting, b: &Meeting) -> Vec<String> {
    let mut out = Vec::new();
    if let (Some(ha), Some(hb)) = (splice::header(a), splice::header(b)) {
        map_diff(&tr!("diff-meeting"), &ha, &hb, &mut out);
    }
    list("session", &a.sessions, &b.sessions, &mut out);
    list("participant", a.people(), b.people(), &mut out);
    list("follow-up", &a.follow_ups, &b.follow_ups, &mut out);
    out
}

fn list<T: Record + Serialize>(what: &str, a: &[T], b: &[T], out: &mut Vec<String>) {
    if a == b {
        return;
    }
    let find = |v: &[T], id: &str| v.iter().position(|r| r.id() == id);
    for r in a {
        match find(b, r.id()) {
            None => out.push(tr!("diff-removed", kind = what, id = r.id())),
            Some(j) if b[j] != *r => {
                if let (Ok(Value::Mapping(x)), Ok(Value::Mapping(y))) =
                    (yaml::to_value(r), yaml::to_value(&b[j]))
                {
                    map_diff(&tr!("diff-record", kind = what, id = r.id()), &x, &y, out);
                }
            }
            Some(_) => {}
        }
    }
    for r in b.iter().filter(|r| find(a, r.id()).is_none()) {
        out.push(tr!("diff-added", kind = what, id = r.id()));
    }
}

fn map_diff(place: &str, a: &Mapping, b: &Mapping, out: &mut Vec<String>) {
    let keys = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
    for k in keys {
        let (x, y) = (a.get(k), b.get(k));
        if x == y {
            continue;
        }
        let name = k.as_str().unwrap_or("?");
        out.push(tr!(
            "diff-changed",
            place = place,
            field = name,
            before = short(x),
            after = short(y)
        ));
    }
}

/// A value on one short line.
fn short(v: Option<&Value>) -> String {
    let Some(v) = v else {
        return tr!("diff-none");
    };
    let text = yaml::to_string(v).unwrap_or_default();
    let one = text.trim_end().replace('\n', " ");
    if one.chars().count() > 40 {
        format!("{}…", one.chars().take(39).collect::<String>())
    } else {
        one
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, Session, Text};

    #[test]
    fn says_each_changed_field_and_each_added_or_removed_record() {
        let mut a = Meeting {
            title: Text::plain("M"),
            ..Meeting::default()
        };
        a.sessions.push(Session {
            id: "s".into(),
            end: Clock::hm(12, 30),
            ..Session::default()
        });
        let mut b = a.clone();
        b.sessions[0].end = Clock::hm(12, 15);
        b.sessions.push(Session {
            id: "t".into(),
            ..Session::default()
        });
        b.title = Text::plain("N");
        assert_eq!(
            fields(&a, &b),
            [
                "meeting: title M → N",
                "session s: end 12:30 → 12:15",
                "session t: added"
            ]
        );
    }
}
