//! `n` in Meetings: a short form (title, dates, time zone, working
//! languages, format) that [`crate::edit::new_meeting`] validates and
//! writes; the new meeting opens in the Schedule.

use std::path::PathBuf;

use super::form::{Field, Form};
use super::picker::Source;
use super::{FormFor, Modal};
use crate::edit::new_meeting::{self, NewMeeting};
use crate::tui::action::View;
use crate::tui::app::App;
use crate::tui::library::{Entry, Library};

pub fn open(app: &mut App) {
    if app.view != crate::tui::action::View::Meetings {
        return;
    }
    let f = Form::new(
        format!("New meeting in {}", shown_folder(app)),
        vec![
            Field::text("title", "Title", ""),
            Field::text("start_date", "First day", "").hint("YYYY-MM-DD"),
            Field::text("end_date", "Last day", "").hint("empty for a one-day meeting"),
            Field::text("timezone", "Time zone", "").hint("IANA, such as Asia/Almaty"),
            Field::pick(
                "languages",
                "Working languages",
                Source::Languages,
                true,
                &[],
            ),
            Field::pick(
                "format",
                "Format",
                Source::Formats,
                false,
                &["in-person".to_string()],
            ),
        ],
    );
    app.edit.push(Modal::Form(Box::new(f), FormFor::NewMeeting));
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

pub fn submit(app: &mut App, f: &mut Form) -> bool {
    let form = NewMeeting {
        title: f.get("title").into(),
        start_date: f.get("start_date").into(),
        end_date: f.get("end_date").into(),
        timezone: f.get("timezone").into(),
        languages: f.get("languages").into(),
        format: f.get("format").into(),
    };
    match new_meeting::create(&folder(app), &form) {
        Ok(doc) => {
            let path = doc.path.clone();
            let at = app.library.insert(Entry::new(doc, app.today));
            app.documents_changed();
            app.select_entry(at);
            app.view = View::Schedule;
            app.status = Some(format!(
                "created {}; a adds a session",
                Library::show_path(&path)
            ));
            true
        }
        Err(errs) => {
            f.show_errors(errs.into_iter().map(|(k, v)| (k.to_string(), v)).collect());
            false
        }
    }
}
