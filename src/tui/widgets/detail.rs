//! Detail panes: wrapped text in a bordered block, scrolled by the view's
//! detail offset, which is clamped here so it never scrolls past the end.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::theme::Theme;

/// Lines the text takes when wrapped to `width` columns (a close estimate:
/// word wrapping can take a line or two more, never fewer).
pub fn wrapped_height(lines: &[Line], width: u16) -> usize {
    let w = usize::from(width.max(1));
    lines.iter().map(|l| l.width().max(1).div_ceil(w)).sum()
}

pub fn detail_pane(
    frame: &mut Frame,
    area: Rect,
    title: Line,
    lines: Vec<Line>,
    scroll: u16,
    theme: Theme,
) {
    let block = Block::bordered().title(title).border_style(theme.border());
    let inner = block.inner(area);
    let max = wrapped_height(&lines, inner.width).saturating_sub(1);
    let top = usize::from(scroll).min(max) as u16;
    let p = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((top, 0));
    frame.render_widget(p, area);
}
