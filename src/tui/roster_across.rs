//! The Roster across every loaded meeting (`A` in the Roster): one row per
//! person, matched by id, e-mail or name across scripts by
//! [`crate::people`], with the meetings they took part in, their roles,
//! sessions and the follow-ups they own. The rows go into the Roster's own
//! `rows` (as places in [`Across::people`]), so moving, paging and the
//! search line work as in one meeting's roster; editing keys say to go back.

use super::library::{Library, MeetingId};
use crate::people::{self, Person};
use crate::search::Query;

#[derive(Debug, Clone, Default)]
pub struct Across {
    pub people: Vec<Person>,
    /// The meetings gathered, in the library's (date) order: an
    /// appearance's `meeting` is a place in this list.
    pub meetings: Vec<(MeetingId, String)>,
    /// A document changed or loaded since the people were gathered.
    pub stale: bool,
}

impl Across {
    /// Everyone in every open meeting.
    pub fn gather(lib: &Library) -> Across {
        let ms: Vec<_> = lib.entries.iter().map(|e| e.meeting()).collect();
        Across {
            people: people::gather(&ms),
            meetings: lib
                .entries
                .iter()
                .map(|e| (e.id, e.meeting().label().to_string()))
                .collect(),
            stale: false,
        }
    }

    /// The rows for `query`: best match first, or everyone by name.
    pub fn rows(&mut self, lib: &Library, query: &Query) -> Vec<u32> {
        if self.stale {
            *self = Across::gather(lib);
        }
        let ms: Vec<_> = lib.entries.iter().map(|e| e.meeting()).collect();
        let mut found = people::search_indices(&self.people, &ms, query);
        if query.is_empty() {
            let key = |n: usize| {
                self.people[n]
                    .names
                    .first()
                    .map(|s| s.to_lowercase())
                    .unwrap_or_default()
            };
            found.sort_by_cached_key(|&n| key(n));
        }
        found.into_iter().map(|n| n as u32).collect()
    }

    /// The label of an appearance's meeting.
    pub fn label(&self, meeting: usize) -> &str {
        self.meetings.get(meeting).map_or("", |(_, l)| l.as_str())
    }
}
