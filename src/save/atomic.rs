//! Writing a file so that a crash leaves the old file or the new one, never
//! half of either: temp file beside the target, fsync, rename, fsync the
//! folder. Before writing, the file on disk must still be the one we read.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::load::Fingerprint;

#[derive(Debug, Error)]
pub enum SaveError {
    #[error("{0} was changed on disk since it was loaded; not overwriting it")]
    ChangedOnDisk(PathBuf),
    #[error("{0} was deleted on disk since it was loaded; not recreating it without asking")]
    DeletedOnDisk(PathBuf),
    #[error("{0} exists already; choose another name")]
    Exists(PathBuf),
    #[error("cannot write {0}: {1}")]
    Io(PathBuf, io::Error),
    #[error("cannot serialize the meeting: {0}")]
    Serialize(String),
}

/// The moments of a save where a crash could strike; tests inject failures here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    TempWritten,
    Renamed,
}

/// Writes `bytes` to `path` atomically. With `expected`, refuses when the
/// file on disk no longer matches it. Returns the new fingerprint.
pub fn write(
    path: &Path,
    bytes: &[u8],
    expected: Option<Fingerprint>,
) -> Result<Fingerprint, SaveError> {
    write_with(path, bytes, expected, &mut |_| Ok(()))
}

/// [`write`], calling `at` after each step so a test can simulate a crash there.
pub fn write_with(
    path: &Path,
    bytes: &[u8],
    expected: Option<Fingerprint>,
    at: &mut dyn FnMut(Step) -> io::Result<()>,
) -> Result<Fingerprint, SaveError> {
    let io_err = |e| SaveError::Io(path.to_path_buf(), e);
    if let Some(fp) = expected {
        match fs::read(path) {
            Ok(now) if Fingerprint::of(&now) != fp => {
                return Err(SaveError::ChangedOnDisk(path.to_path_buf()));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(SaveError::DeletedOnDisk(path.to_path_buf()));
            }
            Err(e) => return Err(io_err(e)),
            Ok(_) => {}
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.plenary-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        // Keep the permissions of the file being replaced.
        if let Ok(meta) = fs::metadata(path) {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        at(Step::TempWritten)?;
        fs::rename(&tmp, path)?;
        at(Step::Renamed)?;
        // The rename itself is durable only once the folder is synced.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(io_err(e));
    }
    Ok(Fingerprint::of(bytes))
}
