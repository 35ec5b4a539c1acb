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

/// The help's lines for a box `width` columns inside: a description too
/// long for one line goes on under its own column, not under the keys.
pub fn lines(app: &App, h: &HelpState, width: usize) -> Vec<Line<'static>> {
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
        section(app, &mut out, &title, rows, width);
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
        out.extend(key_row(app, m, &crate::tr!(what), width));
    }
    out.push(Line::raw(""));
    out.push(Line::raw(crate::tr!("tui-help-search-note")));
    out
}

fn section(
    app: &App,
    out: &mut Vec<Line<'static>>,
    title: &str,
    rows: Vec<(String, String)>,
    width: usize,
) {
    let t = app.theme;
    out.push(Line::styled(title.to_string(), t.header()));
    for (keys, help) in rows {
        out.extend(key_row(app, &keys, &help, width));
    }
    out.push(Line::raw(""));
}

/// Where a key's description starts: two blanks, then the keys' column.
const KEYS_W: usize = 16;
const TEXT_AT: usize = 2 + KEYS_W;

/// `  keys            what they do`, the description wrapped to `width`
/// with its further lines under its first word.
fn key_row(app: &App, keys: &str, help: &str, width: usize) -> Vec<Line<'static>> {
    // Keys wider than their column still get a blank before the words.
    let lead = if keys.chars().count() >= KEYS_W {
        format!("  {keys} ")
    } else {
        format!("  {keys:<KEYS_W$}")
    };
    // Narrower than this and the column would leave no room for words: the
    // box wraps the line itself then.
    let max = if width >= TEXT_AT + 16 { width } else { 0 };
    let rows = crate::report::plain::wrap(help, &lead, &" ".repeat(TEXT_AT), max);
    let mut out = Vec::with_capacity(rows.len());
    for (n, row) in rows.into_iter().enumerate() {
        match row.strip_prefix(lead.as_str()) {
            Some(text) if n == 0 => out.push(Line::from(vec![
                Span::styled(lead.clone(), app.theme.key()),
                Span::raw(text.to_string()),
            ])),
            _ => out.push(Line::raw(row)),
        }
    }
    out
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
    let lines = lines(app, help, usize::from(w.saturating_sub(2)));
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
