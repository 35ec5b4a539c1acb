//! Driving the TUI headless, as the screen, editing, follow-up and
//! interpretation tests all do: an [`App`] on a folder with every file
//! loaded at once, a frame drawn into a test backend, a meeting selected.

use std::path::Path;

use chrono::NaiveDate;
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;
use plenary::tui::{Theme, loader, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

/// The day the tests treat as today, so due dates and snapshots stay put.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// An app on `root`, `w`×`h`, on `today` in `theme`, its files loaded.
pub fn app_with(root: impl AsRef<Path>, today: NaiveDate, theme: Theme, w: u16, h: u16) -> App {
    let mut app = App::new(
        root.as_ref().to_path_buf(),
        today,
        theme,
        Rect::new(0, 0, w, h),
    );
    loader::load_into(&mut app);
    app
}

/// An app on `root`, `w`×`h`, on [`today`], in monochrome, its files loaded.
pub fn app_on(root: impl AsRef<Path>, w: u16, h: u16) -> App {
    app_with(root, today(), Theme::monochrome(), w, h)
}

/// One frame of the app, drawn at its own size.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    t.draw(|f| render(app, f)).unwrap();
    t
}

/// Selects the first meeting whose label contains `label`, from the Meetings view.
pub fn select_meeting(app: &mut App, label: &str) {
    app.update(Action::Run(Command::Show(View::Meetings)));
    app.update(Action::Run(Command::Top));
    for _ in 0..app.library.entries.len() {
        let cur = app.current().unwrap();
        if app.library[cur].meeting().label().contains(label) {
            return;
        }
        app.update(Action::Run(Command::Down));
    }
    panic!("no meeting labelled {label}");
}

/// Keys as typed: characters, and `<ret>`, `<esc>`, `<tab>`, `<bs>`,
/// `<left>`, `<right>`, `<up>`, `<down>`, `<C-x>`; each goes through the
/// keymap as a person's key would.
pub fn press(app: &mut App, keys: &str) {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (code, mods, len) = match rest.strip_prefix('<').and_then(|r| r.find('>')) {
            Some(end) if end > 0 => {
                let none = KeyModifiers::NONE;
                let (code, mods) = match &rest[1..=end] {
                    "ret" => (KeyCode::Enter, none),
                    "esc" => (KeyCode::Esc, none),
                    "tab" => (KeyCode::Tab, none),
                    "bs" => (KeyCode::Backspace, none),
                    "left" => (KeyCode::Left, none),
                    "right" => (KeyCode::Right, none),
                    "up" => (KeyCode::Up, none),
                    "down" => (KeyCode::Down, none),
                    n if n.starts_with("C-") && n.len() == 3 => (
                        KeyCode::Char(n.chars().nth(2).unwrap()),
                        KeyModifiers::CONTROL,
                    ),
                    other => panic!("unknown key <{other}>"),
                };
                (code, mods, end + 2)
            }
            _ => (KeyCode::Char(c), KeyModifiers::NONE, c.len_utf8()),
        };
        rest = &rest[len..];
        let ev = Event::Key(KeyEvent::new(code, mods));
        if let Some(a) = plenary::tui::event::to_action(ev, &app.context()) {
            app.update(a);
        }
    }
}

/// The CASIE-like symposium day (`tests/symposium`) in the Schedule's day
/// grid, `w`×`h`.
pub fn grid_app(w: u16, h: u16) -> App {
    let mut app = app_on("tests/symposium", w, h);
    select_meeting(&mut app, "CASIE");
    app.update(Action::Run(Command::Show(View::Schedule)));
    press(&mut app, "v");
    assert!(app.schedule.grid.is_some(), "v shows the grid");
    app
}
