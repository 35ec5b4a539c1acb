//! What the app writes is what `plenary fmt` writes: a record added in the
//! TUI (a session, a participant, a follow-up, an imported registration)
//! leaves an fmt-clean agenda fmt-clean, while the records the user did not
//! touch keep their own bytes, defaults left out or not.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use plenary::domain::{Clock, FollowUp, Participant, Session, Text};
use plenary::edit::{Editor, ops};
use plenary::load;
use plenary::registration::{self, Options};

const AGENDAS: &[&str] = &[
    "2018-10-dushanbe-ict-oer-sdg4.yaml",
    "2019-04-bishkek-festival-round-table.yaml",
    "2020-12-unesco-weidong-expert-meeting.yaml",
    "2020-vcasie.yaml",
    "2022-10-casie.yaml",
];

fn copy_agenda(dir: &Path, name: &str) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("agendas")
        .join(name);
    let to = dir.join(name);
    fs::copy(&from, &to).expect("copy agenda");
    to
}

/// `plenary fmt --check PATH`: its exit code and what it printed.
fn fmt_check(path: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["fmt", "--check"])
        .arg(path)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("runs plenary");
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), said)
}

fn assert_fmt_clean(path: &Path, what: &str) {
    let (code, said) = fmt_check(path);
    if code != 0 {
        let text = fs::read_to_string(path).unwrap_or_default();
        panic!("after {what}, fmt --check failed ({code}): {said}\n--- file ---\n{text}");
    }
}

/// A new session as the TUI's form makes one: title, day and times.
fn new_session(ed: &Editor) -> Session {
    let m = &ed.doc.meeting;
    Session {
        title: Text::plain("Informal exchange"),
        date: m.start_date,
        start: Clock::hm(13, 5),
        end: Clock::hm(13, 50),
        ..Session::default()
    }
}

fn new_participant() -> Participant {
    Participant {
        name: Text::plain("Aigerim Nurlanovna"),
        organization: Some(Text::plain("Ministry of Education")),
        country: Some("NO".into()),
        ..Participant::default()
    }
}

fn new_follow_up(ed: &Editor) -> FollowUp {
    FollowUp {
        title: Text::plain("Send the national report"),
        owner: ed.doc.meeting.people().first().map(|p| p.id.clone()),
        due: Some(ed.doc.meeting.start_date + chrono::Days::new(30)),
        ..FollowUp::default()
    }
}

fn add_and_save(path: &Path, what: &str, tx: impl FnOnce(&Editor) -> plenary::edit::Transaction) {
    let mut ed = Editor::new(load::load(path).expect("loads"));
    let t = tx(&ed);
    ed.apply(t).expect("applies");
    let report = ed.save().expect("saves");
    assert!(
        report.rewritten.is_empty(),
        "{what}: kept the layout {:?}",
        report.rewritten
    );
    assert_eq!(
        load::load(path).expect("reloads").meeting,
        ed.doc.meeting,
        "{what}"
    );
}

#[test]
fn each_reference_agenda_stays_fmt_clean_after_each_kind_of_addition() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in AGENDAS {
        let path = copy_agenda(dir.path(), name);
        assert_fmt_clean(&path, &format!("copying {name}"));
        add_and_save(&path, name, |ed| {
            ops::add_session(&ed.doc.meeting, new_session(ed))
        });
        assert_fmt_clean(&path, &format!("adding a session to {name}"));
        add_and_save(&path, name, |ed| {
            ops::add_participant(&ed.doc.meeting, new_participant())
        });
        assert_fmt_clean(&path, &format!("adding a participant to {name}"));
        add_and_save(&path, name, |ed| {
            ops::add_follow_up(&ed.doc.meeting, new_follow_up(ed))
        });
        assert_fmt_clean(&path, &format!("adding a follow-up to {name}"));
    }
}

