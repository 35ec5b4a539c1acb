//! Everything that can change the app's state, as values. Keys become
//! [`Command`]s through the keymap; mouse, resize, typing and the background
//! loader become [`Action`]s too, and [`App::update`](super::App::update) is
//! the one place they are applied.

use std::path::PathBuf;

use super::input::InputOp;
use super::library::Entry;
use crate::check::Problem;

/// Declares [`View`]: each view's variant and tab title, in tab order.
macro_rules! views {
    ($($(#[$doc:meta])* $v:ident => $title:literal,)*) => {
        /// The views, in tab order; `1`, `2`... jump to them. What each
        /// shows, its keys and how it is drawn are in its own file under
        /// `tui/views/` (its `SPEC`, see `tui::app::view_spec`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum View {
            $($(#[$doc])* $v,)*
        }

        impl View {
            pub const ALL: &'static [View] = &[$(View::$v),*];

            pub fn title(self) -> &'static str {
                match self {
                    $(View::$v => $title,)*
                }
            }
        }
    };
}

// A new view: its line here, and its `SPEC` in `tui/views/mod.rs`.
views! {
    Meetings => "Meetings",
    Schedule => "Schedule",
    Roster => "Roster",
    FollowUps => "Follow-ups",
    Problems => "Problems",
    Interpretation => "Interpretation",
}

impl View {
    pub fn index(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
}

/// What a person can ask for with a key; each is bound in the keymap with a
/// description, which the help screen and footer are made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Quit,
    Help,
    CloseHelp,
    NextView,
    PrevView,
    Show(View),
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Back,
    DetailUp,
    DetailDown,
    NextLanguage,
    Search,
    SearchAccept,
    SearchCancel,
    /// A key of the focused text line (see `tui::input`).
    Input(InputOp),
    SortNext,
    SortReverse,
    FilterCountry,
    FilterOrganization,
    /// In a filter list: tick or untick the selected value.
    TickChoice,
    FilterRole,
    FilterStatus,
    ClearFilters,
    ToggleAllMeetings,
    ToggleOpenOnly,
    // Follow-ups (see tui::app::followups)
    GroupNext,
    FilterOwner,
    FilterMeeting,
    FilterTag,
    StatusNext,
    AddNote,
    MoveDue,
    /// The follow-up form: title, owner, due date, tags.
    EditFollowUp,
    StartReview,
    CarryOver,
    /// From the session selected in the Schedule.
    AddFollowUp,
    ReviewStatus(crate::domain::FollowUpStatus),
    ReviewNext,
    ReviewPrev,
    ReviewEnd,
    /// A termination signal: quit without asking, keeping unsaved edits
    /// in `NAME.yaml.unsaved` beside each file.
    Terminate,
    // Editing (see `tui::app::editing`)
    Undo,
    Redo,
    Save,
    CommandLine,
    NextField,
    PrevField,
    Submit,
    Cancel,
    PickNew,
    /// Ctrl-t in a form: the focused field not confirmed (or confirmed again).
    MarkTentative,
    AddSession,
    AddBreak,
    Edit,
    Duplicate,
    Delete,
    MoveSession,
    Shorter,
    Longer,
    ShorterBit,
    LongerBit,
    Resize,
    Items,
    /// The slot finder on the selected session (`F`).
    FindSlot,
    ItemUp,
    ItemDown,
    ExternalEdit,
    /// Open the Export dialog on the current meeting.
    Export,
    AddParticipant,
    CycleStatus,
    /// Roster: merge the selected person with a likely twin (flagged `=`).
    MergeTwin,
    /// Roster: every loaded meeting's people, one row per person, or back.
    ToggleAcross,
    /// Roster: import registrations from a CSV/TSV file, with a preview.
    ImportRoster,
    /// Import preview: keep the roster's value of the selected difference.
    KeepOurs,
    /// Import preview: take the file's value of the selected difference.
    TakeTheirs,
    /// Import preview: accept (or take back) the suggested value of the
    /// selected problem (a misspelt country).
    AcceptSuggestion,
    NewMeeting,
    /// Schedule: show times in the next of the meeting's useful zones.
    CycleZone,
    /// Schedule: type any IANA zone to show times in.
    TypeZone,
    /// Interpretation view: staffing and the turn plan (see `tui::app::interp`).
    Interp(InterpCommand),
    /// Schedule: show the day as a grid of rooms, or as the list again.
    ToggleGrid,
    /// A key of the Schedule's day grid (see `tui::grid_state`).
    Grid(GridCommand),
}

/// What the cursor of the Schedule's day grid can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GridCommand {
    Left,
    Right,
    Up,
    Down,
    PrevDay,
    NextDay,
    /// The cursor to the first / last session of its room (or band) that day.
    First,
    Last,
    /// Select the session under the cursor.
    Select,
    /// A new session (or break) at the cursor's room and time: the form, prefilled.
    Add,
    AddBreak,
    /// Move the session at the cursor a step earlier / later, a room left / right.
    MoveUp,
    MoveDown,
    MoveLeft,
    MoveRight,
    /// Its end a step earlier / later.
    Shorter,
    Longer,
    /// The next step: 5, 10, 15, 30, 60 minutes a row.
    Step,
    /// Mark the session as running alongside the others (a side band), or not.
    Alongside,
}

/// What can be done to a booth in the Interpretation view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InterpCommand {
    AddInterpreter,
    RemoveInterpreter,
    ToggleTwoWay,
    SetRelay,
    AddLanguage,
    RemoveLanguage,
    WriteTurns,
    /// The selected booth's team into every booth of that language, that
    /// day, in that room: "same team all day".
    SameTeamAllDay,
}

/// Where a mouse event happened, in screen cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mouse {
    ScrollUp {
        column: u16,
        row: u16,
    },
    ScrollDown {
        column: u16,
        row: u16,
    },
    Click {
        column: u16,
        row: u16,
    },
    /// The left button moved while held (a drag in the day grid).
    Drag {
        column: u16,
        row: u16,
    },
    /// The left button let go.
    Release {
        column: u16,
        row: u16,
    },
}

/// News from the background loader.
#[derive(Debug)]
pub enum Load {
    /// The files to load were found.
    Found(usize),
    /// Starting on this file.
    Reading(PathBuf),
    /// A meeting was loaded and checked.
    Loaded(Box<Entry>),
    /// A participant-list file, read through its meeting.
    Skipped,
    /// A file could not be loaded; the problems say why (every broken record).
    Failed(Vec<Problem>),
    /// The folder or file to open does not exist or cannot be read.
    NoSource(String),
    Finished,
}

#[derive(Debug)]
pub enum Action {
    Run(Command),
    /// A character typed into the focused text line.
    Type(char),
    /// Text pasted into the focused text line (bracketed paste).
    Paste(String),
    Mouse(Mouse),
    Resize(u16, u16),
    Load(Load),
    /// Time passed (animates the loading indicator).
    Tick,
    /// A check running on a worker has its answer.
    Checked,
    /// A file changed on disk, or the disk worker has an answer.
    Disk(super::disk_worker::DiskNews),
}

impl From<Command> for Action {
    fn from(c: Command) -> Self {
        Action::Run(c)
    }
}
