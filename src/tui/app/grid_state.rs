//! The Schedule's day grid as a toggle (`v`): which day, room column and
//! minute the cursor is on, the keys that move it, Enter and a click that
//! select the session under it. Where the grid falls on screen and which
//! rows and rooms show are computed here from the cursor alone, so the
//! drawing (`views/schedule_grid.rs`) and the mouse agree without a
//! scroll position to keep in step.

use chrono::NaiveDate;
use ratatui::layout::Rect;

use super::focus::EventState;
use crate::domain::Meeting;
use crate::grid::{self, DayGrid, Viewport};
use crate::tui::action::GridCommand;
use crate::tui::app::App;
use crate::tui::library::MeetingId;
use crate::tui::status::Level;
use crate::tui::{format, layout};

/// Minutes per grid row when the grid opens.
pub const STEP: i64 = 15;

/// The steps `s` cycles through, minutes per row.
pub const STEPS: [i64; 5] = [5, 10, 15, 30, 60];

/// Where the grid's cursor is, while the Schedule shows the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridCursor {
    pub day: NaiveDate,
    /// Index into the day grid's columns (the last room's while in the band).
    pub column: usize,
    /// In the band of sessions running alongside, right of the rooms
    /// (`l` from the last room), where they are selected, moved and resized.
    pub band: bool,
    /// Minute of the day (a multiple of `step`).
    pub minute: i64,
    /// Minutes per row (one of [`STEPS`]): the cursor, moves and resizes go by it.
    pub step: i64,
    /// A block being dragged with the mouse.
    pub drag: Option<Drag>,
}

/// A mouse drag in the grid: which session, and whether its bottom edge
/// (a resize) or its body (a move, `grab` minutes below its start) was
/// taken; `band` when it runs alongside (it moves in time only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drag {
    pub session: usize,
    pub resize: bool,
    pub grab: i64,
    pub band: bool,
}

impl GridCursor {
    /// The cursor at `minute` (rounded down to the step) in `column` of `day`.
    pub fn new(day: NaiveDate, column: usize, minute: i64) -> GridCursor {
        GridCursor {
            day,
            column,
            band: false,
            minute: floor_to(minute, STEP),
            step: STEP,
            drag: None,
        }
    }

    /// The minutes its row covers.
    pub fn row(&self) -> (i64, i64) {
        (self.minute, self.minute + self.step)
    }
}

/// When sessions start in the cursor's room (or the band) that day; the
/// whole day's when none does there.
fn starts_in(g: &DayGrid, c: &GridCursor) -> Vec<i64> {
    let mine: Vec<i64> = if c.band {
        g.alongside.iter().map(|&(_, a, _)| a).collect()
    } else {
        g.blocks
            .iter()
            .filter(|b| b.column == c.column)
            .map(|b| b.start)
            .collect()
    };
    if !mine.is_empty() {
        return mine;
    }
    g.blocks
        .iter()
        .map(|b| b.start)
        .chain(g.breaks.iter().map(|&(_, a, _)| a))
        .chain(g.alongside.iter().map(|&(_, a, _)| a))
        .collect()
}

/// The sessions whose blocks are in cursor `c`'s cell (a row covers its
/// whole step: a block starting at 11:15 is in the 11:00 row of 30-minute
/// rows), leftmost lane first: more than one when they overlap in a room.
pub fn blocks_under(g: &DayGrid, c: &GridCursor) -> Vec<usize> {
    let (from, to) = c.row();
    let mut here: Vec<&grid::Block> = g
        .blocks
        .iter()
        .filter(|b| b.column == c.column && b.start < to && from < b.end)
        .collect();
    here.sort_by_key(|b| (b.lane, b.start));
    here.iter().map(|b| b.session).collect()
}

