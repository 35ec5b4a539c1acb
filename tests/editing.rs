//! The edit layer: every edit undoable and redoable, shifting that leaves no
//! overlap, renames that follow references, and saving that respects disk.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;

use chrono::NaiveDate;
use plenary::check::check_meeting;
use plenary::domain::{Channel, Clock, FollowUp, Item, Participant, Session, Text};
use plenary::edit::{DiskState, Editor, ops, participant_usage};
use plenary::load;

fn vcasie_copy() -> (tempfile::TempDir, Editor) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("vcasie.yaml");
    fs::copy("agendas/2020-vcasie.yaml", &path).expect("copy agenda");
    let doc = load::load(&path).expect("reference agenda loads");
    (dir, Editor::new(doc))
}

fn clock(s: &str) -> Clock {
    Clock::parse(s).expect("valid time")
}

fn day(s: &str) -> NaiveDate {
    plenary::domain::date::parse(s).expect("valid date")
}

#[test]
fn every_edit_undoes_and_redoes_exactly() {
    let (_d, mut ed) = vcasie_copy();
    let original = ed.doc.meeting.clone();
    let m = &ed.doc.meeting;
    let tx = ops::add_session(
        m,
        Session {
            title: Text::plain("Extra webinar"),
            date: day("2020-10-07"),
            start: Some(clock("17:00")),
            end: Some(clock("18:00")),
            ..Session::default()
        },
    );
    ed.apply(tx).expect("add");
    let ids: Vec<&str> = ed
        .doc
        .meeting
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["webinar-1", "webinar-2", "extra-webinar", "webinar-3"],
        "a new session is saved at its place in the programme"
    );
    let i = 2;
    let tx = ops::edit_session(&ed.doc.meeting, i, "speakers", |s| {
        s.language = vec!["en".into()];
        s.interpretation = vec![Channel::to("ru")];
        s.items.push(Item {
            title: Text::plain("Talk"),
            speakers: vec!["cho-jaewon".into()],
            ..Item::default()
        });
    })
    .expect("edit");
    ed.apply(tx).expect("apply");
    let tx = ops::add_participant(
        &ed.doc.meeting,
        Participant {
            name: Text::plain("Гульнара Кусиденова"),
            ..Participant::default()
        },
    );
    ed.apply(tx).expect("add participant");
    assert_eq!(
        ed.doc.meeting.people().last().map(|p| p.id.as_str()),
        Some("kusidenova-gulnara")
    );
    let edited = ed.doc.meeting.clone();

    while ed.undo().expect("undo").is_some() {}
    assert_eq!(ed.doc.meeting, original);
    assert!(!ed.is_dirty(), "back at the loaded state");
    while ed.redo().expect("redo").is_some() {}
    assert_eq!(ed.doc.meeting, edited);
    assert!(ed.is_dirty());
}

