//! The follow-ups' one-line prompt, drawn over the bottom of the body in
//! whichever view opened it, with the reason when Enter was refused.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::sanitize::clean;
use crate::tui::widgets::input as input_widget;

pub fn render(app: &App, f: &mut Frame, body: Rect) {
    let Some(p) = &app.followups.prompt else {
        return;
    };
    let t = app.theme;
    let h = if p.error.is_some() { 4 } else { 3 };
    if body.height < h {
        return;
    }
    let area = Rect::new(body.x, body.bottom() - h, body.width, h);
    f.render_widget(Clear, area);
    let block = Block::bordered()
        .title(Line::from(vec![
            Span::styled(format!(" {} ", clean(&p.label)), t.title()),
            Span::styled(format!("{} ", crate::tr!("tui-prompt-hint")), t.dim()),
        ]))
        .border_style(t.focus_border());
    let inner = block.inner(area);
    f.render_widget(block, area);
    let room = usize::from(inner.width).saturating_sub(2).max(1);
    // The cursor stays in sight while typing.
    let shown = input_widget::shown(&p.text, room);
    let x = inner.x + shown.cursor as u16;
    let mut lines = vec![Line::raw(shown.before + &shown.after)];
    if let Some(e) = &p.error {
        lines.push(Line::styled(format!("x {}", clean(e)), t.error()));
    }
    f.render_widget(Paragraph::new(lines), inner);
    f.set_cursor_position(Position::new(
        x.min(inner.right().saturating_sub(1)),
        inner.y,
    ));
}
