//! Which file a problem belongs to (the meeting's, or the participant
//! list's when the roster lives in its own file), apart from the document:
//! a worker thread placing problems needs the two paths, not the texts.

use std::path::PathBuf;

use crate::problem::Problem;

/// The files a document was read from.
#[derive(Debug, Clone)]
pub struct Files {
    pub meeting: PathBuf,
    /// The participant-list file, when the roster lives in its own file.
    pub roster: Option<PathBuf>,
}

impl Files {
    /// Gives each problem its file but no line.
    pub fn attribute(&self, problems: &mut [Problem]) {
        for p in problems {
            p.file = self.file_of(p).clone();
        }
    }

    pub fn file_of(&self, p: &Problem) -> &PathBuf {
        match &self.roster {
            Some(r) if in_roster(p) => r,
            _ => &self.meeting,
        }
    }
}

/// Whether `p`, in a meeting whose roster has a file of its own, belongs
/// to that file.
pub fn in_roster(p: &Problem) -> bool {
    p.path
        .as_deref()
        .is_some_and(|x| x.starts_with("participants["))
}
