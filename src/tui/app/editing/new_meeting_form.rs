//! `n` in Meetings: a short form (title, dates, time zone, working
//! languages, format) that [`crate::edit::new_meeting`] validates and
//! writes; the new meeting opens in the Schedule. `e` there edits the whole
//! record of an existing meeting — those facts checked the same way, and
//! theme, venue, city, country, series, organizers, hosts, partners,
//! objectives, description, audience and notes, each text in every
//! working language — as one undoable edit ([`crate::edit::meeting_form`]).

use crate::tui::status::Level;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::form::{Field, Form};
use super::form_fields::{
    grow_text_list, markable, marked, opt_text_fields, text_fields, text_list_fields,
};
use super::picker::Source;
use super::session_fields::{date_check, date_tidy, with_marks};
use super::{FormFor, Modal, apply_edit};
use crate::domain::Meeting;
use crate::domain::Text;
use crate::edit::meeting_form;
use crate::edit::new_meeting::{self, NewMeeting};
use crate::edit::ops;
use crate::edit::session_form::Fields;
use crate::tr;
use crate::tui::action::View;
use crate::tui::app::App;
use crate::tui::library::{Entry, Library, MeetingId};

fn fields(m: &Meeting) -> Vec<Field> {
    let is_new = m.title.is_empty();
    let date = |d: NaiveDate| if is_new { String::new() } else { d.to_string() };
    let format = if is_new {
        "in-person"
    } else {
        m.format.as_str()
    };
    vec![
        Field::text("title", &tr!("form-title"), m.title.primary()),
        // Checked at the field as the zone is, so Enter shows every
        // mistake at once; empty is the whole form's to refuse.
        Field::text("start_date", &tr!("form-first-day"), date(m.start_date))
            .checked(date_or_empty)
            .hint(tr!("tui-se-date-hint")),
        Field::text(
            "end_date",
            &tr!("form-last-day"),
            m.end_date.map(|d| d.to_string()).unwrap_or_default(),
        )
        .checked(date_or_empty)
        .hint(tr!("form-last-day-hint")),
        Field::text("timezone", &tr!("form-timezone"), m.timezone.clone())
            .checked(super::roster_edit::zone_check)
            .suggesting(crate::zones::suggestion)
            .hint(tr!("form-timezone-hint")),
        Field::pick(
            "languages",
            &tr!("form-working-languages"),
            Source::Languages,
            true,
            &m.languages,
        ),
        Field::pick(
            "format",
            &tr!("form-format"),
            Source::Formats,
            false,
            &[format.to_string()],
        ),
    ]
}

/// A date as [`date_check`] takes it, or nothing (said by the whole form
/// when it is needed).
fn date_or_empty(s: &str) -> Result<(), String> {
    if s.is_empty() { Ok(()) } else { date_check(s) }
}

/// The whole record of an existing meeting.
fn edit_fields(m: &Meeting) -> Vec<Field> {
    let (langs, tt) = (&m.languages, &m.tentative);
    let mut out = markable(
        text_fields(langs, "title", &tr!("form-title"), &m.title),
        "title",
        tt,
    );
    out.extend(core_fields(m));
    for (base, key, t) in [
        ("theme", "form-theme", &m.theme),
        ("venue", "form-venue", &m.venue),
        ("city", "form-city", &m.city),
    ] {
        out.extend(markable(
            opt_text_fields(langs, base, &tr!(key), t),
            base,
            tt,
        ));
    }
    out.push(mark(
        m,
        text("country", "form-country", &m.country)
            .checked(super::roster_edit::country_check)
            .tidied_aloud(super::roster_edit::country_tidy)
            .hint("KZ, UZ, KG..."),
        "country",
    ));
    out.push(text("series", "form-series", &m.series).hint(tr!("form-series-hint")));
    for (base, key, list) in lists(m) {
        out.extend(text_list_fields(langs, base, key, list));
    }
    // Long texts, rarely changed: after the lists, before the notes.
    for (base, key, t) in [
        ("description", "form-description", &m.description),
        ("audience", "form-audience", &m.audience),
    ] {
        out.extend(opt_text_fields(langs, base, &tr!(key), t));
    }
    out.push(text("notes", "form-notes", &m.notes));
    out
}

fn text(name: &str, key: &str, v: &Option<String>) -> Field {
    Field::text(name, &tr!(key), v.clone().unwrap_or_default())
}

/// A field of the meeting that can be marked not confirmed as `name`.
fn mark(m: &Meeting, f: Field, name: &'static str) -> Field {
    f.markable(name, marked(&m.tentative, name))
}

