//! Merging a flagged twin in the Roster (`M`): a dialog lists the person's
//! likely duplicates (j/k picks one), shows the merged record (both names,
//! which fields come from which side, how many references get rewritten)
//! and which id is kept (Tab swaps); Enter applies the one undoable edit
//! from `edit::merge_people` through `apply_edit`. The dialog holds the
//! meeting's id and the participants' ids, never list positions, so a
//! reload underneath cannot make it merge someone else.

use super::{Modal, apply_edit};
use crate::domain::{Meeting, Participant};
use crate::edit::merge_people::{merge_participants, merged};
use crate::edit::participant_usage;
use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::library::MeetingId;
use crate::tui::status::Level;

/// The open merge dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeTwin {
    pub entry: MeetingId,
    /// The participant `M` was pressed on.
    pub person: String,
    /// Their likely twins, in roster order (never empty).
    pub twins: Vec<String>,
    pub selected: usize,
    /// Whether the twin's id is kept rather than `person`'s.
    pub keep_twin: bool,
}

impl MergeTwin {
    pub fn twin(&self) -> &str {
        self.twins
            .get(self.selected)
            .map_or(self.person.as_str(), String::as_str)
    }

    /// (kept id, merged-away id).
    pub fn ids(&self) -> (&str, &str) {
        if self.keep_twin {
            (self.twin(), &self.person)
        } else {
            (&self.person, self.twin())
        }
    }
}

/// `M` in the Roster: opens the dialog on the selected person's twins, or
/// says there are none.
pub fn open(app: &mut App) {
    let Some(entry) = app.current() else {
        app.say(Level::Warning, crate::tr!("tui-open-meeting-first"));
        return;
    };
    let Some(i) = app.roster.selected() else {
        app.say(Level::Warning, crate::tr!("tui-select-participant-first"));
        return;
    };
    let e = &app.library[entry];
    let people = e.meeting().people();
    let Some(p) = people.get(i) else {
        return;
    };
    let twins: Vec<String> = e
        .duplicates
        .others(i)
        .filter_map(|j| people.get(j).map(|x| x.id.clone()))
        .collect();
    if twins.is_empty() {
        let msg = crate::tr!(
            "tui-merge-no-twin",
            name = p.name.primary(),
            id = p.id.as_str()
        );
        app.say(Level::Note, msg);
        return;
    }
    let person = p.id.clone();
    app.edit.push(Modal::Merge(MergeTwin {
        entry,
        person,
        twins,
        selected: 0,
        keep_twin: false,
    }));
}

/// A key in the dialog: `Some` keeps it open.
pub fn command(app: &mut App, mut d: MergeTwin, c: Command) -> Option<Modal> {
    match c {
        Command::Up => d.selected = d.selected.saturating_sub(1),
        Command::Down => d.selected = (d.selected + 1).min(d.twins.len().saturating_sub(1)),
        Command::NextField => d.keep_twin = !d.keep_twin,
        Command::Cancel => {
            app.say(Level::Note, crate::tr!("tui-nothing-merged"));
            return None;
        }
        Command::Submit => {
            apply(app, &d);
            return None;
        }
        _ => {}
    }
    Some(Modal::Merge(d))
}

fn apply(app: &mut App, d: &MergeTwin) {
    let Some(e) = app.library.get(d.entry) else {
        app.say(Level::Error, crate::tr!("tui-merge-meeting-gone"));
        return;
    };
    let (keep, other) = d.ids();
    let m = e.meeting();
    match merge_participants(m, keep, other) {
        Ok(tx) => {
            let at = m.people().iter().position(|p| p.id == keep);
            if apply_edit(app, d.entry, tx) {
                // The kept record moves up when the other was before it.
                let m = app.library[d.entry].meeting();
                if let Some(i) = m.people().iter().position(|p| p.id == keep).or(at) {
                    app.select_participant(i);
                }
            }
        }
        Err(err) => app.say(Level::Error, err.msg().render(crate::i18n::current())),
    }
}

