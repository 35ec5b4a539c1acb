//! Re-checking after an edit: only what the edit can affect.
//!
//! [`Checks`] keeps every rule's problems by [`Slot`] (the record or group
//! they are about) with an [`Index`] of the cross-record facts (rooms,
//! people booked, interpreters, days, ids). An edit re-runs the touched
//! records' own rules and the groups they were or are now in (their rooms,
//! their people, their interpreters' days), plus any rule family whose
//! meeting-wide premise changed (a first interpreter named, a language
//! offered nowhere before). The same rule functions as
//! [`check_meeting`](super::check_meeting) run, and slots are ordered as it
//! runs them, so [`Checks::problems`] is its list exactly (the tests
//! compare them after many random edits). Edits that renumber records
//! (inserting or removing before the end, moving) and changes of the
//! meeting's own fields are answered by [`Checks::new`] instead: the
//! caller runs that off the UI thread.

mod dirty;
mod index;
mod slots;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::Problem;
use crate::domain::Meeting;
use crate::edit::Change;
pub use index::Index;
use slots::{Context, Part, Slot};

/// Names one computed block of problems: a slot computed again gets a new
/// id, so a list made earlier can tell which of its problems are still
/// exactly these (and keep them instead of copying them again). Ids come
/// from one counter for the whole process, so two [`Checks`] never share one.
pub type BlockId = u64;

static NEXT_BLOCK: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn new_block_id() -> BlockId {
    NEXT_BLOCK.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A meeting's problems, kept by where they come from.
#[derive(Debug, Clone)]
pub struct Checks {
    today: NaiveDate,
    /// Each slot's problems with the block's id ([`Checks::listed`]).
    blocks: BTreeMap<Slot, (BlockId, Vec<Problem>)>,
    ix: Index,
    gates: Gates,
}

/// The meeting-wide facts some rule families start from.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Gates {
    staffed: bool,
    offered: BTreeSet<String>,
    speakers_known: bool,
    any_lists: bool,
}

impl Gates {
    fn of(cx: &Context) -> Gates {
        Gates {
            staffed: cx.staffed,
            offered: cx.offered.iter().map(|s| s.to_string()).collect(),
            speakers_known: cx.speakers_known,
            any_lists: cx.any_lists,
        }
    }
}

/// Every part, in order.
const PARTS: [Part; 37] = [
    Part::FieldsMeeting,
    Part::FieldsPerson,
    Part::FieldsSession,
    Part::FieldsFollowUp,
    Part::CodesMeeting,
    Part::CodesPerson,
    Part::CodesSession,
    Part::IdsDupPeople,
    Part::IdsDupSessions,
    Part::IdsDupFollowUps,
    Part::IdsSessionRefs,
    Part::IdsFollowUpRefs,
    Part::Rooms,
    Part::PeopleClash,
    Part::Declined,
    Part::Duplicates,
    Part::LangSession,
    Part::LangPerson,
    Part::InterpTeam,
    Part::InterpDay,
    Part::InterpLoad,
    Part::InterpDouble,
    Part::InterpPairs,
    Part::InterpWorking,
    Part::InterpRelays,
    Part::InterpBooked,
    Part::Unstaffed,
    Part::LocalTimes,
    Part::FollowUps,
    Part::TextMeeting,
    Part::TextPerson,
    Part::TextSession,
    Part::TextFollowUp,
    Part::TentMeeting,
    Part::TentPerson,
    Part::TentSession,
    Part::TentFollowUp,
];

/// The parts `interpretation::check` and `interpretation::unstaffed` make,
/// one after another in [`PARTS`].
const INTERPRETATION: [Part; 9] = [
    Part::InterpTeam,
    Part::InterpDay,
    Part::InterpLoad,
    Part::InterpDouble,
    Part::InterpPairs,
    Part::InterpWorking,
    Part::InterpRelays,
    Part::InterpBooked,
    Part::Unstaffed,
];

