//! The session form's fields: the whole record of a session — title in
//! every working language, kind, date, times, room, link, chair and
//! speakers from the roster picker, floor languages, interpretation
//! channels with each booth's team, two-way and relay, the lead
//! organization in every working language, documents, notes, id — and what leaving a field shows at once (`+90m`
//! read as the end time, a booth's fields for a language just added, an
//! empty document to fill in once the last one has a title).

use super::form::{Field, Form, id_check};
use super::form_fields::{markable, marked, opt_text_fields, text_fields};
use super::picker::Source;
use crate::domain::{
    Channel, Clock, Document, Meeting, Session, SessionKind, Tentative, Text, parse_duration,
};
use crate::edit::session_form::{MARKS, is_duration, item_speakers, understood_end};
use crate::tr;

pub fn time_check(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Ok(());
    }
    Clock::parse_loose(s).map(|_| ())
}

pub fn end_check(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Ok(());
    }
    if is_duration(s) {
        return parse_duration(s).map(|_| ());
    }
    Clock::parse_loose(s).map(|_| ())
}

pub fn time_tidy(s: &str) -> Option<String> {
    Clock::parse_loose(s).ok().map(|c| c.to_string())
}

pub fn end_tidy(s: &str) -> Option<String> {
    if is_duration(s) { None } else { time_tidy(s) }
}

pub fn date_tidy(s: &str) -> Option<String> {
    crate::domain::date::parse(s).ok().map(|d| d.to_string())
}

pub fn date_check(s: &str) -> Result<(), String> {
    crate::domain::date::parse(s)
        .map(|_| ())
        .map_err(|e| crate::load::value_said(&e))
}

fn language_check(s: &str) -> Result<(), String> {
    for c in s.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        if !crate::domain::codes::is_language(c) {
            return Err(tr!("form-not-a-language", code = c));
        }
    }
    Ok(())
}

/// One title field per working language (or one when there are fewer than two).
pub fn title_fields(m: &Meeting, t: &Text) -> Vec<Field> {
    text_fields(&m.languages, "title", &tr!("form-title"), t)
}

/// The session form's fields, filled from `s`.
pub fn session_fields(m: &Meeting, s: &Session) -> Vec<Field> {
    let tt = &s.tentative;
    let mut fields = markable(title_fields(m, &s.title), "title", tt);
    fields.extend(when_and_where(s));
    fields.extend(languages(s));
    fields.extend(s.interpretation.iter().flat_map(booth_fields));
    // After the booths: rarely typed, and the fields before keep the
    // places keystroke walks count on (Room, then 4 Tabs to the floor).
    fields.extend(markable(
        opt_text_fields(&m.languages, "lead", &tr!("form-lead"), &s.lead),
        "lead",
        tt,
    ));
    fields.extend([
        Field::toggle(
            "tentative",
            &tr!("form-session-tentative"),
            s.tentative == Tentative::All,
        ),
        Field::text(
            "notes",
            &tr!("form-notes"),
            s.notes.clone().unwrap_or_default(),
        ),
    ]);
    fields.extend(document_fields(&s.documents));
    // Last: ids are for files and references, rarely typed.
    fields.push(
        Field::text("id", &tr!("form-id"), s.id.clone())
            .checked(id_check)
            .hint(tr!("form-session-id-hint")),
    );
    fields
}

/// A field of `s` that can be marked not confirmed as `name`.
fn mark(s: &Session, f: Field, name: &'static str) -> Field {
    f.markable(name, marked(&s.tentative, name))
}

/// The last day field: empty for a one-day session.
pub fn end_date_check(s: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        return Ok(());
    }
    date_check(s)
}

