//! The operating system's file notifications, through `notify`: folders
//! are watched (not files), so a save by rename (write a temporary file,
//! rename it over the old one, as vim and most editors do), a file deleted
//! or a file appearing are all seen. Events are gathered until the folder
//! has been quiet a moment, so one save (often five events) is one batch.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use notify::event::EventKind;
use notify::{RecursiveMode, Watcher};

/// A batch is sent once the folders have been quiet this long...
const QUIET: Duration = Duration::from_millis(100);
/// ...or at the latest this long after its first event (a file written
/// slowly for seconds is still noticed while it is being written).
const AT_MOST: Duration = Duration::from_millis(1_000);

/// What the watch has seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum News {
    /// These paths were created, written, renamed or removed.
    Changed(Vec<PathBuf>),
    /// The system dropped events (its queue overflowed): anything may have
    /// changed.
    Rescan,
    /// The watch failed and sees nothing more; why.
    Failed(String),
}

/// Watching folders; dropping it stops the watch and its thread.
pub struct Watch {
    inner: notify::RecommendedWatcher,
    folders: BTreeSet<PathBuf>,
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watch")
            .field("folders", &self.folders)
            .finish()
    }
}

impl Watch {
    /// Starts watching nothing yet; each batch goes to `send`, on a thread
    /// of its own, until `send` says nobody listens any more.
    pub fn start(send: impl FnMut(News) -> bool + Send + 'static) -> Result<Watch, String> {
        let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
        let inner = notify::recommended_watcher(tx).map_err(|e| e.to_string())?;
        thread::Builder::new()
            .name("plenary watch".into())
            .spawn(move || gather(&rx, send))
            .map_err(|e| e.to_string())?;
        Ok(Watch {
            inner,
            folders: BTreeSet::new(),
        })
    }

    /// Watches `folder` (not its subfolders), once however often asked.
    pub fn folder(&mut self, folder: &Path) -> Result<(), String> {
        if self.folders.contains(folder) {
            return Ok(());
        }
        self.inner
            .watch(folder, RecursiveMode::NonRecursive)
            .map_err(|e| format!("{}: {e}", folder.display()))?;
        self.folders.insert(folder.to_path_buf());
        Ok(())
    }
}

/// Reads raw events and sends them on in quiet batches; ends when the
/// watcher is dropped or nobody listens.
fn gather(rx: &Receiver<notify::Result<notify::Event>>, mut send: impl FnMut(News) -> bool) {
    while let Ok(first) = rx.recv() {
        let mut paths = BTreeSet::new();
        let mut news = Vec::new();
        let started = Instant::now();
        let mut next = Ok(first);
        loop {
            match next {
                Ok(ev) => take(ev, &mut paths, &mut news),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => {
                    flush(paths, news, &mut send);
                    return;
                }
            }
            let left = AT_MOST.saturating_sub(started.elapsed());
            if left.is_zero() {
                break;
            }
            next = rx.recv_timeout(QUIET.min(left));
        }
        if !flush(paths, news, &mut send) {
            return;
        }
    }
}

/// Notes one raw event: its paths, or that the watch failed or lost events.
/// Opening, reading and closing a file unwritten are not changes (the
/// loader's own reads would otherwise start it all again).
fn take(ev: notify::Result<notify::Event>, paths: &mut BTreeSet<PathBuf>, news: &mut Vec<News>) {
    match ev {
        Err(e) => news.push(News::Failed(e.to_string())),
        Ok(ev) if ev.need_rescan() => news.push(News::Rescan),
        Ok(ev) if matches!(ev.kind, EventKind::Access(_)) => {}
        Ok(ev) => paths.extend(ev.paths),
    }
}

fn flush(paths: BTreeSet<PathBuf>, news: Vec<News>, send: &mut impl FnMut(News) -> bool) -> bool {
    let changed = (!paths.is_empty()).then(|| News::Changed(paths.into_iter().collect()));
    let mut seen = Vec::new();
    for n in news.into_iter().chain(changed) {
        if !seen.contains(&n) {
            seen.push(n.clone());
            if !send(n) {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Waits for a batch naming `path`, or gives up (the test then says
    /// which events came instead).
    fn batch_with(rx: &Receiver<News>, path: &Path) -> Result<(), Vec<News>> {
        let mut seen = Vec::new();
        let until = Instant::now() + Duration::from_secs(10);
        while let Ok(n) = rx.recv_timeout(until.saturating_duration_since(Instant::now())) {
            if matches!(&n, News::Changed(p) if p.iter().any(|p| p.ends_with(path.file_name().unwrap_or_default())))
            {
                return Ok(());
            }
            seen.push(n);
        }
        Err(seen)
    }

    #[test]
    fn a_write_a_rename_over_and_a_delete_are_seen_a_read_is_not() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().canonicalize().unwrap();
        let file = dir.join("a.yaml");
        std::fs::write(&file, "title: A\n").unwrap();
        let (tx, rx) = mpsc::channel();
        let Ok(mut w) = Watch::start(move |n| tx.send(n).is_ok()) else {
            // No notifications here (a sandbox without inotify): the front
            // end falls back to looking at stamps, tested there.
            return;
        };
        if w.folder(&dir).is_err() {
            return;
        }
        std::fs::write(&file, "title: B\n").unwrap();
        batch_with(&rx, &file).unwrap();
        let tmp = dir.join("a.yaml.tmp");
        std::fs::write(&tmp, "title: C\n").unwrap();
        std::fs::rename(&tmp, &file).unwrap();
        batch_with(&rx, &file).unwrap();
        let _ = std::fs::read(&file).unwrap();
        assert_eq!(
            rx.recv_timeout(QUIET * 5).ok(),
            None,
            "reading is not a change"
        );
        std::fs::remove_file(&file).unwrap();
        batch_with(&rx, &file).unwrap();
    }
}
