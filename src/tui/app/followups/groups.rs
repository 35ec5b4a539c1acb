//! The Follow-ups view's groups (by meeting, owner, status or due month)
//! kept between builds: each follow-up listed names its group by a number
//! into a table of the groups' labels and orders, so after an edit only
//! the touched follow-ups are placed again (their owners, dates and
//! statuses read), and the list is laid out from the numbers alone. The
//! result is [`layout`](super::state::layout)'s: groups in their order
//! (ties: the one listed first), each its follow-ups' due sections, in
//! report order.

use std::collections::HashMap;

use crate::domain::DueState;
use crate::followups::{GroupBy, Order, Row, place};
use crate::tui::library::MeetingId;

use super::state::{FuRow, by_state, group_label};

/// The groups met since the last full build, for one grouping.
#[derive(Debug, Default)]
pub struct Groups {
    by: Option<GroupBy>,
    /// Each group's order and label, by number.
    keys: Vec<(Order, String)>,
    /// A label's number.
    at: HashMap<String, u32>,
}

/// What the layout reads of one follow-up listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    pub at: (usize, usize),
    pub state: DueState,
    pub carried: bool,
    /// Its group's number in [`Groups`] (0 when grouping by state).
    pub group: u32,
}

impl Groups {
    /// Empty, for grouping `by` (a full build starts here).
    pub fn new(by: GroupBy) -> Groups {
        Groups {
            by: Some(by),
            ..Groups::default()
        }
    }

    /// Whether the numbers are for grouping `by`.
    pub fn is_for(&self, by: GroupBy) -> bool {
        self.by == Some(by)
    }

    /// Row `r`'s group number (a new group gets the next one); grouping
    /// by state needs none.
    pub fn of(&mut self, r: &Row) -> u32 {
        let Some(by) = self.by.filter(|b| *b != GroupBy::State) else {
            return 0;
        };
        let (order, label) = place(r, by);
        if let Some(&n) = self.at.get(&label) {
            return n;
        }
        let n = u32::try_from(self.keys.len()).unwrap_or(u32::MAX);
        self.at.insert(label.clone(), n);
        self.keys.push((order, label));
        n
    }

    /// The list: each group met in `listed` (in order; ties by which is
    /// listed first) with its count, then its due sections.
    pub fn layout(&self, listed: &[Member], ids: &[MeetingId]) -> Vec<FuRow> {
        let by = self.by.unwrap_or_default();
        let n = self.keys.len();
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); n];
        let mut first = vec![usize::MAX; n];
        for (i, m) in listed.iter().enumerate() {
            let g = m.group as usize;
            if let (Some(f), Some(v)) = (first.get_mut(g), members.get_mut(g)) {
                *f = (*f).min(i);
                v.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
        }
        let mut order: Vec<usize> = (0..n).filter(|&g| first[g] != usize::MAX).collect();
        order.sort_by(|&a, &b| {
            self.keys[a]
                .0
                .cmp(&self.keys[b].0)
                .then(first[a].cmp(&first[b]))
        });
        let mut out = Vec::with_capacity(listed.len() + 2 * order.len());
        for g in order {
            let rows: Vec<Member> = members[g]
                .iter()
                .filter_map(|&i| listed.get(i as usize).copied())
                .collect();
            out.push(FuRow::Group {
                label: group_label(by, &self.keys[g].1),
                count: rows.len(),
            });
            // Within a group, its due sections as the list by state has them.
            out.extend(by_state(&rows, ids));
        }
        out
    }
}
