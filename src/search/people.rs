//! What a participant is searched by: their name in every version, their
//! organization in every version, and their country as code and name.

use super::Key;
use crate::domain::Participant;

/// The search key of one participant; the name comes first so a name match
/// ranks above the same word in an organization.
pub fn participant_key(p: &Participant) -> Key {
    let country_name = p.country.as_deref().map(crate::domain::codes::country_name);
    let others = p
        .organization
        .iter()
        .flat_map(|o| o.all())
        .chain(p.country.as_deref())
        .chain(country_name.as_deref());
    Key::named(p.name.all(), others)
}
