//! Undo and redo, kept with the document rather than with any widget.
//!
//! No limit: a day of edits is a few thousand small record changes, far
//! below anything that matters for memory.

use super::{EditError, Transaction};
use crate::domain::Meeting;

/// A place in the history (undo depth, the top entry's identity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SavePoint((usize, u64));

#[derive(Debug, Default, Clone)]
pub struct History {
    undo: Vec<Transaction>,
    redo: Vec<Transaction>,
    /// Counts every applied, undone or redone transaction, so "unsaved" is
    /// exact even after undoing past the save and redoing back.
    revision: u64,
    /// Revision of the undo stack top at the last save, as a path of undo depth.
    saved: Option<(usize, u64)>,
    /// Identity of each undo entry (revision when it was pushed).
    ids: Vec<u64>,
    redo_ids: Vec<u64>,
}

impl History {
    pub fn new() -> Self {
        let mut h = History::default();
        h.mark_saved();
        h
    }

    /// Applies `tx` to `m` and records it; an empty transaction is ignored.
    pub fn apply(&mut self, m: &mut Meeting, tx: Transaction) -> Result<(), EditError> {
        if tx.is_empty() {
            return Ok(());
        }
        tx.apply(m)?;
        self.revision += 1;
        self.undo.push(tx);
        self.ids.push(self.revision);
        self.redo.clear();
        self.redo_ids.clear();
        Ok(())
    }

    /// Undoes the last transaction; returns its label.
    pub fn undo(&mut self, m: &mut Meeting) -> Result<Option<String>, EditError> {
        let Some(tx) = self.undo.pop() else {
            return Ok(None);
        };
        let id = self.ids.pop().unwrap_or_default();
        if let Err(e) = tx.inverse().apply(m) {
            self.undo.push(tx);
            self.ids.push(id);
            return Err(e);
        }
        let label = tx.label.clone();
        self.redo.push(tx);
        self.redo_ids.push(id);
        Ok(Some(label))
    }

    /// Takes back the last transaction as if it had never been made,
    /// provided it is the one made at `at` (the point [`History::point`]
    /// gave right after it): undone, and not left to be redone. For what
    /// a dialog did on the way and its cancel drops (someone added to the
    /// roster from a form), so Ctrl-r cannot bring it back behind the
    /// person's back. `Ok(None)` when something else was done since.
    pub fn withdraw(
        &mut self,
        m: &mut Meeting,
        at: SavePoint,
    ) -> Result<Option<Transaction>, EditError> {
        if self.point() != at {
            return Ok(None);
        }
        if self.undo(m)?.is_none() {
            return Ok(None);
        }
        self.redo_ids.pop();
        Ok(self.redo.pop())
    }

    /// Redoes the last undone transaction; returns its label.
    pub fn redo(&mut self, m: &mut Meeting) -> Result<Option<String>, EditError> {
        let Some(tx) = self.redo.pop() else {
            return Ok(None);
        };
        let id = self.redo_ids.pop().unwrap_or_default();
        if let Err(e) = tx.apply(m) {
            self.redo.push(tx);
            self.redo_ids.push(id);
            return Err(e);
        }
        let label = tx.label.clone();
        self.undo.push(tx);
        self.ids.push(id);
        Ok(Some(label))
    }

    /// The transaction applied or redone last (the top of the undo stack).
    pub fn last_done(&self) -> Option<&Transaction> {
        self.undo.last()
    }

    /// The transaction undone last (the top of the redo stack).
    pub fn last_undone(&self) -> Option<&Transaction> {
        self.redo.last()
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn mark_saved(&mut self) {
        self.saved = Some(self.point().0);
    }

    /// Where the history is now, to be marked saved later: a save on a
    /// worker writes the meeting as it was here, while edits go on.
    pub fn point(&self) -> SavePoint {
        SavePoint((self.undo.len(), self.ids.last().copied().unwrap_or(0)))
    }

    /// The meeting at `at` (taken by [`History::point`]) was saved: the
    /// edits made since stay unsaved, and undoing them comes back to it.
    pub fn mark_saved_at(&mut self, at: SavePoint) {
        self.saved = Some(at.0);
    }

    /// Takes `m` (the meeting as it is now) back or forward to the last
    /// save through the undo or redo stack, as undoing or redoing would.
    /// `Ok(false)`, leaving `m` alone, when that point is on neither stack
    /// (an edit made after undoing past the save dropped it).
    pub fn rewind_to_saved(&self, m: &mut Meeting) -> Result<bool, EditError> {
        let Some((depth, id)) = self.saved else {
            return Ok(false);
        };
        let id_at = |ids: &[u64], n: usize| n.checked_sub(1).and_then(|i| ids.get(i).copied());
        if depth <= self.undo.len() {
            if id_at(&self.ids, depth).unwrap_or(0) != id {
                return Ok(false);
            }
            for tx in self.undo[depth..].iter().rev() {
                tx.inverse().apply(m)?;
            }
            return Ok(true);
        }
        // Redone in the order a redo pops them: the stack's top first.
        let k = depth - self.undo.len();
        let Some(first) = self.redo.len().checked_sub(k) else {
            return Ok(false);
        };
        if self.redo_ids.get(first) != Some(&id) {
            return Ok(false);
        }
        for tx in self.redo[first..].iter().rev() {
            tx.apply(m)?;
        }
        Ok(true)
    }

    /// Whether the last save is reached by undoing (or is now): an edit
    /// keeps it reachable; otherwise the edit drops the redo stack it is on.
    pub fn saved_behind(&self) -> bool {
        self.saved.is_some_and(|(depth, id)| {
            depth <= self.undo.len()
                && depth
                    .checked_sub(1)
                    .and_then(|i| self.ids.get(i).copied())
                    .unwrap_or(0)
                    == id
        })
    }

    /// Whether the meeting as it was at `at` holds the edits up to `p`
    /// (both taken by [`History::point`]): both are on the undo stack now,
    /// `p` at or below `at`. False when either was undone or dropped since,
    /// even if it might hold them: the caller then keeps what it would drop.
    pub fn includes(&self, at: SavePoint, p: SavePoint) -> bool {
        let on_stack = |(depth, id): (usize, u64)| {
            depth <= self.undo.len()
                && depth
                    .checked_sub(1)
                    .and_then(|i| self.ids.get(i).copied())
                    .unwrap_or(0)
                    == id
        };
        on_stack(at.0) && on_stack(p.0) && p.0.0 <= at.0.0
    }

    /// Whether the document differs from what was last saved or loaded.
    pub fn is_dirty(&self) -> bool {
        self.saved != Some((self.undo.len(), self.ids.last().copied().unwrap_or(0)))
    }
}
