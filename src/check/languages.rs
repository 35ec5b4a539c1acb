//! Languages: sessions held in the meeting's working languages, and every
//! participant able to follow at least one session.

use super::{Problem, session_label};
use std::collections::HashSet;

use crate::domain::{Meeting, Participant, codes};
use crate::msg;

pub fn check(m: &Meeting, out: &mut Vec<Problem>) {
    for i in 0..m.sessions.len() {
        session(m, i, out);
    }
    // Only meaningful once sessions say what they are held in.
    let offered = offered(m);
    if offered.is_empty() {
        return;
    }
    for (i, p) in m.people().iter().enumerate() {
        participant(i, p, &offered, out);
    }
}

/// Every language some session can be followed in.
pub(super) fn offered(m: &Meeting) -> HashSet<&str> {
    m.sessions
        .iter()
        .flat_map(|s| s.languages_offered())
        .map(String::as_str)
        .collect()
}

/// Session `i` held in working languages, not interpreted into its floor.
pub(super) fn session(m: &Meeting, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    for (j, l) in s.language.iter().enumerate() {
        if !m.languages.is_empty() && codes::is_language(l) && !m.languages.contains(l) {
            let path = if s.language.len() == 1 {
                format!("sessions[{i}].language")
            } else {
                format!("sessions[{i}].language[{j}]")
            };
            out.push(
                Problem::warning(
                    path,
                    msg!(
                        "session-language-not-working",
                        session = session_label(m, i),
                        language = codes::language_name_arg(l),
                        code = l,
                        languages = m.languages.join(", ")
                    ),
                )
                .with_hint(msg!("session-language-not-working-hint", code = l)),
            );
        }
    }
    for (j, c) in s.interpretation.iter().enumerate() {
        if s.language.contains(&c.to) {
            out.push(Problem::warning(
                format!("sessions[{i}].interpretation[{j}].to"),
                msg!(
                    "interpreted-into-floor",
                    session = session_label(m, i),
                    code = &c.to
                ),
            ));
        }
    }
}

/// Participant `i` able to follow some session (`offered` is not empty).
pub(super) fn participant(
    i: usize,
    p: &Participant,
    offered: &HashSet<&str>,
    out: &mut Vec<Problem>,
) {
    if !p.languages.is_empty() && !p.languages.iter().any(|l| offered.contains(l.as_str())) {
        out.push(
            Problem::warning(
                format!("participants[{i}].languages"),
                msg!(
                    "participant-no-language",
                    name = super::person_name(p),
                    id = &p.id,
                    languages = p.languages.join(", ")
                ),
            )
            .with_hint(msg!("participant-no-language-hint")),
        );
    }
}
