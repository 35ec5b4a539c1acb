//! frab / pentabarf `schedule.xml`: what Giggity, ConfClerk, EventFahrplan
//! and the C3VOC recording tools read. The shape follows the C3VOC XSD
//! (`schedule.xml.xsd`): days with date, start, end and index; rooms; events
//! with a positive `id`, a UUID `guid`, dates with their UTC offset, `start`
//! as HH:MM and `duration` as HH:MM.

use super::events::{Event, iso};
use super::xml::Writer;
use super::{Plan, ids};
use crate::domain::DocumentKind;

pub fn render(p: &Plan) -> String {
    let m = p.meeting;
    let mut w = Writer::new();
    w.open("schedule", &[]);
    w.leaf(
        "generator",
        &[("name", "plenary"), ("version", env!("CARGO_PKG_VERSION"))],
        "",
    );
    w.leaf("version", &[], &p.version());
    w.open("conference", &[]);
    let title = m.title.get(p.options.lang(), &m.languages);
    w.leaf("title", &[], title);
    w.leaf("acronym", &[], &p.acronym);
    let (first, last) = p.span();
    w.leaf("start", &[], &first.format("%Y-%m-%d").to_string());
    w.leaf("end", &[], &last.format("%Y-%m-%d").to_string());
    let days = p.feed_days();
    w.leaf("days", &[], &days.len().to_string());
    w.leaf("timeslot_duration", &[], &p.timeslot());
    w.leaf("time_zone_name", &[], p.options.shown.name());
    w.close();
    for day in days {
        let date = day.date.format("%Y-%m-%d").to_string();
        let index = day.index.to_string();
        let (start, end) = (iso(&day.start), iso(&day.end));
        w.open(
            "day",
            &[
                ("index", &index),
                ("date", &date),
                ("start", &start),
                ("end", &end),
            ],
        );
        let mut rooms: Vec<&str> = Vec::new();
        for &k in &day.events {
            if !rooms.contains(&p.events[k].place.as_str()) {
                rooms.push(&p.events[k].place);
            }
        }
        for room in rooms {
            let guid = ids::room_guid(&p.options.meeting_key, room).to_string();
            w.open("room", &[("name", room), ("guid", &guid)]);
            for &k in day.events.iter().filter(|&&k| p.events[k].place == room) {
                event(&mut w, p, &p.events[k]);
            }
            w.close();
        }
        w.close();
    }
    w.finish()
}

fn event(w: &mut Writer, p: &Plan, e: &Event) {
    let s = e.session;
    let m = p.meeting;
    let (id, guid) = (e.id.to_string(), e.guid.to_string());
    w.open("event", &[("id", &id), ("guid", &guid)]);
    w.leaf("date", &[], &iso(&e.start));
    w.leaf("start", &[], &e.start.format("%H:%M").to_string());
    w.leaf("duration", &[], &e.duration_hhmm());
    w.leaf("room", &[], &e.place);
    w.leaf("slug", &[], &e.slug);
    let (title, subtitle) = p.titles(s);
    let proposed = if s.tentative.covers("title") || s.tentative == crate::domain::Tentative::All {
        " (tentative)"
    } else {
        ""
    };
    w.leaf("title", &[], &format!("{title}{proposed}"));
    w.leaf("subtitle", &[], subtitle.as_deref().unwrap_or(""));
    let track = s
        .lead
        .as_ref()
        .map(|l| l.get(p.options.lang(), &m.languages).to_string())
        .unwrap_or_default();
    w.leaf("track", &[], &track);
    w.leaf("type", &[], s.kind.as_str());
    w.leaf(
        "language",
        &[],
        s.language.first().map(String::as_str).unwrap_or(""),
    );
    w.leaf("abstract", &[], &p.abstract_text(s));
    w.open("persons", &[]);
    for (pid, name) in p.persons(s) {
        match pid {
            Some(pid) => {
                let g = ids::person_guid(&p.options.meeting_key, pid);
                let n = person_number(&g).to_string();
                w.leaf("person", &[("id", &n), ("guid", &g.to_string())], &name);
            }
            None => w.leaf("person", &[], &name),
        }
    }
    w.close();
    w.open("links", &[]);
    for (href, title, _kind) in links(p, s) {
        w.leaf("link", &[("href", &href)], &title);
    }
    w.close();
    if let Some(url) = s.link.as_deref().filter(|u| is_http(u)) {
        w.leaf("url", &[], url);
    }
    w.close();
}

/// A person's number for the feeds, from their guid: positive and stable.
pub fn person_number(g: &uuid::Uuid) -> u32 {
    let b = g.as_bytes();
    (u32::from_be_bytes([b[0], b[1], b[2], b[3]]) & 0x7fff_ffff).max(1)
}

pub fn is_http(u: &str) -> bool {
    u.starts_with("https://") || u.starts_with("http://")
}

/// Documents and recordings of a session and its items that have an
/// address: (url, "Title (English)", kind).
pub fn links(p: &Plan, s: &crate::domain::Session) -> Vec<(String, String, DocumentKind)> {
    let m = p.meeting;
    let lang = p.options.lang();
    s.items
        .iter()
        .flat_map(|i| i.documents.iter())
        .chain(s.documents.iter())
        .filter_map(|d| {
            let url = d.url.as_deref().filter(|u| !u.trim().is_empty())?;
            let mut t = d.title.get(lang, &m.languages).to_string();
            if let Some(l) = &d.language {
                t.push_str(&format!(" ({})", crate::domain::codes::language_name(l)));
            }
            Some((url.to_string(), t, d.kind))
        })
        .collect()
}
