//! The Roster's filter keys: `c`, `r`, `t` open a facet's choice list
//! (values with counts, several ticked at once); Enter applies it.

use super::App;
use super::editing::edit_text;
use super::focus::{EventState, Press};
use crate::tui::action::Command as C;
use crate::tui::action::Command;
use crate::tui::keymap::{DialogKeys, Overlay, Scope as S, b, ch, code};
use crate::tui::roster_choice::{Facet, FacetChoice};
use crossterm::event::KeyCode;

/// The list's keys, for the keymap, the footer and `?`; typing narrows it.
#[rustfmt::skip]
pub static KEYS: DialogKeys = DialogKeys {
    title: "In a Roster filter list (c, o, r, t; type to narrow it)",
    takes_text: true,
    has_input: true,
    keys: &[
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[ch(' ')], C::TickChoice, "tick or untick the value (on \"all\": untick every one)", "tick"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Enter)], C::Submit, "show the people with any ticked value", "show"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Esc)], C::Cancel, "close the list, changing nothing", "cancel"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Up)], C::Up, "move up", ""),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Down)], C::Down, "move down", "move|through a list"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::PageUp)], C::PageUp, "page up", ""),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::PageDown)], C::PageDown, "page down", ""),
    ],
};

impl App {
    /// Opens the choice list of `facet` for the current meeting.
    pub(crate) fn open_facet_choice(&mut self, facet: Facet) {
        if let Some(e) = self.current() {
            let c = FacetChoice::new(facet, &self.library[e], &self.roster.filters);
            self.roster_choice = Some(c);
        }
    }

    /// Keys in the open choice list: Space ticks the selected value (on
    /// the "all" row: unticks every one), Enter applies, Esc drops the
    /// list; other typing narrows it.
    pub(crate) fn roster_choice_press(&mut self, p: &Press) -> EventState {
        let Some(c) = &mut self.roster_choice else {
            return EventState::NotConsumed;
        };
        match p {
            Press::Run(Command::Submit) => {
                c.apply(&mut self.roster.filters);
                let facet = c.facet.title();
                let picked = c.values().join(", ");
                self.roster_choice = None;
                self.roster.filters_changed();
                self.rebuild_roster(false);
                let what = if picked.is_empty() { "all" } else { &picked };
                let msg = format!("{facet}: {what} — {} shown", self.roster.rows.len());
                self.say(crate::tui::status::Level::Note, msg);
            }
            Press::Run(Command::Cancel) => self.roster_choice = None,
            Press::Run(Command::Up) => c.move_by(-1),
            Press::Run(Command::Down) => c.move_by(1),
            Press::Run(Command::PageUp) => c.move_by(-8),
            Press::Run(Command::PageDown) => c.move_by(8),
            Press::Run(Command::TickChoice) | Press::Type(' ') => c.toggle(),
            _ => {
                let before = c.filter.as_str().to_string();
                if edit_text(&mut c.filter, p) && c.filter.as_str() != before {
                    c.refilter(&self.matcher);
                }
            }
        }
        EventState::Consumed
    }
}
