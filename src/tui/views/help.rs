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
        out.push(Line::raw(format!(
            "No key's description has \"{}\" (Esc: every key again).",
            crate::tui::sanitize::clean(&h.query)
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
    match (&h.input, h.query.is_empty()) {
        (Some(i), _) => format!(
            " Search the keys: {}▏ (Enter keeps, Esc drops) ",
            i.as_str()
        ),
        (None, false) => format!(" Keys with \"{}\" — / changes, Esc shows all ", h.query),
        (None, true) => " Keys, here first — / searches, Esc closes, j/k scroll ".into(),
    }
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
