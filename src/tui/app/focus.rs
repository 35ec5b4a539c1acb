//! The focus stack: what takes the keys, as one list of layers — the view
//! at the bottom, then the Schedule's day grid or review mode, a search line, the follow-ups' prompt,
//! a view's prompt or popup, the help screen, and the editing dialogs on
//! top. [`App::focus`] builds it from the state; the keymap's
//! [`Context`] is that stack, so the footer and `?` describe the same layer
//! the keys go to; [`App::dispatch`] hands a key to the top layer's
//! handler, then down the stack while handlers answer
//! [`EventState::NotConsumed`] (as gitui's `EventState`, helix's
//! `EventResult`). A dialog or prompt consumes every key it is given.

use super::editing;
use crate::tui::action::{Command, View};
use crate::tui::app::App;
use crate::tui::keymap::{Context, Layer, Overlay};

/// Whether a layer's handler used what it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventState {
    Consumed,
    NotConsumed,
}

impl EventState {
    /// `Consumed` when `used`.
    pub fn from(used: bool) -> EventState {
        if used {
            EventState::Consumed
        } else {
            EventState::NotConsumed
        }
    }
}

/// What a layer is handed: a command from the keymap, a typed character,
/// or pasted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    Run(Command),
    Type(char),
    Paste(String),
}

impl App {
    /// The focus stack, bottom first: the last layer takes the keys.
    pub fn focus(&self) -> Vec<Layer> {
        let v = self.view;
        let mut s = vec![Layer::View(v)];
        if v == View::Schedule && self.schedule.grid.is_some() {
            s.push(Layer::Grid);
        }
        if v == View::FollowUps && self.followups.review.is_some() {
            s.push(Layer::Review);
        }
        if (v == View::Roster && self.roster.input.is_some())
            || (v == View::FollowUps && self.followups.input.is_some())
        {
            s.push(Layer::Search);
        }
        if self.followups.prompt.is_some() {
            s.push(Layer::Dialog(Overlay::Line));
        }
        if v == View::Schedule && self.zone.input.is_some() {
            s.push(Layer::Dialog(Overlay::ZoneName));
        }
        if v == View::Roster && self.roster_choice.is_some() {
            s.push(Layer::Dialog(Overlay::Dialog(&super::roster_filter::KEYS)));
        }
        if v == View::Interpretation && self.interp.popup.is_some() {
            s.push(Layer::Dialog(Overlay::Choice));
        }
        s.extend(self.edit.layers());
        // The help covers everything, dialogs too (F1 opens it over one).
        if let Some(h) = &self.help {
            s.push(Layer::Help);
            if h.input.is_some() {
                s.push(Layer::Search);
            }
        }
        s
    }

    /// The keymap's context: the focus stack.
    pub fn context(&self) -> Context {
        Context {
            layers: self.focus(),
            views: self.view_keys(),
            dialogs: super::editing::DIALOGS.to_vec(),
        }
    }

    /// A dialog, prompt or popup is on top (the mouse does not reach the
    /// view under it).
    pub fn overlay(&self) -> Option<Overlay> {
        self.context().overlay()
    }

    /// Hands `p` to the layers, top first, until one uses it. Quitting
    /// (Ctrl-C anywhere) and a termination signal come first.
    pub(crate) fn dispatch(&mut self, p: Press) {
        if let Press::Run(c @ (Command::Quit | Command::Terminate)) = p {
            editing::quit_or_terminate(self, c);
            return;
        }
        if let Press::Run(Command::Help) = p
            && self.help.is_none()
        {
            self.open_help();
            return;
        }
        for layer in self.focus().into_iter().rev() {
            let used = self.handle(layer, &p);
            // A covering layer keeps what it did not use from the ones below.
            if used == EventState::Consumed || covers(layer) {
                return;
            }
        }
    }

    fn handle(&mut self, layer: Layer, p: &Press) -> EventState {
        match layer {
            Layer::Dialog(Overlay::Line) => self.note_prompt_press(p),
            Layer::Dialog(Overlay::ZoneName) => self.zone_prompt_press(p),
            Layer::Dialog(Overlay::Dialog(d)) if std::ptr::eq(d, &super::roster_filter::KEYS) => {
                self.roster_choice_press(p)
            }
            Layer::Dialog(Overlay::Choice) => self.popup_press(p),
            Layer::Dialog(_) => editing::dialog_press(self, p),
            Layer::Help => self.help_press(p),
            Layer::Search if self.help.is_some() => self.help_search_press(p),
            Layer::Search if self.view == View::Roster => self.roster_search_press(p),
            Layer::Search => self.followups_search_press(p),
            Layer::Grid => match p {
                Press::Run(Command::Grid(g)) => self.grid_command(*g),
                _ => EventState::NotConsumed,
            },
            Layer::Review => match p {
                Press::Run(c) => self.review_command(*c),
                _ => EventState::NotConsumed,
            },
            Layer::View(_) => match p {
                Press::Run(c) => self.view_command(*c),
                _ => EventState::NotConsumed,
            },
        }
    }
}

/// Whether a layer keeps keys it does not use from the layers below. A
/// search line lets list movement through to its list; review mode lets
/// the global keys through to the view.
fn covers(layer: Layer) -> bool {
    matches!(layer, Layer::Dialog(_) | Layer::Help)
}