#[test]
fn resizing_with_shift_moves_the_rest_of_the_day() {
    let (_d, mut ed) = vcasie_copy();
    let date = day("2020-10-01");
    // Build a day of three back-to-back sessions with a gap before the last.
    for (t, a, b) in [
        ("A", "09:00", "10:00"),
        ("B", "10:00", "11:00"),
        ("C", "11:30", "12:00"),
    ] {
        let tx = ops::add_session(
            &ed.doc.meeting,
            Session {
                title: Text::plain(t),
                date,
                start: Some(clock(a)),
                end: Some(clock(b)),
                room: Some("Hall".into()),
                ..Session::default()
            },
        );
        ed.apply(tx).expect("add");
    }
    let idx = |ed: &Editor, id: &str| {
        ed.doc
            .meeting
            .sessions
            .iter()
            .position(|s| s.id == id)
            .expect("session")
    };
    let a = idx(&ed, "a");
    let tx = ops::resize_session(&ed.doc.meeting, a, clock("10:30"), true).expect("resize");
    ed.apply(tx).expect("apply");
    let times = |ed: &Editor, id: &str| {
        let s = &ed.doc.meeting.sessions[idx(ed, id)];
        format!(
            "{}-{}",
            s.start.map(|c| c.to_string()).unwrap_or_default(),
            s.end.map(|c| c.to_string()).unwrap_or_default()
        )
    };
    assert_eq!(times(&ed, "a"), "09:00-10:30");
    assert_eq!(times(&ed, "b"), "10:30-11:30");
    assert_eq!(times(&ed, "c"), "12:00-12:30", "the gap is kept");
    // Shortening pulls them back.
    let tx = ops::resize_session(&ed.doc.meeting, a, clock("09:45"), true).expect("resize");
    ed.apply(tx).expect("apply");
    assert_eq!(times(&ed, "b"), "09:45-10:45");
    assert_eq!(times(&ed, "c"), "11:15-11:45");
    // Without shifting, a move that collides leaves the conflict for the checks to show.
    let c = idx(&ed, "c");
    let tx = ops::move_session(&ed.doc.meeting, c, date, clock("09:30"), false).expect("move");
    ed.apply(tx).expect("apply");
    let warnings = check_meeting(&ed.doc.meeting, day("2020-01-01"));
    assert!(
        warnings
            .iter()
            .any(|p| p.message.contains("room `Hall` is double-booked")),
        "{warnings:?}"
    );
    ed.undo().expect("undo");
    let warnings = check_meeting(&ed.doc.meeting, day("2020-01-01"));
    assert!(
        !warnings.iter().any(|p| p.message.contains("double-booked")),
        "conflict gone after undo"
    );
    // Moving with shift pushes what it lands on.
    let tx = ops::move_session(&ed.doc.meeting, c, date, clock("09:00"), true).expect("move");
    ed.apply(tx).expect("apply");
    assert_eq!(times(&ed, "c"), "09:00-09:30");
    assert_eq!(times(&ed, "a"), "09:30-10:15");
    assert_eq!(times(&ed, "b"), "10:15-11:15");
    assert!(
        ops::move_session(&ed.doc.meeting, c, date, clock("23:50"), false).is_err(),
        "past midnight is refused"
    );
}

#[test]
fn renaming_a_participant_follows_every_reference() {
    let (_d, mut ed) = vcasie_copy();
    let i = ed
        .doc
        .meeting
        .people()
        .iter()
        .position(|p| p.id == "cho-jaewon")
        .expect("Cho");
    let before = participant_usage(&ed.doc.meeting, "cho-jaewon");
    assert!(!before.is_empty());
    let tx = ops::edit_participant(&ed.doc.meeting, i, "rename", |p| p.id = "jaewon-cho".into())
        .expect("rename");
    ed.apply(tx).expect("apply");
    assert!(participant_usage(&ed.doc.meeting, "cho-jaewon").is_empty());
    assert_eq!(
        participant_usage(&ed.doc.meeting, "jaewon-cho").len(),
        before.len()
    );
    let taken = ed.doc.meeting.people()[1].id.clone();
    assert!(ops::edit_participant(&ed.doc.meeting, i, "rename", |p| p.id = taken).is_err());
}

#[test]
fn deleting_a_session_unlinks_its_follow_ups_and_undo_brings_both_back() {
    let (_d, mut ed) = vcasie_copy();
    let tx = ops::add_follow_up(
        &ed.doc.meeting,
        FollowUp {
            title: Text::plain("Share recordings"),
            session: Some("webinar-1".into()),
            owner_org: Some(Text::plain("UNESCO Bangkok")),
            ..FollowUp::default()
        },
    );
    ed.apply(tx).expect("add");
    let snapshot = ed.doc.meeting.clone();
    let tx = ops::delete_session(&ed.doc.meeting, 0).expect("delete");
    ed.apply(tx).expect("apply");
    assert!(
        ed.doc
            .meeting
            .follow_ups
            .iter()
            .all(|f| f.session.as_deref() != Some("webinar-1"))
    );
    assert!(
        check_meeting(&ed.doc.meeting, day("2020-01-01"))
            .iter()
            .all(|p| !p.is_error())
    );
    ed.undo().expect("undo");
    assert_eq!(ed.doc.meeting, snapshot);
}

