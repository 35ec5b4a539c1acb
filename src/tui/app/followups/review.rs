//! Review mode: the open follow-ups, oldest due first, one at a time; on
//! each the organizer sets a status, adds a note, moves the due date, or
//! skips. Every change is an ordinary edit (undoable, saved by the one save
//! routine); this only remembers the walk and each follow-up as it was when
//! the review began, so the closing summary says what changed — whatever
//! was undone in between.

use chrono::NaiveDate;

use crate::domain::{FollowUp, FollowUpStatus, Meeting};
use crate::tui::library::{Entry, MeetingId};

#[derive(Debug, Clone)]
pub struct Step {
    pub entry: MeetingId,
    pub index: usize,
    pub before: FollowUp,
}

#[derive(Debug, Clone)]
pub struct Review {
    pub steps: Vec<Step>,
    /// The step shown; `steps.len()` once the walk is over.
    pub pos: usize,
    /// The summary is showing (walked to the end, or left early).
    pub done: bool,
    /// How many were shown, for "4 of 12 seen".
    pub seen: usize,
}

/// What happened to one follow-up during a review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub id: String,
    pub meeting: String,
    pub status: Option<(FollowUpStatus, FollowUpStatus)>,
    pub notes: Vec<(NaiveDate, String)>,
    pub due: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
}

impl Outcome {
    /// `open → done; due 2023-03-01 → 2027-01-31; 1 note`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some((a, b)) = self.status {
            parts.push(format!(
                "{} → {}",
                crate::tui::format::value(a.as_str()),
                crate::tui::format::value(b.as_str())
            ));
        }
        if let Some((a, b)) = self.due {
            let d = |x: Option<NaiveDate>| x.map_or(crate::tr!("tui-no-date"), |d| d.to_string());
            parts.push(crate::tr!("tui-review-due-change", from = d(a), to = d(b)));
        }
        match self.notes.len() {
            0 => {}
            n => parts.push(crate::tr!("tui-review-notes", n = n)),
        }
        parts.join("; ")
    }
}

/// Meeting `id` among the open ones.
fn find(entries: &[Entry], id: MeetingId) -> Option<&Entry> {
    entries.iter().find(|e| e.id == id)
}

impl Review {
    pub fn new(items: &[(MeetingId, usize)], entries: &[Entry]) -> Review {
        let steps: Vec<Step> = items
            .iter()
            .filter_map(|&(entry, index)| {
                let f = find(entries, entry)?.meeting().follow_ups.get(index)?;
                Some(Step {
                    entry,
                    index,
                    before: f.clone(),
                })
            })
            .collect();
        let steps_empty = steps.is_empty();
        Review {
            steps,
            pos: 0,
            done: false,
            seen: usize::from(!steps_empty),
        }
    }

    pub fn current(&self) -> Option<&Step> {
        (!self.done).then(|| self.steps.get(self.pos)).flatten()
    }

    pub fn next(&mut self) {
        self.pos = (self.pos + 1).min(self.steps.len());
        if self.pos == self.steps.len() {
            self.done = true;
        } else {
            self.seen = self.seen.max(self.pos + 1);
        }
    }

    pub fn prev(&mut self) {
        self.pos = self.pos.saturating_sub(1);
    }

    /// The follow-up a step is about now, found again by id when an undo
    /// elsewhere moved it.
    pub fn now<'a>(step: &Step, entries: &'a [Entry]) -> Option<&'a FollowUp> {
        let fus = &find(entries, step.entry)?.meeting().follow_ups;
        match fus.get(step.index) {
            Some(f) if f.id == step.before.id => Some(f),
            _ => fus.iter().find(|f| f.id == step.before.id),
        }
    }

    /// What changed, in review order; unchanged follow-ups are left out.
    /// `label` names a meeting (in its display language).
    pub fn outcomes(&self, entries: &[Entry], label: impl Fn(&Meeting) -> String) -> Vec<Outcome> {
        self.steps
            .iter()
            .filter_map(|s| {
                let now = Self::now(s, entries)?;
                let b = &s.before;
                let notes: Vec<(NaiveDate, String)> = now
                    .log
                    .iter()
                    .filter(|l| !b.log.contains(l))
                    .map(|l| (l.date, l.note.clone()))
                    .collect();
                let o = Outcome {
                    id: b.id.clone(),
                    meeting: find(entries, s.entry)
                        .map(|e| label(e.meeting()))
                        .unwrap_or_default(),
                    status: (now.status != b.status).then_some((b.status, now.status)),
                    notes,
                    due: (now.due != b.due).then_some((b.due, now.due)),
                };
                (o.status.is_some() || o.due.is_some() || !o.notes.is_empty()).then_some(o)
            })
            .collect()
    }
}
