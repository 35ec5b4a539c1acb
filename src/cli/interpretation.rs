//! `plenary interpretation FILE [--session ID] [--turns] [--tz ZONE]`: the
//! interpretation plan as plain text — per day, sessions against languages,
//! who is in each booth, each interpreter's load, turn plans, and what the
//! norms say about it.

use std::path::PathBuf;

use chrono_tz::Tz;

use super::agenda::{Opened, emit, open};
use super::plain::{Labels, clean, cut, pad, wrap};
use crate::check::check_interpretation;
use crate::domain::{Clock, Meeting};
use crate::load::Document;
use crate::problem::suggest;
use crate::staffing::{self, Cell};
use crate::zones;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The meeting file.
    pub file: PathBuf,
    /// Only this session (its id), with its turn plans.
    #[arg(long, value_name = "ID")]
    pub session: Option<String>,
    /// Print the turn plan of every staffed booth.
    #[arg(long)]
    pub turns: bool,
    /// Show times in this IANA zone; default: the meeting's.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Language of titles and names (ISO 639-1).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,
    /// Wrap lines at this many columns; 0 leaves them whole.
    #[arg(long, default_value_t = 80)]
    pub width: usize,
}

pub fn run(a: &Args) -> u8 {
    let Opened {
        lang,
        doc,
        written,
        shown,
    } = match open(&a.file, a.tz.as_deref(), &a.lang) {
        Ok(x) => x,
        Err((msg, code)) => {
            eprintln!("{msg}");
            return code;
        }
    };
    let m = &doc.meeting;
    let only = match &a.session {
        None => None,
        Some(id) => match m.sessions.iter().position(|s| &s.id == id) {
            Some(i) => Some(i),
            None => {
                let hint = suggest::did_you_mean(id, m.sessions.iter().map(|s| s.id.as_str()))
                    .unwrap_or_else(|| "use the `id` of one of the meeting's sessions".into());
                eprintln!(
                    "plenary: {}: no session `{id}`\n  hint: {hint}",
                    a.file.display()
                );
                return 2;
            }
        },
    };
    emit(&sheet(&doc, written, shown, &lang, a.width, only, a.turns))
}

/// The plan as printed: every day, or only session `only` (with its turn
/// plans), then the interpretation warnings. The TUI writes the same text
/// to a file, so a printed turn plan reads the same from either.
pub fn sheet(
    doc: &Document,
    written: Tz,
    shown: Tz,
    lang: &str,
    width: usize,
    only: Option<usize>,
    turns: bool,
) -> String {
    let m = &doc.meeting;
    let view = View {
        m,
        written,
        shown,
        lang,
        width,
    };
    let mut text = view.render(only, turns || only.is_some());
    let mut problems = check_interpretation(m);
    if let Some(i) = only {
        let prefix = format!("sessions[{i}]");
        problems.retain(|p| {
            p.path
                .as_deref()
                .is_some_and(|x| x == prefix || x.starts_with(&format!("{prefix}.")))
        });
    }
    doc.locate(&mut problems);
    if !problems.is_empty() {
        text.push_str("\nWarnings\n");
        for p in &problems {
            for line in p.to_string().lines() {
                text.push_str(&clean(line));
                text.push('\n');
            }
        }
    }
    text
}

struct View<'a> {
    m: &'a Meeting,
    written: Tz,
    shown: Tz,
    lang: &'a str,
    width: usize,
}

