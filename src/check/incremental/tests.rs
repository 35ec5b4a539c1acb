//! After many random edits (and their undoing) on generated and bundled
//! agendas, the incremental problems are the full check's, in order.

use chrono::NaiveDate;

use super::Checks;
use crate::check::check_meeting;
use crate::domain::{Channel, Clock, FollowUpStatus, Meeting, SessionKind, Status, Text};
use crate::edit::{Change, ListOp, Transaction};

/// A small deterministic generator (xorshift): the same edits every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn coin(&mut self) -> bool {
        self.next().is_multiple_of(2)
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 10, 10).unwrap_or_default()
}

/// Some other record's value, so edits make clashes, duplicates, and
/// references that break or mend.
fn session_edit(m: &Meeting, r: &mut Rng) -> Option<Change> {
    let n = m.sessions.len();
    let i = r.below(n);
    let before = m.sessions.get(i)?.clone();
    let other = m.sessions[r.below(n)].clone();
    let person = m
        .people()
        .get(r.below(m.people().len()))
        .map(|p| p.id.clone());
    let mut s = before.clone();
    match r.below(11) {
        0 => s.room = other.room.clone(),
        1 => (s.date, s.start, s.end) = (other.date, other.start, other.end),
        2 => s.chair = person.or_else(|| Some("nobody-here".into())),
        3 => match s.interpretation.first_mut() {
            Some(c) if r.coin() => c.interpreters = person.into_iter().collect(),
            _ => s.interpretation.push(Channel {
                interpreters: person.into_iter().collect(),
                ..Channel::to(if r.coin() { "ru" } else { "en" })
            }),
        },
        4 => {
            s.id = if r.coin() {
                other.id.clone()
            } else {
                format!("{}-x", s.id)
            }
        }
        5 => s.language = other.language.clone(),
        6 => s.start = Clock::from_minutes(r.below(24 * 60) as i64),
        7 => {
            s.title = Text::plain(if r.coin() {
                ""
            } else {
                "Renamed \u{7} session"
            })
        }
        8 => {
            if let (Some(p), Some(it)) = (person, s.items.first_mut()) {
                it.speakers.push(p);
            }
        }
        9 => {
            // A break, in its room or (without one) everyone's; or no longer one.
            s.kind = if s.is_break() {
                SessionKind::Session
            } else {
                SessionKind::Break
            };
            if r.coin() {
                s.room = None;
            }
        }
        _ => s.interpretation.clear(),
    }
    Some(Change::Session(ListOp::Replace {
        at: i,
        before,
        after: s,
    }))
}

fn person_edit(m: &Meeting, r: &mut Rng) -> Option<Change> {
    let n = m.people().len();
    let i = r.below(n);
    let before = m.people().get(i)?.clone();
    let other = m.people()[r.below(n)].clone();
    let mut p = before.clone();
    match r.below(8) {
        0 => p.name = other.name.clone(),
        1 => {
            p.id = if r.coin() {
                other.id.clone()
            } else {
                format!("{}-x", p.id)
            }
        }
        2 => p.status = Status::Declined,
        3 => {
            p.languages = if r.coin() {
                vec!["zz".into()]
            } else {
                other.languages.clone()
            }
        }
        4 => {
            p.timezone = if r.coin() {
                Some("Asia/Tokyo".into())
            } else {
                None
            }
        }
        5 => p.email = other.email.clone().or(Some("no-at-sign".into())),
        6 => p.country = Some("XX".into()),
        _ => p.interpreting = other.interpreting.clone(),
    }
    Some(Change::Participant(ListOp::Replace {
        at: i,
        before,
        after: p,
    }))
}

