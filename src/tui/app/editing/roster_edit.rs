//! Editing the roster: add, edit and remove participants (removing someone
//! who is booked asks first and says where they appear), and one key to
//! move a status along invited → confirmed → attended → declined.
//! The form holds the whole record, an interpreter's A/B/C languages too,
//! so nobody needs `$EDITOR` to make a participant valid; name,
//! organization and position have a field per working language, read
//! back by [`crate::edit::form_text`] in the shape the file had them.

use super::form::{Field, Form, id_check};
use super::form_fields::{marked, opt_text_fields, text_fields};
use super::picker::Source;
use super::session_fields::with_marks;
use super::{Answer, Confirm, FormFor, Modal, apply_edit};
use crate::domain::Tentative;
use crate::domain::{InterpreterLanguages, Meeting, Participant, Role, Status, codes};
use crate::edit::form_text::{first_text_field, read_opt_text, read_tentative, read_text};
use crate::edit::session_form::Fields;
use crate::edit::{ops, participant_usage};
use crate::registration::codes::country_code;
use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::status::Level;
use crate::zones;

/// A country as the file keeps it, an ISO code; a name that is exactly one
/// country's, in English or Russian (`Kazakhstan`, `Казахстан`), passes and
/// becomes its code on leaving ([`country_tidy`]); a near miss gets the
/// code it most likely meant as a suggestion.
pub(super) fn country_check(s: &str) -> Result<(), String> {
    if s.is_empty() || codes::is_country(s) {
        return Ok(());
    }
    match country_code(s) {
        Ok(_) => Ok(()),
        Err(near) => {
            let hint = near
                .map(|c| crate::tr!("tui-did-you-mean", value = c))
                .unwrap_or_default();
            Err(crate::tr!("tui-not-country", value = s, hint = hint))
        }
    }
}

/// The code of a country named exactly (see [`country_check`]).
pub(super) fn country_tidy(s: &str) -> Option<String> {
    if codes::is_country(s) {
        return None;
    }
    country_code(s).ok()
}

fn email_check(s: &str) -> Result<(), String> {
    if s.is_empty() || (s.contains('@') && !s.contains(' ')) {
        Ok(())
    } else {
        Err(crate::tr!("tui-not-email", value = s))
    }
}

/// A list of language codes as a field holds them (`ru, kk`): each must be
/// ISO 639-1, and a name or a three-letter code gets the code it stands for.
fn languages_check(s: &str) -> Result<(), String> {
    for code in s.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        if codes::is_language(code) {
            continue;
        }
        let hint = codes::suggest_language(code)
            .map(|c| crate::tr!("tui-did-you-mean", value = c))
            .unwrap_or_default();
        return Err(crate::tr!("tui-not-language", value = code, hint = hint));
    }
    Ok(())
}

/// A time zone as the file keeps it: an IANA name, with what a mistyped
/// or abbreviated one most likely meant.
pub(super) fn zone_check(s: &str) -> Result<(), String> {
    if s.is_empty() || zones::parse(s).is_ok() {
        return Ok(());
    }
    let hint = zones::suggestion(s)
        .map(|z| crate::tr!("tui-did-you-mean", value = z.to_string()))
        .unwrap_or_default();
    Err(crate::tr!("tui-not-zone", value = s, hint = hint))
}

/// The form of `p` in a meeting working in `langs`: name, organization
/// and position one field per working language, side by side.
fn fields(langs: &[String], p: &Participant) -> Vec<Field> {
    let tr = |k: &str| crate::tr!(k);
    let mut out = text_fields(langs, "name", &tr("tui-pf-name"), &p.name);
    out.extend([
        Field::text("id", &tr("tui-pf-id"), p.id.clone())
            .checked(id_check)
            .hint(tr("tui-pf-id-hint")),
        Field::text(
            "honorific",
            &tr("tui-pf-honorific"),
            p.honorific.clone().unwrap_or_default(),
        )
        .hint(tr("tui-pf-honorific-hint")),
    ]);
    let org = &tr("tui-pf-organization");
    out.extend(opt_text_fields(langs, "organization", org, &p.organization));
    let pos = &tr("tui-pf-position");
    out.extend(opt_text_fields(langs, "position", pos, &p.position));
    out.extend(record_fields(p));
    out.into_iter().map(|f| mark(p, f)).collect()
}

