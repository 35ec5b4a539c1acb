//! `n` in Meetings: a short form (title, dates, time zone, working
//! languages, format) that [`crate::edit::new_meeting`] validates and
//! writes; the new meeting opens in the Schedule. `e` there edits the same
//! facts of an existing meeting, checked the same way, as one undoable edit.

use crate::tui::status::Level;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::form::{Field, Form};
use super::picker::Source;
use super::{FormFor, Modal, apply_edit};
use crate::domain::Meeting;
use crate::edit::new_meeting::{self, NewMeeting};
use crate::edit::ops;
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
        Field::text("title", "Title", m.title.primary()),
        Field::text("start_date", "First day", date(m.start_date)).hint("YYYY-MM-DD"),
        Field::text(
            "end_date",
            "Last day",
            m.end_date.map(|d| d.to_string()).unwrap_or_default(),
        )
        .hint("empty for a one-day meeting"),
        Field::text("timezone", "Time zone", m.timezone.clone()).hint("IANA, such as Asia/Almaty"),
        Field::pick(
            "languages",
            "Working languages",
            Source::Languages,
            true,
            &m.languages,
        ),
        Field::pick(
            "format",
            "Format",
            Source::Formats,
            false,
            &[format.to_string()],
        ),
    ]
}

pub fn open(app: &mut App) {
    if app.view != View::Meetings {
        return;
    }
    let f = Form::new(
        format!("New meeting in {}", shown_folder(app)),
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
    let f = Form::new(format!("Edit the meeting `{}`", m.label()), fields(m));
    app.edit
        .push(Modal::Form(Box::new(f), FormFor::Meeting { entry: e }));
}

fn shown_folder(app: &App) -> String {
    let s = Library::show_path(&folder(app));
    if s.is_empty() {
        "this folder".into()
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
                format!("created {}; a adds a session", Library::show_path(&path)),
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
    let new = match read(f).to_meeting() {
        Ok(m) => m,
        Err(errs) => {
            show(f, errs);
            return false;
        }
    };
    let Some(x) = app.library.get(entry) else {
        return true;
    };
    let tx = ops::edit_header(x.meeting(), "edit the meeting", |m| {
        // A title given in several languages stays so unless it was changed.
        if m.title.primary() != new.title.primary() {
            m.title = new.title;
        }
        m.start_date = new.start_date;
        m.end_date = new.end_date;
        m.timezone = new.timezone;
        m.languages = new.languages;
        m.format = new.format;
    });
    apply_edit(app, entry, tx);
    true
}
