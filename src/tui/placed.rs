//! Problems placed for the views: given their files, listed per session.
//! After an edit the entry does it for what was checked again; a whole
//! check's worker does it for every problem before it answers, so that
//! the thread answering keys only takes the lists.

use std::collections::HashMap;

use crate::check::{BlockId, Checks, Problem, index_in};
use crate::domain::Meeting;
use crate::load::files::Files;
use crate::problem::Kind;

/// A whole check's problems as the views show them, made on its worker.
#[derive(Debug, Default)]
pub struct Placed {
    /// Given files but no lines (the document was edited since it was read).
    pub problems: Vec<Problem>,
    /// Per problem, the checks' block it is a copy of.
    pub origin: Vec<BlockId>,
    /// Per session of the checked copy, the problems that involve it.
    pub per_session: Vec<Vec<usize>>,
}

/// What a whole check's worker makes from its checks, for a meeting read
/// from `files`.
pub fn on_worker(files: Files) -> crate::check::background::Then<Option<Placed>> {
    Box::new(move |m: &Meeting, c: &Checks| {
        let (problems, origin) = attributed(c.listed(), &files, Vec::new(), Vec::new());
        let per_session = session_problems(m, &problems, Some(c));
        Some(Placed {
            problems,
            origin,
            per_session,
        })
    })
}

/// Lets `t` go on a thread of its own: freeing every problem of a large
/// meeting takes milliseconds the thread answering keys has not got. When
/// no thread can be started (`spawn` would panic), the refused closure, `t`
/// with it, is freed here: late, never a panic.
pub fn drop_elsewhere<T: Send + 'static>(t: T) {
    let _refused = std::thread::Builder::new().spawn(move || drop(t));
}

/// The checks' problems (`listed`, in order) given files but no lines,
/// each with its block's id: a problem of `old` whose block is still listed
/// is kept as it is (the same block holds the same problems, placed the
/// same way); the others are copied and placed.
pub fn attributed(
    listed: Vec<(BlockId, &Problem)>,
    files: &Files,
    old: Vec<Problem>,
    origin: Vec<BlockId>,
) -> (Vec<Problem>, Vec<BlockId>) {
    let mut had = origin.clone();
    had.sort_unstable();
    had.dedup();
    // Blocks not computed again keep their order, so one pass finds them.
    let mut old = old.into_iter().zip(origin);
    let mut out = Vec::with_capacity(listed.len());
    let mut ids = Vec::with_capacity(listed.len());
    let mut fresh = Vec::new();
    for (id, p) in listed {
        let kept = had
            .binary_search(&id)
            .ok()
            .and_then(|_| old.by_ref().find(|(_, o)| *o == id))
            .map(|(q, _)| q);
        match kept {
            Some(q) => out.push(q),
            None => {
                fresh.push(out.len());
                out.push(p.clone());
            }
        }
        ids.push(id);
    }
    for i in fresh {
        files.attribute(std::slice::from_mut(&mut out[i]));
    }
    (out, ids)
}

/// Per session, the problems that involve it. `kept`: the checks, whose
/// index of session ids is in step with `m` (it spares a map of every
/// session per edit).
pub fn session_problems(
    m: &Meeting,
    problems: &[Problem],
    kept: Option<&Checks>,
) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); m.sessions.len()];
    // The last session with an id (as a map collected from the list has it).
    let built: Option<HashMap<&str, usize>> = kept.is_none().then(|| {
        m.sessions
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect()
    });
    let last = |id: &str| match (kept, &built) {
        (Some(c), _) => c.last_session(id),
        (None, Some(b)) => b.get(id).copied(),
        (None, None) => None,
    };
    for (n, p) in problems.iter().enumerate() {
        let Some(path) = p.path.as_deref() else {
            continue;
        };
        let Some(i) = index_in(path, "sessions") else {
            continue;
        };
        if let Some(v) = out.get_mut(i) {
            v.push(n);
        }
        // A clash concerns the other session too.
        for id in p.ids_of(Kind::Session) {
            if let Some(j) = last(id)
                && j != i
                && let Some(v) = out.get_mut(j)
                && !v.contains(&n)
            {
                v.push(n);
            }
        }
    }
    out
}
