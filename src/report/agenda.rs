//! The agenda as plain text for a terminal, a pipe or a printer.
//!
//! Times are shown in the zone asked for (by default the meeting's own),
//! and the zone is named in the header and on every day, since offsets
//! change with daylight saving. Days are the days of the shown zone: a
//! session written at 02:00 in Almaty falls on the previous day in Paris.
//! Values not confirmed yet carry a `*`, explained at the end.

use std::cell::Cell;

use chrono::NaiveDate;
use chrono_tz::Tz;

use super::plain::{Labels, clean, pad, wrap};
use crate::domain::{Channel, Format, Item, Meeting, Participant, Session, Tentative};
use crate::zones;

/// Width of the time column; session details are indented by it.
const COL: usize = 13;

/// The whole agenda as text.
pub fn render(m: &Meeting, written: Tz, shown: Tz, lang: &str, width: usize) -> String {
    let a = Agenda {
        m,
        lang,
        l: Labels::for_lang(lang),
        width,
        indent: " ".repeat(COL),
        starred: Cell::new(false),
    };
    let mut out = a.header(written, shown);
    let rows = rows(m, written, shown);
    // In the meeting's own zone, a day with nothing planned yet is listed too.
    let mut empty = if shown == written {
        m.days()
            .into_iter()
            .filter(|d| !rows.iter().any(|r| r.0 == *d))
            .collect()
    } else {
        Vec::new()
    }
    .into_iter()
    .peekable();
    let mut day: Option<NaiveDate> = None;
    for (date, i, sh) in rows {
        if day != Some(date) {
            while let Some(e) = empty.next_if(|e| *e < date) {
                out.extend(a.nothing_scheduled(e, shown));
            }
            day = Some(date);
            out.extend(a.day_heading(date, sh.as_ref(), shown));
        }
        a.session(&m.sessions[i], sh.as_ref(), &mut out);
    }
    for e in empty {
        out.extend(a.nothing_scheduled(e, shown));
    }
    if a.starred.get() {
        out.push(String::new());
        out.push(a.l.say("* not confirmed yet").to_string());
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// Sessions by the day they fall on in the shown zone, in time order (a
/// multi-day one on each of its days); untimed ones last in their written day.
fn rows(m: &Meeting, written: Tz, shown: Tz) -> Vec<(NaiveDate, usize, Option<zones::Shown>)> {
    let mut rows: Vec<(NaiveDate, i64, usize, Option<zones::Shown>)> = m
        .schedule_order()
        .into_iter()
        .flat_map(|i| m.sessions[i].dates().map(move |d| (i, d)))
        .map(|(i, d)| {
            let s = &m.sessions[i];
            let sh = if d == s.date {
                zones::session(written, s, shown)
            } else {
                let mut on_day = s.clone();
                on_day.date = d;
                zones::session(written, &on_day, shown)
            };
            let (day, minute) = match &sh {
                Some(x) => (x.date(), zones::minute_of_day(&x.start)),
                None => (d, i64::MAX),
            };
            (day, minute, i, sh)
        })
        .collect();
    rows.sort_by_key(|(d, min, i, _)| (*d, *min, *i));
    rows.into_iter().map(|(d, _, i, sh)| (d, i, sh)).collect()
}

/// Marks a value not confirmed yet.
fn star(t: bool) -> &'static str {
    if t { " *" } else { "" }
}

fn time_tentative(s: &Session) -> bool {
    ["date", "start", "end"]
        .iter()
        .any(|f| s.tentative.covers(f))
}

/// `Mr Jaewon Cho, Programme Officer, KERIS`.
fn person_line(p: &Participant, lang: &str, fb: &[String]) -> String {
    let mut parts = vec![p.display_name(lang, fb)];
    parts.extend(p.position.as_ref().map(|x| x.get(lang, fb).to_string()));
    parts.extend(p.organization.as_ref().map(|x| x.get(lang, fb).to_string()));
    format!(
        "{}{}",
        parts.join(", "),
        star(p.tentative.covers("name") || p.tentative == Tentative::All)
    )
}

/// One agenda being written: what every part needs, and whether a `*` was
/// printed (then the footnote explains it).
struct Agenda<'a> {
    m: &'a Meeting,
    lang: &'a str,
    l: Labels,
    width: usize,
    indent: String,
    starred: Cell<bool>,
}

