//! A validated cache of loaded and checked meetings: the speed of skipping
//! the YAML parse, without a shortcut that could change an answer.
//!
//! After a file has been read whole, parsed and checked, the meeting and its
//! problems are kept in the user's cache folder (`$PLENARY_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/plenary`, else `~/.cache/plenary`), keyed by the file's
//! length and BLAKE3 hash. An entry is used only when the file's bytes now
//! have that length and hash (a cryptographic hash: the same bytes), for the
//! same path and the same build of Plenary; the entry's name (a hash of path
//! and build) only finds it, so each file has one entry, replaced when the
//! file changes. The file is read whole either way: the hash is of all of it. A corrupt,
//! foreign-version or unreadable entry is ignored and rewritten after a
//! full load. The TUI also keeps its people index there ([`load_indexed`]).
//!
//! The body is postcard, through the very serde types the YAML goes
//! through, in their compact form ([`crate::domain::wire`]): `cargo bench
//! --bench cache_format` measured it against MessagePack and bincode
//! (README, "Crates we use and why").

mod entry;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::check::{check_document, check_meeting_consuming};
use crate::load::{self, Document, source};
use crate::problem::Problem;

/// Where entries are kept; `None` anywhere in this module means "no cache".
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The user's cache folder, from the environment; `None` when there is
    /// no home to keep it in.
    pub fn from_env() -> Option<Cache> {
        let var = |k| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let dir = var("PLENARY_CACHE_DIR")
            .or_else(|| var("XDG_CACHE_HOME").map(|d| d.join("plenary")))
            .or_else(|| var("HOME").map(|h| h.join(".cache").join("plenary")))?;
        Some(Cache { dir })
    }

    pub fn at(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    fn file_for(&self, key: u64) -> PathBuf {
        self.dir.join(format!("{key:016x}.bin"))
    }
}

/// What loading one file gave.
pub enum Loaded {
    /// The meeting and its problems on `today`, each with its file and line.
    Meeting(Box<Document>, Vec<Problem>),
    /// It could not be loaded: every problem that stops it, as `plenary check` says them.
    Failed(Vec<Problem>),
    /// A participant list, reached through its meeting: nothing to say about it alone.
    RosterFile,
}

/// Whether the caller wants the meeting's problems, or only the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    Problems,
    /// The problems of a meeting that loads are not wanted: they may be
    /// empty or read against another day (a failed load still says why).
    MeetingOnly,
    /// [`Want::MeetingOnly`], and the file's text is not wanted either
    /// (`plenary followups`): when an entry answers, the file is hashed
    /// whole as it streams through a small buffer rather than held, and
    /// the document handed back has no text. Without an entry for those
    /// bytes, the file is read again whole and loaded as always.
    MeetingNoText,
    /// Only the problems (`plenary check`): the file's text is let go while
    /// the rules run and the meeting (once encoded for the cache entry)
    /// before lines are found (the text read again, and used only if it is
    /// the same bytes), so a large file is never held as text, meeting and
    /// problems at once. An entry that answers is hashed against the file
    /// as it streams, and only its problems are decoded. The meeting handed
    /// back is empty and has no text.
    ProblemsOnly,
}

/// Loads and checks `path` whole, or takes the same answer from `cache`
/// when the file's bytes are the ones that answer came from.
pub fn load(path: &Path, today: NaiveDate, cache: Option<&Cache>, want: Want) -> Loaded {
    load_with(path, today, cache, want, &mut |_| None, None).0
}

/// [`load`] for the TUI, which also wants an index built from the meeting
/// (search keys, duplicate groups, facets): it is kept in the entry beside
/// the meeting, so a warm load decodes it rather than building it again.
/// `build` makes it when the entry has none (a cold load, or an entry that
/// `plenary check` wrote). `None` without a cache, or when the file is not a
/// meeting the cache keeps; the caller then builds it itself.
pub fn load_indexed<S: Serialize + DeserializeOwned + Send>(
    path: &Path,
    today: NaiveDate,
    cache: Option<&Cache>,
    build: impl Fn(&Document) -> S,
) -> (Loaded, Option<S>) {
    let Some(cache) = cache else {
        return (load(path, today, None, Want::Problems), None);
    };
    let mut built = None;
    // Decoded beside the meeting, when the entry has it.
    let kept = std::sync::Mutex::new(None);
    let search = |found: &entry::Found| {
        if let Ok(mut k) = kept.lock() {
            *k = entry::search::<S>(found);
        }
    };
    let (loaded, found) = load_with(
        path,
        today,
        Some(cache),
        Want::Problems,
        &mut |doc| {
            let index = build(doc);
            let bytes = entry::encode(&index).ok();
            built = Some(index);
            bytes
        },
        Some(&search),
    );
    let Some(found) = found else {
        return (loaded, built);
    };
    if let Some(index) = kept.into_inner().ok().flatten() {
        return (loaded, Some(index));
    }
    let Loaded::Meeting(doc, _) = &loaded else {
        return (loaded, None);
    };
    let index = build(doc);
    if let Ok(bytes) = entry::encode(&index) {
        let _ = entry::with_search(&cache.file_for(entry::key(path)), &found, &bytes);
    }
    (loaded, Some(index))
}

