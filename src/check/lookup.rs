//! Id lookups built once per check run: the rules ask "who is `cho-jaewon`?"
//! thousands of times on a large roster, and a linear scan each time made the
//! checks cost more than parsing. The incremental re-check keeps its own
//! index of ids across edits and lends it here, so an edit does not rebuild
//! a map of the whole roster.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::domain::{Meeting, Participant};

/// Where each id is: every index holding it, in ascending order.
pub type IdIndex = HashMap<String, Vec<usize>>;

pub struct Lookup<'a> {
    people: People<'a>,
    sessions: Sessions<'a>,
}

enum People<'a> {
    Built(FxHashMap<&'a str, &'a Participant>),
    Indexed(&'a IdIndex, &'a [Participant]),
}

enum Sessions<'a> {
    Built(FxHashMap<&'a str, usize>),
    Indexed(&'a IdIndex),
}

impl<'a> Lookup<'a> {
    pub fn new(m: &'a Meeting) -> Self {
        // Fx: the rules ask once per reference, SipHash was most of the asking.
        let mut people = FxHashMap::with_capacity_and_hasher(m.people().len(), Default::default());
        for p in m.people() {
            people.entry(p.id.as_str()).or_insert(p);
        }
        let mut sessions =
            FxHashMap::with_capacity_and_hasher(m.sessions.len(), Default::default());
        for (i, s) in m.sessions.iter().enumerate() {
            sessions.entry(s.id.as_str()).or_insert(i);
        }
        Lookup {
            people: People::Built(people),
            sessions: Sessions::Built(sessions),
        }
    }

    /// The same answers as [`Lookup::new`], from indexes kept up to date
    /// with `m` (the first index of an id is the participant it means).
    pub fn indexed(m: &'a Meeting, people: &'a IdIndex, sessions: &'a IdIndex) -> Self {
        Lookup {
            people: People::Indexed(people, m.people()),
            sessions: Sessions::Indexed(sessions),
        }
    }

    pub fn participant(&self, id: &str) -> Option<&'a Participant> {
        match &self.people {
            People::Built(map) => map.get(id).copied(),
            People::Indexed(ix, people) => ix
                .get(id)
                .and_then(|v| v.first())
                .and_then(|&i| people.get(i)),
        }
    }

    pub fn has_session(&self, id: &str) -> bool {
        match &self.sessions {
            Sessions::Built(map) => map.contains_key(id),
            Sessions::Indexed(ix) => ix.get(id).is_some_and(|v| !v.is_empty()),
        }
    }
}
