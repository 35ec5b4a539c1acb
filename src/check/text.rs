//! Text that cannot be shown as written: control characters and escape
//! sequences in names and titles (a pasted terminal colour code, a stray
//! BEL). The screens already replace them; this says where they are, so the
//! file can be cleaned.

use super::Problem;
use crate::domain::{FollowUp, Meeting, Participant, Session, Text};

fn bad_char(s: &str) -> Option<char> {
    s.chars()
        .find(|c| crate::safe::is_unsafe(*c) && *c != '\n' && *c != '\t')
}

fn text(path: String, what: &str, t: &Text, out: &mut Vec<Problem>) {
    if let Some(c) = t.all().find_map(bad_char) {
        out.push(
            Problem::warning(
                path,
                format!(
                    "{what} contains a control character (U+{:04X}), shown as �",
                    c as u32
                ),
            )
            .with_hint("remove it; it often comes from text pasted out of a terminal or a PDF"),
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
    text("title".into(), "the meeting title", &m.title, out);
}

pub(super) fn participant(i: usize, p: &Participant, out: &mut Vec<Problem>) {
    text(
        format!("participants[{i}].name"),
        &format!("the name of `{}`", p.id),
        &p.name,
        out,
    );
    if let Some(o) = &p.organization {
        text(
            format!("participants[{i}].organization"),
            &format!("the organization of `{}`", p.id),
            o,
            out,
        );
    }
}

pub(super) fn session(i: usize, s: &Session, out: &mut Vec<Problem>) {
    text(
        format!("sessions[{i}].title"),
        &format!("the title of session `{}`", s.id),
        &s.title,
        out,
    );
    for (j, it) in s.items.iter().enumerate() {
        text(
            format!("sessions[{i}].items[{j}].title"),
            &format!("an item title in session `{}`", s.id),
            &it.title,
            out,
        );
    }
}

pub(super) fn follow_up(i: usize, f: &FollowUp, out: &mut Vec<Problem>) {
    text(
        format!("follow_ups[{i}].title"),
        &format!("the title of follow-up `{}`", f.id),
        &f.title,
        out,
    );
}
