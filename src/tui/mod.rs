//! The terminal UI: browse meetings, schedules, rosters, follow-ups and
//! problems. Everything that imports ratatui or crossterm lives under here.
//!
//! The shape follows the ratatui templates: [`App`] holds the state and
//! [`App::update`] applies [`Action`]s, the one place state changes; the
//! [`views`] draw `&App` and change nothing; [`event`] turns keys (through
//! the [`keymap`], which also makes the help and footer), mouse, signals and
//! the background [`loader`]'s news into actions on one channel;
//! [`terminal`] takes the terminal and always gives it back.
//!
//! - [`library`]: the open documents and what is derived from them.
//! - [`disk_worker`]: files changed on disk, read and loaded off the UI thread;
//!   its `replace`: "keep both", a merge, dropping the edits, there too.
//! - [`roster_state`], [`roster_across`], [`scroll`], [`layout`]: view state and geometry.
//! - [`sanitize`], [`theme`], [`widgets`]: safe text, markers, shared drawing.
//! - [`zone_view`], [`interp`], [`prompts`]: the shown time zone, the
//!   Interpretation view and its staffing edits, and their typing prompts.

pub mod action;
pub mod app;
pub mod disk_worker;
pub mod event;
pub mod format;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod library;
pub mod loader;
pub mod placed;
pub mod roster_across;
pub mod roster_choice;
pub mod roster_state;
pub mod sanitize;
pub mod scroll;
pub mod status;
pub mod terminal;
pub mod theme;
pub mod views;
pub mod widgets;
pub mod zone_view;

use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use chrono::NaiveDate;
use ratatui::layout::Rect;

pub use action::{Action, Command, View};
pub use app::App;
pub use theme::Theme;
pub use views::render;

use app::editing;
use event::Msg;

/// How often the loading indicator moves while files are being read.
const TICK: Duration = Duration::from_millis(100);
/// How often open files' stamps are compared with the disk when the
/// system cannot tell (no file notifications here).
const DISK_POLL: Duration = Duration::from_secs(1);
/// With notifications, nothing needs a tick: the loop sleeps until a key,
/// a signal or the disk wakes it (this long at most).
const IDLE: Duration = Duration::from_secs(60);

/// Opens `path` (default `agendas/`) and runs until the user quits.
pub fn run(path: Option<PathBuf>, today: NaiveDate) -> ExitCode {
    run_in_zone(path, today, None, crate::cache::Cache::from_env())
}

/// [`run`] with the Schedule's times shown in `zone` (`--tz`), loading
/// through `cache` (`None`: `--no-cache`).
pub fn run_in_zone(
    path: Option<PathBuf>,
    today: NaiveDate,
    zone: Option<chrono_tz::Tz>,
    cache: Option<crate::cache::Cache>,
) -> ExitCode {
    // Refused before a single byte goes to the terminal: raw mode can be
    // had through /dev/tty even when output goes to a file, and the escape
    // sequences that set up and undo the screen would land in that file.
    if let Some(why) = not_a_terminal() {
        eprintln!("plenary: {}", crate::tr!("tui-no-terminal", why = why));
        return ExitCode::FAILURE;
    }
    let root = path.unwrap_or_else(|| PathBuf::from("agendas"));
    // Signals are caught before the terminal is taken over, so a SIGTERM
    // that arrives during the first frame still gives the terminal back.
    let (tx, rx) = mpsc::channel::<Msg>();
    event::spawn_signals(tx.clone());
    let mut term = match terminal::init() {
        Ok(t) => t,
        Err(e) => {
            let why = crate::load::source::why_msg(&e.to_string());
            eprintln!("plenary: {}", crate::tr!("tui-no-terminal", why = why));
            return ExitCode::FAILURE;
        }
    };
    let area = term
        .size()
        .map(|s| Rect::new(0, 0, s.width, s.height))
        .unwrap_or_default();
    let mut app = App::new(root.clone(), today, Theme::from_env(), area);
    app.zone.shown = zone;
    // The settings file's problems, printed before the screen took over.
    if let Some(n) = crate::settings::notice(crate::settings::in_force()) {
        app.say(status::Level::Warning, n);
    }
    // The first frame goes out before any file is touched.
    let _ = term.draw(|f| render(&app, f));
    test_panic(TestPanic::AtStart);

    // Whole checks after an edit run on workers; each wakes the loop when done.
    let back = std::sync::Mutex::new(tx.clone());
    app.edit.rechecks.wake = Some(std::sync::Arc::new(move || {
        if let Ok(tx) = back.lock() {
            let _ = tx.send(Msg::Action(Action::Checked));
        }
    }));
    event::spawn_input(tx.clone());
    let disk = tx.clone();
    editing::disk_watch::connect(&mut app, cache.clone(), move |n| {
        disk.send(Msg::Action(Action::Disk(n))).is_ok()
    });
    loader::spawn(root, today, cache, tx);

    // A panic unwinds to here with the edits still in `app`: the hook has
    // given the terminal back and printed the panic; keep the edits as a
    // signal would, say where, and go on failing.
    let ran = catch_unwind(AssertUnwindSafe(|| event_loop(&mut term, &mut app, &rx)));
    if let Err(panic) = ran {
        terminal::restore();
        let kept = editing::keep_unsaved(&app);
        if !kept.is_empty() {
            eprintln!("plenary: {}", kept.join("; "));
        }
        resume_unwind(panic);
    }
    terminal::restore();
    if let Some(note) = app.edit.exit_note.take() {
        eprintln!("{note}");
    }
    ExitCode::SUCCESS
}

