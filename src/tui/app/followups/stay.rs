//! The follow-up just edited stays listed, where it was, until the cursor
//! leaves it: marking one done in the "owed" list, then pressing `n`, adds
//! the note to the one just closed (what a person means), not to the row
//! that slid under the cursor. The status line says it leaves the list
//! when the cursor moves on.

use super::state::{FollowUpsState, Picked};
use crate::tui::library::{Entry, MeetingId};

/// The follow-up kept listed: by id, so an edit that renumbers the list
/// does not swap it for another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stay {
    entry: MeetingId,
    id: String,
    /// Its place in the list built before the edit, and what that build
    /// read of it (its due section stays that one while it is kept).
    was: Option<(usize, Picked)>,
    /// The filters left it out, and the status line was told.
    told: bool,
}

impl FollowUpsState {
    /// Follow-up `index` of `entry` (to be edited now) stays listed until
    /// the cursor leaves it.
    pub fn keep_listed(&mut self, entries: &[Entry], entry: MeetingId, index: usize) {
        let Some(id) = follow_up_id(entries, entry, index) else {
            return;
        };
        let mi = entries.iter().position(|e| e.id == entry);
        let was = self
            .picked
            .iter()
            .position(|p| Some(p.at) == mi.map(|m| (m, index)))
            .map(|k| (k, self.picked[k]));
        let told = self.stay.as_ref().is_some_and(|s| s.id == id && s.told);
        let was = match &self.stay {
            // Already kept (a second `s`): where it was first.
            Some(s) if s.entry == entry && s.id == id && s.was.is_some() => s.was,
            _ => was,
        };
        self.stay = Some(Stay {
            entry,
            id,
            was,
            told,
        });
    }

    /// Forgets the kept follow-up once the cursor is on another one (or the
    /// view is left): the list is made again without it.
    pub fn release_stay(&mut self, entries: &[Entry], showing: bool) {
        let Some(s) = &self.stay else { return };
        let on = self
            .selected()
            .and_then(|(e, i)| follow_up_id(entries, e, i).map(|id| (e, id)));
        if showing && on.is_some_and(|(e, id)| e == s.entry && id == s.id) {
            return;
        }
        self.stay = None;
        self.invalidate();
    }

    /// `picked` (what the filters keep) with the kept follow-up put back
    /// where it was when the filters leave it out; `None` when they keep
    /// it, or nothing is kept.
    pub(super) fn with_stay(
        &mut self,
        picked: &[Picked],
        entries: &[Entry],
        ids: &[MeetingId],
    ) -> Option<Vec<Picked>> {
        let s = self.stay.as_mut()?;
        let mi = ids.iter().position(|&x| x == s.entry)?;
        let fi = entries
            .get(mi)?
            .meeting()
            .follow_ups
            .iter()
            .position(|f| f.id == s.id)?;
        if picked.iter().any(|p| p.at == (mi, fi)) {
            return None;
        }
        let (k, old) = s.was?;
        let mut out = picked.to_vec();
        out.insert(
            k.min(out.len()),
            Picked {
                at: (mi, fi),
                ..old
            },
        );
        Some(out)
    }

    /// True once, when the kept follow-up is listed only because it is kept
    /// (the status line says it leaves the list when the cursor moves on).
    pub fn stay_news(&mut self) -> bool {
        let hidden = self.stay_hidden;
        match &mut self.stay {
            Some(s) if hidden && !s.told => {
                s.told = true;
                true
            }
            _ => false,
        }
    }
}

fn follow_up_id(entries: &[Entry], entry: MeetingId, index: usize) -> Option<String> {
    let e = entries.iter().find(|e| e.id == entry)?;
    Some(e.meeting().follow_ups.get(index)?.id.clone())
}
