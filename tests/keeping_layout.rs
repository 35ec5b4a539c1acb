//! A save changes only the lines of what was edited: comments, key order,
//! flow lists, quoting, blank lines and line endings of everything else stay
//! byte for byte, and new records go where a person would put them.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use plenary::domain::{Clock, Participant, Session, Text};
use plenary::edit::{Editor, ops};
use plenary::load;

const STYLED: &str = include_str!("styled/hand-written.yaml");

fn copy(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, text).expect("write fixture");
    p
}

/// Lines of `a` not in `b` and of `b` not in `a`, by a plain line diff.
fn changed_lines(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
    let (x, y): (Vec<&str>, Vec<&str>) = (
        a.split_inclusive('\n').collect(),
        b.split_inclusive('\n').collect(),
    );
    let prefix = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let suffix = x[prefix..]
        .iter()
        .rev()
        .zip(y[prefix..].iter().rev())
        .take_while(|(p, q)| p == q)
        .count();
    let take = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    (
        take(&x[prefix..x.len() - suffix]),
        take(&y[prefix..y.len() - suffix]),
    )
}

fn editor(path: &Path) -> Editor {
    Editor::new(load::load(path).expect("loads"))
}

fn session_index(ed: &Editor, id: &str) -> usize {
    ed.doc
        .meeting
        .sessions
        .iter()
        .position(|s| s.id == id)
        .expect("session")
}

#[test]
fn changing_one_time_changes_one_line_and_keeps_its_comment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy(dir.path(), "m.yaml", STYLED);
    let mut ed = editor(&path);
    let i = session_index(&ed, "opening");
    let tx = ops::resize_session(&ed.doc.meeting, i, Clock::hm(10, 15).expect("time"), false)
        .expect("resize");
    ed.apply(tx).expect("apply");
    let report = ed.save().expect("saves");
    assert!(report.rewritten.is_empty(), "{:?}", report.rewritten);
    assert!(report.backups.is_empty());
    let after = fs::read_to_string(&path).expect("read");
    let (gone, new) = changed_lines(STYLED, &after);
    assert_eq!(gone, ["    end: \"10:20\"    # short\n"]);
    assert_eq!(new, ["    end: \"10:15\"    # short\n"]);
    assert_eq!(load::load(&path).expect("reloads").meeting, ed.doc.meeting);
}

#[test]
fn single_quotes_stay_single_and_crlf_stays_crlf() {
    let dir = tempfile::tempdir().expect("tempdir");
    let crlf = STYLED.replace('\n', "\r\n");
    let path = copy(dir.path(), "m.yaml", &crlf);
    let mut ed = editor(&path);
    let i = session_index(&ed, "presentations");
    let tx = ops::resize_session(&ed.doc.meeting, i, Clock::hm(11, 20).expect("time"), false)
        .expect("resize");
    ed.apply(tx).expect("apply");
    ed.save().expect("saves");
    let after = fs::read_to_string(&path).expect("read");
    let (gone, new) = changed_lines(&crlf, &after);
    assert_eq!(gone, ["    end: '11:30'\r\n"]);
    assert_eq!(new, ["    end: '11:20'\r\n"]);
}

#[test]
fn a_new_session_goes_among_its_days_sessions_in_their_style() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy(dir.path(), "m.yaml", STYLED);
    let mut ed = editor(&path);
    let s = Session {
        id: "break".into(),
        title: Text::plain("Coffee"),
        date: ed.doc.meeting.start_date,
        start: Clock::hm(11, 20),
        end: Clock::hm(11, 30),
        language: vec!["en".into(), "no".into()],
        ..Session::default()
    };
    let tx = ops::add_session(&ed.doc.meeting, s);
    ed.apply(tx).expect("apply");
    ed.save().expect("saves");
    let after = fs::read_to_string(&path).expect("read");
    let (gone, new) = changed_lines(STYLED, &after);
    assert!(gone.is_empty(), "{gone:?}");
    assert!(new.concat().contains("  - id: break\n"), "{new:?}");
    assert!(
        after.contains(
            "    end: '11:30'\n    title: National presentations\n    chair: li-fan\n    items:\n      - title: Kazakhstan\n        speakers: [kussidenova-gulnara]\n\n  - id: break\n    title: Coffee\n    kind: session\n    date: 2020-12-23\n    start: \"11:20\"\n    end: \"11:30\"\n    language: [en, \"no\"]\n\n  - id: closing\n"
        ),
        "{after}"
    );
    assert!(after.find("id: break") > after.find("id: presentations"));
    assert!(after.find("id: break") < after.find("id: closing"));
    assert_eq!(load::load(&path).expect("reloads").meeting, ed.doc.meeting);
}

#[test]
fn a_new_participant_goes_after_the_last_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy(dir.path(), "m.yaml", STYLED);
    let mut ed = editor(&path);
    let p = Participant {
        id: "nurmagambetov-a".into(),
        name: Text::plain("A. Nurmagambetov"),
        country: Some("NO".into()),
        ..Participant::default()
    };
    let tx = ops::add_participant(&ed.doc.meeting, p);
    ed.apply(tx).expect("apply");
    ed.save().expect("saves");
    let after = fs::read_to_string(&path).expect("read");
    let (gone, new) = changed_lines(STYLED, &after);
    assert!(gone.is_empty(), "{gone:?}");
    let new = new.concat();
    assert!(
        after.contains("    role: organizer\n\n  - id: nurmagambetov-a\n"),
        "{after}"
    );
    assert!(new.contains("    country: \"NO\"\n"), "{new}");
    assert!(after.find("nurmagambetov") < after.find("sessions:"));
    assert_eq!(load::load(&path).expect("reloads").meeting, ed.doc.meeting);
}

#[test]
fn deleting_a_session_keeps_the_comment_above_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy(dir.path(), "m.yaml", STYLED);
    let mut ed = editor(&path);
    let i = session_index(&ed, "presentations");
    let tx = ops::delete_session(&ed.doc.meeting, i).expect("delete");
    ed.apply(tx).expect("apply");
    let report = ed.save().expect("saves");
    assert!(
        report.backups.is_empty(),
        "no comment was lost: {:?}",
        report.backups
    );
    let after = fs::read_to_string(&path).expect("read");
    assert!(after.contains("  # The main part\n"));
    assert!(!after.contains("National presentations"));
    let (gone, new) = changed_lines(STYLED, &after);
    assert!(new.is_empty(), "{new:?}");
    assert!(gone.concat().contains("id: presentations"));
    assert_eq!(load::load(&path).expect("reloads").meeting, ed.doc.meeting);
}
