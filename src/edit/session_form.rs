//! Reading a session form into a [`Session`]: the fields as typed, by name,
//! checked all at once so a form can show each problem at its field.
//!
//! The TUI's form hands over its values as plain strings; nothing here knows
//! how they were typed. Titles in several working languages come as
//! `title:en`, `title:ru`; with one working language as `title`.

use std::collections::BTreeMap;

use super::form_text::{self, first_text_field};
use crate::domain::{
    Channel, Clock, Document, DocumentKind, Item, Meeting, Session, SessionKind, Tentative, Text,
    codes, parse_duration,
};
use crate::tr;

/// Each bad field's problem, by field name (title fields are named per
/// language, so names are owned).
pub type FormErrors = Vec<(String, String)>;

/// A form's values by field name, trimmed.
#[derive(Debug, Clone, Default)]
pub struct Fields(BTreeMap<String, String>);

impl Fields {
    pub fn new<N: Into<String>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (N, V)>) -> Fields {
        Fields(
            pairs
                .into_iter()
                .map(|(n, v)| (n.into(), v.as_ref().trim().to_string()))
                .collect(),
        )
    }

    /// A field's value; empty when the form has no such field.
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", String::as_str)
    }

    /// Whether the form has a field of that name.
    pub fn has(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// A list field (`en, ru`) as its values.
    pub fn list(&self, name: &str) -> Vec<String> {
        self.get(name)
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    }

    /// A yes/no field.
    pub fn is_on(&self, name: &str) -> bool {
        self.get(name) == "yes"
    }
}

/// `+90m`, `90m`, `1h30`: a length rather than a time of day.
pub fn is_duration(s: &str) -> bool {
    let t = s.trim().to_lowercase();
    let clock_suffix = t.ends_with("am") || t.ends_with("pm");
    t.starts_with('+')
        || (t.ends_with('m') && !clock_suffix)
        || (t.contains('h') && !t.ends_with('h'))
}

/// The first title field's name, for "a title is needed".
pub fn title_field(m: &Meeting) -> String {
    first_text_field(&m.languages, "title")
}

/// The title from its fields (see [`form_text::read_text`]).
pub fn read_title(m: &Meeting, f: &Fields, old: &Text) -> Text {
    form_text::read_text(&m.languages, f, "title", old)
}

/// The names a session form can mark not confirmed: the session's own
/// fields as `tentative: [start, room]` writes them.
pub const MARKABLE: [&str; 10] = [
    "title",
    "date",
    "start",
    "end",
    "room",
    "link",
    "chair",
    "lead",
    "language",
    "interpretation",
];

/// The names a booth's fields can mark in its channel's own `tentative`.
pub const BOOTH_MARKABLE: [&str; 3] = ["interpreters", "retour", "relay"];

/// The field the form hands its not-confirmed marks over in (`start, room`).
pub const MARKS: &str = "tentative:marks";