/// The fields after the texts: country to notes.
fn record_fields(p: &Participant) -> Vec<Field> {
    let tr = |k: &str| crate::tr!(k);
    vec![
        Field::text(
            "country",
            &tr("tui-pf-country"),
            p.country.clone().unwrap_or_default(),
        )
        .checked(country_check)
        .tidied_aloud(country_tidy)
        .hint("KZ, UZ, KG..."),
        Field::text(
            "timezone",
            &tr("tui-pf-timezone"),
            p.timezone.clone().unwrap_or_default(),
        )
        .checked(zone_check)
        .suggesting(zones::suggestion)
        .hint(tr("tui-pf-timezone-hint")),
        Field::pick(
            "languages",
            &tr("tui-pf-languages"),
            Source::Languages,
            true,
            &p.languages,
        )
        .checked(languages_check),
        Field::pick(
            "role",
            &tr("tui-pf-role"),
            Source::Roles,
            false,
            &[p.role.as_str().to_string()],
        ),
        Field::pick(
            "status",
            &tr("tui-pf-status"),
            Source::Statuses,
            false,
            &[p.status.as_str().to_string()],
        ),
        Field::text(
            "email",
            &tr("tui-pf-email"),
            p.email.clone().unwrap_or_default(),
        )
        .checked(email_check),
    ]
    .into_iter()
    .chain(interpreting_fields(p.interpreting.as_deref()))
    .chain([Field::text(
        "notes",
        &tr("tui-pf-notes"),
        p.notes.clone().unwrap_or_default(),
    )])
    .collect()
}

/// The file's name for a field of the form, as a `tentative` list writes
/// it (`name:ru` is `name`: a text's languages are marked together).
fn file_name(field: &str) -> Option<&'static str> {
    let base = field.split(':').next().unwrap_or(field);
    MARKABLE
        .iter()
        .find(|n| **n == base)
        .copied()
        .or(field.starts_with("interp_").then_some("interpreting"))
}

/// Every field but the id can be marked not confirmed (Ctrl-t).
const MARKABLE: [&str; 12] = [
    "name",
    "honorific",
    "organization",
    "position",
    "country",
    "timezone",
    "languages",
    "role",
    "status",
    "email",
    "interpreting",
    "notes",
];

fn mark(p: &Participant, f: Field) -> Field {
    match file_name(&f.name) {
        Some(n) => {
            let on = marked(&p.tentative, n);
            f.markable(n, on)
        }
        None => f,
    }
}

/// An interpreter's A, B and C languages, each from the language picker.
fn interpreting_fields(i: Option<&InterpreterLanguages>) -> [Field; 3] {
    let (a, b, c) = i.map_or((vec![], vec![], vec![]), |i| {
        let a = if i.a.is_empty() {
            vec![]
        } else {
            vec![i.a.clone()]
        };
        (a, i.b.clone(), i.c.clone())
    });
    [
        Field::pick(
            "interp_a",
            &crate::tr!("tui-pf-interp-a"),
            Source::Languages,
            false,
            &a,
        )
        .checked(languages_check),
        Field::pick(
            "interp_b",
            &crate::tr!("tui-pf-interp-b"),
            Source::Languages,
            true,
            &b,
        )
        .checked(languages_check),
        Field::pick(
            "interp_c",
            &crate::tr!("tui-pf-interp-c"),
            Source::Languages,
            true,
            &c,
        )
        .checked(languages_check),
    ]
}

