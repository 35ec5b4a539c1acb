//! The keymap, kept as data: every binding carries its description, and the
//! `?` help screen and the footer hints are generated from this table, so
//! they cannot drift from what the keys do. Arrows and vim keys both work.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Command, GridCommand, View};
use super::input::InputOp;
use crate::domain::FollowUpStatus;

/// One key as pressed: a code and the Control/Alt modifiers (Shift is part
/// of the character: `J` is Shift-j).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub const fn ch(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}
pub const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
pub const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::ALT,
    }
}
pub const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

impl Key {
    pub fn from_event(e: &KeyEvent) -> Option<Key> {
        if e.kind == KeyEventKind::Release {
            return None;
        }
        let mods = e.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        // Terminals send Shift-Tab as BackTab, with or without SHIFT.
        Some(Key { code: e.code, mods })
    }

    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else if self.mods.contains(KeyModifiers::ALT) {
            format!("Alt-{base}")
        } else {
            base
        }
    }
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Even while typing or reading help.
    Always,
    /// In every view.
    Global,
    /// In every list.
    Lists,
    In(View),
    /// While typing a search (the Roster's, the Follow-ups').
    Search,
    /// The focused text line's own keys (cursor, deleting), under the
    /// keys of whatever the line belongs to.
    Input,
    /// While the help screen is open.
    Help,
    /// Review mode in the Follow-ups view.
    Review,
    /// The Schedule shown as a day grid (`v`).
    Grid,
    /// While an editing dialog is open (see `tui::app::editing`).
    Overlay(Overlay),
}

/// The editing dialogs, each with its own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Overlay {
    Form,
    Picker,
    Confirm,
    Items,
    /// The Interpretation view's choice list (an interpreter, a relay, a language).
    Choice,
    /// Typing a time-zone name in the Schedule (`Z`).
    ZoneName,
    /// The follow-ups' one-line prompt: a progress note or a due date.
    Line,
    /// Merging a flagged twin in the Roster (`M`).
    Merge,
    /// Importing registrations (`I` in the Roster): typing the file's path.
    ImportFile,
    /// Importing registrations: the preview, differing values chosen one by one.
    ImportPreview,
    /// A dialog registered through `tui::app::editing::dialog` (its own
    /// file and its `KEYS`): everything the keymap needs is in the keys.
    Dialog(&'static DialogKeys),
}

/// What the keymap knows of a registered dialog (see
/// `tui::app::editing::dialog`): its help title, whether it takes text and
/// its bindings, each with `Scope::Overlay(Overlay::Dialog(&KEYS))`.
pub struct DialogKeys {
    pub title: &'static str,
    /// Whether letters typed go into the dialog rather than to commands.
    pub takes_text: bool,
    /// Whether it has a text line, whose keys (`Scope::Input`) apply.
    pub has_input: bool,
    pub keys: &'static [Binding],
}

// A dialog's bindings name the dialog, so comparing or hashing by value
// would go round in a circle: a dialog is its address.
impl PartialEq for DialogKeys {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
impl Eq for DialogKeys {}
impl std::hash::Hash for DialogKeys {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        std::ptr::hash(self, h)
    }
}
impl std::fmt::Debug for DialogKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.title)
    }
}

impl Overlay {
    /// Whether letters typed go into the dialog rather than to commands.
    pub fn takes_text(self) -> bool {
        if let Overlay::Dialog(d) = self {
            return d.takes_text;
        }
        !matches!(
            self,
            Overlay::Items | Overlay::Merge | Overlay::ImportPreview
        )
    }

    /// Whether the dialog has a text line, whose keys (`Scope::Input`) apply.
    pub fn has_input(self) -> bool {
        if let Overlay::Dialog(d) = self {
            return d.has_input;
        }
        !matches!(
            self,
            Overlay::Items | Overlay::Confirm | Overlay::Merge | Overlay::ImportPreview
        )
    }
}

/// One layer of what takes the keys; the app's focus stack is a list of
/// these, the view at the bottom (see `tui::focus`). The keymap looks a
/// key up in the top layer's scopes (and, for a layer that lets keys
/// through, the ones below); the dispatcher hands the command to the top
/// layer's handler, then down while handlers say "not handled".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    View(View),
    /// Review mode over the Follow-ups view.
    Review,
    /// The day grid over the Schedule: its cursor keys, then the Schedule's.
    Grid,
    /// A search line over a list (the Roster, the Follow-ups).
    Search,
    Help,
    /// A dialog, prompt or popup.
    Dialog(Overlay),
}

impl Layer {
    /// Where its keys are bound, first match first.
    pub fn scopes(self) -> Vec<Scope> {
        match self {
            Layer::View(v) => vec![Scope::In(v), Scope::Lists, Scope::Global],
            // The view's own keys rest while reviewing; the global ones work.
            Layer::Review => vec![Scope::Review, Scope::Global],
            // The list's movement rests; the Schedule's editing keys act
            // on the session selected in the grid.
            Layer::Grid => vec![Scope::Grid, Scope::In(View::Schedule), Scope::Global],
            Layer::Search => vec![Scope::Search, Scope::Input],
            Layer::Help => vec![Scope::Help],
            Layer::Dialog(o) if o.has_input() => vec![Scope::Overlay(o), Scope::Input],
            Layer::Dialog(o) => vec![Scope::Overlay(o)],
        }
    }

