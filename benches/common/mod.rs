//! What the TUI benches share: the 200x60 frame they draw, the day they
//! take as today, milliseconds, and an app holding one loaded meeting.

// Each bench uses a different part of this.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use plenary::tui::action::{Action, Load};
use plenary::tui::library::Entry;
use plenary::tui::{App, Theme};
use ratatui::layout::Rect;

pub const W: u16 = 200;
pub const H: u16 = 60;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default()
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A W x H app in colour with `e` loaded, as the background loader hands it in.
pub fn app_with(e: Entry) -> App {
    let mut app = App::new(
        PathBuf::from("generated"),
        today(),
        Theme { color: true },
        Rect::new(0, 0, W, H),
    );
    app.update(Action::Load(Load::Found(1)));
    app.update(Action::Load(Load::Loaded(Box::new(e))));
    app.update(Action::Load(Load::Finished));
    app
}
