//! The frame around the views: tab bar, footer hints, loading progress,
//! and the screens shown instead of a view (too small, nothing to open).

use crate::tui::status::Level;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Gauge, Paragraph, Wrap};

use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use crate::tui::library::Library;
use crate::tui::sanitize::{fit, width};

const SPINNER: [&str; 4] = ["|", "/", "-", "\\"];

pub fn tabs(app: &App, f: &mut Frame, area: Rect) {
    let t = app.theme;
    for ((v, r), n) in layout::tabs_for(area, Some(app.view)).into_iter().zip(0..) {
        let style = if v == app.view {
            t.active_tab()
        } else {
            t.plain()
        };
        let mut label = layout::tab_label_in(n, v, area.width, Some(app.view));
        if v == app.view {
            // Brackets mark the current tab without colour.
            label = format!("[{}]", label.trim());
            label = format!("{label:^w$}", w = usize::from(r.width));
        }
        f.render_widget(Span::styled(label, style), r);
    }
    let used = layout::tabs_for(area, Some(app.view))
        .last()
        .map(|(_, r)| r.right() + 1)
        .unwrap_or(area.x);
    let room = area.right().saturating_sub(used) as usize;
    let right = match app.current() {
        Some(e) => {
            let m = app.library[e].meeting();
            let (lang, _) = app.language();
            if app.library[e].editor.is_dirty() {
                format!(
                    "* {} · {} · {}",
                    m.label_in(&lang),
                    crate::tr!("tui-unsaved"),
                    lang.to_uppercase()
                )
            } else {
                format!("{} · {}", m.label_in(&lang), lang.to_uppercase())
            }
        }
        None => "Plenary".into(),
    };
    if room > 4 {
        let text = fit(&right, room - 1);
        let w = width(&text) as u16;
        let r = Rect::new(area.right() - w - 1, area.y, w, 1);
        f.render_widget(Span::styled(text, t.title()), r);
    }
}

/// Quiet marks while the disk worker reads a changed file again or writes
/// a save; keys work meanwhile.
fn disk_marks(app: &App, spans: &mut Vec<Span<'static>>) {
    let t = app.theme;
    let reloading = crate::tui::app::editing::disk_watch::reloading(app);
    if !reloading.is_empty() {
        spans.push(Span::styled(
            format!(
                "{} ",
                crate::tr!("tui-disk-reloading", path = reloading.join(", "))
            ),
            t.dim(),
        ));
    }
    // A meeting merged, kept as mine or dropped: keys answer meanwhile;
    // the mark stays until it is done, though a key took the status
    // (unless the status says it: a key refused while it runs).
    for mark in crate::tui::app::editing::replacing::marks(app) {
        if app.status.as_ref().is_none_or(|s| !s.text.contains(&mark)) {
            spans.push(Span::styled(format!("{mark} "), t.dim()));
        }
    }
    // The status may say just that already (or that a quit waits for it).
    let saving = crate::tui::app::editing::disk_watch::saving(app);
    let mark = crate::tr!("tui-saving", files = saving.join(", "));
    if !saving.is_empty()
        && app
            .status
            .as_ref()
            .is_none_or(|s| !s.text.starts_with(&mark))
    {
        spans.push(Span::styled(format!("{mark} "), t.dim()));
    }
}

/// What the footer shows before any status: loading progress, files
/// being read again or written.
fn leading(app: &App) -> Vec<Span<'static>> {
    let t = app.theme;
    let mut spans: Vec<Span> = Vec::new();
    if !app.loading.finished {
        let spin = SPINNER[(app.loading.ticks % 4) as usize];
        let total = app
            .loading
            .total
            .map(|n| n.to_string())
            .unwrap_or_else(|| "?".into());
        spans.push(Span::styled(
            format!(
                "{spin} {} ",
                crate::tr!(
                    "tui-loading",
                    done = app.loading.done.to_string(),
                    total = total
                )
            ),
            t.warning(),
        ));
    }
    disk_marks(app, &mut spans);
    spans
}

/// [`leading`] as plain text.
fn status_before(app: &App) -> String {
    leading(app).iter().map(|s| s.content.as_ref()).collect()
}

