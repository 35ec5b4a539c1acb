//! A symposium day (`tests/symposium/casie-day.yaml`: three days, plenaries,
//! two parallel break-outs in different rooms, an all-day Gallery Walk
//! running alongside over all three days): intended overlaps raise no
//! clash, shifting keeps parallel sessions parallel, and every day shows.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;

use chrono::NaiveDate;
use plenary::check::check_meeting;
use plenary::domain::{Clock, Meeting};
use plenary::edit::ops::{self, Push};
use plenary::edit::{Editor, shift};
use plenary::load;

const FIXTURE: &str = "tests/symposium/casie-day.yaml";

fn copy() -> (tempfile::TempDir, Editor) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("casie-day.yaml");
    fs::copy(FIXTURE, &path).expect("copy fixture");
    let doc = load::load(&path).expect("fixture loads");
    (dir, Editor::new(doc))
}

fn clock(s: &str) -> Clock {
    Clock::parse(s).expect("valid time")
}

fn day(s: &str) -> NaiveDate {
    plenary::domain::date::parse(s).expect("valid date")
}

fn idx(m: &Meeting, id: &str) -> usize {
    m.sessions.iter().position(|s| s.id == id).expect("session")
}

fn warnings(m: &Meeting) -> Vec<String> {
    check_meeting(m, day("2023-01-01"))
        .into_iter()
        .map(|p| p.message)
        .collect()
}

/// The fixture's text with each `(id, old start, old end, new start, new end)` retimed.
fn retimed(moves: &[(&str, &str, &str, &str, &str)]) -> String {
    let mut text = fs::read_to_string(FIXTURE).expect("fixture");
    for (id, a, b, c, d) in moves {
        let head = format!("- id: {id}\n");
        let at = text.find(&head).expect("id in fixture");
        let old = format!("  start: \"{a}\"\n  end: \"{b}\"\n");
        let new = format!("  start: \"{c}\"\n  end: \"{d}\"\n");
        let rel = text[at..].find(&old).expect("times after id");
        text.replace_range(at + rel..at + rel + old.len(), &new);
    }
    text
}

#[test]
fn the_fixture_is_clean_and_its_intended_overlap_raises_nothing() {
    let (_d, ed) = copy();
    let m = &ed.doc.meeting;
    assert_eq!(warnings(m), Vec::<String>::new());
    // Li Fan hosts the Gallery Walk and speaks in break-out A at the same time:
    // only because the walk runs alongside.
    let mut m2 = m.clone();
    let g = idx(&m2, "gallery-walk");
    m2.sessions[g].alongside = false;
    let w = warnings(&m2);
    assert!(
        w.iter()
            .any(|x| x.contains("Li Fan (`li-fan`) is booked in two sessions at once")),
        "{w:?}"
    );
}

#[test]
fn a_same_room_clash_between_two_ordinary_sessions_is_still_flagged() {
    let (_d, ed) = copy();
    let mut m = ed.doc.meeting.clone();
    let b = idx(&m, "break-out-b");
    m.sessions[b].room = Some("Room 1".into());
    let w = warnings(&m);
    assert!(
        w.iter()
            .any(|x| x.contains("room `Room 1` is double-booked")),
        "{w:?}"
    );
    // In the Foyer, beside the Gallery Walk, nothing is said.
    m.sessions[b].room = Some("Foyer".into());
    assert_eq!(warnings(&m), Vec::<String>::new());
}

#[test]
fn every_day_shows_and_the_exhibition_is_on_each() {
    let (_d, ed) = copy();
    let m = &ed.doc.meeting;
    let days = m.days();
    assert_eq!(
        days,
        vec![day("2023-10-04"), day("2023-10-05"), day("2023-10-06")]
    );
    let g = idx(m, "gallery-walk");
    for d in &days {
        assert!(m.sessions_on(*d).contains(&g), "{d}");
    }
    let mut empty = m.clone();
    empty.sessions.retain(|s| s.id != "gallery-walk");
    assert_eq!(empty.days().len(), 3, "day 3 has nothing and still shows");
    assert!(empty.sessions_on(day("2023-10-06")).is_empty());
}

