//! Follow-ups: overdue commitments, and a log that tells a straight story.

use chrono::NaiveDate;

use super::Problem;
use crate::domain::{DueState, FollowUp};
use crate::msg;

pub fn check(follow_ups: &[FollowUp], today: NaiveDate, out: &mut Vec<Problem>) {
    for (i, f) in follow_ups.iter().enumerate() {
        follow_up(i, f, today, out);
    }
}

/// How many of `follow_ups` are overdue on `today`: a problem each.
pub(super) fn overdue(follow_ups: &[FollowUp], today: NaiveDate) -> usize {
    follow_ups
        .iter()
        .filter(|f| f.due.is_some() && f.due_state(today) == DueState::Overdue)
        .count()
}

/// One follow-up's due date, closing and log.
pub(super) fn follow_up(i: usize, f: &FollowUp, today: NaiveDate, out: &mut Vec<Problem>) {
    // Spelled only for a problem: most follow-ups have none.
    let at = || format!("follow_ups[{i}]");
    if f.due_state(today) == DueState::Overdue
        && let Some(due) = f.due
    {
        let days = (today - due).num_days();
        let owner = f.owner_label();
        // A proposed due date that passed is not a firm deadline missed.
        let (due_word, hint) = if f.tentative.covers("due") {
            ("word-due-proposed", "followup-overdue-proposed-hint")
        } else {
            ("word-due", "followup-overdue-hint")
        };
        let key = if owner.is_empty() {
            "followup-overdue"
        } else {
            "followup-overdue-owned"
        };
        let text = msg!(
            key,
            id = &f.id,
            due_word = msg!(due_word),
            due = due.to_string(),
            days = days,
            status = crate::i18n::value_arg(f.status.as_str()),
            owner = owner.to_string()
        );
        out.push(Problem::warning(format!("{}.due", at()), text).with_hint(msg!(hint)));
    }
    if f.closed.is_some() && f.status.is_open() {
        out.push(Problem::warning(
            format!("{}.closed", at()),
            msg!(
                "followup-closed-but-open",
                id = &f.id,
                status = crate::i18n::value_arg(f.status.as_str())
            ),
        ));
    }
    if let Some(c) = &f.carried_from
        && !carried_from_shape(c)
    {
        out.push(
            Problem::warning(
                format!("{}.carried_from", at()),
                msg!("followup-carried-from-bad", id = &f.id, value = c),
            )
            .with_hint(msg!("followup-carried-from-bad-hint")),
        );
    }
    for w in 1..f.log.len() {
        if f.log[w].date < f.log[w - 1].date {
            out.push(
                Problem::warning(
                    format!("{}.log[{w}].date", at()),
                    msg!(
                        "followup-log-out-of-order",
                        id = &f.id,
                        later = f.log[w].date.to_string(),
                        earlier = f.log[w - 1].date.to_string()
                    ),
                )
                .with_hint(msg!("followup-log-out-of-order-hint")),
            );
        }
    }
}

/// `file-stem#follow-up-id`: both parts present, no spaces, one `#`.
fn carried_from_shape(c: &str) -> bool {
    match c.split_once('#') {
        Some((stem, id)) => {
            !stem.is_empty()
                && !id.is_empty()
                && !id.contains('#')
                && !c.contains(char::is_whitespace)
        }
        None => false,
    }
}
