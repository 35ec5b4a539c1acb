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

/// What the worker left: the checks, or `None` if it failed.
type Slot = Arc<Mutex<Option<Option<Checks>>>>;

/// A check under way.
#[derive(Debug, Clone)]
pub struct Running {
    slot: Slot,
}

impl Running {
    /// Checks `m` (a copy of the meeting as it is now) on a new thread.
    pub fn start(m: Meeting, today: NaiveDate, wake: Wake) -> Running {
        let slot: Slot = Arc::new(Mutex::new(None));
        let out = Arc::clone(&slot);
        std::thread::spawn(move || {
            let checks = catch_unwind(AssertUnwindSafe(|| Checks::new(&m, today))).ok();
            // The copy is large: let it go here, not on the waiting thread.
            drop(m);
            if let Ok(mut s) = out.lock() {
                *s = Some(checks);
            }
            wake();
        });
        Running { slot }
    }

    /// The answer once it is in: `Some(None)` when the worker failed (the
    /// caller checks on its own thread, where the failure shows).
    pub fn take(&self) -> Option<Option<Checks>> {
        self.slot.lock().ok().and_then(|mut s| s.take())
    }
}
