//! The small typing prompts of the zone switch (`Z` in the Schedule) and
//! of the Interpretation view's lists (choosing an interpreter, a relay, a
//! language), and where their keys go.

use super::action::{Command, View};
use super::app::App;
use super::keymap::Overlay;

impl App {
    /// The prompt of this module open in the current view, if any.
    pub fn prompt_overlay(&self) -> Option<Overlay> {
        if self.view == View::Schedule && self.zone.input.is_some() {
            Some(Overlay::ZoneName)
        } else if self.view == View::Interpretation && self.interp.popup.is_some() {
            Some(Overlay::Choice)
        } else {
            None
        }
    }

    pub(crate) fn tz_prompt_type(&mut self, c: char) -> bool {
        match self.view {
            View::Schedule => match &mut self.zone.input {
                Some(i) => {
                    i.push(c);
                    true
                }
                None => false,
            },
            View::Interpretation => self.popup_type(c),
            _ => false,
        }
    }

    /// Keys while a prompt is open; true when the prompt took the key.
    pub(crate) fn tz_prompt_command(&mut self, c: Command) -> bool {
        match self.view {
            View::Schedule if self.zone.input.is_some() => {
                match c {
                    Command::Submit => {
                        if let Some(e) = self.schedule.entry.or(self.current()) {
                            let m = self.library[e].meeting();
                            self.status = Some(self.zone.accept(m));
                            self.schedule.stale = true;
                        } else {
                            self.zone.input = None;
                        }
                    }
                    Command::Cancel => self.zone.input = None,
                    Command::Erase => {
                        if let Some(i) = &mut self.zone.input {
                            i.pop();
                        }
                    }
                    Command::SearchClear => {
                        if let Some(i) = &mut self.zone.input {
                            i.clear();
                        }
                    }
                    Command::Quit => self.quit = true,
                    _ => {}
                }
                true
            }
            View::Interpretation => self.popup_command(c),
            _ => false,
        }
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
                self.status = Some(self.zone.cycle(m));
                self.schedule.stale = true;
            }
            Command::TypeZone => self.zone.input = Some(String::new()),
            _ => {}
        }
    }
}
