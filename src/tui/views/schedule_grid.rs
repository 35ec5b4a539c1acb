//! The Schedule shown as a day grid (`v`): the banner, a line naming the
//! day and what the cursor is on, and the grid widget in the area
//! `grid_state::area` gives, laid out as `grid_state::laid_out` says so a
//! click lands where it is drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::format;
use crate::tui::app::App;
use crate::tui::app::grid_state::{self, GridCursor};
use crate::tui::library::Entry;
use crate::tui::widgets::day_grid::DayGridWidget;

/// `Day 2/3 · Wed 4 Oct 2023 · Hall A 09:30 · 15-minute rows`, the
/// cursor's time in the zone shown (`shift` minutes from the meeting's).
fn day_line(app: &App, e: &Entry, c: &GridCursor, column: &str, shift: i64) -> Line<'static> {
    let t = app.theme;
    let m = e.meeting();
    let days = m.days();
    let n = days.iter().position(|d| *d == c.day).map_or(0, |k| k + 1);
    let empty = if m.sessions_on(c.day).is_empty() {
        " · nothing scheduled"
    } else {
        ""
    };
    let zone = app
        .zone
        .zones(m)
        .map_or_else(|| m.timezone.clone(), |(_, shown)| shown.name().to_string());
    let at = (c.minute + shift).rem_euclid(24 * 60);
    Line::from(vec![
        Span::styled(format!(" Day {n}/{} ", days.len()), t.header()),
        Span::styled(format!("── {} ──", format::day(c.day)), t.header()),
        Span::raw(format!(
            "{empty} · cursor {column} {:02}:{:02} · {}-minute rows (s) · times in {zone}",
            at / 60,
            at % 60,
            c.step,
        )),
    ])
}

/// Draws the grid in place of the list; `banner` is the Schedule's own.
pub fn render(app: &App, f: &mut Frame, e: &Entry, c: &GridCursor, banner: Rect) {
    let m = e.meeting();
    let area = grid_state::area(app.area);
    let (g, v) = grid_state::laid_out(m, &grid_state::rooms(app, m), c, area);
    let column = g
        .columns
        .get(c.column)
        .map(|k| crate::tui::sanitize::clean(k.label()))
        .unwrap_or_default();
    let line = Rect {
        y: banner.y + 1,
        height: 1,
        ..banner
    };
    let shift = grid_state::zone_shift(app, m, c.day);
    f.render_widget(Paragraph::new(day_line(app, e, c, &column, shift)), line);
    let (lang, fb) = app.language();
    let warned = |i: usize| e.session_problems.get(i).is_some_and(|p| !p.is_empty());
    f.render_widget(
        DayGridWidget {
            m,
            g: &g,
            v,
            cursor: (c.column, c.minute),
            selected: app.selected_session(),
            lang: &lang,
            fb: &fb,
            warned: &warned,
            theme: app.theme,
            shift,
        },
        area,
    );
}
