//! The canonical text of a meeting: same document, same bytes.
//!
//! Field order is the struct order in `domain`, maps are sorted, empty
//! optional fields are left out. `plenary fmt` and every save produce it, so
//! git diffs show only what a person changed.

use crate::domain::{Meeting, Participant, RosterFile};

pub fn meeting_yaml(m: &Meeting) -> Result<String, serde_yaml::Error> {
    serde_yaml::to_string(m)
}

pub fn roster_yaml(people: &[Participant]) -> Result<String, serde_yaml::Error> {
    serde_yaml::to_string(&RosterFile { participants: people.to_vec() })
}
