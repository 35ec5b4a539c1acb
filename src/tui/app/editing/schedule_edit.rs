//! Editing the schedule: the session form (add, edit, add a break), and
//! duplicate, delete, move, shorten and lengthen — each built by
//! [`crate::edit::ops`] and applied through [`super::apply_edit`].

use chrono::NaiveDate;

use super::form::{Field, Form};
use super::session_fields::{
    date_check, date_tidy, end_check, end_tidy, time_check, time_tidy, with_marks,
};
pub use super::session_fields::{session_fields, title_fields};
use super::{Answer, Confirm, FormFor, ItemsList, Modal, apply_edit};
use crate::domain::{Clock, Meeting, Session, SessionKind, Text, parse_duration};
use crate::edit::ops;
pub use crate::edit::session_form::title_field;
use crate::edit::session_form::{self, Fields, is_duration};
use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::library::MeetingId;
use crate::tui::status::Level;

/// A form's values, as the edit layer reads them.
fn fields_of(f: &Form) -> Fields {
    Fields::new(with_marks(f))
}

/// The title from its fields (see [`session_form::read_title`]).
pub fn read_title(m: &Meeting, f: &Form, old: &Text) -> Text {
    session_form::read_title(m, &fields_of(f), old)
}

/// Reads the form into `s`; every bad field is reported at once.
pub fn read_session(m: &Meeting, f: &Form, s: &mut Session) -> Result<(), Vec<(String, String)>> {
    session_form::read_session(m, &fields_of(f), s)
}

fn current_session(app: &App) -> Option<(MeetingId, usize)> {
    Some((app.current()?, app.selected_session()?))
}

/// Where a new session goes: after the selected one, same day, in its
/// room; its floor language and channels as `edit::inherit` gives them
/// (the session before it in that room, else the meeting's languages).
fn new_session(app: &App, e: MeetingId, brk: bool) -> Session {
    let m = app.library[e].meeting();
    let sel = app.selected_session().and_then(|i| m.sessions.get(i));
    let date = sel.map_or(m.start_date, |s| s.date);
    let start = sel.and_then(|s| s.end).or(Clock::hm(9, 0));
    let len = if brk { 15 } else { 60 };
    let kind = if brk {
        SessionKind::Break
    } else {
        SessionKind::Session
    };
    let room = sel.filter(|_| !brk).and_then(|s| s.room.as_deref());
    let mut s = crate::edit::inherit::new_session(m, kind, date, start, room);
    s.end = start.and_then(|s| Clock::from_minutes(s.minutes() + len));
    crate::edit::inherit::without_busy(m, &mut s);
    if brk {
        s.title = break_title(m);
    }
    s
}

/// A new break's title in each working language the catalogue speaks
/// (`break-title`): one language stays plain text, so an English-only
/// meeting saves "Coffee break" as it always did.
pub(super) fn break_title(m: &crate::domain::Meeting) -> Text {
    use crate::i18n::{Args, Lang, text};
    let said: std::collections::BTreeMap<String, String> = m
        .languages
        .iter()
        .filter_map(|l| Lang::parse(l).map(|c| (l.clone(), text(c, "break-title", &Args::new()))))
        .collect();
    match said.len() {
        0 => Text::plain("Coffee break"),
        1 => Text::plain(said.into_values().next().unwrap_or_default()),
        _ => Text::Multi(said),
    }
}