pub fn footer(app: &App, f: &mut Frame, area: Rect) {
    let mut spans = leading(app);
    // A question on screen: its own answers are the keys that matter now, and
    // the last status message would read as if it were part of it.
    let question = match app.edit.modals.last() {
        Some(crate::tui::app::editing::Modal::Confirm(q)) => Some(q),
        _ => None,
    };
    if let (Some(s), None) = (&app.status, question) {
        let style = status_style(app, s.level);
        if let Some(lines) = status_lines(&status_before(app), s, area.width) {
            // Too long for one line: its end here, the rest above
            // ([`status_above`]), and no hints, which would push it off.
            let last = lines.last().cloned().unwrap_or_default();
            f.render_widget(Line::styled(last, style), area);
            return;
        }
        // `s` shows with its marker: `x not saved: ...`.
        spans.push(Span::styled(format!("{s}  "), style));
    }
    hints(app, question, area.width, &mut spans);
    f.render_widget(Line::from(spans), area);
}

/// The key hints after the status: those that fit `width` beside `spans`,
/// a question's own answers first, `? help` always.
fn hints(
    app: &App,
    question: Option<&crate::tui::app::editing::Confirm>,
    room: u16,
    spans: &mut Vec<Span<'static>>,
) {
    let t = app.theme;
    // Hints that do not fit are dropped whole rather than cut mid-word, and
    // `? help` always stays: it is the way to every other key.
    let mut hints: Vec<(String, String)> = keymap::footer(&app.context());
    if let Some(q) = question {
        let answers = q
            .choices
            .iter()
            .map(|(k, label, _)| (k.to_string(), label.clone()));
        hints.splice(0..0, answers);
    }
    let width = |k: &str, h: &str| k.chars().count() + h.chars().count() + 3;
    let (help, rest): (Vec<_>, Vec<_>) = hints.into_iter().partition(|(k, _)| k.as_str() == "?");
    let mut used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
    let reserve: usize = help.iter().map(|(k, h)| width(k, h)).sum();
    // A hint the status message already spells out (the grid's opening
    // note ends `v list`) is not said twice.
    let said = match (&app.status, question) {
        (Some(s), None) => s.text.as_str(),
        _ => "",
    };
    for (k, h) in rest.into_iter().chain(help) {
        let w = width(&k, &h);
        let is_help = k.as_str() == "?";
        if !is_help && !said.is_empty() && said.contains(&format!("{k} {h}")) {
            continue;
        }
        if !is_help && used + w + reserve > usize::from(room) {
            continue;
        }
        used += w;
        spans.push(Span::styled(k, t.key()));
        spans.push(Span::raw(format!(" {h}  ")));
    }
}

fn status_style(app: &App, level: Level) -> Style {
    let t = app.theme;
    match level {
        Level::Note => t.title(),
        Level::Warning => t.warning(),
        Level::Error => t.error(),
    }
}

/// Most lines a status message takes: more would hide the view it is about.
const STATUS_LINES: usize = 4;

/// The status `s` after what the footer already shows (`before`), in lines
/// of `width` broken at spaces, when it does not fit on the footer's one
/// line; `None` when it does. The last line kept ends in `…` when even
/// [`STATUS_LINES`] are too few.
fn status_lines(before: &str, s: &crate::tui::status::Status, width: u16) -> Option<Vec<String>> {
    let text = format!("{before}{s}");
    let w = usize::from(width);
    if crate::tui::sanitize::width(&text) <= w {
        return None;
    }
    let mut lines = crate::tui::sanitize::wrap(&text, w);
    if lines.len() > STATUS_LINES {
        lines.truncate(STATUS_LINES);
        if let Some(l) = lines.last_mut() {
            *l = fit(&format!("{l} …"), w);
        }
    }
    Some(lines)
}

/// The lines of a long status message above the footer (which shows its
/// last), drawn over the view and any dialog so it is read whole.
pub fn status_above(app: &App, f: &mut Frame, footer: Rect) {
    let question = matches!(
        app.edit.modals.last(),
        Some(crate::tui::app::editing::Modal::Confirm(_))
    );
    let (Some(s), false) = (&app.status, question) else {
        return;
    };
    let Some(lines) = status_lines(&status_before(app), s, footer.width) else {
        return;
    };
    let above = (lines.len() - 1) as u16;
    if above == 0 || footer.y < above {
        return;
    }
    let r = Rect::new(footer.x, footer.y - above, footer.width, above);
    let style = status_style(app, s.level);
    let shown: Vec<Line> = lines[..lines.len() - 1]
        .iter()
        .map(|l| Line::styled(l.clone(), style))
        .collect();
    f.render_widget(ratatui::widgets::Clear, r);
    f.render_widget(Paragraph::new(shown), r);
}

