//! Edits kept when nobody is there to answer (a SIGTERM, a SIGHUP): the
//! meeting goes to `NAME.yaml.unsaved` beside its file, numbered so a second
//! signal never overwrites the first copy (`NAME.yaml.unsaved.2`, ...). When
//! the folder cannot take it (full disk, read-only), it goes to
//! `$XDG_STATE_HOME/plenary/` and the message names the path. Opening a file
//! that has such a copy says so.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use super::backup;

const SUFFIX: &str = ".unsaved";

/// Where copies go when the agenda's own folder cannot take them.
pub fn state_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(base.join("plenary"))
}

/// The copy's name in the state folder: the file name and a hash of its
/// full path, so two `agenda.yaml` in different folders do not meet.
fn state_name(doc_path: &Path) -> Option<PathBuf> {
    let full = std::path::absolute(doc_path).unwrap_or_else(|_| doc_path.to_path_buf());
    let mut h = std::collections::hash_map::DefaultHasher::new();
    full.hash(&mut h);
    let name = doc_path.file_name()?.to_string_lossy().into_owned();
    Some(state_dir()?.join(format!("{:08x}-{name}", h.finish() as u32)))
}

/// Writes `text` as a new numbered copy beside `doc_path`, else in the state folder.
pub fn keep(doc_path: &Path, text: &str) -> Result<PathBuf, String> {
    keep_in(doc_path, text, state_name(doc_path))
}

fn keep_in(doc_path: &Path, text: &str, fallback: Option<PathBuf>) -> Result<PathBuf, String> {
    let beside = backup::keep(doc_path, SUFFIX, text.as_bytes());
    let first_err = match beside {
        Ok(p) => return Ok(p),
        Err(e) => e.to_string(),
    };
    let Some(fallback) = fallback else {
        return Err(format!(
            "{first_err}; and no $XDG_STATE_HOME or $HOME to fall back on"
        ));
    };
    if let Some(dir) = fallback.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{first_err}; and {}: {e}", dir.display()))?;
    }
    backup::keep(&fallback, SUFFIX, text.as_bytes()).map_err(|e| format!("{first_err}; and {e}"))
}

/// Copies of unsaved edits that exist for `doc_path`, beside it or in the state folder.
pub fn existing(doc_path: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let places = std::iter::once(doc_path.to_path_buf()).chain(state_name(doc_path));
    for base in places {
        for n in 1..1000 {
            let mut s = base.as_os_str().to_owned();
            s.push(SUFFIX);
            if n > 1 {
                s.push(format!(".{n}"));
            }
            let p = PathBuf::from(s);
            if !p.exists() {
                break;
            }
            found.push(p);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_copy_never_overwrites_the_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let doc = dir.path().join("m.yaml");
        let a = keep(&doc, "title: first\n").expect("first");
        let b = keep(&doc, "title: second\n").expect("second");
        assert_ne!(a, b);
        assert_eq!(std::fs::read_to_string(&a).expect("a"), "title: first\n");
        assert_eq!(existing(&doc), vec![a, b]);
    }

    #[test]
    fn a_folder_that_cannot_take_it_sends_it_to_the_state_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let doc = dir.path().join("gone").join("m.yaml");
        let state = dir.path().join("state").join("m.yaml");
        let p = keep_in(&doc, "title: x\n", Some(state.clone())).expect("kept");
        assert_eq!(p, dir.path().join("state").join("m.yaml.unsaved"));
    }
}
