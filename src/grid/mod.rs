//! A day as rooms side by side: the model the TUI's day grid draws.
//!
//! Columns are the meeting's rooms in one order for every day (see
//! [`rooms`]: a meeting has no room list, so the order the file first names
//! them in stands for one), then one column per online link used without a
//! room. A day shows every room of the meeting, used that day or not, so
//! a column never moves when a session changes room or time and an empty
//! room stays a place to move a session to. Sessions become blocks in their column; a
//! break spans every column; a session running `alongside` goes to a side
//! band instead of taking a room's column, since it runs beside them all.
//! Two blocks overlapping in one column are a clash and are marked. Times
//! are minutes since midnight in the meeting's zone; nothing here draws.

mod viewport;

use chrono::NaiveDate;

pub use viewport::{BAND, GUTTER, MIN_COLUMN, Viewport};

use crate::domain::{Format, Meeting, Session};

/// A column of the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    Room(String),
    /// An online link used without a room (`online` when the meeting is
    /// online and a session gives neither).
    Online(String),
    /// Sessions with neither room nor link.
    Unplaced,
}

impl Column {
    pub fn label(&self) -> &str {
        match self {
            Column::Room(r) => r,
            Column::Online(_) => "online",
            Column::Unplaced => "no room",
        }
    }

    /// The room a session placed in this column gets.
    pub fn room(&self) -> Option<&str> {
        match self {
            Column::Room(r) => Some(r),
            _ => None,
        }
    }
}

/// A timed session placed in a column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub session: usize,
    pub column: usize,
    pub start: i64,
    pub end: i64,
    /// Overlaps another block of its column.
    pub clash: bool,
    /// Side by side within the column when blocks overlap: this block's lane
    /// (0 = leftmost) of `lanes`, so no clashing block hides another.
    pub lane: usize,
    pub lanes: usize,
}

/// One day of the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayGrid {
    pub date: NaiveDate,
    pub columns: Vec<Column>,
    pub blocks: Vec<Block>,
    /// Breaks (kind `break`), across every column: (session, start, end).
    pub breaks: Vec<(usize, i64, i64)>,
    /// Sessions running alongside, for the side band: (session, start, end).
    pub alongside: Vec<(usize, i64, i64)>,
    /// Sessions of the day with no start or end, listed below the grid.
    pub untimed: Vec<usize>,
    /// First and last minute shown: the day's sessions, at least 08:00-18:00.
    pub from: i64,
    pub to: i64,
}

fn column_of(m: &Meeting, s: &Session) -> Column {
    if let Some(r) = s.room.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        return Column::Room(r.to_string());
    }
    match s.link.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        Some(l) => Column::Online(l.to_string()),
        None if m.format == Format::Online => Column::Online(String::new()),
        None => Column::Unplaced,
    }
}

/// The grid of `date`. `rooms` gives the room columns and their order
/// (the TUI passes every room the meeting has had while it runs, see
/// [`rooms`]): each is a column whether the day uses it or not, so a move
/// never reorders the columns and an emptied room can be moved back to. A
/// room of the day missing from `rooms` comes after them (as first used),
/// then the day's online and roomless columns.
pub fn day(m: &Meeting, date: NaiveDate, rooms: &[String]) -> DayGrid {
    let mut g = DayGrid {
        date,
        columns: rooms.iter().map(|r| Column::Room(r.clone())).collect(),
        blocks: Vec::new(),
        breaks: Vec::new(),
        alongside: Vec::new(),
        untimed: Vec::new(),
        from: 8 * 60,
        to: 18 * 60,
    };
    for i in m.sessions_on(date) {
        let s = &m.sessions[i];
        let Some((a, b)) = s.span() else {
            g.untimed.push(i);
            continue;
        };
        g.from = g.from.min(a);
        g.to = g.to.max(b);
        if s.is_break() {
            g.breaks.push((i, a, b));
        } else if s.alongside {
            g.alongside.push((i, a, b));
        } else {
            let col = column_of(m, s);
            let column = match g.columns.iter().position(|c| *c == col) {
                Some(k) => k,
                None => {
                    g.columns.push(col);
                    g.columns.len() - 1
                }
            };
            g.blocks.push(Block {
                session: i,
                column,
                start: a,
                end: b,
                clash: false,
                lane: 0,
                lanes: 1,
            });
        }
    }
    order_columns(&mut g, rooms);
    if g.columns.is_empty() {
        g.columns.push(match m.format {
            Format::Online => Column::Online(String::new()),
            _ => Column::Unplaced,
        });
    }
    mark_clashes(&mut g.blocks);
    mark_lanes(&mut g.blocks);
    g
}

