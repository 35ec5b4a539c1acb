//! Colours and markers. Meaning never rides on colour alone: every state a
//! colour shows also has a marker or a modifier, so with `NO_COLOR` (or on a
//! monochrome terminal) the screen still says everything.

use ratatui::style::{Color, Modifier, Style};

/// Markers drawn before a row or value, the same with and without colour.
pub mod marker {
    pub const SELECTED: &str = "> ";
    pub const WARNING: &str = "!";
    pub const ERROR: &str = "x";
    pub const TENTATIVE: &str = "~";
    pub const DUPLICATE: &str = "=";
    pub const OVERDUE: &str = "!!";
    pub const DUE_SOON: &str = "!";
    pub const DONE: &str = "ok";
    pub const DROPPED: &str = "--";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// `NO_COLOR` set to anything non-empty turns colour off (no-color.org),
    /// and so does `colours = false` in the settings file.
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && crate::settings::in_force().colours.value,
        }
    }

    pub fn monochrome() -> Theme {
        Theme { color: false }
    }

    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn plain(self) -> Style {
        Style::new()
    }
    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    pub fn header(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
    /// The selected row: reversed, so it shows without colour too.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }
    pub fn warning(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn tentative(self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::ITALIC)
    }
    pub fn ok(self) -> Style {
        self.fg(Color::Green)
    }
    /// Matched characters of a search: underlined and bold, coloured if allowed.
    pub fn matched(self) -> Style {
        self.fg(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    pub fn active_tab(self) -> Style {
        self.fg(Color::Cyan)
            .add_modifier(Modifier::BOLD | Modifier::REVERSED)
    }
    pub fn border(self) -> Style {
        self.fg(Color::DarkGray)
    }
    pub fn focus_border(self) -> Style {
        self.fg(Color::Cyan)
    }
}
