//! C3VOC `schedule.json` (what pretalx writes) into a [`Schedule`].

use serde_json::Value;

use super::{FeedEvent, ImportError, Schedule, duration, instant};

fn s(v: &Value) -> String {
    match v {
        Value::String(x) => x.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

pub fn parse(text: &str) -> Result<Schedule, ImportError> {
    let v: Value = serde_json::from_str(text).map_err(|e| {
        ImportError::new(
            crate::msg!("import-not-json", why = super::why::json(&e)),
            // A list or an object left open at the end: the download stopped.
            if e.classify() == serde_json::error::Category::Eof {
                "import-cut-off-hint"
            } else {
                "import-json-mended-hint"
            },
        )
    })?;
    let conf = &v["schedule"]["conference"];
    if !conf.is_object() {
        return Err(ImportError::new(
            crate::msg!("import-no-conference"),
            "import-no-conference-hint",
        ));
    }
    let mut out = Schedule {
        title: s(&conf["title"]),
        acronym: s(&conf["acronym"]),
        time_zone: conf["time_zone_name"].as_str().map(String::from),
        start: conf["start"].as_str().and_then(super::feed_date),
        end: conf["end"].as_str().and_then(super::feed_date),
        events: Vec::new(),
    };
    for day in conf["days"].as_array().into_iter().flatten() {
        let Some(rooms) = day["rooms"].as_object() else {
            continue;
        };
        for (room, events) in rooms {
            for e in events.as_array().into_iter().flatten() {
                out.events.push(event(e, room));
            }
        }
    }
    Ok(out)
}

fn event(e: &Value, room: &str) -> FeedEvent {
    let key = [&e["slug"], &e["code"], &e["guid"], &e["id"]]
        .into_iter()
        .map(s)
        .find(|k| !k.is_empty())
        .unwrap_or_default();
    let persons = e["persons"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let n = s(&p["name"]);
            if n.is_empty() {
                s(&p["public_name"])
            } else {
                n
            }
        })
        .filter(|n| !n.is_empty())
        .collect();
    let links = e["links"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(e["attachments"].as_array().into_iter().flatten())
        .map(|l| (s(&l["url"]), s(&l["title"]), s(&l["type"])))
        .filter(|l| !l.0.is_empty())
        .collect();
    FeedEvent {
        key,
        start: instant(&s(&e["date"])),
        minutes: duration(&s(&e["duration"])).unwrap_or(0),
        room: if s(&e["room"]).is_empty() {
            room.to_string()
        } else {
            s(&e["room"])
        },
        title: s(&e["title"]),
        subtitle: s(&e["subtitle"]),
        kind: s(&e["type"]),
        language: s(&e["language"]),
        track: s(&e["track"]),
        abstract_text: s(&e["abstract"]),
        url: s(&e["url"]),
        persons,
        links,
    }
}
