//! The one way to register a dialog: a type that implements [`Dialog`],
//! held on the focus stack as `Modal::Dialog(Box<dyn Dialog>)`. The focus
//! stack, the keymap's context, the footer, `?` and the drawing handle it
//! through the trait, so a new dialog is its own file (its type, its
//! `KEYS`, its `impl Dialog`) plus `mod NAME;` in `editing/mod.rs` and
//! `&NAME::KEYS` in [`DIALOGS`] (its place in the help).

use std::any::Any;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::Modal;
use super::{export_dialog, prompt, slot_finder};
use crate::tui::app::App;
use crate::tui::app::focus::Press;
use crate::tui::keymap::DialogKeys;

/// The registered dialogs' keys, in the order of their help sections
/// (after the dialogs the keymap still names itself).
pub const DIALOGS: &[&DialogKeys] = &[
    &export_dialog::KEYS,
    &prompt::KEYS,
    &slot_finder::KEYS,
    &crate::tui::app::roster_filter::KEYS,
];

/// A dialog: its keys (for the keymap, the footer and `?`), how it draws
/// and what a key does to it.
pub trait Dialog: std::fmt::Debug + Any {
    /// Its bindings and help title (a `static` in its file).
    fn keys(&self) -> &'static DialogKeys;

    /// Draws it over `area` (the whole screen); reads state only.
    fn draw(&self, app: &App, f: &mut Frame, area: Rect);

    /// A key for it: the dialog is lent, and gives itself back (`Some`) to
    /// stay open, or another modal to put in its place; `None` closes it.
    /// An edit it makes goes through `editing::apply_edit`; a dialog it
    /// opens on top goes through `app.edit.push`.
    fn press(self: Box<Self>, app: &mut App, p: &Press) -> Option<Modal>;

    /// A copy (the stack of modals is `Clone`).
    fn boxed_clone(&self) -> Box<dyn Dialog>;

    fn as_any(&self) -> &dyn Any;
}

impl Clone for Box<dyn Dialog> {
    fn clone(&self) -> Self {
        self.boxed_clone()
    }
}

impl Modal {
    /// `d` as a modal.
    pub fn dialog(d: impl Dialog) -> Modal {
        Modal::Dialog(Box::new(d))
    }

    /// The registered dialog of type `T`, if this is one.
    pub fn as_dialog<T: Dialog>(&self) -> Option<&T> {
        match self {
            Modal::Dialog(d) => d.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }
}
