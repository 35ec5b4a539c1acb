//! Giving a finished temp file a name that must still be free, in one step
//! that fails rather than replace a file someone created meanwhile. Checking
//! first and renaming after leaves a window in which a new file at the name
//! would be lost; these ways have none.
//!
//! Not every file system offers every way (`renameat2`'s flags are missing on
//! some, FAT and some network shares have no hard links), so they are tried
//! best first, falling back only when the system says a way is unsupported.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// A way to put a temp file's bytes at a name that must be free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// `renameat2(RENAME_NOREPLACE)` on Linux, `renameatx_np(RENAME_EXCL)`
    /// on macOS: one atomic step.
    RenameNoReplace,
    /// A hard link to the temp file, which fails if the name is taken; the
    /// temp name is removed after. Atomic too.
    Link,
    /// The name created exclusively and the bytes written into it. Never
    /// replaces a file, but a crash can leave part of the new one: the last
    /// resort, for file systems without the other two.
    CreateNew,
}

/// Every way, best first.
pub const ALL: [Claim; 3] = [Claim::RenameNoReplace, Claim::Link, Claim::CreateNew];

/// Puts `tmp` (which holds `bytes`, synced) at `path` by the first of `ways`
/// the file system supports. `AlreadyExists` when the name is taken: the
/// file there is left as it was. `tmp` may remain; the caller removes it.
pub fn claim(ways: &[Claim], tmp: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut last = io::Error::from(io::ErrorKind::Unsupported);
    for &way in ways {
        match by(way, tmp, path, bytes) {
            Err(e) if unsupported(&e) => last = e,
            done => return done,
        }
    }
    Err(last)
}

fn by(way: Claim, tmp: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    match way {
        Claim::RenameNoReplace => rename_no_replace(tmp, path),
        Claim::Link => fs::hard_link(tmp, path),
        Claim::CreateNew => create_new(path, bytes),
    }
}

#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn rename_no_replace(tmp: &Path, path: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, tmp, CWD, path, RenameFlags::NOREPLACE).map_err(io::Error::from)
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn rename_no_replace(_tmp: &Path, _path: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// Writes `bytes` into `path`, which must not exist; a file this made and
/// could not fill is removed again.
fn create_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = OpenOptions::new().write(true).create_new(true).open(path)?;
    let written = f.write_all(bytes).and_then(|()| f.sync_all());
    if written.is_err() {
        drop(f);
        let _ = fs::remove_file(path);
    }
    written
}

/// The system does not offer this way here (old kernel, a file system
/// without the flag or without hard links), so the next one may work.
fn unsupported(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        // ENOSYS, EOPNOTSUPP; EINVAL for a flag the file system lacks;
        // EPERM where hard links are not allowed at all.
        io::ErrorKind::Unsupported | io::ErrorKind::InvalidInput | io::ErrorKind::PermissionDenied
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Each way, alone: a free name gets the bytes; a taken one is refused
    /// and keeps its own.
    #[test]
    fn every_way_refuses_a_taken_name_and_fills_a_free_one() {
        for way in ALL {
            let d = tempfile::tempdir().unwrap();
            let tmp = d.path().join(".out.tmp");
            fs::write(&tmp, "ours").unwrap();
            let taken = d.path().join("taken.txt");
            fs::write(&taken, "theirs").unwrap();
            let e = claim(&[way], &tmp, &taken, b"ours").unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::AlreadyExists, "{way:?}");
            assert_eq!(fs::read_to_string(&taken).unwrap(), "theirs", "{way:?}");
            let free = d.path().join("free.txt");
            claim(&[way], &tmp, &free, b"ours").unwrap();
            assert_eq!(fs::read_to_string(&free).unwrap(), "ours", "{way:?}");
        }
    }

    /// A way the system lacks passes to the next; a real failure does not.
    #[test]
    fn only_an_unsupported_way_falls_back() {
        assert!(unsupported(&io::Error::from(io::ErrorKind::Unsupported)));
        assert!(unsupported(&io::Error::from(io::ErrorKind::InvalidInput)));
        assert!(!unsupported(&io::Error::from(io::ErrorKind::AlreadyExists)));
        assert!(!unsupported(&io::Error::from(io::ErrorKind::StorageFull)));
        let d = tempfile::tempdir().unwrap();
        // No temp file: linking fails with NotFound, which is told, not skipped.
        let e = claim(
            &[Claim::Link, Claim::CreateNew],
            &d.path().join("gone"),
            &d.path().join("x"),
            b"",
        )
        .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
        assert!(!d.path().join("x").exists());
    }
}
