//! The app's state and [`App::update`], the one place it changes.
//!
//! Keys arrive as [`Command`]s (through the keymap), mouse and resize and
//! loader news as other [`Action`]s. Views read this state and never change
//! it; what they need precomputed (list rows, scroll offsets) is kept here.
//! Every document lives in [`Library`]; a later editing layer changes a
//! document there, calls [`Entry::refresh`](super::library::Entry::refresh)
//! and then [`App::documents_changed`].

mod display_lang;
pub mod editing;
pub mod focus;
pub mod followups;
pub mod grid_state;
pub mod help_state;
pub mod interp;
pub mod prompts;
pub mod roster_filter;
pub mod view_spec;

use crate::tui::status::Level;
use std::collections::HashMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::layout::Rect;

use super::action::{Action, Command, Load, Mouse, View};
use super::input::TextInput;
use super::keymap::ViewKeys;
use super::layout::{self, ViewLayout};
use super::library::{Entry, Library, MeetingId, index_in};
use super::roster_state::RosterState;
use super::scroll::Scroll;
use super::status::Status;
use super::theme::Theme;
use super::widgets::wrapped_height;
pub use super::zone_view::ScheduleRow;
use super::zone_view::ZoneState;
use crate::search::{Matcher, Query};
use editing::EditState;
use focus::{EventState, Press};
use followups::FollowUpsState;
use interp::InterpState;
use view_spec::ViewSpec;

#[derive(Debug, Clone, Default)]
pub struct Loading {
    /// Files found to load, once known.
    pub total: Option<usize>,
    pub done: usize,
    pub current: Option<PathBuf>,
    pub finished: bool,
    /// Why nothing could be opened (missing folder...).
    pub no_source: Option<String>,
    pub ticks: u64,
}

/// A list with a detail pane beside or below it.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListState {
    pub scroll: Scroll,
    pub detail_scroll: u16,
}

impl ListState {
    /// The list's and the detail pane's scroll positions, as a view's
    /// `SPEC` hands them to the app.
    pub fn parts(&mut self) -> (&mut Scroll, &mut u16) {
        (&mut self.scroll, &mut self.detail_scroll)
    }
}

#[derive(Debug, Default)]
pub struct ScheduleState {
    pub entry: Option<MeetingId>,
    /// The documents (or the shown zone) changed since the rows were built.
    pub(crate) stale: bool,
    pub rows: Vec<ScheduleRow>,
    pub list: ListState,
    /// The day grid's cursor while the grid is shown instead of the list (`v`).
    pub grid: Option<grid_state::GridCursor>,
    /// Per meeting, every room its grid has shown while Plenary runs, in
    /// the order first shown: a room emptied by a move (or by `v v`, undo,
    /// a reload) keeps its column and place, so the session can go back.
    pub grid_rooms: std::collections::HashMap<MeetingId, Vec<String>>,
    /// Where the cursor goes when the rows are built again after an edit
    /// of the sessions (undo and redo too): the session it was on, its
    /// index moved by the edit, so a session added or removed above does
    /// not move it onto another.
    pub(crate) follow: Option<Follow>,
}

/// The Schedule cursor's place across an edit of the sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Follow {
    /// The session it was on, at this index now.
    Session(usize),
    /// Its session was removed: the row nearest to where it was.
    Row(usize),
}

impl Follow {
    /// Session `at` moved through `changes`: its index now, or `None` when
    /// they removed it.
    fn through(at: usize, changes: &[crate::edit::Change]) -> Option<usize> {
        use crate::edit::{Change, ListOp};
        let mut at = Some(at);
        for c in changes {
            let (Change::Session(op), Some(i)) = (c, at) else {
                continue;
            };
            at = match *op {
                ListOp::Insert(n, _) if n <= i => Some(i + 1),
                ListOp::Remove(n, _) if n == i => None,
                ListOp::Remove(n, _) if n < i => Some(i - 1),
                ListOp::Move { from, to } if from == i => Some(to),
                ListOp::Move { from, to } if from < i && to >= i => Some(i - 1),
                ListOp::Move { from, to } if from > i && to <= i => Some(i + 1),
                _ => Some(i),
            };
        }
        at
    }
}

