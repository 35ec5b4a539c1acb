//! The follow-up form (the edit infrastructure's `Form`): title, owner (a
//! participant, picked by typing a few letters), or an organization,
//! due date, tags. `e` in the Follow-ups view edits the selected one; `f`
//! in the Schedule adds one the selected session produced, linked to it.

use chrono::NaiveDate;

use crate::domain::{FollowUp, Meeting, Text};
use crate::edit::{Transaction, ops as edit_ops};
use crate::followups::{DueInput, parse_due};
use crate::tui::app::App;
use crate::tui::app::editing::picker::Source;
use crate::tui::app::editing::{Field, Form, FormFor, Modal, apply_edit};
use crate::tui::library::MeetingId;
use crate::tui::status::Level;

/// Any day will do for checking the shape of `+2w`.
fn due_ok(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Ok(());
    }
    parse_due(s, chrono::NaiveDate::default()).map(|_| ())
}

fn title_ok(s: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        Err(crate::tr!("tui-fu-needs-title"))
    } else {
        Ok(())
    }
}

fn fields(f: &FollowUp) -> Vec<Field> {
    vec![
        Field::text("title", &crate::tr!("tui-ff-title"), f.title.primary()).checked(title_ok),
        Field::pick(
            "owner",
            &crate::tr!("tui-ff-owner"),
            Source::People,
            false,
            &f.owner.iter().cloned().collect::<Vec<_>>(),
        )
        .hint(crate::tr!("tui-ff-owner-hint")),
        Field::text(
            "owner_org",
            &crate::tr!("tui-ff-org"),
            f.owner_org.as_ref().map(|o| o.primary()).unwrap_or(""),
        )
        .hint(crate::tr!("tui-ff-org-hint")),
        Field::text(
            "due",
            &crate::tr!("tui-ff-due"),
            f.due.map(|d| d.to_string()).unwrap_or_default(),
        )
        .checked(due_ok)
        .hint(crate::tr!("tui-ff-due-hint")),
        Field::text("tags", &crate::tr!("tui-ff-tags"), f.tags.join(", "))
            .hint(crate::tr!("tui-ff-tags-hint")),
    ]
}

impl App {
    /// Opens the form on the selected follow-up.
    pub fn edit_followup_form(&mut self, e: MeetingId, i: usize) {
        let Some(f) = self
            .library
            .get(e)
            .and_then(|x| x.meeting().follow_ups.get(i))
        else {
            return;
        };
        let form = Form::new(
            crate::tr!("tui-ff-edit-title", id = f.id.as_str()),
            fields(f),
        );
        self.edit.push(Modal::Form(
            Box::new(form),
            FormFor::FollowUp {
                entry: e,
                at: Some(i),
                session: None,
            },
        ));
    }

    /// Opens the form for a new follow-up from the session selected in the Schedule.
    pub fn new_followup_form(&mut self, e: MeetingId, session: usize) {
        let Some(s) = self
            .library
            .get(e)
            .and_then(|x| x.meeting().sessions.get(session))
        else {
            return;
        };
        let form = Form::new(
            crate::tr!("tui-ff-new-title", id = s.id.as_str()),
            fields(&FollowUp::default()),
        );
        self.edit.push(Modal::Form(
            Box::new(form),
            FormFor::FollowUp {
                entry: e,
                at: None,
                session: Some(session),
            },
        ));
    }
}

/// Enter in the form: true when applied and the form can close.
pub fn submit(
    app: &mut App,
    f: &mut Form,
    entry: MeetingId,
    at: Option<usize>,
    session: Option<usize>,
) -> bool {
    let Some(m) = app.library.get(entry).map(|x| x.meeting()) else {
        return true;
    };
    let mut fu = at
        .and_then(|i| m.follow_ups.get(i))
        .cloned()
        .unwrap_or_default();
    if let Err(e) = read_follow_up(m, f, app.today, &mut fu) {
        f.show_errors(vec![e]);
        return false;
    }
    let tx: Transaction = match at {
        Some(i) => {
            let label = crate::tr!("tui-ff-edit-label", id = fu.id.as_str());
            match edit_ops::edit_follow_up(m, i, &label, |x| *x = fu) {
                Ok(tx) => tx,
                Err(e) => {
                    f.note = Some(e);
                    return false;
                }
            }
        }
        None => {
            fu.session = session
                .and_then(|s| m.sessions.get(s))
                .map(|s| s.id.clone());
            edit_ops::add_follow_up(m, fu)
        }
    };
    let added = at.is_none();
    if apply_edit(app, entry, tx) {
        app.followups.edited.push(entry);
        app.followups.undone.clear();
        if added {
            say_added(app, entry);
        }
    }
    true
}

/// The form's fields into `fu`; the first field that is wrong, and why.
fn read_follow_up(
    m: &Meeting,
    f: &Form,
    today: NaiveDate,
    fu: &mut FollowUp,
) -> Result<(), (String, String)> {
    fu.title = Text::plain(f.get("title"));
    let owner = f.get("owner");
    let org = f.get("owner_org");
    if !owner.is_empty() && !org.is_empty() {
        return Err(("owner_org".into(), crate::tr!("tui-ff-not-both")));
    }
    if !owner.is_empty() && m.participant(owner).is_none() {
        return Err((
            "owner".into(),
            crate::tr!("tui-ff-owner-not-on-roster", id = owner),
        ));
    }
    fu.owner = Some(owner.to_string()).filter(|s| !s.is_empty());
    fu.owner_org = Some(org).filter(|s| !s.is_empty()).map(Text::plain);
    fu.due = match parse_due(f.get("due"), today) {
        _ if f.get("due").is_empty() => None,
        Ok(DueInput::Date(d)) => Some(d),
        Ok(DueInput::Clear) => None,
        Err(e) => return Err(("due".into(), e)),
    };
    let mut tags: Vec<String> = Vec::new();
    for t in f
        .get("tags")
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if !tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
            tags.push(t.to_string());
        }
    }
    fu.tags = tags;
    Ok(())
}

fn say_added(app: &mut App, entry: MeetingId) {
    let fus = &app.library[entry].meeting().follow_ups;
    let n = fus.len();
    if let Some(id) = fus.last().map(|f| f.id.clone()) {
        app.say(
            Level::Note,
            crate::tr!("tui-ff-added", id = id.as_str(), n = n),
        );
    }
}