fn person<'a>(m: &'a Meeting, id: &str) -> Option<&'a Participant> {
    m.people().iter().find(|p| p.id == id)
}

/// What the merged record will be, as lines for the dialog.
pub fn preview(m: &Meeting, d: &MergeTwin) -> Vec<String> {
    let (keep, other) = d.ids();
    let (Some(k), Some(o)) = (person(m, keep), person(m, other)) else {
        return vec![crate::tr!("tui-merge-one-gone")];
    };
    let after = merged(k, o);
    let names: Vec<&str> = after.name.all().collect();
    let mut out = vec![
        crate::tr!("tui-merge-keeps-id", keep = keep, other = other),
        crate::tr!("tui-merge-name", names = names.join(" / ")),
    ];
    let from_other = filled_from_other(k, &after);
    if !from_other.is_empty() {
        let fields: Vec<String> = from_other.iter().map(|w| field_word(w)).collect();
        out.push(crate::tr!(
            "tui-merge-from-other",
            other = other,
            fields = fields.join(", ")
        ));
    }
    let kept_over = differing(&after, o);
    if !kept_over.is_empty() {
        out.push(crate::tr!(
            "tui-merge-differs",
            keep = keep,
            fields = kept_over.join(", ")
        ));
    }
    let refs = participant_usage(m, other);
    out.push(match refs.len() {
        0 => crate::tr!("tui-merge-no-refs", other = other),
        n => crate::tr!(
            "tui-merge-refs",
            n = n,
            other = other,
            keep = keep,
            what = refs
                .iter()
                .take(4)
                .map(|u| u.what.as_str())
                .collect::<Vec<_>>()
                .join("; ")
                + if n > 4 { "; …" } else { "" }
        ),
    });
    out.push(crate::tr!("tui-merge-rest", keep = keep));
    out
}

/// A participant's field as the dialog names it ("time zone", "часовой пояс").
fn field_word(english: &str) -> String {
    crate::domain::field_msg(english).render(crate::i18n::current())
}

/// The fields the merged record takes from the other side (empty on the kept one).
fn filled_from_other(k: &Participant, after: &Participant) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut note = |changed: bool, what: &'static str| {
        if changed {
            out.push(what);
        }
    };
    note(k.honorific != after.honorific, "honorific");
    note(k.position != after.position, "position");
    note(k.organization != after.organization, "organization");
    note(k.country != after.country, "country");
    note(k.email != after.email, "e-mail");
    note(k.timezone != after.timezone, "time zone");
    note(k.interpreting != after.interpreting, "interpreting");
    note(k.notes != after.notes, "notes");
    note(k.languages != after.languages, "languages");
    out
}

/// The fields where the other record says something else, which the merge
/// drops: the person should know before choosing which id is kept.
fn differing(after: &Participant, o: &Participant) -> Vec<String> {
    let mut out = Vec::new();
    let text = |t: &Option<crate::domain::Text>| t.as_ref().map(|t| t.primary().to_string());
    let mut note = |theirs: Option<String>, ours: Option<String>, what: &str| {
        if let (Some(t), Some(o)) = (theirs, ours)
            && t != o
        {
            out.push(crate::tr!(
                "tui-merge-not",
                what = field_word(what),
                ours = o,
                theirs = t
            ));
        }
    };
    let value = crate::tui::format::value;
    note(
        Some(value(o.role.as_str())),
        Some(value(after.role.as_str())),
        "role",
    );
    note(
        Some(value(o.status.as_str())),
        Some(value(after.status.as_str())),
        "status",
    );
    note(
        text(&o.organization),
        text(&after.organization),
        "organization",
    );
    note(text(&o.position), text(&after.position), "position");
    note(o.country.clone(), after.country.clone(), "country");
    note(o.email.clone(), after.email.clone(), "e-mail");
    out
}
