//! `plenary agenda FILE [--tz ZONE] [--lang en|ru]`: the schedule as plain
//! text for a terminal, a pipe or a printer.
//!
//! Times are shown in `--tz` (default: the meeting's own zone), and the zone
//! is named in the header and on every day, since offsets change with
//! daylight saving. Days are the days of the shown zone: a session written
//! at 02:00 in Almaty falls on the previous day in Paris. Values not
//! confirmed yet carry a `*`, explained at the end.

use super::out::errln;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use chrono_tz::Tz;

use super::plain::{Labels, clean, wrap};
use crate::domain::{Format, Meeting, Participant, Session, Tentative, codes};
use crate::load;
use crate::safe;
use crate::zones;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The meeting file.
    pub file: PathBuf,
    /// Show times in this IANA zone (e.g. UTC, Europe/Paris); default: the meeting's.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Language of titles and labels (ISO 639-1; labels exist in en and ru).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,
    /// Wrap lines at this many columns; 0 leaves them whole.
    #[arg(long, default_value_t = 80)]
    pub width: usize,
}

/// Checks `--lang`, with what was probably meant.
fn language_arg(lang: &str) -> Result<String, String> {
    if codes::is_language(lang) {
        return Ok(lang.to_string());
    }
    let hint = match codes::suggest_language(lang) {
        Some(c) => format!("did you mean `{c}` ({})?", codes::language_name(c)),
        None => "use a two-letter ISO 639-1 code, such as `en` or `ru`".into(),
    };
    Err(format!("unknown language `{lang}`\n  hint: {hint}"))
}

/// What a printed sheet is made from: the checked `--lang`, the meeting,
/// the zone it is written in and the zone to show.
pub(crate) struct Opened {
    pub lang: String,
    pub doc: load::Document,
    pub written: Tz,
    pub shown: Tz,
}

/// Checks `--lang` and `--tz` and loads the meeting, or gives the message
/// to print and the exit code.
pub(crate) fn open(file: &Path, tz: Option<&str>, lang: &str) -> Result<Opened, (String, u8)> {
    let lang = language_arg(lang).map_err(|e| (format!("plenary: {e}"), 2))?;
    let shown = match tz.map(zones::parse_typed).transpose() {
        Ok(Some((z, said))) => {
            // "JST read as Asia/Tokyo": the reader should know which zone.
            if let Some(said) = said {
                errln!("note: --tz {}", safe::clean(&said));
            }
            Some(z)
        }
        Ok(None) => None,
        Err(e) => {
            let text = format!("plenary: {e}\n  hint: {}", e.hint);
            return Err((text, 2));
        }
    };
    let doc = load::load(file).map_err(|p| (p.to_string(), 1))?;
    let written = zones::meeting_zone(&doc.meeting).map_err(|e| {
        (
            format!(
                "{}: error: the meeting's {}\n  hint: {}",
                safe::path(file),
                safe::clean(&e.to_string()),
                e.hint
            ),
            1,
        )
    })?;
    Ok(Opened {
        lang,
        doc,
        written,
        shown: shown.unwrap_or(written),
    })
}

/// Writes `text` to standard output; a closed pipe (`| head`) is not an error.
pub(crate) fn emit(text: &str) -> u8 {
    match super::out::print(text) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            errln!("plenary: cannot write: {e}");
            1
        }
        _ => 0,
    }
}

pub fn run(a: &Args) -> u8 {
    match open(&a.file, a.tz.as_deref(), &a.lang) {
        Ok(o) => emit(&render(
            &o.doc.meeting,
            o.written,
            o.shown,
            &o.lang,
            a.width,
        )),
        Err((msg, code)) => {
            errln!("{msg}");
            code
        }
    }
}

/// Marks a value not confirmed yet.
fn star(t: bool) -> &'static str {
    if t { " *" } else { "" }
}