#[test]
fn moving_the_opening_later_shifts_the_day_and_keeps_the_break_outs_parallel() {
    let (_d, mut ed) = copy();
    let m = &ed.doc.meeting;
    let tx = ops::move_session(
        m,
        idx(m, "opening"),
        day("2023-10-04"),
        clock("09:30"),
        true,
    )
    .expect("move");
    ed.apply(tx).expect("apply");
    ed.save().expect("save");
    let saved = fs::read_to_string(&ed.doc.path).expect("saved");
    let want = retimed(&[
        ("opening", "09:00", "10:30", "09:30", "11:00"),
        ("coffee", "10:30", "11:00", "11:00", "11:30"),
        ("break-out-a", "11:00", "12:30", "11:30", "13:00"),
        ("break-out-b", "11:00", "12:30", "11:30", "13:00"),
        ("lunch", "12:30", "13:30", "13:00", "14:00"),
        ("report-back", "13:30", "15:00", "14:00", "15:30"),
    ]);
    assert_eq!(saved, want, "registration, the Gallery Walk and day 2 stay");
    assert_eq!(warnings(&ed.doc.meeting), Vec::<String>::new());
}

#[test]
fn lengthening_one_break_out_moves_what_follows_but_not_its_parallel() {
    let (_d, mut ed) = copy();
    let m = &ed.doc.meeting;
    let tx = ops::resize_session(m, idx(m, "break-out-a"), clock("12:45"), true).expect("resize");
    ed.apply(tx).expect("apply");
    ed.save().expect("save");
    let saved = fs::read_to_string(&ed.doc.path).expect("saved");
    let want = retimed(&[
        ("break-out-a", "11:00", "12:30", "11:00", "12:45"),
        ("lunch", "12:30", "13:30", "12:45", "13:45"),
        ("report-back", "13:30", "15:00", "13:45", "15:15"),
    ]);
    assert_eq!(saved, want);
}

#[test]
fn a_session_landing_on_parallel_ones_pushes_them_by_one_amount() {
    let (_d, mut ed) = copy();
    let m = &ed.doc.meeting;
    // The report-back moved to 10:45 lands on the break-outs; everything
    // starting from 10:45 on moves by what they need to clear 12:15, together.
    let r = ops::move_session_with(
        m,
        idx(m, "report-back"),
        day("2023-10-04"),
        clock("10:45"),
        Push::Rest,
    )
    .expect("move");
    assert!(!r.shift.needs_asking());
    ed.apply(r.tx).expect("apply");
    let m = &ed.doc.meeting;
    let at = |id: &str| {
        let s = &m.sessions[idx(m, id)];
        format!("{}-{}", s.start.expect("start"), s.end.expect("end"))
    };
    assert_eq!(at("report-back"), "10:45-12:15");
    assert_eq!(at("coffee"), "10:30-11:00", "starts before 10:45: stays");
    assert_eq!(at("break-out-a"), "12:15-13:45");
    assert_eq!(at("break-out-b"), "12:15-13:45");
    assert_eq!(at("lunch"), "13:45-14:45");
}

#[test]
fn a_fixed_session_or_midnight_makes_the_shift_ask() {
    let (_d, mut ed) = copy();
    let mut m = ed.doc.meeting.clone();
    let lunch = idx(&m, "lunch");
    m.sessions[lunch].fixed = true;
    let opening = idx(&m, "opening");
    let r = ops::move_session_with(&m, opening, day("2023-10-04"), clock("09:30"), Push::Rest)
        .expect("move");
    assert!(r.shift.needs_asking());
    assert_eq!(
        r.shift.question(&m).as_deref(),
        Some("`lunch` is marked fixed")
    );
    let err = ops::move_session(&m, opening, day("2023-10-04"), clock("09:30"), true)
        .expect_err("the yes/no form refuses");
    assert!(err.contains("`lunch` is marked fixed"), "{err}");
    // Leaving it: everything else moves, lunch stays.
    assert!(
        !r.tx
            .changes
            .iter()
            .any(|c| format!("{c:?}").contains("id: \"lunch\""))
    );
    // Moving it too.
    let r = ops::move_session_with(
        &m,
        opening,
        day("2023-10-04"),
        clock("09:30"),
        Push::RestAndFixed,
    )
    .expect("move");
    ed.doc.meeting = m.clone();
    ed.apply(r.tx).expect("apply");
    let s = &ed.doc.meeting.sessions[lunch];
    assert_eq!(s.start, Some(clock("13:00")));
    // Ten hours later from the report-back would cross midnight.
    let sh = shift::shift_from(&m, day("2023-10-04"), clock("13:30").minutes(), 600, &[]);
    assert_eq!(sh.past_day_end, vec![idx(&m, "report-back")]);
    assert!(sh.needs_asking());
    // The all-day exhibition never blocks a shift: it keeps its hours.
    let sh = shift::shift_from(&m, day("2023-10-04"), 0, 30, &[]);
    assert!(
        !sh.moves
            .iter()
            .any(|&(i, _, _)| i == idx(&m, "gallery-walk") || i == idx(&m, "registration"))
    );
}

