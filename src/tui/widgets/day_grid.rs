//! The day grid drawn: rooms as columns, time down the left at the chosen
//! step, sessions as blocks (title, kind, speakers), breaks across every
//! room, sessions running alongside in a band on the right, clashes marked
//! `!` in the block. It reads a [`DayGrid`] and a [`Viewport`] and draws;
//! where a click lands is the viewport's to say, so both agree.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;

use crate::domain::Meeting;
use crate::grid::{DayGrid, GUTTER, Viewport};
use crate::tui::sanitize::fit;
use crate::tui::theme::{Theme, marker};

/// What the grid needs besides the model: the meeting, where the cursor
/// is, which session is selected, which sessions have warnings.
pub struct DayGridWidget<'a> {
    pub m: &'a Meeting,
    pub g: &'a DayGrid,
    pub v: Viewport,
    /// Grid column and minute of the cursor.
    pub cursor: (usize, i64),
    /// The session the cursor is on (what `J` and `e` act on): among blocks
    /// side by side in one room, the marker goes to its lane.
    pub at: Option<usize>,
    /// The cursor is in the band of sessions running alongside.
    pub band_cursor: bool,
    pub selected: Option<usize>,
    pub lang: &'a str,
    pub fb: &'a [String],
    pub warned: &'a dyn Fn(usize) -> bool,
    pub theme: Theme,
    /// Minutes to add to the meeting's times to show them in the zone
    /// chosen with `z`/`Z` (0 in the meeting's own).
    pub shift: i64,
}

impl DayGridWidget<'_> {
    /// A minute of the meeting's day as a time in the shown zone.
    fn hm(&self, minutes: i64) -> String {
        let m = (minutes + self.shift).rem_euclid(24 * 60);
        format!("{:02}:{:02}", m / 60, m % 60)
    }
}