fn person(m: &Meeting, id: &str, lang: &str) -> String {
    let Some(p) = m.participant(id) else {
        return format!("{id} (not on the roster)");
    };
    person_line(p, lang, &m.languages)
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

fn time_tentative(s: &Session) -> bool {
    ["date", "start", "end"]
        .iter()
        .any(|f| s.tentative.covers(f))
}

/// The whole agenda as text.
pub fn render(m: &Meeting, written: Tz, shown: Tz, lang: &str, width: usize) -> String {
    let l = Labels::for_lang(lang);
    let fb = &m.languages;
    let mut out: Vec<String> = Vec::new();
    let starred = std::cell::Cell::new(false);
    let mark = |t: bool| {
        if t {
            starred.set(true);
        }
        star(t)
    };

    out.extend(wrap(
        &format!(
            "{}{}",
            m.title.get(lang, fb),
            mark(m.tentative.covers("title"))
        ),
        "",
        "",
        width,
    ));
    if let Some(t) = &m.theme {
        out.extend(wrap(t.get(lang, fb), "", "", width));
    }
    let dates = if m.last_day() == m.start_date {
        l.date(m.start_date)
    } else {
        format!("{} – {}", l.date(m.start_date), l.date(m.last_day()))
    };
    let place: Vec<String> = [m.venue.as_ref(), m.city.as_ref()]
        .into_iter()
        .flatten()
        .map(|t| t.get(lang, fb).to_string())
        .collect();
    let place = if place.is_empty() {
        String::new()
    } else {
        format!(" · {}", place.join(", "))
    };
    let format = match m.format {
        Format::Online => l.pick("online", "онлайн"),
        Format::Hybrid => l.pick("hybrid", "гибридный формат"),
        Format::InPerson => l.pick("in person", "очно"),
    };
    out.extend(wrap(&format!("{dates} · {format}{place}"), "", "", width));
    let zone_line = if shown == written {
        format!("{} {}.", l.pick("Times in", "Время:"), written.name())
    } else {
        format!(
            "{} {}; {} {}.",
            l.pick("Times in", "Время:"),
            shown.name(),
            l.pick(
                "the programme is written in",
                "программа составлена по времени"
            ),
            written.name()
        )
    };
    let zone_line = if m.tentative.covers("timezone") {
        format!(
            "{zone_line} {}",
            l.pick(
                "(The time zone is not confirmed yet.)",
                "(Часовой пояс ещё не подтверждён.)"
            )
        )
    } else {
        zone_line
    };
    out.extend(wrap(&zone_line, "", "", width));
    if !m.languages.is_empty() {
        let names: Vec<String> = m.languages.iter().map(|c| l.language(c)).collect();
        out.push(clean(&format!(
            "{}: {}",
            l.pick("Working languages", "Рабочие языки"),
            names.join(", ")
        )));
    }

    // Sessions by the day they fall on in the shown zone; untimed ones last in their written day.
    let mut rows: Vec<(NaiveDate, i64, usize, Option<zones::Shown>)> = m
        .schedule_order()
        .into_iter()
        .map(|i| {
            let s = &m.sessions[i];
            let sh = zones::session(written, s, shown);
            let (day, minute) = match &sh {
                Some(x) => (x.date(), zones::minute_of_day(&x.start)),
                None => (s.date, i64::MAX),
            };
            (day, minute, i, sh)
        })
        .collect();
    rows.sort_by_key(|(d, min, i, _)| (*d, *min, *i));

    const COL: usize = 13;
    let indent = " ".repeat(COL);
    let mut day: Option<NaiveDate> = None;
    for (date, _, i, sh) in rows {
        let s = &m.sessions[i];
        if day != Some(date) {
            day = Some(date);
            out.push(String::new());
            let zone = match &sh {
                Some(x) => zones::zone_heading(&x.start),
                None => shown.name().to_string(),
            };
            out.push(clean(&format!("{} — {zone}", l.long_date(date))));
            out.push(String::new());
        }
        let time = match &sh {
            Some(x) => format!("{}{}", x.range(), if time_tentative(s) { "*" } else { "" }),
            None => "--:--".to_string(),
        };
        if sh.is_some() && time_tentative(s) {
            starred.set(true);
        }
        let title = format!(
            "{}{}",
            s.title.get(lang, fb),
            mark(s.tentative == Tentative::All)
        );
        out.extend(wrap(&title, &super::plain::pad(&time, COL), &indent, width));
        let mut detail = |text: String| out.extend(wrap(&text, &indent, &indent, width));
        if let Some(x) = &sh
            && x.crosses_midnight
            && let Some(e) = x.end
        {
            detail(format!(
                "{} {} {}",
                l.pick(
                    "Crosses midnight: ends",
                    "Переходит через полночь: заканчивается"
                ),
                e.format("%H:%M"),
                l.long_date(e.date_naive())
            ));
        }
        if let Some(lead) = &s.lead {
            detail(format!(
                "{}: {}",
                l.pick("Lead", "Ведущая организация"),
                lead.get(lang, fb)
            ));
        }
        if let Some(r) = &s.room {
            detail(format!(
                "{}: {r}{}",
                l.pick("Room", "Зал"),
                mark(s.tentative.covers("room"))
            ));
        }
        if let Some(k) = &s.link {
            detail(format!(
                "{}: {k}{}",
                l.pick("Link", "Ссылка"),
                mark(s.tentative.covers("link"))
            ));
        }
        if let Some(c) = &s.chair {
            detail(format!(
                "{}: {}{}",
                l.pick("Chair", "Председатель"),
                person(m, c, lang),
                mark(s.tentative.covers("chair"))
            ));
        }
        if !s.language.is_empty() || !s.interpretation.is_empty() {
            let mut t = String::new();
            if !s.language.is_empty() {
                let floor: Vec<String> = s.language.iter().map(|c| l.language(c)).collect();
                t.push_str(&format!(
                    "{}: {}{}.",
                    l.pick("Floor", "Язык зала"),
                    floor.join(", "),
                    mark(s.tentative.covers("language"))
                ));
            }
            if !s.interpretation.is_empty() {
                let chans: Vec<String> = s
                    .interpretation
                    .iter()
                    .map(|c| {
                        let mut x = l.language(&c.to);
                        if c.retour {
                            x.push_str(&format!(
                                " ({}{})",
                                l.pick("two-way", "в обе стороны"),
                                mark(c.tentative.covers("retour"))
                            ));
                        }
                        if let Some(r) = &c.relay {
                            x.push_str(&format!(
                                " ({} {})",
                                l.pick("relay from", "через"),
                                l.language(r)
                            ));
                        }
                        x
                    })
                    .collect();
                if !t.is_empty() {
                    t.push(' ');
                }
                t.push_str(&format!(
                    "{}: {}{}.",
                    l.pick("Interpretation into", "Синхронный перевод на"),
                    chans.join(", "),
                    mark(s.tentative.covers("interpretation"))
                ));
            }
            detail(t);
            for c in s
                .interpretation
                .iter()
                .filter(|c| !c.interpreters.is_empty())
            {
                let names: Vec<String> = c
                    .interpreters
                    .iter()
                    .map(|id| {
                        let t = m.participant(id).is_some_and(|p| p.tentative.any());
                        let n = m
                            .participant(id)
                            .map(|p| p.display_name(lang, fb))
                            .unwrap_or_else(|| id.clone());
                        format!("{n}{}", mark(t))
                    })
                    .collect();
                detail(format!(
                    "{} {}: {}{}",
                    l.pick("Booth", "Кабина"),
                    c.to,
                    names.join(", "),
                    mark(c.tentative.covers("interpreters"))
                ));
            }
        }
        for (n, it) in s.items.iter().enumerate() {
            let minutes = it
                .minutes
                .map(|x| format!(" ({x} {})", l.pick("min", "мин")))
                .unwrap_or_default();
            let head = format!("{}. ", n + 1);
            let sub = format!("{indent}{}", " ".repeat(head.len()));
            let title = format!(
                "{}{}{minutes}",
                it.title.get(lang, fb),
                mark(it.tentative == Tentative::All || it.tentative.covers("title"))
            );
            out.extend(wrap(&title, &format!("{indent}{head}"), &sub, width));
            let mut who: Vec<String> = it.speakers.iter().map(|id| person(m, id, lang)).collect();
            if let Some(p) = &it.presenter {
                who.push(p.get(lang, fb).to_string());
            }
            if !who.is_empty() {
                let t = format!(
                    "{}{}",
                    who.join("; "),
                    mark(it.tentative.covers("speakers"))
                );
                out.extend(wrap(&t, &sub, &sub, width));
            }
            if let Some(b) = &it.on_behalf_of {
                out.extend(wrap(
                    &format!("{} {}", l.pick("on behalf of", "от имени"), b.get(lang, fb)),
                    &sub,
                    &sub,
                    width,
                ));
            }
        }
    }
    if starred.get() {
        out.push(String::new());
        out.push(
            l.pick("* not confirmed yet", "* ещё не подтверждено")
                .to_string(),
        );
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}
