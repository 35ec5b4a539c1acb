//! Editing in the day grid: a new session at the cursor's room and time
//! (the session form, prefilled as `edit::inherit` says), moving a session
//! a step earlier or later or a room left or right, its end a step earlier
//! or later, marking it as running alongside, and the same by dragging a
//! block (or its bottom edge) with the mouse. Every change is one edit
//! through [`super::apply_edit`], so `u` undoes it and `Ctrl-s` saves it.

use super::schedule_edit::session_fields;
use super::{Form, FormFor, Modal, apply_edit};
use crate::domain::{Clock, SessionKind};
use crate::edit::{Transaction, inherit, ops};
use crate::grid::{self, Column};
use crate::tui::action::{GridCommand, Mouse};
use crate::tui::app::App;
use crate::tui::app::grid_state::{self, Drag, GridCursor, floor_to};
use crate::tui::library::MeetingId;
use crate::tui::sanitize::clean;
use crate::tui::status::Level;

fn hm(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// A grid key that edits: add at the cursor, or act on the session there.
pub fn grid_command(app: &mut App, g: GridCommand) {
    let (Some(c), Some(e)) = (app.schedule.grid, app.current()) else {
        return;
    };
    match g {
        GridCommand::Add => open_add(app, e, c, SessionKind::Session),
        GridCommand::AddBreak => open_add(app, e, c, SessionKind::Break),
        _ => {
            let Some(i) = target(app, e, c) else {
                app.say(Level::Warning, crate::tr!("tui-grid-no-session-here"));
                return;
            };
            match g {
                GridCommand::MoveUp => move_by(app, e, c, i, (-c.step, 0)),
                GridCommand::MoveDown => move_by(app, e, c, i, (c.step, 0)),
                GridCommand::MoveLeft => move_by(app, e, c, i, (0, -1)),
                GridCommand::MoveRight => move_by(app, e, c, i, (0, 1)),
                GridCommand::Shorter => resize_by(app, e, i, -c.step),
                GridCommand::Longer => resize_by(app, e, i, c.step),
                GridCommand::Alongside => toggle_alongside(app, e, i),
                _ => {}
            }
        }
    }
}

/// The session a grid edit acts on: the one under the cursor (see
/// [`grid_state::under_cursor`]), else the selected one when it runs
/// alongside at the cursor's time (a session just marked alongside, or
/// clicked in the band). Never one out of sight.
fn target(app: &App, e: MeetingId, c: GridCursor) -> Option<usize> {
    let m = app.library[e].meeting();
    let g = grid::day(m, c.day, &grid_state::rooms(app, e));
    let sel = app.selected_session();
    grid_state::under_cursor(&g, &c, sel).or_else(|| {
        let i = sel?;
        let (from, to) = c.row();
        g.alongside
            .iter()
            .any(|&(k, a, b)| k == i && a < to && from < b)
            .then_some(i)
    })
}

/// `a` / `b` in the grid: the form for a new session (an hour) or break (a
/// quarter) in the cursor's room at its time, with what it inherits.
fn open_add(app: &mut App, e: MeetingId, c: GridCursor, kind: SessionKind) {
    let m = app.library[e].meeting();
    let g = grid::day(m, c.day, &grid_state::rooms(app, e));
    let column = g.columns.get(c.column).cloned().unwrap_or(Column::Unplaced);
    // In the band: a session running alongside (an exhibition), in no room.
    let kind = if c.band && kind != SessionKind::Break {
        SessionKind::Exhibition
    } else {
        kind
    };
    let room = if kind == SessionKind::Break || c.band {
        None
    } else {
        column.room()
    };
    let start = Clock::from_minutes(c.minute);
    let mut s = inherit::new_session(m, kind, c.day, start, room);
    let len = if kind == SessionKind::Break { 15 } else { 60 };
    s.end = Clock::from_minutes(c.minute + len).or(Clock::hm(23, 59));
    inherit::without_busy(m, &mut s);
    if let Column::Online(link) = &column
        && !link.is_empty()
        && !c.band
    {
        s.link = Some(link.clone());
    }
    if kind == SessionKind::Break {
        s.title = super::schedule_edit::break_title(m);
    }
    let title = if kind == SessionKind::Break {
        crate::tr!("tui-grid-add-break", time = hm(c.minute))
    } else if c.band {
        crate::tr!("tui-grid-add-alongside", time = hm(c.minute))
    } else {
        crate::tr!(
            "tui-grid-add-session",
            room = crate::tui::format::grid_column(&column),
            time = hm(c.minute)
        )
    };
    let f = Form::new(clean(&title), session_fields(m, &s));
    app.edit.push(Modal::Form(
        Box::new(f),
        FormFor::Session { entry: e, at: None },
    ));
}

/// Applies `tx`, then puts the cursor on session `i`'s block (its room
/// column may have moved) and selects it; false when nothing was applied.
fn apply_and_follow(app: &mut App, e: MeetingId, i: usize, tx: Transaction) -> bool {
    if !apply_edit(app, e, tx) {
        return false;
    }
    app.select_session(i);
    let Some(c) = app.schedule.grid else {
        return true;
    };
    let m = app.library[e].meeting();
    let Some(s) = m.sessions.get(i) else {
        return true;
    };
    let g = grid::day(m, s.date, &grid_state::rooms(app, e));
    let column = g.column_of_session(i).unwrap_or(c.column);
    let band = g.alongside.iter().any(|&(k, _, _)| k == i);
    let minute = s.span().map_or(c.minute, |(a, _)| floor_to(a, c.step));
    app.schedule.grid = Some(GridCursor {
        day: s.date,
        column,
        band,
        minute,
        drag: None,
        ..c
    });
    true
}

/// `J`/`K` a step later / earlier, `H`/`L` a room left / right.
fn move_by(app: &mut App, e: MeetingId, c: GridCursor, i: usize, (minutes, rooms): (i64, isize)) {
    let m = app.library[e].meeting();
    let s = &m.sessions[i];
    let Some((a, _)) = s.span() else {
        app.say(Level::Warning, crate::tr!("tui-grid-needs-times"));
        return;
    };
    let g = grid::day(m, s.date, &grid_state::rooms(app, e));
    if rooms != 0 && s.alongside {
        app.say(Level::Note, crate::tr!("tui-grid-band-no-rooms"));
        return;
    }
    let room = if rooms == 0 {
        s.room.clone()
    } else {
        let from = g.column_of_session(i).unwrap_or(c.column);
        let to = from.saturating_add_signed(rooms);
        match g.columns.get(to) {
            Some(col) if to != from => col.room().map(str::to_string),
            _ => {
                app.say(Level::Note, crate::tr!("tui-grid-no-room-further"));
                return;
            }
        }
    };
    // A move in the grid takes that session alone; say how the rest of
    // the day comes along, since that is what a shifted morning wants.
    if place(app, e, i, a + minutes, room.as_deref())
        && minutes != 0
        && let Some(st) = app.status.as_mut()
    {
        st.text = format!("{} · {}", st.text, crate::tr!("tui-grid-moved-alone"));
    }
}

/// Places session `i` at `start` in `room` (a move in the grid); false
/// when it stays.
fn place(app: &mut App, e: MeetingId, i: usize, start: i64, room: Option<&str>) -> bool {
    let m = app.library[e].meeting();
    let s = &m.sessions[i];
    let Some(at) = Clock::from_minutes(start) else {
        app.say(Level::Warning, crate::tr!("tui-grid-before-midnight"));
        return false;
    };
    match ops::place_session(m, i, s.date, at, room) {
        Ok(tx) => apply_and_follow(app, e, i, tx),
        Err(err) => {
            app.say(Level::Error, err);
            false
        }
    }
}

/// `<` `>` in the grid: the end a step earlier / later.
fn resize_by(app: &mut App, e: MeetingId, i: usize, delta: i64) {
    let m = app.library[e].meeting();
    let Some((_, b)) = m.sessions[i].span() else {
        app.say(Level::Warning, crate::tr!("tui-grid-needs-times"));
        return;
    };
    resize_to(app, e, i, b + delta);
}

fn resize_to(app: &mut App, e: MeetingId, i: usize, end: i64) {
    let m = app.library[e].meeting();
    let Some(end) = Clock::from_minutes(end) else {
        app.say(Level::Warning, crate::tr!("tui-grid-ends-by-midnight"));
        return;
    };
    match ops::resize_session(m, i, end, false) {
        Ok(tx) => {
            apply_and_follow(app, e, i, tx);
        }
        Err(err) => app.say(Level::Warning, err),
    }
}

/// `A`: the session runs alongside the others (a side band; its room and
/// people are not flagged against them), or takes its room's column again.
fn toggle_alongside(app: &mut App, e: MeetingId, i: usize) {
    let m = app.library[e].meeting();
    let on = !m.sessions[i].alongside;
    let key = if on {
        "edit-run-alongside"
    } else {
        "edit-stop-alongside"
    };
    let label = crate::tr!(key, id = m.sessions[i].id.as_str());
    match ops::edit_session(m, i, &label, |s| s.alongside = on) {
        // Taken back into its room: the cursor goes with it.
        Ok(tx) if !on => {
            apply_and_follow(app, e, i, tx);
        }
        Ok(tx) => {
            if apply_edit(app, e, tx) {
                app.select_session(i);
            }
        }
        Err(err) => app.say(Level::Error, err),
    }
}

impl App {
    /// The left button moving or let go over the grid: the cursor follows a
    /// drag; letting go moves the dragged block there (or, when its bottom
    /// edge was taken, makes it end there), as one edit.
    pub(crate) fn grid_drag(&mut self, m: Mouse) {
        let (Some(c), Some(e)) = (self.schedule.grid, self.current()) else {
            return;
        };
        let Some(d) = c.drag else { return };
        let (column, row) = match m {
            Mouse::Drag { column, row } | Mouse::Release { column, row } => (column, row),
            _ => return,
        };
        let Some((col, minute)) = self.grid_cell_at(column, row) else {
            return;
        };
        // A session in the band moves in time only: the cursor stays in it.
        let col = if d.band { c.column } else { col };
        if let Mouse::Drag { .. } = m {
            self.schedule.grid = Some(GridCursor {
                column: col,
                minute,
                ..c
            });
            self.say(Level::Note, drop_hint(self, e, d, col, minute, c.step));
            return;
        }
        self.schedule.grid = Some(GridCursor { drag: None, ..c });
        let all = grid_state::rooms(self, e);
        self.schedule.grid_rooms.insert(e, all);
        drop_at(self, e, d, col, minute, c.step);
    }
}

/// What letting go here will do, said while dragging.
fn drop_hint(app: &App, e: MeetingId, d: Drag, col: usize, minute: i64, step: i64) -> String {
    let m = app.library[e].meeting();
    let Some(s) = m.sessions.get(d.session) else {
        return String::new();
    };
    if d.resize {
        let end = hm(minute + step);
        return clean(&crate::tr!(
            "tui-grid-let-go-end",
            id = s.id.as_str(),
            time = end
        ))
        .into_owned();
    }
    if d.band {
        let at = hm((minute - d.grab).max(0));
        return clean(&crate::tr!(
            "tui-grid-let-go-band",
            id = s.id.as_str(),
            time = at
        ))
        .into_owned();
    }
    let g = grid::day(m, s.date, &grid_state::rooms(app, e));
    let room = g
        .columns
        .get(col)
        .map_or(String::new(), crate::tui::format::grid_column);
    let at = hm((minute - d.grab).max(0));
    clean(&crate::tr!(
        "tui-grid-let-go",
        id = s.id.as_str(),
        place = room,
        time = at
    ))
    .into_owned()
}

/// Letting go of a drag at grid column `col`, minute `minute`.
fn drop_at(app: &mut App, e: MeetingId, d: Drag, col: usize, minute: i64, step: i64) {
    let m = app.library[e].meeting();
    let Some(s) = m.sessions.get(d.session) else {
        return;
    };
    let Some((a, _)) = s.span() else { return };
    let g = grid::day(m, s.date, &grid_state::rooms(app, e));
    let from = g.column_of_session(d.session);
    if minute == a + d.grab && (d.band || from == Some(col)) {
        return; // let go where it was taken: a click, not a drag
    }
    if d.resize {
        resize_to(app, e, d.session, minute + step);
        return;
    }
    let start = minute - d.grab;
    let room = match g.columns.get(col) {
        Some(k) if from != Some(col) && !d.band => k.room().map(str::to_string),
        _ => s.room.clone(),
    };
    place(app, e, d.session, start, room.as_deref());
}
