//! Loading in the background, so the first frame is drawn at once whatever
//! the size of the library: files are found, read, parsed and checked off
//! the UI thread, and each one arrives as an action with progress news.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::thread;

use chrono::NaiveDate;

use super::action::{Action, Load};
use super::event::Msg;
use super::library::Entry;
use crate::check::Problem;
use crate::load::{self, discover};

pub fn spawn(root: PathBuf, today: NaiveDate, tx: Sender<Msg>) {
    thread::spawn(move || {
        run(&root, today, |l| {
            tx.send(Msg::Action(Action::Load(l))).is_ok()
        })
    });
}

/// Loads `root` (a folder or one file), reporting through `send`; stops
/// early if `send` says nobody listens any more.
pub fn run(root: &Path, today: NaiveDate, mut send: impl FnMut(Load) -> bool) {
    let files = match discover(&[root.to_path_buf()]) {
        Ok(f) => f,
        Err(e) => {
            send(Load::NoSource(e.to_string()));
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
        let news = catch_unwind(AssertUnwindSafe(|| match load::load(&f) {
            Ok(doc) => Load::Loaded(Box::new(Entry::new(doc, today))),
            Err(_) if load::is_roster_file(&f) => Load::Skipped,
            Err(p) => Load::Failed(load::load_problems(&f, p)),
        }))
        .unwrap_or_else(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let mut p = Problem::error(
                "",
                format!("plenary failed on this file (a bug, please report it): {what}"),
            );
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
/// the background loader would: for tests, benchmarks and tools.
pub fn load_into(app: &mut super::app::App) {
    let (root, today) = (app.library.root.clone(), app.today);
    run(&root, today, |l| {
        app.update(Action::Load(l));
        true
    });
}
