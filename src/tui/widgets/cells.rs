//! Text put on the screen one cell at a time, by each character's display
//! width: a wide character takes two cells, a zero-width one (a combining
//! mark, a vowel sign that does not advance) joins the cell before it.
//!
//! A line laid out grapheme by grapheme measures some clusters of Bengali
//! or Khmer differently from [`fit`](crate::tui::sanitize::fit), which
//! counts character widths: the row came out shorter or longer than the
//! space cleared for it, and what was drawn there before showed through at
//! its end. Placed cell by cell, the text takes exactly the columns `fit`
//! counted, and every other cell of the row is cleared.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthChar;

use crate::tui::sanitize::clean;

/// Writes `text` (cleaned) into the row `area` from its left, cell by
/// cell, in `style`, and clears (unstyled) the rest of the row; what does not fit is
/// left out. Returns the columns used.
pub fn put(buf: &mut Buffer, area: Rect, text: &str, style: Style) -> u16 {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return 0;
    }
    let (y, right) = (area.y, area.right());
    let mut at = area.x;
    let mut last: Option<u16> = None;
    for c in clean(text).chars() {
        let w = c.width().unwrap_or(0) as u16;
        if w == 0 {
            if let Some(p) = last {
                let cell = &mut buf[(p, y)];
                let joined = format!("{}{c}", cell.symbol());
                cell.set_symbol(&joined);
            }
            continue;
        }
        if at + w > right {
            break;
        }
        let mut b = [0; 4];
        buf[(at, y)].reset();
        buf[(at, y)]
            .set_symbol(c.encode_utf8(&mut b))
            .set_style(style);
        for i in 1..w {
            // The cell a wide character covers (as ratatui leaves it).
            buf[(at + i, y)].reset();
        }
        last = Some(at);
        at += w;
    }
    for x in at..right {
        buf[(x, y)].reset();
    }
    at - area.x
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str, w: u16) -> (String, u16) {
        let mut buf = Buffer::empty(Rect::new(0, 0, w, 1));
        let used = put(&mut buf, Rect::new(0, 0, w, 1), text, Style::default());
        let shown = (0..w).map(|x| buf[(x, 0)].symbol()).collect::<String>();
        (shown, used)
    }

    #[test]
    fn each_character_takes_its_own_width() {
        assert_eq!(row("ab", 4), ("ab  ".to_string(), 2));
        // A wide character: two columns, the second covered by it.
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        assert_eq!(
            put(&mut buf, Rect::new(0, 0, 4, 1), "北a", Style::default()),
            3
        );
        assert_eq!(buf[(2, 0)].symbol(), "a");
        // A combining accent joins the letter before it.
        assert_eq!(row("e\u{301}t", 3), ("e\u{301}t ".to_string(), 2));
    }

    #[test]
    fn bengali_and_khmer_take_the_columns_fit_counts() {
        use crate::tui::sanitize::width;
        for s in ["bn  Bengali (বাংলা)", "km  Khmer (ខ្មែរ)"] {
            let (_, used) = row(s, 40);
            assert_eq!(usize::from(used), width(s), "{s}");
        }
        // Cut at the row's end, never past it.
        let (_, used) = row("Bengali (বাংলা)", 11);
        assert!(used <= 11);
    }
}