impl DayGridWidget<'_> {
    fn put(
        &self,
        buf: &mut Buffer,
        area: Rect,
        (x, y): (u16, u16),
        text: &str,
        w: u16,
        style: Style,
    ) {
        if y >= area.height || x >= area.width || w == 0 {
            return;
        }
        let w = w.min(area.width - x);
        let s = fit(text, usize::from(w));
        buf.set_stringn(area.x + x, area.y + y, &s, usize::from(w), style);
    }

    fn fill(&self, buf: &mut Buffer, area: Rect, (x, y): (u16, u16), w: u16, style: Style) {
        self.put(buf, area, (x, y), &" ".repeat(usize::from(w)), w, style);
    }

    fn heading(&self, buf: &mut Buffer, area: Rect) {
        let t = self.theme;
        let v = &self.v;
        let left = if v.first > 0 { "◀" } else { "" };
        self.put(buf, area, (0, 0), left, GUTTER, t.header());
        for k in 0..v.shown {
            let c = v.first + k;
            let Some(col) = self.g.columns.get(c) else {
                continue;
            };
            let label = match col {
                crate::grid::Column::Online(l) if !l.is_empty() => {
                    format!("{} {l}", crate::tui::format::grid_column(col))
                }
                other => crate::tui::format::grid_column(other),
            };
            let x = v.column_x(k);
            self.put(
                buf,
                area,
                (x, 0),
                &format!("│{label}"),
                v.column_width,
                t.header(),
            );
        }
        let more = self.g.columns.len().saturating_sub(v.first + v.shown);
        if v.band > 0 {
            let label = if more > 0 {
                format!("│▶{}", crate::tr!("tui-grid-more", n = more))
            } else {
                format!("│{}", crate::tr!("tui-grid-alongside"))
            };
            self.put(buf, area, (v.band_x(), 0), &label, v.band, t.header());
        } else if more > 0 {
            let x = area.width.saturating_sub(2);
            self.put(buf, area, (x, 0), "▶", 2, t.header());
        }
    }

    fn gutter(&self, buf: &mut Buffer, area: Rect) {
        for y in 1..=self.v.rows {
            // The day ends at 24:00: rows past it (long steps) stay blank.
            if let Some(min) = self.v.minute_of(y).filter(|m| *m < 24 * 60) {
                let style = if (min + self.shift).rem_euclid(60) == 0 {
                    self.theme.plain()
                } else {
                    self.theme.dim()
                };
                self.put(buf, area, (0, y), &self.hm(min), GUTTER, style);
            }
        }
        for k in 0..self.v.shown {
            for y in 1..=self.v.rows {
                self.put(buf, area, (self.v.column_x(k), y), "│", 1, self.theme.dim());
            }
        }
    }

    /// Rows (relative) a span covers on screen, clipped to the view.
    fn rows_of(&self, a: i64, b: i64) -> Option<(u16, u16)> {
        let v = &self.v;
        let last_shown = v.top + i64::from(v.rows) * v.step;
        if b <= v.top || a >= last_shown {
            return None;
        }
        let first = v.row_of(a.max(v.top))?;
        let last = v.row_of((b - 1).min(last_shown - 1))?;
        Some((first, last.max(first)))
    }

    fn breaks(&self, buf: &mut Buffer, area: Rect) {
        let width = self.v.column_width * self.v.shown as u16;
        for &(i, a, b) in &self.g.breaks {
            let Some((y0, y1)) = self.rows_of(a, b) else {
                continue;
            };
            let title = self.m.sessions[i].title.get(self.lang, self.fb);
            let dots: String = (0..width)
                .map(|k| if k % 2 == 0 { '·' } else { ' ' })
                .collect();
            for y in y0..=y1 {
                self.put(buf, area, (GUTTER, y), &dots, width, self.theme.dim());
                if y == y0 {
                    let text = format!("│ {} {}-{} ", title, self.hm(a), self.hm(b));
                    self.put(buf, area, (GUTTER, y), &text, width, self.theme.dim());
                }
            }
        }
    }

    fn speakers(&self, i: usize) -> String {
        let s = &self.m.sessions[i];
        s.people()
            .iter()
            .map(|id| {
                self.m
                    .participant(id)
                    .map(|p| p.name.get(self.lang, self.fb).to_string())
                    .unwrap_or_else(|| id.to_string())
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A block's lines, top to bottom: title, kind and time, speakers.
    fn block_lines(&self, i: usize, clash: bool) -> Vec<String> {
        let s = &self.m.sessions[i];
        let mut mark = String::new();
        if clash || (self.warned)(i) {
            mark.push_str(marker::WARNING);
        }
        if s.tentative.any() {
            mark.push_str(marker::TENTATIVE);
        }
        let mark = if mark.is_empty() {
            String::new()
        } else {
            format!("{mark} ")
        };
        let mut v = vec![format!("{mark}{}", s.title.get(self.lang, self.fb))];
        let (a, b) = s.span().unwrap_or((0, 0));
        v.push(format!(
            "{} {}-{}",
            crate::tui::format::value(s.kind.as_str()),
            self.hm(a),
            self.hm(b)
        ));
        let who = self.speakers(i);
        if !who.is_empty() {
            v.push(who);
        }
        v
    }

    fn blocks(&self, buf: &mut Buffer, area: Rect) {
        let t = self.theme;
        for blk in &self.g.blocks {
            if !self.v.shows_column(blk.column) {
                continue;
            }
            let Some((y0, y1)) = self.rows_of(blk.start, blk.end) else {
                continue;
            };
            // Overlapping blocks share their column side by side.
            let (x, w) = self
                .v
                .lane_x(blk.column - self.v.first, blk.lane, blk.lanes);
            let selected = self.selected == Some(blk.session);
            let mut style = if blk.clash || (self.warned)(blk.session) {
                t.warning()
            } else {
                t.plain()
            };
            if selected {
                style = style.add_modifier(Modifier::REVERSED);
            }
            let lines = self.block_lines(blk.session, blk.clash);
            for (n, y) in (y0..=y1).enumerate() {
                let edge = if n == 0 { "┏" } else { "┃" };
                self.fill(buf, area, (x, y), w, style);
                let text = lines.get(n).map(String::as_str).unwrap_or("");
                let st = if n == 0 {
                    style.add_modifier(Modifier::BOLD)
                } else {
                    style
                };
                self.put(buf, area, (x, y), &format!("{edge}{text}"), w, st);
            }
        }
    }

    fn band(&self, buf: &mut Buffer, area: Rect) {
        if self.v.band == 0 {
            return;
        }
        let x = self.v.band_x();
        for y in 1..=self.v.rows {
            self.put(buf, area, (x, y), "┆", 1, self.theme.dim());
        }
        for &(i, a, b) in &self.g.alongside {
            let Some((y0, y1)) = self.rows_of(a, b) else {
                continue;
            };
            let s = &self.m.sessions[i];
            let mut style = self.theme.tentative();
            if self.selected == Some(i) {
                style = style.add_modifier(Modifier::REVERSED);
            }
            for (n, y) in (y0..=y1).enumerate() {
                let text = match n {
                    0 => format!("┆{}", s.title.get(self.lang, self.fb)),
                    1 => format!("┆{}-{}", self.hm(a), self.hm(b)),
                    2 => format!("┆{}", crate::tui::format::value(s.kind.as_str())),
                    _ => "┆".into(),
                };
                self.put(buf, area, (x, y), &text, self.v.band, style);
            }
        }
    }

    /// The cursor: on an empty cell a `+` bar saying a session can go
    /// there; on a block, a break or a session in the band, the marker at
    /// its left edge, so the cursor shows on what `e` and `J` act on.
    fn cursor(&self, buf: &mut Buffer, area: Rect) {
        let (c, min) = self.cursor;
        let Some(y) = self.v.row_of(min) else { return };
        let (x, w, taken) = if self.band_cursor {
            if self.v.band == 0 {
                return;
            }
            let taken = self
                .g
                .alongside
                .iter()
                .any(|&(_, a, b)| a < min + self.v.step && min < b);
            (self.v.band_x(), self.v.band, taken)
        } else {
            if !self.v.shows_column(c) {
                return;
            }
            let to = min + self.v.step;
            let taken = self
                .g
                .blocks
                .iter()
                .any(|b| b.column == c && b.start < to && min < b.end)
                || self.g.breaks.iter().any(|&(_, a, b)| a < to && min < b);
            let k = c - self.v.first;
            let lane = self
                .g
                .blocks
                .iter()
                .find(|b| Some(b.session) == self.at && b.column == c);
            let (x, w) = lane.map_or((self.v.column_x(k), self.v.column_width), |b| {
                self.v.lane_x(k, b.lane, b.lanes)
            });
            (x, w, taken)
        };
        let mark = marker::SELECTED.trim_end();
        let text = if taken {
            mark.to_string()
        } else {
            format!("{mark}+ {}", self.hm(min))
        };
        let w = if taken { 1 } else { w };
        self.put(buf, area, (x, y), &text, w, self.theme.selected());
    }
}

impl Widget for DayGridWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        self.heading(buf, area);
        self.gutter(buf, area);
        self.breaks(buf, area);
        self.blocks(buf, area);
        self.band(buf, area);
        self.cursor(buf, area);
    }
}
