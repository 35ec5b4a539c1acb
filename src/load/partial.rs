//! Reading only what a follow-up report shows.
//!
//! `plenary followups` over the 3 MB benchmark agenda lists from its 5,000
//! follow-ups and the few thousand participants who own the listed ones; it
//! has no use for the other participants or the 1,000 sessions, and parsing
//! is nearly all of its time. With the cut of [`split`](super::split), this
//! parses the meeting's own fields and every follow-up, then only the
//! participants (and, when asked, the sessions) that the wanted follow-ups
//! name, picked out by the `id` of each list item.
//!
//! What is not parsed is not checked: a typo in an unrelated session does
//! not stop the report as it stops `plenary check` and the TUI. Any failure
//! in what is parsed, and any file the cut does not know, gives `None`, and
//! the caller loads the file the usual way, so its problems are reported
//! exactly as everywhere else.

use std::collections::HashSet;

use super::split::{self, FOLLOW_UPS, PARTICIPANTS, Piece, SESSIONS};
use crate::domain::{FollowUp, Meeting, Roster};

/// What a report needs from a meeting.
pub struct Wanted<'a> {
    /// The follow-ups it may list; only their owners (and sessions) are read.
    pub follow_up: &'a dyn Fn(&FollowUp) -> bool,
    /// Also read the sessions those follow-ups came from (for their titles).
    pub sessions: bool,
}

/// The meeting with all its follow-ups, the participants who own the wanted
/// ones and (if asked) their sessions; `None` when it cannot be read that way.
pub fn follow_ups_view(text: &str, wanted: &Wanted) -> Option<Meeting> {
    if text.len() < split::MIN_BYTES {
        return None;
    }
    let layout = split::layout(text)?;
    let threads = split::threads();
    let target = split::piece_bytes(text.len(), threads);
    let mut first = vec![Piece::Header(layout.header)];
    if let Some(items) = &layout.items[FOLLOW_UPS] {
        first.extend(split::runs(FOLLOW_UPS, items, target));
    }
    let cut_follow_ups = [false, false, layout.items[FOLLOW_UPS].is_some()];
    let mut m = split::assemble(split::parse_pieces(&first, threads)?, cut_follow_ups)?;
    if matches!(m.participants, Roster::File { .. }) {
        return None;
    }

    let kept: Vec<&FollowUp> = m
        .follow_ups
        .iter()
        .filter(|f| (wanted.follow_up)(f))
        .collect();
    let owners: HashSet<&str> = kept.iter().filter_map(|f| f.owner.as_deref()).collect();
    let sessions: HashSet<&str> = if wanted.sessions {
        kept.iter().filter_map(|f| f.session.as_deref()).collect()
    } else {
        HashSet::new()
    };
    let mut second = Vec::new();
    for (list, ids) in [(PARTICIPANTS, &owners), (SESSIONS, &sessions)] {
        if let Some(items) = &layout.items[list] {
            // An item whose id the scan cannot read is parsed: reading more is never wrong.
            let chosen: Vec<&str> = items
                .iter()
                .copied()
                .filter(|it| item_id(it).is_none_or(|id| ids.contains(id)))
                .collect();
            second.extend(split::runs(list, &chosen, target));
        }
    }
    let parsed = split::parse_pieces(&second, threads)?;
    drop(kept);
    let mut people = Vec::new();
    let mut found_sessions = Vec::new();
    for p in parsed {
        match p {
            split::Parsed::Participants(v) => people.extend(v),
            split::Parsed::Sessions(v) => found_sessions.extend(v),
            _ => {}
        }
    }
    if layout.items[PARTICIPANTS].is_some() {
        m.participants = Roster::Inline(people);
    }
    if layout.items[SESSIONS].is_some() {
        m.sessions = found_sessions;
    }
    Some(m)
}

