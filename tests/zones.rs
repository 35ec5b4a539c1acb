//! Time-zone conversions against known instants, from the tz database that
//! chrono-tz bundles: vCASIE 2020 in Almaty, UTC and Paris; Almaty's move
//! from UTC+6 to UTC+5 on 1 March 2024; daylight-saving gaps and repeats.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use plenary::domain::{Clock, Format, Meeting, Participant, Roster, Session};
use plenary::zones::{self, Wall, ZoneSource};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn clock(s: &str) -> Clock {
    Clock::parse(s).unwrap()
}

fn session(d: NaiveDate, start: &str, end: &str) -> Session {
    Session {
        id: "s".into(),
        date: d,
        start: Some(clock(start)),
        end: Some(clock(end)),
        ..Session::default()
    }
}

#[test]
fn vcasie_webinar_1_in_utc_and_paris() {
    let s = session(date(2020, 9, 25), "11:00", "12:30");
    let utc = zones::session(Tz::Asia__Almaty, &s, Tz::UTC).unwrap();
    assert_eq!(
        utc.start,
        Utc.with_ymd_and_hms(2020, 9, 25, 5, 0, 0).unwrap()
    );
    assert_eq!(utc.range(), "05:00-06:30");
    let paris = zones::session(Tz::Asia__Almaty, &s, Tz::Europe__Paris).unwrap();
    assert_eq!(paris.range(), "07:00-08:30");
    assert_eq!(
        zones::zone_heading(&paris.start),
        "Europe/Paris (UTC+02:00, CEST)"
    );
    assert_eq!(zones::zone_heading(&utc.start), "UTC");
    let almaty = zones::session(Tz::Asia__Almaty, &s, Tz::Asia__Almaty).unwrap();
    assert_eq!(
        zones::zone_heading(&almaty.start),
        "Asia/Almaty (UTC+06:00)"
    );
    assert!(!paris.crosses_midnight);
    assert_eq!(paris.day_shift, 0);
}

#[test]
fn almaty_moved_from_utc_plus_6_to_utc_plus_5_on_1_march_2024() {
    let before = zones::resolve(Tz::Asia__Almaty, date(2024, 2, 28), clock("12:00"));
    let after = zones::resolve(Tz::Asia__Almaty, date(2024, 3, 1), clock("12:00"));
    assert_eq!(
        before.at,
        Utc.with_ymd_and_hms(2024, 2, 28, 6, 0, 0).unwrap()
    );
    assert_eq!(after.at, Utc.with_ymd_and_hms(2024, 3, 1, 7, 0, 0).unwrap());
    assert_eq!((before.wall, after.wall), (Wall::Exact, Wall::Exact));
    // Clocks went back from midnight to 23:00: the last hour of 29 February happened twice.
    let twice = zones::resolve(Tz::Asia__Almaty, date(2024, 2, 29), clock("23:30"));
    assert_eq!(twice.wall, Wall::Repeated);
    assert_eq!(
        twice.at,
        Utc.with_ymd_and_hms(2024, 2, 29, 17, 30, 0).unwrap()
    );
}

#[test]
fn daylight_saving_gap_and_repeat_do_not_panic() {
    let gap = zones::resolve(Tz::Europe__Paris, date(2021, 3, 28), clock("02:30"));
    assert_eq!(gap.wall, Wall::Skipped);
    assert_eq!(gap.at, Utc.with_ymd_and_hms(2021, 3, 28, 1, 30, 0).unwrap());
    assert_eq!(
        gap.at
            .with_timezone(&Tz::Europe__Paris)
            .format("%H:%M")
            .to_string(),
        "03:30"
    );
    let repeat = zones::resolve(Tz::Europe__Paris, date(2021, 10, 31), clock("02:30"));
    assert_eq!(repeat.wall, Wall::Repeated);
    assert_eq!(
        repeat.at,
        Utc.with_ymd_and_hms(2021, 10, 31, 0, 30, 0).unwrap()
    );
    // Every minute of a change day resolves, in both directions.
    for d in [date(2021, 3, 28), date(2021, 10, 31)] {
        for m in 0..24 * 60 {
            let r = zones::resolve(Tz::Europe__Paris, d, Clock::from_minutes(m).unwrap());
            assert!(r.at.timestamp() > 0);
        }
    }
}

