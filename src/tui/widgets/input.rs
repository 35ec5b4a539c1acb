//! Drawing a [`TextInput`]: the part of the line that fits, scrolled
//! sideways so the cursor stays in sight, measured in terminal columns
//! (wide characters take two), with untrusted characters made harmless.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use crate::tui::input::TextInput;
use crate::tui::sanitize::clean;

/// What fits of a line, split at the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub before: String,
    pub after: String,
    /// Columns before the cursor.
    pub cursor: usize,
}

/// The part of `input` to show in `room` columns: all of it when it fits,
/// else a window that keeps a column for the cursor in sight.
pub fn shown(input: &TextInput, room: usize) -> Shown {
    let (head, tail) = input.as_str().split_at(input.cursor());
    let head: Vec<(char, usize)> = cells(head);
    let tail: Vec<(char, usize)> = cells(tail);
    let total: usize = head.iter().chain(&tail).map(|c| c.1).sum();
    let keep = if total <= room {
        head.len()
    } else {
        // Drop from the left until the cursor (and a column for it) fits.
        let mut used: usize = head.iter().map(|c| c.1).sum();
        let mut k = head.len();
        let mut start = 0;
        while used + 1 > room && start < k {
            used -= head[start].1;
            start += 1;
        }
        k -= start;
        k
    };
    let head = &head[head.len() - keep..];
    let mut used: usize = head.iter().map(|c| c.1).sum();
    let cursor = used;
    let mut after = String::new();
    for &(c, w) in &tail {
        if used + w > room {
            break;
        }
        used += w;
        after.push(c);
    }
    Shown {
        before: head.iter().map(|c| c.0).collect(),
        after,
        cursor,
    }
}

/// The line with `marker` drawn at the cursor: `text▏` while typing at
/// the end, `te▏xt` after moving left.
pub fn with_marker<'a>(input: &TextInput, room: usize, marker: Span<'a>) -> Vec<Span<'a>> {
    let s = shown(input, room);
    let mut out = vec![Span::raw(s.before), marker];
    if !s.after.is_empty() {
        out.push(Span::raw(s.after));
    }
    out
}

/// A one-line input after its label (`filter: text▏`), as dialogs show
/// the text being typed.
pub fn labelled<'a>(label: Span<'a>, input: &TextInput, room: usize, marker: Span<'a>) -> Line<'a> {
    let mut spans = vec![label];
    spans.extend(with_marker(input, room, marker));
    Line::from(spans)
}

/// Each character, cleaned, with its width in columns.
fn cells(s: &str) -> Vec<(char, usize)> {
    clean(s)
        .chars()
        .map(|c| (c, c.width().unwrap_or(0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::input::InputOp;

    #[test]
    fn a_line_that_fits_is_shown_whole() {
        let i = TextInput::new("Li Fan");
        let s = shown(&i, 20);
        assert_eq!(
            (s.before.as_str(), s.after.as_str(), s.cursor),
            ("Li Fan", "", 6)
        );
    }

    #[test]
    fn a_long_line_scrolls_to_keep_the_cursor_in_sight() {
        let mut i = TextInput::new("abcdefghij");
        let s = shown(&i, 5);
        assert_eq!((s.before.as_str(), s.cursor), ("ghij", 4));
        i.apply(InputOp::Home);
        let s = shown(&i, 5);
        assert_eq!((s.before.as_str(), s.after.as_str()), ("", "abcde"));
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let i = TextInput::new("会议会议");
        let s = shown(&i, 5);
        assert_eq!((s.before.as_str(), s.cursor), ("会议", 4));
    }
}
