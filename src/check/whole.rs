//! The whole check of one meeting, in two halves: every rule but the
//! follow-ups' while the whole meeting is at hand, then the follow-ups'
//! rule, which reads nothing else. A caller done with the meeting
//! (`plenary check`) lets go of all but its follow-ups in between, so a
//! large agenda's overdue follow-ups (most of its problems) are never held
//! beside its participants and sessions. Either way the problems and their
//! order are the same: the order the rules have always been listed in.

use chrono::NaiveDate;

use super::{
    Problem, codes, conflicts, duplicates, errors_first, fields, followups, ids, interpretation,
    languages, local_times, lookup, records, tentative, text,
};
use crate::domain::{FollowUp, Meeting};

/// The problems of every rule but the follow-ups', each naming its record.
pub(super) struct FirstHalf {
    /// Those listed before the follow-ups' problems.
    before: Vec<Problem>,
    /// Those listed after them (text and tentative marks), found while the
    /// whole meeting was still there.
    after: Vec<Problem>,
}

impl FirstHalf {
    pub(super) fn of(m: &Meeting, today: NaiveDate) -> FirstHalf {
        let mut before = Vec::new();
        let lk = lookup::Lookup::new(m);
        fields::check(m, &mut before);
        codes::check(m, &mut before);
        ids::check(m, &lk, &mut before);
        conflicts::check(m, &lk, &mut before);
        duplicates::check(m, &mut before);
        languages::check(m, &mut before);
        interpretation::check(m, &lk, &mut before);
        interpretation::unstaffed(m, today, &mut before);
        local_times::check(m, &lk, &mut before);
        // The id maps are not asked again (3.7 MB at 10×).
        drop(lk);
        let mut after = Vec::new();
        text::check(m, &mut after);
        tentative::check(m, &mut after);
        // A problem's record is read from its path alone: naming them now,
        // half by half, names the same records as naming them at the end.
        records::attribute(m, &mut before);
        records::attribute(m, &mut after);
        FirstHalf { before, after }
    }

    /// Every problem: these with the follow-ups' between them, errors first.
    pub(super) fn with_follow_ups(self, follow_ups: &[FollowUp], today: NaiveDate) -> Vec<Problem> {
        let FirstHalf {
            before: mut out,
            mut after,
        } = self;
        // Room for the overdue ones and the rest at once: growing the list
        // by doubling as they came copied it whole near the peak (9 MB at 10×).
        out.reserve(followups::overdue(follow_ups, today) + after.len());
        let start = out.len();
        followups::check(follow_ups, today, &mut out);
        records::attribute_follow_ups(follow_ups, &mut out[start..]);
        out.append(&mut after);
        errors_first(&mut out);
        out
    }
}

/// [`super::check_meeting`] of a meeting the caller has no more use for:
/// the same problems in the same order, with everything but the follow-ups
/// let go before the follow-ups' rule runs (`plenary check` at 10×: the
/// participants and sessions, some 90 MB, are not held beside 26,000
/// overdue follow-ups' problems).
pub fn check_meeting_consuming(mut m: Meeting, today: NaiveDate) -> Vec<Problem> {
    let first = FirstHalf::of(&m, today);
    let follow_ups = std::mem::take(&mut m.follow_ups);
    drop(m);
    first.with_follow_ups(&follow_ups, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letting_the_meeting_go_finds_the_same_problems_in_the_same_order() {
        let m = crate::generate::meeting(300, 40, 200);
        let today = NaiveDate::from_ymd_opt(2026, 10, 10).unwrap_or_default();
        let whole = super::super::check_meeting(&m, today);
        assert!(
            whole.iter().any(|p| p
                .path
                .as_deref()
                .is_some_and(|x| x.starts_with("follow_ups")))
                && whole.iter().any(|p| !p.records.is_empty()),
            "{whole:?}"
        );
        assert_eq!(check_meeting_consuming(m, today), whole);
    }
}