/// The session under cursor `c`: `selected` when it is one of those in
/// its cell (so after a move onto a taken room, `J` `L` `e` act on the
/// session moved, not on the one that was there), else the first of them:
/// in the band, those running alongside in its row; in a room, its blocks
/// (leftmost lane first), else the break there.
pub fn under_cursor(g: &DayGrid, c: &GridCursor, selected: Option<usize>) -> Option<usize> {
    let (from, to) = c.row();
    let here: Vec<usize> = if c.band {
        g.alongside
            .iter()
            .filter(|&&(_, a, b)| a < to && from < b)
            .map(|&(i, _, _)| i)
            .collect()
    } else {
        blocks_under(g, c)
    };
    selected
        .filter(|i| here.contains(i))
        .or_else(|| here.first().copied())
        .or_else(|| {
            g.breaks
                .iter()
                .filter(|_| !c.band)
                .find(|&&(_, a, b)| a < to && from < b)
                .map(|&(i, _, _)| i)
        })
}

/// `minute` rounded down to a multiple of `step`.
pub fn floor_to(minute: i64, step: i64) -> i64 {
    minute - minute.rem_euclid(step.max(1))
}

/// The grid's area: the Schedule's body under the banner and the day line.
pub fn area(screen: Rect) -> Rect {
    let body = layout::screen(screen).body;
    Rect {
        y: body.y + 2,
        height: body.height.saturating_sub(2),
        ..body
    }
}

/// The rooms the grid shows as columns, in their order: those meeting
/// `e`'s grid has shown since Plenary started, as they were, then any room
/// the programme names that is new since ([`grid::rooms`]'s order). A move,
/// an undo or `v v` never reorders the columns under the cursor nor drops
/// the room a session just left; a save or a reload drops the rooms no
/// session uses any more ([`App::forget_unused_rooms`]); a restart starts
/// again from the file.
pub fn rooms(app: &App, e: MeetingId) -> Vec<String> {
    let mut v = app.schedule.grid_rooms.get(&e).cloned().unwrap_or_default();
    for r in grid::rooms(app.library[e].meeting()) {
        if !v.contains(&r) {
            v.push(r);
        }
    }
    v
}

impl App {
    /// Keeps every room an edit of meeting `e` touched (what a session
    /// left and what it went to) among the grid's rooms, once its grid has
    /// been shown: a room the last session left, by any edit, stays a
    /// column to move back to.
    pub(crate) fn remember_rooms(&mut self, e: MeetingId, changes: &[crate::edit::Change]) {
        use crate::edit::{Change, ListOp};
        if !self.schedule.grid_rooms.contains_key(&e) {
            return;
        }
        let mut touched: Vec<&crate::domain::Session> = Vec::new();
        for c in changes {
            match c {
                Change::Session(ListOp::Insert(_, s) | ListOp::Remove(_, s)) => touched.push(s),
                Change::Session(ListOp::Replace { before, after, .. }) => {
                    touched.extend([before, after]);
                }
                _ => {}
            }
        }
        let mut all = rooms(self, e);
        for s in touched {
            if s.alongside || s.is_break() {
                continue;
            }
            if let Some(r) = s.room.as_deref().map(str::trim).filter(|r| !r.is_empty())
                && !all.iter().any(|x| x == r)
            {
                all.push(r.to_string());
            }
        }
        self.schedule.grid_rooms.insert(e, all);
    }