/// A Schedule editing key: add (no session needed), or act on the selected session.
pub fn command(app: &mut App, c: Command) {
    let Some(e) = app.current() else {
        app.say(Level::Warning, crate::tr!("tui-open-meeting-first"));
        return;
    };
    if matches!(c, Command::AddSession | Command::AddBreak) {
        open_add(app, e, c == Command::AddBreak);
        return;
    }
    let Some((e, i)) = current_session(app) else {
        app.say(Level::Warning, crate::tr!("tui-se-select-first"));
        return;
    };
    match c {
        Command::Edit => {
            let m = app.library[e].meeting();
            let s = &m.sessions[i];
            let f = Form::new(
                crate::tr!("form-edit-session", id = s.id.as_str()),
                session_fields(m, s),
            );
            push_form(
                app,
                f,
                FormFor::Session {
                    entry: e,
                    at: Some(i),
                },
            );
        }
        Command::Duplicate => duplicate(app, e, i),
        Command::Delete => ask_delete(app, e, i),
        Command::MoveSession => {
            let f = move_form(&app.library[e].meeting().sessions[i]);
            push_form(
                app,
                f,
                FormFor::Move {
                    entry: e,
                    session: i,
                },
            );
        }
        Command::Resize => {
            let f = resize_form(&app.library[e].meeting().sessions[i]);
            push_form(
                app,
                f,
                FormFor::Resize {
                    entry: e,
                    session: i,
                },
            );
        }
        Command::Shorter | Command::Longer | Command::ShorterBit | Command::LongerBit => {
            nudge_end(app, e, i, c)
        }
        Command::FindSlot => super::slot_finder::open(app, e, i),
        Command::Items => app.edit.push(Modal::Items(ItemsList {
            entry: e,
            session: i,
            selected: 0,
        })),
        _ => {}
    }
}

fn push_form(app: &mut App, f: Form, ff: FormFor) {
    app.edit.push(Modal::Form(Box::new(f), ff));
}

/// `a` and `b`: the session form for a new session or break.
fn open_add(app: &mut App, e: MeetingId, brk: bool) {
    let s = new_session(app, e, brk);
    let m = app.library[e].meeting();
    let title = crate::tr!(if brk {
        "form-add-break"
    } else {
        "form-add-session"
    });
    let f = Form::new(title, session_fields(m, &s));
    push_form(app, f, FormFor::Session { entry: e, at: None });
}

fn duplicate(app: &mut App, e: MeetingId, i: usize) {
    match ops::duplicate_session(app.library[e].meeting(), i) {
        Ok(tx) => {
            if apply_edit(app, e, tx) {
                app.select_session(i + 1);
            }
        }
        Err(err) => app.say(Level::Error, err),
    }
}

/// `d`: asks first, saying what goes with the session.
fn ask_delete(app: &mut App, e: MeetingId, i: usize) {
    let m = app.library[e].meeting();
    let s = &m.sessions[i];
    let mut lines = vec![format!("{} · {} {}", s.title.primary(), s.date, span(s))];
    if !s.items.is_empty() {
        lines.push(crate::tr!("tui-se-with-items", n = s.items.len()));
    }
    let fus = m
        .follow_ups
        .iter()
        .filter(|f| f.session.as_deref() == Some(s.id.as_str()))
        .count();
    if fus > 0 {
        lines.push(crate::tr!("tui-se-followups-unlinked", n = fus));
    }
    lines.push(crate::tr!("tui-u-undoes-it"));
    let title = crate::tr!("tui-se-delete-title", id = s.id.as_str());
    match ops::delete_session(m, i) {
        Ok(tx) => app.edit.push(Modal::Confirm(
            Confirm::new(title, lines)
                .choice('n', crate::tr!("tui-keep-it"), Answer::Nothing)
                .choice(
                    'y',
                    crate::tr!("tui-delete"),
                    Answer::Apply { entry: e, tx },
                ),
        )),
        Err(err) => app.say(Level::Error, err),
    }
}

fn move_form(s: &Session) -> Form {
    Form::new(
        crate::tr!("form-move-session", id = s.id.as_str()),
        vec![
            Field::text("date", &crate::tr!("form-new-date"), s.date.to_string())
                .checked(date_check)
                .tidied(date_tidy)
                .hint(crate::tr!("tui-se-date-hint")),
            Field::text(
                "start",
                &crate::tr!("form-new-start"),
                s.start.map(|c| c.to_string()).unwrap_or_default(),
            )
            .checked(time_check)
            .tidied(time_tidy)
            .hint(crate::tr!("form-start-hint")),
            // Short enough for the label column: it was cut to "Push later
            // sessions that da…", and a shift keeps parallel sessions
            // parallel rather than avoiding overlap.
            Field::toggle("shift", &crate::tr!("form-push-later"), false),
        ],
    )
}