/// [`load`], also giving back the entry it used, when it used one, to read
/// more from; `index` encodes what is kept beside a meeting loaded in full;
/// `also` reads more of a used entry while its meeting is decoded.
fn load_with(
    path: &Path,
    today: NaiveDate,
    cache: Option<&Cache>,
    want: Want,
    index: &mut dyn FnMut(&Document) -> Option<Vec<u8>>,
    also: Option<&entry::Also>,
) -> (Loaded, Option<entry::Found>) {
    let Some(cache) = cache else {
        let src = source::read_bytes(path)
            .ok()
            .and_then(|b| source::from_bytes(b).ok());
        return (full(path, today, src, want), None);
    };
    let file = cache.file_for(entry::key(path));
    // The file and its entry are read (and each hashed whole) side by side;
    // a caller that wants no text has the file hashed, not kept.
    let (read, kept) = std::thread::scope(|s| {
        let kept = s.spawn(|| entry::read(&file, path));
        let read = match want {
            // `plenary check` keeps no text when an entry answers either.
            Want::MeetingNoText | Want::ProblemsOnly => {
                source::fingerprint_streamed(path).map(|f| (None, f))
            }
            _ => source::read_bytes(path).map(|b| {
                let fingerprint = source::Fingerprint::of(&b);
                (Some(b), fingerprint)
            }),
        };
        (
            read,
            kept.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
        )
    });
    let Ok((bytes, fingerprint)) = read else {
        return (full(path, today, None, want), None);
    };
    let Some(found) = kept.filter(|f| f.is_for(fingerprint)) else {
        // No answer for these bytes: the file read whole (again, when it was
        // only hashed), and its own fingerprint goes in the new entry.
        return match bytes.map_or_else(|| source::read_bytes(path), Ok) {
            Ok(bytes) if want == Want::ProblemsOnly => {
                (miss_problems(path, today, bytes, &file), None)
            }
            Ok(bytes) => (miss(path, today, bytes, &file, index), None),
            Err(_) => (full(path, today, None, want), None),
        };
    };
    // The bytes are the entry's: the ones a full load accepted.
    let src = match bytes {
        Some(bytes) => source::with_fingerprint(bytes, fingerprint),
        None => Some(source::Source {
            text: String::new(),
            fingerprint,
        }),
    };
    let answer = src.and_then(|src| entry::answer(&found, path, src, today, want, also));
    match answer {
        Some(loaded) => (loaded, Some(found)),
        // Whole but not readable by this build (which wrote it): read the file again.
        None => match source::read_bytes(path) {
            Ok(bytes) if want == Want::ProblemsOnly => {
                (miss_problems(path, today, bytes, &file), None)
            }
            Ok(bytes) => (miss(path, today, bytes, &file, index), None),
            Err(_) => (full(path, today, None, want), None),
        },
    }
}

/// The full load of `bytes` (the file as read), kept in the entry `file`
/// with what `index` makes of a meeting.
fn miss(
    path: &Path,
    today: NaiveDate,
    bytes: Vec<u8>,
    file: &Path,
    index: &mut dyn FnMut(&Document) -> Option<Vec<u8>>,
) -> Loaded {
    let Ok(src) = source::from_bytes(bytes) else {
        return full(path, today, None, Want::Problems);
    };
    let fingerprint = src.fingerprint;
    let mut loaded = full(path, today, Some(src), Want::Problems);
    let search = match &loaded {
        Loaded::Meeting(doc, _) if doc.roster.is_none() => index(doc),
        _ => None,
    };
    // A full answer is worth keeping; failing to keep it only costs the next run time.
    let _ = entry::write(
        file,
        path,
        fingerprint,
        today,
        &mut loaded,
        search.as_deref(),
    );
    loaded
}

