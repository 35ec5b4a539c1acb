//! Finding the meeting files a command or the TUI was pointed at.
//!
//! Folders come from `git pull` and e-mail too: a link inside one may lead
//! to `~/.git-credentials`, or to itself. A folder scan reads only files
//! that stay inside the folder after following links, and says which it
//! passed over and why, rather than skipping them silently.

use std::fs;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::tr;

#[derive(Debug, Error)]
pub enum DiscoverError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error(
        "{0}: a symbolic link that leads nowhere (a loop, or its target is gone); point it at a meeting file, or name the file itself"
    )]
    BrokenLink(PathBuf),
    #[error("{0}: cannot read: {1}")]
    Unreadable(PathBuf, String),
}

impl DiscoverError {
    /// The error in the interface language (its Display is the English).
    pub fn said(&self) -> String {
        match self {
            DiscoverError::Missing(p) => tr!("discover-missing", path = p.display().to_string()),
            DiscoverError::BrokenLink(p) => {
                tr!("discover-broken-link", path = p.display().to_string())
            }
            DiscoverError::Unreadable(p, why) => tr!(
                "discover-unreadable",
                path = p.display().to_string(),
                why = super::source::why_msg(why)
            ),
        }
    }
}

fn is_yaml(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

/// Why a file of a folder was passed over: one line, for stderr.
fn skipped(f: &Path, dir: &Path) -> Option<String> {
    let name = f.display().to_string();
    if f.is_file() {
        let inside = match (f.canonicalize(), dir.canonicalize()) {
            (Ok(file), Ok(dir)) => file.starts_with(dir),
            _ => false,
        };
        return (!inside).then(|| {
            tr!(
                "discover-outside",
                name = name.as_str(),
                dir = dir.display().to_string()
            )
        });
    }
    let link = fs::symlink_metadata(f).is_ok_and(|m| m.is_symlink());
    (link && fs::metadata(f).is_err()).then(|| tr!("discover-dangling", name = name.as_str()))
}

/// Files named directly are taken as they are; folders are searched for
/// `*.yaml` / `*.yml` one level deep (participant lists often sit in a
/// subfolder and are reached through their meeting). Sorted, for stable
/// output. Also the notes on files of a folder that were passed over.
pub fn discover_noting(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<String>), DiscoverError> {
    let mut out = Vec::new();
    let mut notes = Vec::new();
    for p in paths {
        let meta = fs::metadata(p).map_err(|_| {
            if fs::symlink_metadata(p).is_ok_and(|m| m.is_symlink()) {
                DiscoverError::BrokenLink(p.clone())
            } else {
                DiscoverError::Missing(p.clone())
            }
        })?;
        if meta.is_dir() {
            let rd =
                fs::read_dir(p).map_err(|e| DiscoverError::Unreadable(p.clone(), e.to_string()))?;
            let mut found: Vec<PathBuf> = rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|f| is_yaml(f))
                .collect();
            found.sort();
            for f in found {
                match skipped(&f, p) {
                    Some(note) => notes.push(note),
                    None if f.is_file() => out.push(f),
                    None => {}
                }
            }
        } else {
            out.push(p.clone());
        }
    }
    Ok((out, notes))
}

/// [`discover_noting`] without the notes.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, DiscoverError> {
    discover_noting(paths).map(|(files, _)| files)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_out_of_the_folder_and_loops_are_noted_not_read() {
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("creds.yaml");
        fs::write(&secret, "token: abc\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.yaml"), "title: A\n").unwrap();
        symlink(&secret, dir.path().join("b.yaml")).unwrap();
        symlink(dir.path().join("c.yaml"), dir.path().join("c.yaml")).unwrap();
        let (files, notes) = discover_noting(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(files, [dir.path().join("a.yaml")]);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes[0].contains("b.yaml: a link to a file outside"));
        assert!(notes[1].contains("c.yaml: a symbolic link that leads nowhere"));
        let direct = discover(&[dir.path().join("c.yaml")]).unwrap_err();
        assert!(direct.to_string().contains("leads nowhere"), "{direct}");
    }
}