#[test]
fn each_reference_agenda_stays_fmt_clean_after_importing_registrations() {
    let csv = "First Name,Last Name,Email,Affiliation,Country\n\
               Dana,Seitkali,dana@example.org,Ministry of Education,Kazakhstan\n\
               Bakyt,Osmonov,,,Kyrgyzstan\n";
    let dir = tempfile::tempdir().expect("tempdir");
    for name in AGENDAS {
        let path = copy_agenda(dir.path(), name);
        add_and_save(&path, name, |ed| {
            let people = ed.doc.meeting.people();
            let plan =
                registration::prepare(csv.as_bytes(), people, &Options::default()).expect("reads");
            registration::transaction(people, &plan.entries)
        });
        assert_fmt_clean(&path, &format!("importing registrations into {name}"));
    }
}

/// A hand-written agenda that leaves defaults out (no `kind`, `role` or
/// `status`), in a style of its own.
const SPARSE: &str = "title: Round table
timezone: Asia/Bishkek
start_date: 2019-04-25
participants:
  - id: osmonov-bakyt
    name: Bakyt Osmonov   # the host
    country: KG
  - id: seitkali-dana
    name: Dana Seitkali
    role: speaker
sessions:
  - id: opening
    title: Opening
    date: 2019-04-25
    start: '10:00'
    end: '10:30'
  - id: talks
    title: Talks
    date: 2019-04-25
    start: '10:30'
    end: '12:00'
    chair: osmonov-bakyt
";

#[test]
fn untouched_records_keep_their_bytes_and_an_edit_adds_no_defaults() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("m.yaml");
    fs::write(&path, SPARSE).expect("write");
    let mut ed = Editor::new(load::load(&path).expect("loads"));
    // One field of an existing record changes: only that line.
    let i = ed
        .doc
        .meeting
        .sessions
        .iter()
        .position(|s| s.id == "talks")
        .expect("talks");
    let tx = ops::resize_session(&ed.doc.meeting, i, Clock::hm(11, 45).expect("time"), false)
        .expect("resize");
    ed.apply(tx).expect("applies");
    // A new session and a new participant come in whole, as fmt writes them.
    let s = Session {
        title: Text::plain("Lunch"),
        date: ed.doc.meeting.start_date,
        start: Clock::hm(12, 0),
        end: Clock::hm(13, 0),
        ..Session::default()
    };
    let tx = ops::add_session(&ed.doc.meeting, s);
    ed.apply(tx).expect("applies");
    let tx = ops::add_participant(&ed.doc.meeting, new_participant());
    ed.apply(tx).expect("applies");
    ed.save().expect("saves");
    let after = fs::read_to_string(&path).expect("read");
    let expected = SPARSE
        .replace("    end: '12:00'\n", "    end: '11:45'\n")
        .replace(
            "    role: speaker\n",
            "    role: speaker\n  - id: nurlanovna-aigerim\n    name: Aigerim Nurlanovna\n    \
             organization: Ministry of Education\n    country: \"NO\"\n    role: participant\n    \
             status: invited\n",
        )
        + "  - id: lunch\n    title: Lunch\n    kind: session\n    date: 2019-04-25\n    \
           start: \"12:00\"\n    end: \"13:00\"\n";
    assert_eq!(after, expected);
    assert_eq!(load::load(&path).expect("reloads").meeting, ed.doc.meeting);
}

#[test]
fn a_first_follow_up_goes_before_the_meetings_notes_as_fmt_puts_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("m.yaml");
    let text = "title: Round table\nformat: in-person\ntimezone: Asia/Bishkek\nstart_date: 2019-04-25\n\
                sessions:\n- id: opening\n  title: Opening\n  kind: session\n  date: 2019-04-25\n\
                notes: From the report.\n";
    fs::write(&path, text).expect("write");
    assert_fmt_clean(&path, "writing the fixture");
    add_and_save(&path, "a first follow-up", |ed| {
        ops::add_follow_up(&ed.doc.meeting, new_follow_up(ed))
    });
    add_and_save(&path, "a first participant", |ed| {
        ops::add_participant(&ed.doc.meeting, new_participant())
    });
    assert_fmt_clean(&path, "adding the first follow-up and participant");
    let after = fs::read_to_string(&path).expect("read");
    assert!(after.ends_with("notes: From the report.\n"), "{after}");
}
