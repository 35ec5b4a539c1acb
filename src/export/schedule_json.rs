//! C3VOC `schedule.json` (version 1, what pretalx writes), valid against the
//! C3VOC JSON schema: no field the schema does not allow, every required one
//! present, `start` as HH:MM, `duration` as HH:MM, dates with their offset.

use serde_json::{Value, json};

use super::events::{Event, iso};
use super::frab::{is_http, links, person_number};
use super::{Plan, ids};
use crate::domain::{DocumentKind, Tentative};

pub fn render(p: &Plan) -> String {
    // C1 and bidi controls as \u escapes: the same values, safe on a terminal.
    let pretty = serde_json::to_string_pretty(&document(p)).unwrap_or_default();
    let mut text = crate::safe::json::escape(&pretty);
    text.push('\n');
    text
}

/// The whole document as a JSON value.
pub fn document(p: &Plan) -> Value {
    let m = p.meeting;
    let (first, last) = p.span();
    let key = &p.options.meeting_key;
    let mut rooms: Vec<&str> = Vec::new();
    for e in &p.events {
        if !rooms.contains(&e.place.as_str()) {
            rooms.push(&e.place);
        }
    }
    let rooms: Vec<Value> = rooms
        .iter()
        .map(|r| json!({"name": r, "guid": ids::room_guid(key, r).to_string()}))
        .collect();
    let days: Vec<Value> = p
        .feed_days()
        .iter()
        .map(|d| {
            let mut by_room = serde_json::Map::new();
            for &k in &d.events {
                let e = &p.events[k];
                let list = by_room
                    .entry(e.place.clone())
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(v) = list {
                    v.push(event(p, e));
                }
            }
            json!({
                "index": d.index,
                "date": d.date.format("%Y-%m-%d").to_string(),
                "day_start": iso(&d.start),
                "day_end": iso(&d.end),
                "rooms": by_room,
            })
        })
        .collect();
    json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "plenary", "version": env!("CARGO_PKG_VERSION")},
        "schedule": {
            "version": p.version(),
            "conference": {
                "acronym": p.acronym,
                "title": m.title.get(p.options.lang(), &m.languages),
                "start": first.format("%Y-%m-%d").to_string(),
                "end": last.format("%Y-%m-%d").to_string(),
                "daysCount": days.len(),
                "timeslot_duration": p.timeslot(),
                "time_zone_name": p.options.shown.name(),
                "rooms": rooms,
                "days": days,
            }
        }
    })
}

/// The schema's `Reference.type` for a document kind.
fn link_type(k: DocumentKind) -> &'static str {
    match k {
        DocumentKind::Presentation => "slides",
        DocumentKind::Recording => "media",
        DocumentKind::Report | DocumentKind::ConceptNote | DocumentKind::Programme => "paper",
        DocumentKind::Document => "related",
    }
}

fn event(p: &Plan, e: &Event) -> Value {
    let s = e.session;
    let m = p.meeting;
    let key = &p.options.meeting_key;
    let (title, subtitle) = p.titles(s);
    let proposed = if s.tentative.covers("title") || s.tentative == Tentative::All {
        " (tentative)"
    } else {
        ""
    };
    let persons: Vec<Value> = p
        .persons(s)
        .into_iter()
        .map(|(pid, name)| match pid {
            Some(pid) => {
                let g = ids::person_guid(key, pid);
                json!({"id": person_number(&g), "guid": g.to_string(), "name": name})
            }
            None => json!({"name": name}),
        })
        .collect();
    let links: Vec<Value> = links(p, s)
        .into_iter()
        .map(|(url, t, k)| json!({"url": url, "title": t, "type": link_type(k)}))
        .collect();
    // `url` is required; with no web page, the event's own URN says so honestly.
    let url = s
        .link
        .clone()
        .filter(|u| is_http(u))
        .unwrap_or_else(|| e.guid.urn().to_string());
    json!({
        "guid": e.guid.to_string(),
        "id": e.id,
        "date": iso(&e.start),
        "start": e.start.format("%H:%M").to_string(),
        "duration": e.duration_hhmm(),
        "room": e.place,
        "slug": e.slug,
        "url": url,
        "title": format!("{title}{proposed}"),
        "subtitle": subtitle,
        "track": s.lead.as_ref().map(|l| l.get(p.options.lang(), &m.languages)),
        "type": s.kind.as_str(),
        "language": s.language.first(),
        "abstract": p.abstract_text(s),
        "description": Value::Null,
        "persons": persons,
        "links": links,
    })
}
