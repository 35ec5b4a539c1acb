//! Text that cannot be shown as written: control characters and escape
//! sequences in names and titles (a pasted terminal colour code, a stray
//! BEL). The screens already replace them; this says where they are, so the
//! file can be cleaned.

use super::Problem;
use crate::domain::{FollowUp, Meeting, Participant, Session, Text};
use crate::i18n::Msg;
use crate::msg;

fn bad_char(s: &str) -> Option<char> {
    if crate::safe::surely_safe(s, true) {
        return None;
    }
    s.chars()
        .find(|c| crate::safe::is_unsafe(*c) && *c != '\n' && *c != '\t')
}

/// The path and the wording are made only for a problem: a large file's
/// clean texts cost no string.
fn text(
    path: impl FnOnce() -> String,
    what: impl FnOnce() -> Msg,
    t: &Text,
    out: &mut Vec<Problem>,
) {
    if let Some(c) = t.all().find_map(bad_char) {
        out.push(
            Problem::warning(
                path(),
                msg!(
                    "control-char",
                    what = what(),
                    code = format!("{:04X}", c as u32)
                ),
            )
            .with_hint(msg!("control-char-hint")),
        );
    }
}

pub fn check(m: &Meeting, out: &mut Vec<Problem>) {
    meeting(m, out);
    for (i, p) in m.people().iter().enumerate() {
        participant(i, p, out);
    }
    for (i, s) in m.sessions.iter().enumerate() {
        session(i, s, out);
    }
    for (i, f) in m.follow_ups.iter().enumerate() {
        follow_up(i, f, out);
    }
}

pub(super) fn meeting(m: &Meeting, out: &mut Vec<Problem>) {
    text(
        || "title".into(),
        || msg!("control-in-meeting-title"),
        &m.title,
        out,
    );
}

pub(super) fn participant(i: usize, p: &Participant, out: &mut Vec<Problem>) {
    text(
        || format!("participants[{i}].name"),
        || msg!("control-in-name", id = &p.id),
        &p.name,
        out,
    );
    if let Some(o) = &p.organization {
        text(
            || format!("participants[{i}].organization"),
            || msg!("control-in-organization", id = &p.id),
            o,
            out,
        );
    }
}

pub(super) fn session(i: usize, s: &Session, out: &mut Vec<Problem>) {
    text(
        || format!("sessions[{i}].title"),
        || msg!("control-in-session-title", id = &s.id),
        &s.title,
        out,
    );
    for (j, it) in s.items.iter().enumerate() {
        text(
            || format!("sessions[{i}].items[{j}].title"),
            || msg!("control-in-item-title", id = &s.id),
            &it.title,
            out,
        );
    }
}

pub(super) fn follow_up(i: usize, f: &FollowUp, out: &mut Vec<Problem>) {
    text(
        || format!("follow_ups[{i}].title"),
        || msg!("control-in-follow-up-title", id = &f.id),
        &f.title,
        out,
    );
}
