//! Writing a file so that a crash leaves the old file or the new one, never
//! half of either: temp file beside the target, fsync, rename, fsync the
//! folder. Before writing, the file on disk must still be the one we read,
//! checked under a lock ([`lock`](super::lock)) so two savers take turns.
//!
//! A symlinked agenda is followed: its target is written (atomically, in the
//! target's folder) and the link stays a link. A read-only file is refused.
//! Temp files left by a process that died mid-save are removed.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::{claim, lock};
use crate::i18n::{Arg, Lang, Msg};
use crate::load::Fingerprint;
use crate::msg;

#[derive(Debug, Error)]
pub enum SaveError {
    #[error("{0} was changed on disk since it was loaded; not overwriting it")]
    ChangedOnDisk(PathBuf),
    #[error("{0} was deleted on disk since it was loaded; not recreating it without asking")]
    DeletedOnDisk(PathBuf),
    #[error("{0} exists already; choose another name")]
    Exists(PathBuf),
    #[error("{} is read-only; save it under another name, or make it writable", .0.display())]
    ReadOnly(PathBuf),
    #[error("cannot write {0}: {1}")]
    Io(PathBuf, io::Error),
    #[error("cannot serialize the meeting: {0}")]
    Serialize(String),
    /// The text written would not read back as the meeting edited (a bug).
    #[error("cannot serialize the meeting: {}", .0.render(Lang::En))]
    NotReadBack(Msg),
}

impl SaveError {
    /// The refusal as a catalogue message; its English is the Display above.
    pub fn msg(&self) -> Msg {
        let file = |p: &Path| p.display().to_string();
        match self {
            SaveError::ChangedOnDisk(p) => msg!("save-changed-on-disk", file = file(p)),
            SaveError::DeletedOnDisk(p) => msg!("save-deleted-on-disk", file = file(p)),
            SaveError::Exists(p) => msg!("save-exists", file = file(p)),
            SaveError::ReadOnly(p) => msg!("save-read-only", file = file(p)),
            SaveError::Io(p, e) => msg!("save-io", file = file(p), why = write_why(e)),
            SaveError::Serialize(why) => msg!("save-serialize", why = why),
            SaveError::NotReadBack(why) => msg!("save-serialize", why = why.clone()),
        }
    }
}

/// Why a write failed, in the reader's words for the common reasons (the
/// system's own words otherwise, and in English, as it gave them).
fn write_why(e: &io::Error) -> Arg {
    let key = match e.kind() {
        io::ErrorKind::PermissionDenied => "save-why-permission",
        io::ErrorKind::StorageFull => "save-why-full",
        io::ErrorKind::ReadOnlyFilesystem => "save-why-read-only-fs",
        io::ErrorKind::NotFound => "save-why-not-found",
        io::ErrorKind::QuotaExceeded => "save-why-quota",
        // Our own lock's refusal (save::lock), which names the lock file.
        io::ErrorKind::WouldBlock => {
            let text = e.to_string();
            let lock = text
                .split_once("(lock ")
                .and_then(|(_, r)| r.split_once("); "))
                .map_or(String::new(), |(p, _)| p.to_string());
            return Arg::Msg(Box::new(msg!(
                "save-why-locked",
                os = text.as_str(),
                lock = lock
            )));
        }
        _ => return Arg::Str(e.to_string()),
    };
    Arg::Msg(Box::new(msg!(key, os = e.to_string())))
}