#[test]
fn shifting_a_day_from_a_time_is_one_undoable_edit() {
    let (_d, mut ed) = copy();
    let before = ed.doc.meeting.clone();
    let tx = shift::shift_day(
        &ed.doc.meeting,
        day("2023-10-04"),
        clock("11:00"),
        -15,
        false,
    );
    ed.apply(tx).expect("apply");
    let m = &ed.doc.meeting;
    assert_eq!(
        m.sessions[idx(m, "break-out-b")].start,
        Some(clock("10:45"))
    );
    assert_eq!(m.sessions[idx(m, "coffee")].start, Some(clock("10:30")));
    ed.undo().expect("undo");
    assert_eq!(ed.doc.meeting, before);
}

#[test]
fn a_session_end_date_is_checked() {
    let (_d, ed) = copy();
    let mut m = ed.doc.meeting.clone();
    let g = idx(&m, "gallery-walk");
    m.sessions[g].end_date = Some(day("2023-10-08"));
    let all = check_meeting(&m, day("2023-01-01"));
    assert!(
        all.iter().any(|p| p
            .message
            .contains("runs until 2023-10-08, past the meeting's last day")),
        "{all:?}"
    );
    m.sessions[g].end_date = Some(day("2023-10-04"));
    let all = check_meeting(&m, day("2023-01-01"));
    assert!(
        all.iter()
            .any(|p| p.message.contains("not after its `date`")),
        "{all:?}"
    );
}

#[test]
fn a_new_session_takes_floor_channels_and_team_from_the_one_before_in_its_room() {
    use plenary::domain::{Channel, SessionKind};
    use plenary::edit::inherit;
    let (_d, ed) = copy();
    let mut m = ed.doc.meeting.clone();
    m.languages = vec!["en".into(), "ru".into()];
    let a = idx(&m, "break-out-a");
    m.sessions[a].interpretation = vec![Channel {
        interpreters: vec!["petrova-irina".into(), "smith-anna".into()],
        retour: true,
        ..Channel::to("ru")
    }];
    let d1 = day("2023-10-04");
    let s = inherit::new_session(
        &m,
        SessionKind::BreakOut,
        d1,
        Some(clock("14:00")),
        Some("Room 1"),
    );
    assert_eq!(s.language, ["en"]);
    assert_eq!(s.interpretation, m.sessions[a].interpretation);
    // Room 2's break-out has no booth: neither has the next session there.
    let s = inherit::new_session(
        &m,
        SessionKind::Workshop,
        d1,
        Some(clock("14:00")),
        Some("Room 2"),
    );
    assert!(s.interpretation.is_empty());
    // A room with nothing before it that day takes the meeting's languages.
    let s = inherit::new_session(
        &m,
        SessionKind::Session,
        d1,
        Some(clock("09:00")),
        Some("Room 9"),
    );
    assert_eq!(s.language, ["en"]);
    assert_eq!(s.interpretation, vec![Channel::to("ru")]);
    assert!(!s.alongside);
    let s = inherit::new_session(&m, SessionKind::Poster, d1, None, Some("Foyer"));
    assert!(s.alongside, "a poster area runs alongside");
    assert_eq!(s.language, ["en", "ru"], "in every working language");
    assert!(s.interpretation.is_empty(), "with no booth");
    // Same team all day: every session of the day with a Russian booth.
    for id in ["opening", "report-back"] {
        let i = idx(&m, id);
        m.sessions[i].interpretation = vec![Channel::to("ru")];
    }
    let team = vec!["petrova-irina".to_string(), "smith-anna".to_string()];
    let model = Channel {
        interpreters: team.clone(),
        ..Channel::to("ru")
    };
    let tx = inherit::staff_day(&m, d1, None, &model);
    let mut after = m.clone();
    tx.apply(&mut after).expect("apply");
    for id in ["opening", "break-out-a", "report-back"] {
        let s = &after.sessions[idx(&after, id)];
        assert_eq!(s.interpretation[0].interpreters, team, "{id}");
    }
    assert_eq!(tx.changes.len(), 2, "break-out A had the team already");
}

