//! frab / pentabarf `schedule.xml` into a [`Schedule`].

use roxmltree::{Document, Node};

use super::{FeedEvent, ImportError, Schedule, duration, instant};

fn child_text(n: Node, name: &str) -> String {
    n.children()
        .find(|c| c.has_tag_name(name))
        .and_then(|c| c.text())
        .unwrap_or("")
        .trim()
        .to_string()
}

pub fn parse(text: &str) -> Result<Schedule, ImportError> {
    let doc = Document::parse(text).map_err(|e| {
        ImportError::new(
            crate::msg!("import-not-xml", why = super::why::xml(&e)),
            xml_hint(&e),
        )
    })?;
    let root = doc.root_element();
    if !root.has_tag_name("schedule") {
        return Err(ImportError::new(
            crate::msg!("import-xml-root", root = root.tag_name().name()),
            "import-xml-root-hint",
        ));
    }
    let conf = root.children().find(|c| c.has_tag_name("conference"));
    let tz = conf
        .map(|c| child_text(c, "time_zone_name"))
        .filter(|t| !t.is_empty());
    let mut out = Schedule {
        title: conf.map(|c| child_text(c, "title")).unwrap_or_default(),
        acronym: conf.map(|c| child_text(c, "acronym")).unwrap_or_default(),
        time_zone: tz,
        start: conf.and_then(|c| super::feed_date(&child_text(c, "start"))),
        end: conf.and_then(|c| super::feed_date(&child_text(c, "end"))),
        events: Vec::new(),
    };
    for day in root.children().filter(|c| c.has_tag_name("day")) {
        for room in day.children().filter(|c| c.has_tag_name("room")) {
            let name = room.attribute("name").unwrap_or("");
            for e in room.children().filter(|c| c.has_tag_name("event")) {
                out.events.push(event(e, name));
            }
        }
    }
    Ok(out)
}

/// The fix for a schedule.xml that does not parse: a file that stops
/// before its root is closed was cut off; an HTML entity was typed in by
/// hand; anything else was changed after frab or pretalx wrote it.
fn xml_hint(e: &roxmltree::Error) -> &'static str {
    use roxmltree::Error as E;
    match e {
        E::UnclosedRootNode | E::UnexpectedEndOfStream => "import-cut-off-hint",
        E::UnknownEntityReference(..) => "import-xml-entity-hint",
        _ => "import-xml-mended-hint",
    }
}

fn event(e: Node, room: &str) -> FeedEvent {
    let slug = child_text(e, "slug");
    let key = [
        slug,
        e.attribute("code").unwrap_or("").to_string(),
        e.attribute("guid").unwrap_or("").to_string(),
        e.attribute("id").unwrap_or("").to_string(),
    ]
    .into_iter()
    .find(|k| !k.is_empty())
    .unwrap_or_default();
    let list = |outer: &str, inner: &str| -> Vec<Node> {
        e.children()
            .filter(|c| c.has_tag_name(outer))
            .flat_map(|c| c.children().filter(move |x| x.has_tag_name(inner)))
            .collect()
    };
    let persons = list("persons", "person")
        .into_iter()
        .filter_map(|p| p.text().map(|t| t.trim().to_string()))
        .filter(|t| !t.is_empty())
        .collect();
    let links = list("links", "link")
        .into_iter()
        .chain(list("attachments", "attachment"))
        .filter_map(|l| {
            let href = l.attribute("href")?.to_string();
            let title = l.text().unwrap_or("").trim().to_string();
            Some((href, title, l.attribute("type").unwrap_or("").to_string()))
        })
        .collect();
    let room_text = child_text(e, "room");
    FeedEvent {
        key,
        start: instant(&child_text(e, "date")),
        minutes: duration(&child_text(e, "duration")).unwrap_or(0),
        room: if room_text.is_empty() {
            room.to_string()
        } else {
            room_text
        },
        title: child_text(e, "title"),
        subtitle: child_text(e, "subtitle"),
        kind: child_text(e, "type"),
        language: child_text(e, "language"),
        track: child_text(e, "track"),
        abstract_text: child_text(e, "abstract"),
        url: child_text(e, "url"),
        persons,
        links,
    }
}
