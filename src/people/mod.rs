//! People across meetings: one record per person over every meeting loaded,
//! matched by participant id, e-mail or name across scripts (Onokan
//! Umankulova in one file, Онокан Уманкулова in another, Онокан Бакировна
//! Уманкулова in a third: a patronymic does not stop it), with the meetings
//! they took part in, their role and sessions there, and the follow-ups they own.

mod counts;

pub use counts::{SeriesCounts, series_counts};

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::domain::{Meeting, Participant, Role, Status};
use crate::search::{
    Fathers, Key, Matcher, Query, fathers_of, name_skeleton, participant_key,
    patronymic_free_skeletons,
};

/// One meeting a person took part in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appearance {
    /// Index of the meeting in the list given.
    pub meeting: usize,
    pub id: String,
    pub role: Role,
    pub status: Status,
    /// "chair of `opening`", "speaker in `panel-1`", "interpreter in `webinar-2`".
    pub sessions: Vec<String>,
    /// Ids of the follow-ups they own there.
    pub follow_ups: Vec<String>,
}

/// One person over the meetings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Every version of the name, first as first met.
    pub names: Vec<String>,
    pub emails: BTreeSet<String>,
    pub countries: BTreeSet<String>,
    pub organizations: Vec<String>,
    pub appearances: Vec<Appearance>,
}

/// Where each participant of a meeting appears, built in one pass.
fn roles_in(m: &Meeting) -> HashMap<&str, (Vec<String>, Vec<String>)> {
    let mut map: HashMap<&str, (Vec<String>, Vec<String>)> = HashMap::new();
    for s in &m.sessions {
        if let Some(c) = s.chair.as_deref() {
            map.entry(c)
                .or_default()
                .0
                .push(format!("chair of `{}`", s.id));
        }
        for it in &s.items {
            for sp in &it.speakers {
                map.entry(sp)
                    .or_default()
                    .0
                    .push(format!("speaker in `{}`", s.id));
            }
        }
        for ch in &s.interpretation {
            for x in &ch.interpreters {
                map.entry(x)
                    .or_default()
                    .0
                    .push(format!("interpreter in `{}`", s.id));
            }
        }
    }
    for f in &m.follow_ups {
        if let Some(o) = f.owner.as_deref() {
            map.entry(o).or_default().1.push(f.id.clone());
        }
    }
    for v in map.values_mut() {
        v.0.dedup();
    }
    map
}

/// What two records of one person share.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Same {
    Name(u64),
    Email(String),
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// A participant's place: (meeting, index on its roster).
pub type Place = (usize, usize);

/// A name without a patronymic that fits people with different ones in
/// the meetings: taken for none of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doubt {
    pub short: Place,
    /// One entry of each person it fits.
    pub fathers: Vec<Place>,
}

/// Everyone in `meetings`, one record per person, in order of first appearance.
pub fn gather(meetings: &[&Meeting]) -> Vec<Person> {
    gather_told(meetings).0
}

/// [`gather`], and the names it could not tell apart.
pub fn gather_told(meetings: &[&Meeting]) -> (Vec<Person>, Vec<Doubt>) {
    let all: Vec<(usize, &Participant)> = meetings
        .iter()
        .enumerate()
        .flat_map(|(m, mt)| mt.people().iter().map(move |p| (m, p)))
        .collect();
    let places: Vec<Place> = meetings
        .iter()
        .enumerate()
        .flat_map(|(m, mt)| (0..mt.people().len()).map(move |k| (m, k)))
        .collect();
    let mut parent: Vec<usize> = (0..all.len()).collect();
    let mut first: HashMap<Same, usize> = HashMap::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    // Names with a patronymic by what they are without it, as the roster's
    // duplicate finder joins them ([`crate::search::find_duplicates`]).
    let mut with_patronymic: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, (_, p)) in all.iter().enumerate() {
        for h in p.name.all().flat_map(patronymic_free_skeletons) {
            with_patronymic.entry(h).or_default().push(i);
        }
        let mut keys: Vec<Same> = p
            .name
            .all()
            .filter_map(name_skeleton)
            .map(Same::Name)
            .collect();
        if let Some(e) = p.email.as_deref().filter(|e| !e.trim().is_empty()) {
            keys.push(Same::Email(e.trim().to_lowercase()));
        }
        let join = |j: usize, parent: &mut Vec<usize>| {
            let (a, b) = (find(parent, i), find(parent, j));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        };
        match by_id.get(p.id.as_str()) {
            Some(&j) => join(j, &mut parent),
            None => {
                by_id.insert(&p.id, i);
            }
        }
        for k in keys {
            match first.get(&k) {
                Some(&j) => join(j, &mut parent),
                None => {
                    first.insert(k, i);
                }
            }
        }
    }
    let doubts = join_fathers(&mut parent, &all, &with_patronymic);
    let roles: Vec<_> = meetings.iter().map(|m| roles_in(m)).collect();
    let mut people: Vec<Person> = Vec::new();
    let mut slot: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, (m, p)) in all.iter().enumerate() {
        let r = find(&mut parent, i);
        let n = *slot.entry(r).or_insert_with(|| {
            people.push(Person {
                names: Vec::new(),
                emails: BTreeSet::new(),
                countries: BTreeSet::new(),
                organizations: Vec::new(),
                appearances: Vec::new(),
            });
            people.len() - 1
        });
        add(&mut people[n], *m, p, roles[*m].get(p.id.as_str()));
    }
    let doubts = doubts
        .into_iter()
        .map(|(i, f)| Doubt {
            short: places[i],
            fathers: f.into_iter().map(|j| places[j]).collect(),
        })
        .collect();
    (people, doubts)
}

