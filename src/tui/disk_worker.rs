//! The disk worker: one thread that reads, parses and checks files that
//! changed on disk, so a reload of a large agenda never holds up a key,
//! and writes saves (`Ctrl-s`, and "keep mine" over a changed file, which
//! reads and parses theirs first), and replaces a meeting's document
//! ("keep both", a merge, dropping the edits: [`replace`]).
//! What to do with an answer (replace the meeting, ask about unsaved
//! edits, merge) is decided on the UI thread by
//! [`disk_watch`](super::app::editing::disk_watch), which also throws away
//! an answer overtaken by a newer one.

pub mod replace;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Sender};
use std::thread;

use chrono::NaiveDate;

use crate::cache::{self, Cache, Loaded};
use crate::domain::Meeting;
use crate::edit::SavePoint;
use crate::load::{Document, Fingerprint};
use crate::problem::Problem;
use crate::save::{SaveError, SaveReport};
use crate::tui::library::{Entry, MeetingId, PeopleIndex};
use crate::watch::Stamp;

/// News from the watch or the worker, as an action.
#[derive(Debug)]
pub enum DiskNews {
    Watch(crate::watch::News),
    Worker(Report),
}

/// Why a look at the disk was asked for: it decides what is said after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// The watch (or the stamp poll) saw a change.
    Disk,
    /// Back from `$EDITOR` (`Err`: how the editor ended).
    Editor(Result<(), String>),
    /// "Reload theirs and lose my edits".
    Asked,
}

/// A write's meeting's problems as shown when it was copied, given files
/// but no lines (`None`: not known then, a whole check was under way):
/// once the text is written, their lines are found in it here, off the
/// thread that answers keys (at 10× that took longer than a frame).
pub type Unplaced = Option<Vec<Problem>>;

/// Work for the worker.
#[derive(Debug, Clone)]
pub enum Job {
    /// Compare a meeting's files with what is loaded (`files`: path and
    /// the fingerprint loaded or saved); when they differ and `reload`,
    /// load and check the meeting again. `force` loads even when equal.
    Look {
        entry: MeetingId,
        generation: u64,
        files: Vec<(PathBuf, Fingerprint)>,
        reload: bool,
        force: bool,
        why: Why,
    },
    /// A meeting file that appeared in the folder, or one that did not
    /// load and was written since: open it.
    Open { path: PathBuf },
    /// "Keep mine": write this copy of the meeting over the files on disk
    /// (theirs kept beside), taken at `at` in its history.
    Overwrite {
        entry: MeetingId,
        doc: Box<Document>,
        at: SavePoint,
        problems: Unplaced,
    },
    /// A plain save (`Ctrl-s`, `:w`; `how`: [`Wrote::Recreate`] writes a
    /// file deleted on disk again first): this copy of the document
    /// written through the one save routine against `base` (the meeting
    /// its text holds), taken at `at` in its history. One job at a time:
    /// jobs run in order, so a look queued after it sees the file it wrote.
    Save {
        entry: MeetingId,
        doc: Box<Document>,
        base: Box<Meeting>,
        at: SavePoint,
        how: Wrote,
        problems: Unplaced,
    },
    /// Replaces meeting `entry`'s document ("keep both", a merge, dropping
    /// the edits: [`replace`]); `generation`: its editor's
    /// [`crate::edit::Editor::generation`] when asked.
    Replace {
        entry: MeetingId,
        generation: u64,
        what: Box<replace::Replace>,
    },
    /// Holds the worker until the other side waits on the barrier too: a
    /// slow disk, for the tests that show keys answered while it writes.
    #[doc(hidden)]
    Hold(std::sync::Arc<std::sync::Barrier>),
}

impl Job {
    pub fn entry(&self) -> MeetingId {
        match self {
            Job::Look { entry, .. }
            | Job::Overwrite { entry, .. }
            | Job::Save { entry, .. }
            | Job::Replace { entry, .. } => *entry,
            Job::Open { .. } | Job::Hold(_) => MeetingId(u32::MAX),
        }
    }
}

