//! The slot finder on the vCASIE 2020 speakers (Seoul, Shanghai, Almaty,
//! Tallinn) and on the CASIE-like symposium day: only slots inside
//! everyone's speaking hours, none over a room, a break or a person's other
//! booking, and near misses that say why.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

use chrono::NaiveDate;
use plenary::domain::{Clock, Meeting, SpeakingHours};
use plenary::load;
use plenary::slots::{self, Request, RuledOut};
use plenary::zones;

fn meeting(path: &str) -> Meeting {
    load::load(std::path::Path::new(path))
        .expect("loads")
        .meeting
}

fn idx(m: &Meeting, id: &str) -> usize {
    m.sessions.iter().position(|s| s.id == id).expect("session")
}

fn minutes(hhmm: &str) -> i64 {
    Clock::parse(hhmm).expect("time").minutes()
}

/// Every person's local time for a slot, recomputed independently of the
/// finder, must lie inside `from`..`to`.
fn inside_everyones_window(m: &Meeting, i: usize, slot: &slots::Slot, (from, to): (i64, i64)) {
    let mut s = m.sessions[i].clone();
    s.date = slot.date;
    s.start = Some(slot.start);
    s.end = Some(slot.end);
    let times = zones::local_times(m, &s);
    assert!(!times.is_empty());
    for lt in times {
        let (Some(a), Some(b)) = (lt.start, lt.end) else {
            continue;
        };
        let hm = |d: chrono::DateTime<chrono_tz::Tz>| minutes(&d.format("%H:%M").to_string());
        assert_eq!(a.date_naive(), b.date_naive(), "{} {slot:?}", lt.id);
        assert!(
            hm(a) >= from && hm(b) <= to,
            "{} at {a}-{b} for {slot:?}",
            lt.id
        );
    }
}

#[test]
fn vcasie_webinar_3_gets_only_slots_inside_seoul_and_tallinn_days() {
    let m = meeting("agendas/2020-vcasie.yaml");
    let i = idx(&m, "webinar-3");
    let req = Request::for_session(&m, i, Some(90)).expect("request");
    let found = slots::find(&m, &req);
    assert!(!found.free.is_empty());
    for s in &found.free {
        inside_everyones_window(&m, i, s, (7 * 60, 22 * 60));
    }
    // Seoul (UTC+9) 07:00 is 04:00 in Almaty; Tallinn (UTC+3 in October
    // 2020) 07:00 is 10:00 in Almaty and 22:00 there is 01:00: so on any day
    // a 90-minute webinar starts between 10:00 and 17:30 Almaty time.
    assert!(
        found
            .free
            .iter()
            .all(|s| (minutes("10:00")..=minutes("17:30")).contains(&s.start.minutes()))
    );
    let first = &found.free[0];
    assert_eq!(
        (first.date, first.start.to_string()),
        (
            NaiveDate::from_ymd_opt(2020, 10, 23).expect("date"),
            "11:00".into()
        ),
        "where it is now comes first"
    );
    // 09:45 misses by Tallinn alone, and says so.
    let miss = found
        .near
        .iter()
        .find(|x| x.slot.start.to_string() == "09:45")
        .expect("09:45 is a near miss");
    assert!(matches!(
        &miss.why[..],
        [RuledOut::LocalTime { id, zone, .. }] if id == "marcus-florian" && zone == "Europe/Tallinn"
    ));
}

#[test]
fn the_meetings_own_speaking_hours_narrow_the_slots() {
    let mut m = meeting("agendas/2020-vcasie.yaml");
    m.speaking_hours = Some(SpeakingHours {
        from: Clock::parse("09:00").expect("time"),
        to: Clock::parse("18:00").expect("time"),
    });
    let i = idx(&m, "webinar-3");
    let found = slots::find(&m, &Request::for_session(&m, i, Some(60)).expect("req"));
    assert!(!found.free.is_empty());
    for s in &found.free {
        inside_everyones_window(&m, i, s, (9 * 60, 18 * 60));
    }
}

