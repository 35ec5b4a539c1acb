//! `tentative: [start, end]` names fields of its own record. A name that is
//! no such field (`strat`) marked nothing, so the real `start` showed as
//! confirmed and `check --deny-warnings` passed: each name is checked
//! against the fields of its record, with a did-you-mean. On the meeting
//! only its single values may be proposals (`timezone`, `venue`, dates),
//! not its lists (`languages`, `organizers`).

use serde::de::DeserializeOwned;

use super::Problem;
use crate::domain::{Channel, FollowUp, Item, Meeting, Participant, Session, Tentative};
use crate::msg;
use crate::problem::suggest;

use crate::domain::TENTATIVE_FIELDS as MEETING;

/// The fields of record type `T` as written in a file, from serde itself
/// (its "unknown field, expected one of" list), so they cannot drift; less
/// `id` and `tentative`, which are never proposals.
fn fields_of<T: DeserializeOwned>() -> Vec<String> {
    let probe = "plenary-no-such-field: 0";
    let Err(e) = crate::yaml::from_str::<T>(probe) else {
        return Vec::new();
    };
    let msg = e.to_string();
    let list = msg.split_once("expected one of").map_or("", |(_, l)| l);
    list.split('`')
        .skip(1)
        .step_by(2)
        .filter(|f| !matches!(*f, "id" | "tentative"))
        .map(str::to_string)
        .collect()
}

fn names(path: &str, what: &'static str, t: &Tentative, known: &[String], out: &mut Vec<Problem>) {
    let all_of_meeting = if path.is_empty() {
        fields_of::<Meeting>()
    } else {
        Vec::new()
    };
    for (i, name) in t.fields().iter().enumerate() {
        if known.iter().any(|k| k == name) {
            continue;
        }
        let hint = suggest::closest(name, known.iter().map(String::as_str))
            .map(suggest::hint_msg)
            .unwrap_or_else(|| msg!("tentative-fields-here", fields = known.join(", ")));
        let at = if path.is_empty() {
            format!("tentative[{i}]")
        } else {
            format!("{path}.tentative[{i}]")
        };
        out.push(
            Problem::error(
                at,
                if all_of_meeting.contains(name) {
                    msg!("tentative-not-single", name = name, what = msg!(what))
                } else {
                    msg!("tentative-no-field", name = name, what = msg!(what))
                },
            )
            .with_hint(hint),
        );
    }
}

/// Whether any record of `m` lists fields at all (most lists are empty).
pub(super) fn any_lists(m: &Meeting) -> bool {
    let listed = |t: &Tentative| !t.fields().is_empty();
    listed(&m.tentative)
        || m.people().iter().any(|p| listed(&p.tentative))
        || m.follow_ups.iter().any(|f| listed(&f.tentative))
        || m.sessions.iter().any(|s| {
            listed(&s.tentative)
                || s.items.iter().any(|i| listed(&i.tentative))
                || s.interpretation.iter().any(|c| listed(&c.tentative))
        })
}

/// Each record type's field names, read from serde once.
struct Known {
    meeting: Vec<String>,
    session: Vec<String>,
    item: Vec<String>,
    channel: Vec<String>,
    person: Vec<String>,
    follow_up: Vec<String>,
}

fn known() -> &'static Known {
    static K: std::sync::OnceLock<Known> = std::sync::OnceLock::new();
    K.get_or_init(|| Known {
        meeting: MEETING.iter().map(|f| f.to_string()).collect(),
        session: fields_of::<Session>(),
        item: fields_of::<Item>(),
        channel: fields_of::<Channel>(),
        person: fields_of::<Participant>(),
        follow_up: fields_of::<FollowUp>(),
    })
}

pub fn check(m: &Meeting, out: &mut Vec<Problem>) {
    if !any_lists(m) {
        return;
    }
    meeting(m, out);
    for (i, p) in m.people().iter().enumerate() {
        participant(i, p, out);
    }
    for (i, s) in m.sessions.iter().enumerate() {
        session(i, s, out);
    }
    for (i, f) in m.follow_ups.iter().enumerate() {
        follow_up(i, f, out);
    }
}

/// The meeting's own list (the caller has asked [`any_lists`]).
pub(super) fn meeting(m: &Meeting, out: &mut Vec<Problem>) {
    names("", "tent-of-meeting", &m.tentative, &known().meeting, out);
}

pub(super) fn participant(i: usize, p: &Participant, out: &mut Vec<Problem>) {
    names(
        &format!("participants[{i}]"),
        "tent-of-participant",
        &p.tentative,
        &known().person,
        out,
    );
}

pub(super) fn session(i: usize, s: &Session, out: &mut Vec<Problem>) {
    let k = known();
    let at = format!("sessions[{i}]");
    names(&at, "tent-of-session", &s.tentative, &k.session, out);
    for (j, it) in s.items.iter().enumerate() {
        names(
            &format!("{at}.items[{j}]"),
            "tent-of-item",
            &it.tentative,
            &k.item,
            out,
        );
    }
    for (c, ch) in s.interpretation.iter().enumerate() {
        let path = format!("{at}.interpretation[{c}]");
        names(&path, "tent-of-channel", &ch.tentative, &k.channel, out);
    }
}

pub(super) fn follow_up(i: usize, f: &FollowUp, out: &mut Vec<Problem>) {
    names(
        &format!("follow_ups[{i}]"),
        "tent-of-follow-up",
        &f.tentative,
        &known().follow_up,
        out,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_lists_its_fields() {
        assert!(fields_of::<Session>().contains(&"start".to_string()));
        assert!(fields_of::<Item>().contains(&"speakers".to_string()));
        assert!(fields_of::<Channel>().contains(&"interpreters".to_string()));
        assert!(fields_of::<Participant>().contains(&"position".to_string()));
        assert!(fields_of::<FollowUp>().contains(&"due".to_string()));
        assert!(!fields_of::<Session>().contains(&"id".to_string()));
    }
}