fn follow_up_edit(m: &Meeting, r: &mut Rng) -> Option<Change> {
    let n = m.follow_ups.len();
    let i = r.below(n);
    let before = m.follow_ups.get(i)?.clone();
    let mut f = before.clone();
    match r.below(5) {
        0 => f.status = FollowUpStatus::Done,
        1 => f.due = m.sessions.first().map(|s| s.date),
        2 => {
            f.owner = m
                .people()
                .get(r.below(m.people().len()))
                .map(|p| p.id.clone())
        }
        3 => {
            f.session = Some(if r.coin() {
                "no-such-session".into()
            } else {
                "x".into()
            })
        }
        _ => f.id = m.follow_ups[r.below(n)].id.clone(),
    }
    Some(Change::FollowUp(ListOp::Replace {
        at: i,
        before,
        after: f,
    }))
}

/// Adds a copy of a record at the end, or takes the last one away.
fn grow_or_shrink(m: &Meeting, r: &mut Rng) -> Option<Change> {
    let add = r.coin();
    Some(match r.below(3) {
        0 => {
            let n = m.sessions.len();
            let s = m.sessions.get(r.below(n))?.clone();
            if add {
                Change::Session(ListOp::Insert(n, s))
            } else {
                Change::Session(ListOp::Remove(n - 1, m.sessions[n - 1].clone()))
            }
        }
        1 => {
            let n = m.people().len();
            let p = m.people().get(r.below(n))?.clone();
            if add {
                Change::Participant(ListOp::Insert(n, p))
            } else {
                Change::Participant(ListOp::Remove(n - 1, m.people()[n - 1].clone()))
            }
        }
        _ => {
            let n = m.follow_ups.len();
            let f = m.follow_ups.get(r.below(n))?.clone();
            if add {
                Change::FollowUp(ListOp::Insert(n, f))
            } else {
                Change::FollowUp(ListOp::Remove(n - 1, m.follow_ups[n - 1].clone()))
            }
        }
    })
}

/// `rounds` random edits, each followed now and then by its undo; after
/// each, the incremental answer is compared with a full check.
fn edits_agree(mut m: Meeting, seed: u64, rounds: usize) -> usize {
    let mut r = Rng(seed);
    let mut checks = Checks::new(&m, today());
    assert_eq!(checks.problems(), check_meeting(&m, today()), "first build");
    let (mut before, mut changed) = (checks.problems(), 0);
    for round in 0..rounds {
        let change = match r.below(4) {
            0 => session_edit(&m, &mut r),
            1 => person_edit(&m, &mut r),
            2 => follow_up_edit(&m, &mut r),
            _ => grow_or_shrink(&m, &mut r),
        };
        let Some(change) = change else { continue };
        let mut tx = Transaction::new("edit").with(change);
        if r.below(4) == 0 {
            // Two changes in one step, as a form that edits two records.
            if let Some(c) = session_edit(&m, &mut r) {
                let mut scratch = m.clone();
                if tx.apply(&mut scratch).is_ok() && c.apply(&mut scratch.clone()).is_ok() {
                    tx.push(c);
                }
            }
        }
        for step in [tx.clone(), tx.inverse()] {
            if step.apply(&mut m).is_err() {
                break;
            }
            let changes: Vec<&Change> = step.changes.iter().collect();
            assert!(checks.update(&m, &changes), "round {round}: incremental");
            let full = check_meeting(&m, today());
            let got = checks.problems();
            if got != full {
                let at = got.iter().zip(&full).position(|(a, b)| a != b);
                let at = at.unwrap_or(got.len().min(full.len()));
                panic!(
                    "round {round} (seed {seed}), {} vs {} problems, first difference at {at}:\n{:?}\n{:?}\nafter {:?}",
                    got.len(),
                    full.len(),
                    got.get(at).map(|p| (&p.path, &p.message)),
                    full.get(at).map(|p| (&p.path, &p.message)),
                    step.changes.iter().map(short).collect::<Vec<_>>()
                );
            }
            assert_eq!(
                checks.interpretation(),
                crate::check::check_interpretation_on(&m, today()),
                "round {round} (seed {seed}): the interpretation warnings"
            );
            changed += usize::from(got != before);
            before = got;
            if r.coin() {
                break; // Keep this edit: the next builds on it.
            }
        }
    }
    changed
}

