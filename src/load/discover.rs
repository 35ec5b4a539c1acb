//! Finding the meeting files a command or the TUI was pointed at.

use std::fs;
use std::path::{Path, PathBuf};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum DiscoverError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error("{0}: cannot read: {1}")]
    Unreadable(PathBuf, String),
}

fn is_yaml(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

/// Files named directly are taken as they are; folders are searched for
/// `*.yaml` / `*.yml` one level deep (participant lists often sit in a
/// subfolder and are reached through their meeting). Sorted, for stable output.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, DiscoverError> {
    let mut out = Vec::new();
    for p in paths {
        let meta = fs::metadata(p).map_err(|_| DiscoverError::Missing(p.clone()))?;
        if meta.is_dir() {
            let rd =
                fs::read_dir(p).map_err(|e| DiscoverError::Unreadable(p.clone(), e.to_string()))?;
            let mut found: Vec<PathBuf> = rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|f| f.is_file() && is_yaml(f))
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}
