//! The editing dialogs' keys. The focus stack hands a key to the top
//! dialog through [`dialog_press`]: the dialog is lent to its handler,
//! which gives it back (`Some`) to stay open or drops it (`None`) to close
//! it, so a dialog cannot be closed by forgetting to put it back; one the
//! handler opens meanwhile (a form over the items list, a question) goes
//! on top of it.

use super::form::Added;
use super::picker::{Picked, Picker, Source};
use super::{Answer, Confirm, Form, FormFor, Modal, answer, apply_edit};
use super::{items, merge_twin, new_meeting_form, roster_edit, schedule_edit, session_fields};
use crate::domain::{Channel, Participant, Role, Text};
use crate::edit::ops;
use crate::staffing;
use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::app::focus::{EventState, Press};
use crate::tui::input::TextInput;
use crate::tui::library::MeetingId;
use crate::tui::status::Level;

/// The top dialog takes `p`; it uses every key it is given.
pub fn dialog_press(app: &mut App, p: &Press) -> EventState {
    let Some(top) = app.edit.modals.pop() else {
        return EventState::NotConsumed;
    };
    let at = app.edit.modals.len();
    let kept = match top {
        Modal::Form(f, ff) => form_press(app, f, ff, p),
        Modal::Confirm(q) => confirm_press(app, q, p),
        Modal::Dialog(d) => d.press(app, p),
        Modal::Items(l) => match p {
            Press::Run(c) => items::command(app, l, *c),
            _ => Some(Modal::Items(l)),
        },
        Modal::Import(d) => super::roster_import::press(app, d, p),
        Modal::Merge(d) => match p {
            Press::Run(c) => merge_twin::command(app, d, *c),
            _ => Some(Modal::Merge(d)),
        },
    };
    if let Some(m) = kept {
        let at = at.min(app.edit.modals.len());
        app.edit.modals.insert(at, m);
    }
    EventState::Consumed
}

/// A question: Enter takes the first answer, Esc the safe one, a letter
/// its answer; an answer closes it.
fn confirm_press(app: &mut App, q: Confirm, p: &Press) -> Option<Modal> {
    let a = match p {
        Press::Run(Command::Submit) => q.first(),
        Press::Run(Command::Cancel) => q.cancel.clone(),
        Press::Type(c) => match q.answer_for(*c) {
            Some(a) => a,
            None => return Some(Modal::Confirm(q)),
        },
        _ => return Some(Modal::Confirm(q)),
    };
    // Gone before the answer is carried out: what its answers share (a
    // merge waiting for its conflicts) is then the answer's alone.
    drop(q);
    answer(app, a);
    None
}

/// Applies a text key to `input`; true when it was one.
pub fn edit_text(input: &mut TextInput, p: &Press) -> bool {
    match p {
        Press::Type(c) => {
            input.insert(*c);
        }
        Press::Paste(s) => {
            input.paste(s);
        }
        Press::Run(Command::Input(op)) => {
            input.apply(*op);
        }
        Press::Run(_) => return false,
    }
    true
}

/// What leaving a field of the form shows at once, by what it edits
/// (a form opened from the grid gets it too).
fn leave_hook(ff: FormFor) -> Option<fn(&mut Form, usize)> {
    match ff {
        FormFor::Session { .. } | FormFor::Resize { .. } => Some(session_fields::after_leave),
        FormFor::Meeting { .. } => Some(new_meeting_form::after_leave),
        _ => None,
    }
}

