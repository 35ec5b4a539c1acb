//! Naming the record each problem sits in, from its document path, so every
//! problem under `sessions[3]` concerns that session by id whatever rule
//! made it. Rules name the *other* records they mention themselves.

use crate::domain::{FollowUp, Meeting};
use crate::problem::{Problem, Record};

/// `sessions[12].items[0]` → 12.
pub fn index_in(path: &str, list: &str) -> Option<usize> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    rest[..rest.find(']')?].parse().ok()
}

/// The record a document path points into, if it points into one.
fn record_at(m: &Meeting, path: &str) -> Option<Record> {
    if let Some(i) = index_in(path, "sessions") {
        return m.sessions.get(i).map(|s| Record::session(&s.id));
    }
    if let Some(i) = index_in(path, "participants") {
        return m.people().get(i).map(|p| Record::participant(&p.id));
    }
    follow_up_at(&m.follow_ups, path)
}

/// The follow-up a document path points into, if it points into one.
fn follow_up_at(follow_ups: &[FollowUp], path: &str) -> Option<Record> {
    let i = index_in(path, "follow_ups")?;
    follow_ups.get(i).map(|f| Record::follow_up(&f.id))
}

/// Puts the record each problem's path points into first in its records.
pub fn attribute(m: &Meeting, problems: &mut [Problem]) {
    for p in problems {
        if let Some(r) = p.path.as_deref().and_then(|path| record_at(m, path)) {
            first(p, r);
        }
    }
}

/// [`attribute`] for problems whose paths point into the follow-ups (those
/// of the follow-ups' rule), when the rest of the meeting is gone.
pub(super) fn attribute_follow_ups(follow_ups: &[FollowUp], problems: &mut [Problem]) {
    for p in problems {
        if let Some(r) = p
            .path
            .as_deref()
            .and_then(|path| follow_up_at(follow_ups, path))
        {
            first(p, r);
        }
    }
}

/// Names `r` first among the records `p` concerns (once).
fn first(p: &mut Problem, r: Record) {
    p.records.retain(|x| *x != r);
    // Most problems name no other record: room for this one alone, not
    // the four a first insert makes (35,000 problems at 10×, 3 MB).
    if p.records.capacity() == 0 {
        p.records.reserve_exact(1);
    }
    p.records.insert(0, r);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_indices_from_paths() {
        assert_eq!(index_in("sessions[12].items[0]", "sessions"), Some(12));
        assert_eq!(index_in("sessions[3]", "sessions"), Some(3));
        assert_eq!(index_in("participants[3]", "sessions"), None);
        assert_eq!(index_in("sessions", "sessions"), None);
    }

    #[test]
    fn a_clash_names_both_sessions_and_the_person() {
        let text = "title: T\nformat: online\ntimezone: Asia/Almaty\nstart_date: 2020-09-25\n\
            participants:\n  - {id: anna, name: Anna}\n\
            sessions:\n\
            \x20 - {id: one, title: One, date: 2020-09-25, start: \"11:00\", end: \"12:00\", chair: anna, room: Hall}\n\
            \x20 - {id: two, title: Two, date: 2020-09-25, start: \"11:30\", end: \"12:30\", chair: anna, room: Hall}\n";
        let m = crate::load::parse_meeting(std::path::Path::new("m.yaml"), text)
            .unwrap_or_else(|p| panic!("{p}"));
        let today = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
        let problems = crate::check::check_meeting(&m, today);
        let room = problems
            .iter()
            .find(|p| p.message.starts_with("room"))
            .unwrap_or_else(|| panic!("no room clash in {problems:?}"));
        assert_eq!(
            room.records,
            vec![Record::session("two"), Record::session("one")]
        );
        let person = problems
            .iter()
            .find(|p| p.message.contains("two sessions at once"))
            .unwrap_or_else(|| panic!("no double booking in {problems:?}"));
        assert_eq!(
            person.records,
            vec![
                Record::session("two"),
                Record::session("one"),
                Record::participant("anna")
            ]
        );
    }
}