    /// Whether typed letters are text for it rather than commands.
    pub fn takes_text(self) -> bool {
        match self {
            Layer::Search => true,
            Layer::Dialog(o) => o.takes_text(),
            _ => false,
        }
    }
}

impl Scope {
    /// The help section's title, in the interface language.
    pub fn title(self) -> String {
        crate::i18n::phrase(self.english_title())
    }

    /// The title as the table writes it (the catalogue's key, see `i18n::phrase`).
    pub fn english_title(self) -> &'static str {
        match self {
            Scope::Always | Scope::Global => "Everywhere",
            Scope::Lists => "In every list",
            Scope::In(v) => v.title(),
            Scope::Search => "While typing a search",
            Scope::Input => "Editing a line of text (searches, prompts, form fields)",
            Scope::Help => "In this help",
            Scope::Review => "Reviewing follow-ups (R)",
            Scope::Grid => "The Schedule as a day grid (v)",
            Scope::Overlay(Overlay::Form) => "In a form",
            Scope::Overlay(Overlay::Picker) => "In a picker (type to filter)",
            Scope::Overlay(Overlay::Confirm) => "In a question",
            Scope::Overlay(Overlay::Items) => "In a session's items",
            Scope::Overlay(Overlay::Choice) => "In a choice list (type to filter)",
            Scope::Overlay(Overlay::ZoneName) => "Typing a time zone",
            Scope::Overlay(Overlay::Line) => "Typing a note or a due date",
            Scope::Overlay(Overlay::Merge) => "Merging twins (M in the Roster)",
            Scope::Overlay(Overlay::ImportFile) => {
                "Importing registrations (I in the Roster; type the CSV/TSV file's path)"
            }
            Scope::Overlay(Overlay::ImportPreview) => {
                "The import's preview (differing values chosen one by one)"
            }
            Scope::Overlay(Overlay::Dialog(d)) => d.title,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    pub scope: Scope,
    /// For the help screen.
    pub help: &'static str,
    /// For the footer; empty when the binding is not worth the space there.
    pub hint: &'static str,
}

/// One binding: where, which keys, what, its help line and footer hint.
pub const fn b(
    scope: Scope,
    keys: &'static [Key],
    command: Command,
    help: &'static str,
    hint: &'static str,
) -> Binding {
    Binding {
        keys,
        command,
        scope,
        help,
        hint,
    }
}

/// What the keymap knows of a view: each view's `SPEC` (in its own file
/// under `tui/views/`) carries one, and the app puts them in the
/// [`Context`].
#[derive(Debug, PartialEq, Eq)]
pub struct ViewKeys {
    pub view: View,
    /// The help line of the view's number key.
    pub about: &'static str,
    /// Its bindings, each with `Scope::In(view)`.
    pub keys: &'static [Binding],
    /// Help sections shown right after the view's own (the Roster's search line).
    pub help_after: &'static [Scope],
}

use Command as C;
use Scope as S;

#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(S::Always, &[code(KeyCode::F(1))], C::Help, "the help at the keys of where you are, even in a dialog or while typing", ""),
    b(S::Always, &[ctrl('c')], C::Quit, "quit (asks first when edits are unsaved; again to quit without saving)", ""),
    // Help
    b(S::Help, &[code(KeyCode::Esc), ch('?'), ch('q')], C::CloseHelp, "close the help (Esc first drops a search)", "close"),
    b(S::Help, &[ch('/')], C::Search, "search the help: only the keys whose words match stay (Enter keeps it)", "search"),
    b(S::Help, &[ch('k'), code(KeyCode::Up)], C::Up, "scroll up", ""),
    b(S::Help, &[ch('j'), code(KeyCode::Down)], C::Down, "scroll down", "scroll"),
    b(S::Help, &[code(KeyCode::PageUp)], C::PageUp, "page up", ""),
    b(S::Help, &[code(KeyCode::PageDown), ch(' ')], C::PageDown, "page down", ""),
    b(S::Help, &[ch('g'), code(KeyCode::Home)], C::Top, "to the top", ""),
    b(S::Help, &[ch('G'), code(KeyCode::End)], C::Bottom, "to the end", ""),
    // Typing a search
    b(S::Search, &[code(KeyCode::Enter)], C::SearchAccept, "keep the search and browse the results", "keep"),
    b(S::Search, &[code(KeyCode::Esc)], C::SearchCancel, "drop the search", "drop"),
    b(S::Search, &[code(KeyCode::Up)], C::Up, "move up in the results", ""),
    b(S::Search, &[code(KeyCode::Down)], C::Down, "move down in the results", "move|through a list"),
    b(S::Search, &[code(KeyCode::PageUp)], C::PageUp, "page up", ""),
    b(S::Search, &[code(KeyCode::PageDown)], C::PageDown, "page down", ""),
    // Editing a line of text, wherever one is focused
    b(S::Input, &[code(KeyCode::Left)], C::Input(InputOp::Left), "cursor left", ""),
    b(S::Input, &[code(KeyCode::Right)], C::Input(InputOp::Right), "cursor right", ""),
    b(S::Input, &[code(KeyCode::Home)], C::Input(InputOp::Home), "cursor to the start", ""),
    b(S::Input, &[code(KeyCode::End)], C::Input(InputOp::End), "cursor to the end", ""),
    b(S::Input, &[code(KeyCode::Backspace)], C::Input(InputOp::Backspace), "delete the character before the cursor", ""),
    b(S::Input, &[code(KeyCode::Delete)], C::Input(InputOp::Delete), "delete the character under the cursor", ""),
    b(S::Input, &[ctrl('w'), alt(KeyCode::Backspace)], C::Input(InputOp::DeleteWord), "delete the word before the cursor", ""),
    b(S::Input, &[ctrl('u')], C::Input(InputOp::Clear), "delete the whole line", ""),
    // The follow-ups' note or due-date prompt
    b(S::Overlay(Overlay::Line), &[code(KeyCode::Enter)], C::Submit, "apply: add the note, or set the due date", "apply"),
    b(S::Overlay(Overlay::Line), &[code(KeyCode::Esc)], C::Cancel, "drop the text, changing nothing", "drop"),
    // Everywhere
    b(S::Global, &[ch('q')], C::Quit, "quit (asks first when edits are unsaved)", "quit"),
    b(S::Global, &[ch('?')], C::Help, "show every key (this screen), at the keys of where you are", "help"),
    b(S::Global, &[code(KeyCode::Tab)], C::NextView, "next view", "views"),
    b(S::Global, &[code(KeyCode::BackTab)], C::PrevView, "previous view", ""),
    b(S::Global, &[ch('L')], C::NextLanguage, "switch the display language among the meeting's working languages", "language"),
    // Lists
    b(S::Lists, &[ch('k'), code(KeyCode::Up)], C::Up, "move up", ""),
    b(S::Lists, &[ch('j'), code(KeyCode::Down)], C::Down, "move down", ""),
    b(S::Lists, &[code(KeyCode::PageUp), ctrl('b')], C::PageUp, "page up", ""),
    b(S::Lists, &[code(KeyCode::PageDown), ctrl('f')], C::PageDown, "page down", ""),
    b(S::Lists, &[ch('g'), code(KeyCode::Home)], C::Top, "first row", ""),
    b(S::Lists, &[ch('G'), code(KeyCode::End)], C::Bottom, "last row", ""),
    b(S::Lists, &[ch('K'), code(KeyCode::Left)], C::DetailUp, "scroll the detail pane up", ""),
    b(S::Lists, &[ch('J'), code(KeyCode::Right)], C::DetailDown, "scroll the detail pane down", "detail"),
    // Choice lists of the Interpretation view
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::Up)], C::Up, "move up", ""),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::Down)], C::Down, "move down", "move|through a list"),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::PageUp)], C::PageUp, "page up", ""),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::PageDown)], C::PageDown, "page down", ""),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::Enter)], C::Submit, "take the selected one (one edit: u undoes it)", "take"),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::Esc)], C::Cancel, "close the list, changing nothing", "cancel"),
    // The Schedule's day grid
    b(S::Grid, &[ch('v'), code(KeyCode::Esc)], C::ToggleGrid, "back to the list, on the session selected in the grid", "list"),
    b(S::Grid, &[ch('h'), code(KeyCode::Left)], C::Grid(GridCommand::Left), "cursor to the room on the left (rooms page sideways)", "rooms"),
    b(S::Grid, &[ch('l'), code(KeyCode::Right)], C::Grid(GridCommand::Right), "cursor to the room on the right (past the last: the band alongside)", ""),
    b(S::Grid, &[ch('k'), code(KeyCode::Up)], C::Grid(GridCommand::Up), "cursor a slot (a step, 15 minutes at first) earlier", ""),
    b(S::Grid, &[ch('j'), code(KeyCode::Down)], C::Grid(GridCommand::Down), "cursor a slot later", "time"),
    b(S::Grid, &[ch('{'), code(KeyCode::PageUp)], C::Grid(GridCommand::PrevDay), "the meeting's previous day", ""),
    b(S::Grid, &[ch('}'), code(KeyCode::PageDown)], C::Grid(GridCommand::NextDay), "the meeting's next day", "days"),
    b(S::Grid, &[ch('g'), code(KeyCode::Home)], C::Grid(GridCommand::First), "cursor to the first session in this room that day", ""),
    b(S::Grid, &[ch('G'), code(KeyCode::End)], C::Grid(GridCommand::Last), "cursor to the last session in this room that day", ""),
    b(S::Grid, &[code(KeyCode::Enter)], C::Grid(GridCommand::Select), "select the session under the cursor (e edits it; v shows it in the list)", "select"),
    b(S::Grid, &[ch('a')], C::Grid(GridCommand::Add), "add a session here (the form, prefilled); in the band, an exhibition", "add here"),
    b(S::Grid, &[ch('b')], C::Grid(GridCommand::AddBreak), "add a break at the cursor's time, across every room", ""),
    b(S::Grid, &[ch('K')], C::Grid(GridCommand::MoveUp), "move the session under the cursor (else the selected one) a step earlier", ""),
    b(S::Grid, &[ch('J')], C::Grid(GridCommand::MoveDown), "move it a step later", "move"),
    b(S::Grid, &[ch('H')], C::Grid(GridCommand::MoveLeft), "move it to the room on the left", ""),
    b(S::Grid, &[ch('L')], C::Grid(GridCommand::MoveRight), "move it to the room on the right (L switches the language in the list)", ""),
    b(S::Grid, &[ch('<')], C::Grid(GridCommand::Shorter), "end it a step earlier", ""),
    b(S::Grid, &[ch('>')], C::Grid(GridCommand::Longer), "end it a step later", ""),
    b(S::Grid, &[ch('s')], C::Grid(GridCommand::Step), "the step: 5, 10, 15, 30 or 60 minutes a row; moves and resizes go by it", ""),
    b(S::Grid, &[ch('A')], C::Grid(GridCommand::Alongside), "mark it as running alongside the rest (side band, no clash), or not", ""),
    // Typing a zone
    b(S::Overlay(Overlay::ZoneName), &[code(KeyCode::Enter)], C::Submit, "show times in the zone typed; a wrong name gets a hint", "show"),
    b(S::Overlay(Overlay::ZoneName), &[code(KeyCode::Esc)], C::Cancel, "keep the zone shown now", "cancel"),
    // Review mode
    b(S::Review, &[ch('1')], C::ReviewStatus(FollowUpStatus::Open), "set open", ""),
    b(S::Review, &[ch('2')], C::ReviewStatus(FollowUpStatus::InProgress), "set in progress", ""),
    b(S::Review, &[ch('3')], C::ReviewStatus(FollowUpStatus::Waiting), "set waiting", ""),
    b(S::Review, &[ch('4')], C::ReviewStatus(FollowUpStatus::Done), "set done (records today as the day it closed)", ""),
    b(S::Review, &[ch('5')], C::ReviewStatus(FollowUpStatus::Dropped), "set dropped", ""),
    b(S::Review, &[ch('s')], C::StatusNext, "next status", "status"),
    b(S::Review, &[ch('n')], C::AddNote, "add a progress note dated today", "note"),
    b(S::Review, &[ch('d')], C::MoveDue, "move the due date (YYYY-MM-DD, +14d, +2w)", "due"),
    b(S::Review, &[ch(' '), code(KeyCode::Enter), ch('j'), code(KeyCode::Down)], C::ReviewNext, "next one (skip this one as it is)", "next"),
    b(S::Review, &[ch('k'), code(KeyCode::Up)], C::ReviewPrev, "previous one", "back"),
    b(S::Review, &[code(KeyCode::Esc), ch('q')], C::ReviewEnd, "end the review: the summary, then the list (what was done stays)", "end"),
    // Editing, everywhere
    b(S::Global, &[ch('u')], C::Undo, "undo the last edit", "undo"),
    b(S::Global, &[ctrl('r')], C::Redo, "redo what was undone", ""),
    b(S::Global, &[ctrl('s')], C::Save, "save the meeting (atomic; refuses a file changed on disk)", "save"),
    b(S::Global, &[ch(':')], C::CommandLine, "command line: :w save, :q quit, :wq save and quit, :q! quit without saving", ""),
    b(S::Global, &[ch('X')], C::Export, "export the meeting, a session, a room or a person to a file", "export"),
    b(S::Global, &[ch('E')], C::ExternalEdit, "open the meeting file in $EDITOR at the selected item; reload on return", ""),
    // Importing registrations
    b(S::Overlay(Overlay::ImportFile), &[code(KeyCode::Enter)], C::Submit, "read the file and preview what would change (nothing written yet)", "read"),
    b(S::Overlay(Overlay::ImportFile), &[code(KeyCode::Esc)], C::Cancel, "close, importing nothing", "cancel"),
    b(S::Overlay(Overlay::ImportPreview), &[ch('k'), code(KeyCode::Up)], C::Up, "previous differing value or suggestion (or scroll up)", ""),
    b(S::Overlay(Overlay::ImportPreview), &[ch('j'), code(KeyCode::Down)], C::Down, "next differing value or suggestion (or scroll down)", "move|to the next difference"),
    b(S::Overlay(Overlay::ImportPreview), &[code(KeyCode::PageUp)], C::PageUp, "scroll up", ""),
    b(S::Overlay(Overlay::ImportPreview), &[code(KeyCode::PageDown)], C::PageDown, "scroll down", ""),
    b(S::Overlay(Overlay::ImportPreview), &[ch('o')], C::KeepOurs, "keep the roster's value of this difference", "ours"),
    b(S::Overlay(Overlay::ImportPreview), &[ch('t')], C::TakeTheirs, "take the file's value of this difference", "theirs"),
    b(S::Overlay(Overlay::ImportPreview), &[ch('a')], C::AcceptSuggestion, "accept the suggested value of this problem (again: take it back)", ""),
    b(S::Overlay(Overlay::ImportPreview), &[code(KeyCode::Enter)], C::Submit, "import, once every difference is chosen (one edit: u undoes, Ctrl-s saves)", "import"),
    b(S::Overlay(Overlay::ImportPreview), &[code(KeyCode::BackTab)], C::PrevField, "back to the file's path", ""),
    b(S::Overlay(Overlay::ImportPreview), &[code(KeyCode::Esc), ch('q')], C::Cancel, "close, importing nothing", "cancel"),
    // Merging twins
    b(S::Overlay(Overlay::Merge), &[ch('k'), code(KeyCode::Up)], C::Up, "previous twin", ""),
    b(S::Overlay(Overlay::Merge), &[ch('j'), code(KeyCode::Down)], C::Down, "next twin", "twin"),
    b(S::Overlay(Overlay::Merge), &[code(KeyCode::Tab)], C::NextField, "keep the other record's id", "which id"),
    b(S::Overlay(Overlay::Merge), &[code(KeyCode::Enter)], C::Submit, "merge (one edit: u undoes it, Ctrl-s saves it)", "merge"),
    b(S::Overlay(Overlay::Merge), &[code(KeyCode::Esc), ch('q')], C::Cancel, "close, merging nothing", "cancel"),
    // Forms
    b(S::Overlay(Overlay::Form), &[code(KeyCode::Tab), code(KeyCode::Down)], C::NextField, "next field", "next"),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::BackTab), code(KeyCode::Up)], C::PrevField, "previous field", ""),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::Enter), ctrl('s')], C::Submit, "check the form and apply it", "apply"),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::Esc)], C::Cancel, "close the form, changing nothing", "cancel"),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::Backspace)], C::Input(InputOp::Backspace), "delete a character (a chosen entry in a list field)", ""),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::End)], C::Input(InputOp::End), "keep the value and type after it (typing on entering a field replaces it)", ""),
    b(S::Overlay(Overlay::Form), &[ctrl('t')], C::MarkTentative, "mark the field not confirmed yet, or confirmed again (~ by its label)", "not confirmed"),
    // Pickers
    b(S::Overlay(Overlay::Picker), &[code(KeyCode::Up), ctrl('p')], C::Up, "move up (from the first row: to the last)", ""),
    b(S::Overlay(Overlay::Picker), &[code(KeyCode::Down), ctrl('n')], C::Down, "move down", ""),
    b(S::Overlay(Overlay::Picker), &[code(KeyCode::Enter)], C::Submit, "pick the selected row", "pick"),
    b(S::Overlay(Overlay::Picker), &[ctrl('a')], C::PickNew, "add what you typed as a new participant", "add new"),
    b(S::Overlay(Overlay::Picker), &[code(KeyCode::Esc)], C::Cancel, "close the picker", "cancel"),
    // Questions
    b(S::Overlay(Overlay::Confirm), &[code(KeyCode::Enter)], C::Submit, "the first answer", ""),
    b(S::Overlay(Overlay::Confirm), &[code(KeyCode::Esc)], C::Cancel, "the safe answer (nothing is changed)", "cancel"),
    // Command line
    // Exporting
    // Items of a session
    b(S::Overlay(Overlay::Items), &[ch('k'), code(KeyCode::Up)], C::Up, "move up", ""),
    b(S::Overlay(Overlay::Items), &[ch('j'), code(KeyCode::Down)], C::Down, "move down", ""),
    b(S::Overlay(Overlay::Items), &[ch('a')], C::AddSession, "add an item (presentation)", "add"),
    b(S::Overlay(Overlay::Items), &[ch('e'), code(KeyCode::Enter)], C::Edit, "edit the item: title, speakers, minutes", "edit"),
    b(S::Overlay(Overlay::Items), &[ch('d'), code(KeyCode::Delete)], C::Delete, "delete the item", "delete"),
    b(S::Overlay(Overlay::Items), &[ch('K'), alt(KeyCode::Up)], C::ItemUp, "move the item earlier", "reorder"),
    b(S::Overlay(Overlay::Items), &[ch('J'), alt(KeyCode::Down)], C::ItemDown, "move the item later", ""),
    b(S::Overlay(Overlay::Items), &[ch('u')], C::Undo, "undo the last edit", "undo"),
    b(S::Overlay(Overlay::Items), &[ctrl('r')], C::Redo, "redo", ""),
    b(S::Overlay(Overlay::Items), &[code(KeyCode::Esc), ch('q')], C::Cancel, "back to the schedule", "close"),
];

