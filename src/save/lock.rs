//! An advisory lock beside the agenda, so two Plenary processes saving one
//! file take turns: the second sees the first's change and asks, instead of
//! both saying "saved" while one edit vanishes.
//!
//! The lock is a file `.NAME.plenary.lock` created with `create_new` (atomic
//! on every local file system) holding the owner's process id. A lock whose
//! process is gone (a crash, a kill) is taken over.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a save waits for another process's save to finish. A save of
/// the largest agenda takes a tenth of a second; this is generous.
const WAIT: Duration = Duration::from_secs(5);

/// Held while it lives; the lock file is removed on drop.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

pub fn lock_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.plenary.lock"))
}

/// Whether process `pid` is alive. Without `/proc` (not Linux) a lock is
/// assumed alive, so the wait times out instead of two saves overlapping.
pub fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    !proc.exists() || proc.join(pid.to_string()).exists()
}

/// Takes the lock for saving `target`, waiting for another saver to finish.
pub fn acquire(target: &Path) -> io::Result<Lock> {
    let path = lock_path(target);
    let started = Instant::now();
    loop {
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut f) => {
                write!(f, "{}", std::process::id())?;
                return Ok(Lock { path });
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                let owner = fs::read_to_string(&path)
                    .ok()
                    .and_then(|s| s.trim().parse::<u32>().ok());
                match owner {
                    Some(pid) if !alive(pid) => {
                        let _ = fs::remove_file(&path);
                        continue;
                    }
                    _ => {}
                }
                if started.elapsed() > WAIT {
                    return Err(io::Error::new(
                        io::ErrorKind::WouldBlock,
                        format!(
                            "another Plenary is saving this file (lock {}); try again, or remove the lock if no Plenary is running",
                            path.display()
                        ),
                    ));
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dead_owners_lock_is_taken_over_and_released() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("m.yaml");
        // No process has this id (above the kernel's pid_max).
        fs::write(lock_path(&target), "4194305").expect("stale lock");
        let lock = acquire(&target).expect("taken over");
        assert!(lock_path(&target).exists());
        drop(lock);
        assert!(!lock_path(&target).exists());
    }
}
