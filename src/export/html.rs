//! The programme as one self-contained HTML file: no network, no external
//! fonts, readable on a screen and printed a page per day (A4 or Letter:
//! the page size is left to the printer; margins and widths fit both).
//!
//! It holds what a participant reads: the meeting (title, dates, place or
//! link, organizers, partners), then day by day each session with its time
//! (the zone named), place, floor language and interpretation channels,
//! chair, speakers with honorific, position and organization, items
//! numbered as the source numbers them, and documents and recordings per
//! language. Proposed values are marked "(proposed)" and the mark is
//! explained once, at the top. `--room` makes the sheet for the room's
//! door; `--person` a personal brief in the person's own time.

use super::events::Event;
use super::page::{Markup, Page, esc};
use super::select::{Part, part_of};
use super::summary::item_numbers;
use super::{Plan, Selection};
use crate::domain::{Item, Session, Tentative};
use crate::staffing;
use crate::zones;

const CSS: &str = include_str!("programme.css");

pub fn render(p: &Plan) -> String {
    let pg = Page::new(p, Markup::Html);
    let body = body(&pg);
    let header = header(&pg);
    let legend = if pg.marked.get() {
        format!(
            "<p class=\"legend\"><span class=\"tent\">({})</span> {}</p>\n",
            pg.lab("proposed"),
            pg.lab("marks a value that is not confirmed yet.")
        )
    } else {
        String::new()
    };
    let class = match p.options.selection {
        Selection::Room(_) => " class=\"door\"",
        _ => "",
    };
    let m = p.meeting;
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"plenary {}\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n\
         <body{class}>\n{header}{legend}{body}</body>\n</html>\n",
        esc(p.options.lang()),
        env!("CARGO_PKG_VERSION"),
        esc(m.title.get(p.options.lang(), &m.languages)),
    )
}

fn header(pg: &Page) -> String {
    let p = pg.p;
    let m = p.meeting;
    let mut h = String::from("<header>\n");
    match &p.options.selection {
        Selection::Room(r) => {
            h.push_str(&format!(
                "<h1>{}</h1>\n<p>{}</p>\n",
                esc(r),
                pg.txt(&m.title)
            ));
        }
        Selection::Person(id) => {
            h.push_str(&format!(
                "<p class=\"muted\">{}</p>\n<h1>{}</h1>\n<p>{}</p>\n",
                pg.lab("Personal brief"),
                pg.person(id),
                pg.txt(&m.title)
            ));
        }
        _ => {
            h.push_str(&format!(
                "<h1>{}{}</h1>\n",
                pg.txt(&m.title),
                pg.mark(m.tentative.covers("title"))
            ));
            if let Some(t) = &m.theme {
                h.push_str(&format!("<p class=\"theme\">{}</p>\n", pg.txt(t)));
            }
        }
    }
    let (line, facts) = pg.meeting_facts();
    h.push_str(&format!("<p>{line}</p>\n"));
    for (label, value) in facts {
        h.push_str(&format!(
            "<p><span class=\"muted\">{label}:</span> {value}</p>\n"
        ));
    }
    let docs = pg.documents(&m.documents, None);
    h.push_str(&docs);
    h.push_str("</header>\n");
    h
}

fn body(pg: &Page) -> String {
    let p = pg.p;
    let mut out = String::new();
    for day in p.days() {
        let first = &p.events[day.events[0]];
        // A day that only proposed dates put on the programme is itself a proposal.
        let proposed = day
            .events
            .iter()
            .all(|&k| p.events[k].session.tentative.covers("date"));
        out.push_str(&format!(
            "<section class=\"day\">\n<h2>{}{} <span class=\"zone\">— {}</span></h2>\n",
            esc(&pg.l.heading_date(day.date)),
            pg.mark(proposed),
            esc(&zones::zone_heading(&first.start))
        ));
        for &k in &day.events {
            out.push_str(&session(pg, &p.events[k]));
        }
        out.push_str("</section>\n");
    }
    if !p.unscheduled.is_empty() {
        out.push_str(&format!(
            "<section class=\"day\">\n<h2>{}</h2>\n",
            pg.lab("Time not set yet")
        ));
        for &i in &p.unscheduled {
            let s = &p.meeting.sessions[i];
            out.push_str(&format!(
                "<article class=\"session\"><div class=\"when\">{}</div><div>{}</div></article>\n",
                esc(&pg.l.date(s.date)),
                session_body(pg, s)
            ));
        }
        out.push_str("</section>\n");
    }
    out
}

fn session(pg: &Page, e: &Event) -> String {
    let s = e.session;
    let mut when = format!("{}{}", pg.range(e), pg.mark(e.time_tentative()));
    if let Selection::Person(id) = &pg.p.options.selection {
        when.push_str(&local_time(pg, id, e));
    }
    let mut body = session_body(pg, s);
    if let Selection::Person(id) = &pg.p.options.selection {
        body.push_str(&brief(pg, id, s));
    }
    format!(
        "<article class=\"session\" id=\"{}\">\n<div class=\"when\">{when}</div>\n<div>\n{body}</div>\n</article>\n",
        esc(&s.id)
    )
}