/// What takes the keys: the app's focus stack, bottom (the view) first,
/// and the views' own keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub layers: Vec<Layer>,
    pub views: Vec<&'static ViewKeys>,
    /// The registered dialogs, in help order (`editing::DIALOGS`).
    pub dialogs: Vec<&'static DialogKeys>,
}

impl Context {
    /// Just the view (for tests and the bottom of every stack), with `views`' keys.
    pub fn view(v: View, views: Vec<&'static ViewKeys>) -> Context {
        Context {
            layers: vec![Layer::View(v)],
            views,
            dialogs: Vec::new(),
        }
    }

    /// The bindings of scope `s` it knows.
    fn scoped(&self, s: Scope) -> impl Iterator<Item = &'static Binding> + Clone + '_ {
        scoped(&self.views, s)
    }

    /// The layer that takes the keys.
    pub fn top(&self) -> Layer {
        self.layers
            .last()
            .copied()
            .unwrap_or(Layer::View(View::Meetings))
    }

    /// The dialog on top, if one is.
    pub fn overlay(&self) -> Option<Overlay> {
        match self.top() {
            Layer::Dialog(o) => Some(o),
            _ => None,
        }
    }

    /// Whether letters typed are text for the top layer.
    pub fn takes_text(&self) -> bool {
        self.top().takes_text()
    }

