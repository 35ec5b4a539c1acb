//! A selection in a list and the first row shown. Only the visible window
//! of a list is ever built, so the offset is kept here, in the state, and
//! updated with the list's height whenever the selection or the size changes.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scroll {
    pub selected: usize,
    pub offset: usize,
}

impl Scroll {
    /// Keeps the selection inside the list and on screen.
    pub fn clamp(&mut self, len: usize, height: usize) {
        let height = height.max(1);
        if len == 0 {
            *self = Scroll::default();
            return;
        }
        self.selected = self.selected.min(len - 1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        // Do not leave empty rows below the end when the list could fill them.
        self.offset = self.offset.min(len.saturating_sub(height));
    }

    pub fn move_by(&mut self, delta: isize, len: usize, height: usize) {
        self.selected = self.selected.saturating_add_signed(delta);
        self.clamp(len, height);
    }

    pub fn select(&mut self, i: usize, len: usize, height: usize) {
        self.selected = i;
        self.clamp(len, height);
    }

    /// Rows to draw.
    pub fn window(&self, len: usize, height: usize) -> Range<usize> {
        let start = self.offset.min(len);
        start..(start + height).min(len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_selection() {
        let mut s = Scroll::default();
        s.move_by(12, 100, 10);
        assert_eq!((s.selected, s.offset), (12, 3));
        s.move_by(-5, 100, 10);
        assert_eq!((s.selected, s.offset), (7, 3));
        s.move_by(1000, 100, 10);
        assert_eq!((s.selected, s.offset), (99, 90));
        s.move_by(-1000, 100, 10);
        assert_eq!((s.selected, s.offset), (0, 0));
    }

    #[test]
    fn resizing_keeps_the_selection() {
        let mut s = Scroll {
            selected: 50,
            offset: 45,
        };
        s.clamp(100, 3);
        assert_eq!(s.selected, 50);
        assert!(s.window(100, 3).contains(&50));
        s.clamp(100, 40);
        assert_eq!(s.selected, 50);
        assert!(s.window(100, 40).contains(&50));
        s.clamp(10, 40);
        assert_eq!((s.selected, s.offset), (9, 0));
    }
}