/// The session row nearest to row `r` (the later one on a tie, so the
/// cursor moves on to what followed a removed session).
fn nearest_session_row(rows: &[ScheduleRow], r: usize) -> Option<usize> {
    let is_session = |i: usize| matches!(rows.get(i), Some(ScheduleRow::Session(_)));
    (0..rows.len()).find_map(|d| {
        [r.checked_add(d), r.checked_sub(d)]
            .into_iter()
            .flatten()
            .find(|&i| is_session(i))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemRef {
    /// A file that could not be loaded (index into `Library::failures`).
    Failure(usize),
    /// (meeting, problem index).
    Entry(MeetingId, usize),
    /// (meeting, index into its `on_disk`): an error of its file on disk,
    /// which does not load (the meeting shown is the version before).
    OnDisk(MeetingId, usize),
}

#[derive(Debug, Default)]
pub struct ProblemsState {
    pub rows: Vec<ProblemRef>,
    pub list: ListState,
}

pub struct App {
    pub library: Library,
    pub loading: Loading,
    pub(crate) today: NaiveDate,
    pub(crate) theme: Theme,
    pub area: Rect,
    pub view: View,
    /// The help screen, while it is open.
    pub help: Option<help_state::HelpState>,
    /// Display language chosen with `L`, when the meeting has it.
    pub(crate) lang: Option<String>,
    pub meetings: ListState,
    pub schedule: ScheduleState,
    pub roster: RosterState,
    /// The Roster's filter choice list (`c`, `r`, `t`), while open.
    pub roster_choice: Option<crate::tui::roster_choice::FacetChoice>,
    pub followups: FollowUpsState,
    pub problems: ProblemsState,
    pub interp: InterpState,
    /// The zone the Schedule shows times in.
    pub zone: ZoneState,
    /// A one-line message for the footer, until the next key (set with [`App::say`]).
    pub status: Option<Status>,
    /// The user chose a meeting; until then loading keeps the earliest selected.
    picked: bool,
    pub quit: bool,
    pub(crate) matcher: Matcher,
    /// Editing dialogs and the state of saving (see `tui::app::editing`).
    pub edit: EditState,
    /// The views, in tab order (`tui::views::VIEWS`).
    views: &'static [ViewSpec],
    /// List positions of views that keep none of their own.
    lists: HashMap<View, ListState>,
}

impl App {
    /// The app showing `views` (in tab order); `tui::App::new` gives it
    /// every view there is.
    pub fn with_views(
        views: &'static [ViewSpec],
        root: PathBuf,
        today: NaiveDate,
        theme: Theme,
        area: Rect,
    ) -> App {
        App {
            views,
            lists: HashMap::new(),
            library: Library::new(root),
            loading: Loading::default(),
            today,
            theme,
            area,
            view: View::Meetings,
            help: None,
            lang: None,
            meetings: ListState::default(),
            schedule: ScheduleState::default(),
            roster: RosterState::default(),
            roster_choice: None,
            followups: FollowUpsState::new(),
            problems: ProblemsState::default(),
            interp: InterpState::default(),
            zone: ZoneState::default(),
            status: None,
            picked: false,
            quit: false,
            matcher: Matcher::default(),
            edit: EditState::default(),
        }
    }

    /// The meeting the Schedule, Roster and Follow-ups views show: the one
    /// selected in the Meetings list.
    pub fn current(&self) -> Option<MeetingId> {
        let n = self.library.entries.len();
        (n > 0).then(|| self.library.entries[self.meetings.scroll.selected.min(n - 1)].id)
    }

    /// The current meeting's entry.
    pub fn current_entry(&self) -> Option<&Entry> {
        self.current().and_then(|id| self.library.get(id))
    }

    /// Meeting `id`, while it is open.
    pub fn entry(&self, id: MeetingId) -> Option<&Entry> {
        self.library.get(id)
    }

    /// Display language and the fallbacks for the current meeting (see
    /// [`App::language_of`]).
    pub fn language(&self) -> (String, Vec<String>) {
        match self.current() {
            Some(e) => self.language_of(self.library[e].meeting()),
            None => (
                display_lang::display_lang(self.lang.as_deref(), crate::i18n::current(), &[]),
                Vec::new(),
            ),
        }
    }

    pub fn layout(&self, view: View) -> ViewLayout {
        // The roster's height follows its size, not the search results, so it does not jump while typing.
        let rows = match view {
            View::Roster => self
                .roster
                .entry
                .and_then(|e| self.library.get(e))
                .map_or(0, |e| e.meeting().people().len()),
            _ => self.len(view),
        };
        layout::view(self.spec(view).shape, layout::screen(self.area).body, rows)
    }

    /// What the app knows of `view` (its `SPEC` in `tui/views/`).
    pub fn spec(&self, view: View) -> &'static ViewSpec {
        self.views
            .iter()
            .find(|s| s.view() == view)
            .unwrap_or(&view_spec::UNLISTED)
    }

    /// The views' keys, for the keymap.
    pub fn view_keys(&self) -> Vec<&'static ViewKeys> {
        self.views.iter().map(|s| &s.keys).collect()
    }

    /// The list position the app keeps for a view that keeps none of its own.
    pub fn list_of(&mut self, view: View) -> (&mut Scroll, &mut u16) {
        self.lists.entry(view).or_default().parts()
    }

    fn height(&self, view: View) -> usize {
        self.layout(view).list.height()
    }

    fn len(&self, view: View) -> usize {
        (self.spec(view).len)(self)
    }

    fn list_mut(&mut self, view: View) -> (&mut Scroll, &mut u16) {
        (self.spec(view).list)(self, view)
    }

    /// Sets the footer's message: the one way every message is set.
    pub fn say(&mut self, level: Level, text: impl Into<String>) {
        self.status = Some(Status {
            level,
            text: text.into(),
        });
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::Run(c) => {
                self.status = None;
                self.dispatch(Press::Run(c));
            }
            Action::Type(c) => self.dispatch(Press::Type(c)),
            Action::Paste(s) => self.dispatch(Press::Paste(s)),
            // The mouse does not reach the view under an editing dialog.
            Action::Mouse(_) if self.overlay().is_some() => {}
            Action::Mouse(m) => self.mouse(m),
            Action::Resize(w, h) => self.area = Rect::new(0, 0, w, h),
            Action::Load(l) => self.load(l),
            Action::Tick => {
                self.loading.ticks += 1;
                editing::tick(self);
            }
            Action::Checked => editing::rechecks::returned(self),
            Action::Disk(n) => editing::disk_watch::news(self, n),
        }
        editing::disk_watch::settle(self);
        self.sync();
    }

    /// The roster's search line: typing narrows the list as you go.
    pub(crate) fn roster_search_press(&mut self, p: &Press) -> EventState {
        let Some(input) = &mut self.roster.input else {
            return EventState::NotConsumed;
        };
        let changed = match p {
            Press::Type(c) => input.insert(*c),
            Press::Paste(s) => input.paste(s),
            Press::Run(Command::Input(op)) => input.apply(*op),
            Press::Run(Command::SearchAccept) => {
                self.roster.input = None;
                if !self.roster.query.is_empty() {
                    self.say(
                        Level::Note,
                        crate::tr!("tui-roster-found", n = self.roster.rows.len()),
                    );
                }
                return EventState::Consumed;
            }
            Press::Run(Command::SearchCancel) => {
                self.roster.input = Some(TextInput::default());
                self.search_changed();
                self.roster.input = None;
                return EventState::Consumed;
            }
            // Moving in the results is the list's.
            Press::Run(_) => return EventState::NotConsumed,
        };
        if changed {
            self.search_changed();
        }
        EventState::Consumed
    }

    /// The view's own keys and the global ones, when nothing over the view
    /// took them.
    pub(crate) fn view_command(&mut self, c: Command) -> EventState {
        if (self.spec(self.view).command)(self, c) == EventState::Consumed
            || editing::view_command(self, c) == EventState::Consumed
            || self.followups_command(c) == EventState::Consumed
        {
            return EventState::Consumed;
        }
        self.command(c);
        EventState::Consumed
    }

    fn command(&mut self, c: Command) {
        let view = self.view;
        match c {
            Command::Quit => self.quit = true,
            Command::Help => self.open_help(),
            Command::CloseHelp => self.help = None,
            Command::NextView => self.view = View::ALL[(view.index() + 1) % View::ALL.len()],
            Command::PrevView => {
                self.view = View::ALL[(view.index() + View::ALL.len() - 1) % View::ALL.len()]
            }
            Command::Show(v) => self.view = v,
            Command::Up => self.move_by(-1),
            Command::Down => self.move_by(1),
            Command::PageUp => self.move_by(-(self.height(view) as isize - 1).max(1)),
            Command::PageDown => self.move_by((self.height(view) as isize - 1).max(1)),
            Command::Top => self.move_by(-(self.len(view) as isize)),
            Command::Bottom => self.move_by(self.len(view) as isize),
            Command::DetailUp => self.scroll_detail(-1),
            Command::DetailDown => self.scroll_detail(1),
            Command::Open => self.open(),
            Command::Back => self.back(),
            Command::NextLanguage => self.next_language(),
            Command::Search if view == View::Roster => {
                self.roster.input = Some(TextInput::new(self.roster.query.as_str()));
            }
            Command::ToggleAcross if view == View::Roster => self.toggle_across(),
            Command::SortNext
            | Command::SortReverse
            | Command::FilterCountry
            | Command::FilterOrganization
            | Command::FilterRole
            | Command::FilterStatus
                if self.roster.across.is_some() =>
            {
                self.say(Level::Note, crate::tr!("tui-across-no-filters"));
            }
            Command::SortNext => {
                self.roster.sort = self.roster.sort.next();
                self.roster.reverse = false;
                self.rebuild_roster(false);
            }
            Command::SortReverse => {
                self.roster.reverse = !self.roster.reverse;
                self.rebuild_roster(false);
            }
            Command::FilterCountry
            | Command::FilterOrganization
            | Command::FilterRole
            | Command::FilterStatus => {
                use crate::tui::roster_choice::Facet;
                self.open_facet_choice(match c {
                    Command::FilterCountry => Facet::Country,
                    Command::FilterOrganization => Facet::Organization,
                    Command::FilterRole => Facet::Role,
                    _ => Facet::Status,
                });
            }
            Command::ClearFilters => {
                self.roster.clear_filters();
                self.roster.query = Query::default();
                self.roster.input = None;
                self.rebuild_roster(false);
            }
            // The follow-ups' own commands: tui::app::followups::edits.
            Command::CycleZone | Command::TypeZone => self.zone_command(c),
            Command::Interp(i) => self.interp_command(i),
            Command::ToggleGrid if view == View::Schedule => self.toggle_grid(),
            // Editing commands are handled by `editing::command` first;
            // one that reaches here has nothing to act on in this place.
            _ => {}
        }
    }

    fn move_by(&mut self, delta: isize) {
        let view = self.view;
        let (len, height) = (self.len(view), self.height(view));
        if let Some(moves) = self.spec(view).moves {
            moves(self, delta, height);
            return;
        }
        let before = self.list_mut(view).0.selected;
        self.picked |= view == View::Meetings;
        let (scroll, detail) = self.list_mut(view);
        scroll.move_by(delta, len, height);
        if scroll.selected != before {
            *detail = 0;
        }
    }

    /// Day headings are not selectable: land on the nearest session in the
    /// direction of travel, and show a day's heading above its first session.
    pub(crate) fn move_schedule(&mut self, delta: isize, height: usize) {
        let rows = &self.schedule.rows;
        let len = rows.len();
        if len == 0 {
            return;
        }
        let is_session = |i: usize| matches!(rows[i], ScheduleRow::Session(_));
        let s = &mut self.schedule.list;
        let before = s.scroll.selected;
        let mut i = before.saturating_add_signed(delta).min(len - 1);
        if !is_session(i) {
            let forward = if delta >= 0 {
                (i..len).find(|&j| is_session(j))
            } else {
                None
            };
            let backward = (0..=i).rev().find(|&j| is_session(j));
            let forward_again = (i..len).find(|&j| is_session(j));
            i = forward.or(backward).or(forward_again).unwrap_or(before);
        }
        s.scroll.select(i, len, height);
        if s.scroll.offset == i && i > 0 && !is_session(i - 1) && height > 1 {
            s.scroll.offset -= 1;
        }
        if i != before {
            s.detail_scroll = 0;
        }
    }

    fn scroll_detail(&mut self, delta: i32) {
        let view = self.view;
        let width = self.layout(view).detail.width.saturating_sub(2);
        let lines = (self.spec(view).detail)(self);
        let max = wrapped_height(&lines, width).saturating_sub(1) as i32;
        let (_, detail) = self.list_mut(view);
        *detail = (i32::from(*detail) + delta).clamp(0, max.max(0)) as u16;
    }

    fn open(&mut self) {
        match self.view {
            View::Meetings if self.current().is_some() => self.view = View::Schedule,
            View::Problems => self.jump_to_problem(),
            _ => {}
        }
    }

    fn back(&mut self) {
        if self.view == View::Schedule && self.zone.reset() {
            self.schedule.stale = true;
            self.say(Level::Note, crate::tr!("tui-zone-own-again"));
            return;
        }
        if self.view == View::Roster
            && (!self.roster.query.is_empty() || !self.roster.filters.is_empty())
        {
            self.command(Command::ClearFilters);
            return;
        }
        self.view = View::Meetings;
    }

    fn next_language(&mut self) {
        let (lang, langs) = self.language();
        if langs.len() < 2 {
            self.say(Level::Warning, crate::tr!("tui-one-language"));
            return;
        }
        let i = langs
            .iter()
            .position(|l| *l == lang)
            .map_or(0, |i| (i + 1) % langs.len());
        self.lang = Some(langs[i].clone());
        let name = crate::tui::format::language(&langs[i]);
        // Say so when the file has nothing in that language, or the switch
        // looks like it did nothing.
        let has_any = self.current().is_some_and(|e| {
            let m = self.library[e].meeting();
            let l = langs[i].as_str();
            std::iter::once(&m.title)
                .chain(m.sessions.iter().map(|s| &s.title))
                .chain(m.people().iter().map(|p| &p.name))
                .any(|t| t.languages().contains(&l))
        });
        self.say(
            Level::Note,
            if has_any {
                crate::tr!("tui-texts-in", language = name.as_str())
            } else {
                crate::tr!("tui-texts-in-none", language = name.as_str())
            },
        );
    }

    fn search_changed(&mut self) {
        let text = self.roster.input.as_ref().map_or("", |i| i.as_str());
        let q = Query::new(text);
        if q != self.roster.query {
            self.roster.query = q;
            self.rebuild_roster(true);
        } else {
            self.roster.query = q;
        }
    }

    pub(crate) fn rebuild_roster(&mut self, query_changed: bool) {
        let height = self.height(View::Roster);
        let r = &mut self.roster;
        if let Some(a) = &mut r.across {
            r.rows = a.rows(&self.library, &r.query);
            r.elsewhere.clear();
            let at = if query_changed { 0 } else { r.scroll.selected };
            r.scroll.select(at, r.rows.len(), height);
            r.detail_scroll = 0;
            return;
        }
        if let Some(e) = self.roster.entry.and_then(|e| self.library.get(e)) {
            self.roster.rebuild(e, &self.matcher, query_changed, height);
            self.roster.detail_scroll = 0;
        }
        self.roster.elsewhere = self.roster_elsewhere();
    }

    /// `A` in the Roster: every loaded meeting's people, one row each, or
    /// the current meeting's roster again.
    fn toggle_across(&mut self) {
        let msg = if self.roster.across.take().is_some() {
            crate::tr!("tui-roster-again")
        } else {
            let a = super::roster_across::Across::gather(&self.library);
            let msg = crate::tr!(
                "tui-across-on",
                n = a.people.len(),
                meetings = a.meetings.len()
            );
            self.roster.across = Some(a);
            msg
        };
        self.roster.invalidate();
        self.rebuild_roster(true);
        self.say(Level::Note, msg);
    }

    /// Other meetings with someone matching the roster search, when nobody
    /// in this one does: "CASIE 2022: Li Fan (+1)". At most three.
    fn roster_elsewhere(&self) -> Vec<String> {
        let here = self.roster.entry;
        if !self.roster.rows.is_empty() || self.roster.query.is_empty() {
            return Vec::new();
        }
        // Best match first, per meeting and across them: a loose fuzzy hit
        // in a long organization name must not hide the person meant.
        let mut found: Vec<(i64, String)> = Vec::new();
        for e in &self.library.entries {
            if Some(e.id) == here {
                continue;
            }
            let mut hits: Vec<(i64, usize)> = e
                .keys
                .iter()
                .enumerate()
                .filter_map(|(n, k)| self.matcher.score(k, &self.roster.query).map(|s| (s, n)))
                .collect();
            hits.sort_by_key(|&(s, n)| (std::cmp::Reverse(s), n));
            if let Some(&(best, first)) = hits.first() {
                let (lang, fb) = self.language_of(e.meeting());
                let name = e.meeting().people()[first].name.get(&lang, &fb);
                let more = if hits.len() > 1 {
                    format!(" (+{})", hits.len() - 1)
                } else {
                    String::new()
                };
                found.push((
                    best,
                    format!("{}: {name}{more}", self.meeting_label(e.meeting())),
                ));
            }
        }
        found.sort_by_key(|(s, _)| std::cmp::Reverse(*s));
        found.into_iter().take(3).map(|(_, t)| t).collect()
    }

    fn mouse(&mut self, m: Mouse) {
        let (column, row) = match m {
            Mouse::ScrollUp { column, row }
            | Mouse::ScrollDown { column, row }
            | Mouse::Click { column, row }
            | Mouse::Drag { column, row }
            | Mouse::Release { column, row } => (column, row),
        };
        let step = |m: Mouse| {
            if matches!(m, Mouse::ScrollUp { .. }) {
                -3
            } else {
                3
            }
        };
        if matches!(m, Mouse::Drag { .. } | Mouse::Release { .. }) {
            // Only the day grid drags (a block to move it, its bottom edge to resize).
            if self.help.is_none() && self.view == View::Schedule && self.schedule.grid.is_some() {
                self.grid_drag(m);
            }
            return;
        }
        if self.help.is_some() {
            if !matches!(m, Mouse::Click { .. })
                && let Some(h) = &mut self.help
            {
                h.top = h.top.saturating_add_signed(step(m) as i16);
            }
            return;
        }
        let screen = layout::screen(self.area);
        let at = ratatui::layout::Position::new(column, row);
        if screen.tabs.contains(at) {
            if let Mouse::Click { .. } = m
                && let Some((v, _)) = layout::tabs_for(screen.tabs, Some(self.view))
                    .into_iter()
                    .find(|(_, r)| r.contains(at))
            {
                self.view = v;
            }
            return;
        }
        if self.view == View::Schedule && self.schedule.grid.is_some() {
            match m {
                Mouse::Click { .. } => self.grid_click(column, row),
                _ => self.grid_scroll(matches!(m, Mouse::ScrollDown { .. })),
            }
            return;
        }
        let l = self.layout(self.view);
        match m {
            Mouse::ScrollUp { .. } | Mouse::ScrollDown { .. } => {
                if l.detail.contains(at) || l.side.contains(at) {
                    self.scroll_detail(step(m));
                } else {
                    self.move_by(step(m) as isize);
                }
            }
            Mouse::Drag { .. } | Mouse::Release { .. } => {}
            Mouse::Click { .. } => {
                let Some(r) = l.list.row_at(column, row) else {
                    return;
                };
                let view = self.view;
                let offset = self.list_mut(view).0.offset;
                let target = offset + r;
                if target >= self.len(view) {
                    return;
                }
                let current = self.list_mut(view).0.selected;
                if target == current && matches!(view, View::Meetings | View::Problems) {
                    self.open();
                    return;
                }
                self.move_by(target as isize - current as isize);
            }
        }
    }

    fn load(&mut self, l: Load) {
        match l {
            Load::Found(n) => self.loading.total = Some(n),
            Load::Reading(p) => self.loading.current = Some(p),
            Load::Loaded(e) => {
                let keep = self
                    .current()
                    // Once the user works in another view, the meeting they see is
                    // theirs: a file finishing loading must not swap it (and reset
                    // a roster search being typed).
                    .filter(|_| self.picked || self.view != View::Meetings);
                self.library.insert(*e);
                self.loading.done += 1;
                // Views and dialogs hold ids, which loading does not change;
                // only the Meetings list's selected row moves with its meeting.
                let sel = keep.and_then(|id| self.library.index_of(id)).unwrap_or(0);
                let (len, h) = (self.library.entries.len(), self.height(View::Meetings));
                self.meetings.scroll.select(sel, len, h);
                self.documents_changed();
            }
            Load::Skipped => self.loading.done += 1,
            Load::Failed(p) => {
                self.library.failures.extend(p);
                self.loading.done += 1;
                self.documents_changed();
            }
            Load::NoSource(why) => {
                self.loading.no_source = Some(why);
                self.loading.finished = true;
            }
            Load::Finished => {
                self.loading.finished = true;
                self.loading.current = None;
            }
        }
    }

    /// Rebuilds the lists derived from every document: after loading, and
    /// after an edit (which must first refresh its entry).
    pub fn documents_changed(&mut self) {
        self.problems.rows = self.problem_rows();
        self.followups.documents_changed();
        self.schedule.stale = true;
        self.interp.changed();
        self.roster_changed();
    }

    /// After a worker's checks were taken: what shows problems. The
    /// Problems list's rows, and the Interpretation view's warnings (kept
    /// with its rows); the Schedule reads each session's problems as it
    /// draws.
    pub fn problems_changed(&mut self) {
        self.problems.rows = self.problem_rows();
        self.interp.changed();
    }

    /// The roster's rows again, keeping search and filters for the same meeting.
    fn roster_changed(&mut self) {
        self.roster.invalidate();
        let keep_roster = self.roster.entry;
        self.roster.entry = None;
        if keep_roster == self.current() {
            // Same meeting: keep search and filters, rebuild rows.
            self.roster.entry = keep_roster;
            self.rebuild_roster(false);
        }
    }

    /// After an edit, undo or redo (`changes`, as applied): what
    /// [`App::documents_changed`] does, for the views that read what the
    /// changes touched only. The Schedule's rows come from the sessions and
    /// the meeting's fields; the Roster's (search keys, facets) from the
    /// participants; the Follow-ups' from the follow-ups, their owners among
    /// the participants and the meeting's fields; the Interpretation view's
    /// from the sessions, the interpreters and the meeting's fields.
    pub fn documents_edited(&mut self, id: MeetingId, changes: &[crate::edit::Change]) {
        use crate::edit::Change;
        let (mut sessions, mut people, mut follow_ups, mut header) = (false, false, false, false);
        for c in changes {
            match c {
                Change::Session(_) => sessions = true,
                Change::Participant(_) => people = true,
                Change::FollowUp(_) => follow_ups = true,
                Change::Header { .. } => header = true,
            }
        }
        if header {
            self.documents_changed();
            return;
        }
        self.problems.rows = self.problem_rows();
        if people || follow_ups {
            self.followups.edited(id, changes);
        }
        if sessions {
            self.follow_session(id, changes);
            self.schedule.stale = true;
            self.remember_rooms(id, changes);
        }
        if sessions || people {
            self.interp.edited(changes);
        }
        // The roster across meetings may read anything of any meeting.
        if people || self.roster.across.is_some() {
            self.roster_changed();
        }
    }

    /// Keeps the Schedule's cursor on its session across `changes` to
    /// meeting `id`'s sessions (see [`ScheduleState::follow`]); several
    /// edits before the rows are built again move it through each.
    fn follow_session(&mut self, id: MeetingId, changes: &[crate::edit::Change]) {
        if self.schedule.entry != Some(id) {
            return;
        }
        let at = match self.schedule.follow {
            Some(Follow::Session(at)) => Some(at),
            Some(Follow::Row(_)) => None,
            None if !self.schedule.stale => self.selected_session(),
            None => None,
        };
        let row = self.schedule.list.scroll.selected;
        if let Some(at) = at {
            self.schedule.follow =
                Some(Follow::through(at, changes).map_or(Follow::Row(row), Follow::Session));
        }
    }

    fn problem_rows(&self) -> Vec<ProblemRef> {
        (0..self.library.failures.len())
            .map(ProblemRef::Failure)
            .chain(self.library.entries.iter().flat_map(|x| {
                let disk = x.on_disk.as_ref().map_or(0, Vec::len);
                (0..disk)
                    .map(move |n| ProblemRef::OnDisk(x.id, n))
                    .chain((0..x.problems.len()).map(move |n| ProblemRef::Entry(x.id, n)))
            }))
            .collect()
    }

    /// Brings the rows of the views in line with the current meeting, and
    /// every scroll position in line with the screen size.
    fn sync(&mut self) {
        let cur = self.current();
        if self.schedule.entry != cur || self.schedule.stale {
            let follow = self.schedule.follow.take();
            let keep = match follow {
                Some(Follow::Session(at)) => Some(at),
                Some(Follow::Row(_)) => None,
                None => self.selected_session(),
            };
            let same = self.schedule.entry == cur;
            if !same {
                // The grid's day belongs to the meeting it was opened on.
                self.schedule.grid = None;
            }
            self.schedule.entry = cur;
            self.schedule.stale = false;
            self.schedule.rows = cur
                .map(|e| super::zone_view::schedule_rows(&self.library[e], &self.zone))
                .unwrap_or_default();
            let at = if same {
                keep.and_then(|s| {
                    self.schedule
                        .rows
                        .iter()
                        .position(|r| *r == ScheduleRow::Session(s))
                })
                .or_else(|| match follow {
                    Some(Follow::Row(r)) => nearest_session_row(&self.schedule.rows, r),
                    _ => None,
                })
            } else {
                None
            };
            let detail = if at.is_some() {
                self.schedule.list.detail_scroll
            } else {
                0
            };
            self.schedule.list = ListState {
                detail_scroll: detail,
                ..ListState::default()
            };
            let first = self
                .schedule
                .rows
                .iter()
                .position(|r| matches!(r, ScheduleRow::Session(_)))
                .unwrap_or(0);
            self.schedule.list.scroll.selected = at.unwrap_or(first);
        }
        self.sync_interp();
        if self.roster.entry != cur {
            self.roster.reset_for(cur);
            self.rebuild_roster(false);
        }
        // Every meeting's follow-ups, selected, sorted and faceted: built
        // when the view is shown (at 10x the agenda, a large part of a
        // warm load was this view's rows, built behind the Meetings list).
        let showing = self.view == View::FollowUps;
        self.followups.release_stay(&self.library.entries, showing);
        if showing && !self.followups.is_built_for(cur) {
            self.followups
                .rebuild(&self.library.entries, cur, self.today, &self.matcher);
            if self.followups.stay_news() {
                self.stay_said();
            }
        }
        for &v in View::ALL {
            let (len, h) = (self.len(v), self.height(v));
            self.list_mut(v).0.clamp(len, h);
        }
    }

    /// The status line after an edit that took the follow-up under the
    /// cursor out of the filters: it stays until the cursor moves on.
    fn stay_said(&mut self) {
        let leaves = crate::tr!("tui-fu-leaves-when-you-move");
        let text = match &self.status {
            Some(s) => format!("{} · {leaves}", s.text),
            None => leaves,
        };
        self.say(Level::Note, text);
    }

    /// Selects session `i` of the current meeting in the Schedule view
    /// (after an edit that added or moved it).
    pub fn select_session(&mut self, i: usize) {
        self.sync();
        if let Some(row) = self
            .schedule
            .rows
            .iter()
            .position(|r| *r == ScheduleRow::Session(i))
        {
            let cur = self.schedule.list.scroll.selected;
            self.move_schedule(row as isize - cur as isize, self.height(View::Schedule));
        }
    }

    /// Selects participant `i` in the Roster view when the search and
    /// filters show them (after adding or editing someone).
    pub fn select_participant(&mut self, i: usize) {
        self.sync();
        if let Some(row) = self.roster.rows.iter().position(|&p| p as usize == i) {
            let (len, h) = (self.roster.rows.len(), self.height(View::Roster));
            self.roster.scroll.select(row, len, h);
        }
    }

    /// Makes meeting `e` the current one.
    pub fn select_entry(&mut self, e: MeetingId) {
        let h = self.height(View::Meetings);
        self.picked = true;
        let Some(at) = self.library.index_of(e) else {
            return;
        };
        self.meetings
            .scroll
            .select(at, self.library.entries.len(), h);
        self.sync();
    }

    /// Session index selected in the Schedule view.
    pub fn selected_session(&self) -> Option<usize> {
        match self.schedule.rows.get(self.schedule.list.scroll.selected) {
            Some(ScheduleRow::Session(i)) => Some(*i),
            _ => None,
        }
    }

    fn jump_to_problem(&mut self) {
        let Some(&r) = self.problems.rows.get(self.problems.list.scroll.selected) else {
            return;
        };
        let (e, n) = match r {
            ProblemRef::Failure(f) => {
                let place = self
                    .library
                    .failures
                    .get(f)
                    .map(|p| p.place())
                    .unwrap_or_default();
                self.say(
                    Level::Warning,
                    crate::tr!("tui-file-not-opened", place = place),
                );
                return;
            }
            ProblemRef::OnDisk(e, n) => {
                let place = self.library[e]
                    .on_disk
                    .as_ref()
                    .and_then(|p| p.get(n))
                    .map(|p| p.place())
                    .unwrap_or_default();
                self.select_entry(e);
                self.say(Level::Warning, crate::tr!("tui-disk-fix-at", place = place));
                return;
            }
            ProblemRef::Entry(e, n) => (e, n),
        };
        let path = self.library[e].problems[n].path.clone().unwrap_or_default();
        self.select_entry(e);
        if self.jump_to_booth(&path) {
            return;
        }
        if let Some(i) = index_in(&path, "sessions") {
            self.view = View::Schedule;
            self.select_session(i);
            // The grid shows its own cursor, and its keys act on what the
            // cursor is on: it goes to the problem's session too.
            self.grid_cursor_to(i);
        } else if let Some(i) = index_in(&path, "participants") {
            self.view = View::Roster;
            self.command(Command::ClearFilters);
            self.select_participant(i);
        } else if let Some(i) = index_in(&path, "follow_ups") {
            self.view = View::FollowUps;
            self.followups.review = None;
            self.followups.all = false;
            self.followups.clear_filters();
            self.followups.status = crate::followups::StatusFilter::All;
            self.sync();
            if let Some(row) = self
                .followups
                .rows
                .iter()
                .position(|r| r.item() == Some((e, i)))
            {
                let (len, h) = (self.followups.rows.len(), self.height(View::FollowUps));
                self.followups.list.scroll.select(row, len, h);
            }
        } else {
            self.view = View::Meetings;
            self.say(Level::Note, crate::tr!("tui-problem-whole-meeting"));
        }
    }
}