fn resize_form(s: &Session) -> Form {
    let mut f = Form::new(
        crate::tr!("form-resize-session", id = s.id.as_str()),
        vec![
            Field::text(
                "end",
                &crate::tr!("form-new-end"),
                s.end.map(|c| c.to_string()).unwrap_or_default(),
            )
            .checked(end_check)
            .tidied(end_tidy)
            .hint(crate::tr!("form-end-hint-short")),
            Field::toggle("shift", &crate::tr!("form-shift-rest"), false),
        ],
    );
    // `+90m` is shown as the end it means, counted from the start.
    f.anchor = s.start.map(|c| c.to_string());
    f
}

/// `<` `>` `[` `]`: the end 15 or 5 minutes earlier or later.
fn nudge_end(app: &mut App, e: MeetingId, i: usize, c: Command) {
    let delta = match c {
        Command::Shorter => -15,
        Command::Longer => 15,
        Command::ShorterBit => -5,
        _ => 5,
    };
    let m = app.library[e].meeting();
    let Some(end) = m.sessions[i]
        .end
        .and_then(|x| Clock::from_minutes(x.minutes() + delta))
    else {
        app.say(Level::Warning, crate::tr!("tui-se-needs-times"));
        return;
    };
    match ops::resize_session(m, i, end, false) {
        Ok(tx) => {
            apply_edit(app, e, tx);
        }
        Err(err) => app.say(Level::Error, err),
    }
}

fn span(s: &Session) -> String {
    match (s.start, s.end) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => a.to_string(),
        _ => String::new(),
    }
}

/// Enter in a Schedule form; true when it can close.
pub fn submit(app: &mut App, f: &mut Form, ff: FormFor) -> bool {
    match ff {
        FormFor::Session { entry, at } => submit_session(app, f, entry, at),
        FormFor::Move { entry, session } => submit_move(app, f, entry, session),
        FormFor::Resize { entry, session } => submit_resize(app, f, entry, session),
        _ => true,
    }
}

/// The session form: a new session lands at its place in the day.
fn submit_session(app: &mut App, f: &mut Form, entry: MeetingId, at: Option<usize>) -> bool {
    let Some(x) = app.library.get(entry) else {
        return true;
    };
    let m = x.meeting();
    let mut s = match at.and_then(|i| m.sessions.get(i)) {
        Some(s) => s.clone(),
        None => Session::default(),
    };
    if let Err(errs) = read_session(m, f, &mut s) {
        f.show_errors(errs);
        return false;
    }
    // Nothing is inherited here: the form opened with the booth teams of
    // the session before it (`new_session`), in sight, and a team emptied
    // there by hand stays empty.
    let lands = at.unwrap_or_else(|| ops::schedule_position(m, &s));
    let tx = match at {
        Some(i) => match ops::edit_session(
            m,
            i,
            &crate::tr!("tui-se-edit-label", id = s.id.as_str()),
            |x| *x = s,
        ) {
            Ok(tx) => tx,
            Err(e) => {
                f.note = Some(e);
                return false;
            }
        },
        None => ops::add_session(m, s),
    };
    if apply_edit(app, entry, tx) {
        app.select_session(lands);
        // In the grid the cursor goes where the form put it (another
        // room, time, or the band), so J and e act on it next.
        app.grid_cursor_to(lands);
    }
    true
}

