//! Id lookups built once per check run: the rules ask "who is `cho-jaewon`?"
//! thousands of times on a large roster, and a linear scan each time made the
//! checks cost more than parsing.

use std::collections::HashMap;

use crate::domain::{Meeting, Participant};

pub struct Lookup<'a> {
    people: HashMap<&'a str, &'a Participant>,
    sessions: HashMap<&'a str, usize>,
}

impl<'a> Lookup<'a> {
    pub fn new(m: &'a Meeting) -> Self {
        let mut people = HashMap::with_capacity(m.people().len());
        for p in m.people() {
            people.entry(p.id.as_str()).or_insert(p);
        }
        let mut sessions = HashMap::with_capacity(m.sessions.len());
        for (i, s) in m.sessions.iter().enumerate() {
            sessions.entry(s.id.as_str()).or_insert(i);
        }
        Lookup { people, sessions }
    }

    pub fn participant(&self, id: &str) -> Option<&'a Participant> {
        self.people.get(id).copied()
    }

    pub fn has_session(&self, id: &str) -> bool {
        self.sessions.contains_key(id)
    }
}
