//! Participants found by id in one step: for each id, the first record
//! that has it, as [`Meeting::participant`](super::Meeting::participant)
//! finds it by walking the roster (which costs a comparison per person:
//! too slow for the rows of a frame on a roster of 100,000).

use std::collections::HashMap;

use super::Participant;

/// Participant id → indices of the first and the last record with it
/// (the same unless the id is given twice, which the checks report).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParticipantIndex {
    at: HashMap<String, (usize, usize)>,
}

impl ParticipantIndex {
    pub fn build(people: &[Participant]) -> ParticipantIndex {
        let mut at = HashMap::with_capacity(people.len());
        for (i, p) in people.iter().enumerate() {
            at.entry(p.id.clone())
                .and_modify(|(_, last)| *last = i)
                .or_insert((i, i));
        }
        ParticipantIndex { at }
    }

    /// Where the first participant with `id` is.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.at.get(id).map(|&(first, _)| first)
    }

    /// Where the last participant with `id` is.
    pub fn last(&self, id: &str) -> Option<usize> {
        self.at.get(id).map(|&(_, last)| last)
    }

    /// The first participant of `people` (the list it was built from)
    /// with `id`.
    pub fn get<'a>(&self, people: &'a [Participant], id: &str) -> Option<&'a Participant> {
        self.index(id)
            .and_then(|i| people.get(i))
            .filter(|p| p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, name: &str) -> Participant {
        Participant {
            id: id.into(),
            name: crate::domain::Text::plain(name),
            ..Participant::default()
        }
    }

    /// The first record with an id, as a walk of the roster finds it.
    #[test]
    fn finds_the_first_record_with_an_id() {
        let people = vec![person("a", "A"), person("b", "B"), person("a", "A2")];
        let ix = ParticipantIndex::build(&people);
        for id in ["a", "b", "c"] {
            let walked = people.iter().find(|p| p.id == id);
            assert_eq!(ix.get(&people, id), walked);
        }
        assert_eq!(ix.last("a"), Some(2));
        assert_eq!(ix.last("b"), Some(1));
    }
}
