//! A [`Schedule`] read from a feed, turned into a meeting: events become
//! sessions at the same instants (as wall-clock times of the conference's
//! zone), persons become participants, languages the floor language.

use chrono::{Duration, FixedOffset, TimeZone, Timelike};
use chrono_tz::Tz;

use super::{FeedEvent, Schedule};
use crate::domain::{
    Clock, Document, DocumentKind, Format, Item, Meeting, Participant, Role, Session, SessionKind,
    Status, Text, codes,
};
use crate::export::ids::slugify;
use crate::i18n::Msg;
use crate::zones;

/// The zone to write times in: the feed's own, else the one its offsets
/// name (`Etc/GMT-6` for +06:00), else UTC.
fn zone(s: &Schedule) -> Tz {
    if let Some(tz) = s.time_zone.as_deref().and_then(|t| zones::parse(t).ok()) {
        return tz;
    }
    let secs = s
        .events
        .iter()
        .find_map(|e| e.start.map(|d| d.offset().local_minus_utc()))
        .unwrap_or(0);
    if secs == 0 || secs % 3600 != 0 {
        return Tz::UTC;
    }
    // The Etc zones' signs are inverted on purpose (POSIX).
    let name = format!("Etc/GMT{:+}", -secs / 3600);
    zones::parse(&name).unwrap_or(Tz::UTC)
}

fn kind(t: &str) -> SessionKind {
    let t = t.trim().to_lowercase();
    if let Some(k) = SessionKind::ALL.into_iter().find(|k| k.as_str() == t) {
        return k;
    }
    match t.as_str() {
        "talk" | "lecture" | "keynote" => SessionKind::Presentation,
        "workshop" | "hands-on" | "tutorial" => SessionKind::Training,
        "podium" => SessionKind::Panel,
        _ => SessionKind::Session,
    }
}

fn doc_kind(t: &str) -> DocumentKind {
    match t {
        "slides" => DocumentKind::Presentation,
        "media" | "recording" | "video" => DocumentKind::Recording,
        "paper" | "article" => DocumentKind::Report,
        _ => DocumentKind::Document,
    }
}

/// `base`, or `base-2`, `base-3`… whichever is not taken yet.
fn unique(base: String, taken: &mut Vec<String>) -> String {
    let base = if base.is_empty() {
        "event".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.push(id.clone());
    id
}

/// The participant id for `name`, adding them to `people` when new.
fn person_id(name: &str, people: &mut Vec<Participant>, ids: &mut Vec<String>) -> String {
    if let Some(p) = people.iter().find(|p| p.name.primary() == name) {
        return p.id.clone();
    }
    let id = unique(crate::edit::ops::participant_id(name), ids);
    people.push(Participant {
        id: id.clone(),
        name: Text::plain(name),
        role: Role::Speaker,
        status: Status::Confirmed,
        ..Participant::default()
    });
    id
}

/// The meeting `s` describes; events without a start instant are skipped
/// and named in the returned notes.
pub fn build(s: &Schedule) -> (Meeting, Vec<Msg>) {
    let tz = zone(s);
    let mut m = Meeting {
        title: Text::plain(if s.title.is_empty() {
            &s.acronym
        } else {
            &s.title
        }),
        short_title: (!s.acronym.is_empty()).then(|| s.acronym.clone()),
        timezone: tz.name().to_string(),
        ..Meeting::default()
    };
    let mut notes = Vec::new();
    let (mut session_ids, mut person_ids) = (Vec::new(), Vec::new());
    let mut people = Vec::new();
    for e in &s.events {
        let Some(start) = e.start else {
            notes.push(crate::msg!(
                "import-note-no-start",
                key = e.key.as_str(),
                title = e.title.as_str()
            ));
            continue;
        };
        let id = unique(slugify(&e.key, '-'), &mut session_ids);
        let speakers = e
            .persons
            .iter()
            .map(|n| person_id(n, &mut people, &mut person_ids))
            .collect();
        m.sessions
            .push(session(e, id, start, tz, speakers, &mut notes));
    }
    m.participants = crate::domain::Roster::Inline(people.into());
    // The feed's own dates, widened by any event outside them. Not
    // `m.days()`: that lists the placeholder start date too.
    let stated = match (s.start, s.end) {
        (Some(a), Some(b)) if a <= b => vec![a, b],
        _ => Vec::new(),
    };
    let mut days: Vec<_> = m.sessions.iter().flat_map(|x| x.dates()).collect();
    days.extend(stated);
    if let (Some(a), Some(b)) = (days.iter().min(), days.iter().max()) {
        m.start_date = *a;
        m.end_date = (a != b).then_some(*b);
    }
    let online = |x: &Session| {
        x.room
            .as_deref()
            .is_some_and(|r| r.eq_ignore_ascii_case("online"))
    };
    if !m.sessions.is_empty() && m.sessions.iter().all(online) {
        m.format = Format::Online;
    }
    for s in &m.sessions {
        for l in &s.language {
            if !m.languages.contains(l) {
                m.languages.push(l.clone());
            }
        }
    }
    (m, notes)
}

fn session(
    e: &FeedEvent,
    id: String,
    start: chrono::DateTime<FixedOffset>,
    tz: Tz,
    speakers: Vec<String>,
    notes: &mut Vec<Msg>,
) -> Session {
    let local = tz.from_utc_datetime(&start.naive_utc());
    let end_local = local + Duration::minutes(e.minutes.max(0));
    let clock = |d: &chrono::DateTime<Tz>| Clock::hm(d.hour(), d.minute());
    let mut session_notes = Vec::new();
    // A session is one day long in the agenda format (no 24:00): an event
    // that ends at or after midnight ends at 23:59, and its real end is noted.
    let end = if e.minutes <= 0 {
        None
    } else if end_local.date_naive() != local.date_naive() {
        notes.push(crate::msg!(
            "import-note-past-midnight",
            key = e.key.as_str()
        ));
        session_notes.push(format!("Ends {} the next day.", end_local.format("%H:%M")));
        Clock::hm(23, 59)
    } else {
        clock(&end_local)
    };
    if !e.subtitle.is_empty() {
        session_notes.push(format!("Subtitle: {}", e.subtitle));
    }
    let lang = e.language.trim().to_lowercase();
    Session {
        id,
        title: Text::plain(&e.title),
        kind: kind(&e.kind),
        date: local.date_naive(),
        start: clock(&local),
        end,
        lead: (!e.track.is_empty()).then(|| Text::plain(&e.track)),
        room: (!e.room.is_empty()).then(|| e.room.clone()),
        link: (e.url.starts_with("https://") || e.url.starts_with("http://"))
            .then(|| e.url.clone()),
        language: if codes::is_language(&lang) {
            vec![lang]
        } else {
            Vec::new()
        },
        description: (!e.abstract_text.is_empty()).then(|| Text::plain(&e.abstract_text)),
        items: if speakers.is_empty() {
            Vec::new()
        } else {
            vec![Item {
                title: Text::plain(&e.title),
                speakers,
                ..Item::default()
            }]
        },
        documents: e
            .links
            .iter()
            .map(|(url, title, t)| Document {
                title: Text::plain(if title.is_empty() { url } else { title }),
                kind: doc_kind(t),
                language: None,
                url: Some(url.clone()),
            })
            .collect(),
        notes: (!session_notes.is_empty()).then(|| session_notes.join(" ")),
        ..Session::default()
    }
}