/// Too small to draw: say so, and what size would do; recovers on resize.
pub fn too_small(_app: &App, f: &mut Frame, area: Rect) {
    let msg = crate::tr!(
        "tui-too-small",
        w = area.width.to_string(),
        h = area.height.to_string(),
        min_w = MIN_WIDTH.to_string(),
        min_h = MIN_HEIGHT.to_string()
    );
    let p = Paragraph::new(msg)
        .wrap(Wrap { trim: true })
        .alignment(Alignment::Center);
    let h = area.height.min(4);
    let y = area.y + area.height.saturating_sub(h) / 2;
    f.render_widget(p, Rect::new(area.x, y, area.width, h));
}

/// While nothing is loaded yet, or nothing could be: a progress or help
/// screen instead of an empty view. True when it drew one.
pub fn body_placeholder(app: &App, f: &mut Frame, area: Rect) -> bool {
    if !app.library.entries.is_empty()
        || (app.view == crate::tui::action::View::Problems && !app.library.failures.is_empty())
    {
        return false;
    }
    let block = Block::bordered()
        .title(" Plenary ")
        .border_style(app.theme.border());
    let inner = block.inner(area);
    f.render_widget(block, area);
    let [_, text_area, gauge_area, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(7),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    f.render_widget(
        Paragraph::new(placeholder_lines(app, inner.width))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        text_area,
    );
    if !app.loading.finished
        && let Some(total) = app.loading.total.filter(|n| *n > 0)
    {
        loading_gauge(app, f, gauge_area, total);
    }
    true
}

/// What the placeholder says: why there is nothing to open, what is being
/// read, that nothing could be opened, or how to make a first meeting.
fn placeholder_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let t = app.theme;
    let root = Library::show_path(&app.library.root);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(why) = &app.loading.no_source {
        lines.push(Line::styled(crate::tr!("tui-nothing-to-open"), t.title()));
        lines.push(Line::raw(""));
        lines.push(Line::raw(fit(why, 400)));
        lines.push(Line::raw(""));
        lines.push(Line::raw(crate::tr!("tui-run-inside")));
        lines.push(Line::raw(crate::tr!("tui-or-name-path")));
    } else if !app.loading.finished {
        lines.push(Line::styled(
            crate::tr!("tui-loading-from", path = &root),
            t.title(),
        ));
        if let Some(p) = &app.loading.current {
            lines.push(Line::raw(""));
            lines.push(Line::raw(fit(
                &crate::tr!("tui-reading", path = Library::show_path(p)),
                usize::from(width),
            )));
        }
    } else if !app.library.failures.is_empty() {
        lines.push(Line::styled(crate::tr!("tui-no-meeting-opened"), t.error()));
        lines.push(Line::raw(""));
        lines.push(Line::raw(crate::tr!(
            "tui-files-have-errors",
            n = app.library.failed_files(),
            path = &root
        )));
    } else {
        lines.push(Line::styled(
            crate::tr!("tui-no-meeting-files", path = &root),
            t.title(),
        ));
        lines.push(Line::raw(""));
        lines.push(Line::raw(crate::tr!("tui-meeting-is-yaml")));
        lines.push(Line::raw(crate::tr!("tui-plenary-path")));
    }
    lines
}

/// `3 of 12 files`, at most 60 columns wide and centred; reversed rather
/// than coloured when colour is off.
fn loading_gauge(app: &App, f: &mut Frame, area: Rect, total: usize) {
    let t = app.theme;
    let ratio = (app.loading.done as f64 / total as f64).clamp(0.0, 1.0);
    let g = Gauge::default()
        .ratio(ratio)
        .label(crate::tr!(
            "tui-n-of-files",
            done = app.loading.done.to_string(),
            total = total.to_string()
        ))
        .gauge_style(if t.color {
            t.title()
        } else {
            Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
        });
    let w = area.width.min(60);
    f.render_widget(g, Rect::new(area.x + (area.width - w) / 2, area.y, w, 1));
}