/// What the worker found.
#[derive(Debug)]
pub enum Found {
    /// Byte for byte what is loaded (a touch, or our own save).
    Same,
    /// A file is gone (deleted, moved, or no longer a regular file).
    Deleted,
    /// Changed; not loaded, since the meeting had unsaved edits.
    Changed,
    /// Changed and loaded again: the new entry, checked and derived.
    Reloaded(Box<Entry>),
    /// Changed, and does not load now: every error that stops it, as
    /// `plenary check` gives them (file, line, fix).
    DoesNotLoad(Vec<Problem>),
    /// A file to open: its meeting, or every problem that stops it
    /// (none: it is a participant list, read through its meeting).
    Opened(PathBuf, Result<Box<Entry>, Vec<Problem>>),
    /// A [`Job::Save`] or [`Job::Overwrite`] was carried out, or why not.
    Written(Box<Written>),
    /// A [`Job::Replace`] was carried out, or why not.
    Replaced(Box<replace::Outcome>),
}

/// Which write a [`Written`] answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrote {
    Save,
    /// "Recreate" a file deleted on disk.
    Recreate,
    Overwrite,
}

/// A write: the document as written (its meeting what the file holds now,
/// its texts and fingerprints the files') and where in the history it was
/// taken; or why it was not written (nothing changed here).
#[derive(Debug)]
pub struct Written {
    pub what: Wrote,
    pub doc: Document,
    pub at: SavePoint,
    /// The save's report and theirs kept (`NAME.yaml.theirs`; none for a
    /// plain save), or why
    /// not (said on the UI thread, in its language); outside, what a
    /// panic in the save said.
    pub result: Result<Result<(SaveReport, Vec<PathBuf>), SaveError>, String>,
    /// The job's problems placed in the text written, lines and all
    /// (`None`: none were given, or the write failed).
    pub placed: Option<Vec<Problem>>,
}

/// The worker's answer to one [`Job`].
#[derive(Debug)]
pub struct Done {
    pub entry: MeetingId,
    pub generation: u64,
    /// The fingerprints the job compared with: if the meeting has been
    /// saved or reloaded since, the answer is about a state long gone.
    pub compared: Vec<(PathBuf, Fingerprint)>,
    /// Each file's stamp, taken just before it was read, with what it held;
    /// for a write that went through, each file it wrote, read at once
    /// after writing (see [`after_writing`]).
    pub stamps: Stamps,
    pub found: Found,
    pub why: Why,
}

/// Files, each with its stamp and what it held (`None`: not there).
pub type Stamps = Vec<(PathBuf, Option<(Stamp, Fingerprint)>)>;

/// What the worker tells the UI thread.
#[derive(Debug)]
pub enum Report {
    /// A file changed and is being loaded: the quiet "reloading…" mark.
    Loading(MeetingId, u64),
    Done(Box<Done>),
}

/// Starts the worker thread; jobs go in through the returned sender, and
/// reports come out through `send` until it says nobody listens.
pub fn spawn(
    today: NaiveDate,
    cache: Option<Cache>,
    send: impl Fn(Report) -> bool + Send + 'static,
) -> Option<Sender<Job>> {
    let (tx, rx) = mpsc::channel::<Job>();
    thread::Builder::new()
        .name("plenary disk worker".into())
        .spawn(move || {
            for job in rx {
                let done = run(job, today, cache.as_ref(), &mut |e, g| {
                    send(Report::Loading(e, g));
                });
                if !send(Report::Done(Box::new(done))) {
                    break;
                }
            }
        })
        .ok()?;
    Some(tx)
}

