//! The file and the world outside: `E` opens the meeting file in
//! `$EDITOR` at the selected item's line (the TUI steps aside and comes
//! back, and the file is reloaded off the UI thread). Changes made
//! elsewhere (a `git pull`, another window) are noticed by `disk_watch`.

use crate::tui::status::Level;
use std::io::stdout;
use std::path::PathBuf;

use crossterm::event::EnableMouseCapture;
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

use crate::load::LineIndex;
use crate::tui::action::View;
use crate::tui::app::{App, ProblemRef};
use crate::tui::disk_worker::Why;
use crate::tui::library::MeetingId;

/// Open `path` at `line` (1-based) in the external editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalRequest {
    pub entry: MeetingId,
    pub path: PathBuf,
    pub line: usize,
}

/// `E`: works out the file and line of what is selected and asks the run
/// loop to hand the terminal over.
pub fn request(app: &mut App) {
    let Some(e) = app.current() else {
        app.say(Level::Warning, crate::tr!("tui-no-meeting-open"));
        return;
    };
    // Being merged, kept as mine or dropped: its file is about to change.
    if super::replacing::refuses_write(app, e) {
        return;
    }
    let entry = &app.library[e];
    // Being written: the editor would open the file being replaced, at
    // lines read from a text that is with the save.
    if entry.editor.text_away() || app.edit.disk.writing.contains_key(&e) {
        let file = super::saving::name(app, e);
        app.say(
            Level::Warning,
            crate::tr!("tui-external-still-saving", file = file),
        );
        return;
    }
    if entry.editor.is_dirty() {
        app.say(Level::Warning, crate::tr!("tui-external-save-first"));
        return;
    }
    let doc = entry.doc();
    let (path, file, text) = match app.view {
        View::Schedule => (
            app.selected_session().map(|i| format!("sessions[{i}]")),
            &doc.path,
            &doc.text,
        ),
        View::Roster => {
            let p = app.roster.selected().map(|i| format!("participants[{i}]"));
            match &doc.roster {
                Some(r) => (p, &r.path, &r.text),
                None => (p, &doc.path, &doc.text),
            }
        }
        View::FollowUps => (
            app.followups
                .selected()
                .filter(|(x, _)| *x == e)
                .map(|(_, i)| format!("follow_ups[{i}]")),
            &doc.path,
            &doc.text,
        ),
        View::Problems => {
            let picked = match app.problems.rows.get(app.problems.list.scroll.selected) {
                Some(ProblemRef::Entry(x, n)) => Some((*x, app.library[*x].problems.get(*n))),
                Some(ProblemRef::OnDisk(x, n)) => {
                    Some((*x, app.library[*x].on_disk.as_ref().and_then(|p| p.get(*n))))
                }
                _ => None,
            };
            if let Some((x, Some(p))) = picked {
                app.edit.external = Some(ExternalRequest {
                    entry: x,
                    path: p.file.clone(),
                    line: p.line.map_or(1, |(l, _)| l),
                });
                return;
            }
            (None, &doc.path, &doc.text)
        }
        View::Interpretation => (app.interp.selected_path(), &doc.path, &doc.text),
        // The Meetings list, and any view that selects no record: the top.
        _ => (None, &doc.path, &doc.text),
    };
    let line = path
        .and_then(|p| LineIndex::build_for(text, [p.as_str()]).find(&p))
        .map_or(1, |(l, _)| l);
    app.edit.external = Some(ExternalRequest {
        entry: e,
        path: file.clone(),
        line,
    });
}

/// The editor command: `$VISUAL`, else `$EDITOR`, else `vi`, split on spaces
/// (so `code -w` works), then `+LINE FILE`.
pub fn editor_command(req: &ExternalRequest) -> std::process::Command {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".into());
    let mut words = editor.split_whitespace();
    let mut cmd = std::process::Command::new(words.next().unwrap_or("vi"));
    cmd.args(words).arg(format!("+{}", req.line)).arg(&req.path);
    cmd
}

/// Leaves the screen to the editor and takes it back: alternate screen,
/// raw mode and mouse capture off while it runs, on again after.
pub fn run_suspended(
    term: &mut crate::tui::terminal::Tui,
    req: &ExternalRequest,
) -> Result<(), String> {
    crate::tui::event::pause_input();
    crate::tui::terminal::leave();
    let status = editor_command(req).status();
    let _ = enable_raw_mode();
    let _ = execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        crossterm::event::EnableBracketedPaste,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    );
    let _ = term.hide_cursor();
    // A blank frame makes the next draw a full one. (`Terminal::clear` would
    // first ask the terminal for the cursor position, which not every
    // terminal answers.)
    let _ = term.draw(|f| f.render_widget(ratatui::widgets::Clear, f.area()));
    crate::tui::event::resume_input();
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(crate::tr!("tui-editor-ended", status = s.to_string())),
        Err(e) => Err(crate::tr!("tui-editor-not-started", error = e.to_string())),
    }
}

/// Back from the editor: the file is loaded and checked again on the disk
/// worker (keys work meanwhile); what it found is said when it is back.
pub fn returned(app: &mut App, req: &ExternalRequest, result: Result<(), String>) {
    super::disk_watch::look(app, req.entry, true, Why::Editor(result));
}
