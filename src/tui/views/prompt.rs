//! The follow-ups' one-line prompt, drawn over the bottom of the body in
//! whichever view opened it, with the reason when Enter was refused.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::sanitize::{clean, fit, width};
use crate::tui::widgets::input as input_widget;

pub fn render(app: &App, f: &mut Frame, body: Rect) {
    let Some(p) = &app.followups.prompt else {
        return;
    };
    let t = app.theme;
    // The question on the top border when it fits there, else in full
    // inside the box above the answer: a long id must not push the format
    // (YYYY-MM-DD...) out of sight. The keys go on the bottom border, as
    // the dialogs have them.
    let label = clean(&p.label);
    let inner_w = usize::from(body.width.saturating_sub(2)).max(1);
    let above: Vec<String> = if width(&label) + 2 <= inner_w.saturating_sub(2) {
        Vec::new()
    } else {
        crate::report::plain::wrap(&label, "", "", inner_w)
    };
    // Why Enter was refused, whole too.
    let why: Vec<String> = p.error.as_ref().map_or_else(Vec::new, |e| {
        crate::report::plain::wrap(&format!("x {}", clean(e)), "", "  ", inner_w)
    });
    let h = 3 + (above.len() + why.len()) as u16;
    if body.height < h {
        return;
    }
    let area = Rect::new(body.x, body.bottom() - h, body.width, h);
    f.render_widget(Clear, area);
    let mut block = Block::bordered()
        .title_bottom(Span::styled(
            format!(
                " {} ",
                fit(&crate::tr!("tui-prompt-hint"), inner_w.saturating_sub(2))
            ),
            t.dim(),
        ))
        .border_style(t.focus_border());
    if above.is_empty() {
        block = block.title(Span::styled(format!(" {label} "), t.title()));
    }
    let inner = block.inner(area);
    f.render_widget(block, area);
    let room = usize::from(inner.width).saturating_sub(2).max(1);
    // The cursor stays in sight while typing.
    let shown = input_widget::shown(&p.text, room);
    let x = inner.x + shown.cursor as u16;
    let mut lines: Vec<Line> = above
        .into_iter()
        .map(|l| Line::styled(l, t.title()))
        .collect();
    let input_y = inner.y + lines.len() as u16;
    lines.push(Line::raw(shown.before + &shown.after));
    lines.extend(why.into_iter().map(|l| Line::styled(l, t.error())));
    f.render_widget(Paragraph::new(lines), inner);
    f.set_cursor_position(Position::new(
        x.min(inner.right().saturating_sub(1)),
        input_y,
    ));
}