/// [`miss`] for `plenary check` ([`Want::ProblemsOnly`]): the same entry
/// is kept, but the text, the meeting and the problems are never all held
/// at once: the text is let go while the rules run, the meeting once it is
/// encoded for the entry (as the rules go), and the text read again to place the problems
/// (as [`problems_only`] does). Writing the entry after a full load held
/// all three: 7.7× the file's size at 10×.
fn miss_problems(path: &Path, today: NaiveDate, bytes: Vec<u8>, file: &Path) -> Loaded {
    let Ok(src) = source::from_bytes(bytes) else {
        return full(path, today, None, Want::ProblemsOnly);
    };
    let fingerprint = src.fingerprint;
    let mut doc = match load::load_source_or_text(path, src) {
        Ok(doc) if doc.roster.is_none() => doc,
        // Not kept: it also depends on its participant-list file.
        Ok(doc) => return problems_only(path, today, doc),
        Err((p, text)) => {
            let mut loaded = not_loaded(path, p, Some(text));
            let _ = entry::write(file, path, fingerprint, today, &mut loaded, None);
            return loaded;
        }
    };
    doc.text = String::new();
    let has_comments = doc.has_comments;
    // Written before the rules run, which let the meeting go as they go.
    let entry = entry::Writer::meeting(
        file,
        path,
        fingerprint,
        today,
        has_comments,
        &mut doc.meeting,
    );
    let mut problems = check_meeting_consuming(std::mem::take(&mut doc.meeting), today);
    match source::read(path) {
        Ok(again) if again.fingerprint == fingerprint => doc.text = again.text,
        // Changed meanwhile: loaded and checked again whole, not kept.
        _ => return full(path, today, None, Want::Problems),
    }
    doc.locate(&mut problems);
    doc.text = String::new();
    // Failing to keep it only costs the next run time.
    let _ = entry.and_then(|w| w.problems(&problems));
    Loaded::Meeting(Box::new(doc), problems)
}

/// The full load and check, from the text when it was read already.
fn full(path: &Path, today: NaiveDate, src: Option<source::Source>, want: Want) -> Loaded {
    let result = match src {
        Some(s) => load::load_source_or_text(path, s).map_err(|(p, text)| (p, Some(text))),
        None => load::load(path).map_err(|p| (p, None)),
    };
    match result {
        Ok(doc) => {
            let problems = match want {
                Want::Problems => check_document(&doc, today),
                Want::MeetingOnly | Want::MeetingNoText => Vec::new(),
                Want::ProblemsOnly => return problems_only(path, today, doc),
            };
            Loaded::Meeting(Box::new(doc), problems)
        }
        Err((p, text)) => not_loaded(path, p, text),
    }
}

/// What a file that does not load as a meeting is: a participant list, or
/// a file with every problem that stops it (from its `text` when read).
fn not_loaded(path: &Path, first: Problem, text: Option<String>) -> Loaded {
    match text {
        Some(text) if load::is_roster_text(path, &text) => Loaded::RosterFile,
        Some(text) => Loaded::Failed(load::problems_in(path, &text, first)),
        None => Loaded::Failed(vec![first]),
    }
}

/// [`check_document`] holding at each moment only what it needs (see
/// [`Want::ProblemsOnly`]): the rules read the meeting, finding lines reads
/// the text. A file changed on disk meanwhile is loaded and checked again
/// whole, as if the command had started after the change.
fn problems_only(path: &Path, today: NaiveDate, mut doc: Document) -> Loaded {
    let fingerprint = doc.fingerprint;
    doc.text = String::new();
    // The meeting is let go as the rules finish with it (the follow-ups last).
    let mut problems = check_meeting_consuming(std::mem::take(&mut doc.meeting), today);
    match source::read(path) {
        Ok(again) if again.fingerprint == fingerprint => doc.text = again.text,
        _ => return full(path, today, None, Want::Problems),
    }
    doc.locate(&mut problems);
    doc.text = String::new();
    Loaded::Meeting(Box::new(doc), problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_answer_is_read_back_whole() {
        let dir = tempfile::tempdir().expect("tempdir");
        let cache = Cache::at(dir.path().join("cache"));
        let f = dir.path().join("m.yaml");
        let m = crate::generate::meeting(60, 8, 30);
        let text = crate::save::canonical::meeting_yaml(&m).expect("serializes");
        std::fs::write(&f, text).expect("write");
        let today = NaiveDate::from_ymd_opt(2024, 10, 10).expect("date");
        let Loaded::Meeting(first, problems) = load(&f, today, Some(&cache), Want::Problems) else {
            panic!("loads");
        };
        let (Loaded::Meeting(again, kept), Some(_)) =
            load_with(&f, today, Some(&cache), Want::Problems, &mut |_| None, None)
        else {
            panic!("the entry is used");
        };
        assert_eq!(again.meeting, first.meeting);
        assert_eq!(again.meeting, m);
        assert_eq!(kept, problems);
        assert_eq!(again.text, first.text);
        assert_eq!(again.fingerprint, first.fingerprint);
    }

    #[test]
    fn only_the_problems_are_the_same_problems() {
        let dir = tempfile::tempdir().expect("tempdir");
        let f = dir.path().join("m.yaml");
        let m = crate::generate::meeting(60, 8, 30);
        let text = crate::save::canonical::meeting_yaml(&m).expect("serializes");
        std::fs::write(&f, text).expect("write");
        let today = NaiveDate::from_ymd_opt(2026, 10, 10).expect("date");
        let Loaded::Meeting(_, whole) = load(&f, today, None, Want::Problems) else {
            panic!("loads");
        };
        let Loaded::Meeting(_, only) = load(&f, today, None, Want::ProblemsOnly) else {
            panic!("loads");
        };
        assert!(whole.iter().any(|p| p.line.is_some()), "{whole:?}");
        assert_eq!(only, whole);
    }
}