impl SaveError {
    /// The error in the interface language (its Display is the English).
    pub fn said(&self) -> String {
        self.msg().render(crate::i18n::current())
    }
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

/// The file a write to `path` lands in: a symlink's final target.
pub fn resolve(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// Refuses a file whose permissions say nobody may write it (even when
/// running as root, which the system would let through).
pub fn check_writable(path: &Path) -> Result<(), SaveError> {
    match fs::metadata(resolve(path)) {
        Ok(m) if m.permissions().readonly() => Err(SaveError::ReadOnly(path.to_path_buf())),
        _ => Ok(()),
    }
}

/// [`write`], calling `at` after each step so a test can simulate a crash there.
pub fn write_with(
    path: &Path,
    bytes: &[u8],
    expected: Option<Fingerprint>,
    at: &mut dyn FnMut(Step) -> io::Result<()>,
) -> Result<Fingerprint, SaveError> {
    let target = resolve(path);
    let io_err = |e| SaveError::Io(path.to_path_buf(), e);
    check_writable(&target)?;
    let _held = lock::acquire(&target).map_err(io_err)?;
    if let Some(fp) = expected {
        match fs::read(&target) {
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
    replace(&target, bytes, at).map_err(io_err)?;
    Ok(Fingerprint::of(bytes))
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.plenary-")
}

/// Removes `.NAME.plenary-PID.tmp` files whose process is gone.
pub fn remove_stale_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(dir) = fs::read_dir(folder_of(path)) else {
        return;
    };
    for entry in dir.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let pid = name
            .strip_prefix(&prefix)
            .and_then(|r| r.strip_suffix(".tmp"))
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid
            && !lock::alive(pid)
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to the temp file `tmp` and flushes them to the disk.
fn write_synced(tmp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(tmp)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Temp file, fsync, permissions, rename, fsync the folder.
fn replace(
    target: &Path,
    bytes: &[u8],
    at: &mut dyn FnMut(Step) -> io::Result<()>,
) -> io::Result<()> {
    remove_stale_temps(target);
    let dir = folder_of(target);
    let tmp = dir.join(format!("{}{}.tmp", temp_prefix(target), std::process::id()));
    let result = (|| {
        write_synced(&tmp, bytes)?;
        // Keep the permissions of the file being replaced.
        if let Ok(meta) = fs::metadata(target) {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        at(Step::TempWritten)?;
        fs::rename(&tmp, target)?;
        at(Step::Renamed)?;
        // The rename itself is durable only once the folder is synced.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Writes a file that must not exist yet (a backup, a kept copy, an export
/// that promised not to overwrite), atomically where the file system allows;
/// refuses with [`SaveError::Exists`] rather than replace one, even one made
/// while this was writing ([`claim`]).
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_new_with(path, bytes, &claim::ALL, &mut |_| Ok(()))
}

/// [`write_new`] by the given `ways`, calling `at` once the temp file is
/// written (where a test makes the name taken meanwhile).
pub fn write_new_with(
    path: &Path,
    bytes: &[u8],
    ways: &[claim::Claim],
    at: &mut dyn FnMut(Step) -> io::Result<()>,
) -> Result<(), SaveError> {
    let io_err = |e| SaveError::Io(path.to_path_buf(), e);
    if fs::symlink_metadata(path).is_ok() {
        return Err(SaveError::Exists(path.to_path_buf()));
    }
    let dir = folder_of(path);
    let tmp = dir.join(format!("{}{}.tmp", temp_prefix(path), std::process::id()));
    let result = (|| {
        write_synced(&tmp, bytes)?;
        at(Step::TempWritten)?;
        claim::claim(ways, &tmp, path, bytes)
    })();
    let _ = fs::remove_file(&tmp);
    match result {
        Ok(()) => {
            // The new name is durable only once the folder is synced.
            if let Ok(d) = File::open(&dir) {
                let _ = d.sync_all();
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            Err(SaveError::Exists(path.to_path_buf()))
        }
        Err(e) => Err(io_err(e)),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Someone creates the file after the check that it was free and before
    /// the new one is put in place: whichever way the system offers, theirs
    /// stays and the write is refused; no temp file is left behind.
    #[test]
    fn a_file_made_while_writing_a_new_one_is_kept() {
        for way in claim::ALL {
            let d = tempfile::tempdir().unwrap();
            let path = d.path().join("programme.html");
            let mut meanwhile = |s: Step| {
                if s == Step::TempWritten {
                    fs::write(d.path().join("programme.html"), "their notes")?;
                }
                Ok(())
            };
            let r = write_new_with(&path, b"export", &[way], &mut meanwhile);
            assert!(matches!(r, Err(SaveError::Exists(_))), "{way:?}: {r:?}");
            assert_eq!(fs::read_to_string(&path).unwrap(), "their notes", "{way:?}");
            let left: Vec<_> = fs::read_dir(d.path()).unwrap().collect();
            assert_eq!(left.len(), 1, "{way:?}: {left:?}");
        }
    }

    /// With the name still free, every way writes the file.
    #[test]
    fn a_free_name_is_written_by_every_way() {
        for way in claim::ALL {
            let d = tempfile::tempdir().unwrap();
            let path = d.path().join("programme.html");
            write_new_with(&path, b"export", &[way], &mut |_| Ok(())).unwrap();
            assert_eq!(fs::read_to_string(&path).unwrap(), "export", "{way:?}");
            assert_eq!(fs::read_dir(d.path()).unwrap().count(), 1, "{way:?}");
        }
    }
}