    /// Forgets the rooms of meeting `e`'s grid that no session uses any
    /// more (a typo fixed on every session, "Hal B" → "Hall B", left an
    /// empty column for the old name); the rooms still in use keep their
    /// order, and the cursor stays on its room (or the nearest column).
    ///
    /// Called when the meeting is saved or read again from disk, never
    /// on an edit, an undo or `v v`: while edits go on, the room a session
    /// just left must stay a column to move it back to, and an undo must
    /// find every column where it was. A save (or a file replaced under
    /// us) ends such a run of edits: what is on disk is what was meant, and
    /// the grid shows what a restart would, in the order the person knows.
    /// An undo past the save that brings the old room back puts it last.
    pub(crate) fn forget_unused_rooms(&mut self, e: MeetingId) {
        let Some(kept) = self.schedule.grid_rooms.get(&e) else {
            return;
        };
        let m = self.library[e].meeting();
        let used = grid::rooms(m);
        if kept.iter().all(|r| used.contains(r)) {
            return;
        }
        let left: Vec<String> = kept.iter().filter(|r| used.contains(r)).cloned().collect();
        let shown = (self.current() == Some(e))
            .then_some(self.schedule.grid)
            .flatten();
        if let Some(c) = shown {
            let before = grid::day(m, c.day, kept);
            let after = grid::day(m, c.day, &left);
            let on = before.columns.get(c.column);
            let last = after.columns.len().saturating_sub(1);
            let column = on
                .and_then(|k| after.columns.iter().position(|x| x == k))
                .unwrap_or_else(|| {
                    // Its room went: the column that took its place.
                    let gone_before = before.columns[..c.column.min(before.columns.len())]
                        .iter()
                        .filter(|k| !after.columns.contains(k))
                        .count();
                    c.column.saturating_sub(gone_before).min(last)
                });
            self.schedule.grid = Some(GridCursor { column, ..c });
        }
        self.schedule.grid_rooms.insert(e, left);
    }
}

/// The day's grid and how it is laid out in `area` for cursor `c`: rooms
/// paged so the cursor's column shows, rows scrolled so its minute does.
pub fn laid_out(m: &Meeting, rooms: &[String], c: &GridCursor, area: Rect) -> (DayGrid, Viewport) {
    let g = grid::day(m, c.day, rooms);
    // The band shows while something runs alongside that day, and while
    // the cursor is in it (so the first exhibition can be added there).
    let band = !g.alongside.is_empty() || c.band;
    let step = c.step;
    let base = floor_to(g.from, step);
    let probe = Viewport::new(
        area.width,
        area.height,
        g.columns.len(),
        0,
        band,
        step,
        base,
    );
    let shown = probe.shown.max(1);
    let first = c.column - c.column % shown;
    let rows = i64::from(probe.rows.max(1));
    let top = base.max(c.minute - (rows - 1) * step);
    let v = Viewport::new(
        area.width,
        area.height,
        g.columns.len(),
        first,
        band,
        step,
        top,
    );
    (g, v)
}

/// Minutes between the meeting's zone and the one shown (`z`, `Z`) at noon
/// of `day`: the grid stays in the meeting's day and labels its times in
/// the shown zone, as the list does.
pub fn zone_shift(app: &App, m: &Meeting, day: NaiveDate) -> i64 {
    use chrono::TimeZone;
    let Some((written, shown)) = app.zone.zones(m).filter(|(w, s)| w != s) else {
        return 0;
    };
    let noon = day.and_hms_opt(12, 0, 0).unwrap_or_default();
    match written.from_local_datetime(&noon).earliest() {
        Some(t) => (t.with_timezone(&shown).naive_local() - noon).num_minutes(),
        None => 0,
    }
}

impl App {
    /// Shows the grid (on the selected session's day, at its block) or the list.
    pub(crate) fn toggle_grid(&mut self) {
        if self.schedule.grid.take().is_some() {
            self.say(Level::Note, crate::tr!("tui-grid-closed"));
            return;
        }
        let Some(e) = self.current() else { return };
        let m = self.library[e].meeting();
        let sel = self.selected_session().map(|i| &m.sessions[i]);
        let day = sel.map_or(m.start_date, |s| s.date);
        let all = rooms(self, e);
        let g = grid::day(m, day, &all);
        self.schedule.grid_rooms.insert(e, all);
        let mut c = GridCursor::new(day, 0, g.from);
        if let Some(i) = self.selected_session() {
            c.column = g.column_of_session(i).unwrap_or(0);
            if let Some((a, _)) = m.sessions[i].span() {
                c.minute = floor_to(a, c.step);
            }
        }
        // With no room yet, say where the room columns come from.
        let roomless = !g.columns.iter().any(|k| k.room().is_some());
        let hint = if roomless && m.format != crate::domain::Format::Online {
            crate::tr!("tui-grid-opened-no-rooms")
        } else {
            crate::tr!("tui-grid-opened")
        };
        self.schedule.grid = Some(c);
        self.say(Level::Note, hint);
    }

