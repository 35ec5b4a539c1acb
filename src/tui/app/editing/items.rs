//! The items (presentations) of one session: a list over the schedule where
//! items are added, edited, deleted and reordered. Speakers are picked from
//! the roster in the item form; a new name joins the roster from the picker.

use super::form::{Field, Form};
use super::picker::Source;
use super::schedule_edit::{read_title, title_field, title_fields};
use super::{Answer, Confirm, FormFor, ItemsList, Modal, apply_edit};
use crate::domain::{Item, Meeting, Session};
use crate::edit::ops;
use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::status::Level;

fn minutes_check(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Ok(());
    }
    match s.trim_end_matches('m').trim().parse::<u32>() {
        Ok(n) if n > 0 && n <= 24 * 60 => Ok(()),
        _ => Err(crate::tr!("tui-item-minutes-such-as", value = s)),
    }
}

fn item_fields(m: &Meeting, it: &Item) -> Vec<Field> {
    let mut fields = title_fields(m, &it.title);
    fields.extend([
        Field::pick(
            "speakers",
            &crate::tr!("tui-item-speakers"),
            Source::People,
            true,
            &it.speakers,
        ),
        Field::text(
            "minutes",
            &crate::tr!("tui-item-minutes"),
            it.minutes.map(|n| n.to_string()).unwrap_or_default(),
        )
        .checked(minutes_check)
        .hint("15"),
        Field::text(
            "notes",
            &crate::tr!("tui-item-notes"),
            it.notes.clone().unwrap_or_default(),
        ),
    ]);
    fields
}

fn read_item(m: &Meeting, f: &Form, it: &mut Item) -> Result<(), Vec<(String, String)>> {
    let mut errs = Vec::new();
    it.title = read_title(m, f, &it.title);
    it.speakers = f.field("speakers").map(Field::values).unwrap_or_default();
    // An item may name only who speaks (docs/format.md): a title is
    // needed when it names nobody.
    if it.title.is_empty() && it.speakers.is_empty() && it.presenter.is_none() {
        errs.push((title_field(m), crate::tr!("tui-item-title-needed")));
    }
    for sp in &it.speakers {
        if m.participant(sp).is_none() {
            errs.push((
                "speakers".into(),
                crate::tr!("tui-id-not-on-roster", id = sp.as_str()),
            ));
        }
    }
    let mins = f.get("minutes").trim_end_matches('m').trim();
    it.minutes = if mins.is_empty() {
        None
    } else {
        match mins.parse() {
            Ok(n) => Some(n),
            Err(_) => {
                errs.push((
                    "minutes".into(),
                    crate::tr!("tui-item-not-minutes", value = mins),
                ));
                None
            }
        }
    };
    let notes = f.get("notes");
    it.notes = (!notes.is_empty()).then(|| notes.to_string());
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

fn session<'a>(app: &'a App, l: &ItemsList) -> Option<(&'a Meeting, &'a Session)> {
    let m = app.library.get(l.entry)?.meeting();
    Some((m, m.sessions.get(l.session)?))
}

fn edit_items(app: &mut App, l: &ItemsList, label: &str, f: impl FnOnce(&mut Vec<Item>)) -> bool {
    let Some((m, _)) = session(app, l) else {
        return false;
    };
    match ops::edit_session(m, l.session, label, |s| f(&mut s.items)) {
        Ok(tx) => apply_edit(app, l.entry, tx),
        Err(e) => {
            app.say(Level::Error, e);
            false
        }
    }
}

/// Shows an item's form over the list, which comes back when it closes.
fn push_form(app: &mut App, l: ItemsList, f: Form, at: Option<usize>) {
    app.edit.push(Modal::Form(
        Box::new(f),
        FormFor::Item {
            entry: l.entry,
            session: l.session,
            at,
        },
    ));
}

/// A key on the items list; `None` closes it.
pub fn command(app: &mut App, mut l: ItemsList, c: Command) -> Option<Modal> {
    let (m, s) = session(app, &l)?;
    let n = s.items.len();
    let id = s.id.clone();
    match c {
        Command::Cancel => return None,
        Command::Up => l.selected = l.selected.saturating_sub(1),
        Command::Down => l.selected = (l.selected + 1).min(n.saturating_sub(1)),
        Command::AddSession => {
            let f = Form::new(
                crate::tr!("tui-item-add-title", id = id.as_str()),
                item_fields(m, &Item::default()),
            );
            push_form(app, l, f, None);
        }
        Command::Edit if l.selected < n => {
            let f = Form::new(
                crate::tr!("tui-item-edit-title", n = l.selected + 1, id = id.as_str()),
                item_fields(m, &s.items[l.selected]),
            );
            push_form(app, l, f, Some(l.selected));
        }
        Command::Delete if l.selected < n => {
            let at = l.selected;
            let title = s.items[at].title.primary().to_string();
            if let Ok(tx) = ops::edit_session(
                m,
                l.session,
                &crate::tr!("tui-item-delete-label", n = at + 1, id = id.as_str()),
                |s| {
                    s.items.remove(at);
                },
            ) {
                let entry = l.entry;
                l.selected = at.min(n.saturating_sub(2));
                app.edit.push(Modal::Confirm(
                    Confirm::new(
                        crate::tr!("tui-item-delete-title", n = at + 1),
                        vec![title, crate::tr!("tui-u-undoes-it")],
                    )
                    .choice('n', crate::tr!("tui-keep-it"), Answer::Nothing)
                    .choice(
                        'y',
                        crate::tr!("tui-delete"),
                        Answer::Apply { entry, tx },
                    ),
                ));
            }
        }
        Command::ItemUp | Command::ItemDown if n >= 2 && l.selected < n => {
            let at = l.selected;
            let to = if c == Command::ItemUp {
                at.checked_sub(1)
            } else {
                (at + 1 < n).then_some(at + 1)
            };
            if let Some(to) = to
                && edit_items(
                    app,
                    &l,
                    &crate::tr!("tui-item-reorder-label", id = id.as_str()),
                    |v| v.swap(at, to),
                )
            {
                l.selected = to;
            }
        }
        Command::Undo | Command::Redo => {
            super::undo(app, c == Command::Redo);
            let n = session(app, &l).map_or(0, |(_, s)| s.items.len());
            l.selected = l.selected.min(n.saturating_sub(1));
        }
        _ => {}
    }
    Some(Modal::Items(l))
}

pub fn submit(app: &mut App, f: &mut Form, ff: FormFor) -> bool {
    let FormFor::Item {
        entry,
        session: si,
        at,
    } = ff
    else {
        return true;
    };
    let l = ItemsList {
        entry,
        session: si,
        selected: 0,
    };
    let Some((m, s)) = session(app, &l) else {
        return true;
    };
    let mut it = at.and_then(|i| s.items.get(i)).cloned().unwrap_or_default();
    if let Err(errs) = read_item(m, f, &mut it) {
        f.show_errors(errs);
        return false;
    }
    let n = s.items.len();
    let label = match at {
        Some(i) => crate::tr!("tui-item-edit-label", n = i + 1, id = s.id.as_str()),
        None => crate::tr!("tui-item-add-label", id = s.id.as_str()),
    };
    let ok = edit_items(app, &l, &label, |v| match at {
        Some(i) if i < v.len() => v[i] = it,
        _ => v.push(it),
    });
    if ok && let Some(Modal::Items(x)) = app.edit.modals.last_mut() {
        x.selected = at.unwrap_or(n);
    }
    true
}