/// The `id` of a block-list item (`- id: x`, or `id: x` on a later line at
/// the item's indentation), when it is a plain or simply quoted string.
fn item_id(item: &str) -> Option<&str> {
    let mut lines = item.lines();
    let first = lines.next()?;
    let dash = first.len() - first.trim_start_matches(' ').len();
    let rest = first[dash..].strip_prefix('-')?;
    let body = rest.trim_start_matches(' ');
    let mut column = first.len() - body.len();
    if let Some(v) = body.strip_prefix("id:") {
        return id_value(v);
    }
    if body.is_empty() {
        column = 0;
    }
    for line in lines {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let body = &line[indent..];
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        if column == 0 {
            column = indent;
        }
        if indent == column
            && let Some(v) = body.strip_prefix("id:")
        {
            return id_value(v);
        }
    }
    None
}

fn id_value(v: &str) -> Option<&str> {
    if !v.is_empty() && !v.starts_with(' ') {
        return None;
    }
    let v = v.split(" #").next().unwrap_or("").trim();
    let unquoted = match v.as_bytes().first() {
        Some(b'"') => v.strip_prefix('"')?.strip_suffix('"')?,
        Some(b'\'') => v.strip_prefix('\'')?.strip_suffix('\'')?,
        _ => v,
    };
    let plain = !unquoted.is_empty()
        && unquoted
            .chars()
            .all(|c| c.is_alphanumeric() || "-_.".contains(c));
    plain.then_some(unquoted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::FollowUpStatus;

    #[test]
    fn reads_ids_of_list_items() {
        assert_eq!(item_id("- id: p00001\n  name: X\n"), Some("p00001"));
        assert_eq!(
            item_id("  - name: X\n    id: 'cho-jaewon'\n"),
            Some("cho-jaewon")
        );
        assert_eq!(item_id("-\n  name: X\n  id: \"li\" # Li Fan\n"), Some("li"));
        assert_eq!(item_id("- name: X\n  notes: |\n    id: not-this\n"), None);
        assert_eq!(item_id("- id: \"a\\tb\"\n"), None);
        assert_eq!(item_id("- idea: x\n"), None);
    }

    #[test]
    fn keeps_the_owners_of_wanted_follow_ups_only() {
        let m = crate::generate::meeting(3000, 100, 400);
        let text = crate::save::canonical::meeting_yaml(&m).unwrap();
        assert!(text.len() > split::MIN_BYTES);
        let open = |f: &FollowUp| f.status == FollowUpStatus::Open;
        let view = follow_ups_view(
            &text,
            &Wanted {
                follow_up: &open,
                sessions: true,
            },
        )
        .unwrap();
        assert_eq!(view.follow_ups, m.follow_ups);
        assert_eq!(view.title, m.title);
        let wanted: Vec<&FollowUp> = m.follow_ups.iter().filter(|f| open(f)).collect();
        for f in &wanted {
            let owner = f.owner.as_deref().unwrap();
            assert_eq!(view.participant(owner), m.participant(owner));
            let session = f.session.as_deref().unwrap();
            assert_eq!(view.session(session), m.session(session));
        }
        assert!(view.people().len() <= wanted.len() && view.people().len() < m.people().len());
        let no_sessions = follow_ups_view(
            &text,
            &Wanted {
                follow_up: &open,
                sessions: false,
            },
        )
        .unwrap();
        assert!(no_sessions.sessions.is_empty());
    }

    #[test]
    fn a_broken_follow_up_means_the_usual_load() {
        let m = crate::generate::meeting(3000, 100, 400);
        let text = crate::save::canonical::meeting_yaml(&m).unwrap();
        let all = |_: &FollowUp| true;
        let wanted = Wanted {
            follow_up: &all,
            sessions: false,
        };
        let broken = text.replacen("  due: ", "  deu: ", 1);
        assert!(follow_ups_view(&broken, &wanted).is_none());
        // A typo in a part the report does not read goes unnoticed here; `check` finds it.
        let elsewhere = text.replacen("  room: ", "  rom: ", 1);
        assert!(follow_ups_view(&elsewhere, &wanted).is_some());
    }
}