    /// A grid key; anything else goes down to the Schedule's own keys.
    pub(crate) fn grid_command(&mut self, g: GridCommand) -> EventState {
        let (Some(c), Some(e)) = (self.schedule.grid, self.current()) else {
            return EventState::NotConsumed;
        };
        let all = rooms(self, e);
        self.schedule.grid_rooms.insert(e, all.clone());
        let m = self.library[e].meeting();
        let (model, v) = laid_out(m, &all, &c, area(self.area));
        let last_column = model.columns.len().saturating_sub(1);
        // The band can be reached while the width leaves room for it.
        let band = area(self.area).width >= grid::GUTTER + grid::MIN_COLUMN + grid::BAND;
        let mut next = GridCursor {
            band: c.band && v.band > 0,
            ..c
        };
        match g {
            GridCommand::Left if next.band => next.band = false,
            GridCommand::Left => next.column = c.column.saturating_sub(1),
            GridCommand::Right if c.column >= last_column => next.band = band,
            GridCommand::Right => next.column = (c.column + 1).min(last_column),
            GridCommand::Up => next.minute = (c.minute - c.step).max(floor_to(model.from, c.step)),
            GridCommand::Down => next.minute = (c.minute + c.step).min(model.to - 1).max(c.minute),
            GridCommand::First | GridCommand::Last => {
                let starts = starts_in(&model, &next);
                let pick = if g == GridCommand::First {
                    starts.iter().min()
                } else {
                    starts.iter().max()
                };
                next.minute = pick.copied().unwrap_or(model.from);
            }
            GridCommand::PrevDay | GridCommand::NextDay => {
                next = self.other_day(e, &all, next, g == GridCommand::NextDay);
            }
            GridCommand::Select => {
                self.select_in_grid(&model, next);
                return EventState::Consumed;
            }
            GridCommand::Step => {
                let at = STEPS.iter().position(|s| *s == c.step).unwrap_or(0);
                next.step = STEPS[(at + 1) % STEPS.len()];
                self.say(Level::Note, crate::tr!("tui-grid-step", step = next.step));
            }
            edit => {
                self.schedule.grid = Some(next);
                crate::tui::app::editing::grid_command(self, edit);
                return EventState::Consumed;
            }
        }
        next.minute = floor_to(next.minute, next.step);
        self.schedule.grid = Some(next);
        self.follow_cursor();
        EventState::Consumed
    }

    /// Puts the grid's cursor (when the grid shows) on session `i`: its
    /// day, its room's column or the band, its start.
    pub(crate) fn grid_cursor_to(&mut self, i: usize) {
        let (Some(c), Some(e)) = (self.schedule.grid, self.current()) else {
            return;
        };
        let m = self.library[e].meeting();
        let Some(s) = m.sessions.get(i) else { return };
        let g = grid::day(m, s.date, &rooms(self, e));
        let band = g.alongside.iter().any(|&(k, _, _)| k == i);
        let Some((start, _)) = s.span() else { return };
        self.schedule.grid = Some(GridCursor {
            day: s.date,
            column: g.column_of_session(i).unwrap_or(c.column),
            band,
            minute: floor_to(start, c.step),
            ..c
        });
    }

