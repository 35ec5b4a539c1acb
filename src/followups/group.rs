//! Sections of a follow-up list: by meeting, owner, status, due month or
//! due state ("overdue", "due within 14 days", "no due date").

use std::collections::HashMap;

use crate::domain::{DUE_SOON_DAYS, DueState, FollowUpStatus};

use super::fold::fold;
use super::query::Row;

/// The heading of the follow-ups that have no due date (data the CLI prints;
/// the TUI says it in its own words).
pub const NO_DUE_DATE: &str = "no due date";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GroupBy {
    Meeting,
    Owner,
    Status,
    DueMonth,
    /// Sections by due state: what a list shows first.
    #[default]
    State,
}

impl GroupBy {
    pub const ALL: [GroupBy; 5] = [
        GroupBy::Meeting,
        GroupBy::Owner,
        GroupBy::Status,
        GroupBy::DueMonth,
        GroupBy::State,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Meeting => "meeting",
            GroupBy::Owner => "owner",
            GroupBy::Status => "status",
            GroupBy::DueMonth => "month",
            GroupBy::State => "state",
        }
    }

    /// The next grouping, for a one-key toggle.
    pub fn next(self) -> GroupBy {
        let i = Self::ALL.iter().position(|g| *g == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }
}

#[derive(Debug, Clone)]
pub struct Group<'a> {
    pub label: String,
    pub rows: Vec<Row<'a>>,
}

/// Where a group goes among the others (ties: the one met first).
pub type Order = (u8, u64, String);

/// Where a row goes (its group's label, which names the group), and the
/// order of its group among the others.
pub fn place(r: &Row, by: GroupBy) -> (Order, String) {
    match by {
        GroupBy::Meeting => {
            let m = r.meeting;
            (
                (0, r.meeting_rank() as u64, String::new()),
                format!("{} — {}", r.key, m.label()),
            )
        }
        GroupBy::Owner => {
            let label = r.owner.label();
            if label.is_empty() {
                ((1, 0, String::new()), "(no owner)".into())
            } else {
                ((0, 0, fold(&label)), label)
            }
        }
        GroupBy::Status => {
            let s = r.follow_up.status;
            let i = FollowUpStatus::ALL
                .iter()
                .position(|x| *x == s)
                .unwrap_or(0);
            ((0, i as u64, String::new()), s.as_str().to_string())
        }
        GroupBy::DueMonth => match r.follow_up.due {
            Some(d) => {
                let label = d.format("%Y-%m").to_string();
                ((0, 0, label.clone()), label)
            }
            None => ((1, 0, String::new()), NO_DUE_DATE.into()),
        },
        GroupBy::State => {
            let (i, label) = match r.state {
                DueState::Overdue => (0, "overdue".to_string()),
                DueState::DueSoon => (1, format!("due within {DUE_SOON_DAYS} days")),
                DueState::Later => (2, "later".to_string()),
                DueState::NoDate => (3, NO_DUE_DATE.to_string()),
                DueState::Closed => (4, "closed".to_string()),
            };
            ((0, i, String::new()), label)
        }
    }
}

/// Groups `rows`, keeping their order within each group.
pub fn group<'a>(rows: &[Row<'a>], by: GroupBy) -> Vec<Group<'a>> {
    let mut groups: Vec<(Order, Group<'a>)> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for r in rows {
        let (order, label) = place(r, by);
        let i = *at.entry(label.clone()).or_insert_with(|| {
            groups.push((
                order,
                Group {
                    label,
                    rows: Vec::new(),
                },
            ));
            groups.len() - 1
        });
        groups[i].1.rows.push(*r);
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups.into_iter().map(|(_, g)| g).collect()
}