/// tester13: a two-way booth staffed "all day" stays two-way everywhere, and
/// a second "same team" sees the booths as different until they are.
#[test]
fn same_team_all_day_copies_two_way_and_relay_too() {
    use plenary::domain::Channel;
    use plenary::edit::inherit;
    let (_d, ed) = copy();
    let mut m = ed.doc.meeting.clone();
    let d1 = day("2023-10-04");
    let team = vec!["petrova-irina".to_string(), "smith-anna".to_string()];
    for id in ["opening", "break-out-a", "report-back"] {
        let i = idx(&m, id);
        m.sessions[i].interpretation = vec![Channel {
            interpreters: team.clone(),
            ..Channel::to("ru")
        }];
    }
    let model = Channel {
        interpreters: team.clone(),
        retour: true,
        relay: Some("fr".into()),
        ..Channel::to("ru")
    };
    let tx = inherit::staff_day(&m, d1, None, &model);
    assert_eq!(
        tx.changes.len(),
        3,
        "same team but one-way is not the same booth"
    );
    let mut after = m.clone();
    tx.apply(&mut after).expect("apply");
    for id in ["opening", "break-out-a", "report-back"] {
        let c = &after.sessions[idx(&after, id)].interpretation[0];
        assert!(c.retour, "{id} two-way");
        assert_eq!(c.relay.as_deref(), Some("fr"), "{id} relay");
    }
    assert!(inherit::staff_day(&after, d1, None, &model).is_empty());
    assert!(inherit::staff_meeting(&after, None, &model).is_empty());
}

#[test]
fn placing_a_session_in_the_grid_sets_room_and_start_and_confirms_the_room() {
    use plenary::domain::Tentative;
    let (_d, ed) = copy();
    let mut m = ed.doc.meeting.clone();
    let b = idx(&m, "break-out-b");
    m.sessions[b].tentative = Tentative::Fields(vec!["room".into(), "start".into()]);
    let tx = ops::place_session(&m, b, day("2023-10-05"), clock("11:00"), Some("Room 1"))
        .expect("place");
    tx.apply(&mut m).expect("apply");
    let s = &m.sessions[b];
    assert_eq!(
        (s.date, s.start, s.end, s.room.as_deref()),
        (
            day("2023-10-05"),
            Some(clock("11:00")),
            Some(clock("12:30")),
            Some("Room 1")
        )
    );
    assert_eq!(s.tentative, Tentative::Fields(vec!["start".into()]));
    assert_eq!(tx.label, "place session `break-out-b`");
    assert_eq!(
        Tentative::No
            .toggled("start")
            .toggled("room")
            .toggled("start"),
        Tentative::Fields(vec!["room".into()])
    );
}

#[test]
fn the_agenda_lists_each_day_of_the_exhibition_and_an_empty_day() {
    let (_d, ed) = copy();
    let mut m = ed.doc.meeting.clone();
    let g = idx(&m, "gallery-walk");
    m.sessions[g].end_date = Some(day("2023-10-05"));
    let tz = plenary::zones::meeting_zone(&m).expect("zone");
    let text = plenary::report::agenda::render(&m, tz, tz, "en", 80);
    assert_eq!(
        text.matches("09:00-18:00  Gallery Walk").count(),
        2,
        "{text}"
    );
    assert!(
        text.contains("Every day from 4 October 2023 to 5 October 2023\n             Runs alongside the programme."),
        "{text}"
    );
    assert!(
        text.ends_with("Friday, 6 October 2023 — Asia/Almaty\n\n             nothing scheduled\n"),
        "{text}"
    );
}
