//! What the app knows of a view, as one value: [`ViewSpec`]. Each view's
//! own file (`tui/views/NAME.rs`) defines its `SPEC` (its keys, its shape
//! on screen, its rows and scroll position, its key handler, its drawing),
//! and `tui/views/mod.rs` lists them. The app is handed that list when it
//! is made ([`App::new`](super::App::new) in `tui/mod.rs`), so it sizes,
//! scrolls and routes keys to any view without importing the drawing layer.

use ratatui::Frame;
use ratatui::text::Line;

use super::App;
use super::focus::EventState;
use crate::tui::action::{Command, View};
use crate::tui::keymap::ViewKeys;
use crate::tui::layout::{Shape, ViewLayout};
use crate::tui::scroll::Scroll;

/// One view: everything the app, the keymap and the drawing need of it.
pub struct ViewSpec {
    /// Its keys, its number key's help line and its help sections.
    pub keys: ViewKeys,
    /// How its body is split into list, detail and side panes.
    pub shape: Shape,
    /// Rows in its list.
    pub len: fn(&App) -> usize,
    /// Its list's scroll position and its detail pane's
    /// ([`ViewSpec::own_list`] when the view keeps no list state of its own).
    pub list: fn(&mut App, View) -> (&mut Scroll, &mut u16),
    /// Moving the selection by `delta` rows in a list `height` tall, when
    /// the view has rows that cannot be selected (the Schedule's day
    /// headings); `None` moves the plain list.
    pub moves: Option<fn(&mut App, isize, usize)>,
    /// Its own keys, before the editing and global ones (`Consumed` when
    /// it used the command).
    pub command: fn(&mut App, Command) -> EventState,
    pub render: fn(&App, &mut Frame, &ViewLayout),
    /// The detail pane's text, as drawn (the app scrolls it to its end).
    pub detail: fn(&App) -> Vec<Line<'static>>,
}

impl ViewSpec {
    pub fn view(&self) -> View {
        self.keys.view
    }

    /// The list position the app keeps for a view (see [`App::list_of`]).
    pub fn own_list(app: &mut App, view: View) -> (&mut Scroll, &mut u16) {
        app.list_of(view)
    }

    /// For a view whose keys the app's own handlers take.
    pub fn no_command(_: &mut App, _: Command) -> EventState {
        EventState::NotConsumed
    }
}

/// Stands in for a view missing from the list the app was given: it shows
/// and does nothing (a test checks every view is listed).
pub const UNLISTED: ViewSpec = ViewSpec {
    keys: ViewKeys {
        view: View::Meetings,
        about: "",
        keys: &[],
        help_after: &[],
    },
    shape: Shape::stacked(false, 50),
    len: |_| 0,
    list: ViewSpec::own_list,
    moves: None,
    command: ViewSpec::no_command,
    render: |_, _, _| {},
    detail: |_| Vec::new(),
};