/// Sorts the day's columns: rooms in the order of `rooms` (others after
/// them as first used), then online and roomless ones as first used; the
/// blocks follow their column.
fn order_columns(g: &mut DayGrid, rooms: &[String]) {
    let rank = |c: &Column| match c {
        Column::Room(r) => (0, rooms.iter().position(|x| x == r).unwrap_or(usize::MAX)),
        _ => (1, 0),
    };
    let mut order: Vec<usize> = (0..g.columns.len()).collect();
    // Stable: equal ranks keep their first-use order.
    order.sort_by_key(|&k| rank(&g.columns[k]));
    let mut now = vec![0; order.len()];
    for (to, &from) in order.iter().enumerate() {
        now[from] = to;
    }
    g.columns = order.iter().map(|&k| g.columns[k].clone()).collect();
    for b in &mut g.blocks {
        b.column = now[b.column];
    }
}

fn mark_clashes(blocks: &mut [Block]) {
    for k in 0..blocks.len() {
        let (a, rest) = blocks.split_at_mut(k + 1);
        let x = &mut a[k];
        for y in rest.iter_mut() {
            if x.column == y.column && x.start < y.end && y.start < x.end {
                x.clash = true;
                y.clash = true;
            }
        }
    }
}

/// Lanes for overlapping blocks of a column: each block, by start, takes the
/// leftmost lane no earlier overlapping block holds; a block's `lanes` is
/// the widest lane count among the blocks it overlaps.
fn mark_lanes(blocks: &mut [Block]) {
    let mut order: Vec<usize> = (0..blocks.len()).collect();
    order.sort_by_key(|&k| (blocks[k].column, blocks[k].start, blocks[k].end));
    let overlaps =
        |x: &Block, y: &Block| x.column == y.column && x.start < y.end && y.start < x.end;
    for (n, &k) in order.iter().enumerate() {
        let taken: Vec<usize> = order[..n]
            .iter()
            .filter(|&&j| overlaps(&blocks[j], &blocks[k]))
            .map(|&j| blocks[j].lane)
            .collect();
        blocks[k].lane = (0..).find(|l| !taken.contains(l)).unwrap_or(0);
    }
    for k in 0..blocks.len() {
        let widest = (0..blocks.len())
            .filter(|&j| j == k || overlaps(&blocks[j], &blocks[k]))
            .map(|j| blocks[j].lane + 1)
            .max()
            .unwrap_or(1);
        blocks[k].lanes = widest;
    }
}

/// Every room the meeting's programme uses on any day, in the order the
/// file first names them; rooms only sessions running alongside use (a
/// foyer) are left out. The file's order, not the clock's: a meeting has
/// no list of rooms, and the order its writers named them in is the
/// nearest thing to one; it also stays put when a session moves to
/// another time, where the order of first use would swap two rooms.
pub fn rooms(m: &Meeting) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for s in m.sessions.iter() {
        if s.alongside || s.is_break() {
            continue;
        }
        if let Some(r) = s.room.as_deref().map(str::trim).filter(|r| !r.is_empty())
            && !v.iter().any(|x| x == r)
        {
            v.push(r.to_string());
        }
    }
    v
}

impl DayGrid {
    /// The block of `column` at `minute`, the last drawn (topmost) first.
    pub fn block_at(&self, column: usize, minute: i64) -> Option<&Block> {
        self.blocks
            .iter()
            .rev()
            .find(|b| b.column == column && b.start <= minute && minute < b.end)
    }

    /// The break on at `minute`, if any.
    pub fn break_at(&self, minute: i64) -> Option<usize> {
        self.breaks
            .iter()
            .find(|&&(_, a, b)| a <= minute && minute < b)
            .map(|&(i, _, _)| i)
    }

