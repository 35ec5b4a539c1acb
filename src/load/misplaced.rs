//! Fields written at the wrong level of an agenda: `speakers:` on a
//! session (they belong on its items), `room:` on an item (it is the
//! session's), `interpreters:` on a session (they belong on a channel).
//! serde only knows the field is unknown where it stands; this says where
//! it belongs and how to move it.
//!
//! The level is told by the fields serde says it expects there (its
//! "expected one of" list), so nothing here depends on a path.

use crate::i18n::Msg;
use crate::msg;
use crate::problem::suggest;

/// The records whose misplaced fields we know.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Meeting,
    Session,
    Item,
    Participant,
}

/// Which record expects `known` (serde's list of the fields it takes).
fn level(known: &[&str]) -> Option<Level> {
    let has = |f: &str| known.contains(&f);
    if has("start_date") && has("sessions") {
        Some(Level::Meeting)
    } else if has("items") && has("interpretation") {
        Some(Level::Session)
    } else if has("presenter") && has("speakers") {
        Some(Level::Item)
    } else if has("interpreting") && has("role") {
        Some(Level::Participant)
    } else {
        None
    }
}

/// Fields that belong elsewhere, by the level they are found at, with the
/// catalogue keys of the message and hint that say where.
const MOVES: &[(Level, &[&str], (&str, &str))] = &[
    (
        Level::Session,
        &[
            "speakers",
            "speaker",
            "presenter",
            "on_behalf_of",
            "minutes",
        ],
        ("field-belongs-on-item", "field-belongs-on-item-hint"),
    ),
    (
        Level::Session,
        &["interpreters", "to", "retour", "relay"],
        ("field-belongs-on-channel", "field-belongs-on-channel-hint"),
    ),
    (
        Level::Session,
        &["languages"],
        ("session-languages", "session-languages-hint"),
    ),
    (
        Level::Item,
        &[
            "room",
            "link",
            "chair",
            "date",
            "start",
            "end",
            "language",
            "interpretation",
            "kind",
            "lead",
        ],
        ("field-belongs-on-session", "field-belongs-on-session-hint"),
    ),
    (
        Level::Meeting,
        &["speakers", "items", "room", "link", "chair"],
        (
            "field-belongs-in-sessions",
            "field-belongs-in-sessions-hint",
        ),
    ),
    (
        Level::Participant,
        &["a", "b", "c"],
        (
            "field-belongs-in-interpreting",
            "field-belongs-in-interpreting-hint",
        ),
    ),
];

/// Where `field` belongs and how to move it, when serde's `known` list
/// names a level where it is commonly misplaced: (message, hint). A near
/// spelling of such a field (`speakrs` on a session) is said too, when the
/// level has no field of that spelling itself.
pub(super) fn said(field: &str, known: &[&str]) -> Option<(Msg, Msg)> {
    let at = level(known)?;
    let moves = || MOVES.iter().filter(move |(l, _, _)| *l == at);
    let exact = moves().find(|(_, fields, _)| fields.contains(&field));
    if let Some((_, _, key)) = exact {
        return Some(pair(key, field));
    }
    if suggest::closest(field, known.iter().copied()).is_some() {
        return None;
    }
    let near = suggest::closest(field, moves().flat_map(|(_, f, _)| f.iter().copied()))?;
    let (_, _, key) = moves().find(|(_, fields, _)| fields.contains(&near))?;
    let (_, hint) = pair(key, near);
    Some((
        msg!("unknown-field", field = field),
        msg!("did-you-mean-then", name = near, then = hint),
    ))
}

fn pair((message, hint): &(&str, &str), field: &str) -> (Msg, Msg) {
    (
        Msg::new(message).arg("field", field.to_string()),
        Msg::new(hint).arg("field", field.to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SESSION: &[&str] = &["id", "title", "date", "items", "interpretation", "room"];
    const ITEM: &[&str] = &["title", "speakers", "presenter", "minutes"];

    #[test]
    fn speakers_on_a_session_belong_on_its_items() {
        let (m, h) = said("speakers", SESSION).expect("said");
        assert_eq!(m.key, "field-belongs-on-item");
        assert_eq!(h.key, "field-belongs-on-item-hint");
    }

    #[test]
    fn a_near_spelling_of_a_misplaced_field_is_said_with_the_move() {
        let (m, h) = said("speakrs", SESSION).expect("said");
        assert_eq!(m.key, "unknown-field");
        assert_eq!(h.key, "did-you-mean-then");
    }

    #[test]
    fn a_field_of_the_level_itself_wins() {
        // `rom` is `room` misspelt, which a session has.
        assert!(said("rom", SESSION).is_none());
        assert_eq!(
            said("room", ITEM).map(|(m, _)| m.key.to_string()),
            Some("field-belongs-on-session".to_string())
        );
        assert!(said("anything", &["x", "y"]).is_none());
    }
}