/// Dates, time zone, working languages, format, short title.
fn core_fields(m: &Meeting) -> [Field; 6] {
    let end = m.end_date.map(|d| d.to_string());
    [
        mark(
            m,
            Field::text(
                "start_date",
                &tr!("form-first-day"),
                m.start_date.to_string(),
            )
            .checked(date_check)
            .tidied(date_tidy)
            .hint(tr!("tui-se-date-hint")),
            "start_date",
        ),
        mark(
            m,
            text("end_date", "form-last-day", &end)
                .checked(date_or_empty)
                .tidied(date_tidy)
                .hint(tr!("form-last-day-hint")),
            "end_date",
        ),
        mark(
            m,
            Field::text("timezone", &tr!("form-timezone"), m.timezone.clone())
                .checked(super::roster_edit::zone_check)
                .suggesting(crate::zones::suggestion)
                .hint(tr!("form-timezone-hint")),
            "timezone",
        ),
        Field::pick(
            "languages",
            &tr!("form-working-languages"),
            Source::Languages,
            true,
            &m.languages,
        ),
        mark(
            m,
            Field::pick(
                "format",
                &tr!("form-format"),
                Source::Formats,
                false,
                &[m.format.as_str().to_string()],
            ),
            "format",
        ),
        mark(
            m,
            text("short_title", "form-short-title", &m.short_title)
                .hint(tr!("form-short-title-hint")),
            "short_title",
        ),
    ]
}

/// The meeting's lists of texts, with the label of one entry.
fn lists(m: &Meeting) -> [(&'static str, &'static str, &[Text]); 4] {
    [
        ("organizers", "form-organizer", &m.organizers),
        ("hosts", "form-host", &m.hosts),
        ("partners", "form-partner", &m.partners),
        ("objectives", "form-objective", &m.objectives),
    ]
}

/// Leaving a field of the meeting form: a list whose last entry was
/// filled in gets an empty one to add another.
pub fn after_leave(form: &mut Form, _left: usize) {
    let langs = form_languages(form);
    for (base, key, _) in lists(&Meeting::default()) {
        grow_text_list(form, &langs, base, key);
    }
}

/// The working languages the form's texts are shown in (from the title
/// fields' names: `title:en`, `title:ru`; none for a single `title`).
fn form_languages(form: &Form) -> Vec<String> {
    form.fields
        .iter()
        .filter_map(|f| f.name.strip_prefix("title:"))
        .map(str::to_string)
        .collect()
}

pub fn open(app: &mut App) {
    if app.view != View::Meetings {
        return;
    }
    let f = Form::new(
        tr!("form-new-meeting-in", folder = shown_folder(app)),
        fields(&Meeting::default()),
    );
    app.edit.push(Modal::Form(Box::new(f), FormFor::NewMeeting));
}

/// `e` in Meetings: the selected meeting's own facts.
pub fn open_edit(app: &mut App) {
    let Some(e) = app.current() else {
        return;
    };
    let m = app.library[e].meeting();
    let f = Form::new(
        tr!("form-edit-meeting", meeting = app.meeting_label(m)),
        edit_fields(m),
    );
    app.edit
        .push(Modal::Form(Box::new(f), FormFor::Meeting { entry: e }));
}

fn shown_folder(app: &App) -> String {
    let s = Library::show_path(&folder(app));
    // The folder Plenary was started in shows as "." in the Meetings title.
    if s.is_empty() || s == "." {
        tr!("form-this-folder")
    } else {
        s
    }
}

/// Where new meeting files go: the folder opened, or the opened file's folder.
fn folder(app: &App) -> PathBuf {
    let root = &app.library.root;
    if root.is_dir() {
        root.clone()
    } else {
        root.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), PathBuf::from)
    }
}

fn read(f: &Form) -> NewMeeting {
    NewMeeting {
        title: f.get("title").into(),
        start_date: f.get("start_date").into(),
        end_date: f.get("end_date").into(),
        timezone: f.get("timezone").into(),
        languages: f.get("languages").into(),
        format: f.get("format").into(),
    }
}

fn show(f: &mut Form, errs: new_meeting::FieldErrors) {
    f.show_errors(errs.into_iter().map(|(k, v)| (k.to_string(), v)).collect());
}

pub fn submit(app: &mut App, f: &mut Form) -> bool {
    match new_meeting::create(&folder(app), &read(f)) {
        Ok(doc) => {
            let path = doc.path.clone();
            let at = app.library.insert(Entry::new(doc, app.today));
            app.documents_changed();
            app.select_entry(at);
            app.view = View::Schedule;
            app.say(
                Level::Note,
                tr!("tui-meeting-created", file = Library::show_path(&path)),
            );
            true
        }
        Err(errs) => {
            show(f, errs);
            false
        }
    }
}

pub fn submit_edit(app: &mut App, f: &mut Form, entry: MeetingId) -> bool {
    let Some(x) = app.library.get(entry) else {
        return true;
    };
    let new = match meeting_form::read_meeting(x.meeting(), &Fields::new(with_marks(f))) {
        Ok(m) => m,
        Err(errs) => {
            f.show_errors(errs);
            return false;
        }
    };
    let tx = ops::edit_header(x.meeting(), &tr!("form-edit-meeting-label"), |m| {
        let keep = (
            std::mem::take(&mut m.participants),
            std::mem::take(&mut m.sessions),
            std::mem::take(&mut m.follow_ups),
        );
        *m = new;
        (m.participants, m.sessions, m.follow_ups) = keep;
    });
    apply_edit(app, entry, tx);
    true
}
