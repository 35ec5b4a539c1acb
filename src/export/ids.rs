//! Identifiers that stay the same from one export to the next.
//!
//! Conference apps match events across refreshes by `guid` and (older
//! ones) by the numeric `id`; a calendar matches by `UID`. All of them are
//! made from the meeting's key (its file name) and the session's `id`, never
//! from a title or a time, so fixing a typo or moving a session updates the
//! event instead of adding a second one.

use std::collections::BTreeSet;

use uuid::Uuid;

use crate::domain::Meeting;

/// UUID v5 (name-based, SHA-1) of `plenary:{meeting}/{what}`, in the URL namespace.
pub fn name_uuid(meeting_key: &str, what: &str) -> Uuid {
    Uuid::new_v5(
        &Uuid::NAMESPACE_URL,
        format!("plenary:{meeting_key}/{what}").as_bytes(),
    )
}

/// The guid of a session: a UUID v5 of the meeting key and the session id.
pub fn session_guid(meeting_key: &str, session_id: &str) -> Uuid {
    name_uuid(meeting_key, session_id)
}

/// The guid of a participant, within one meeting.
pub fn person_guid(meeting_key: &str, person_id: &str) -> Uuid {
    name_uuid(meeting_key, &format!("person:{person_id}"))
}

/// The guid of a room, within one meeting.
pub fn room_guid(meeting_key: &str, room: &str) -> Uuid {
    name_uuid(meeting_key, &format!("room:{room}"))
}

/// A positive 31-bit number from a guid's first bytes (fits every consumer's int).
fn number(u: &Uuid) -> u32 {
    let b = u.as_bytes();
    (u32::from_be_bytes([b[0], b[1], b[2], b[3]]) & 0x7fff_ffff).max(1)
}

/// A positive number from `guid` not yet in `taken` (the next free one on
/// a clash), added to it: the id of a multi-day session's later days.
pub fn free_number(guid: &Uuid, taken: &mut BTreeSet<u32>) -> u32 {
    let mut n = number(guid);
    while !taken.insert(n) {
        n = if n >= 0x7fff_ffff { 1 } else { n + 1 };
    }
    n
}

/// Positive, unique event ids for every session of `m`, in file order.
///
/// Each comes from the session's guid; the rare clash is settled by taking
/// the next free number, in order of session id, so the result depends on
/// the set of ids only — not on file order or on which sessions are exported.
pub fn event_ids(meeting_key: &str, m: &Meeting) -> Vec<u32> {
    let mut by_id: Vec<(usize, &str)> = m
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.id.as_str()))
        .collect();
    by_id.sort_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
    let mut taken = BTreeSet::new();
    let mut out = vec![0; m.sessions.len()];
    for (i, id) in by_id {
        let mut n = number(&session_guid(meeting_key, id));
        while !taken.insert(n) {
            n = if n >= 0x7fff_ffff { 1 } else { n + 1 };
        }
        out[i] = n;
    }
    out
}

/// Lower-case ASCII letters and digits; any other run becomes one `sep`.
/// Cyrillic and accents are transliterated first (`Алматы` → `almaty`).
pub fn slugify(s: &str, sep: char) -> String {
    let ascii = deunicode::deunicode(s).to_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(sep) {
            out.push(sep);
        }
    }
    out.trim_end_matches(sep).to_string()
}

/// The conference acronym: the short title (else the key) as `[a-z0-9_]`,
/// at least four characters — what both the C3VOC XSD (`[a-z0-9_-]{4,}`)
/// and the JSON schema (`^[a-z0-9_-][a-z0-9_]{3,}…$`) accept.
pub fn acronym(m: &Meeting, meeting_key: &str) -> String {
    let base = m.short_title.as_deref().unwrap_or(meeting_key);
    let mut a = slugify(base, '_');
    if a.is_empty() {
        a = slugify(meeting_key, '_');
    }
    while a.len() < 4 {
        a.push_str(if a.is_empty() { "meeting" } else { "_mtg" });
    }
    a
}

/// An event's slug, `{acronym}-{id}-{session}`: unique (the id is), lower
/// case, ending in a letter or digit — the shape of the XSD's `voc-slug`.
pub fn event_slug(acronym: &str, id: u32, session_id: &str) -> String {
    let s = slugify(session_id, '-');
    let s = if s.is_empty() { "session".into() } else { s };
    format!("{acronym}-{id}-{s}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Session;

    #[test]
    fn guids_depend_on_meeting_and_session_only() {
        let a = session_guid("2020-vcasie", "webinar-1");
        assert_eq!(a, session_guid("2020-vcasie", "webinar-1"));
        assert_ne!(a, session_guid("2020-vcasie", "webinar-2"));
        assert_ne!(a, session_guid("2022-casie", "webinar-1"));
        assert_eq!(a.get_version_num(), 5);
    }

    #[test]
    fn event_ids_are_positive_unique_and_order_free() {
        let mut m = Meeting::default();
        for id in ["b", "a", "c", "webinar-1"] {
            m.sessions.push(Session {
                id: id.into(),
                ..Session::default()
            });
        }
        let ids = event_ids("k", &m);
        assert!(ids.iter().all(|n| (1..=0x7fff_ffff).contains(n)));
        let set: BTreeSet<_> = ids.iter().collect();
        assert_eq!(set.len(), ids.len());
        let before = ids[3];
        m.sessions.swap(0, 3);
        m.sessions.remove(1);
        let again = event_ids("k", &m);
        assert_eq!(again[0], before, "webinar-1 keeps its id");
    }

    #[test]
    fn acronyms_and_slugs_have_the_consumers_shape() {
        let mut m = Meeting {
            short_title: Some("vCASIE 2020".into()),
            ..Meeting::default()
        };
        assert_eq!(acronym(&m, "2020-vcasie"), "vcasie_2020");
        m.short_title = Some("ИКТ".into());
        assert_eq!(acronym(&m, "x"), "ikt_mtg");
        m.short_title = None;
        assert_eq!(acronym(&m, "2018-10-dushanbe"), "2018_10_dushanbe");
        assert_eq!(
            event_slug("vcasie_2020", 7, "Webinar 1!"),
            "vcasie_2020-7-webinar-1"
        );
        assert_eq!(event_slug("abcd", 7, "—"), "abcd-7-session");
    }
}
