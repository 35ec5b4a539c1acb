//! Where everything goes on screen, as pure functions of the terminal size.
//! Rendering draws into these rectangles and the update logic uses the same
//! ones to know a list's height and which row a click landed on, so the two
//! can never disagree.

use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};

use super::action::View;

/// Below this the screen says it is too small instead of drawing garbage.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 12;
/// From this width, detail panes go beside lists rather than below them.
pub const WIDE: u16 = 110;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Tab bar, body, footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub tabs: Rect,
    pub body: Rect,
    pub footer: Rect,
}

pub fn screen(area: Rect) -> Screen {
    let [tabs, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Screen { tabs, body, footer }
}

/// The tab bar's labels and where each is, so a click can pick one.
pub fn tabs(area: Rect) -> Vec<(View, Rect)> {
    tabs_for(area, None)
}

/// [`tabs`] with the current view known: below [`TABS_FULL`] columns only
/// the current tab is named (the others show their number), so the
/// meeting's name and its unsaved mark keep their room at 80 columns.
pub fn tabs_for(area: Rect, current: Option<View>) -> Vec<(View, Rect)> {
    let mut x = area.x;
    let mut out = Vec::new();
    for (n, &v) in View::ALL.iter().enumerate() {
        let w = tab_label_in(n, v, area.width, current).chars().count() as u16;
        let r = Rect::new(x, area.y, w.min(area.right().saturating_sub(x)), 1);
        out.push((v, r));
        x = x.saturating_add(w + 1).min(area.right());
    }
    out
}

/// From this width every tab is named.
pub const TABS_FULL: u16 = 110;

pub fn tab_label(n: usize, v: View) -> String {
    format!(" {} {} ", n + 1, crate::i18n::phrase(v.title()))
}

/// The tab's label in a tab bar `width` wide with `current` shown.
pub fn tab_label_in(n: usize, v: View, width: u16, current: Option<View>) -> String {
    if width < TABS_FULL && current.is_some_and(|c| c != v) {
        format!(" {} ", n + 1)
    } else {
        tab_label(n, v)
    }
}

/// Width left for the one flexible column of a table `total` wide, after
/// the selection marker, the `fixed` columns and the spaces between columns.
pub fn flexible_width(total: u16, fixed: &[u16]) -> u16 {
    let spacing = fixed.len() as u16;
    total
        .saturating_sub(2 + fixed.iter().sum::<u16>() + spacing)
        .max(8)
}

/// A bordered list: its block, the column-header line and the rows under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pane {
    pub outer: Rect,
    pub header: Rect,
    pub rows: Rect,
}

impl Pane {
    fn new(outer: Rect) -> Pane {
        let inner = outer.inner(Margin::new(1, 1));
        let [header, rows] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
        Pane {
            outer,
            header,
            rows,
        }
    }

    /// Visible rows (at least one, so scrolling arithmetic stays sane).
    pub fn height(&self) -> usize {
        usize::from(self.rows.height).max(1)
    }

    /// Which visible row (0 = first shown) a click at (column, row) is on.
    pub fn row_at(&self, column: u16, row: u16) -> Option<usize> {
        self.rows
            .contains(Position::new(column, row))
            .then(|| usize::from(row - self.rows.y))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ViewLayout {
    /// One line above the list: the meeting and time zone, or the search line.
    pub banner: Rect,
    pub list: Pane,
    pub detail: Rect,
    /// The roster's summary panel.
    pub side: Rect,
}

/// Splits off the list: beside the detail when `wide`, else above it and no
/// taller than its `rows` need (so a short list leaves room for details).
fn split(area: Rect, wide: bool, list_percent: u16, rows: usize) -> (Rect, Rect) {
    let most = (u32::from(area.height) * u32::from(list_percent) / 100) as u16;
    let need = u16::try_from(rows.saturating_add(3))
        .unwrap_or(u16::MAX)
        .max(6);
    let first = if wide {
        Constraint::Percentage(list_percent)
    } else {
        Constraint::Length(need.min(most))
    };
    let c = [first, Constraint::Fill(1)];
    let [a, b] = if wide {
        Layout::horizontal(c).areas(area)
    } else {
        Layout::vertical(c).areas(area)
    };
    (a, b)
}

/// How a view's body is split: each view's `SPEC` names its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// A line above the list (the meeting and time zone, or the search line).
    pub banner: bool,
    /// The list's share of the body in percent: beside the detail on a
    /// wide screen when `wide` is set, otherwise above it (`narrow`).
    pub wide: Option<u16>,
    pub narrow: u16,
    /// A summary panel beside (or below) the detail, as the Roster's.
    pub side: bool,
}

impl Shape {
    /// The list above its detail at every width.
    pub const fn stacked(banner: bool, percent: u16) -> Shape {
        Shape {
            banner,
            wide: None,
            narrow: percent,
            side: false,
        }
    }

    /// The list beside its detail on a wide screen, above it on a narrow one.
    pub const fn beside(wide: u16, narrow: u16) -> Shape {
        Shape {
            banner: true,
            wide: Some(wide),
            narrow,
            side: false,
        }
    }
}

/// The layout of a view of `shape` in `body` for a list of `rows` rows.
pub fn view(shape: Shape, body: Rect, rows: usize) -> ViewLayout {
    let wide = body.width >= WIDE;
    let (banner, rest) = if shape.banner {
        let [b, r] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(body);
        (b, r)
    } else {
        (Rect::default(), body)
    };
    let (beside, percent) = match shape.wide {
        Some(p) if wide => (true, p),
        _ => (false, shape.narrow),
    };
    let (list, detail) = split(rest, beside, percent, rows);
    let (detail, side) = if shape.side {
        split(detail, !wide, 55, usize::MAX)
    } else {
        (detail, Rect::default())
    };
    ViewLayout {
        banner,
        list: Pane::new(list),
        detail,
        side,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_clicks_agree() {
        let s = screen(Rect::new(0, 0, 80, 24));
        assert_eq!(s.body.height, 22);
        let l = view(Shape::stacked(false, 55), s.body, 100);
        // Tab line, border, column header: the first row is on screen line 3.
        assert_eq!(l.list.rows.y, 3);
        assert_eq!(l.list.row_at(10, 3), Some(0));
        assert_eq!(l.list.row_at(10, 4), Some(1));
        assert_eq!(l.list.row_at(0, 4), None, "the border is not a row");
    }

    #[test]
    fn wide_screens_put_details_beside() {
        let l = view(
            Shape::beside(55, 50),
            screen(Rect::new(0, 0, 120, 40)).body,
            100,
        );
        assert_eq!(l.list.outer.y, l.detail.y);
        let n = view(
            Shape::beside(55, 50),
            screen(Rect::new(0, 0, 80, 24)).body,
            100,
        );
        assert!(n.detail.y > n.list.outer.y);
    }
}
