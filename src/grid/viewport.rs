//! Where each room column, time row and the alongside band fall on a
//! screen of a given size, and which room and time a screen cell is: the
//! arithmetic the grid's drawing and its mouse handling share, kept in one
//! place so a click lands where the drawing shows.

/// Width of the time gutter on the left (`09:30 `).
pub const GUTTER: u16 = 6;
/// A room column is never narrower than this; fewer rooms are shown and
/// the rest paged to sideways.
pub const MIN_COLUMN: u16 = 16;
/// Width of the alongside band on the right, when there is one.
pub const BAND: u16 = 14;

/// The grid laid out in an area `width` × `height` (cells), the first row
/// being the column headings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewport {
    /// First room column shown (rooms page sideways).
    pub first: usize,
    /// How many room columns are shown.
    pub shown: usize,
    pub column_width: u16,
    /// Width of the alongside band (0 when none).
    pub band: u16,
    /// Time rows below the heading.
    pub rows: u16,
    /// Minutes per row.
    pub step: i64,
    /// Minute of the first row.
    pub top: i64,
}

impl Viewport {
    /// Lays out `columns` rooms from `first` (clamped so the page is full)
    /// in `width` × `height`, with a band when `band` is wanted.
    pub fn new(
        width: u16,
        height: u16,
        columns: usize,
        first: usize,
        band: bool,
        step: i64,
        top: i64,
    ) -> Viewport {
        let band = if band && width >= GUTTER + MIN_COLUMN + BAND {
            BAND
        } else {
            0
        };
        let room = width.saturating_sub(GUTTER + band);
        let fit = usize::from((room / MIN_COLUMN).max(1));
        let shown = fit.min(columns.max(1));
        let first = first.min(columns.saturating_sub(shown));
        let column_width = room / shown as u16;
        Viewport {
            first,
            shown,
            column_width,
            band,
            rows: height.saturating_sub(1),
            step: step.max(5),
            top,
        }
    }

    /// Left edge (relative to the area) of shown column `k` (0-based on screen).
    pub fn column_x(&self, k: usize) -> u16 {
        GUTTER + self.column_width * k as u16
    }

    /// Left edge (relative) and width of lane `lane` of `lanes` in shown
    /// column `k`: blocks overlapping in one room sit side by side, the
    /// last lane taking what the division leaves.
    pub fn lane_x(&self, k: usize, lane: usize, lanes: usize) -> (u16, u16) {
        let full = self.column_width;
        let lanes = u16::try_from(lanes.max(1)).unwrap_or(1).min(full.max(1));
        let lane = u16::try_from(lane).unwrap_or(0).min(lanes - 1);
        let w = if lane + 1 == lanes {
            full - (full / lanes) * lane
        } else {
            full / lanes
        };
        (self.column_x(k) + (full / lanes) * lane, w)
    }

    /// Left edge of the alongside band.
    pub fn band_x(&self) -> u16 {
        GUTTER + self.column_width * self.shown as u16
    }

    /// Screen row (relative, heading = 0) of `minute`, if it is shown.
    pub fn row_of(&self, minute: i64) -> Option<u16> {
        let r = (minute - self.top).div_euclid(self.step);
        (0..i64::from(self.rows)).contains(&r).then(|| 1 + r as u16)
    }

    /// Minute at the start of screen row `y` (relative, heading = 0).
    pub fn minute_of(&self, y: u16) -> Option<i64> {
        (y >= 1 && y <= self.rows).then(|| self.top + i64::from(y - 1) * self.step)
    }

    /// The room column (index into the grid's columns) under relative `x`.
    pub fn column_at(&self, x: u16) -> Option<usize> {
        if x < GUTTER || x >= self.band_x() || self.column_width == 0 {
            return None;
        }
        let k = usize::from((x - GUTTER) / self.column_width);
        (k < self.shown).then_some(self.first + k)
    }

    /// Whether relative `x` is in the alongside band.
    pub fn in_band(&self, x: u16) -> bool {
        self.band > 0 && x >= self.band_x() && x < self.band_x() + self.band
    }

    /// Whether grid column `c` is on screen.
    pub fn shows_column(&self, c: usize) -> bool {
        (self.first..self.first + self.shown).contains(&c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eighty_columns_page_rooms_and_clicks_land_where_drawn() {
        // 80 wide, 5 rooms, a band: 80-6-14 = 60 -> 3 columns of 20.
        let v = Viewport::new(80, 24, 5, 0, true, 30, 8 * 60);
        assert_eq!((v.shown, v.column_width, v.band), (3, 20, 14));
        assert_eq!(v.column_at(6), Some(0));
        assert_eq!(v.column_at(26), Some(1));
        assert_eq!(v.column_at(65), Some(2));
        assert_eq!(v.column_at(66), None, "the band");
        assert!(v.in_band(66));
        assert_eq!(v.row_of(9 * 60), Some(3));
        assert_eq!(v.minute_of(3), Some(9 * 60));
        // Paging past the end shows the last full page.
        let v = Viewport::new(80, 24, 5, 4, true, 30, 480);
        assert_eq!(v.first, 2);
        assert_eq!(v.column_at(6), Some(2));
        // 120 wide shows all five rooms, each wider.
        let v = Viewport::new(120, 40, 5, 0, true, 30, 480);
        assert_eq!((v.shown, v.column_width), (5, 20));
        // Two lanes of a 20-cell column: 10 each; three: 6, 6, 8.
        assert_eq!(v.lane_x(1, 1, 2), (36, 10));
        assert_eq!(v.lane_x(0, 2, 3), (18, 8));
    }
}