#[test]
fn sessions_crossing_midnight_in_the_shown_zone() {
    // 05:30-07:00 in Almaty (UTC+6) is 23:30-01:00 UTC, starting the day before.
    let s = session(date(2020, 9, 25), "05:30", "07:00");
    let utc = zones::session(Tz::Asia__Almaty, &s, Tz::UTC).unwrap();
    assert_eq!(utc.range(), "23:30-01:00");
    assert!(utc.crosses_midnight);
    assert_eq!(utc.day_shift, -1);
    assert_eq!(utc.date(), date(2020, 9, 24));
    // Ending exactly at midnight does not cross it.
    let s = session(date(2020, 9, 25), "05:00", "06:00");
    let utc = zones::session(Tz::Asia__Almaty, &s, Tz::UTC).unwrap();
    assert_eq!(utc.range(), "23:00-00:00");
    assert!(!utc.crosses_midnight);
}

fn online(start: NaiveDate, people: Vec<Participant>, s: Session) -> Meeting {
    Meeting {
        timezone: "Asia/Almaty".into(),
        format: Format::Online,
        start_date: start,
        participants: Roster::Inline(people.into()),
        sessions: vec![s].into(),
        ..Meeting::default()
    }
}

fn speaker(id: &str, country: Option<&str>, tz: Option<&str>) -> Participant {
    Participant {
        id: id.into(),
        name: id.into(),
        country: country.map(Into::into),
        timezone: tz.map(Into::into),
        ..Participant::default()
    }
}

fn with_speakers(mut s: Session, ids: &[&str]) -> Session {
    s.items.push(plenary::domain::Item {
        title: "Talk".into(),
        speakers: ids.iter().map(|x| x.to_string()).collect(),
        ..Default::default()
    });
    s
}

#[test]
fn speakers_local_times() {
    let s = with_speakers(
        session(date(2020, 9, 25), "11:00", "12:30"),
        &["kr", "kz", "ny", "ee"],
    );
    let m = online(
        date(2020, 9, 25),
        vec![
            speaker("kr", Some("KR"), None),
            speaker("kz", Some("KZ"), None),
            speaker("ny", None, Some("America/New_York")),
            speaker("ee", Some("EE"), None),
        ],
        s,
    );
    let lt = zones::local_times(&m, &m.sessions[0]);
    let shown: Vec<String> = lt
        .iter()
        .map(|l| match (&l.zone, l.start, l.end) {
            (Ok((tz, _)), Some(a), Some(b)) => {
                format!(
                    "{} {}-{} {} {}",
                    l.id,
                    a.format("%H:%M"),
                    b.format("%H:%M"),
                    tz.name(),
                    l.outside_day
                )
            }
            (Err(why), _, _) => format!("{} ? {why}", l.id),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        shown,
        [
            "kr 14:00-15:30 Asia/Seoul false",
            "kz ? KZ has several time zones then; set `timezone`",
            "ny 01:00-02:30 America/New_York true",
            "ee 08:00-09:30 Europe/Tallinn false",
        ]
    );
    assert_eq!(lt[0].zone.as_ref().map(|z| z.1), Ok(ZoneSource::Country));
    assert_eq!(lt[2].zone.as_ref().map(|z| z.1), Ok(ZoneSource::Given));

    // Since March 2024 all of Kazakhstan keeps UTC+5: a KZ speaker's time is known.
    let s = with_speakers(session(date(2024, 10, 3), "11:00", "12:30"), &["kz"]);
    let m = online(date(2024, 10, 3), vec![speaker("kz", Some("KZ"), None)], s);
    let lt = zones::local_times(&m, &m.sessions[0]);
    assert_eq!(lt[0].zone.as_ref().map(|z| z.0), Ok(Tz::Asia__Almaty));
    assert_eq!(lt[0].start.unwrap().format("%H:%M").to_string(), "11:00");
}
