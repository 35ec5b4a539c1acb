//! Noticing that a file changed on disk without reading it: the operating
//! system's notifications (inotify, FSEvents, ReadDirectoryChangesW through
//! the `notify` crate), gathered into quiet batches, and a file's
//! [`Stamp`] (size, modification time, identity) to tell a real change from
//! an event about a file that is as it was.
//!
//! Domain-free: it knows no meeting and no terminal. What to do about a
//! change (reload, ask, merge) is the front end's.

mod os;
mod stamp;

pub use os::{News, Watch};
pub use stamp::Stamp;
