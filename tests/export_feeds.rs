//! The conference-app feeds (frab `schedule.xml`, C3VOC `schedule.json`)
//! keep the rules their consumers rely on, checked structurally so the
//! suite needs no copy of the C3VOC validators: positive unique stable ids,
//! UUID v5 guids, acronym and slug shapes, HH:MM starts and durations,
//! dates with an offset, every required field.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use plenary::export::{self, Format, Options, Selection};
use plenary::{load, zones};

fn agendas() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir("agendas")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    v.sort();
    assert_eq!(v.len(), 5);
    v
}

/// The agendas, the CASIE-like day, whose exhibition runs three days
/// (`end_date`): one event a day, each with its own id, guid and slug; and a
/// workshop with an empty middle day.
fn feed_inputs() -> Vec<PathBuf> {
    let mut v = agendas();
    v.push(PathBuf::from("tests/symposium/casie-day.yaml"));
    v.push(PathBuf::from(GAP_DAYS));
    v
}

/// Three days, 6-8 October 2026 in Almaty, with sessions on the first and
/// the last only.
const GAP_DAYS: &str = "tests/feeds/gap-days.yaml";

fn options(path: &Path, tz: Option<&str>) -> (load::Document, chrono_tz::Tz, Options) {
    let doc = load::load(path).unwrap();
    let written = zones::meeting_zone(&doc.meeting).unwrap();
    let o = Options {
        langs: vec!["en".into()],
        shown: tz.map(|t| zones::parse(t).unwrap()).unwrap_or(written),
        selection: Selection::All,
        meeting_key: path.file_stem().unwrap().to_string_lossy().into(),
        tzid: false,
        stamp: chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
    };
    (doc, written, o)
}

fn export(path: &Path, f: Format, tz: Option<&str>) -> String {
    let (doc, written, o) = options(path, tz);
    export::render(&doc.meeting, written, f, &o, &mut Default::default())
        .unwrap()
        .text
}

fn is_hhmm(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && s[..2].parse::<u32>().is_ok()
        && s[3..].parse::<u32>().is_ok_and(|m| m < 60)
}