/// Kind, date, last day, times, room, link, chair and speakers.
fn when_and_where(s: &Session) -> [Field; 9] {
    let t = |c: Option<Clock>| c.map(|c| c.to_string()).unwrap_or_default();
    let text = |name: &str, key: &str, v: &Option<String>| {
        Field::text(name, &tr!(key), v.clone().unwrap_or_default())
    };
    [
        Field::pick(
            "kind",
            &tr!("form-kind"),
            Source::Kinds,
            false,
            &[s.kind.as_str().to_string()],
        ),
        mark(
            s,
            Field::text("date", &tr!("form-date"), s.date.to_string())
                .checked(date_check)
                .tidied(date_tidy)
                .hint(tr!("tui-se-date-hint")),
            "date",
        ),
        Field::text(
            "end_date",
            &tr!("form-end-date"),
            s.end_date.map(|d| d.to_string()).unwrap_or_default(),
        )
        .checked(end_date_check)
        .tidied(date_tidy)
        .hint(tr!("form-end-date-hint")),
        mark(
            s,
            Field::text("start", &tr!("form-start"), t(s.start))
                .checked(time_check)
                .tidied(time_tidy)
                .hint(tr!("form-start-hint")),
            "start",
        ),
        mark(
            s,
            Field::text("end", &tr!("form-end"), t(s.end))
                .checked(end_check)
                .tidied(end_tidy)
                .hint(tr!("form-end-hint")),
            "end",
        ),
        mark(s, text("room", "form-room", &s.room), "room"),
        mark(
            s,
            text("link", "form-link", &s.link).hint(tr!("form-link-hint")),
            "link",
        ),
        mark(
            s,
            Field::pick(
                "chair",
                &tr!("form-chair"),
                Source::People,
                false,
                &s.chair.iter().cloned().collect::<Vec<_>>(),
            ),
            "chair",
        ),
        Field::pick(
            "speakers",
            &tr!("form-speakers"),
            Source::People,
            true,
            &item_speakers(s),
        ),
    ]
}

/// Floor languages and the languages interpreted into.
fn languages(s: &Session) -> [Field; 2] {
    let into: Vec<String> = s.interpretation.iter().map(|c| c.to.clone()).collect();
    [
        mark(
            s,
            Field::pick(
                "language",
                &tr!("form-floor"),
                Source::Languages,
                true,
                &s.language,
            )
            .checked(language_check),
            "language",
        ),
        mark(
            s,
            Field::pick(
                "interpretation",
                &tr!("form-interpretation"),
                Source::Languages,
                true,
                &into,
            )
            .checked(language_check),
            "interpretation",
        ),
    ]
}

/// A channel's booth: its interpreters, whether it works both ways, and
/// the booth it takes its relay from.
fn booth_fields(c: &Channel) -> [Field; 3] {
    let to = c.to.as_str();
    // Ctrl-t marks the channel's own `tentative` (`[interpreters]`), not
    // the session's; `true` shows as all three marked.
    let [team, retour, relay] = booth_parts(c);
    let mark = |f: Field, part: &'static str| {
        f.markable(part, c.tentative.covers(part))
            .scoped(format!("booth:{to}"))
    };
    [
        mark(team, "interpreters"),
        mark(retour, "retour"),
        mark(relay, "relay"),
    ]
}

/// A booth's three fields, unmarked.
fn booth_parts(c: &Channel) -> [Field; 3] {
    let to = c.to.as_str();
    let name = |part: &str| format!("booth:{to}:{part}");
    [
        Field::pick(
            &name("interpreters"),
            &tr!("form-booth-team", lang = to),
            Source::People,
            true,
            &c.interpreters,
        ),
        Field::toggle(
            &name("retour"),
            &tr!("form-booth-retour", lang = to),
            c.retour,
        ),
        Field::pick(
            &name("relay"),
            &tr!("form-booth-relay", lang = to),
            Source::Languages,
            false,
            &c.relay.iter().cloned().collect::<Vec<_>>(),
        )
        .checked(language_check)
        .hint(tr!("form-booth-relay-hint")),
    ]
}

/// The fields of document `n`.
fn one_document(n: usize, d: &Document) -> [Field; 4] {
    let name = |part: &str| format!("doc{n}:{part}");
    let no = n + 1;
    [
        Field::text(
            &name("title"),
            &tr!("form-doc-title", n = no),
            d.title.primary(),
        ),
        Field::pick(
            &name("kind"),
            &tr!("form-doc-kind", n = no),
            Source::DocKinds,
            false,
            &[d.kind.as_str().to_string()],
        ),
        Field::pick(
            &name("language"),
            &tr!("form-doc-language", n = no),
            Source::Languages,
            false,
            &d.language.iter().cloned().collect::<Vec<_>>(),
        )
        .checked(language_check),
        Field::text(
            &name("url"),
            &tr!("form-doc-url", n = no),
            d.url.clone().unwrap_or_default(),
        ),
    ]
}

/// Every document, then an empty one to add.
fn document_fields(docs: &[Document]) -> Vec<Field> {
    let mut out: Vec<Field> = docs
        .iter()
        .enumerate()
        .flat_map(|(n, d)| one_document(n, d))
        .collect();
    let [title, kind, lang, url] = one_document(docs.len(), &Document::default());
    out.extend([title.hint(tr!("form-add-hint")), kind, lang, url]);
    out
}

