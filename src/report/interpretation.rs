//! The interpretation plan as plain text — per day, sessions against
//! languages, who is in each booth, each interpreter's load, turn plans,
//! and what the norms say about it. `plenary interpretation` prints it and
//! the TUI writes it to a file, so a printed turn plan reads the same from
//! either.

use chrono_tz::Tz;

use super::plain::{Labels, clean, cut, pad, width, wrap};
use crate::check::check_interpretation;
use crate::domain::{Clock, Meeting};
use crate::i18n::{self, Lang, Msg};
use crate::load::Document;
use crate::msg;
use crate::staffing::{self, Cell};
use crate::zones;

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
        // The warnings in the sheet's language, as its other words.
        let sheet_lang = view.ui();
        text.push_str(&format!(
            "\n{}\n",
            msg!("sheet-warnings").render(sheet_lang)
        ));
        for p in &problems {
            let said = i18n::with_lang(sheet_lang, || p.to_string());
            for line in said.lines() {
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
    /// The sheet's language for its fixed words (English unless `ru`).
    fn ui(&self) -> Lang {
        Lang::parse(self.lang).unwrap_or(Lang::En)
    }

    /// A fixed word or sentence of the sheet, in its language.
    fn say(&self, m: Msg) -> String {
        m.render(self.ui())
    }

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
        let mut out = self.header();
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
            out.push(l.heading_date(day.date));
            out.push(String::new());
            out.extend(self.grid(&rows, &langs, &l));
            out.extend(self.booths(&rows, &l));
            out.extend(self.loads(&day, &rows, &l));
            if turns {
                out.extend(self.turn_plans(&rows, &l));
            }
        }
        if out.iter().any(|x| x.contains(" *")) {
            out.push(String::new());
            out.push(l.say("* not confirmed yet"));
        }
        let mut text = out.join("\n");
        text.push('\n');
        text
    }

    /// The title, the zone and the norms the plan is held against.
    fn header(&self) -> Vec<String> {
        let n = self.m.norms();
        let mut out = vec![clean(
            &self.say(msg!("sheet-interp-title", meeting = self.m.label())),
        )];
        out.push(if self.shown == self.written {
            self.say(msg!("sheet-times-in", zone = self.written.name()))
        } else {
            self.say(msg!(
                "sheet-times-in-written",
                shown = self.shown.name(),
                written = self.written.name()
            ))
        });
        out.extend(wrap(
            &self.say(msg!(
                "sheet-norms",
                solo = n.solo_max_minutes,
                pair = n.pair_max_minutes,
                trio = n.two_way_trio_max_minutes,
                day = n.day_max_minutes,
                turn = n.turn_minutes
            )),
            "",
            "",
            self.width,
        ));
        out
    }

    /// Sessions × languages, in aligned columns.
    fn grid(&self, rows: &[&staffing::SessionRow], langs: &[String], l: &Labels) -> Vec<String> {
        let m = self.m;
        let mut table: Vec<Vec<String>> = vec![
            [
                self.say(msg!("sheet-col-session")),
                self.say(msg!("sheet-col-time")),
            ]
            .into_iter()
            .chain(langs.iter().cloned())
            .collect(),
        ];
        for r in rows {
            let s = &m.sessions[r.session];
            let time = zones::session(self.written, s, self.shown)
                .map(|x| x.range())
                .unwrap_or_else(|| "--:--".into());
            let mut line = vec![cut(&clean(&s.id), 18), time];
            line.extend(langs.iter().map(|lg| cell(&r.cell(lg), l)));
            table.push(line);
        }
        let widths: Vec<usize> = (0..table[0].len())
            .map(|c| table.iter().map(|r| width(&r[c])).max().unwrap_or(0))
            .collect();
        table
            .iter()
            .map(|r| {
                let cells: Vec<String> = r.iter().zip(&widths).map(|(x, w)| pad(x, *w)).collect();
                format!("  {}", cells.join("  ").trim_end())
            })
            .collect()
    }

    /// `  Booths`, then who is in each booth of these sessions.
    fn booths(&self, rows: &[&staffing::SessionRow], l: &Labels) -> Vec<String> {
        let mut booths = Vec::new();
        for r in rows {
            let s = &self.m.sessions[r.session];
            for b in &r.booths {
                booths.extend(wrap(&self.booth(&s.id, b, l), "    ", "      ", self.width));
            }
        }
        if booths.is_empty() {
            return booths;
        }
        let mut out = vec![
            String::new(),
            format!("  {}", self.say(msg!("sheet-booths"))),
        ];
        out.extend(booths);
        out
    }

    /// `webinar-1 → Russian (ru), two-way, 90 min: Anna, Ilya (norm: 2)`.
    fn booth(&self, session: &str, b: &staffing::Booth, l: &Labels) -> String {
        let names: Vec<String> = b.interpreters.iter().map(|id| self.name(id)).collect();
        let team = if names.is_empty() {
            self.say(msg!("sheet-not-staffed"))
        } else {
            names.join(", ")
        };
        let kind = if b.two_way {
            format!(", {}", self.say(msg!("sheet-two-way")))
        } else {
            String::new()
        };
        let relay = b
            .relay
            .as_ref()
            .map(|x| format!(", {}", self.say(msg!("sheet-relay-from", code = x))))
            .unwrap_or_default();
        let minutes = b
            .minutes
            .map(|x| format!(", {x} {}", l.say("min")))
            .unwrap_or_default();
        let need = b
            .required
            .as_ref()
            .map(|q| format!(" ({})", self.say(msg!("sheet-norm", n = q.interpreters))))
            .unwrap_or_default();
        let t = if b.tentative { " *" } else { "" };
        format!(
            "{session} → {} ({}){kind}{relay}{minutes}: {team}{need}{t}",
            l.language(&b.to),
            b.to
        )
    }

    /// Each interpreter's whole day, for those working in these sessions.
    fn loads(
        &self,
        day: &staffing::Day,
        rows: &[&staffing::SessionRow],
        l: &Labels,
    ) -> Vec<String> {
        let m = self.m;
        let ids: Vec<usize> = rows.iter().map(|r| r.session).collect();
        let loads: Vec<&staffing::Load> = day
            .loads
            .iter()
            .filter(|x| x.sessions.iter().any(|s| ids.contains(s)))
            .collect();
        if loads.is_empty() {
            return Vec::new();
        }
        let mut out = vec![
            String::new(),
            format!("  {}", self.say(msg!("sheet-interpreters-day"))),
        ];
        let (booth, mic, min) = (
            self.say(msg!("sheet-word-booth")),
            self.say(msg!("sheet-word-mic")),
            l.say("min"),
        );
        let w = loads
            .iter()
            .map(|x| width(&self.name(&x.interpreter)))
            .max()
            .unwrap_or(0)
            .min(40);
        for x in loads {
            let sessions: Vec<&str> = x
                .sessions
                .iter()
                .map(|&i| m.sessions[i].id.as_str())
                .collect();
            let over = if staffing::over_day_limit(m, x.booth_minutes) {
                " !"
            } else {
                ""
            };
            out.push(clean(&format!(
                "    {}  {booth} {:>3} {min}{over}  {mic} {:>3} {min}  {}",
                pad(&cut(&self.name(&x.interpreter), 40), w),
                x.booth_minutes,
                x.mic_minutes,
                sessions.join(", ")
            )));
        }
        out
    }

    /// The turn plan of every staffed booth of these sessions.
    fn turn_plans(&self, rows: &[&staffing::SessionRow], l: &Labels) -> Vec<String> {
        let turn = self.m.norms().turn_minutes;
        let mut out = Vec::new();
        for r in rows {
            let s = &self.m.sessions[r.session];
            for c in s
                .interpretation
                .iter()
                .filter(|c| !c.interpreters.is_empty())
            {
                let plan = staffing::turn_plan(s, c, turn);
                if plan.is_empty() {
                    continue;
                }
                out.push(String::new());
                out.push(clean(&format!(
                    "  {}",
                    self.say(msg!(
                        "sheet-turn-plan",
                        session = &s.id,
                        language = l.language(&c.to),
                        code = &c.to
                    ))
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
        out
    }
}

/// One cell of the sessions × languages grid: `floor`, `-`, `open` or
/// `staffed/needed`, with `2-way`, `via xx` and `!` when short.
fn cell(c: &Cell, l: &Labels) -> String {
    let b = match c {
        Cell::Floor => return l.say("floor"),
        Cell::Missing => return "-".into(),
        Cell::Booth(b) => b,
    };
    let need = b
        .required
        .as_ref()
        .map(|q| q.interpreters.to_string())
        .unwrap_or("?".into());
    let mut c = if b.interpreters.is_empty() {
        l.say("open")
    } else {
        format!("{}/{need}", b.interpreters.len())
    };
    if b.two_way {
        c.push_str(&format!(" {}", l.say("2-way")));
    }
    if let Some(rl) = &b.relay {
        c.push_str(&format!(" {} {rl}", l.say("via")));
    }
    if b.short_of().is_some() {
        c.push_str(" !");
    }
    c
}