    /// `{` `}`: the cursor on the meeting's previous / next day (empty days too).
    fn other_day(
        &mut self,
        e: MeetingId,
        rooms: &[String],
        c: GridCursor,
        later: bool,
    ) -> GridCursor {
        let m = self.library[e].meeting();
        let days = m.days();
        let at = days.iter().position(|d| *d == c.day).unwrap_or(0);
        let to = if later {
            (at + 1).min(days.len().saturating_sub(1))
        } else {
            at.saturating_sub(1)
        };
        let day = days.get(to).copied().unwrap_or(c.day);
        let ng = grid::day(m, day, rooms);
        let next = GridCursor {
            day,
            column: c.column.min(ng.columns.len().saturating_sub(1)),
            band: c.band,
            ..c
        };
        let said = crate::tr!("tui-grid-day", n = to + 1, days = days.len());
        self.say(Level::Note, said);
        next
    }

    /// The session under the cursor becomes the selected one, so `e`, `m`,
    /// `d`, `i` act on what the cursor is on (an empty cell keeps the
    /// selection as it was).
    pub(crate) fn follow_cursor(&mut self) {
        let (Some(c), Some(e)) = (self.schedule.grid, self.current()) else {
            return;
        };
        let m = self.library[e].meeting();
        let g = grid::day(m, c.day, &rooms(self, e));
        if let Some(i) = under_cursor(&g, &c, self.selected_session()) {
            self.select_session(i);
        }
    }

    /// Enter: selects the session under the cursor: its room's block, else
    /// the break across every room. Where several share the cell (blocks
    /// side by side in a room, or sessions running alongside in the band),
    /// Enter again goes round them, and the status says which of how many.
    pub(crate) fn select_in_grid(&mut self, g: &DayGrid, c: GridCursor) {
        let sel = self.selected_session();
        let here = if c.band {
            let (from, to) = c.row();
            g.alongside
                .iter()
                .filter(|&&(_, a, b)| a < to && from < b)
                .map(|&(i, _, _)| i)
                .collect()
        } else {
            blocks_under(g, &c)
        };
        let at = if here.len() > 1 || c.band {
            let next = sel
                .and_then(|i| here.iter().position(|k| *k == i))
                .map_or(0, |k| k + 1);
            here.get(next % here.len().max(1)).copied()
        } else {
            under_cursor(g, &c, sel)
        };
        self.schedule.grid = Some(c);
        match at {
            Some(i) if here.len() > 1 => {
                self.select_session(i);
                let k = here.iter().position(|x| *x == i).map_or(1, |k| k + 1);
                let msg = crate::tr!("tui-grid-selected-of", k = k, n = here.len());
                self.say(Level::Note, msg);
            }
            Some(i) => {
                self.select_session(i);
                self.say(Level::Note, crate::tr!("tui-grid-selected"));
            }
            None => {
                let room = if c.band {
                    crate::tr!("tui-grid-alongside")
                } else {
                    g.columns
                        .get(c.column)
                        .map_or(String::new(), format::grid_column)
                };
                let time = format!("{:02}:{:02}", c.minute / 60, c.minute % 60);
                let msg = crate::tr!("tui-grid-nothing-at", place = room, time = time);
                self.say(Level::Note, crate::tui::sanitize::clean(&msg));
            }
        }
    }

