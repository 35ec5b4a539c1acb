//! The help screen's state: where it is scrolled, the order of its
//! sections (the keys of where `?` was pressed first, the rest below), and
//! a search (`/`) that keeps only the keys whose words match, typed into
//! the one [`TextInput`].

use super::App;
use super::focus::{EventState, Press};
use crate::tui::action::Command;
use crate::tui::input::TextInput;
use crate::tui::keymap::{self, Context, Scope, ViewKeys};

#[derive(Debug, Clone)]
pub struct HelpState {
    /// First line shown.
    pub top: u16,
    /// The sections, in the order shown.
    pub order: Vec<Scope>,
    /// The views' keys, shown in their sections.
    pub views: Vec<&'static ViewKeys>,
    /// The search being typed after `/`.
    pub input: Option<TextInput>,
    /// The search kept (or being typed); empty shows everything.
    pub query: String,
}

/// A section's title and its (keys, description) rows.
pub type Section = (String, Vec<(String, String)>);

impl HelpState {
    /// The help opened in `ctx` (the focus stack before the help covers it).
    pub fn open(ctx: &Context) -> HelpState {
        HelpState {
            top: 0,
            order: keymap::help_order_for(ctx),
            views: ctx.views.clone(),
            input: None,
            query: String::new(),
        }
    }

    /// The sections to show: all of them, or only the rows (and sections
    /// whose title) match every word of the search, any case.
    pub fn sections(&self) -> Vec<Section> {
        let words: Vec<String> = self
            .query
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let all = keymap::help_sections_in(&self.views, &self.order);
        if words.is_empty() {
            return all;
        }
        let hit = |text: &str| {
            let t = text.to_lowercase();
            words.iter().all(|w| t.contains(w.as_str()))
        };
        all.into_iter()
            .filter_map(|(title, rows)| {
                if hit(&title) {
                    return Some((title, rows));
                }
                let rows: Vec<_> = rows
                    .into_iter()
                    .filter(|(k, h)| hit(&format!("{k} {h}")))
                    .collect();
                (!rows.is_empty()).then_some((title, rows))
            })
            .collect()
    }
}

impl App {
    /// `?` (or F1 anywhere): the help, at the section of where it was asked.
    pub(crate) fn open_help(&mut self) {
        self.help = Some(HelpState::open(&self.context()));
    }

    /// The help screen's keys: it scrolls, searches and closes.
    pub(crate) fn help_press(&mut self, p: &Press) -> EventState {
        let page = self.area.height.saturating_sub(6).max(1);
        let Some(h) = &mut self.help else {
            return EventState::NotConsumed;
        };
        let Press::Run(c) = p else {
            return EventState::Consumed;
        };
        let top = h.top;
        h.top = match c {
            Command::CloseHelp if !h.query.is_empty() => {
                h.query.clear();
                0
            }
            Command::CloseHelp => {
                self.help = None;
                return EventState::Consumed;
            }
            Command::Search => {
                h.input = Some(TextInput::new(h.query.clone()));
                0
            }
            Command::Up => top.saturating_sub(1),
            Command::Down => top.saturating_add(1),
            Command::PageUp => top.saturating_sub(page),
            Command::PageDown => top.saturating_add(page),
            Command::Top => 0,
            Command::Bottom => u16::MAX,
            _ => top,
        };
        EventState::Consumed
    }

    /// Typing the help's search: the help narrows as you type; Enter keeps
    /// the search, Esc drops it.
    pub(crate) fn help_search_press(&mut self, p: &Press) -> EventState {
        let Some(h) = &mut self.help else {
            return EventState::NotConsumed;
        };
        let Some(input) = &mut h.input else {
            return EventState::NotConsumed;
        };
        match p {
            Press::Type(c) => {
                input.insert(*c);
            }
            Press::Paste(s) => {
                input.paste(s);
            }
            Press::Run(Command::Input(op)) => {
                input.apply(*op);
            }
            Press::Run(Command::SearchAccept) => h.input = None,
            Press::Run(Command::SearchCancel) => {
                h.input = None;
                h.query.clear();
            }
            // Scrolling the results while typing.
            Press::Run(Command::Up | Command::Down | Command::PageUp | Command::PageDown) => {
                return EventState::NotConsumed;
            }
            _ => {}
        }
        if let Some(i) = &h.input {
            h.query = i.as_str().to_string();
        }
        h.top = 0;
        EventState::Consumed
    }
}
