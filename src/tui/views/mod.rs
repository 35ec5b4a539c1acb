//! Drawing: one file per view, plus the frame around them (tabs, footer,
//! help, the too-small and nothing-to-show screens). Every function here
//! takes `&App` and draws; none changes state.

mod followups;
pub mod format;
mod frame;
mod help;
mod interpretation;
mod meetings;
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
use super::layout;
use super::widgets::wrapped_height;

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
        match app.view {
            View::Meetings => meetings::render(app, f, &l),
            View::Schedule => schedule::render(app, f, &l),
            View::Roster if app.roster.across.is_some() => roster_across::render(app, f, &l),
            View::Roster => roster::render(app, f, &l),
            View::FollowUps => followups::render(app, f, &l),
            View::Problems => problems::render(app, f, &l),
            View::Interpretation => interpretation::render(app, f, &l),
        }
    }
    prompt::render(app, f, s.body);
    frame::footer(app, f, s.footer);
    crate::tui::editing::render(app, f, area);
    if let Some(top) = app.help {
        help::render(app, f, area, top);
    }
}

/// The detail pane's text for a view, as drawn.
pub fn detail_lines(app: &App, view: View) -> Vec<Line<'static>> {
    match view {
        View::Meetings => meetings::detail(app),
        View::Schedule => schedule::detail(app),
        View::Roster if app.roster.across.is_some() => roster_across::detail(app),
        View::Roster => roster::detail(app),
        View::FollowUps => followups::detail(app),
        View::Problems => problems::detail(app),
        View::Interpretation => interpretation::detail(app),
    }
}

/// How many lines the view's detail pane holds at the current size, so
/// scrolling it can stop at the end.
pub fn detail_height(app: &App, view: View) -> usize {
    let width = app.layout(view).detail.width.saturating_sub(2);
    wrapped_height(&detail_lines(app, view), width)
}
