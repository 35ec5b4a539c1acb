//! Where actions come from: the terminal (keys, mouse, resize) on one
//! thread, termination signals on another, the loader on a third. They all
//! feed one channel that the run loop drains; terminal events are turned
//! into actions there, where the app's context (view, help, typing) is known.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEventKind};

use super::action::{Action, Command, Mouse};
use super::keymap::{self, Context, Key};

pub enum Msg {
    Terminal(Event),
    Action(Action),
}

/// Set while another program (the external editor) owns the terminal.
static PAUSE: AtomicBool = AtomicBool::new(false);
/// The input thread has seen the pause and is not reading.
static IDLE: AtomicBool = AtomicBool::new(false);

/// Reads terminal events until the app ends (the thread dies with the
/// process). It polls rather than blocks, so it can stand aside while an
/// external editor runs and not steal that editor's keys.
pub fn spawn_input(tx: Sender<Msg>) {
    thread::spawn(move || {
        loop {
            if PAUSE.load(Ordering::SeqCst) {
                IDLE.store(true, Ordering::SeqCst);
                thread::sleep(Duration::from_millis(10));
                continue;
            }
            match crossterm::event::poll(Duration::from_millis(50)) {
                Ok(true) => match crossterm::event::read() {
                    Ok(ev) => {
                        if tx.send(Msg::Terminal(ev)).is_err() {
                            break;
                        }
                    }
                    Err(_) => break,
                },
                Ok(false) => {}
                Err(_) => break,
            }
        }
    });
}

/// Stops reading keys (waits until the input thread has stopped).
pub fn pause_input() {
    IDLE.store(false, Ordering::SeqCst);
    PAUSE.store(true, Ordering::SeqCst);
    let start = Instant::now();
    while !IDLE.load(Ordering::SeqCst) && start.elapsed() < Duration::from_millis(500) {
        thread::sleep(Duration::from_millis(5));
    }
}

pub fn resume_input() {
    PAUSE.store(false, Ordering::SeqCst);
}

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT quit the app the normal way, so the
/// terminal is restored — without asking about unsaved edits (nobody may be
/// there to answer): those are written beside their files instead.
pub fn spawn_signals(tx: Sender<Msg>) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        let Ok(mut signals) =
            signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])
        else {
            return;
        };
        thread::spawn(move || {
            for _ in signals.forever() {
                if tx
                    .send(Msg::Action(Action::Run(Command::Terminate)))
                    .is_err()
                {
                    break;
                }
            }
        });
    }
    #[cfg(not(unix))]
    let _ = tx;
}

/// What a terminal event means in the given context.
pub fn to_action(ev: Event, ctx: &Context) -> Option<Action> {
    match ev {
        Event::Key(k) => {
            let key = Key::from_event(&k)?;
            if let Some(c) = keymap::lookup(key, ctx) {
                return Some(Action::Run(c));
            }
            match k.code {
                crossterm::event::KeyCode::Char(c)
                    if ctx.takes_text()
                        && !k
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(Action::Type(c))
                }
                _ => None,
            }
        }
        Event::Mouse(m) => {
            let (column, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::ScrollUp => Some(Action::Mouse(Mouse::ScrollUp { column, row })),
                MouseEventKind::ScrollDown => {
                    Some(Action::Mouse(Mouse::ScrollDown { column, row }))
                }
                MouseEventKind::Down(MouseButton::Left) => {
                    Some(Action::Mouse(Mouse::Click { column, row }))
                }
                MouseEventKind::Drag(MouseButton::Left) => {
                    Some(Action::Mouse(Mouse::Drag { column, row }))
                }
                MouseEventKind::Up(MouseButton::Left) => {
                    Some(Action::Mouse(Mouse::Release { column, row }))
                }
                _ => None,
            }
        }
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Paste(s) if ctx.takes_text() => Some(Action::Paste(s)),
        _ => None,
    }
}
