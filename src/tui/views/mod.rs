//! Drawing: one file per view, plus the frame around them (tabs, footer,
//! help, the too-small and nothing-to-show screens). Every function here
//! takes `&App` and draws; none changes state.

mod followups;
// Formatting is below drawing (the app uses it too); views reach it here.
pub use super::format;
mod frame;
mod help;
mod interpretation;
mod meetings;
mod meetings_columns;
mod problems;
mod prompt;
mod review;
mod roster;
mod roster_across;
mod schedule;
mod schedule_grid;

use ratatui::Frame;
use ratatui::text::Line;

use super::action::View;
use super::app::App;
use super::app::view_spec::ViewSpec;
use super::keymap::ViewKeys;
use super::layout;

/// Every view, in tab order: each is its own file above, whose `SPEC`
/// says what it shows, its keys and how it is drawn. A new view is its
/// file, its `mod` line, its `SPEC` here and its variant in `action::View`.
pub const VIEWS: &[ViewSpec] = &[
    meetings::SPEC,
    schedule::SPEC,
    roster::SPEC,
    followups::SPEC,
    problems::SPEC,
    interpretation::SPEC,
];

/// Every view's keys, for the keymap's help and tests.
pub fn keys() -> Vec<&'static ViewKeys> {
    VIEWS.iter().map(|v| &v.keys).collect()
}

/// Draws the whole screen.
pub fn render(app: &App, f: &mut Frame) {
    let area = f.area();
    if layout::too_small(area) {
        frame::too_small(app, f, area);
        return;
    }
    let s = layout::screen(area);
    frame::tabs(app, f, s.tabs);
    if !frame::body_placeholder(app, f, s.body) {
        let l = app.layout(app.view);
        (app.spec(app.view).render)(app, f, &l);
    }
    prompt::render(app, f, s.body);
    frame::footer(app, f, s.footer);
    crate::tui::app::editing::render(app, f, area);
    frame::status_above(app, f, s.footer);
    if let Some(h) = &app.help {
        help::render(app, f, area, h);
    }
}

/// The detail pane's text for a view, as drawn.
pub fn detail_lines(app: &App, view: View) -> Vec<Line<'static>> {
    (app.spec(view).detail)(app)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every view is listed once, in tab order, and its keys are its own.
    #[test]
    fn every_view_is_listed_once_in_tab_order() {
        let listed: Vec<View> = VIEWS.iter().map(ViewSpec::view).collect();
        assert_eq!(listed, View::ALL);
        for v in VIEWS {
            for b in v.keys.keys {
                assert_eq!(
                    b.scope,
                    crate::tui::keymap::Scope::In(v.view()),
                    "{:?}'s KEYS has a binding of another scope: {}",
                    v.view(),
                    b.help
                );
            }
        }
    }
}
