//! The Schedule shown as a day grid (`v`): the banner, a line naming the
//! day and what the cursor is on, and the grid widget in the area
//! `grid_state::area` gives, laid out as `grid_state::laid_out` says so a
//! click lands where it is drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::format;
use crate::tui::app::App;
use crate::tui::app::grid_state::{self, GridCursor};
use crate::tui::library::Entry;
use crate::tui::widgets::day_grid::DayGridWidget;

/// `Day 2/3 · Wed 4 Oct 2023 · cursor Hall A 09:30 · 15-min rows (s)`:
/// the day, whether it is empty, the cursor's room and time in the zone
/// shown (`shift` minutes from the meeting's), which of the sessions
/// sharing its cell it is on (`1 of 2 here`), the step. The zone is named
/// only while another than the meeting's is shown (the banner above names
/// it too); what does not fit `width` is left out, least needed first.
fn day_line(app: &App, e: &Entry, c: &GridCursor, place: Place, width: u16) -> Line<'static> {
    let (column, of) = place;
    let t = app.theme;
    let m = e.meeting();
    let days = m.days();
    let n = days.iter().position(|d| *d == c.day).map_or(0, |k| k + 1);
    let head = format!(
        " {} · {}",
        crate::tr!("tui-grid-day", n = n, days = days.len()),
        format::day(c.day)
    );
    let at = (c.minute + grid_state::zone_shift(app, m, c.day)).rem_euclid(24 * 60);
    let time = format!("{:02}:{:02}", at / 60, at % 60);
    // (how much it is needed: lower is kept longer, words)
    let mut parts: Vec<(u8, String)> = Vec::new();
    if m.sessions_on(c.day).is_empty() {
        parts.push((1, crate::tr!("tui-grid-nothing")));
    }
    parts.push((
        2,
        crate::tr!("tui-grid-cursor", place = column, time = time),
    ));
    if let Some((k, n)) = of {
        parts.push((3, crate::tr!("tui-grid-cell-of", k = k, n = n)));
    }
    parts.push((4, crate::tr!("tui-grid-rows", step = c.step)));
    if let Some((_, shown)) = app.zone.zones(m).filter(|(w, s)| w != s) {
        parts.push((5, crate::tr!("tui-grid-zone", zone = shown.name())));
    }
    let len = |parts: &[(u8, String)]| {
        head.width() + parts.iter().map(|(_, p)| p.width() + 3).sum::<usize>()
    };
    while len(&parts) > usize::from(width) && parts.len() > 1 {
        let least = parts.iter().map(|(k, _)| *k).max().unwrap_or(0);
        parts.retain(|(k, _)| *k != least);
    }
    let mut spans = vec![Span::styled(head, t.header())];
    for (_, p) in parts {
        spans.push(Span::raw(format!(" · {p}")));
    }
    Line::from(spans)
}

/// Where the cursor is for the day line: its room's name, and which of
/// the sessions sharing its cell it is on (k of n) when more than one do.
type Place<'a> = (&'a str, Option<(usize, usize)>);

/// Draws the grid in place of the list; `banner` is the Schedule's own.
pub fn render(app: &App, f: &mut Frame, e: &Entry, c: &GridCursor, banner: Rect) {
    let m = e.meeting();
    let area = grid_state::area(app.area);
    let (g, v) = grid_state::laid_out(m, &grid_state::rooms(app, e.id), c, area);
    let column = g
        .columns
        .get(c.column)
        .map(|k| crate::tui::sanitize::clean(&format::grid_column(k)).into_owned())
        .unwrap_or_default();
    let line = Rect {
        y: banner.y + 1,
        height: 1,
        ..banner
    };
    let shift = grid_state::zone_shift(app, m, c.day);
    let column = if c.band {
        crate::tr!("tui-grid-alongside")
    } else {
        column
    };
    let at = grid_state::under_cursor(&g, c, app.selected_session());
    let here = grid_state::blocks_under(&g, c);
    let of = (here.len() > 1 && !c.band)
        .then(|| here.iter().position(|i| Some(*i) == at))
        .flatten()
        .map(|k| (k + 1, here.len()));
    f.render_widget(
        Paragraph::new(day_line(app, e, c, (&column, of), line.width)),
        line,
    );
    let (lang, fb) = app.language();
    let warned = |i: usize| e.session_problems.get(i).is_some_and(|p| !p.is_empty());
    f.render_widget(
        DayGridWidget {
            m,
            g: &g,
            v,
            cursor: (c.column, c.minute),
            at,
            band_cursor: c.band,
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
