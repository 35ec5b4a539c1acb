//! Follow-ups: overdue commitments, and a log that tells a straight story.

use chrono::NaiveDate;

use super::Problem;
use crate::domain::{DueState, Meeting};

pub fn check(m: &Meeting, today: NaiveDate, out: &mut Vec<Problem>) {
    for (i, f) in m.follow_ups.iter().enumerate() {
        let at = format!("follow_ups[{i}]");
        if f.due_state(today) == DueState::Overdue
            && let Some(due) = f.due
        {
            let days = (today - due).num_days();
            let owner = f.owner_label();
            let owner = if owner.is_empty() {
                String::new()
            } else {
                format!(" (owner: {owner})")
            };
            // A proposed due date that passed is not a firm deadline missed.
            let (due_word, hint) = if f.tentative.covers("due") {
                (
                    "due (proposed)",
                    "the due date was only proposed: confirm a date, or mark it done or dropped",
                )
            } else {
                ("due", "mark it done or dropped, or move the due date")
            };
            out.push(
                Problem::warning(
                    format!("{at}.due"),
                    format!(
                        "follow-up `{}` was {due_word} on {due}, {days} days ago, and is still {}{owner}",
                        f.id,
                        f.status.as_str()
                    ),
                )
                .with_hint(hint),
            );
        }
        if f.closed.is_some() && f.status.is_open() {
            out.push(Problem::warning(
                format!("{at}.closed"),
                format!(
                    "follow-up `{}` has a `closed` date but its status is {}",
                    f.id,
                    f.status.as_str()
                ),
            ));
        }
        if let Some(c) = &f.carried_from
            && !carried_from_shape(c)
        {
            out.push(
                Problem::warning(
                    format!("{at}.carried_from"),
                    format!(
                        "`carried_from` of follow-up `{}` is `{c}`, which names no follow-up",
                        f.id
                    ),
                )
                .with_hint(
                    "write it `file-stem#follow-up-id`, e.g. `2022-10-casie#action-plan-kz`",
                ),
            );
        }
        for w in 1..f.log.len() {
            if f.log[w].date < f.log[w - 1].date {
                out.push(
                    Problem::warning(
                        format!("{at}.log[{w}].date"),
                        format!(
                            "log of follow-up `{}` is out of order: {} comes after {}",
                            f.id,
                            f.log[w].date,
                            f.log[w - 1].date
                        ),
                    )
                    .with_hint("progress notes are kept oldest first"),
                );
            }
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
