//! The keymap, kept as data: every binding carries its description, and the
//! `?` help screen and the footer hints are generated from this table, so
//! they cannot drift from what the keys do. Arrows and vim keys both work.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Command, InterpCommand, View};
use crate::domain::FollowUpStatus;

/// One key as pressed: a code and the Control/Alt modifiers (Shift is part
/// of the character: `J` is Shift-j).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn ch(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::ALT,
    }
}
const fn code(code: KeyCode) -> Key {
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
    /// While typing a roster search.
    Search,
    /// While the help screen is open.
    Help,
    /// Review mode in the Follow-ups view.
    Review,
    /// While an editing dialog is open (see `tui::editing`).
    Overlay(Overlay),
}

/// The editing dialogs, each with its own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Overlay {
    Form,
    Picker,
    Confirm,
    Prompt,
    Items,
    /// The Interpretation view's choice list (an interpreter, a relay, a language).
    Choice,
    /// Typing a time-zone name in the Schedule (`Z`).
    ZoneName,
}

impl Overlay {
    /// Whether letters typed go into the dialog rather than to commands.
    pub fn takes_text(self) -> bool {
        !matches!(self, Overlay::Items)
    }
}

impl Scope {
    pub fn title(self) -> &'static str {
        match self {
            Scope::Always | Scope::Global => "Everywhere",
            Scope::Lists => "In every list",
            Scope::In(v) => v.title(),
            Scope::Search => "While typing a search",
            Scope::Help => "In this help",
            Scope::Review => "Reviewing follow-ups (R)",
            Scope::Overlay(Overlay::Form) => "In a form",
            Scope::Overlay(Overlay::Picker) => "In a picker (type to filter)",
            Scope::Overlay(Overlay::Confirm) => "In a question",
            Scope::Overlay(Overlay::Prompt) => "On the : command line (w save, q quit, wq, q!)",
            Scope::Overlay(Overlay::Items) => "In a session's items",
            Scope::Overlay(Overlay::Choice) => "In a choice list (type to filter)",
            Scope::Overlay(Overlay::ZoneName) => "Typing a time zone",
        }
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    pub scope: Scope,
    /// For the help screen.
    pub help: &'static str,
    /// For the footer; empty when the binding is not worth the space there.
    pub hint: &'static str,
}

