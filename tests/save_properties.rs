//! Properties of layout-keeping saves and of the three-way merge, on the
//! reference agendas and hand-styled files (comments, flow lists, odd key
//! order, CRLF): after random edit sequences, every record not edited is
//! byte for byte what it was and the file reads back as the edited meeting;
//! merge(b, b, x) = x, merge(b, x, b) = x, and disjoint edits commute.
//! Case counts stay small here; raise PROPTEST_CASES for a long run.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeSet, HashMap};
use std::fs;

use plenary::domain::{Clock, FollowUpStatus, Meeting, Participant, Text};
use plenary::load;
use plenary::save::layout::{self, Block, Lines};
use plenary::save::{self, merge};
use proptest::prelude::*;

const FILES: &[(&str, &str)] = &[
    ("styled", include_str!("styled/hand-written.yaml")),
    ("crlf", include_str!("styled/crlf.yaml")),
    ("casie", include_str!("../agendas/2022-10-casie.yaml")),
    ("vcasie", include_str!("../agendas/2020-vcasie.yaml")),
];

#[derive(Debug, Clone)]
enum Edit {
    Title(String),
    SessionEnd(usize, i64),
    SessionTitle(usize, String),
    DeleteSession(usize),
    PersonName(usize, String),
    AddPerson(String),
    FollowUpStatus(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let word = "[A-Za-z][a-z ]{0,12}|NO|yes|on|010|1e3|12:30:00|a: b|#x";
    prop_oneof![
        word.prop_map(Edit::Title),
        (0..40usize, 1..60i64).prop_map(|(i, m)| Edit::SessionEnd(i, m)),
        (0..40usize, word).prop_map(|(i, w)| Edit::SessionTitle(i, w)),
        (0..40usize).prop_map(Edit::DeleteSession),
        (0..80usize, word).prop_map(|(i, w)| Edit::PersonName(i, w)),
        "[a-z]{3,10}".prop_map(Edit::AddPerson),
        (0..20usize).prop_map(Edit::FollowUpStatus),
    ]
}

/// Applies an edit; returns the (list, id) of the record it touched.
fn apply(m: &mut Meeting, e: &Edit) -> Option<(&'static str, String)> {
    match e {
        Edit::Title(t) => {
            m.title = Text::plain(t);
            None
        }
        Edit::SessionEnd(i, mins) => {
            let n = m.sessions.len();
            let s = m.sessions.get_mut(i % n.max(1))?;
            let start = s.start?;
            s.end = Clock::from_minutes((start.minutes() + mins).min(23 * 60 + 59));
            Some(("sessions", s.id.clone()))
        }
        Edit::SessionTitle(i, t) => {
            let n = m.sessions.len();
            let s = m.sessions.get_mut(i % n.max(1))?;
            s.title = Text::plain(t);
            Some(("sessions", s.id.clone()))
        }
        Edit::DeleteSession(i) => {
            let n = m.sessions.len();
            if n == 0 {
                return None;
            }
            let s = m.sessions.remove(i % n);
            Some(("sessions", s.id))
        }
        Edit::PersonName(i, t) => {
            let people = m.participants.people_mut();
            let n = people.len();
            let p = people.get_mut(i % n.max(1))?;
            p.name = Text::plain(t);
            Some(("participants", p.id.clone()))
        }
        Edit::AddPerson(id) => {
            let people = m.participants.people_mut();
            if people.iter().any(|p| &p.id == id) {
                return None;
            }
            people.push(Participant {
                id: id.clone(),
                name: Text::plain(id),
                ..Participant::default()
            });
            Some(("participants", id.clone()))
        }
        Edit::FollowUpStatus(i) => {
            let n = m.follow_ups.len();
            let f = m.follow_ups.get_mut(i % n.max(1))?;
            f.status = if f.status == FollowUpStatus::Done {
                FollowUpStatus::Open
            } else {
                FollowUpStatus::Done
            };
            Some(("follow_ups", f.id.clone()))
        }
    }
}

/// The text of every record, by list and id.
fn records(text: &str) -> HashMap<(String, String), String> {
    let l = Lines::new(text);
    let mut out = HashMap::new();
    let Some(top) = layout::map_at(&l, 0, l.len(), 0, false) else {
        return out;
    };
    for e in &top.entries {
        let Some(Block::Seq(seq)) = layout::block_of(&l, e) else {
            continue;
        };
        for it in &seq.items {
            let Some(m) = layout::item_map(&l, it) else {
                continue;
            };
            if let Some(id) = m
                .entries
                .iter()
                .find(|x| x.key == "id")
                .and_then(|x| x.inline.clone())
            {
                out.insert((e.key.clone(), id), l.span(it.start, it.end));
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(24)
    ))]

    #[test]
    fn saves_touch_only_edited_records_and_read_back(file in 0..FILES.len(), edits in prop::collection::vec(edit(), 1..5)) {
        let (name, text) = FILES[file];
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{name}.yaml"));
        fs::write(&path, text).unwrap();
        let mut doc = load::load(&path).unwrap();
        let mut touched = BTreeSet::new();
        for e in &edits {
            if let Some(r) = apply(&mut doc.meeting, e) {
                touched.insert((r.0.to_string(), r.1));
            }
        }
        let report = save::save(&mut doc).unwrap();
        let saved = fs::read_to_string(&path).unwrap();
        prop_assert_eq!(&load::load(&path).unwrap().meeting, &doc.meeting);
        prop_assert!(report.rewritten.is_empty(), "{:?}", report.rewritten);
        let (before, after) = (records(text), records(&saved));
        for (key, block) in &before {
            if !touched.contains(key) {
                prop_assert_eq!(Some(block), after.get(key), "record {:?} changed", key);
            }
        }
        if text.contains("\r\n") {
            prop_assert!(!saved.replace("\r\n", "").contains('\n'), "CRLF kept everywhere");
        }
    }

    #[test]
    fn merge_with_an_unchanged_side_is_the_other_and_disjoint_edits_commute(
        file in 0..FILES.len(),
        a in prop::collection::vec(edit(), 1..4),
        b in prop::collection::vec(edit(), 1..4),
    ) {
        let base = load::parse_meeting(std::path::Path::new("x"), FILES[file].1).unwrap();
        let (mut x, mut y) = (base.clone(), base.clone());
        let tx: Vec<_> = a.iter().filter_map(|e| apply(&mut x, e)).collect();
        let m = merge::merge(&base, &base, &x).unwrap();
        prop_assert!(m.conflicts.is_empty());
        prop_assert_eq!(&m.meeting, &x);
        let m = merge::merge(&base, &x, &base).unwrap();
        prop_assert!(m.conflicts.is_empty());
        prop_assert_eq!(&m.meeting, &x);
        // y edits only records x left alone, and not the title if x changed it.
        let x_title = x.title != base.title;
        let ty: Vec<_> = b
            .iter()
            .filter(|e| !(x_title && matches!(e, Edit::Title(_))))
            .filter(|e| !matches!(e, Edit::AddPerson(_) | Edit::DeleteSession(_)))
            .filter_map(|e| {
                let mut probe = y.clone();
                let r = apply(&mut probe, e);
                match &r {
                    Some(r) if tx.contains(r) => None,
                    _ => {
                        y = probe;
                        r
                    }
                }
            })
            .collect();
        let _ = ty;
        let xy = merge::merge(&base, &x, &y).unwrap();
        let yx = merge::merge(&base, &y, &x).unwrap();
        prop_assert!(xy.conflicts.is_empty() && yx.conflicts.is_empty());
        prop_assert_eq!(&xy.meeting, &yx.meeting);
    }
}