/// Every speaker of the session's items, in speaking order, once each.
pub fn item_speakers(s: &Session) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in s.items.iter().flat_map(|it| &it.speakers) {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Reads the form into `s`; every bad field is reported at once.
pub fn read_session(m: &Meeting, f: &Fields, s: &mut Session) -> Result<(), FormErrors> {
    let mut errs: FormErrors = Vec::new();
    s.title = read_title(m, f, &s.title);
    if s.title.is_empty() {
        errs.push((title_field(m), tr!("form-title-needed")));
    }
    read_kind(f, s, &mut errs);
    match crate::domain::date::parse(f.get("date")) {
        Ok(d) => s.date = d,
        Err(e) => errs.push(("date".into(), crate::load::value_said(&e))),
    }
    read_end_date(f, s, &mut errs);
    read_times(f, s, &mut errs);
    read_where_and_who(m, f, s, &mut errs);
    read_speakers(m, f, s, &mut errs);
    read_languages(f, s, &mut errs);
    read_booths(m, f, s, &mut errs);
    read_documents(f, &mut s.documents, &mut errs);
    let on = f.is_on("tentative");
    if f.has(MARKS) {
        s.tentative = form_text::read_tentative(&s.tentative, on, &f.list(MARKS), &MARKABLE);
    } else if on != s.tentative.any() {
        s.tentative = if on { Tentative::All } else { Tentative::No };
    }
    s.notes = opt(f.get("notes"));
    read_id(m, f, s, &mut errs);
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

/// The last day of a session over several days: empty (or the date
/// itself) is a one-day session; a day before the date is refused.
fn read_end_date(f: &Fields, s: &mut Session, errs: &mut FormErrors) {
    if !f.has("end_date") {
        return;
    }
    let v = f.get("end_date").trim();
    if v.is_empty() {
        s.end_date = None;
        return;
    }
    match crate::domain::date::parse(v) {
        Ok(d) if d < s.date => errs.push((
            "end_date".into(),
            tr!(
                "form-end-date-before",
                end = d.to_string(),
                date = s.date.to_string()
            ),
        )),
        Ok(d) => s.end_date = (d != s.date).then_some(d),
        Err(e) => errs.push(("end_date".into(), crate::load::value_said(&e))),
    }
}

fn read_kind(f: &Fields, s: &mut Session, errs: &mut FormErrors) {
    match SessionKind::ALL
        .iter()
        .find(|k| k.as_str() == f.get("kind"))
    {
        Some(k) => {
            // A kind that runs beside the programme (an exhibition) marks
            // the session alongside, unless it was set by hand otherwise.
            if s.kind != *k && s.alongside == s.kind.runs_alongside() {
                s.alongside = k.runs_alongside();
            }
            s.kind = *k;
        }
        None if f.get("kind").is_empty() => s.kind = SessionKind::Session,
        None => errs.push((
            "kind".into(),
            tr!("form-not-a-session-kind", kind = f.get("kind")),
        )),
    }
}

/// Start, and end as a time or a length (`+90m`); the end after the start.
fn read_times(f: &Fields, s: &mut Session, errs: &mut FormErrors) {
    s.start = None;
    if !f.get("start").is_empty() {
        match Clock::parse_loose(f.get("start")) {
            Ok(c) => s.start = Some(c),
            Err(e) => errs.push(("start".into(), e)),
        }
    }
    let end = f.get("end");
    s.end = None;
    if !end.is_empty() {
        match read_end(end, s.start) {
            Ok(c) => s.end = Some(c),
            Err(e) => errs.push(("end".into(), e)),
        }
    }
    if let (Some(a), Some(b)) = (s.start, s.end)
        && b <= a
    {
        errs.push((
            "end".into(),
            tr!(
                "edit-end-before-start",
                end = b.to_string(),
                start = a.to_string()
            ),
        ));
    }
}

/// What an end field means, shown when the person leaves it: `+90m` after
/// a start of `11` reads `12:30`, `3pm` reads `15:00`. `None` when it
/// cannot be understood yet (no start for a length, or not a time).
pub fn understood_end(start: &str, end: &str) -> Option<String> {
    if end.trim().is_empty() {
        return None;
    }
    let start = Clock::parse_loose(start).ok();
    read_end(end, start).ok().map(|c| c.to_string())
}

/// An end written as a time of day, or as a length after `start`.
fn read_end(end: &str, start: Option<Clock>) -> Result<Clock, String> {
    if !is_duration(end) {
        return Clock::parse_loose(end);
    }
    match (parse_duration(end), start) {
        (Ok(len), Some(st)) => Clock::from_minutes(st.minutes() + len).ok_or_else(|| {
            tr!(
                "form-length-past-midnight",
                start = st.to_string(),
                len = len
            )
        }),
        (Ok(_), None) => Err(tr!("form-length-needs-start")),
        (Err(e), _) => Err(e),
    }
}

/// Room, link, chair (on the roster) and lead organization.
fn read_where_and_who(m: &Meeting, f: &Fields, s: &mut Session, errs: &mut FormErrors) {
    s.room = opt(f.get("room"));
    s.link = opt(f.get("link"));
    s.chair = opt(f.get("chair"));
    if let Some(c) = &s.chair
        && m.participant(c).is_none()
    {
        errs.push(("chair".into(), tr!("form-not-on-roster", id = c.as_str())));
    }
    s.lead = form_text::read_opt_text(&m.languages, f, "lead", &s.lead);
}

/// Speakers typed on the session itself: those taken out leave every item
/// (an item left with nothing at all goes); those added join the item
/// without a title (made when there is none), so a speaker needs no talk
/// title. An unchanged list leaves the items as they were.
fn read_speakers(m: &Meeting, f: &Fields, s: &mut Session, errs: &mut FormErrors) {
    if !f.has("speakers") {
        return;
    }
    let wanted = f.list("speakers");
    for id in &wanted {
        if m.participant(id).is_none() {
            errs.push((
                "speakers".into(),
                tr!("form-not-on-roster", id = id.as_str()),
            ));
        }
    }
    if wanted == item_speakers(s) {
        return;
    }
    for it in &mut s.items {
        it.speakers.retain(|x| wanted.contains(x));
    }
    let present = item_speakers(s);
    let added: Vec<String> = wanted
        .iter()
        .filter(|w| !present.contains(w))
        .cloned()
        .collect();
    if !added.is_empty() {
        match s.items.iter_mut().find(|it| it.title.is_empty()) {
            Some(it) => it.speakers.extend(added),
            None => s.items.push(Item {
                speakers: added,
                ..Item::default()
            }),
        }
    }
    s.items.retain(|it| *it != Item::default());
}

/// Each channel's booth as its fields give it: interpreters, two-way
/// (retour), relay language. A channel whose fields the form does not
/// show keeps its booth.
fn read_booths(m: &Meeting, f: &Fields, s: &mut Session, errs: &mut FormErrors) {
    for c in &mut s.interpretation {
        let name = |part: &str| format!("booth:{}:{part}", c.to);
        if !f.has(&name("interpreters")) {
            continue;
        }
        let team = f.list(&name("interpreters"));
        for id in &team {
            if m.participant(id).is_none() {
                errs.push((
                    name("interpreters"),
                    tr!("form-not-on-roster", id = id.as_str()),
                ));
            }
        }
        c.interpreters = team;
        if f.has(&name("marks")) {
            let marked = f.list(&name("marks"));
            // `true` stays `true` while all its fields are still marked.
            let whole = c.tentative == Tentative::All
                && BOOTH_MARKABLE.iter().all(|b| marked.iter().any(|m| m == b));
            c.tentative = form_text::read_tentative(&c.tentative, whole, &marked, &BOOTH_MARKABLE);
        }
        c.retour = f.is_on(&name("retour"));
        c.relay = opt(f.get(&name("relay")));
        if let Some(r) = &c.relay
            && !codes::is_language(r)
        {
            errs.push((name("relay"), tr!("form-not-a-language", code = r.as_str())));
        }
    }
}

/// The documents as their fields give them (`doc0:title`…); one emptied
/// (no title, no link) is taken out.
fn read_documents(f: &Fields, docs: &mut Vec<Document>, errs: &mut FormErrors) {
    if !f.has("doc0:title") {
        return;
    }
    let old = std::mem::take(docs);
    for i in 0.. {
        let name = |part: &str| format!("doc{i}:{part}");
        if !f.has(&name("title")) {
            break;
        }
        let (title, url) = (f.get(&name("title")), f.get(&name("url")));
        if title.is_empty() && url.is_empty() {
            continue;
        }
        let mut d = old.get(i).cloned().unwrap_or_default();
        if title.is_empty() {
            errs.push((name("title"), tr!("form-document-title-needed")));
        }
        d.title = form_text::read_text(&[], f, &name("title"), &d.title);
        let kind = f.get(&name("kind"));
        match DocumentKind::ALL.iter().find(|k| k.as_str() == kind) {
            Some(k) => d.kind = *k,
            None if kind.is_empty() => d.kind = DocumentKind::default(),
            None => errs.push((name("kind"), tr!("form-not-a-document-kind", kind = kind))),
        }
        d.language = opt(f.get(&name("language")));
        if let Some(l) = &d.language
            && !codes::is_language(l)
        {
            errs.push((
                name("language"),
                tr!("form-not-a-language", code = l.as_str()),
            ));
        }
        d.url = opt(url);
        docs.push(d);
    }
}

/// Floor languages and interpretation channels; a booth kept keeps its team.
fn read_languages(f: &Fields, s: &mut Session, errs: &mut FormErrors) {
    s.language = f.list("language");
    let wanted = f.list("interpretation");
    s.interpretation = wanted
        .iter()
        .map(|l| match s.interpretation.iter().find(|c| &c.to == l) {
            Some(c) => c.clone(),
            None => Channel::to(l),
        })
        .collect();
    for l in s.language.iter().chain(&wanted) {
        if !crate::domain::codes::is_language(l) {
            errs.push((
                "language".into(),
                tr!("form-not-iso-language", code = l.as_str()),
            ));
        }
    }
}

/// The id: kept once given (follow-ups may name it), and not another's.
fn read_id(m: &Meeting, f: &Fields, s: &mut Session, errs: &mut FormErrors) {
    let id = f.get("id");
    if id.is_empty() && !s.id.is_empty() {
        errs.push(("id".into(), tr!("form-session-keeps-id")));
    } else if id != s.id && m.sessions.iter().any(|x| x.id == id) {
        errs.push(("id".into(), tr!("form-session-id-taken", id = id)));
    } else {
        s.id = id.to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_times_are_told_apart() {
        assert_eq!(understood_end("11", "+90m").as_deref(), Some("12:30"));
        assert_eq!(understood_end("11:00", "1h45").as_deref(), Some("12:45"));
        assert_eq!(understood_end("", "3pm").as_deref(), Some("15:00"));
        assert_eq!(understood_end("", "+90m"), None, "a length needs a start");
        assert_eq!(understood_end("23:00", "+2h"), None, "past midnight");
        assert!(is_duration("+90m"));
        assert!(is_duration("90m"));
        assert!(is_duration("1h30"));
        assert!(!is_duration("11h"));
        assert!(!is_duration("1100"));
        assert!(!is_duration("3pm"));
    }

    #[test]
    fn a_form_becomes_a_session_or_says_what_is_wrong() {
        let m = Meeting {
            languages: vec!["en".into()],
            ..Meeting::default()
        };
        let f = Fields::new([
            ("title", " Opening "),
            ("date", "2020-09-25"),
            ("start", "9:00"),
            ("end", "+90m"),
            ("language", "en, ru"),
            ("interpretation", "ru"),
            ("tentative", "yes"),
            ("id", "opening"),
        ]);
        let mut s = Session::default();
        assert_eq!(read_session(&m, &f, &mut s), Ok(()));
        assert_eq!(s.title, Text::plain("Opening"));
        assert_eq!(s.end.map(|c| c.to_string()), Some("10:30".into()));
        assert_eq!(s.language, ["en", "ru"]);
        assert_eq!(s.interpretation.len(), 1);
        assert_eq!(s.tentative, Tentative::All);

        let bad = Fields::new([
            ("date", "someday"),
            ("start", "10:00"),
            ("end", "9:00"),
            ("chair", "nobody"),
        ]);
        let errs = read_session(&m, &bad, &mut Session::default()).unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(fields, ["title", "date", "end", "chair"]);
    }
}