impl Checks {
    /// Every rule on the whole meeting.
    pub fn new(m: &Meeting, today: NaiveDate) -> Checks {
        let ix = Index::build(m);
        let (blocks, gates) = {
            let cx = Context::new(m, today, &ix);
            let mut blocks = BTreeMap::new();
            for part in PARTS {
                for slot in dirty::all_of(&cx, part) {
                    put(&mut blocks, slot.clone(), cx.compute(&slot));
                }
            }
            (blocks, Gates::of(&cx))
        };
        Checks {
            today,
            blocks,
            ix,
            gates,
        }
    }

    /// The day the checks were made on (overdue follow-ups, booths to staff).
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// Brings the problems in line with `m`, which is the meeting these
    /// checks were made on with `changes` applied since, in order. False
    /// when the changes renumber records or change the meeting's own
    /// fields: then nothing was changed here, and [`Checks::new`] answers.
    pub fn update(&mut self, m: &Meeting, changes: &[&Change]) -> bool {
        let Some(touched) = dirty::Touched::of(changes, self.ix.lens, index::Lens::of(m)) else {
            return false;
        };
        touched.refile(&mut self.ix, m);
        let cx = Context::new(m, self.today, &self.ix);
        let mut slots = touched.slots(&cx, &self.blocks);
        let gates = Gates::of(&cx);
        for part in dirty::parts_behind(&self.gates, &gates) {
            self.blocks.retain(|s, _| s.0 != part);
            slots.extend(dirty::all_of(&cx, part));
        }
        for slot in slots {
            put(&mut self.blocks, slot.clone(), cx.compute(&slot));
        }
        self.gates = gates;
        true
    }

    /// The problems as [`check_meeting`](super::check_meeting) lists them:
    /// errors first, then in the order the rules run.
    pub fn problems(&self) -> Vec<Problem> {
        self.listed().into_iter().map(|(_, p)| p.clone()).collect()
    }

    /// [`Checks::problems`] without copying them, each with the id of the
    /// block it is in.
    pub fn listed(&self) -> Vec<(BlockId, &Problem)> {
        let mut all: Vec<(BlockId, &Problem)> = self
            .blocks
            .values()
            .flat_map(|(id, v)| v.iter().map(move |p| (*id, p)))
            .collect();
        // Stable: within a severity, the order the rules run in.
        all.sort_by_key(|(_, p)| p.severity);
        all
    }

    /// [`check_interpretation_on`](super::check_interpretation_on) on the
    /// same day: the interpretation rules' parts of the list, in its order
    /// (the Interpretation view's warnings after an edit, without running
    /// those rules on the whole meeting again).
    pub fn interpretation(&self) -> Vec<Problem> {
        let from = (INTERPRETATION[0], slots::Sub::Whole);
        let mut all: Vec<&Problem> = self
            .blocks
            .range(from..)
            .take_while(|(s, _)| INTERPRETATION.contains(&s.0))
            .flat_map(|(_, (_, v))| v)
            .collect();
        all.sort_by_key(|p| p.severity);
        all.into_iter().cloned().collect()
    }

    /// The last session with `id` in the meeting the checks are for (the
    /// index is kept in step with it).
    pub fn last_session(&self, id: &str) -> Option<usize> {
        self.ix.sessions.get(id).and_then(|v| v.last().copied())
    }

    pub fn len(&self) -> usize {
        self.blocks.values().map(|(_, v)| v.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }
}

/// Keeps a slot's problems, or forgets the slot when it has none.
fn put(blocks: &mut BTreeMap<Slot, (BlockId, Vec<Problem>)>, slot: Slot, problems: Vec<Problem>) {
    if problems.is_empty() {
        blocks.remove(&slot);
    } else {
        blocks.insert(slot, (new_block_id(), problems));
    }
}

#[cfg(test)]
impl Checks {
    /// Whether the gates kept from the index's counts are what walking
    /// every record finds.
    fn gates_as_walked(&self, m: &Meeting) -> bool {
        let walked = Gates {
            staffed: super::interpretation::any_staffed(m),
            offered: super::languages::offered(m)
                .into_iter()
                .map(str::to_string)
                .collect(),
            speakers_known: super::local_times::speakers_known(m),
            any_lists: super::tentative::any_lists(m),
        };
        self.gates == walked
    }
}

#[cfg(test)]
mod tests;
