//! Taking the terminal and always giving it back.
//!
//! Raw mode, the alternate screen and mouse capture are undone on every way
//! out: a normal quit, Ctrl-C (a key in raw mode), SIGTERM/SIGHUP/SIGINT
//! (turned into a quit by [`super::event`]), and a panic — the hook below
//! restores the terminal before the panic message is printed, so the message
//! lands on the normal screen where it can be read. A panic on a background
//! thread does not tear the screen down: that thread's work is reported in
//! the app instead (see [`super::loader`]).

use std::io::{self, Stdout, stdout};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::ThreadId;

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub type Tui = Terminal<CrosstermBackend<Stdout>>;

static ACTIVE: AtomicBool = AtomicBool::new(false);
static UI_THREAD: OnceLock<ThreadId> = OnceLock::new();

/// Raw mode, alternate screen, mouse capture; installs the panic hook first,
/// so even a failure half-way is undone.
pub fn init() -> io::Result<Tui> {
    install_panic_hook();
    ACTIVE.store(true, Ordering::SeqCst);
    let setup = || -> io::Result<Tui> {
        enable_raw_mode()?;
        // Bracketed paste: a pasted text arrives as one event, not as keys.
        execute!(
            stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            crossterm::event::EnableBracketedPaste
        )?;
        let mut t = Terminal::new(CrosstermBackend::new(stdout()))?;
        t.hide_cursor()?;
        Ok(t)
    };
    setup().inspect_err(|_| restore())
}

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    leave();
}

/// Mouse capture, the alternate screen and raw mode off, the cursor shown;
/// also while an external editor has the screen. Each step is tried even if
/// one before failed: leave as little behind as possible.
pub(crate) fn leave() {
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        crossterm::event::DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
}

fn install_panic_hook() {
    if UI_THREAD.set(std::thread::current().id()).is_err() {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let on_ui = UI_THREAD
            .get()
            .is_some_and(|id| *id == std::thread::current().id());
        if on_ui || !ACTIVE.load(Ordering::SeqCst) {
            restore();
            previous(info);
        }
        // A background thread's panic is caught there and shown in the app;
        // printing it now would scribble over the screen.
    }));
}
