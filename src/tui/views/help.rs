//! The `?` screen, generated from the keymap, so it always tells the truth;
//! then what the markers mean.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::tui::widgets::wrapped_height;

use crate::tui::app::App;
use crate::tui::app::help_state::HelpState;
use crate::tui::theme::marker;

pub fn lines(app: &App, h: &HelpState) -> Vec<Line<'static>> {
    let t = app.theme;
    let mut out: Vec<Line> = Vec::new();
    let sections = h.sections();
    if sections.is_empty() {
        out.push(Line::raw(crate::tr!(
            "tui-help-no-match",
            query = crate::tui::sanitize::clean(&h.query)
        )));
        return out;
    }
    for (title, rows) in sections {
        section(app, &mut out, &title, rows);
    }
    if !h.query.is_empty() {
        // A search shows the keys only, not the markers below.
        return out;
    }
    out.push(Line::styled(crate::tr!("tui-help-markers"), t.header()));
    for (m, what) in [
        (marker::SELECTED.trim(), "tui-marker-selected"),
        (marker::ERROR, "tui-marker-error"),
        (marker::WARNING, "tui-marker-warning"),
        (marker::TENTATIVE, "tui-marker-tentative"),
        (marker::DUPLICATE, "tui-marker-duplicate"),
        (marker::OVERDUE, "tui-marker-overdue"),
        (marker::DUE_SOON, "tui-marker-due-soon"),
        (marker::DONE, "tui-marker-done"),
        (marker::DROPPED, "tui-marker-dropped"),
        ("floor", "tui-marker-floor"),
        ("2/2", "tui-marker-staffed"),
        ("2w", "tui-marker-two-way"),
        ("open", "tui-marker-open"),
        ("-", "tui-marker-none"),
    ] {
        out.push(Line::from(vec![
            Span::styled(format!("  {m:<16}"), t.key()),
            Span::raw(crate::tr!(what)),
        ]));
    }
    out.push(Line::raw(""));
    out.push(Line::raw(crate::tr!("tui-help-search-note")));
    out
}

fn section(app: &App, out: &mut Vec<Line<'static>>, title: &str, rows: Vec<(String, String)>) {
    let t = app.theme;
    out.push(Line::styled(title.to_string(), t.header()));
    for (keys, help) in rows {
        out.push(Line::from(vec![
            Span::styled(format!("  {keys:<16}"), t.key()),
            Span::raw(help),
        ]));
    }
    out.push(Line::raw(""));
}

/// The help box's title: how to leave, and the search when there is one.
fn title(h: &HelpState) -> String {
    let text = match (&h.input, h.query.is_empty()) {
        (Some(i), _) => crate::tr!("tui-help-title-search", input = i.as_str()),
        (None, false) => crate::tr!("tui-help-title-query", query = h.query.as_str()),
        (None, true) => crate::tr!("tui-help-title"),
    };
    // Fluent trims a message's edges; the box title wants a blank each side.
    format!(" {text} ")
}

pub fn render(app: &App, f: &mut Frame, area: Rect, help: &HelpState) {
    let top = help.top;
    let t = app.theme;
    let w = area.width.saturating_sub(4).min(96);
    let h = area.height.saturating_sub(2);
    let r = Rect::new(area.x + (area.width - w) / 2, area.y + 1, w, h);
    let lines = lines(app, help);
    let max = wrapped_height(&lines, w.saturating_sub(2))
        .saturating_sub(usize::from(h.saturating_sub(2))) as u16;
    let block = Block::bordered()
        .title(Line::styled(
            crate::tui::sanitize::clean(&title(help)).into_owned(),
            t.title(),
        ))
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
