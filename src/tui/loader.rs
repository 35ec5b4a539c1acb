//! Loading in the background, so the first frame is drawn at once whatever
//! the size of the library: files are found, read, parsed and checked off
//! the UI thread, and each one arrives as an action with progress news.
//! A file whose loaded and checked form is in the cache (byte for byte the
//! same text, see [`crate::cache`]) is taken from there, as `plenary check` does.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::thread;

use chrono::NaiveDate;

use super::action::{Action, Load};
use super::event::Msg;
use super::library::{Entry, PeopleIndex};
use crate::cache::{self, Cache, Loaded};
use crate::check::Problem;
use crate::load::discover;

pub fn spawn(root: PathBuf, today: NaiveDate, cache: Option<Cache>, tx: Sender<Msg>) {
    thread::spawn(move || {
        run(&root, today, cache.as_ref(), |l| {
            tx.send(Msg::Action(Action::Load(l))).is_ok()
        })
    });
}

/// Loads `root` (a folder or one file), reporting through `send`; stops
/// early if `send` says nobody listens any more. Without a `cache`, every
/// file is read, parsed and checked in full.
pub fn run(
    root: &Path,
    today: NaiveDate,
    cache: Option<&Cache>,
    mut send: impl FnMut(Load) -> bool,
) {
    let files = match discover(&[root.to_path_buf()]) {
        Ok(f) => f,
        Err(e) => {
            send(Load::NoSource(e.said()));
            return;
        }
    };
    if !send(Load::Found(files.len())) {
        return;
    }
    for f in files {
        if !send(Load::Reading(f.clone())) {
            return;
        }
        // The same answers as a full load and `Entry::new`: `cache::load`
        // gives check_document's problems, the full list of a file's parse
        // errors, and tells a participant list apart.
        let news = catch_unwind(AssertUnwindSafe(|| {
            // The people index comes from the cache too, or is built once
            // and kept there (the same functions either way).
            match cache::load_indexed(&f, today, cache, PeopleIndex::build) {
                (Loaded::Meeting(doc, problems), Some(index)) => Load::Loaded(Box::new(
                    Entry::indexed(*doc, problems, index).warmed(today),
                )),
                (Loaded::Meeting(doc, problems), None) => {
                    Load::Loaded(Box::new(Entry::checked(*doc, problems).warmed(today)))
                }
                (Loaded::RosterFile, _) => Load::Skipped,
                (Loaded::Failed(p), _) => Load::Failed(p),
            }
        }))
        .unwrap_or_else(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let mut p = Problem::error("", crate::msg!("tui-disk-bug", what = what));
            p.file = f.clone();
            Load::Failed(vec![p])
        });
        if !send(news) {
            return;
        }
    }
    send(Load::Finished);
}

/// Loads the app's library on this thread, applying each piece of news as
/// the background loader would: for tests, benchmarks and tools. No cache:
/// every file is read in full.
pub fn load_into(app: &mut super::app::App) {
    load_into_with(app, None);
}

/// [`load_into`] through `cache`.
pub fn load_into_with(app: &mut super::app::App, cache: Option<&Cache>) {
    let (root, today) = (app.library.root.clone(), app.today);
    run(&root, today, cache, |l| {
        app.update(Action::Load(l));
        true
    });
}