impl View<'_> {
    fn name(&self, id: &str) -> String {
        match self.m.participant(id) {
            Some(p) => format!(
                "{}{}",
                p.display_name(self.lang, &self.m.languages),
                if p.tentative.any() { " *" } else { "" }
            ),
            None => id.to_string(),
        }
    }

    fn at(&self, date: chrono::NaiveDate, c: Clock) -> String {
        zones::resolve(self.written, date, c)
            .at
            .with_timezone(&self.shown)
            .format("%H:%M")
            .to_string()
    }

    fn render(&self, only: Option<usize>, turns: bool) -> String {
        let m = self.m;
        let l = Labels::for_lang(self.lang);
        let n = m.norms();
        let mut out: Vec<String> = Vec::new();
        out.push(clean(&format!("{} — interpretation plan", m.label())));
        let zone = if self.shown == self.written {
            format!("Times in {}.", self.written.name())
        } else {
            format!(
                "Times in {}; the programme is written in {}.",
                self.shown.name(),
                self.written.name()
            )
        };
        out.push(zone);
        out.extend(wrap(
            &format!(
                "Norms: one interpreter alone up to {} min; two per booth up to {} min a session; a two-way booth needs three beyond {} and four beyond {} min a day; booth time up to {} min a day; turns of {} min.",
                n.solo_max_minutes, n.pair_max_minutes, n.pair_max_minutes, n.two_way_trio_max_minutes, n.day_max_minutes, n.turn_minutes
            ),
            "",
            "",
            self.width,
        ));
        let langs = staffing::languages(m);
        for day in staffing::days(m) {
            let rows: Vec<&staffing::SessionRow> = day
                .rows
                .iter()
                .filter(|r| only.is_none_or(|i| r.session == i))
                .collect();
            if rows.is_empty() {
                continue;
            }
            out.push(String::new());
            out.push(l.long_date(day.date));
            out.push(String::new());
            // Sessions × languages.
            let mut table: Vec<Vec<String>> = vec![
                ["session".to_string(), "time".to_string()]
                    .into_iter()
                    .chain(langs.iter().cloned())
                    .collect(),
            ];
            for r in &rows {
                let s = &m.sessions[r.session];
                let time = zones::session(self.written, s, self.shown)
                    .map(|x| x.range())
                    .unwrap_or_else(|| "--:--".into());
                let mut line = vec![cut(&clean(&s.id), 18), time];
                for lg in &langs {
                    line.push(match r.cell(lg) {
                        Cell::Floor => "floor".into(),
                        Cell::Missing => "-".into(),
                        Cell::Booth(b) => {
                            let need = b
                                .required
                                .as_ref()
                                .map(|q| q.interpreters.to_string())
                                .unwrap_or("?".into());
                            let mut c = if b.interpreters.is_empty() {
                                "open".to_string()
                            } else {
                                format!("{}/{need}", b.interpreters.len())
                            };
                            if b.two_way {
                                c.push_str(" 2-way");
                            }
                            if let Some(rl) = &b.relay {
                                c.push_str(&format!(" via {rl}"));
                            }
                            if b.short_of().is_some() {
                                c.push_str(" !");
                            }
                            c
                        }
                    });
                }
                table.push(line);
            }
            let cols = table[0].len();
            let widths: Vec<usize> = (0..cols)
                .map(|c| {
                    table
                        .iter()
                        .map(|r| super::plain::width(&r[c]))
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            for r in &table {
                let cells: Vec<String> = r.iter().zip(&widths).map(|(x, w)| pad(x, *w)).collect();
                out.push(format!("  {}", cells.join("  ").trim_end()));
            }
            // Who is in each booth.
            let mut booths = Vec::new();
            for r in &rows {
                let s = &m.sessions[r.session];
                for b in &r.booths {
                    let names: Vec<String> =
                        b.interpreters.iter().map(|id| self.name(id)).collect();
                    let team = if names.is_empty() {
                        "not staffed yet".to_string()
                    } else {
                        names.join(", ")
                    };
                    let kind = if b.two_way { ", two-way" } else { "" };
                    let relay = b
                        .relay
                        .as_ref()
                        .map(|x| format!(", relay from {x}"))
                        .unwrap_or_default();
                    let minutes = b.minutes.map(|x| format!(", {x} min")).unwrap_or_default();
                    let need = b
                        .required
                        .as_ref()
                        .map(|q| format!(" (norm: {})", q.interpreters))
                        .unwrap_or_default();
                    let t = if b.tentative { " *" } else { "" };
                    booths.extend(wrap(
                        &format!(
                            "{} → {} ({}){kind}{relay}{minutes}: {team}{need}{t}",
                            s.id,
                            l.language(&b.to),
                            b.to
                        ),
                        "    ",
                        "      ",
                        self.width,
                    ));
                }
            }
            if !booths.is_empty() {
                out.push(String::new());
                out.push("  Booths".into());
                out.extend(booths);
            }
            // Each interpreter's day.
            let ids: Vec<usize> = rows.iter().map(|r| r.session).collect();
            let loads: Vec<&staffing::Load> = day
                .loads
                .iter()
                .filter(|x| x.sessions.iter().any(|s| ids.contains(s)))
                .collect();
            if !loads.is_empty() {
                out.push(String::new());
                out.push("  Interpreters (whole day)".into());
                let w = loads
                    .iter()
                    .map(|x| super::plain::width(&self.name(&x.interpreter)))
                    .max()
                    .unwrap_or(0)
                    .min(40);
                for x in loads {
                    let sessions: Vec<&str> = x
                        .sessions
                        .iter()
                        .map(|&i| m.sessions[i].id.as_str())
                        .collect();
                    let over = if x.booth_minutes > i64::from(n.day_max_minutes) {
                        " !"
                    } else {
                        ""
                    };
                    out.push(clean(&format!(
                        "    {}  booth {:>3} min{over}  mic {:>3} min  {}",
                        pad(&cut(&self.name(&x.interpreter), 40), w),
                        x.booth_minutes,
                        x.mic_minutes,
                        sessions.join(", ")
                    )));
                }
            }
            if turns {
                for r in &rows {
                    let s = &m.sessions[r.session];
                    for c in s
                        .interpretation
                        .iter()
                        .filter(|c| !c.interpreters.is_empty())
                    {
                        let plan = staffing::turn_plan(s, c, n.turn_minutes);
                        if plan.is_empty() {
                            continue;
                        }
                        out.push(String::new());
                        out.push(clean(&format!(
                            "  Turn plan: {}, {} booth ({})",
                            s.id,
                            l.language(&c.to),
                            c.to
                        )));
                        for t in plan {
                            out.push(clean(&format!(
                                "    {}-{}  {}",
                                self.at(s.date, t.start),
                                self.at(s.date, t.end),
                                self.name(&t.interpreter)
                            )));
                        }
                    }
                }
            }
        }
        if out.iter().any(|x| x.contains(" *")) {
            out.push(String::new());
            out.push("* not confirmed yet".into());
        }
        let mut text = out.join("\n");
        text.push('\n');
        text
    }
}