/// Does one job on this thread; `loading` is told when a load starts.
pub fn run(
    job: Job,
    today: NaiveDate,
    cache: Option<&Cache>,
    loading: &mut dyn FnMut(MeetingId, u64),
) -> Done {
    match job {
        Job::Look {
            entry,
            generation,
            files,
            reload,
            force,
            why,
        } => {
            let (stamps, found) = look(&files, (reload, force), today, cache, || {
                loading(entry, generation);
            });
            Done {
                entry,
                generation,
                compared: files,
                stamps,
                found,
                why,
            }
        }
        Job::Overwrite {
            entry,
            doc,
            at,
            problems,
        } => overwrite(entry, *doc, at, problems),
        Job::Save {
            entry,
            doc,
            base,
            at,
            how,
            problems,
        } => save(entry, (*doc, *base), at, how, problems),
        Job::Replace {
            entry,
            generation,
            what,
        } => {
            let outcome = replace::run(*what, today);
            Done {
                entry,
                generation,
                compared: Vec::new(),
                stamps: Vec::new(),
                found: Found::Replaced(Box::new(outcome)),
                why: Why::Asked,
            }
        }
        Job::Hold(gate) => hold(&gate),
        Job::Open { path } => {
            loading(MeetingId(u32::MAX), 0);
            let found = open(&path, today, cache);
            Done {
                entry: MeetingId(u32::MAX),
                generation: 0,
                compared: Vec::new(),
                stamps: Vec::new(),
                found: Found::Opened(path, found),
                why: Why::Disk,
            }
        }
    }
}

/// [`Job::Look`]: the files' stamps now, and what they say (`loading` is
/// called before the meeting is loaded again).
fn look(
    files: &[(PathBuf, Fingerprint)],
    (reload, force): (bool, bool),
    today: NaiveDate,
    cache: Option<&Cache>,
    loading: impl FnOnce(),
) -> (Stamps, Found) {
    let stamps: Vec<_> = files.iter().map(|(p, _)| (p.clone(), read(p))).collect();
    let gone = stamps.iter().any(|(_, s)| s.is_none());
    let same = files
        .iter()
        .zip(&stamps)
        .all(|((_, fp), (_, s))| s.is_some_and(|(_, now)| now == *fp));
    let found = if gone && !force {
        Found::Deleted
    } else if same && !force {
        Found::Same
    } else if !reload {
        Found::Changed
    } else {
        loading();
        load(&files[0].0, today, cache)
    };
    (stamps, found)
}

/// [`Job::Hold`]: waits for the other side, then answers nothing.
fn hold(gate: &std::sync::Barrier) -> Done {
    gate.wait();
    Done {
        entry: MeetingId(u32::MAX),
        generation: 0,
        compared: Vec::new(),
        stamps: Vec::new(),
        found: Found::Same,
        why: Why::Disk,
    }
}

/// "Keep mine": `doc` written over the files on disk, theirs kept beside.
fn overwrite(entry: MeetingId, mut doc: Document, at: SavePoint, problems: Unplaced) -> Done {
    let result = guarded(|| crate::save::overwrite::overwrite(&mut doc));
    written(entry, (Wrote::Overwrite, doc, at), result, problems)
}

/// A plain save: `doc` written through the one save routine against
/// `base` (recreated first if `how` says so); its meeting becomes what the
/// file now holds (the base the next save compares with).
fn save(
    entry: MeetingId,
    (mut doc, mut base): (Document, Meeting),
    at: SavePoint,
    how: Wrote,
    problems: Unplaced,
) -> Done {
    let result = guarded(|| {
        let saved = if how == Wrote::Recreate {
            crate::save::recreate(&mut doc, &mut base)
        } else {
            crate::save::save_from(&mut doc, &mut base)
        };
        saved.map(|r| (r, Vec::new()))
    });
    if matches!(result, Ok(Ok(_))) {
        doc.meeting = base;
    }
    written(entry, (how, doc, at), result, problems)
}