/// Joins each name to the names with a patronymic it is without, as the
/// roster's duplicate finder does; returns the records whose name fits
/// several fathers, joined to none, with one record of each father.
fn join_fathers(
    parent: &mut [usize],
    all: &[(usize, &Participant)],
    with_patronymic: &HashMap<u64, Vec<usize>>,
) -> Vec<(usize, Vec<usize>)> {
    // Ivan Sidorov in one meeting, Иван Петрович and Иван Иванович Сидоров
    // in another: two fathers, two people, and he is taken for neither.
    let mut doubts: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, (_, p)) in all.iter().enumerate() {
        for h in p.name.all().filter_map(name_skeleton) {
            let fathers = with_patronymic.get(&h).map_or(&[][..], Vec::as_slice);
            match fathers_of(parent, i, fathers) {
                Fathers::One => {
                    for &j in fathers {
                        let (a, b) = (find(parent, i), find(parent, j));
                        if a != b {
                            parent[a.max(b)] = a.min(b);
                        }
                    }
                }
                Fathers::Known => {}
                Fathers::Several(f) => {
                    if doubts.iter().all(|(s, _)| *s != i) {
                        doubts.push((i, f));
                    }
                }
            }
        }
    }
    doubts
}

fn add(
    person: &mut Person,
    meeting: usize,
    p: &Participant,
    roles: Option<&(Vec<String>, Vec<String>)>,
) {
    for n in p.name.all() {
        if !person.names.iter().any(|x| x == n) {
            person.names.push(n.to_string());
        }
    }
    person
        .emails
        .extend(p.email.iter().map(|e| e.trim().to_lowercase()));
    person.countries.extend(p.country.iter().cloned());
    if let Some(o) = &p.organization {
        let o = o.primary().to_string();
        if !person.organizations.contains(&o) {
            person.organizations.push(o);
        }
    }
    let (sessions, follow_ups) = roles.cloned().unwrap_or_default();
    person.appearances.push(Appearance {
        meeting,
        id: p.id.clone(),
        role: p.role,
        status: p.status,
        sessions,
        follow_ups,
    });
}

/// The people a query finds: those of whom any record (in any meeting)
/// matches, with the roster search's matching.
pub fn search<'a>(people: &'a [Person], meetings: &[&Meeting], query: &str) -> Vec<&'a Person> {
    search_indices(people, meetings, &Query::new(query))
        .into_iter()
        .map(|n| &people[n])
        .collect()
}

/// [`search`] as places in `people`, best first (all, in order, for an
/// empty query).
pub fn search_indices(people: &[Person], meetings: &[&Meeting], q: &Query) -> Vec<usize> {
    if q.is_empty() {
        return (0..people.len()).collect();
    }
    let matcher = Matcher::default();
    let mut scored: Vec<(i64, usize)> = people
        .iter()
        .enumerate()
        .filter_map(|(n, person)| {
            let best = person
                .appearances
                .iter()
                .filter_map(|a| meetings[a.meeting].participant(&a.id))
                .map(participant_key)
                .chain(std::iter::once(Key::new(
                    person.names.iter().map(String::as_str),
                )))
                .filter_map(|k| matcher.score(&k, q))
                .max()?;
            Some((best, n))
        })
        .collect();
    scored.sort_by_key(|(s, n)| (std::cmp::Reverse(*s), *n));
    scored.into_iter().map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Text;

    fn meeting(people: &[(&str, &str)]) -> Meeting {
        let mut m = Meeting::default();
        *m.participants.people_mut() = people
            .iter()
            .map(|(id, name)| Participant {
                id: id.to_string(),
                name: Text::plain(*name),
                ..Participant::default()
            })
            .collect();
        m
    }

    #[test]
    fn one_person_across_meetings_and_scripts() {
        let a = meeting(&[("umankulova", "Onokan Umankulova"), ("li", "Fan Li")]);
        let b = meeting(&[("o-u", "Онокан Уманкулова"), ("x", "Someone Else")]);
        let people = gather(&[&a, &b]);
        assert_eq!(people.len(), 3);
        assert_eq!(people[0].names, ["Onokan Umankulova", "Онокан Уманкулова"]);
        assert_eq!(people[0].appearances.len(), 2);
        let found = search(&people, &[&a, &b], "уманкулова");
        assert_eq!(found.len(), 1);
        let c = meeting(&[("o-b-u", "Онокан Бакировна Уманкулова")]);
        let people = gather(&[&a, &b, &c]);
        assert_eq!(people.len(), 3);
        assert_eq!(people[0].appearances.len(), 3);
    }

    #[test]
    fn a_short_name_does_not_make_two_fathers_of_two_meetings_one() {
        let a = meeting(&[("sidorov-ivan", "Ivan Sidorov")]);
        let b = meeting(&[
            ("petrovich", "Иван Петрович Сидоров"),
            ("ivanovich", "Иван Иванович Сидоров"),
        ]);
        let (people, doubts) = gather_told(&[&a, &b]);
        assert_eq!(people.len(), 3, "{people:?}");
        assert_eq!(
            doubts,
            [Doubt {
                short: (0, 0),
                fathers: vec![(1, 0), (1, 1)]
            }]
        );
        // One father only: he is that one.
        let c = meeting(&[("petrovich", "Иван Петрович Сидоров")]);
        let (people, doubts) = gather_told(&[&a, &c]);
        assert_eq!(people.len(), 1);
        assert!(doubts.is_empty());
    }
}
