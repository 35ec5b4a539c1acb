//! The programme in Markdown: the same content and wording as the HTML
//! programme (see [`super::html`]), for a mail, a wiki or a document
//! converter. Values not confirmed yet are marked _(proposed)_, explained once.

use super::events::Event;
use super::page::{Markup, Page};
use super::select::{Part, part_of};
use super::summary::item_numbers;
use super::{Plan, Selection};
use crate::domain::{Item, Session, Tentative};
use crate::zones;

pub fn render(p: &Plan) -> String {
    let pg = Page::new(p, Markup::Markdown);
    let body = body(&pg);
    let mut out = header(&pg);
    if pg.marked.get() {
        out.push_str(&format!(
            "> _({})_ {}\n\n",
            pg.lab("proposed"),
            pg.lab("marks a value that is not confirmed yet.")
        ));
    }
    out.push_str(&body);
    // So a later export knows this file for one of ours (see `target`);
    // after a blank line, so no renderer takes it into a list or paragraph.
    while !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(super::target::MARKDOWN_MARK);
    out.push('\n');
    out
}

fn header(pg: &Page) -> String {
    let p = pg.p;
    let m = p.meeting;
    let mut h = match &p.options.selection {
        Selection::Room(r) => format!("# {}\n\n{}\n\n", pg.esc(r), pg.txt(&m.title)),
        Selection::Person(id) => format!(
            "{}\n\n# {}\n\n{}\n\n",
            pg.lab("Personal brief"),
            pg.person(id),
            pg.txt(&m.title)
        ),
        _ => {
            let mut t = format!(
                "# {}{}\n\n",
                pg.txt(&m.title),
                pg.mark(m.tentative.covers("title"))
            );
            if let Some(th) = &m.theme {
                t.push_str(&format!("_{}_\n\n", pg.txt(th)));
            }
            t
        }
    };
    let (line, facts) = pg.meeting_facts();
    let mut lines = vec![line];
    for (label, value) in facts {
        lines.push(format!("{}: {value}", pg.bold(&label)));
    }
    lines.extend(pg.documents(&m.documents, None).lines().map(String::from));
    h.push_str(&lines.join("  \n"));
    h.push_str("\n\n");
    h
}

fn body(pg: &Page) -> String {
    let p = pg.p;
    let mut out = String::new();
    for day in p.days() {
        let first = &p.events[day.events[0]];
        let proposed = day
            .events
            .iter()
            .all(|&k| p.events[k].session.tentative.covers("date"));
        out.push_str(&format!(
            "## {}{} — {}\n\n",
            pg.esc(&pg.l.heading_date(day.date)),
            pg.mark(proposed),
            pg.esc(&zones::zone_heading(&first.start))
        ));
        for &k in &day.events {
            out.push_str(&session(pg, &p.events[k]));
        }
    }
    if !p.unscheduled.is_empty() {
        out.push_str(&format!("## {}\n\n", pg.lab("Time not set yet")));
        for &i in &p.unscheduled {
            let s = &p.meeting.sessions[i];
            out.push_str(&format!(
                "### {} · {}",
                pg.esc(&pg.l.date(s.date)),
                session_body(pg, s)
            ));
        }
    }
    out
}

fn session(pg: &Page, e: &Event) -> String {
    let mut when = format!("{}{}", pg.range(e), pg.mark(e.time_tentative()));
    if let Selection::Person(id) = &pg.p.options.selection
        && let Some(local) = local_time(pg, id, e)
    {
        when.push_str(&format!(" ({local})"));
    }
    let mut out = format!("### {when} · {}", session_body(pg, e.session));
    if let Selection::Person(id) = &pg.p.options.selection {
        out.push_str(&brief(pg, id, e.session));
    }
    out
}

fn local_time(pg: &Page, id: &str, e: &Event) -> Option<String> {
    let m = pg.p.meeting;
    let person = m.participant(id)?;
    let (tz, _) = zones::person_zone(m, person, e.start.with_timezone(&chrono::Utc)).ok()?;
    if tz == pg.p.options.shown {
        return None;
    }
    let a = e.start.with_timezone(&tz);
    Some(format!(
        "{}: {} {}",
        pg.lab("your time"),
        a.format("%H:%M"),
        pg.esc(&zones::zone_heading(&a))
    ))
}

/// The title (ending the `###` line) and the session's facts, text and items.
fn session_body(pg: &Page, s: &Session) -> String {
    let mut b = format!(
        "{}{}\n\n",
        pg.txt(&s.title),
        pg.mark(s.tentative == Tentative::All || s.tentative.covers("title"))
    );
    for (label, value) in pg.session_facts(s) {
        b.push_str(&format!("- {}: {value}\n", pg.bold(&label)));
    }
    b.push('\n');
    if let Some(d) = &s.description {
        b.push_str(&format!("{}\n\n", pg.txt(d)));
    }
    b.push_str(&items(pg, &s.items));
    for line in pg.documents(&s.documents, None).lines() {
        b.push_str(&format!("{line}  \n"));
    }
    b.push('\n');
    b
}

fn items(pg: &Page, items: &[Item]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let nums = item_numbers(items);
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if nums[i] == 0 {
            // Who speaks, with no talk title: "Remarks:" and the names.
            out.push_str(&format!("- {}: {}  \n", pg.lab("Remarks"), who(pg, it)));
            for d in pg.documents(&it.documents, None).lines() {
                out.push_str(&format!("     {d}  \n"));
            }
            continue;
        }
        let minutes = it
            .minutes
            .map(|x| format!(" ({x} {})", pg.l.say("min")))
            .unwrap_or_default();
        out.push_str(&format!(
            "{}. {}{}{minutes}\n",
            nums[i],
            pg.txt(&it.title),
            pg.mark(it.tentative == Tentative::All || it.tentative.covers("title"))
        ));
        let line = who(pg, it);
        if !line.is_empty() {
            out.push_str(&format!("   - {line}  \n"));
        }
        for d in pg.documents(&it.documents, Some(&it.title)).lines() {
            out.push_str(&format!("     {d}  \n"));
        }
    }
    out.push('\n');
    out
}

/// An item's speakers, as [`Page::speakers`] gives them.
fn who(pg: &Page, it: &Item) -> String {
    pg.speakers(it)
}

fn brief(pg: &Page, id: &str, s: &Session) -> String {
    let Some(part) = part_of(s, id) else {
        return String::new();
    };
    let role = match part {
        Part::Chair => pg.lab("chair"),
        Part::Speaker => pg.lab("speaker"),
        Part::Interpreter => pg.lab("interpreter"),
    };
    let mut out = format!("{}: {role}\n", pg.bold(&pg.lab("Your role")));
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
        out.push_str(&format!(
            "\n{}: {} — {} {}\n",
            pg.bold(&pg.lab("Booth")),
            pg.esc(&pg.l.language(&ch.to)),
            pg.lab("with"),
            team.join(", ")
        ));
    }
    out.push('\n');
    out
}
