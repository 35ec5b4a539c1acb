//! A file's stamp: what its metadata says about it (one `stat`, no read).
//! Two stamps that differ mean the file may have changed and is worth
//! reading; equal stamps mean it has not been written since (a write
//! moves the modification time and the change time, a save by rename
//! gives a new identity).

use std::fs;
use std::path::Path;
use std::time::SystemTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    /// Inode and change time where the system has them: a file replaced by
    /// a rename, or rewritten to the same size within the clock's tick.
    #[cfg(unix)]
    identity: (u64, u64, i64, i64),
}

impl Stamp {
    /// The stamp of the file at `path` now; `None` when there is no
    /// regular file there (gone, or a folder, FIFO or device).
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = fs::metadata(path).ok()?;
        if !meta.is_file() {
            return None;
        }
        Some(Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            #[cfg(unix)]
            identity: {
                use std::os::unix::fs::MetadataExt;
                (meta.dev(), meta.ino(), meta.ctime(), meta.ctime_nsec())
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_or_a_rename_changes_the_stamp_a_read_does_not() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.yaml");
        fs::write(&p, "title: A\n").unwrap();
        let first = Stamp::of(&p).unwrap();
        let _ = fs::read(&p).unwrap();
        assert_eq!(Stamp::of(&p), Some(first));
        fs::write(&p, "title: B\n").unwrap();
        let second = Stamp::of(&p).unwrap();
        // Same size, written again: the change time or the time moved (or
        // both fall in one tick of a coarse clock; then the rename below).
        let tmp = d.path().join("a.yaml.tmp");
        fs::write(&tmp, "title: C\n").unwrap();
        fs::rename(&tmp, &p).unwrap();
        assert_ne!(Stamp::of(&p), Some(first));
        assert_ne!(Stamp::of(&p), Some(second), "a new file by rename");
        fs::remove_file(&p).unwrap();
        assert_eq!(Stamp::of(&p), None);
        assert_eq!(Stamp::of(d.path()), None, "a folder has no stamp");
    }
}