impl Agenda<'_> {
    fn fb(&self) -> &[String] {
        &self.m.languages
    }

    /// `" *"` for a value not confirmed yet, and remembers the footnote.
    fn mark(&self, t: bool) -> &'static str {
        if t {
            self.starred.set(true);
        }
        star(t)
    }

    fn person(&self, id: &str) -> String {
        let Some(p) = self.m.participant(id) else {
            return format!("{id} (not on the roster)");
        };
        person_line(p, self.lang, self.fb())
    }

    fn wrap(&self, text: &str) -> Vec<String> {
        wrap(text, "", "", self.width)
    }

    /// Title, theme, dates and place, the zone line and the languages.
    fn header(&self, written: Tz, shown: Tz) -> Vec<String> {
        let (m, lang, l) = (self.m, self.lang, &self.l);
        let mut out = self.wrap(&format!(
            "{}{}",
            m.title.get(lang, self.fb()),
            self.mark(m.tentative.covers("title"))
        ));
        if let Some(t) = &m.theme {
            out.extend(self.wrap(t.get(lang, self.fb())));
        }
        out.extend(self.wrap(&self.when_and_where()));
        out.extend(self.wrap(&self.zone_line(written, shown)));
        if !m.languages.is_empty() {
            let names: Vec<String> = m.languages.iter().map(|c| l.language(c)).collect();
            out.push(clean(&format!(
                "{}: {}",
                l.say("Working languages"),
                names.join(", ")
            )));
        }
        out
    }

    /// `25 – 26 September 2020 · online · Venue, City`.
    fn when_and_where(&self) -> String {
        let (m, l) = (self.m, &self.l);
        let dates = if m.last_day() == m.start_date {
            l.date(m.start_date)
        } else {
            format!("{} – {}", l.date(m.start_date), l.date(m.last_day()))
        };
        let place: Vec<String> = [m.venue.as_ref(), m.city.as_ref()]
            .into_iter()
            .flatten()
            .map(|t| t.get(self.lang, self.fb()).to_string())
            .collect();
        let place = if place.is_empty() {
            String::new()
        } else {
            format!(" · {}", place.join(", "))
        };
        let format = match m.format {
            Format::Online => l.say("online"),
            Format::Hybrid => l.say("hybrid"),
            Format::InPerson => l.say("in person"),
        };
        format!("{dates} · {format}{place}")
    }

    /// Which zone the times are in, and the one the programme is written in.
    fn zone_line(&self, written: Tz, shown: Tz) -> String {
        let l = &self.l;
        let line = if shown == written {
            format!("{} {}.", l.say("Times in"), written.name())
        } else {
            format!(
                "{} {}; {} {}.",
                l.say("Times in"),
                shown.name(),
                l.say("the programme is written in"),
                written.name()
            )
        };
        if !self.m.tentative.covers("timezone") {
            return line;
        }
        format!("{line} {}", l.say("(The time zone is not confirmed yet.)"))
    }

    /// A blank line, `Friday, 25 September 2020 — UTC+05:00`, a blank line.
    fn day_heading(&self, date: NaiveDate, sh: Option<&zones::Shown>, shown: Tz) -> [String; 3] {
        let zone = match sh {
            Some(x) => zones::zone_heading(&x.start),
            None => shown.name().to_string(),
        };
        [
            String::new(),
            clean(&format!("{} — {zone}", self.l.heading_date(date))),
            String::new(),
        ]
    }

    /// One session: time and title, its details, its items.
    /// A day of the meeting with no session yet: its heading and a line saying so.
    fn nothing_scheduled(&self, day: NaiveDate, shown: Tz) -> [String; 4] {
        [
            String::new(),
            clean(&format!("{} — {}", self.l.heading_date(day), shown.name())),
            String::new(),
            format!("{}{}", self.indent, self.l.say("nothing scheduled")),
        ]
    }

    fn session(&self, s: &Session, sh: Option<&zones::Shown>, out: &mut Vec<String>) {
        let time = match sh {
            Some(x) => format!("{}{}", x.range(), if time_tentative(s) { "*" } else { "" }),
            None => "--:--".to_string(),
        };
        if sh.is_some() && time_tentative(s) {
            self.starred.set(true);
        }
        let title = format!(
            "{}{}",
            s.title.get(self.lang, self.fb()),
            self.mark(s.tentative == Tentative::All)
        );
        out.extend(wrap(&title, &pad(&time, COL), &self.indent, self.width));
        for text in self.details(s, sh) {
            out.extend(wrap(&text, &self.indent, &self.indent, self.width));
        }
        // Numbered as the source numbers its points; an item with no
        // title is no point ("Remarks: …", no number).
        let mut n = 0;
        for it in &s.items {
            if it.title.is_empty() {
                self.remarks(it, out);
            } else {
                self.item(n, it, out);
                n += 1;
            }
        }
    }

    /// The lines under a session's title, before its items.
    fn details(&self, s: &Session, sh: Option<&zones::Shown>) -> Vec<String> {
        let (l, lang) = (&self.l, self.lang);
        let mut d = Vec::new();
        if let Some(x) = sh
            && x.crosses_midnight
            && let Some(e) = x.end
        {
            d.push(format!(
                "{} {} {}",
                l.say("Crosses midnight: ends"),
                e.format("%H:%M"),
                l.long_date(e.date_naive())
            ));
        }
        if s.last_date() > s.date {
            d.push(format!(
                "{} {} {} {}",
                l.say("Every day from"),
                l.date(s.date),
                l.say("to"),
                l.date(s.last_date())
            ));
        }
        if s.alongside {
            d.push(l.say("Runs alongside the programme.").to_string());
        }
        if let Some(lead) = &s.lead {
            d.push(format!("{}: {}", l.say("Lead"), lead.get(lang, self.fb())));
        }
        if let Some(r) = &s.room {
            let mark = self.mark(s.tentative.covers("room"));
            d.push(format!("{}: {r}{mark}", l.say("Room")));
        }
        if let Some(k) = &s.link {
            let mark = self.mark(s.tentative.covers("link"));
            d.push(format!("{}: {k}{mark}", l.say("Link")));
        }
        if let Some(c) = &s.chair {
            d.push(format!(
                "{}: {}{}",
                l.say("Chair"),
                self.person(c),
                self.mark(s.tentative.covers("chair"))
            ));
        }
        if !s.language.is_empty() || !s.interpretation.is_empty() {
            d.push(self.languages(s));
            d.extend(self.booths(s));
        }
        d
    }

    /// `Floor: English. Interpretation into: Russian (two-way).`
    fn languages(&self, s: &Session) -> String {
        let l = &self.l;
        let mut t = String::new();
        if !s.language.is_empty() {
            let floor: Vec<String> = s.language.iter().map(|c| l.language(c)).collect();
            t.push_str(&format!(
                "{}: {}{}.",
                l.say("Floor"),
                floor.join(", "),
                self.mark(s.tentative.covers("language"))
            ));
        }
        if !s.interpretation.is_empty() {
            let chans: Vec<String> = s.interpretation.iter().map(|c| self.channel(c)).collect();
            if !t.is_empty() {
                t.push(' ');
            }
            t.push_str(&format!(
                "{}: {}{}.",
                l.say("Interpretation into"),
                chans.join(", "),
                self.mark(s.tentative.covers("interpretation"))
            ));
        }
        t
    }

    /// `Russian (two-way) (relay from English)`.
    fn channel(&self, c: &Channel) -> String {
        let l = &self.l;
        let mut x = l.language(&c.to);
        if c.retour {
            x.push_str(&format!(
                " ({}{})",
                l.say("two-way"),
                self.mark(c.tentative.covers("retour"))
            ));
        }
        if let Some(r) = &c.relay {
            x.push_str(&format!(" ({} {})", l.say("relay from"), l.language(r)));
        }
        x
    }

    /// `Booth ru: Anna, Ilya` for each staffed booth.
    fn booths(&self, s: &Session) -> Vec<String> {
        let m = self.m;
        s.interpretation
            .iter()
            .filter(|c| !c.interpreters.is_empty())
            .map(|c| {
                let names: Vec<String> = c
                    .interpreters
                    .iter()
                    .map(|id| {
                        let t = m.participant(id).is_some_and(|p| p.tentative.any());
                        let n = m
                            .participant(id)
                            .map(|p| p.display_name(self.lang, self.fb()))
                            .unwrap_or_else(|| id.clone());
                        format!("{n}{}", self.mark(t))
                    })
                    .collect();
                format!(
                    "{} {}: {}{}",
                    self.l.say("Booth"),
                    c.to,
                    names.join(", "),
                    self.mark(c.tentative.covers("interpreters"))
                )
            })
            .collect()
    }

    /// `1. Title (20 min)`, then its speakers and on whose behalf.
    /// An item that names who speaks and no title: "Remarks: A; B" as its line.
    fn remarks(&self, it: &Item, out: &mut Vec<String>) {
        let (l, lang, fb) = (&self.l, self.lang, self.fb());
        let mut who: Vec<String> = it.speakers.iter().map(|id| self.person(id)).collect();
        if let Some(p) = &it.presenter {
            who.push(p.get(lang, fb).to_string());
        }
        let mut line = format!(
            "{}: {}{}",
            l.say("Remarks"),
            who.join("; "),
            self.mark(it.tentative.any())
        );
        if let Some(b) = &it.on_behalf_of {
            line.push_str(&format!(", {} {}", l.say("on behalf of"), b.get(lang, fb)));
        }
        let sub = format!("{}   ", self.indent);
        out.extend(wrap(&line, &self.indent, &sub, self.width));
    }

    fn item(&self, n: usize, it: &Item, out: &mut Vec<String>) {
        let (l, lang, fb, width) = (&self.l, self.lang, self.fb(), self.width);
        let minutes = it
            .minutes
            .map(|x| format!(" ({x} {})", l.say("min")))
            .unwrap_or_default();
        let head = format!("{}. ", n + 1);
        let sub = format!("{}{}", self.indent, " ".repeat(head.len()));
        let title = format!(
            "{}{}{minutes}",
            it.title.get(lang, fb),
            self.mark(it.tentative == Tentative::All || it.tentative.covers("title"))
        );
        out.extend(wrap(&title, &format!("{}{head}", self.indent), &sub, width));
        let mut who: Vec<String> = it.speakers.iter().map(|id| self.person(id)).collect();
        if let Some(p) = &it.presenter {
            who.push(p.get(lang, fb).to_string());
        }
        if !who.is_empty() {
            let t = format!(
                "{}{}",
                who.join("; "),
                self.mark(it.tentative.covers("speakers"))
            );
            out.extend(wrap(&t, &sub, &sub, width));
        }
        if let Some(b) = &it.on_behalf_of {
            out.extend(wrap(
                &format!("{} {}", l.say("on behalf of"), b.get(lang, fb)),
                &sub,
                &sub,
                width,
            ));
        }
    }
}
