//! Problems after an edit without waiting: the entry re-checks what the
//! edit can affect at once; a whole check (an edit that renumbers records,
//! a change to the meeting's own fields) runs on a worker, and the Problems
//! view says "checking…" until its answer is taken here.

use std::fmt;

use super::super::App;
use crate::check::background::Wake;
use crate::tui::library::MeetingId;
use crate::tui::status::Level;

/// The worker's way back to the event loop, and the edits whose news
/// ("2 new problems") waits for a worker's answer.
#[derive(Default)]
pub struct Rechecks {
    /// Set by the run loop: checks then run on a worker and wake it. Without
    /// it (tests, benchmarks' in-process runs) every check runs at once.
    pub wake: Option<Wake>,
    /// Meeting, its problems before the edit, the status said for it.
    news: Vec<(MeetingId, super::news::Seen, String)>,
}

impl fmt::Debug for Rechecks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rechecks")
            .field("wake", &self.wake.is_some())
            .field("news", &self.news)
            .finish()
    }
}

/// Remembers that meeting `id`'s news waits for a worker, if it does.
pub fn waiting(app: &mut App, id: MeetingId, before: super::news::Seen) {
    if app.library.get(id).is_some_and(|e| e.is_checking()) {
        let said = app.status.as_deref().unwrap_or_default().to_string();
        app.edit.rechecks.news.retain(|(m, ..)| *m != id);
        app.edit.rechecks.news.push((id, before, said));
    }
}

/// Takes every answer that is in; the views that show problems are
/// rebuilt if any was (the meetings did not change: the other views' rows
/// stand, and rebuilding them, the roster's above all, cost most of the
/// time a key waited for an answer on a large meeting).
pub fn returned(app: &mut App) {
    let (today, wake) = (app.today, app.edit.rechecks.wake.clone());
    let mut any = false;
    let mut done = Vec::new();
    for e in &mut app.library.entries {
        if e.poll_checks(today, wake.as_ref()) {
            any = true;
            done.push(e.id);
        }
    }
    if !any {
        return;
    }
    app.problems_changed();
    for id in done {
        let Some(at) = app.edit.rechecks.news.iter().position(|(m, ..)| *m == id) else {
            continue;
        };
        let (_, before, said) = app.edit.rechecks.news.remove(at);
        // The edit's message is still up: add what the checks found.
        if app.status.as_deref() == Some(said.as_str())
            && let Some(e) = app.library.get(id)
        {
            let found = super::news::said(&before, &e.problems);
            app.say(Level::Note, super::with_news(app.area.width, &said, &found));
        }
    }
}