/// A change in a line: what and where.
fn short(c: &Change) -> String {
    let op = |o: &str, at: usize| format!("{o} {at}");
    match c {
        Change::Session(ListOp::Replace { at, before, after }) => {
            let (b, a) = (format!("{before:?}"), format!("{after:?}"));
            let d = b
                .chars()
                .zip(a.chars())
                .position(|(x, y)| x != y)
                .unwrap_or(0);
            format!(
                "session {at}: …{}…",
                a.chars()
                    .skip(d.saturating_sub(20))
                    .take(60)
                    .collect::<String>()
            )
        }
        Change::Session(ListOp::Insert(at, _)) => op("insert session", *at),
        Change::Session(ListOp::Remove(at, _)) => op("remove session", *at),
        Change::Participant(ListOp::Replace { at, .. }) => op("person", *at),
        Change::Participant(ListOp::Insert(at, _)) => op("insert person", *at),
        Change::Participant(ListOp::Remove(at, _)) => op("remove person", *at),
        Change::FollowUp(ListOp::Replace { at, .. }) => op("follow-up", *at),
        other => format!("{other:?}").chars().take(80).collect(),
    }
}

#[test]
fn random_edits_on_generated_agendas() {
    for seed in 1..=3u64 {
        let m = crate::generate::meeting(150, 40, 60);
        // The edits did change what the checks say, most of the time.
        let changed = edits_agree(m, seed * 7919, 60);
        assert!(
            changed > 20,
            "only {changed} of 60 edits changed the problems"
        );
    }
}

#[test]
fn random_edits_on_the_bundled_agendas() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    assert!(!files.is_empty(), "no agendas in {}", dir.display());
    for (n, f) in files.iter().enumerate() {
        let Ok(doc) = crate::load::load(f) else {
            continue;
        };
        edits_agree(doc.meeting, 31 + n as u64, 60);
    }
}

/// The symposium day has breaks for everyone (no room) between rooms' sessions.
#[test]
fn random_edits_on_a_day_with_breaks() {
    let f = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symposium/casie-day.yaml");
    let Ok(doc) = crate::load::load(&f) else {
        panic!("{} does not load", f.display());
    };
    for seed in [5u64, 17, 29] {
        edits_agree(doc.meeting.clone(), seed, 80);
    }
}

/// Moving a session into a break, in its room or anywhere when the break
/// has none, is seen after the edit as by a full check.
#[test]
fn a_session_moved_into_a_break() {
    let f = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symposium/casie-day.yaml");
    let Ok(doc) = crate::load::load(&f) else {
        panic!("{} does not load", f.display());
    };
    let mut m = doc.meeting;
    let mut checks = Checks::new(&m, today());
    let at = m
        .sessions
        .iter()
        .position(|s| s.id == "break-out-a")
        .unwrap_or(0);
    let before = m.sessions[at].clone();
    let mut after = before.clone();
    after.start = Clock::from_minutes(10 * 60 + 45);
    let c = Change::Session(ListOp::Replace { at, before, after });
    assert!(c.apply(&mut m).is_ok());
    assert!(checks.update(&m, &[&c]));
    let got = checks.problems();
    assert_eq!(got, check_meeting(&m, today()));
    assert!(
        got.iter()
            .any(|p| p.message.contains("overlaps the break `coffee`")),
        "{:?}",
        got.iter().map(|p| &p.message).collect::<Vec<_>>()
    );
}

/// Renumbering edits and the meeting's own fields are left to a full check.
#[test]
fn renumbering_is_refused() {
    let mut m = crate::generate::meeting(20, 5, 5);
    let mut checks = Checks::new(&m, today());
    let s = m.sessions[0].clone();
    let c = Change::Session(ListOp::Remove(0, s));
    assert!(c.apply(&mut m).is_ok());
    assert!(!checks.update(&m, &[&c]));
}
