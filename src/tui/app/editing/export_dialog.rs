//! The Export dialog (`X`): the current meeting written as html, md, ics,
//! frab-xml or schedule-json — whole, or one session, room or person —
//! to a path beside the agenda. It mirrors `plenary export` (the same
//! `export::render`, the same ics SEQUENCE memory) without importing the
//! CLI, and never writes over a file without asking.

use std::any::Any;
use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::dialog::Dialog;
use super::draw::{centered, dialog};
use crate::tui::action::Command as C;
use crate::tui::keymap::{DialogKeys, Overlay, Scope as S, b, code};
use crate::tui::sanitize::fit;
use crate::tui::widgets::input as input_widget;

use super::{Answer, Confirm, Modal};
use crate::export::sequence::{self, SequenceState};
use crate::export::{self, Format, Options, Selection};
use crate::save::{SaveError, atomic};
use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::app::focus::Press;
use crate::tui::input::TextInput;
use crate::tui::library::{Library, MeetingId};
use crate::tui::status::Level;
use crate::zones;

/// Its keys: `?` and the footer show them.
#[rustfmt::skip]
pub static KEYS: DialogKeys = DialogKeys {
    title: "In the Export dialog (X; type the file's path)",
    takes_text: true,
    has_input: true,
    keys: &[
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Tab)], C::NextField, "next format: html, md, ics, frab-xml, schedule-json", "format"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::BackTab)], C::PrevField, "previous format", ""),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Down)], C::Down, "next scope: the whole meeting, the selected session or person, each room", "scope"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Up)], C::Up, "previous scope", ""),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Enter)], C::Submit, "write the file (asks before replacing one)", "write"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Esc)], C::Cancel, "close, writing nothing", "cancel"),
    ],
};

impl Dialog for ExportDialog {
    fn keys(&self) -> &'static DialogKeys {
        &KEYS
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        draw(app, f, area, self)
    }

    fn press(self: Box<Self>, app: &mut App, p: &Press) -> Option<Modal> {
        press(app, self, p)
    }

    fn boxed_clone(&self) -> Box<dyn Dialog> {
        Box::new(self.clone())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// One scope the dialog offers: its label, what it selects, and the
/// suffix its default file name gets (`-s3`, `-room-a`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportScope {
    pub label: String,
    pub selection: Selection,
    suffix: String,
}

#[derive(Debug, Clone)]
pub struct ExportDialog {
    pub entry: MeetingId,
    /// Index into [`Format::ALL`].
    pub format: usize,
    pub scopes: Vec<ExportScope>,
    pub scope: usize,
    pub path: TextInput,
    /// The path last filled in; while the person has not edited it, it
    /// follows the format and scope.
    filled: String,
}

/// A rendered export waiting for "overwrite?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportJob {
    pub path: PathBuf,
    pub text: String,
    pub notes: Vec<String>,
}

impl ExportDialog {
    pub fn format(&self) -> Format {
        Format::ALL[self.format % Format::ALL.len()]
    }

    pub fn current_scope(&self) -> Option<&ExportScope> {
        self.scopes.get(self.scope)
    }

    fn default_path(&self, agenda: &Path) -> String {
        let dir = agenda.parent().unwrap_or(Path::new(""));
        let stem = meeting_key(agenda);
        let suffix = self.current_scope().map_or("", |s| s.suffix.as_str());
        let name = format!("{stem}{suffix}.{}", extension(self.format()));
        Library::show_path(&dir.join(name))
    }

    fn refill(&mut self, agenda: &Path) {
        let fresh = self.default_path(agenda);
        if self.path.as_str() == self.filled {
            self.path.set(fresh.clone());
        }
        self.filled = fresh;
    }
}

/// The file extension a format is written with.
pub fn extension(f: Format) -> &'static str {
    f.extension()
}

/// The meeting's key for ids: its file name without the extension (as the CLI).
fn meeting_key(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "meeting".into())
}

fn slug(s: &str) -> String {
    export::ids::slugify(s, '-')
}

/// The scopes for the current meeting: whole; the session selected in the
/// Schedule; the person selected in the Roster; each room.
fn scopes(app: &App, entry: MeetingId) -> Vec<ExportScope> {
    let m = app.library[entry].meeting();
    let mut out = vec![ExportScope {
        label: crate::tr!("tui-export-whole"),
        selection: Selection::All,
        suffix: String::new(),
    }];
    let view = app.view;
    // Titles as the screen shows them, in the display language.
    let (lang, fb) = app.language();
    if view == crate::tui::action::View::Schedule
        && let Some(s) = app.selected_session().and_then(|i| m.sessions.get(i))
    {
        out.push(ExportScope {
            label: crate::tr!(
                "tui-export-session",
                id = s.id.as_str(),
                title = s.title.get(&lang, &fb)
            ),
            selection: Selection::Session(s.id.clone()),
            suffix: format!("-{}", slug(&s.id)),
        });
    }
    if view == crate::tui::action::View::Roster
        && let Some(p) = app.roster.selected().and_then(|i| m.people().get(i))
    {
        out.push(ExportScope {
            label: crate::tr!(
                "tui-export-person",
                id = p.id.as_str(),
                name = p.name.primary()
            ),
            selection: Selection::Person(p.id.clone()),
            suffix: format!("-{}", slug(&p.id)),
        });
    }
    let mut rooms: Vec<&str> = Vec::new();
    for r in m.sessions.iter().filter_map(|s| s.room.as_deref()) {
        if !rooms.iter().any(|x| x.eq_ignore_ascii_case(r)) {
            rooms.push(r);
        }
    }
    out.extend(rooms.into_iter().map(|r| ExportScope {
        label: crate::tr!("tui-export-room", room = r),
        selection: Selection::Room(r.to_string()),
        suffix: format!("-{}", slug(r)),
    }));
    out
}