    /// A click on the grid: the cursor goes to the cell, and the session
    /// there (a block, or one in the alongside band) is selected.
    pub(crate) fn grid_click(&mut self, column: u16, row: u16) {
        let (Some(c), Some(e)) = (self.schedule.grid, self.current()) else {
            return;
        };
        let a = area(self.area);
        let at = ratatui::layout::Position::new(column, row);
        if !a.contains(at) {
            return;
        }
        let m = self.library[e].meeting();
        let (g, v) = laid_out(m, &rooms(self, e), &c, a);
        let (x, y) = (column - a.x, row - a.y);
        let Some(minute) = v.minute_of(y) else { return };
        // A press on a block (or on a session in the band) may start a
        // drag: its last row (when it has more than one) resizes it,
        // anywhere else moves it.
        let grab = |session: usize, (start, end): (i64, i64), band: bool| {
            let (top, bottom) = (v.row_of(start), v.row_of(end - 1));
            Drag {
                session,
                resize: bottom == Some(y) && top != bottom,
                grab: minute - start,
                band,
            }
        };
        if v.in_band(x) {
            let here = g
                .alongside
                .iter()
                .find(|&&(_, s, t)| s <= minute && minute < t);
            let next = GridCursor {
                minute,
                band: true,
                drag: here.map(|&(i, s, t)| grab(i, (s, t), true)),
                ..c
            };
            self.schedule.grid = Some(next);
            if let Some(&(i, _, _)) = here {
                self.select_session(i);
            }
            return;
        }
        let Some(col) = v.column_at(x) else { return };
        // Blocks side by side in a room: the one whose lane was clicked.
        let lane_hit = |b: &&grid::Block| {
            let (lx, w) = v.lane_x(col - v.first, b.lane, b.lanes);
            (lx..lx + w).contains(&x)
        };
        let hit = g
            .blocks
            .iter()
            .filter(|b| b.column == col && b.start <= minute && minute < b.end)
            .find(lane_hit)
            .or_else(|| g.block_at(col, minute));
        let next = GridCursor {
            column: col,
            band: false,
            minute,
            drag: hit.map(|b| grab(b.session, (b.start, b.end), false)),
            ..c
        };
        self.schedule.grid = Some(next);
        match hit {
            Some(b) => {
                self.select_session(b.session);
                self.say(Level::Note, crate::tr!("tui-grid-selected"));
            }
            None => self.select_in_grid(&g, next),
        }
    }

    /// Where a drag in the grid is: the room column and minute under the
    /// mouse (the nearest room when it is off the columns).
    pub(crate) fn grid_cell_at(&self, column: u16, row: u16) -> Option<(usize, i64)> {
        let (c, e) = (self.schedule.grid?, self.current()?);
        let a = area(self.area);
        let m = self.library[e].meeting();
        let (_, v) = laid_out(m, &rooms(self, e), &c, a);
        let x = column.saturating_sub(a.x);
        let y = row.saturating_sub(a.y).clamp(1, v.rows.max(1));
        let minute = v.minute_of(y)?;
        let col = v.column_at(x).unwrap_or(if x < grid::GUTTER {
            v.first
        } else {
            v.first + v.shown.saturating_sub(1)
        });
        Some((col, minute))
    }

    /// The mouse wheel over the grid moves the cursor by slots.
    pub(crate) fn grid_scroll(&mut self, down: bool) {
        let g = if down {
            GridCommand::Down
        } else {
            GridCommand::Up
        };
        for _ in 0..3 {
            self.grid_command(g);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, Session, Text};

    fn session(id: &str, room: &str) -> Session {
        Session {
            id: id.into(),
            title: Text::plain(id),
            date: NaiveDate::from_ymd_opt(2023, 10, 4).unwrap_or_default(),
            start: Clock::parse("09:00").ok(),
            end: Clock::parse("10:00").ok(),
            room: Some(room.into()),
            ..Session::default()
        }
    }

    #[test]
    fn rooms_page_to_the_cursor_and_rows_scroll_to_it() {
        let m = Meeting {
            sessions: (["A", "B", "C", "D"].map(|r| session(r, r)).to_vec()).into(),
            ..Meeting::default()
        };
        let c = GridCursor::new(m.sessions[0].date, 3, 17 * 60);
        // 40 wide: two 17-cell columns per page (no band: none is wanted).
        let (g, v) = laid_out(&m, &grid::rooms(&m), &c, Rect::new(0, 0, 40, 11));
        assert_eq!(g.columns.len(), 4);
        assert_eq!(
            (v.first, v.shown),
            (2, 2),
            "the cursor's room is on the page"
        );
        assert!(v.shows_column(3));
        assert_eq!(
            v.row_of(17 * 60),
            Some(10),
            "the cursor's row is the last shown"
        );
    }
}