fn submit_move(app: &mut App, f: &mut Form, entry: MeetingId, session: usize) -> bool {
    let m = app.library[entry].meeting();
    let date: NaiveDate = match crate::domain::date::parse(f.get("date")) {
        Ok(d) => d,
        Err(e) => {
            f.show_errors(vec![("date".into(), crate::load::value_said(&e))]);
            return false;
        }
    };
    let start = match Clock::parse_loose(f.get("start")) {
        Ok(c) => c,
        Err(e) => {
            f.show_errors(vec![("start".into(), e)]);
            return false;
        }
    };
    let shift = f.field("shift").is_some_and(Field::is_on);
    let title = crate::tr!(
        "tui-se-move-rest-title",
        id = m.sessions[session].id.as_str()
    );
    let done = retime_or_ask(app, entry, session, shift, title, |m, push| {
        ops::move_session_with(m, session, date, start, push)
    });
    match done {
        Ok(()) => true,
        Err(e) => {
            f.show_errors(vec![("start".into(), e)]);
            false
        }
    }
}

/// Applies a move or resize; one that pushes the rest of the day and
/// reaches a session marked fixed or one it would push past midnight asks
/// first (leave those where they are / move the fixed ones too / cancel)
/// instead of refusing, as `edit::shift` reports them.
fn retime_or_ask(
    app: &mut App,
    entry: MeetingId,
    session: usize,
    shift: bool,
    title: String,
    make: impl Fn(&Meeting, ops::Push) -> Result<ops::Retimed, String>,
) -> Result<(), String> {
    let m = app.library[entry].meeting();
    let push = if shift {
        ops::Push::Rest
    } else {
        ops::Push::No
    };
    let r = make(m, push)?;
    let Some(q) = r.shift.question(m).filter(|_| r.shift.needs_asking()) else {
        if apply_edit(app, entry, r.tx) {
            app.select_session(session);
        }
        return Ok(());
    };
    let fixed = r.shift.fixed.len();
    let all = if fixed == 0 {
        None
    } else {
        Some(make(m, ops::Push::RestAndFixed)?.tx)
    };
    let mut c = Confirm::new(title, vec![format!("{q}."), crate::tr!("tui-se-one-edit")]).choice(
        'l',
        crate::tr!("tui-se-leave-fixed", n = r.shift.held_back()),
        Answer::Apply { entry, tx: r.tx },
    );
    if let Some(tx) = all {
        c = c.choice(
            'm',
            crate::tr!("tui-se-move-fixed", n = fixed),
            Answer::Apply { entry, tx },
        );
    }
    app.edit.push(Modal::Confirm(c.choice(
        'c',
        crate::tr!("tui-se-cancel"),
        Answer::Nothing,
    )));
    Ok(())
}

/// A new end time, or a length (`+90m`) from the start.
fn submit_resize(app: &mut App, f: &mut Form, entry: MeetingId, session: usize) -> bool {
    let m = app.library[entry].meeting();
    let s = &m.sessions[session];
    let text = f.get("end");
    let end = if is_duration(text) {
        match (parse_duration(text), s.start) {
            (Ok(len), Some(st)) => Clock::from_minutes(st.minutes() + len)
                .ok_or_else(|| crate::tr!("tui-se-past-midnight", start = st.to_string(), n = len)),
            (Ok(_), None) => Err(crate::tr!("tui-se-start-first")),
            (Err(e), _) => Err(e),
        }
    } else {
        Clock::parse_loose(text)
    };
    let shift = f.field("shift").is_some_and(Field::is_on);
    let title = crate::tr!("tui-se-resize-rest-title", id = s.id.as_str());
    let done = end.and_then(|end| {
        retime_or_ask(app, entry, session, shift, title, |m, push| {
            ops::resize_session_with(m, session, end, push)
        })
    });
    match done {
        Ok(()) => true,
        Err(e) => {
            f.show_errors(vec![("end".into(), e)]);
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_times_are_told_apart() {
        assert!(end_check("+0m").is_err());
        assert!(end_check("25:00").is_err());
        assert!(end_check("").is_ok());
    }
}