fn form_press(app: &mut App, mut f: Box<Form>, ff: FormFor, p: &Press) -> Option<Modal> {
    if f.after_leave.is_none() {
        f.after_leave = leave_hook(ff);
    }
    f.remember_start();
    if f.picker.is_some() {
        picker_press(app, &mut f, ff, p);
        return Some(Modal::Form(f, ff));
    }
    match p {
        Press::Type(c) => {
            if let Some((source, q)) = f.type_char(*c) {
                f.picker = Some(open_picker(app, ff, source, &q));
            }
        }
        Press::Paste(s) => f.paste(s),
        Press::Run(c) => match c {
            Command::NextField | Command::PrevField => {
                f.move_focus(if *c == Command::NextField { 1 } else { -1 });
                if let Some(said) = f.said.take() {
                    app.say(Level::Note, said);
                }
            }
            Command::Input(op) => f.input_op(*op),
            Command::MarkTentative => match f.toggle_tentative() {
                Some(true) => app.say(Level::Note, crate::tr!("form-marked-tentative")),
                Some(false) => app.say(Level::Note, crate::tr!("form-marked-confirmed")),
                None => app.say(Level::Warning, crate::tr!("form-not-markable")),
            },
            Command::Cancel if f.changed() => {
                app.edit.push(Modal::Confirm(discard_question(&f)));
            }
            Command::Cancel => {
                app.say(Level::Note, crate::tr!("tui-nothing-changed"));
                return None;
            }
            Command::Submit if submit(app, &mut f, ff) => return None,
            _ => {}
        },
    }
    Some(Modal::Form(f, ff))
}

/// Esc on a form the person changed: drop it all, or keep editing
/// (Enter and Esc keep, so one press too many loses nothing).
fn discard_question(f: &Form) -> Confirm {
    let mut lines = vec![crate::tr!("form-discard-line", form = f.title.as_str())];
    if !f.added.is_empty() {
        lines.push(crate::tr!(
            "form-discard-added",
            names = names(&f.added),
            count = f.added.len()
        ));
    }
    Confirm::new(crate::tr!("form-discard-title"), lines)
        .choice('n', crate::tr!("form-discard-keep"), Answer::KeepForm)
        .choice('y', crate::tr!("form-discard-yes"), Answer::DiscardForm)
        .on_cancel(Answer::KeepForm)
}

