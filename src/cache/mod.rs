//! A validated cache of loaded and checked meetings: the speed of skipping
//! the YAML parse, without a shortcut that could change an answer.
//!
//! After a file has been read whole, parsed and checked, the meeting and its
//! problems are kept in the user's cache folder (`$PLENARY_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/plenary`, else `~/.cache/plenary`), together with the
//! file's exact text. An entry is used only when the file's text now is that
//! text byte for byte, for the same path and the same Plenary version; the
//! entry's name (a hash of those) only finds it. A corrupt, foreign-version
//! or unreadable entry is ignored and rewritten after a full load.
//!
//! The body is MessagePack (`rmp-serde`), through the very serde types the
//! YAML goes through: postcard and bincode are not self-describing, and the
//! domain's optional fields and "a string or a list" forms need a format
//! that is (README, "Crates we use and why").

mod entry;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::check::check_document;
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
}

/// Loads and checks `path` whole, or takes the same answer from `cache`
/// when the file is byte for byte the one that answer came from.
pub fn load(path: &Path, today: NaiveDate, cache: Option<&Cache>, want: Want) -> Loaded {
    let src = match source::read(path) {
        Ok(s) => s,
        Err(_) => return full(path, today, None, want),
    };
    let Some(cache) = cache else {
        return full(path, today, Some(src), want);
    };
    let key = entry::key(path, &src);
    let file = cache.file_for(key);
    let src = match entry::read(&file, path, src, today, want) {
        Ok(hit) => return hit,
        Err(src) => src,
    };
    let text = src.text.clone();
    let loaded = full(path, today, Some(src), Want::Problems);
    // A full answer is worth keeping; failing to keep it only costs the next run time.
    let _ = entry::write(&file, path, &text, today, &loaded);
    loaded
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
                Want::MeetingOnly => Vec::new(),
            };
            Loaded::Meeting(Box::new(doc), problems)
        }
        Err((p, Some(text))) if load::is_roster_text(path, &text) => {
            drop(p);
            Loaded::RosterFile
        }
        Err((p, Some(text))) => Loaded::Failed(load::problems_in(path, &text, p)),
        Err((p, None)) => Loaded::Failed(vec![p]),
    }
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
        let src = source::read(&f).expect("reads");
        let entry = cache.file_for(entry::key(&f, &src));
        let Ok(Loaded::Meeting(again, kept)) = entry::read(&entry, &f, src, today, Want::Problems)
        else {
            panic!("the entry is used");
        };
        assert_eq!(again.meeting, first.meeting);
        assert_eq!(again.meeting, m);
        assert_eq!(kept, problems);
        assert_eq!(again.text, first.text);
        assert_eq!(again.fingerprint, first.fingerprint);
    }
}