    /// Scopes in lookup order: the first binding found wins. Only the top
    /// layer's: a dialog, prompt or search line covers what is under it,
    /// and review mode names the global keys it lets through.
    pub fn scopes(&self) -> Vec<Scope> {
        let mut out = vec![Scope::Always];
        out.extend(self.top().scopes());
        out
    }
}

/// The table below, then each of `views`' keys.
fn bindings<'a>(
    views: &'a [&'static ViewKeys],
) -> impl Iterator<Item = &'static Binding> + Clone + 'a {
    BINDINGS
        .iter()
        .chain(views.iter().flat_map(|v| v.keys.iter()))
}

/// The bindings of scope `s`: from the table and `views`, or a registered
/// dialog's own.
fn scoped<'a>(
    views: &'a [&'static ViewKeys],
    s: Scope,
) -> impl Iterator<Item = &'static Binding> + Clone + 'a {
    let own: &'static [Binding] = match s {
        Scope::Overlay(Overlay::Dialog(d)) => d.keys,
        _ => &[],
    };
    bindings(views)
        .filter(move |b| b.scope == s)
        .chain(own.iter())
}

pub fn lookup(key: Key, ctx: &Context) -> Option<Command> {
    ctx.scopes().into_iter().find_map(|s| {
        ctx.scoped(s)
            .find(|b| b.keys.contains(&key))
            .map(|b| b.command)
            .or_else(|| (s == Scope::Global).then(|| show_view(key)).flatten())
    })
}

