//! A whole-meeting check on a worker thread, for the edits [`Checks`]
//! cannot follow record by record (renumbering records, the meeting's own
//! fields) and for a meeting loaded without them: the screen stays live
//! while it runs, and whoever waits is told when it is done.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

use super::Checks;
use crate::domain::Meeting;

/// Called on the worker thread when its answer is in (the TUI wakes its
/// event loop with it).
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// What the worker left: the checks and what was made from them, or
/// `None` if it failed.
type Slot<T> = Arc<Mutex<Option<Option<(Checks, T)>>>>;

/// Whom to wake when the answer is in: set at the start, or later
/// ([`Running::watch`]) for a check nobody waited for at first.
type Watcher = Arc<Mutex<Option<Wake>>>;

/// What the worker makes from its checks once they are done (the TUI: the
/// problems placed in their files and per session), so that the thread
/// waiting for the answer only has to take it.
pub type Then<T> = Box<dyn FnOnce(&Meeting, &Checks) -> T + Send>;

/// A check under way; `T`: what is made from it on the worker.
pub struct Running<T = ()> {
    slot: Slot<T>,
    watcher: Watcher,
}

impl<T> Clone for Running<T> {
    fn clone(&self) -> Self {
        Running {
            slot: Arc::clone(&self.slot),
            watcher: Arc::clone(&self.watcher),
        }
    }
}

impl<T> std::fmt::Debug for Running<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Running").finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Running<T> {
    /// Checks `m` (a copy of the meeting as it is now) on a new thread.
    pub fn start(m: Meeting, today: NaiveDate, wake: Wake, then: Then<T>) -> Running<T> {
        Running::spawn(m, today, Some(wake), then)
    }

    /// [`Running::start`] with nobody to wake yet: for checks made ahead of
    /// need (a meeting loaded with its problems but without [`Checks`]).
    pub fn unwatched(m: Meeting, today: NaiveDate, then: Then<T>) -> Running<T> {
        Running::spawn(m, today, None, then)
    }

    /// From now on, `wake` is called when the answer is in (at once, if it
    /// is in already: the answer may have come while nobody watched).
    pub fn watch(&self, wake: Wake) {
        if let Ok(mut w) = self.watcher.lock() {
            *w = Some(Arc::clone(&wake));
        }
        if self.slot.lock().is_ok_and(|s| s.is_some()) {
            wake();
        }
    }

    fn spawn(m: Meeting, today: NaiveDate, wake: Option<Wake>, then: Then<T>) -> Running<T> {
        let slot: Slot<T> = Arc::new(Mutex::new(None));
        let watcher: Watcher = Arc::new(Mutex::new(wake));
        let (out, call) = (Arc::clone(&slot), Arc::clone(&watcher));
        std::thread::spawn(move || {
            let checks = catch_unwind(AssertUnwindSafe(|| {
                let c = Checks::new(&m, today);
                let made = then(&m, &c);
                (c, made)
            }))
            .ok();
            // The copy is large: let it go here, not on the waiting thread.
            drop(m);
            if let Ok(mut s) = out.lock() {
                *s = Some(checks);
            }
            let wake = call.lock().ok().and_then(|w| w.clone());
            if let Some(wake) = wake {
                wake();
            }
        });
        Running { slot, watcher }
    }

    /// The answer once it is in: `Some(None)` when the worker failed (the
    /// caller checks on its own thread, where the failure shows).
    pub fn take(&self) -> Option<Option<(Checks, T)>> {
        self.slot.lock().ok().and_then(|mut s| s.take())
    }
}
