//! Which columns the Meetings list shows at a width, and how wide each is.
//! A count is never cut: a Follow-ups cell cut from "3010 open 2635!!" to
//! "3010 open 26" reads as 26 overdue. So the counted columns are as wide
//! as their widest value, and when that leaves the meetings' names too
//! little room, the place goes first, then the people and session counts.

use crate::tui::layout::flexible_width;

/// The least the meetings' names keep before a column is given up.
const MIN_LABEL: u16 = 12;
/// Below this width the people and session counts are never shown.
const SMALL: u16 = 70;
/// From this width the place is shown.
const WIDE: u16 = 100;
/// The place column's width.
pub const PLACE: u16 = 24;

/// The widest value (or heading) of each column, over every meeting listed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Needs {
    pub dates: u16,
    pub people: u16,
    pub sessions: u16,
    pub followups: u16,
    pub problems: u16,
}

/// The columns shown and their widths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub label: u16,
    pub needs: Needs,
    /// Where it is held.
    pub place: bool,
    /// The people and session counts.
    pub counts: bool,
}

/// The plan for a list `width` columns wide inside its border.
pub fn plan(width: u16, needs: Needs) -> Plan {
    let mut p = Plan {
        label: 0,
        needs,
        place: width >= WIDE,
        counts: width >= SMALL,
    };
    p.label = flexible_width(width, &p.fixed());
    if p.label < MIN_LABEL && p.place {
        p.place = false;
        p.label = flexible_width(width, &p.fixed());
    }
    if p.label < MIN_LABEL && p.counts {
        p.counts = false;
        p.label = flexible_width(width, &p.fixed());
    }
    p
}

impl Plan {
    /// The widths of the columns other than the names, in order.
    fn fixed(&self) -> Vec<u16> {
        let n = self.needs;
        let mut w = vec![n.dates];
        if self.place {
            w.push(PLACE);
        }
        if self.counts {
            w.extend([n.people, n.sessions]);
        }
        w.extend([n.followups, n.problems]);
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needs(followups: u16) -> Needs {
        Needs {
            dates: 20,
            people: 6,
            sessions: 8,
            followups,
            problems: 8,
        }
    }

    #[test]
    fn small_counts_keep_every_column_the_width_allows() {
        let p = plan(118, needs(12));
        assert!(p.place && p.counts);
        let p = plan(98, needs(12));
        assert!(!p.place && p.counts);
        let p = plan(78, needs(12));
        assert!(!p.place && p.counts);
        assert_eq!(p.label, 17);
        let p = plan(66, needs(12));
        assert!(!p.place && !p.counts);
    }

    #[test]
    fn wide_counts_take_the_place_then_the_sizes_not_a_digit() {
        // "3010 open 2635!!" is 16 wide.
        let p = plan(118, needs(16));
        assert!(p.place && p.counts);
        assert_eq!(p.label, 118 - 2 - (20 + 24 + 6 + 8 + 16 + 8) - 6);
        let p = plan(102, needs(16));
        assert!(p.place && p.counts, "{p:?}");
        let p = plan(100, needs(16));
        assert!(!p.place && p.counts, "{p:?}");
        assert_eq!(p.label, 35);
        let p = plan(78, needs(16));
        assert!(!p.place && p.counts);
        assert_eq!(p.label, 13);
        let p = plan(74, needs(16));
        assert!(!p.place && !p.counts, "{p:?}");
        // However narrow, the counted columns keep their width.
        assert_eq!(plan(40, needs(16)).needs.followups, 16);
    }
}
