//! Calendar `SEQUENCE` numbers: a calendar app replaces an event it already
//! has only when the new copy's SEQUENCE is higher. So each export remembers,
//! per event UID, a fingerprint of what it said and the number it gave; a
//! changed event gets the next number, an unchanged one keeps its own.
//!
//! The memory lives in the user's cache folder, one small JSON file per
//! agenda (named by the agenda's path), never beside the agenda in git.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub fingerprint: String,
    pub sequence: u32,
}

/// What the last exports of one agenda said, by event UID.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SequenceState {
    pub events: BTreeMap<String, Seen>,
}

impl SequenceState {
    /// The SEQUENCE for `uid` now that it says `fingerprint`: unchanged → the
    /// same number; changed → one more; new → 0.
    pub fn sequence(&mut self, uid: &str, fingerprint: &str) -> u32 {
        let seen = self.events.entry(uid.to_string()).or_insert_with(|| Seen {
            fingerprint: fingerprint.to_string(),
            sequence: 0,
        });
        if seen.fingerprint != fingerprint {
            seen.fingerprint = fingerprint.to_string();
            seen.sequence += 1;
        }
        seen.sequence
    }

    /// Reads the state; a missing or unreadable file is a fresh start
    /// (the worst outcome is one SEQUENCE that does not grow).
    pub fn load(path: &Path) -> SequenceState {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        std::fs::write(path, text)
    }
}

/// The cache folder: `$PLENARY_CACHE_DIR`, else `$XDG_CACHE_HOME/plenary`,
/// else `~/.cache/plenary`; `None` when none can be told.
pub fn cache_dir() -> Option<PathBuf> {
    let var = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    var("PLENARY_CACHE_DIR")
        .or_else(|| var("XDG_CACHE_HOME").map(|p| p.join("plenary")))
        .or_else(|| var("HOME").map(|p| p.join(".cache").join("plenary")))
}

/// Where the SEQUENCE memory of the agenda at `agenda` lives.
pub fn state_path(cache: &Path, agenda: &Path) -> PathBuf {
    let full = std::fs::canonicalize(agenda).unwrap_or_else(|_| agenda.to_path_buf());
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in full.to_string_lossy().bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    let stem = agenda
        .file_stem()
        .map(|s| super::ids::slugify(&s.to_string_lossy(), '-'))
        .unwrap_or_default();
    cache
        .join("ics-sequence")
        .join(format!("{stem}-{h:016x}.json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequence_grows_only_when_the_event_changed() {
        let mut s = SequenceState::default();
        assert_eq!(s.sequence("a", "x"), 0);
        assert_eq!(s.sequence("a", "x"), 0);
        assert_eq!(s.sequence("a", "y"), 1);
        assert_eq!(s.sequence("a", "y"), 1);
        assert_eq!(s.sequence("b", "y"), 0);
    }
}
