//! A question with a few lettered answers ("s save / d discard / c cancel").
//! Enter takes the first answer, Esc the safe one, which never loses data.
//! Questions about deleting list "keep" first, so a reflex Enter deletes nothing.

use crate::edit::Transaction;
use crate::tui::library::MeetingId;

/// What an answer does; carried out by [`super::answer`].
#[derive(Debug, Clone)]
pub enum Answer {
    Nothing,
    /// Apply an edit the person was asked about (deleting, removing).
    Apply {
        entry: MeetingId,
        tx: Transaction,
    },
    /// Save (the person agreed that comments go, with a backup kept).
    Save {
        entry: MeetingId,
        then_quit: bool,
    },
    /// Save every changed meeting, then quit.
    SaveAllAndQuit,
    /// Quit and drop unsaved edits.
    DiscardAndQuit,
    /// The file changed on disk: take theirs, dropping mine.
    Reload(MeetingId),
    /// The file changed on disk: write mine over it (theirs kept as `.theirs`).
    Overwrite(MeetingId),
    /// The file changed on disk: write mine under another name, keep theirs.
    KeepBoth(MeetingId),
    /// The file changed on disk: merge theirs in (asking at each conflict), then save.
    MergeDisk(MeetingId),
    /// One conflict of that merge decided: theirs (`true`) or mine. The
    /// merge is shared by the question's answers, not copied per answer.
    Resolve(std::sync::Arc<super::disk_merge::PendingMerge>, bool),
    /// The file was deleted on disk: write it again with mine.
    Recreate(MeetingId),
    /// The file was deleted on disk: drop the unsaved edits.
    Discard(MeetingId),
    /// Ask again at the next save, not every second.
    Later(MeetingId),
    /// Restore the unsaved edits kept in this copy, as one edit.
    RestoreUnsaved(MeetingId, std::path::PathBuf),
    /// Keep the file as it is; set the kept copy aside.
    KeepFile(std::path::PathBuf),
    /// Close the form under the question, dropping what it did.
    DiscardForm,
    /// Go back to the form under the question.
    KeepForm,
    /// Write an export over the file that is there.
    Export(Box<super::export_dialog::ExportJob>),
}

#[derive(Debug, Clone)]
pub struct Confirm {
    pub title: String,
    pub lines: Vec<String>,
    /// (key, what it does, answer), first is Enter's.
    pub choices: Vec<(char, String, Answer)>,
    /// What Esc does.
    pub cancel: Answer,
}

impl Confirm {
    pub fn new(title: impl Into<String>, lines: Vec<String>) -> Confirm {
        Confirm {
            title: title.into(),
            lines,
            choices: Vec::new(),
            cancel: Answer::Nothing,
        }
    }

    pub fn choice(mut self, key: char, label: impl Into<String>, a: Answer) -> Confirm {
        self.choices.push((key, label.into(), a));
        self
    }

    pub fn on_cancel(mut self, a: Answer) -> Confirm {
        self.cancel = a;
        self
    }

    /// The answer for a typed letter, if it is one.
    pub fn answer_for(&self, c: char) -> Option<Answer> {
        let c = c.to_ascii_lowercase();
        self.choices
            .iter()
            .find(|(k, _, _)| *k == c)
            .map(|(_, _, a)| a.clone())
    }

    pub fn first(&self) -> Answer {
        self.choices
            .first()
            .map_or(Answer::Nothing, |(_, _, a)| a.clone())
    }
}