/// The interpreting languages as the form holds them; an interpreter
/// needs the A language once B or C is given.
fn read_interpreting(f: &Form) -> Result<Option<InterpreterLanguages>, (String, String)> {
    let list = |n: &str| f.field(n).map(Field::values).unwrap_or_default();
    let (a, b, c) = (f.get("interp_a"), list("interp_b"), list("interp_c"));
    if a.is_empty() && b.is_empty() && c.is_empty() {
        return Ok(None);
    }
    if a.is_empty() {
        return Err(("interp_a".into(), crate::tr!("tui-pf-needs-a")));
    }
    Ok(Some(InterpreterLanguages {
        a: a.to_string(),
        b,
        c,
    }))
}

fn optional(v: &str) -> Option<String> {
    (!v.is_empty()).then(|| v.to_string())
}

fn read(
    m: &Meeting,
    f: &Form,
    p: &mut Participant,
    at: Option<usize>,
) -> Result<(), Vec<(String, String)>> {
    let mut errs = Vec::new();
    let (langs, texts) = (&m.languages, Fields::new(with_marks(f)));
    let name = read_text(langs, &texts, "name", &p.name);
    if name.is_empty() {
        let at = first_text_field(langs, "name");
        errs.push((at, crate::tr!("tui-pf-needs-name")));
    } else {
        p.name = name;
    }
    let id = f.get("id");
    if !id.is_empty()
        && m.people()
            .iter()
            .enumerate()
            .any(|(i, x)| x.id == id && Some(i) != at)
    {
        errs.push(("id".into(), crate::tr!("tui-pf-id-taken", id = id)));
    }
    if id.is_empty() && at.is_some() {
        errs.push(("id".into(), crate::tr!("tui-pf-keeps-id")));
    }
    p.id = id.to_string();
    p.honorific = optional(f.get("honorific"));
    p.organization = read_opt_text(langs, &texts, "organization", &p.organization);
    p.position = read_opt_text(langs, &texts, "position", &p.position);
    p.country = optional(f.get("country"));
    p.timezone = optional(f.get("timezone"));
    match read_interpreting(f) {
        Ok(i) => p.interpreting = i.map(Box::new),
        Err(e) => errs.push(e),
    }
    p.languages = f.field("languages").map(Field::values).unwrap_or_default();
    match Role::ALL.iter().find(|r| r.as_str() == f.get("role")) {
        Some(r) => p.role = *r,
        None => errs.push((
            "role".into(),
            crate::tr!("tui-pf-not-role", value = f.get("role")),
        )),
    }
    match Status::ALL.iter().find(|s| s.as_str() == f.get("status")) {
        Some(s) => p.status = *s,
        None => errs.push((
            "status".into(),
            crate::tr!("tui-pf-not-status", value = f.get("status")),
        )),
    }
    p.email = optional(f.get("email"));
    p.notes = optional(f.get("notes"));
    let marks: Vec<String> = f.marked().iter().map(|n| n.to_string()).collect();
    let whole = p.tentative == Tentative::All;
    p.tentative = read_tentative(&p.tentative, whole, &marks, &MARKABLE);
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

pub fn command(app: &mut App, c: Command) {
    let Some(e) = app.current() else {
        app.say(Level::Warning, crate::tr!("tui-open-meeting-first"));
        return;
    };
    if c == Command::AddParticipant {
        let langs = &app.library[e].meeting().languages;
        let f = Form::new(
            crate::tr!("tui-pf-add-title"),
            fields(langs, &Participant::default()),
        );
        app.edit.push(Modal::Form(
            Box::new(f),
            FormFor::Participant { entry: e, at: None },
        ));
        return;
    }
    let Some(i) = app.roster.selected() else {
        app.say(Level::Warning, crate::tr!("tui-pf-select-first"));
        return;
    };
    let m = app.library[e].meeting();
    let Some(p) = m.people().get(i) else {
        return;
    };
    match c {
        Command::Edit => {
            let f = Form::new(
                crate::tr!("tui-pf-edit-title", id = p.id.as_str()),
                fields(&m.languages, p),
            );
            app.edit.push(Modal::Form(
                Box::new(f),
                FormFor::Participant {
                    entry: e,
                    at: Some(i),
                },
            ));
        }
        Command::CycleStatus => {
            let next = p.status.next();
            let label = crate::tr!(
                "tui-pf-status-label",
                id = p.id.as_str(),
                status = crate::tui::format::value(next.as_str())
            );
            match ops::edit_participant(m, i, &label, |x| x.status = next) {
                Ok(tx) => {
                    apply_edit(app, e, tx);
                }
                Err(err) => app.say(Level::Error, err),
            }
        }
        Command::Delete => ask_remove(app, e, i),
        _ => {}
    }
}

/// Asks before removing participant `i`, listing where they appear.
fn ask_remove(app: &mut App, e: crate::tui::library::MeetingId, i: usize) {
    let m = app.library[e].meeting();
    let Some(p) = m.people().get(i) else {
        return;
    };
    let usage = participant_usage(m, &p.id);
    let mut lines = vec![format!("{} ({})", p.name.primary(), p.id)];
    if usage.is_empty() {
        lines.push(crate::tr!("tui-pf-not-booked"));
    } else {
        lines.push(crate::tr!("tui-pf-appears"));
        lines.extend(usage.iter().take(8).map(|u| format!("  {}", u.what)));
        if usage.len() > 8 {
            lines.push(format!(
                "  {}",
                crate::tr!("tui-and-more", n = usage.len() - 8)
            ));
        }
    }
    lines.push(crate::tr!("tui-u-undoes-it"));
    match ops::remove_participant(m, i) {
        Ok(tx) => app.edit.push(Modal::Confirm(
            Confirm::new(crate::tr!("tui-pf-remove-title", id = p.id.as_str()), lines)
                .choice('n', crate::tr!("tui-pf-keep-them"), Answer::Nothing)
                .choice(
                    'y',
                    crate::tr!("tui-pf-remove"),
                    Answer::Apply { entry: e, tx },
                ),
        )),
        Err(err) => app.say(Level::Error, err),
    }
}

pub fn submit(app: &mut App, f: &mut Form, ff: FormFor) -> bool {
    let FormFor::Participant { entry, at } = ff else {
        return true;
    };
    let Some(x) = app.library.get(entry) else {
        return true;
    };
    let m = x.meeting();
    let mut p = at
        .and_then(|i| m.people().get(i))
        .cloned()
        .unwrap_or_default();
    if let Err(errs) = read(m, f, &mut p, at) {
        f.show_errors(errs);
        return false;
    }
    let tx = match at {
        Some(i) => {
            let label = crate::tr!("tui-pf-edit-label", id = p.id.as_str());
            match ops::edit_participant(m, i, &label, |x| *x = p) {
                Ok(tx) => tx,
                Err(e) => {
                    f.show_errors(vec![("id".into(), e)]);
                    return false;
                }
            }
        }
        None => ops::add_participant(m, p),
    };
    let n = m.people().len();
    if apply_edit(app, entry, tx) {
        app.select_participant(at.unwrap_or(n));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_a_file_brought_in_are_named_with_what_was_meant() {
        let p = Participant {
            languages: vec!["eng".into()],
            timezone: Some("JST".into()),
            interpreting: Some(Box::new(InterpreterLanguages {
                a: "Russian".into(),
                ..Default::default()
            })),
            ..Default::default()
        };
        let mut f = Form::new("t", fields(&[], &p));
        assert!(!f.validate_all());
        let err = |n: &str| f.field(n).and_then(|x| x.error.clone()).unwrap_or_default();
        assert!(
            err("languages").contains("did you mean en?"),
            "{}",
            err("languages")
        );
        assert!(
            err("interp_a").contains("did you mean ru?"),
            "{}",
            err("interp_a")
        );
        assert!(
            err("timezone").contains("Asia/Tokyo"),
            "{}",
            err("timezone")
        );
    }
}