#[test]
fn saving_tracks_dirty_state_and_respects_changes_on_disk() {
    let (dir, mut ed) = vcasie_copy();
    let tx = ops::edit_header(&ed.doc.meeting, "title", |m| {
        m.short_title = Some("vCASIE".into())
    });
    ed.apply(tx).expect("apply");
    assert!(ed.is_dirty());
    ed.save().expect("save");
    assert!(!ed.is_dirty());
    assert_eq!(
        load::load(&ed.doc.path).expect("reload").meeting,
        ed.doc.meeting
    );
    ed.undo().expect("undo");
    assert!(ed.is_dirty());
    ed.redo().expect("redo");
    assert!(!ed.is_dirty(), "redo back to the saved state");

    // Someone else edits the file.
    let theirs = fs::read_to_string(&ed.doc.path)
        .expect("read")
        .replace("vCASIE\n", "vCASIE (theirs)\n");
    fs::write(&ed.doc.path, &theirs).expect("write");
    assert_eq!(ed.disk_state(), DiskState::Changed);
    let tx = ops::edit_header(&ed.doc.meeting, "series", |m| {
        m.series = Some("casie-virtual".into())
    });
    ed.apply(tx).expect("apply");
    assert!(ed.save().is_err(), "never overwrite silently");
    assert_eq!(fs::read_to_string(&ed.doc.path).expect("read"), theirs);

    // Keep both: mine goes to a new file, theirs stays.
    let mine = dir.path().join("vcasie-mine.yaml");
    ed.save_as(&mine).expect("save as");
    assert_eq!(
        fs::read_to_string(dir.path().join("vcasie.yaml")).expect("read"),
        theirs
    );
    assert_eq!(
        load::load(&mine)
            .expect("load mine")
            .meeting
            .series
            .as_deref(),
        Some("casie-virtual")
    );

    // Reload picks up their version and drops the history.
    let (_d2, mut ed2) = vcasie_copy();
    fs::write(
        &ed2.doc.path,
        fs::read_to_string(&ed2.doc.path)
            .expect("read")
            .replace("short_title: vCASIE 2020", "short_title: Theirs"),
    )
    .expect("write");
    ed2.reload().expect("reload");
    assert_eq!(ed2.doc.meeting.short_title.as_deref(), Some("Theirs"));
    assert!(!ed2.history.can_undo());

    // Keep mine and overwrite: theirs is kept beside it.
    let (_d3, mut ed3) = vcasie_copy();
    let p = ed3.doc.path.clone();
    fs::write(
        &p,
        fs::read_to_string(&p)
            .expect("read")
            .replace("short_title: vCASIE 2020", "short_title: Theirs"),
    )
    .expect("write");
    let tx = ops::edit_header(&ed3.doc.meeting, "mine", |m| {
        m.short_title = Some("Mine".into())
    });
    ed3.apply(tx).expect("apply");
    let (_, backups) = ed3.save_overwriting().expect("overwrite");
    assert!(
        fs::read_to_string(&backups[0])
            .expect("theirs kept")
            .contains("short_title: Theirs")
    );
    assert_eq!(
        load::load(&p).expect("load").meeting.short_title.as_deref(),
        Some("Mine")
    );
}

/// The base (the meeting as the file holds it) is made only when wanted,
/// from the meeting and the history: after edits, after a save, after
/// undoing past the save, and after an edit that drops the save's redo.
#[test]
fn the_base_is_the_meeting_last_loaded_or_saved() {
    let (_d, mut ed) = vcasie_copy();
    let loaded = ed.doc.meeting.clone();
    let rename = |m: &plenary::domain::Meeting, title: &str| {
        ops::edit_session(m, 0, "title", |s| s.title = Text::plain(title)).expect("edit")
    };
    assert_eq!(ed.base(), &loaded, "no edit yet");
    ed.apply(rename(&ed.doc.meeting, "One")).expect("edit");
    ed.apply(rename(&ed.doc.meeting, "Two")).expect("edit");
    assert_eq!(ed.base(), &loaded, "two edits on");
    ed.save().expect("save");
    let saved = ed.doc.meeting.clone();
    assert_eq!(ed.base(), &saved);
    ed.undo().expect("undo");
    ed.undo().expect("undo");
    assert_eq!(ed.base(), &saved, "undone past the save");
    // A fresh editor (no base made yet) in the same state.
    let mut fresh = Editor::new(load::load(&ed.doc.path).expect("loads"));
    fresh
        .apply(rename(&fresh.doc.meeting, "Three"))
        .expect("edit");
    fresh.save().expect("save");
    let saved = fresh.doc.meeting.clone();
    fresh.undo().expect("undo");
    // The save is on the redo stack; this edit drops it.
    fresh
        .apply(rename(&fresh.doc.meeting, "Four"))
        .expect("edit");
    assert_eq!(fresh.base(), &saved, "the save's redo dropped");
    fresh.discard_edits();
    assert_eq!(
        fresh.doc.meeting, saved,
        "dropping the edits goes back to the save"
    );
    assert!(!fresh.is_dirty());
}