/// `X`: opens the dialog on the current meeting, the selected session or
/// person preselected.
pub fn open(app: &mut App) {
    let Some(entry) = app.current() else {
        app.say(Level::Warning, crate::tr!("tui-export-no-meeting"));
        return;
    };
    let scopes = scopes(app, entry);
    let scope = usize::from(scopes.len() > 1 && !matches!(scopes[1].selection, Selection::Room(_)));
    let mut d = ExportDialog {
        entry,
        format: 0,
        scopes,
        scope,
        path: TextInput::default(),
        filled: String::new(),
    };
    let agenda = app.library[entry].doc().path.clone();
    d.refill(&agenda);
    app.edit.push(Modal::dialog(d));
}

/// The dialog's keys: Tab format, ↑/↓ scope, text the path, Enter write.
fn press(app: &mut App, mut d: Box<ExportDialog>, p: &Press) -> Option<Modal> {
    // The meeting was closed under the dialog: the dialog goes too.
    let agenda = app.entry(d.entry).map(|e| e.doc().path.clone())?;
    let n = Format::ALL.len();
    match p {
        Press::Run(Command::NextField) => d.format = (d.format + 1) % n,
        Press::Run(Command::PrevField) => d.format = (d.format + n - 1) % n,
        Press::Run(Command::Down) => d.scope = (d.scope + 1) % d.scopes.len().max(1),
        Press::Run(Command::Up) => {
            d.scope = (d.scope + d.scopes.len().max(1) - 1) % d.scopes.len().max(1)
        }
        Press::Run(Command::Cancel) => {
            app.say(Level::Note, crate::tr!("tui-nothing-exported"));
            return None;
        }
        Press::Run(Command::Submit) => return submit(app, d),
        _ => {
            super::edit_text(&mut d.path, p);
            return Some(Modal::Dialog(d));
        }
    }
    d.refill(&agenda);
    Some(Modal::Dialog(d))
}

/// Enter: render, then write — or ask first when the file exists.
fn submit(app: &mut App, d: Box<ExportDialog>) -> Option<Modal> {
    let typed = d.path.trim();
    if typed.is_empty() {
        app.say(Level::Error, crate::tr!("tui-export-no-name"));
        return Some(Modal::Dialog(d));
    }
    let job = match render(app, &d, PathBuf::from(typed)) {
        Ok(job) => job,
        Err(e) => {
            app.say(Level::Error, crate::tr!("tui-export-error", error = e));
            return Some(Modal::Dialog(d));
        }
    };
    if let Some(refused) = over_source(app, &d, &job.path) {
        app.say(Level::Error, refused);
        return Some(Modal::Dialog(d));
    }
    if std::fs::symlink_metadata(&job.path).is_ok() {
        let shown = Library::show_path(&job.path);
        app.edit.push(Modal::Dialog(d));
        app.edit.push(Modal::Confirm(
            Confirm::new(
                crate::tr!("tui-file-exists-title"),
                vec![crate::tr!("tui-file-exists", file = shown)],
            )
            // Enter's answer loses nothing: back to the dialog to change the name.
            .choice('n', crate::tr!("tui-file-exists-no"), Answer::Nothing)
            .choice(
                'o',
                crate::tr!("tui-file-exists-overwrite"),
                Answer::Export(Box::new(job)),
            ),
        ));
        return None;
    }
    // On an error the dialog stays, so the path can be put right.
    (!write(app, &job, false)).then_some(Modal::Dialog(d))
}

/// Why `path` may not be written even when the person agrees: it is the
/// meeting file or its participant list (what `plenary export -o` refuses).
fn over_source(app: &App, d: &ExportDialog, path: &std::path::Path) -> Option<String> {
    let doc = app.entry(d.entry)?.doc();
    let roster = doc.roster.as_ref().map(|r| r.path.as_path());
    let refused = crate::export::target::check(path, &doc.path, roster, true).err()?;
    let why = refused.msg().render(crate::i18n::current());
    Some(crate::tr!("tui-export-over-source", why = why))
}