/// `2020-09-25T11:00:00+06:00`, as chrono reads RFC 3339 (offset required).
fn has_offset(s: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

fn is_v5_uuid(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok_and(|u| u.get_version_num() == 5) && s.len() == 36
}

fn acronym_ok(a: &str) -> bool {
    a.len() >= 4
        && a.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn slug_ok(s: &str) -> bool {
    let (head, tail) = s.split_once('-').unwrap_or(("", ""));
    head.len() >= 4
        && tail.len() >= 4
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        && s.ends_with(|c: char| c.is_ascii_alphanumeric())
}

const EVENT_FIELDS: [&str; 16] = [
    "abstract", "date", "duration", "guid", "id", "language", "links", "persons", "room", "slug",
    "start", "subtitle", "title", "track", "type", "url",
];

#[test]
fn schedule_json_keeps_the_c3voc_rules() {
    for path in feed_inputs() {
        let text = export(&path, Format::ScheduleJson, None);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let c = &v["schedule"]["conference"];
        assert!(v["schedule"]["version"].is_string());
        for k in [
            "title",
            "acronym",
            "days",
            "daysCount",
            "start",
            "end",
            "timeslot_duration",
        ] {
            assert!(!c[k].is_null(), "{path:?}: conference.{k}");
        }
        assert!(acronym_ok(c["acronym"].as_str().unwrap()));
        let days = c["days"].as_array().unwrap();
        assert_eq!(c["daysCount"].as_u64().unwrap() as usize, days.len());
        let mut ids = BTreeSet::new();
        for (i, d) in days.iter().enumerate() {
            assert_eq!(d["index"].as_u64().unwrap() as usize, i + 1);
            assert!(has_offset(d["day_start"].as_str().unwrap()));
            assert!(has_offset(d["day_end"].as_str().unwrap()));
            for (room, events) in d["rooms"].as_object().unwrap() {
                for e in events.as_array().unwrap() {
                    let keys: BTreeSet<&str> =
                        e.as_object().unwrap().keys().map(|k| k.as_str()).collect();
                    for k in EVENT_FIELDS {
                        assert!(keys.contains(k), "{path:?}: event lacks {k}");
                    }
                    assert!(
                        keys.iter()
                            .all(|k| EVENT_FIELDS.contains(k) || *k == "description")
                    );
                    assert_eq!(e["room"].as_str(), Some(room.as_str()));
                    let id = e["id"].as_u64().unwrap();
                    assert!(id >= 1 && ids.insert(id), "{path:?}: id {id}");
                    assert!(is_v5_uuid(e["guid"].as_str().unwrap()));
                    assert!(has_offset(e["date"].as_str().unwrap()));
                    assert!(is_hhmm(e["start"].as_str().unwrap()));
                    assert!(is_hhmm(e["duration"].as_str().unwrap()));
                    assert!(slug_ok(e["slug"].as_str().unwrap()), "{}", e["slug"]);
                    assert!(e["url"].as_str().unwrap().contains(':'));
                    for p in e["persons"].as_array().unwrap() {
                        // pretalx shape: `name` and never frab's `public_name`, so
                        // the schema's oneOf matches exactly one of the two.
                        assert!(p["name"].is_string() && p["public_name"].is_null());
                    }
                }
            }
        }
    }
}

#[test]
fn frab_xml_keeps_the_consumers_rules() {
    for path in feed_inputs() {
        let text = export(&path, Format::FrabXml, Some("UTC"));
        let doc = roxmltree::Document::parse(&text).unwrap();
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "schedule");
        let conf = root
            .children()
            .find(|n| n.has_tag_name("conference"))
            .unwrap();
        let acronym = conf.children().find(|n| n.has_tag_name("acronym")).unwrap();
        assert!(acronym_ok(acronym.text().unwrap()));
        let mut ids = BTreeSet::new();
        let mut guids = BTreeSet::new();
        for (i, day) in root
            .children()
            .filter(|n| n.has_tag_name("day"))
            .enumerate()
        {
            assert_eq!(day.attribute("index"), Some((i + 1).to_string().as_str()));
            assert!(day.attribute("date").is_some());
            assert!(has_offset(day.attribute("start").unwrap()));
            assert!(has_offset(day.attribute("end").unwrap()));
            for ev in day.descendants().filter(|n| n.has_tag_name("event")) {
                let id: u32 = ev.attribute("id").unwrap().parse().unwrap();
                assert!(id >= 1 && ids.insert(id));
                let g = ev.attribute("guid").unwrap();
                assert!(is_v5_uuid(g) && guids.insert(g.to_string()));
                let child = |name: &str| ev.children().find(|n| n.has_tag_name(name));
                for k in [
                    "room", "title", "type", "date", "start", "duration", "abstract", "track",
                ] {
                    assert!(child(k).is_some(), "{path:?}: event lacks <{k}>");
                }
                assert!(has_offset(child("date").unwrap().text().unwrap()));
                assert!(child("date").unwrap().text().unwrap().ends_with("+00:00"));
                assert!(is_hhmm(child("start").unwrap().text().unwrap()));
                assert!(is_hhmm(child("duration").unwrap().text().unwrap()));
                assert!(slug_ok(child("slug").unwrap().text().unwrap()));
            }
        }
        assert!(!ids.is_empty(), "{path:?} exports events");
    }
}

#[test]
fn vcasie_webinar_1_is_at_five_utc_in_the_feeds() {
    let text = export(
        Path::new("agendas/2020-vcasie.yaml"),
        Format::ScheduleJson,
        None,
    );
    assert!(
        text.contains("\"date\": \"2020-09-25T11:00:00+06:00\""),
        "{text}"
    );
    let utc = export(
        Path::new("agendas/2020-vcasie.yaml"),
        Format::FrabXml,
        Some("UTC"),
    );
    assert!(utc.contains("<date>2020-09-25T05:00:00+00:00</date>"));
}

#[test]
fn ids_and_guids_survive_edits_of_titles_times_and_order() {
    let path = Path::new("agendas/2020-vcasie.yaml");
    let (doc, written, o) = options(path, None);
    let before = export::render(
        &doc.meeting,
        written,
        Format::ScheduleJson,
        &o,
        &mut Default::default(),
    )
    .unwrap()
    .text;
    let mut m = doc.meeting.clone();
    m.sessions[0].title = "Renamed".into();
    m.sessions[0].start = plenary::domain::Clock::hm(9, 0);
    m.sessions.reverse();
    let after = export::render(
        &m,
        written,
        Format::ScheduleJson,
        &o,
        &mut Default::default(),
    )
    .unwrap()
    .text;
    let pick = |t: &str| {
        let v: serde_json::Value = serde_json::from_str(t).unwrap();
        let mut out = BTreeSet::new();
        for d in v["schedule"]["conference"]["days"].as_array().unwrap() {
            for evs in d["rooms"].as_object().unwrap().values() {
                for e in evs.as_array().unwrap() {
                    out.insert((
                        e["id"].as_u64().unwrap(),
                        e["guid"].as_str().unwrap().to_string(),
                    ));
                }
            }
        }
        out
    };
    assert_eq!(pick(&before), pick(&after));
}

#[test]
fn a_selection_that_names_nothing_says_what_exists() {
    let path = Path::new("agendas/2020-vcasie.yaml");
    let (doc, written, mut o) = options(path, None);
    o.selection = Selection::Session("webinar-9".into());
    let e = export::render(
        &doc.meeting,
        written,
        Format::FrabXml,
        &o,
        &mut Default::default(),
    )
    .unwrap_err();
    assert!(
        e.message.contains("webinar-9") && e.hint.contains("webinar-1"),
        "{e:?}"
    );
    o.selection = Selection::Session("webinar-2".into());
    let one = export::render(
        &doc.meeting,
        written,
        Format::FrabXml,
        &o,
        &mut Default::default(),
    )
    .unwrap()
    .text;
    assert_eq!(one.matches("<event ").count(), 1);
}

#[test]
fn markup_in_titles_is_escaped() {
    let path = Path::new("agendas/2020-vcasie.yaml");
    let (doc, written, o) = options(path, None);
    let mut m = doc.meeting.clone();
    m.sessions[0].title = "<script>&\u{7}".into();
    let xml = export::render(&m, written, Format::FrabXml, &o, &mut Default::default())
        .unwrap()
        .text;
    assert!(roxmltree::Document::parse(&xml).is_ok());
    assert!(xml.contains("&lt;script&gt;&amp;\u{FFFD}"));
}

/// A day with nothing planned yet is still a day of the meeting: both feeds
/// list every date from start to end, the empty one with no rooms and a
/// start and an end (the formats require them), and say the meeting ends on
/// its last date.
#[test]
fn the_feeds_list_a_day_with_nothing_planned() {
    let path = Path::new(GAP_DAYS);
    let text = export(path, Format::ScheduleJson, None);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let c = &v["schedule"]["conference"];
    assert_eq!(
        (c["start"].as_str(), c["end"].as_str()),
        (Some("2026-10-06"), Some("2026-10-08"))
    );
    assert_eq!(c["daysCount"], 3);
    let days = c["days"].as_array().unwrap();
    let dates: Vec<&str> = days.iter().map(|d| d["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2026-10-06", "2026-10-07", "2026-10-08"]);
    let gap = &days[1];
    assert_eq!(gap["index"], 2);
    assert_eq!(gap["rooms"], serde_json::json!({}));
    assert_eq!(gap["day_start"], "2026-10-07T00:00:00+05:00");
    assert_eq!(gap["day_end"], "2026-10-07T23:59:00+05:00");
    assert_eq!(days[2]["day_start"], "2026-10-08T16:00:00+05:00");

    let xml = export(path, Format::FrabXml, None);
    assert!(
        xml.contains("<end>2026-10-08</end>") && xml.contains("<days>3</days>"),
        "{xml}"
    );
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let days: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("day"))
        .collect();
    let dates: Vec<&str> = days.iter().map(|d| d.attribute("date").unwrap()).collect();
    assert_eq!(dates, ["2026-10-06", "2026-10-07", "2026-10-08"]);
    assert!(!days[1].children().any(|n| n.is_element()), "{xml}");
}

/// In another zone a day of the meeting is listed on the date most of it
/// falls on there, and the feed runs from the earliest event's date: the
/// opening at 09:30 in Almaty is 21:30 the evening before in Los Angeles.
#[test]
fn the_feeds_days_follow_the_shown_zone() {
    let text = export(
        Path::new(GAP_DAYS),
        Format::ScheduleJson,
        Some("America/Los_Angeles"),
    );
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let c = &v["schedule"]["conference"];
    assert_eq!(
        (c["start"].as_str(), c["end"].as_str()),
        (Some("2026-10-05"), Some("2026-10-08"))
    );
    let days = c["days"].as_array().unwrap();
    let dates: Vec<&str> = days.iter().map(|d| d["date"].as_str().unwrap()).collect();
    assert_eq!(
        dates,
        ["2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08"]
    );
    assert_eq!(c["daysCount"], 4);
    assert_eq!(days[2]["day_start"], "2026-10-07T00:00:00-07:00");
}
