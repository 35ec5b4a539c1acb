//! Identifiers: each used once, and every reference pointing at something.

use rustc_hash::FxHashMap;
use std::cell::OnceCell;

use super::{Lookup, Problem};
use crate::domain::Meeting;
use crate::i18n::Msg;
use crate::msg;
use crate::problem::suggest::{self, Suggester};

fn duplicates<'a>(
    kind: &'static str,
    section: &str,
    ids: impl Iterator<Item = &'a str>,
    out: &mut Vec<Problem>,
) {
    let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            continue;
        }
        if let Some(&first) = seen.get(id) {
            out.push(duplicate(kind, section, i, id, first));
        } else {
            seen.insert(id, i);
        }
    }
}

/// The id at `{section}[{i}]` was first used at `{section}[{first}]`.
pub(super) fn duplicate(
    kind: &'static str,
    section: &str,
    i: usize,
    id: &str,
    first: usize,
) -> Problem {
    Problem::error(
        format!("{section}[{i}].id"),
        msg!(
            "duplicate-id",
            kind = msg!(kind),
            id = id,
            first = format!("{section}[{first}]")
        ),
    )
    .also_at(format!("{section}[{first}]"))
    .with_hint(msg!("duplicate-id-hint"))
}

/// The roster's ids, indexed for "did you mean" on the first broken
/// reference only: a clean file never pays for it.
pub(super) struct Roster<'a> {
    m: &'a Meeting,
    ix: OnceCell<Suggester<'a>>,
}

impl<'a> Roster<'a> {
    pub(super) fn new(m: &'a Meeting) -> Self {
        Roster {
            m,
            ix: OnceCell::new(),
        }
    }

    fn did_you_mean(&self, id: &str) -> Option<Msg> {
        self.ix
            .get_or_init(|| Suggester::new(self.m.people().iter().map(|p| p.id.as_str())))
            .closest(id)
            .map(suggest::hint_msg)
    }
}

/// `path` is spelled only for a broken reference: a large roster's
/// thousands of good ones cost no string.
fn participant_ref(
    roster: &Roster,
    lk: &Lookup,
    path: impl FnOnce() -> String,
    what: &'static str,
    id: &str,
    out: &mut Vec<Problem>,
) {
    if lk.participant(id).is_some() {
        return;
    }
    let hint = roster
        .did_you_mean(id)
        .unwrap_or_else(|| msg!("not-on-roster-hint"));
    out.push(
        Problem::error(path(), msg!("not-on-roster", role = msg!(what), id = id)).with_hint(hint),
    );
}

pub fn check(m: &Meeting, lk: &Lookup, out: &mut Vec<Problem>) {
    duplicates(
        "role-participant",
        "participants",
        m.people().iter().map(|p| p.id.as_str()),
        out,
    );
    duplicates(
        "role-session",
        "sessions",
        m.sessions.iter().map(|s| s.id.as_str()),
        out,
    );
    duplicates(
        "role-follow-up",
        "follow_ups",
        m.follow_ups.iter().map(|f| f.id.as_str()),
        out,
    );

    let roster = Roster::new(m);
    for i in 0..m.sessions.len() {
        session_refs(m, lk, &roster, i, out);
    }
    follow_up_refs(m, lk, &roster, out);
}

/// Session `i`'s chair, speakers and interpreters are on the roster.
pub(super) fn session_refs(
    m: &Meeting,
    lk: &Lookup,
    roster: &Roster,
    i: usize,
    out: &mut Vec<Problem>,
) {
    let s = &m.sessions[i];
    if let Some(c) = &s.chair {
        let at = || format!("sessions[{i}].chair");
        participant_ref(roster, lk, at, "role-chair", c, out);
    }
    for (j, it) in s.items.iter().enumerate() {
        for (k, sp) in it.speakers.iter().enumerate() {
            participant_ref(
                roster,
                lk,
                || format!("sessions[{i}].items[{j}].speakers[{k}]"),
                "role-speaker",
                sp,
                out,
            );
        }
    }
    for (j, c) in s.interpretation.iter().enumerate() {
        for (k, id) in c.interpreters.iter().enumerate() {
            participant_ref(
                roster,
                lk,
                || format!("sessions[{i}].interpretation[{j}].interpreters[{k}]"),
                "role-interpreter",
                id,
                out,
            );
        }
    }
}

/// Each follow-up's owner and session point at something.
fn follow_up_refs(m: &Meeting, lk: &Lookup, roster: &Roster, out: &mut Vec<Problem>) {
    let sessions = OnceCell::new();
    for i in 0..m.follow_ups.len() {
        follow_up_ref(m, lk, roster, &sessions, i, out);
    }
}

/// The session ids, indexed for "did you mean" on the first broken one.
pub(super) type SessionIds<'a> = OnceCell<Suggester<'a>>;

/// Follow-up `i`'s owner and session point at something.
pub(super) fn follow_up_ref<'a>(
    m: &'a Meeting,
    lk: &Lookup,
    roster: &Roster,
    sessions: &SessionIds<'a>,
    i: usize,
    out: &mut Vec<Problem>,
) {
    let f = &m.follow_ups[i];
    let at = || format!("follow_ups[{i}]");
    if let Some(o) = &f.owner {
        if lk.participant(o).is_none() {
            let hint = roster
                .did_you_mean(o)
                .unwrap_or_else(|| msg!("owner-not-on-roster-hint"));
            out.push(
                Problem::error(
                    format!("{}.owner", at()),
                    msg!("owner-not-on-roster", id = o),
                )
                .with_hint(hint),
            );
        }
    } else if f.owner_org.is_none() {
        out.push(
            Problem::warning(
                format!("{}.id", at()),
                msg!("followup-no-owner", id = &f.id),
            )
            .with_hint(msg!("followup-no-owner-hint")),
        );
    }
    if let Some(s) = &f.session
        && !lk.has_session(s)
    {
        let hint = sessions
            .get_or_init(|| Suggester::new(m.sessions.iter().map(|x| x.id.as_str())))
            .closest(s)
            .map(suggest::hint_msg)
            .unwrap_or_else(|| msg!("session-does-not-exist-hint"));
        out.push(
            Problem::error(
                format!("{}.session", at()),
                msg!("session-does-not-exist", id = s),
            )
            .with_hint(hint),
        );
    }
}