/// Everywhere, `1`, `2`... show the views in tab order.
fn show_view(key: Key) -> Option<Command> {
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    let n = c.to_digit(10)?.checked_sub(1)?;
    let v = View::ALL.get(n as usize)?;
    (key.mods == KeyModifiers::NONE).then_some(Command::Show(*v))
}

pub fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(Key::label).collect::<Vec<_>>().join(" ")
}

/// Footer hints for the context, in the interface language.
pub fn footer(ctx: &Context) -> Vec<(String, String)> {
    footer_english(ctx)
        .into_iter()
        .map(|(k, h)| (k, crate::i18n::phrase(h)))
        .collect()
}

/// Footer hints for the context: the view's own first, then the global ones.
pub fn footer_english(ctx: &Context) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    // A key an earlier scope binds is that scope's: not hinted again for a
    // binding it shadows (the day grid's `v` over the Schedule's).
    let mut bound: Vec<Key> = Vec::new();
    for s in ctx.scopes() {
        let here = ctx.scoped(s);
        for b in here.clone().filter(|b| !b.hint.is_empty()) {
            let Some(key) = b.keys.first() else { continue };
            if !bound.contains(key) && !out.iter().any(|(_, h)| *h == b.hint) {
                out.push((key.label(), b.hint));
            }
        }
        bound.extend(here.flat_map(|b| b.keys.iter().copied()));
    }
    out
}

