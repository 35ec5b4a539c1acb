//! The `?` screen, generated from the keymap, so it always tells the truth;
//! then what the markers mean.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::tui::widgets::wrapped_height;

use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::theme::marker;

pub fn lines(app: &App) -> Vec<Line<'static>> {
    let t = app.theme;
    let mut out: Vec<Line> = Vec::new();
    for (title, rows) in keymap::help_sections(&app.view_keys()) {
        out.push(Line::styled(title.to_string(), t.header()));
        for (keys, help) in rows {
            out.push(Line::from(vec![
                Span::styled(format!("  {keys:<16}"), t.key()),
                Span::raw(help.to_string()),
            ]));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled("Markers", t.header()));
    for (m, what) in [
        (
            marker::SELECTED.trim(),
            "the selected row (also shown reversed)",
        ),
        (marker::ERROR, "error"),
        (
            marker::WARNING,
            "warning: the session is involved in one (details in its pane)",
        ),
        (
            marker::TENTATIVE,
            "not confirmed yet (tentative), after a time or room, or before a row",
        ),
        (marker::DUPLICATE, "may be the same person as another entry"),
        (marker::OVERDUE, "follow-up overdue"),
        (marker::DUE_SOON, "follow-up due within two weeks"),
        (marker::DONE, "follow-up done"),
        (marker::DROPPED, "follow-up dropped"),
        (
            "floor",
            "Interpretation: the session is held in this language",
        ),
        (
            "2/2",
            "Interpretation: interpreters in the booth / what the norm asks",
        ),
        (
            "2w",
            "Interpretation: a two-way booth (also works back into the floor language)",
        ),
        (
            "open",
            "Interpretation: a channel nobody is assigned to yet",
        ),
        (
            "-",
            "Interpretation: neither floor nor channel in this language",
        ),
    ] {
        out.push(Line::from(vec![
            Span::styled(format!("  {m:<16}"), t.key()),
            Span::raw(what),
        ]));
    }
    out.push(Line::raw(""));
    out.push(Line::raw(
        "Search ignores case and script: \"umankulova\" finds Уманкулова, \"li fan\" finds Fan Li.",
    ));
    out
}

pub fn render(app: &App, f: &mut Frame, area: Rect, top: u16) {
    let t = app.theme;
    let w = area.width.saturating_sub(4).min(96);
    let h = area.height.saturating_sub(2);
    let r = Rect::new(area.x + (area.width - w) / 2, area.y + 1, w, h);
    let lines = lines(app);
    let max = wrapped_height(&lines, w.saturating_sub(2))
        .saturating_sub(usize::from(h.saturating_sub(2))) as u16;
    let block = Block::bordered()
        .title(Line::styled(" Keys — Esc closes, j/k scroll ", t.title()))
        .border_style(t.focus_border());
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((top.min(max), 0)),
        r,
    );
}