fn names(added: &[Added]) -> String {
    added
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The question's "discard": closes the form under it, taking the people
/// it added back off the roster (the last first, as undo would).
pub(super) fn discard_form(app: &mut App) {
    let Some(Modal::Form(f, ff)) = app.edit.modals.pop_if(|m| matches!(m, Modal::Form(..))) else {
        return;
    };
    let mut kept = Vec::new();
    if let Some(e) = ff.entry() {
        for a in f.added.iter().rev() {
            if !super::withdraw(app, e, a.at) {
                kept.push(a.clone());
            }
        }
    }
    let said = if !kept.is_empty() {
        kept.reverse();
        crate::tr!(
            "form-discarded-kept",
            names = names(&kept),
            count = kept.len()
        )
    } else if f.added.is_empty() {
        crate::tr!("form-discarded")
    } else {
        crate::tr!(
            "form-discarded-added",
            names = names(&f.added),
            count = f.added.len()
        )
    };
    app.say(Level::Note, said);
}

fn picker_press(app: &mut App, f: &mut Form, ff: FormFor, p: &Press) {
    let Some(pk) = f.picker.as_mut() else {
        return;
    };
    let picked = match p {
        Press::Run(Command::Up) => {
            pk.move_by(-1);
            None
        }
        Press::Run(Command::Down) => {
            pk.move_by(1);
            None
        }
        Press::Run(Command::Cancel) => {
            f.picker = None;
            None
        }
        Press::Run(Command::Submit) if pk.on_new_row() => {
            // Enter picks; only Ctrl-a makes someone new, so a slip of
            // the fingers (`ru`) never lands on the roster.
            let name = pk.query.trim().to_string();
            app.say(
                Level::Warning,
                crate::tr!("tui-picker-enter-not-new", name = name.as_str()),
            );
            None
        }
        Press::Run(Command::Submit) => pk.pick(),
        Press::Run(Command::PickNew) => pk.pick_new(),
        _ => {
            if edit_text(&mut pk.query, p) {
                pk.refilter(&app.matcher);
            }
            None
        }
    };
    let before = f.focused().map(|x| (x.name.clone(), x.value.clone()));
    match picked {
        Some(Picked::Value(v)) => {
            f.picker = None;
            f.set_picked(v);
            if let (FormFor::Session { entry, .. }, Some((name, was))) = (ff, before)
                && name == "kind"
                && let Some(x) = app.library.get(entry)
                && session_fields::kind_changed(f, &was, &x.meeting().languages)
            {
                app.say(Level::Note, crate::tr!("form-kind-alongside"));
            }
        }
        Some(Picked::Values(vs)) => {
            f.picker = None;
            for v in vs {
                f.set_picked(v);
            }
        }
        Some(Picked::New(name)) => {
            f.picker = None;
            let person = new_person(f, &name);
            if let Some(e) = ff.entry()
                && let Some(id) = add_person(app, e, person)
            {
                let at = app.library[e].editor.history.point();
                f.added.push(Added {
                    id: id.clone(),
                    name,
                    at,
                });
                f.set_picked(id);
            }
        }
        None => {}
    }
}

fn open_picker(app: &App, ff: FormFor, source: Source, q: &str) -> Picker {
    let entry = ff.entry().and_then(|e| app.library.get(e));
    Picker::new(
        source,
        entry.map(|e| e.meeting()),
        entry.map(|e| e.keys.as_slice()),
    )
    .with_query(q, &app.matcher)
}

/// Someone typed into the focused field and added as new: a speaker or
/// chair gets that role; someone added to a booth's team is an
/// interpreter with the languages of the booth as the form has it now
/// (its channel, the floor, two-way or not, its relay), so the booth and
/// the Interpretation view take them as they are.
fn new_person(f: &Form, name: &str) -> Participant {
    let field = f.focused().map_or("", |x| x.name.as_str());
    let booth = field
        .strip_prefix("booth:")
        .and_then(|x| x.strip_suffix(":interpreters"));
    let role = match field {
        "speakers" => Role::Speaker,
        "chair" => Role::Chair,
        _ if booth.is_some() => Role::Interpreter,
        _ => Role::Participant,
    };
    let interpreting = booth.map(|to| {
        let floor = f.field("language").map(|x| x.values()).unwrap_or_default();
        let channel = Channel {
            retour: f
                .field(&format!("booth:{to}:retour"))
                .is_some_and(|x| x.is_on()),
            relay: f
                .field(&format!("booth:{to}:relay"))
                .and_then(|x| x.values().into_iter().next()),
            ..Channel::to(to)
        };
        Box::new(staffing::booth_languages(&floor, &channel))
    });
    Participant {
        name: Text::plain(name),
        role,
        interpreting,
        ..Participant::default()
    }
}

/// Adds `person` to the roster as a new (invited) participant; returns the id.
fn add_person(app: &mut App, entry: MeetingId, person: Participant) -> Option<String> {
    let m = app.library.get(entry)?.meeting();
    let name = person.name.primary().to_string();
    let role = person.role;
    let languages = person
        .interpreting
        .as_deref()
        .map(staffing::languages_label);
    let tx = ops::add_participant(m, person);
    if !apply_edit(app, entry, tx) {
        return None;
    }
    let id = app.library[entry].meeting().people().last()?.id.clone();
    let said = match languages {
        Some(l) => crate::tr!(
            "tui-added-interpreter",
            name = name.as_str(),
            id = id.as_str(),
            languages = l
        ),
        None => crate::tr!(
            "tui-added-to-roster",
            name = name.as_str(),
            id = id.as_str(),
            role = crate::tui::format::value(role.as_str())
        ),
    };
    app.say(Level::Note, said);
    Some(id)
}

/// Enter in a form: true when it was applied and the form can close.
pub(super) fn submit(app: &mut App, f: &mut Form, ff: FormFor) -> bool {
    f.note = None;
    if !f.validate_all() {
        return false;
    }
    match ff {
        FormFor::Session { .. } | FormFor::Move { .. } | FormFor::Resize { .. } => {
            schedule_edit::submit(app, f, ff)
        }
        FormFor::Item { .. } => items::submit(app, f, ff),
        FormFor::Participant { .. } => roster_edit::submit(app, f, ff),
        FormFor::NewMeeting => new_meeting_form::submit(app, f),
        FormFor::Meeting { entry } => new_meeting_form::submit_edit(app, f, entry),
        FormFor::FollowUp { entry, at, session } => {
            crate::tui::app::followups::form::submit(app, f, entry, at, session)
        }
    }
}
