//! `plenary slots FILE --session ID [--length 90m]`: free times for a
//! session on the meeting's days, best first, each with everyone's local
//! time, then the near misses with what rules each out.

use std::path::PathBuf;

use super::agenda::{emit, open};
use super::plain::{Labels, clean, wrap};
use crate::domain::{Meeting, parse_duration};
use crate::problem::suggest;
use crate::slots::{self, Found, Request, Slot};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The meeting file.
    pub file: PathBuf,
    /// The session to find a time for (its id).
    #[arg(long, value_name = "ID")]
    pub session: String,
    /// Length to find, e.g. 90m, 1h30 (default: the session's own, else 60m).
    #[arg(long, value_name = "LENGTH", value_parser = parse_length)]
    pub length: Option<i64>,
    /// Start times are tried on this grid, e.g. 15m, 30m.
    #[arg(long, value_name = "STEP", value_parser = parse_length, default_value = "15m")]
    pub step: i64,
    /// How many free slots to print.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// How many near misses to print.
    #[arg(long, default_value_t = 5)]
    pub near: usize,
}

fn parse_length(s: &str) -> Result<i64, String> {
    parse_duration(s)
}

pub fn run(a: &Args) -> u8 {
    let o = match open(&a.file, None, "en") {
        Ok(o) => o,
        Err((msg, code)) => {
            eprintln!("{msg}");
            return code;
        }
    };
    let m = &o.doc.meeting;
    let Some(i) = m.sessions.iter().position(|s| s.id == a.session) else {
        let hint = suggest::did_you_mean(&a.session, m.sessions.iter().map(|s| s.id.as_str()))
            .unwrap_or_else(|| "use the `id` of one of the meeting's sessions".into());
        eprintln!(
            "plenary: {}: no session `{}`\n  hint: {hint}",
            a.file.display(),
            a.session
        );
        return 2;
    };
    let Some(mut req) = Request::for_session(m, i, a.length) else {
        return 2;
    };
    req.step = a.step;
    let found = slots::find(m, &req);
    emit(&render(m, &req, &found, a.limit, a.near))
}

/// Each person's zone once, with the slot's local times there.
fn locals(m: &Meeting, s: &Slot) -> String {
    let mut seen: Vec<String> = Vec::new();
    for (_, zone, a, b) in &s.local {
        let here = format!("{zone} {a}-{b}");
        if zone != &m.timezone && !seen.contains(&here) {
            seen.push(here);
        }
    }
    seen.join(", ")
}

/// The printed answer; free slots numbered, near misses with their reason.
pub fn render(m: &Meeting, req: &Request, found: &Found, limit: usize, near: usize) -> String {
    let l = Labels::for_lang("en");
    let hours = m.speaking_hours().minutes();
    let hm = |x: i64| format!("{:02}:{:02}", x / 60, x % 60);
    let mut out = vec![clean(&format!(
        "Slots for `{}` ({}, {} min), times in {}; speaking hours {}-{} local time.",
        req.session.id,
        req.session.title.primary(),
        req.minutes,
        m.timezone,
        hm(hours.0),
        hm(hours.1)
    ))];
    out.push(String::new());
    if found.free.is_empty() {
        out.push("No free slot on the meeting's days.".into());
    }
    for (n, s) in found.free.iter().take(limit).enumerate() {
        let head = format!("{:>3}. ", n + 1);
        let text = format!("{} {}-{}", l.date(s.date), s.start, s.end);
        let local = locals(m, s);
        let text = if local.is_empty() {
            text
        } else {
            format!("{text}  ({local})")
        };
        out.extend(wrap(&clean(&text), &head, "     ", 80));
    }
    if found.free.len() > limit {
        out.push(format!(
            "     ... and {} more (--limit)",
            found.free.len() - limit
        ));
    }
    if !found.near.is_empty() && near > 0 {
        out.push(String::new());
        out.push("Near misses, each ruled out by one thing:".into());
        for x in found.near.iter().take(near) {
            let why = x.why.iter().map(|w| w.to_string()).collect::<Vec<_>>();
            let text = format!(
                "{} {}-{}: {}",
                l.date(x.slot.date),
                x.slot.start,
                x.slot.end,
                why.join("; ")
            );
            out.extend(wrap(&clean(&text), "  - ", "    ", 80));
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}