    /// The column a session's block is in.
    pub fn column_of_session(&self, session: usize) -> Option<usize> {
        self.blocks
            .iter()
            .find(|b| b.session == session)
            .map(|b| b.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, SessionKind, Text};

    fn s(id: &str, room: Option<&str>, a: &str, b: &str) -> Session {
        Session {
            id: id.into(),
            title: Text::plain(id),
            date: NaiveDate::from_ymd_opt(2023, 10, 4).unwrap_or_default(),
            start: Clock::parse(a).ok(),
            end: Clock::parse(b).ok(),
            room: room.map(str::to_string),
            ..Session::default()
        }
    }

    #[test]
    fn rooms_become_columns_breaks_span_and_alongside_goes_aside() {
        let mut coffee = s("coffee", None, "10:30", "11:00");
        coffee.kind = SessionKind::Break;
        let mut walk = s("walk", Some("Foyer"), "09:00", "18:00");
        walk.alongside = true;
        let mut online = s("web", None, "11:00", "12:00");
        online.link = Some("https://meet.example.org/x".into());
        let m = Meeting {
            sessions: vec![
                s("opening", Some("Hall A"), "09:00", "10:30"),
                coffee,
                walk,
                s("a", Some("Room 1"), "11:00", "12:30"),
                s("b", Some("Room 2"), "11:00", "12:30"),
                s("c", Some("Room 2"), "12:00", "13:00"),
                online,
            ]
            .into(),
            ..Meeting::default()
        };
        let g = day(&m, m.sessions[0].date, &["Hall B".into()]);
        let labels: Vec<&str> = g.columns.iter().map(Column::label).collect();
        assert_eq!(
            labels,
            ["Hall B", "Hall A", "Room 1", "Room 2", "online"],
            "the rooms given first, used that day or not; the day's others after them"
        );
        assert_eq!(g.breaks, vec![(1, 630, 660)]);
        assert_eq!(g.alongside, vec![(2, 540, 1080)]);
        let clash: Vec<&str> = g
            .blocks
            .iter()
            .filter(|b| b.clash)
            .map(|b| m.sessions[b.session].id.as_str())
            .collect();
        assert_eq!(
            clash,
            ["b", "c"],
            "parallel rooms do not clash; one room does"
        );
        assert_eq!(g.block_at(2, 700).map(|b| b.session), Some(3));
        assert_eq!(g.break_at(640), Some(1));
        assert_eq!((g.from, g.to), (480, 1080));
    }

    #[test]
    fn rooms_keep_the_files_order_when_sessions_move_in_time_or_room() {
        let mut m = Meeting {
            sessions: vec![
                s("a", Some("Room 1"), "10:30", "12:00"),
                s("b", Some("Room 2"), "10:30", "12:00"),
                s("c", Some("Room 3"), "10:30", "12:00"),
            ]
            .into(),
            ..Meeting::default()
        };
        assert_eq!(rooms(&m), ["Room 1", "Room 2", "Room 3"]);
        // Room 3 now starts first and Room 2 is empty: the order stands,
        // and a room kept by the caller stays a column.
        m.sessions[2].start = Clock::parse("08:00").ok();
        m.sessions[1].room = Some("Room 3".into());
        assert_eq!(rooms(&m), ["Room 1", "Room 3"]);
        let kept = ["Room 1".to_string(), "Room 2".into(), "Room 3".into()];
        let g = day(&m, m.sessions[0].date, &kept);
        let labels: Vec<&str> = g.columns.iter().map(Column::label).collect();
        assert_eq!(labels, ["Room 1", "Room 2", "Room 3"]);
        assert_eq!(g.column_of_session(1), Some(2));
    }

    #[test]
    fn the_rooms_given_order_the_columns_and_blocks_follow() {
        let m = Meeting {
            sessions: vec![
                s("a", Some("Room 1"), "11:15", "12:30"),
                s("b", Some("Room 2"), "11:00", "12:30"),
                s("web", None, "09:00", "10:00"),
            ]
            .into(),
            ..Meeting::default()
        };
        let g = day(&m, m.sessions[0].date, &[]);
        let labels: Vec<&str> = g.columns.iter().map(Column::label).collect();
        assert_eq!(
            labels,
            ["Room 2", "Room 1", "no room"],
            "rooms first, as first used"
        );
        let order = ["Room 1".to_string(), "Room 2".to_string()];
        let g = day(&m, m.sessions[0].date, &order);
        assert_eq!(g.column_of_session(0), Some(0));
        assert_eq!(g.column_of_session(1), Some(1));
        let order = [
            "Hall".to_string(),
            "Room 2".to_string(),
            "Room 1".to_string(),
        ];
        let g = day(&m, m.sessions[0].date, &order);
        let labels: Vec<&str> = g.columns.iter().map(Column::label).collect();
        assert_eq!(labels, ["Hall", "Room 2", "Room 1", "no room"]);
        assert_eq!(g.column_of_session(0), Some(2));
        assert_eq!(g.column_of_session(2), Some(3));
    }
}
