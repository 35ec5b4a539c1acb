//! The `:` command line (`w`, `q`, `wq`, `q!`), typed in the footer: a
//! registered [`Dialog`].

use std::any::Any;

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Clear;

use super::dialog::Dialog;
use super::{Modal, edit_text, saving};
use crate::tui::action::Command as C;
use crate::tui::app::App;
use crate::tui::app::focus::Press;
use crate::tui::input::TextInput;
use crate::tui::keymap::{DialogKeys, Overlay, Scope as S, b, code};
use crate::tui::layout;
use crate::tui::widgets::input as input_widget;

/// Its keys: `?` and the footer show them.
#[rustfmt::skip]
pub static KEYS: DialogKeys = DialogKeys {
    title: "On the : command line (w save, q quit, wq, q!)",
    takes_text: true,
    has_input: true,
    keys: &[
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Enter)], C::Submit, "run the command", "run"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Esc)], C::Cancel, "close the command line", "cancel"),
    ],
};

/// The line typed so far.
#[derive(Debug, Clone, Default)]
pub struct Prompt {
    pub line: TextInput,
}

impl Dialog for Prompt {
    fn keys(&self) -> &'static DialogKeys {
        &KEYS
    }

    /// Over the footer, where the command line is.
    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        let s = layout::screen(area);
        f.render_widget(Clear, s.footer);
        f.render_widget(
            input_widget::labelled(
                Span::styled(":", app.theme.key()),
                &self.line,
                usize::from(area.width).saturating_sub(3),
                Span::styled("▏", app.theme.key()),
            ),
            s.footer,
        );
    }

    fn press(mut self: Box<Self>, app: &mut App, p: &Press) -> Option<Modal> {
        match p {
            Press::Run(C::Submit) => {
                saving::run_prompt(app, self.line.trim());
                None
            }
            Press::Run(C::Cancel) => None,
            _ => {
                edit_text(&mut self.line, p);
                Some(Modal::Dialog(self))
            }
        }
    }

    fn boxed_clone(&self) -> Box<dyn Dialog> {
        Box::new(self.clone())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