/// The answer to a write (`job`: which, the document after it, where in
/// the history it was taken): the files stamped as written and the
/// problems placed in the text written, when it went through.
fn written(
    entry: MeetingId,
    (what, doc, at): (Wrote, Document, SavePoint),
    result: Result<Result<(SaveReport, Vec<PathBuf>), SaveError>, String>,
    problems: Unplaced,
) -> Done {
    let ok = matches!(result, Ok(Ok(_)));
    let stamps = if ok { after_writing(&doc) } else { Vec::new() };
    let placed = problems.filter(|_| ok).and_then(|mut p| {
        guarded(|| doc.locate(&mut p)).ok()?;
        Some(p)
    });
    let w = Written {
        what,
        doc,
        at,
        result,
        placed,
    };
    Done {
        entry,
        generation: 0,
        compared: Vec::new(),
        stamps,
        found: Found::Written(Box::new(w)),
        why: Why::Asked,
    }
}

/// The files `doc` was written to, stamped and read here right after the
/// write: the UI thread takes the answer later (a key, a frame, a dialog
/// first), and a stamp taken there would call ours a change someone made
/// meanwhile. Read back, what a file holds tells whether the stamp is of
/// our bytes (stamp first: a write after it moves the next stamp).
fn after_writing(doc: &Document) -> Stamps {
    std::iter::once(&doc.path)
        .chain(doc.roster.as_ref().map(|r| &r.path))
        .map(|p| (p.clone(), read(p)))
        .collect()
}

/// Opens a file as the loader does.
fn open(path: &Path, today: NaiveDate, cache: Option<&Cache>) -> Result<Box<Entry>, Vec<Problem>> {
    let loaded = guarded(|| loaded(path, today, cache).map_err(Option::unwrap_or_default));
    loaded.unwrap_or_else(|why| Err(vec![about(path, why)]))
}

/// The file's stamp and fingerprint, stamp first: a write after the stamp
/// makes the next stamp differ, so no change goes unseen.
fn read(path: &Path) -> Option<(Stamp, Fingerprint)> {
    let stamp = Stamp::of(path)?;
    let bytes = std::fs::read(path).ok()?;
    Some((stamp, Fingerprint::of(&bytes)))
}

/// Loads and checks a meeting as the loader does (through the cache of
/// loaded meetings, so the answers are `plenary check`'s).
fn load(path: &Path, today: NaiveDate, cache: Option<&Cache>) -> Found {
    let done = guarded(|| {
        loaded(path, today, cache).map_err(|why| match why {
            Some(p) if !p.is_empty() => p,
            _ => vec![about(path, crate::tr!("tui-disk-now-a-roster"))],
        })
    });
    match done.unwrap_or_else(|bug| Err(vec![about(path, bug)])) {
        Ok(e) => Found::Reloaded(e),
        Err(why) => Found::DoesNotLoad(why),
    }
}

/// An error about the whole file `path` (no line): `why`.
pub(super) fn about(path: &Path, why: String) -> Problem {
    let mut p = Problem::error("", why);
    p.file = path.to_path_buf();
    p
}

/// A file through the cache of loaded meetings, as the loader reads it
/// (its people index with it): the entry, or why not (`None`: a
/// participant list).
fn loaded(
    path: &Path,
    today: NaiveDate,
    cache: Option<&Cache>,
) -> Result<Box<Entry>, Option<Vec<Problem>>> {
    match cache::load_indexed(path, today, cache, PeopleIndex::build) {
        (Loaded::Meeting(doc, problems), Some(index)) => Ok(Box::new(
            Entry::indexed(*doc, problems, index).warmed(today),
        )),
        (Loaded::Meeting(doc, problems), None) => {
            Ok(Box::new(Entry::checked(*doc, problems).warmed(today)))
        }
        (Loaded::RosterFile, _) => Err(None),
        (Loaded::Failed(p), _) => Err(Some(p)),
    }
}

/// `f`'s answer, or what a panic in it said: one file Plenary fails on
/// must not stop the worker for every other file.
pub(super) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        crate::tr!("tui-disk-bug", what = what)
    })
}
