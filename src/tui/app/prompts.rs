//! The small typing prompt of the zone switch (`Z` in the Schedule), a
//! layer of the focus stack (`Overlay::ZoneName`), and the `z` / `Z` keys.

use super::editing::edit_text;
use super::focus::{EventState, Press};
use crate::tui::action::{Command, View};
use crate::tui::app::App;
use crate::tui::input::TextInput;
use crate::tui::status::Level;

impl App {
    /// Typing a zone name: Enter shows times in it, Esc keeps the zone.
    pub(crate) fn zone_prompt_press(&mut self, p: &Press) -> EventState {
        let Some(input) = &mut self.zone.input else {
            return EventState::NotConsumed;
        };
        match p {
            Press::Run(Command::Submit) => {
                if let Some(e) = self.schedule.entry.or(self.current()) {
                    let m = self.library[e].meeting();
                    let said = self.zone.accept(m);
                    self.say(Level::Note, said);
                    self.schedule.stale = true;
                } else {
                    self.zone.input = None;
                }
            }
            Press::Run(Command::Cancel) => self.zone.input = None,
            _ => {
                edit_text(input, p);
            }
        }
        EventState::Consumed
    }

    /// `z` and `Z` in the Schedule; `z` in the Interpretation view too,
    /// whose times follow the same shown zone.
    pub(crate) fn zone_command(&mut self, c: Command) {
        if !matches!(
            (self.view, c),
            (View::Schedule, _) | (View::Interpretation, Command::CycleZone)
        ) {
            return;
        }
        let Some(e) = self.current() else { return };
        match c {
            Command::CycleZone => {
                let m = self.library[e].meeting();
                let said = self.zone.cycle(m);
                self.say(Level::Note, said);
                self.schedule.stale = true;
            }
            Command::TypeZone => self.zone.input = Some(TextInput::default()),
            _ => {}
        }
    }
}