#[test]
fn symposium_slots_avoid_rooms_breaks_and_other_bookings() {
    let m = meeting("tests/symposium/casie-day.yaml");
    let i = idx(&m, "break-out-a");
    let found = slots::find(&m, &Request::for_session(&m, i, None).expect("req"));
    let day1 = NaiveDate::from_ymd_opt(2023, 10, 4).expect("date");
    for s in found.free.iter().filter(|s| s.date == day1) {
        let (a, b) = (s.start.minutes(), s.end.minutes());
        for (x, y) in [("10:30", "11:00"), ("12:30", "13:30")] {
            assert!(b <= minutes(x) || a >= minutes(y), "over a break: {s:?}");
        }
    }
    // Li Fan hosts the Gallery Walk all day: that is no obstacle, it runs alongside.
    assert!(
        found
            .free
            .iter()
            .any(|s| s.date == day1 && s.start.to_string() == "11:00")
    );
    // In Hall A on day 2 the action plans are in the way, with Li Fan free.
    let mut hall = m.clone();
    hall.sessions[i].room = Some("Hall A".into());
    let found = slots::find(&hall, &Request::for_session(&hall, i, None).expect("req"));
    let day2 = NaiveDate::from_ymd_opt(2023, 10, 5).expect("date");
    assert!(!found.free.iter().any(|s| s.date == day2
        && s.start.minutes() < minutes("11:00")
        && s.end.minutes() > minutes("09:30")));
    assert!(found.near.iter().any(|x| matches!(
        &x.why[..],
        [RuledOut::Room { session, .. }] if session == "action-plans"
    )));
}

#[test]
fn plenary_slots_prints_slots_in_the_meetings_zone_and_near_misses() {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args([
            "slots",
            "agendas/2020-vcasie.yaml",
            "--session",
            "webinar-3",
            "--length",
            "90m",
            "--limit",
            "2",
            "--near",
            "1",
        ])
        .output()
        .expect("run plenary");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_eq!(
        text,
        "Slots for `webinar-3` (Webinar 3: Quality OER contents for skills development, 90 min), times in Asia/Almaty; speaking hours 07:00-22:00 local time.

  1. 23 October 2020 11:00-12:30 (Asia/Seoul 14:00-15:30, Asia/Shanghai
     13:00-14:30, Europe/Tallinn 08:00-09:30)
  2. 23 October 2020 11:15-12:45 (Asia/Seoul 14:15-15:45, Asia/Shanghai
     13:15-14:45, Europe/Tallinn 08:15-09:45)
     ... and 875 more (--limit)

Near misses, each ruled out by one thing:
  - 23 October 2020 09:45-11:15: Florian Marcus (`marcus-florian`) would be at
    06:45-08:15 in Europe/Tallinn, outside 07:00-22:00
"
    );
    let bad = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args([
            "slots",
            "agendas/2020-vcasie.yaml",
            "--session",
            "webinar-4",
        ])
        .output()
        .expect("run plenary");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no session `webinar-4`"));
}

#[test]
fn plenary_slots_for_a_new_session_books_its_people() {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args([
            "slots",
            "agendas/2020-vcasie.yaml",
            "--with",
            "cho-jaewon,marcus-florian",
            "--length",
            "2h",
            "--limit",
            "1",
            "--near",
            "1",
        ])
        .output()
        .expect("run plenary");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("1. 25 September 2020 12:30-14:30 (Asia/Seoul 15:30-17:30, Europe/Tallinn"),
        "{text}"
    );
    assert!(
        text.contains("Jaewon Cho (`cho-jaewon`) is in `webinar-1`"),
        "{text}"
    );
    let bad = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["slots", "agendas/2020-vcasie.yaml", "--with", "cho-jaewn"])
        .output()
        .expect("run plenary");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("did you mean `cho-jaewon`?"));
}