const fn b(
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

use Command as C;
use Scope as S;

#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(S::Always, &[ctrl('c')], C::Quit, "quit (asks first when edits are unsaved; again to quit without saving)", ""),
    // Help
    b(S::Help, &[code(KeyCode::Esc), ch('?'), ch('q')], C::CloseHelp, "close the help", "close"),
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
    b(S::Search, &[code(KeyCode::Down)], C::Down, "move down in the results", "move"),
    b(S::Search, &[code(KeyCode::PageUp)], C::PageUp, "page up", ""),
    b(S::Search, &[code(KeyCode::PageDown)], C::PageDown, "page down", ""),
    b(S::Search, &[code(KeyCode::Backspace)], C::SearchBackspace, "delete the last character", ""),
    b(S::Search, &[ctrl('u')], C::SearchClear, "delete the whole search", ""),
    // Everywhere
    b(S::Global, &[ch('q')], C::Quit, "quit (asks first when edits are unsaved)", "quit"),
    b(S::Global, &[ch('?')], C::Help, "show every key (this screen)", "help"),
    b(S::Global, &[code(KeyCode::Tab)], C::NextView, "next view", "views"),
    b(S::Global, &[code(KeyCode::BackTab)], C::PrevView, "previous view", ""),
    b(S::Global, &[ch('1')], C::Show(View::Meetings), "Meetings: every meeting in the folder", ""),
    b(S::Global, &[ch('2')], C::Show(View::Schedule), "Schedule of the selected meeting, day by day", ""),
    b(S::Global, &[ch('3')], C::Show(View::Roster), "Roster: the meeting's participants", ""),
    b(S::Global, &[ch('4')], C::Show(View::FollowUps), "Follow-ups: commitments by due date", ""),
    b(S::Global, &[ch('5')], C::Show(View::Problems), "Problems: errors and warnings from the checks", ""),
    b(S::Global, &[ch('6')], C::Show(View::Interpretation), "Interpretation: booths, interpreters and their load, day by day", ""),
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
    // Meetings
    b(S::In(View::Meetings), &[code(KeyCode::Enter), ch('l')], C::Open, "open the meeting's schedule", "open"),
    // Schedule
    b(S::In(View::Schedule), &[ch('z')], C::CycleZone, "show times in the next zone: the meeting's, UTC, the participants'", "zone"),
    b(S::In(View::Schedule), &[ch('Z')], C::TypeZone, "show times in a zone you type (IANA name, e.g. Europe/Paris)", ""),
    b(S::In(View::Schedule), &[code(KeyCode::Esc), ch('h')], C::Back, "back to the meeting's zone; in it, back to the meetings", "back"),
    b(S::In(View::Schedule), &[ch('f')], C::AddFollowUp, "add a follow-up this session produced", "follow-up"),
    // Roster
    b(S::In(View::Roster), &[ch('/')], C::Search, "search names, organizations and countries (any script, words in any order)", "search"),
    b(S::In(View::Roster), &[ch('s')], C::SortNext, "sort by the next column", "sort"),
    b(S::In(View::Roster), &[ch('S')], C::SortReverse, "reverse the sort order", ""),
    b(S::In(View::Roster), &[ch('c')], C::FilterCountry, "filter by country (press again for the next)", "country"),
    b(S::In(View::Roster), &[ch('r')], C::FilterRole, "filter by role (press again for the next)", "role"),
    b(S::In(View::Roster), &[ch('t')], C::FilterStatus, "filter by status (press again for the next)", "status"),
    b(S::In(View::Roster), &[ch('x')], C::ClearFilters, "clear the search and every filter", ""),
    b(S::In(View::Roster), &[code(KeyCode::Esc)], C::Back, "clear search and filters; with none, back to the meetings", "back"),
    // Follow-ups
    b(S::In(View::FollowUps), &[ch('R')], C::StartReview, "review the open ones, oldest due first", "review"),
    b(S::In(View::FollowUps), &[ch('s')], C::StatusNext, "next status: open, in progress, waiting, done, dropped", "status"),
    b(S::In(View::FollowUps), &[ch('n')], C::AddNote, "add a progress note dated today", "note"),
    b(S::In(View::FollowUps), &[ch('d')], C::MoveDue, "change the due date (YYYY-MM-DD, +14d, +2w)", "due"),
    b(S::In(View::FollowUps), &[ch('e'), code(KeyCode::Enter)], C::EditFollowUp, "edit: title, owner (a participant or an organization), due date, tags", "edit"),
    b(S::In(View::FollowUps), &[ch('C')], C::CarryOver, "carry the open follow-ups of the series' previous meeting into this one", ""),
    b(S::In(View::FollowUps), &[ch('/')], C::Search, "search titles, owners, tags and notes (any script, words in any order)", "search"),
    b(S::In(View::FollowUps), &[ch('b')], C::GroupNext, "group by state, meeting, owner, status or due month", "group"),
    b(S::In(View::FollowUps), &[ch('a')], C::ToggleAllMeetings, "this meeting only, or every meeting", "all/one"),
    b(S::In(View::FollowUps), &[ch('o')], C::ToggleOpenOnly, "owed only, or every status", ""),
    b(S::In(View::FollowUps), &[ch('t')], C::FilterStatus, "filter by status (press again for the next)", ""),
    b(S::In(View::FollowUps), &[ch('w')], C::FilterOwner, "filter by owner (press again for the next)", ""),
    b(S::In(View::FollowUps), &[ch('m')], C::FilterMeeting, "filter by meeting (press again for the next)", ""),
    b(S::In(View::FollowUps), &[ch('#')], C::FilterTag, "filter by tag (press again for the next)", ""),
    b(S::In(View::FollowUps), &[ch('c')], C::FilterCountry, "filter by the owner's country (press again for the next)", ""),
    b(S::In(View::FollowUps), &[ch('x')], C::ClearFilters, "clear the search and every filter", ""),
    b(S::In(View::FollowUps), &[code(KeyCode::Esc)], C::Back, "clear search and filters; with none, back to the meetings", ""),
    // Interpretation
    b(S::In(View::Interpretation), &[ch('i'), ch('+')], C::Interp(InterpCommand::AddInterpreter), "add an interpreter to the selected booth (best fit first)", "add"),
    b(S::In(View::Interpretation), &[ch('x'), ch('-')], C::Interp(InterpCommand::RemoveInterpreter), "take an interpreter out of the selected booth", "remove"),
    b(S::In(View::Interpretation), &[ch('w')], C::Interp(InterpCommand::ToggleTwoWay), "make the booth two-way (retour) or one-way", "two-way"),
    b(S::In(View::Interpretation), &[ch('r')], C::Interp(InterpCommand::SetRelay), "take the booth's source from the floor or another booth (relay)", "relay"),
    b(S::In(View::Interpretation), &[ch('a')], C::Interp(InterpCommand::AddLanguage), "add a channel: interpret the session into another language", "channel"),
    b(S::In(View::Interpretation), &[ch('D')], C::Interp(InterpCommand::RemoveLanguage), "remove the selected booth's channel", ""),
    b(S::In(View::Interpretation), &[ch('p')], C::Interp(InterpCommand::WriteTurns), "write the session's turn plan beside the agenda (<file>-<session>-turns.txt)", "print"),
    b(S::In(View::Interpretation), &[ch('z')], C::CycleZone, "show times in the next zone (as in the Schedule)", ""),
    b(S::In(View::Interpretation), &[code(KeyCode::Esc)], C::Back, "back to the meetings", ""),
    // Choice lists of the Interpretation view
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::Up)], C::Up, "move up", ""),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::Down)], C::Down, "move down", "move"),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::PageUp)], C::PageUp, "page up", ""),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::PageDown)], C::PageDown, "page down", ""),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::Enter)], C::Submit, "take the selected one (one edit: u undoes it)", "take"),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::Esc)], C::Cancel, "close the list, changing nothing", "cancel"),
    b(S::Overlay(Overlay::Choice), &[code(KeyCode::Backspace)], C::Erase, "delete a character of the filter", ""),
    b(S::Overlay(Overlay::Choice), &[ctrl('u')], C::SearchClear, "clear the filter", ""),
    // Typing a zone
    b(S::Overlay(Overlay::ZoneName), &[code(KeyCode::Enter)], C::Submit, "show times in the zone typed; a wrong name gets a hint", "show"),
    b(S::Overlay(Overlay::ZoneName), &[code(KeyCode::Esc)], C::Cancel, "keep the zone shown now", "cancel"),
    b(S::Overlay(Overlay::ZoneName), &[code(KeyCode::Backspace)], C::Erase, "delete a character", ""),
    b(S::Overlay(Overlay::ZoneName), &[ctrl('u')], C::SearchClear, "delete the whole name", ""),
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
    // Problems
    b(S::In(View::Problems), &[code(KeyCode::Enter)], C::Open, "go to the session, participant or follow-up it is about", "go to"),
    b(S::In(View::Problems), &[code(KeyCode::Esc)], C::Back, "back to the meetings", ""),
    // Editing, everywhere
    b(S::Global, &[ch('u')], C::Undo, "undo the last edit", "undo"),
    b(S::Global, &[ctrl('r')], C::Redo, "redo what was undone", ""),
    b(S::Global, &[ctrl('s')], C::Save, "save the meeting (atomic; refuses a file changed on disk)", "save"),
    b(S::Global, &[ch(':')], C::CommandLine, "command line: :w save, :q quit, :wq save and quit, :q! quit without saving", ""),
    b(S::Global, &[ch('E')], C::ExternalEdit, "open the meeting file in $EDITOR at the selected item; reload on return", ""),
    // Editing the schedule
    b(S::In(View::Schedule), &[ch('a')], C::AddSession, "add a session", "add"),
    b(S::In(View::Schedule), &[ch('b')], C::AddBreak, "add a break", ""),
    b(S::In(View::Schedule), &[ch('e'), code(KeyCode::Enter)], C::Edit, "edit the session (title, times, room, chair, languages...)", "edit"),
    b(S::In(View::Schedule), &[ch('D')], C::Duplicate, "duplicate the session", ""),
    b(S::In(View::Schedule), &[ch('d'), code(KeyCode::Delete)], C::Delete, "delete the session (asks first)", ""),
    b(S::In(View::Schedule), &[ch('m')], C::MoveSession, "move the session to another day or time", "move"),
    b(S::In(View::Schedule), &[ch('<')], C::Shorter, "shorten the session by 15 minutes", ""),
    b(S::In(View::Schedule), &[ch('>')], C::Longer, "lengthen the session by 15 minutes", ""),
    b(S::In(View::Schedule), &[ch('[')], C::ShorterBit, "shorten the session by 5 minutes", ""),
    b(S::In(View::Schedule), &[ch(']')], C::LongerBit, "lengthen the session by 5 minutes", ""),
    b(S::In(View::Schedule), &[ch('R')], C::Resize, "set the session's end or length, optionally shifting the rest of the day", ""),
    b(S::In(View::Schedule), &[ch('i')], C::Items, "the session's items (presentations): add, edit, delete, reorder", "items"),
    // Editing the roster
    b(S::In(View::Roster), &[ch('a')], C::AddParticipant, "add a participant", "add"),
    b(S::In(View::Roster), &[ch('e'), code(KeyCode::Enter)], C::Edit, "edit the participant", "edit"),
    b(S::In(View::Roster), &[ch('d'), code(KeyCode::Delete)], C::Delete, "remove the participant (asks, and says where they appear)", ""),
    b(S::In(View::Roster), &[ch(' ')], C::CycleStatus, "next status: invited, confirmed, attended, declined", "status+"),
    // A new meeting
    b(S::In(View::Meetings), &[ch('n')], C::NewMeeting, "create a new meeting file from a short form", "new"),
    b(S::In(View::Meetings), &[ch('e')], C::Edit, "edit the meeting: title, dates, time zone, working languages, format", ""),
    // Forms
    b(S::Overlay(Overlay::Form), &[code(KeyCode::Tab), code(KeyCode::Down)], C::NextField, "next field", "next"),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::BackTab), code(KeyCode::Up)], C::PrevField, "previous field", ""),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::Enter), ctrl('s')], C::Submit, "check the form and apply it", "apply"),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::Esc)], C::Cancel, "close the form, changing nothing", "cancel"),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::Backspace)], C::Erase, "delete a character (a chosen entry in a list field)", ""),
    b(S::Overlay(Overlay::Form), &[ctrl('u')], C::SearchClear, "empty the field", ""),
    b(S::Overlay(Overlay::Form), &[code(KeyCode::Right), code(KeyCode::End)], C::EditValue, "keep the value and type after it (typing on entering a field replaces it)", ""),
    // Pickers
    b(S::Overlay(Overlay::Picker), &[code(KeyCode::Up), ctrl('p')], C::Up, "move up (from the first row: to the last)", ""),
    b(S::Overlay(Overlay::Picker), &[code(KeyCode::Down), ctrl('n')], C::Down, "move down", ""),
    b(S::Overlay(Overlay::Picker), &[code(KeyCode::Enter)], C::Submit, "pick the selected row", "pick"),
    b(S::Overlay(Overlay::Picker), &[ctrl('a')], C::PickNew, "add what you typed as a new participant", "add new"),
    b(S::Overlay(Overlay::Picker), &[code(KeyCode::Esc)], C::Cancel, "close the picker", "cancel"),
    b(S::Overlay(Overlay::Picker), &[code(KeyCode::Backspace)], C::Erase, "delete a character", ""),
    b(S::Overlay(Overlay::Picker), &[ctrl('u')], C::SearchClear, "empty the search", ""),
    // Questions
    b(S::Overlay(Overlay::Confirm), &[code(KeyCode::Enter)], C::Submit, "the first answer", ""),
    b(S::Overlay(Overlay::Confirm), &[code(KeyCode::Esc)], C::Cancel, "the safe answer (nothing is changed)", "cancel"),
    // Command line
    b(S::Overlay(Overlay::Prompt), &[code(KeyCode::Enter)], C::Submit, "run the command", "run"),
    b(S::Overlay(Overlay::Prompt), &[code(KeyCode::Esc)], C::Cancel, "close the command line", "cancel"),
    b(S::Overlay(Overlay::Prompt), &[code(KeyCode::Backspace)], C::Erase, "delete a character", ""),
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