/// The person's own wall-clock time, when it differs from the shown one.
fn local_time(pg: &Page, id: &str, e: &Event) -> String {
    let m = pg.p.meeting;
    let Some(person) = m.participant(id) else {
        return String::new();
    };
    let Ok((tz, _)) = zones::person_zone(m, person, e.start.with_timezone(&chrono::Utc)) else {
        return String::new();
    };
    if tz == pg.p.options.shown {
        return String::new();
    }
    let a = e.start.with_timezone(&tz);
    let range = match e.end {
        Some(end) => format!(
            "{}–{}",
            a.format("%H:%M"),
            end.with_timezone(&tz).format("%H:%M")
        ),
        None => a.format("%H:%M").to_string(),
    };
    let day = if a.date_naive() != e.start.date_naive() {
        format!(" {}", pg.l.date(a.date_naive()))
    } else {
        String::new()
    };
    format!(
        "<span class=\"local\">{}: {range}{day} {}</span>",
        pg.lab("your time"),
        esc(&zones::zone_heading(&a))
    )
}

/// Title, place, languages, chair, description, items, documents.
fn session_body(pg: &Page, s: &Session) -> String {
    let mut b = format!(
        "<h3>{}{}</h3>\n<dl class=\"facts\">\n",
        pg.txt(&s.title),
        pg.mark(s.tentative == Tentative::All || s.tentative.covers("title"))
    );
    for (label, value) in pg.session_facts(s) {
        b.push_str(&format!("<dt>{label}</dt><dd>{value}</dd>\n"));
    }
    b.push_str("</dl>\n");
    if let Some(d) = &s.description {
        b.push_str(&format!("<p class=\"description\">{}</p>\n", pg.txt(d)));
    }
    b.push_str(&items(pg, &s.items));
    b.push_str(&pg.documents(&s.documents, None));
    b
}

/// The numbered points, each with who presents it and its documents.
fn items(pg: &Page, items: &[Item]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let nums = item_numbers(items);
    let mut out = String::from("<ol class=\"items\">\n");
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str("</li>\n");
        }
        if nums[i] == 0 {
            // Who speaks, with no talk title: "Remarks:" and the names.
            out.push_str(&format!(
                "<li class=\"remarks\" style=\"list-style: none\"><span class=\"item-title\">{}:</span>\n",
                pg.lab("Remarks")
            ));
            out.push_str(&who(pg, it));
            out.push_str(&pg.documents(&it.documents, None));
            continue;
        }
        let minutes = it
            .minutes
            .map(|x| format!(" <span class=\"muted\">({x} {})</span>", pg.l.say("min")))
            .unwrap_or_default();
        out.push_str(&format!(
            "<li value=\"{}\"><span class=\"item-title\">{}{}</span>{minutes}\n",
            nums[i],
            pg.txt(&it.title),
            pg.mark(it.tentative == Tentative::All || it.tentative.covers("title"))
        ));
        out.push_str(&who(pg, it));
        out.push_str(&pg.documents(&it.documents, Some(&it.title)));
    }
    out.push_str("</li>\n</ol>\n");
    out
}

/// An item's speakers ([`Page::speakers`]) in their own span; empty when
/// it names nobody.
fn who(pg: &Page, it: &Item) -> String {
    let line = pg.speakers(it);
    if line.is_empty() {
        return line;
    }
    format!("<span class=\"who\">{line}</span>\n")
}

/// What the person does here: their role, and for an interpreter the booth,
/// the colleagues and the turns on the microphone.
fn brief(pg: &Page, id: &str, s: &Session) -> String {
    let Some(part) = part_of(s, id) else {
        return String::new();
    };
    let role = match part {
        Part::Chair => pg.lab("chair"),
        Part::Speaker => pg.lab("speaker"),
        Part::Interpreter => pg.lab("interpreter"),
    };
    let mut out = format!(
        "<p class=\"role\"><span class=\"muted\">{}:</span> {role}</p>\n",
        pg.lab("Your role")
    );
    let p = pg.p;
    for ch in s
        .interpretation
        .iter()
        .filter(|c| c.interpreters.iter().any(|x| x == id))
    {
        let unsure = ch.tentative.covers("interpreters");
        let team: Vec<String> = ch
            .interpreters
            .iter()
            .filter(|x| *x != id)
            .map(|x| pg.person_or(x, unsure))
            .collect();
        let team = if team.is_empty() {
            pg.mark(unsure)
        } else {
            format!(" — {} {}", pg.lab("with"), team.join(", "))
        };
        out.push_str(&format!(
            "<p class=\"booth\"><span class=\"muted\">{}:</span> {}{team}</p>\n",
            pg.lab("Booth"),
            esc(&pg.l.language(&ch.to)),
        ));
        let turns = staffing::turn_plan(s, ch, p.meeting.norms().turn_minutes);
        let mine: Vec<String> = turns
            .iter()
            .filter(|t| t.interpreter == id)
            .map(|t| {
                let a = zones::resolve(p.written, s.date, t.start)
                    .at
                    .with_timezone(&p.options.shown);
                let b = zones::resolve(p.written, s.date, t.end)
                    .at
                    .with_timezone(&p.options.shown);
                format!("{}–{}", a.format("%H:%M"), b.format("%H:%M"))
            })
            .collect();
        if !mine.is_empty() {
            out.push_str(&format!(
                "<p class=\"turns\"><span class=\"muted\">{}:</span> {}</p>\n",
                pg.lab("Your turns on the microphone"),
                mine.join(", ")
            ));
        }
    }
    out
}