/// Renders the export as `plenary export` would, remembering ics SEQUENCE
/// numbers in the same place.
fn render(app: &App, d: &ExportDialog, path: PathBuf) -> Result<ExportJob, String> {
    let e = app
        .entry(d.entry)
        .ok_or_else(|| crate::tr!("tui-meeting-gone"))?;
    let agenda = e.doc().path.clone();
    let m = e.meeting();
    let written = zones::meeting_zone(m).map_err(|z| {
        crate::tr!(
            "tui-export-meeting-zone",
            error = z.msg().render(crate::i18n::current()),
            hint = z.hint_msg.render(crate::i18n::current())
        )
    })?;
    // In the language on screen (`L`), as `--lang` with one language.
    let (lang, _) = app.language();
    let format = d.format();
    let o = Options {
        langs: vec![lang],
        shown: written,
        selection: d
            .current_scope()
            .map(|s| s.selection.clone())
            .unwrap_or_default(),
        meeting_key: meeting_key(&agenda),
        tzid: false,
        stamp: chrono::Utc::now(),
    };
    let memory = (format == Format::Ics)
        .then(sequence::cache_dir)
        .flatten()
        .map(|dir| sequence::state_path(&dir, &agenda));
    let mut seq = memory
        .as_deref()
        .map(SequenceState::load)
        .unwrap_or_default();
    let out = export::render(m, written, format, &o, &mut seq)
        .map_err(|e| format!("{e} · {}", e.hint))?;
    let mut notes = out.notes;
    if let Some(p) = memory
        && let Err(err) = seq.save(&p)
    {
        notes.push(crate::tr!(
            "tui-export-sequence-lost",
            error = err.to_string()
        ));
    }
    // A relative path is from the current folder, as paths are shown.
    Ok(ExportJob {
        path,
        text: out.text,
        notes,
    })
}

/// Writes the export atomically; `over` when the person agreed to replace
/// a file. True when written.
pub fn write(app: &mut App, job: &ExportJob, over: bool) -> bool {
    let r = if over {
        atomic::write(&job.path, job.text.as_bytes(), None).map(|_| ())
    } else {
        atomic::write_new(&job.path, job.text.as_bytes())
    };
    let shown = Library::show_path(&job.path);
    match r {
        Ok(()) => {
            let mut msg = crate::tr!("tui-exported", file = shown.as_str());
            if !job.notes.is_empty() {
                msg.push_str(" · ");
                msg.push_str(&crate::tr!("tui-export-note", notes = job.notes.join("; ")));
            }
            let level = if job.notes.is_empty() {
                Level::Note
            } else {
                Level::Warning
            };
            app.say(level, msg);
            return true;
        }
        Err(SaveError::Exists(_)) => app.say(
            Level::Error,
            crate::tr!("tui-export-appeared", file = shown.as_str()),
        ),
        Err(err) => app.say(
            Level::Error,
            crate::tr!("tui-not-exported", error = err.msg()),
        ),
    }
    false
}

/// "Overwrite it": write, and close the dialog under the question.
pub fn overwrite(app: &mut App, job: &ExportJob) {
    if write(app, job, true)
        && app
            .edit
            .modals
            .last()
            .and_then(Modal::as_dialog::<ExportDialog>)
            .is_some()
    {
        app.edit.modals.pop();
    }
}

/// The Export dialog: the formats in a row (the chosen one marked), the
/// scopes as a list, and the path being typed.
fn draw(app: &App, f: &mut Frame, area: Rect, d: &ExportDialog) {
    let t = app.theme;
    let width = area.width.saturating_sub(4).min(76);
    let w = usize::from(width).saturating_sub(4);
    let mut formats = vec![Span::styled(
        format!("{}  ", crate::tr!("tui-export-format")),
        t.dim(),
    )];
    for (i, fm) in Format::ALL.iter().enumerate() {
        let chosen = i == d.format;
        let label = if chosen {
            format!("[{}]", fm.as_str())
        } else {
            format!(" {} ", fm.as_str())
        };
        formats.push(if chosen {
            Span::styled(label, t.selected())
        } else {
            Span::raw(label)
        });
    }
    let mut lines = vec![
        Line::from(formats),
        Line::raw(""),
        Line::styled(crate::tr!("tui-export-scope"), t.dim()),
    ];
    // A long list of rooms scrolls to keep the chosen scope in sight.
    let room = usize::from(area.height.saturating_sub(12)).max(1);
    let start = d.scope.saturating_sub(room.saturating_sub(1));
    for (i, s) in d.scopes.iter().enumerate().skip(start).take(room) {
        let chosen = i == d.scope;
        let text = format!("{} {}", if chosen { ">" } else { " " }, s.label);
        let text = fit(&text, w);
        lines.push(if chosen {
            Line::styled(text, t.selected())
        } else {
            Line::raw(text)
        });
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(crate::tr!("tui-export-write-to"), t.dim()));
    lines.push(Line::from(input_widget::with_marker(
        &d.path,
        w.saturating_sub(1),
        Span::styled("▏", t.key()),
    )));
    let h = lines.len() as u16 + 2;
    let r = centered(area, width, h);
    let hint = crate::tr!("tui-export-hint");
    let title = crate::tr!("tui-export-title");
    dialog(app, f, r, &title, &hint, lines, 0);
}