/// What the app is doing, which decides the scopes a key is looked up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    pub view: View,
    pub help: bool,
    pub searching: bool,
    /// Review mode is on in the Follow-ups view.
    pub review: bool,
    /// An editing dialog is open; it takes the keys.
    pub overlay: Option<Overlay>,
}

impl Context {
    /// Scopes in lookup order: the first binding found wins.
    pub fn scopes(&self) -> Vec<Scope> {
        if let Some(o) = self.overlay {
            vec![Scope::Always, Scope::Overlay(o)]
        } else if self.help {
            vec![Scope::Always, Scope::Help]
        } else if self.searching {
            vec![Scope::Always, Scope::Search]
        } else if self.review {
            vec![Scope::Always, Scope::Review, Scope::Global]
        } else {
            vec![
                Scope::Always,
                Scope::In(self.view),
                Scope::Lists,
                Scope::Global,
            ]
        }
    }
}

pub fn lookup(key: Key, ctx: Context) -> Option<Command> {
    ctx.scopes().into_iter().find_map(|s| {
        BINDINGS
            .iter()
            .find(|b| b.scope == s && b.keys.contains(&key))
            .map(|b| b.command)
    })
}

pub fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(Key::label).collect::<Vec<_>>().join(" ")
}

/// Footer hints for the context: the view's own first, then the global ones.
pub fn footer(ctx: Context) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for s in ctx.scopes() {
        for b in BINDINGS
            .iter()
            .filter(|b| b.scope == s && !b.hint.is_empty())
        {
            let first = b.keys.first().map(Key::label).unwrap_or_default();
            if !out.iter().any(|(_, h)| *h == b.hint) {
                out.push((first, b.hint));
            }
        }
    }
    out
}