/// The dialogs' help sections, in order, after the views' (a test checks
/// every dialog is here).
const DIALOG_HELP: [Overlay; 10] = [
    Overlay::Choice,
    Overlay::ZoneName,
    Overlay::Line,
    Overlay::Form,
    Overlay::Picker,
    Overlay::Items,
    Overlay::Merge,
    Overlay::ImportFile,
    Overlay::ImportPreview,
    Overlay::Confirm,
];

/// The order of the help screen's sections: everywhere, lists, each view
/// in tab order with the sections it brings, the dialogs (the registered
/// `dialogs` last), the help.
pub fn help_order(views: &[&'static ViewKeys], dialogs: &[&'static DialogKeys]) -> Vec<Scope> {
    let mut out = vec![Scope::Global, Scope::Lists];
    for v in views {
        out.push(Scope::In(v.view));
        out.extend(v.help_after);
    }
    out.extend(DIALOG_HELP.map(Scope::Overlay));
    out.extend(dialogs.iter().map(|d| Scope::Overlay(Overlay::Dialog(d))));
    out.push(Scope::Help);
    out
}

/// The help screen's sections: a title and (keys, description) rows, in
/// the interface language.
pub fn help_sections(
    views: &[&'static ViewKeys],
    dialogs: &[&'static DialogKeys],
) -> Vec<(String, Vec<(String, String)>)> {
    help_sections_in(views, &help_order(views, dialogs))
}

/// The help's sections in the order `?` opens them in `ctx`: the sections
/// of the layers that take the keys there, top first (the dialog, then the
/// view under it, then everywhere), then every other section.
pub fn help_order_for(ctx: &Context) -> Vec<Scope> {
    let every = help_order(&ctx.views, &ctx.dialogs);
    let mut out: Vec<Scope> = Vec::new();
    for layer in ctx.layers.iter().rev() {
        for s in layer.scopes() {
            let s = if s == Scope::Always { Scope::Global } else { s };
            if every.contains(&s) && !out.contains(&s) && s != Scope::Global {
                out.push(s);
            }
        }
    }
    for s in every {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The sections of `order`, with `views`' keys: a title and (keys,
/// description) rows, in the interface language.
pub fn help_sections_in(
    views: &[&'static ViewKeys],
    order: &[Scope],
) -> Vec<(String, Vec<(String, String)>)> {
    help_sections_english(views, order)
        .into_iter()
        .map(|(title, rows)| {
            let rows = rows
                .into_iter()
                .map(|(k, h)| (k, crate::i18n::phrase(h)))
                .collect();
            (crate::i18n::phrase(title), rows)
        })
        .collect()
}

/// The sections of `order` as the tables write them (English).
pub fn help_sections_english(
    views: &[&'static ViewKeys],
    order: &[Scope],
) -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    order
        .iter()
        .copied()
        .map(|s| {
            let mut rows: Vec<(String, &'static str)> = Vec::new();
            for b in scoped(views, s) {
                rows.push((keys_label(b), b.help));
                // The views' number keys follow Tab and Shift-Tab.
                if s == Scope::Global && b.command == Command::PrevView {
                    rows.extend(
                        views
                            .iter()
                            .map(|v| ((v.view.index() + 1).to_string(), v.about)),
                    );
                }
            }
            if s == Scope::Global {
                rows.extend(
                    BINDINGS
                        .iter()
                        .filter(|b| b.scope == Scope::Always)
                        .map(|b| (keys_label(b), b.help)),
                );
            }
            (s.english_title(), rows)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::editing::{DIALOGS, prompt};
    use crate::tui::views;

    fn views() -> Vec<&'static ViewKeys> {
        views::keys()
    }

    fn ctx(view: View) -> Context {
        Context::view(view, views())
    }

    fn over(view: View, layer: Layer) -> Context {
        Context {
            layers: vec![Layer::View(view), layer],
            views: views(),
            dialogs: DIALOGS.to_vec(),
        }
    }

    /// Every layer a stack can have on top.
    fn every_top() -> Vec<Layer> {
        let mut out: Vec<Layer> = View::ALL.iter().copied().map(Layer::View).collect();
        out.extend([Layer::Review, Layer::Grid, Layer::Search, Layer::Help]);
        out.extend(overlays().into_iter().map(Layer::Dialog));
        out
    }

    /// Every dialog: the keymap's own, then the registered ones.
    fn overlays() -> Vec<Overlay> {
        let mut out = OVERLAYS.to_vec();
        out.extend(DIALOGS.iter().map(|d| Overlay::Dialog(d)));
        out
    }

    const OVERLAYS: [Overlay; 10] = [
        Overlay::Form,
        Overlay::Picker,
        Overlay::Confirm,
        Overlay::Items,
        Overlay::Choice,
        Overlay::ZoneName,
        Overlay::Line,
        Overlay::Merge,
        Overlay::ImportFile,
        Overlay::ImportPreview,
    ];

    #[test]
    fn arrows_and_vim_keys_agree() {
        let c = ctx(View::Roster);
        assert_eq!(lookup(ch('j'), &c), Some(Command::Down));
        assert_eq!(lookup(code(KeyCode::Down), &c), Some(Command::Down));
        assert_eq!(lookup(ch('3'), &c), Some(Command::Show(View::Roster)));
    }

    #[test]
    fn typing_a_search_takes_letters() {
        let c = over(View::Roster, Layer::Search);
        assert_eq!(
            lookup(ch('q'), &c),
            None,
            "q is a letter of a name while typing"
        );
        assert!(c.takes_text());
        assert_eq!(lookup(ctrl('c'), &c), Some(Command::Quit));
        assert_eq!(lookup(code(KeyCode::Esc), &c), Some(Command::SearchCancel));
        assert_eq!(
            lookup(ctrl('w'), &c),
            Some(Command::Input(InputOp::DeleteWord))
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for top in every_top() {
            let c = over(View::Meetings, top);
            let mut seen: Vec<(Key, Scope)> = Vec::new();
            for s in c.scopes() {
                for b in BINDINGS.iter().filter(|b| b.scope == s) {
                    for k in b.keys {
                        assert!(
                            !seen.iter().any(|(x, at)| x == k && *at == s),
                            "{k:?} bound twice in {s:?}"
                        );
                        seen.push((*k, s));
                    }
                }
            }
        }
    }

    /// Every dialog's scope has keys, a way out, and is shown in help; every
    /// scope shown in help is reachable from some layer.
    #[test]
    fn every_dialog_scope_is_bound_and_in_help() {
        let help: Vec<String> = help_sections(&views(), DIALOGS)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        for o in overlays() {
            let c = over(View::Schedule, Layer::Dialog(o));
            assert!(
                scoped(&views(), Scope::Overlay(o)).next().is_some(),
                "{o:?} has no keys"
            );
            if let Overlay::Dialog(d) = o {
                assert!(
                    d.keys.iter().all(|b| b.scope == Scope::Overlay(o)),
                    "{o:?}: a binding names another scope"
                );
            }
            assert!(
                lookup(code(KeyCode::Esc), &c).is_some() || lookup(ch('q'), &c).is_some(),
                "{o:?} has no way out"
            );
            assert!(
                help.contains(&Scope::Overlay(o).title()),
                "{o:?} is not in the help"
            );
            assert_eq!(c.overlay(), Some(o));
            assert_eq!(c.takes_text(), o.takes_text());
        }
        let reachable: Vec<Scope> = every_top()
            .into_iter()
            .flat_map(|l| over(View::Meetings, l).scopes())
            .collect();
        for s in help_order(&views(), DIALOGS) {
            assert!(
                reachable.contains(&s),
                "{s:?} is in help but no layer has it"
            );
        }
    }

    #[test]
    fn a_text_line_has_its_keys_where_it_is_focused() {
        for top in [
            Layer::Search,
            Layer::Dialog(Overlay::Line),
            Layer::Dialog(Overlay::ZoneName),
            Layer::Dialog(Overlay::Choice),
            Layer::Dialog(Overlay::Dialog(&prompt::KEYS)),
            Layer::Dialog(Overlay::Picker),
        ] {
            let c = over(View::FollowUps, top);
            assert_eq!(
                lookup(code(KeyCode::Left), &c),
                Some(Command::Input(InputOp::Left)),
                "{top:?}"
            );
            assert_eq!(
                lookup(ctrl('u'), &c),
                Some(Command::Input(InputOp::Clear)),
                "{top:?}"
            );
        }
        // The note prompt's footer is its own, not the roster search's.
        let f = footer(&over(View::FollowUps, Layer::Dialog(Overlay::Line)));
        let hints: Vec<&str> = f.iter().map(|(_, h)| h.as_str()).collect();
        assert_eq!(hints, ["apply", "drop"]);
    }

    #[test]
    fn review_lets_the_global_keys_through_only() {
        let c = over(View::FollowUps, Layer::Review);
        assert_eq!(
            lookup(ch('4'), &c),
            Some(Command::ReviewStatus(FollowUpStatus::Done))
        );
        assert_eq!(lookup(ch('?'), &c), Some(Command::Help));
        assert_eq!(lookup(ch('b'), &c), None, "grouping rests while reviewing");
    }

    #[test]
    fn help_and_footer_come_from_the_table() {
        let sections = help_sections(&views(), DIALOGS);
        assert!(
            sections
                .iter()
                .any(|(t, rows)| t == "Roster" && rows.iter().any(|(k, _)| k == "/"))
        );
        let f = footer(&ctx(View::Roster));
        assert_eq!(
            f.first().map(|(k, h)| (k.as_str(), h.as_str())),
            Some(("/", "search"))
        );
        assert!(f.iter().any(|(k, h)| k == "q" && h == "quit"));
    }

    /// Every phrase the keymap shows (descriptions, hints, section titles,
    /// view names) is in every catalogue, and the English catalogue says
    /// it as the table does, so English output is the table's own words.
    #[test]
    fn every_phrase_is_in_every_catalogue() {
        use crate::i18n::{self, Lang};
        let views = views();
        let mut phrases: Vec<&'static str> = Vec::new();
        for b in bindings(&views).chain(DIALOGS.iter().flat_map(|d| d.keys.iter())) {
            phrases.extend([b.help, b.hint].into_iter().filter(|p| !p.is_empty()));
        }
        phrases.extend(views.iter().map(|v| v.about));
        phrases.extend(
            help_order(&views, DIALOGS)
                .into_iter()
                .map(Scope::english_title),
        );
        phrases.extend(View::ALL.iter().map(|v| v.title()));
        let mut missing = Vec::new();
        for p in phrases {
            let key = i18n::phrase_key(p);
            for lang in Lang::ALL {
                if !i18n::has(lang, &key) {
                    missing.push(format!("{key} = {p}   (missing in {}.ftl)", lang.code()));
                }
            }
            let en = i18n::text(Lang::En, &key, &i18n::Args::new());
            if i18n::has(Lang::En, &key) && en != i18n::shown(p) {
                missing.push(format!("{key}: en.ftl says `{en}`, the table `{p}`"));
            }
        }
        assert!(
            missing.is_empty(),
            "add to src/i18n/*.ftl:\n{}",
            missing.join("\n")
        );
    }
}
