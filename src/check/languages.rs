//! Languages: sessions held in the meeting's working languages, and every
//! participant able to follow at least one session.

use super::{Problem, session_label};
use crate::domain::{Meeting, codes};
use crate::msg;

pub fn check(m: &Meeting, out: &mut Vec<Problem>) {
    for (i, s) in m.sessions.iter().enumerate() {
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
                            language = codes::language_name(l),
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

    // Only meaningful once sessions say what they are held in.
    let offered: Vec<&String> = m
        .sessions
        .iter()
        .flat_map(|s| s.languages_offered())
        .collect();
    if offered.is_empty() {
        return;
    }
    for (i, p) in m.people().iter().enumerate() {
        if !p.languages.is_empty() && !p.languages.iter().any(|l| offered.contains(&l)) {
            out.push(
                Problem::warning(
                    format!("participants[{i}].languages"),
                    msg!(
                        "participant-no-language",
                        name = p.name.primary(),
                        id = &p.id,
                        languages = p.languages.join(", ")
                    ),
                )
                .with_hint(msg!("participant-no-language-hint")),
            );
        }
    }
}