/// The help screen's sections: a title and (keys, description) rows.
pub fn help_sections() -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    let order = [
        Scope::Global,
        Scope::Lists,
        Scope::In(View::Meetings),
        Scope::In(View::Schedule),
        Scope::In(View::Roster),
        Scope::Search,
        Scope::In(View::FollowUps),
        Scope::Review,
        Scope::In(View::Problems),
        Scope::In(View::Interpretation),
        Scope::Overlay(Overlay::Choice),
        Scope::Overlay(Overlay::ZoneName),
        Scope::Overlay(Overlay::Form),
        Scope::Overlay(Overlay::Picker),
        Scope::Overlay(Overlay::Items),
        Scope::Overlay(Overlay::Confirm),
        Scope::Overlay(Overlay::Prompt),
        Scope::Help,
    ];
    order
        .into_iter()
        .map(|s| {
            let mut rows: Vec<(String, &'static str)> = BINDINGS
                .iter()
                .filter(|b| b.scope == s)
                .map(|b| (keys_label(b), b.help))
                .collect();
            if s == Scope::Global {
                rows.extend(
                    BINDINGS
                        .iter()
                        .filter(|b| b.scope == Scope::Always)
                        .map(|b| (keys_label(b), b.help)),
                );
            }
            (s.title(), rows)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(view: View) -> Context {
        Context {
            view,
            help: false,
            searching: false,
            review: false,
            overlay: None,
        }
    }

    #[test]
    fn arrows_and_vim_keys_agree() {
        let c = ctx(View::Roster);
        assert_eq!(lookup(ch('j'), c), Some(Command::Down));
        assert_eq!(lookup(code(KeyCode::Down), c), Some(Command::Down));
        assert_eq!(lookup(ch('3'), c), Some(Command::Show(View::Roster)));
    }

    #[test]
    fn typing_a_search_takes_letters() {
        let c = Context {
            view: View::Roster,
            help: false,
            searching: true,
            review: false,
            overlay: None,
        };
        assert_eq!(
            lookup(ch('q'), c),
            None,
            "q is a letter of a name while typing"
        );
        assert_eq!(lookup(ctrl('c'), c), Some(Command::Quit));
        assert_eq!(lookup(code(KeyCode::Esc), c), Some(Command::SearchCancel));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for view in View::ALL {
            let overlays = [
                None,
                Some(Overlay::Form),
                Some(Overlay::Picker),
                Some(Overlay::Confirm),
                Some(Overlay::Prompt),
                Some(Overlay::Items),
            ];
            for (help, searching, review, overlay) in [
                (false, false, false),
                (true, false, false),
                (false, true, false),
                (false, false, true),
            ]
            .into_iter()
            .flat_map(|(h, s, r)| overlays.map(|o| (h, s, r, o)))
            {
                let c = Context {
                    view,
                    help,
                    searching,
                    review,
                    overlay,
                };
                let scopes = c.scopes();
                for s in &scopes {
                    let mut seen: Vec<Key> = Vec::new();
                    for b in BINDINGS.iter().filter(|b| b.scope == *s) {
                        for k in b.keys {
                            assert!(!seen.contains(k), "{k:?} bound twice in {s:?}");
                            seen.push(*k);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn help_and_footer_come_from_the_table() {
        let sections = help_sections();
        assert!(
            sections
                .iter()
                .any(|(t, rows)| *t == "Roster" && rows.iter().any(|(k, _)| k == "/"))
        );
        let f = footer(ctx(View::Roster));
        assert_eq!(
            f.first().map(|(k, h)| (k.as_str(), *h)),
            Some(("/", "search"))
        );
        assert!(f.iter().any(|(k, h)| k == "q" && *h == "quit"));
    }
}
