//! `plenary slots FILE --session ID [--length 90m]`: free times for a
//! session on the meeting's days, best first, each with everyone's local
//! time, then the near misses with what rules each out. Without
//! `--session`, for a new session of `--length` with the people of
//! `--with` in `--room`.

use std::path::PathBuf;

use super::agenda::{emit, open};
use super::out::errln;
use super::plain::{Labels, clean, wrap};
use crate::domain::{Item, Meeting, Session, Text, parse_duration};
use crate::problem::suggest;
use crate::slots::{self, Found, Request, RuledOut, Slot};
use crate::tr;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The meeting file.
    pub file: PathBuf,
    /// The session to find a time for (its id); leave out for a new one.
    #[arg(long, value_name = "ID")]
    pub session: Option<String>,
    /// For a new session: the participants it books (ids, comma-separated).
    #[arg(
        long,
        value_name = "IDS",
        value_delimiter = ',',
        conflicts_with = "session"
    )]
    pub with: Vec<String>,
    /// For a new session: its room.
    #[arg(long, value_name = "ROOM", conflicts_with = "session")]
    pub room: Option<String>,
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
            errln!("{msg}");
            return code;
        }
    };
    let m = &o.doc.meeting;
    let req = match &a.session {
        Some(id) => existing(m, id, a.length),
        None => new_session(m, a),
    };
    let mut req = match req {
        Ok(r) => r,
        Err(hint) => {
            // The hint keeps its own line (errln! makes every line safe).
            errln!("plenary: {}: {hint}", crate::safe::path(&a.file));
            return 2;
        }
    };
    req.step = a.step;
    let found = slots::find(m, &req);
    emit(&render(m, &req, &found, a.limit, a.near))
}

fn existing(m: &Meeting, id: &str, length: Option<i64>) -> Result<Request, String> {
    let Some(i) = m.sessions.iter().position(|s| s.id == id) else {
        let hint = suggest::closest(id, m.sessions.iter().map(|s| s.id.as_str()))
            .map(|c| tr!("did-you-mean", name = c))
            .unwrap_or_else(|| tr!("sheet-no-session-hint"));
        return Err(with_hint(tr!("sheet-no-session", id = id), &hint));
    };
    Request::for_session(m, i, length).ok_or_else(|| tr!("sheet-no-session", id = id))
}

/// A new session of `--length` (60 minutes by default) booking `--with`.
fn new_session(m: &Meeting, a: &Args) -> Result<Request, String> {
    for id in &a.with {
        if m.participant(id).is_none() {
            let hint = suggest::closest(id, m.people().iter().map(|p| p.id.as_str()))
                .map(|c| tr!("did-you-mean", name = c))
                .unwrap_or_else(|| tr!("slots-no-participant-hint"));
            return Err(with_hint(tr!("slots-no-participant", id = id), &hint));
        }
    }
    let session = Session {
        id: "new".into(),
        title: Text::plain(tr!("slots-new-session")),
        date: m.start_date,
        room: a.room.clone(),
        items: vec![Item {
            title: Text::plain("talk"),
            speakers: a.with.clone(),
            ..Item::default()
        }],
        ..Session::default()
    };
    Ok(Request {
        session,
        index: None,
        minutes: a.length.unwrap_or(60),
        step: 15,
    })
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
    let l = Labels::for_lang(crate::i18n::current().code());
    let hours = m.speaking_hours().minutes();
    let hm = |x: i64| format!("{:02}:{:02}", x / 60, x % 60);
    let mut out = vec![clean(&tr!(
        "slots-header",
        id = req.session.id.as_str(),
        title = req.session.title.primary(),
        minutes = req.minutes,
        zone = m.timezone.as_str(),
        from = hm(hours.0),
        to = hm(hours.1)
    ))];
    out.push(String::new());
    if found.free.is_empty() {
        out.push(tr!("slots-none-free"));
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
            "     {}",
            tr!("slots-more", n = found.free.len() - limit)
        ));
    }
    if !found.near.is_empty() && near > 0 {
        out.push(String::new());
        out.push(tr!("slots-near-misses"));
        for x in found.near.iter().take(near) {
            let why = x.why.iter().map(ruled_out).collect::<Vec<_>>();
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

/// `message`, then its hint on the next line.
fn with_hint(message: String, hint: &str) -> String {
    format!("{message}\n  {}: {hint}", tr!("hint-label"))
}

/// Why a time is ruled out, in the interface language.
fn ruled_out(w: &RuledOut) -> String {
    w.msg().render(crate::i18n::current())
}
