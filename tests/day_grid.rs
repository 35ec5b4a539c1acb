//! The day grid drawn on the CASIE-like symposium fixture
//! (`tests/symposium/casie-day.yaml`): rooms side by side at 120×40, paged
//! at 80×24 with the alongside band, a clash marked in its block, and the
//! cursor on an empty cell. Snapshots of the whole drawn buffer.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use plenary::domain::Meeting;
use plenary::grid::{self, Viewport};
use plenary::tui::theme::Theme;
use plenary::tui::widgets::day_grid::DayGridWidget;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn fixture() -> Meeting {
    plenary::load::load(std::path::Path::new("tests/symposium/casie-day.yaml"))
        .expect("fixture loads")
        .meeting
}

fn idx(m: &Meeting, id: &str) -> usize {
    m.sessions.iter().position(|s| s.id == id).expect("session")
}

/// The first day drawn at `w`×`h` from room column `first`, step 15 from 08:30.
fn draw(m: &Meeting, w: u16, h: u16, first: usize, cursor: (usize, i64)) -> String {
    let g = grid::day(m, m.start_date, &grid::rooms(m));
    let v = Viewport::new(
        w,
        h,
        g.columns.len(),
        first,
        !g.alongside.is_empty(),
        15,
        8 * 60 + 30,
    );
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    let none = |_: usize| false;
    DayGridWidget {
        m,
        g: &g,
        v,
        cursor,
        at: None,
        band_cursor: false,
        selected: Some(idx(m, "break-out-a")),
        lang: "en",
        fb: &m.languages,
        warned: &none,
        theme: Theme::monochrome(),
        shift: 0,
    }
    .render(buf.area, &mut buf);
    let mut out = String::new();
    for y in 0..h {
        let line: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn the_symposium_day_at_120x40_shows_every_room_and_the_band() {
    let m = fixture();
    let text = draw(&m, 120, 40, 0, (2, 14 * 60));
    assert!(text.contains("│Hall A"), "{text}");
    assert!(text.contains("┏Skills development and TVET"), "{text}");
    assert!(text.contains("┆Gallery Walk"), "{text}");
    insta::assert_snapshot!("day_grid_120x40", text);
}

#[test]
fn at_80x24_rooms_page_sideways() {
    let mut m = fixture();
    // A fourth room used later in the day, so the page has something to hide.
    let r = idx(&m, "report-back");
    m.sessions[r].room = Some("Conference Room 3".into());
    let first = draw(&m, 80, 24, 0, (0, 9 * 60));
    assert!(first.contains("▶1 more"), "{first}");
    let second = draw(&m, 80, 24, 1, (3, 14 * 60));
    assert!(second.contains("│Conference Room 3"), "{second}");
    assert!(second.starts_with("◀"), "{second}");
    insta::assert_snapshot!("day_grid_80x24", first);
    insta::assert_snapshot!("day_grid_80x24_paged", second);
}

#[test]
fn a_clash_in_one_room_is_marked_in_both_blocks() {
    let mut m = fixture();
    let b = idx(&m, "break-out-b");
    m.sessions[b].room = Some("Room 1".into());
    let text = draw(&m, 120, 40, 0, (0, 8 * 60 + 30));
    assert!(text.contains("┏! Skills development"), "{text}");
}