/// The not-confirmed marks, as the edit layer reads them (see `MARKS`).
pub fn marks_value(f: &Form) -> String {
    f.marked().join(", ")
}

/// The names of the form's values the edit layer reads, with the marks.
pub fn with_marks(f: &Form) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = f
        .fields
        .iter()
        .map(|x| (x.name.clone(), x.value.clone()))
        .collect();
    if f.fields
        .iter()
        .any(|x| x.mark.is_some() && x.scope.is_none())
    {
        v.push((MARKS.to_string(), marks_value(f)));
    }
    // Each booth's marks as `booth:ru:marks`, read into its channel.
    let mut scopes: Vec<&str> = Vec::new();
    for s in f.fields.iter().filter_map(|x| x.scope.as_deref()) {
        if !scopes.contains(&s) {
            scopes.push(s);
        }
    }
    for s in scopes {
        v.push((format!("{s}:marks"), f.marked_in(Some(s)).join(", ")));
    }
    v
}

/// What leaving a field of the session form shows at once.
pub fn after_leave(form: &mut Form, left: usize) {
    let name = form
        .fields
        .get(left)
        .map(|f| f.name.clone())
        .unwrap_or_default();
    match name.as_str() {
        "start" | "end" => understood(form),
        "interpretation" => booths_follow(form),
        n if n.starts_with("doc") => grow_documents(form),
        _ => {}
    }
}

/// A kind that runs beside the programme (an exhibition) picked in place
/// of one that does not: the floor becomes every working language and the
/// channels go with their booths, as `a` in the grid's band starts one
/// (so the check does not warn of an unstaffed booth). True when it did.
pub fn kind_changed(form: &mut Form, was: &str, languages: &[String]) -> bool {
    let kind = |v: &str| SessionKind::ALL.into_iter().find(|k| k.as_str() == v);
    let now = kind(form.get("kind"));
    if !now.is_some_and(SessionKind::runs_alongside)
        || kind(was).is_some_and(SessionKind::runs_alongside)
    {
        return false;
    }
    if !languages.is_empty()
        && let Some(f) = form.field_mut("language")
    {
        f.value = languages.join(", ");
        f.error = None;
    }
    if let Some(f) = form.field_mut("interpretation") {
        f.value.clear();
    }
    booths_follow(form);
    true
}

/// `+90m` in the end becomes the time it means once a start is known.
fn understood(form: &mut Form) {
    let start = match form.field("start") {
        Some(f) => f.value.trim().to_string(),
        None => form.anchor.clone().unwrap_or_default(),
    };
    let Some(end) = form.field_mut("end") else {
        return;
    };
    if end.error.is_none()
        && is_duration(&end.value)
        && let Some(v) = understood_end(&start, &end.value)
    {
        end.value = v;
    }
}

/// A booth's fields for each language interpreted into, no others.
fn booths_follow(form: &mut Form) {
    let langs = form
        .field("interpretation")
        .map(Field::values)
        .unwrap_or_default();
    form.remove_where(|f| {
        f.name
            .strip_prefix("booth:")
            .and_then(|r| r.split(':').next())
            .is_some_and(|l| !langs.iter().any(|x| x == l))
    });
    let mut at = form
        .fields
        .iter()
        .position(|f| f.name == "interpretation")
        .unwrap_or(0)
        + 1;
    for l in &langs {
        for f in booth_fields(&Channel::to(l)) {
            let i = form.upsert(at, f);
            at = i + 1;
        }
    }
}

/// An empty document to fill in below the last one once it has a title.
fn grow_documents(form: &mut Form) {
    let mut n: usize = 0;
    while form.field(&format!("doc{n}:title")).is_some() {
        n += 1;
    }
    let Some(last) = n.checked_sub(1) else {
        return;
    };
    if form.get(&format!("doc{last}:title")).is_empty() {
        return;
    }
    let at = form
        .fields
        .iter()
        .position(|f| f.name == format!("doc{last}:url"))
        .map_or(form.fields.len(), |i| i + 1);
    let [title, kind, lang, url] = one_document(n, &Document::default());
    for (k, f) in [title.hint(tr!("form-add-hint")), kind, lang, url]
        .into_iter()
        .enumerate()
    {
        form.upsert(at + k, f);
    }
}