/// Why the screen cannot be drawn here: standard input or output is a
/// file or a pipe rather than a terminal. `None` when both are terminals.
fn not_a_terminal() -> Option<String> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        Some(crate::tr!("tui-stdout-not-terminal"))
    } else if !std::io::stdin().is_terminal() {
        Some(crate::tr!("tui-stdin-not-terminal"))
    } else {
        None
    }
}

/// Reads messages, applies them and draws, until the app quits.
fn event_loop(term: &mut terminal::Tui, app: &mut App, rx: &mpsc::Receiver<Msg>) {
    loop {
        // While loading, the indicator moves; after, a tick a second only
        // when the disk is watched by comparing stamps, or when copies of
        // unsaved edits are still to be offered back.
        let wait = if !app.loading.finished {
            TICK
        } else if editing::disk_watch::wants_ticks(app) || !app.edit.unsaved_scanned {
            DISK_POLL
        } else {
            IDLE
        };
        let first = rx.recv_timeout(wait);
        let first = match first {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => Msg::Action(Action::Tick),
            Err(RecvTimeoutError::Disconnected) => break,
        };
        // Apply everything already waiting, then draw once.
        for msg in std::iter::once(first).chain(rx.try_iter()) {
            let action = match msg {
                Msg::Terminal(ev) => {
                    if is_f12(&ev) {
                        test_panic(TestPanic::OnF12);
                    }
                    event::to_action(ev, &app.context())
                }
                Msg::Action(a) => Some(a),
            };
            if let Some(a) = action {
                app.update(a);
            }
            if editing::may_exit(app) {
                break;
            }
        }
        if editing::may_exit(app) {
            break;
        }
        if let Some(req) = app.edit.external.take() {
            let result = editing::external::run_suspended(term, &req);
            editing::external::returned(app, &req, result);
        }
        if term.draw(|f| render(app, f)).is_err() {
            break;
        }
    }
}

impl App {
    /// The app with every view there is. Here, in the one module that
    /// knows both the app and the drawing layer, the views are handed to
    /// the app (which imports nothing from `views`).
    pub fn new(root: PathBuf, today: NaiveDate, theme: Theme, area: Rect) -> App {
        App::with_views(views::VIEWS, root, today, theme, area)
    }
}

/// When the end-to-end tests' deliberate panic fires: `PLENARY_TEST_PANIC=1`
/// at start (the terminal comes back), `=F12` when F12 is pressed (edits
/// made before it are kept).
#[derive(PartialEq)]
enum TestPanic {
    AtStart,
    OnF12,
}

#[allow(clippy::panic, reason = "the end-to-end tests' deliberate panic")]
fn test_panic(now: TestPanic) {
    let Ok(v) = std::env::var("PLENARY_TEST_PANIC") else {
        return;
    };
    let wanted = if v == "F12" {
        TestPanic::OnF12
    } else {
        TestPanic::AtStart
    };
    if wanted == now {
        panic!("PLENARY_TEST_PANIC is set: panicking on purpose");
    }
}

fn is_f12(ev: &crossterm::event::Event) -> bool {
    use crossterm::event::{Event, KeyCode, KeyEventKind};
    matches!(ev, Event::Key(k) if k.code == KeyCode::F(12) && k.kind == KeyEventKind::Press)
}
