//! Importing registrations in the Roster (`I`): the person types the path
//! of a CSV or TSV export (Indico, Zoom, Google Forms, an Excel sheet),
//! Enter reads it through [`crate::registration`] and shows the preview
//! the CLI prints (added, updated, unchanged, possible duplicates with
//! their reasons, the file's problems). Each value the file gives
//! differently is then decided one by one, ours or the file's: this is
//! what `--on-conflict ask` means in the TUI. A misspelt country's
//! suggestion ("did you mean KZ?") is accepted with `a` on its problem. Enter applies the plan as
//! one edit through [`apply_edit`], so `u` undoes it and Ctrl-s saves it.
//! The dialog holds the meeting's id, and the plan is made anew against
//! the roster as it is when Enter applies it.

use std::collections::HashMap;
use std::path::PathBuf;

use super::{Modal, apply_edit};
use crate::domain::Participant;
use crate::registration::{self, Action, Choices, Import, Options};
use crate::report::roster_import as text;
use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::app::focus::Press;
use crate::tui::input::TextInput;
use crate::tui::library::{Library, MeetingId};
use crate::tui::status::Level;

/// One differing value: (the incoming person's place in the plan, field).
pub type Question = (usize, &'static str);

/// The file read and what importing it would do.
#[derive(Debug, Clone)]
pub struct Preview {
    pub file: PathBuf,
    pub plan: Import,
    /// The answers given: true takes the file's value, false keeps ours.
    pub answers: HashMap<Question, bool>,
    /// The differing value the cursor is on.
    pub selected: usize,
    /// Lines scrolled when there is nothing to choose.
    pub scroll: u16,
}

impl Preview {
    pub fn questions(&self) -> Vec<Question> {
        self.plan.questions()
    }

    /// Where the cursor can stand: each differing value, then each problem
    /// with a suggestion (a misspelt country), by its place in the problems.
    fn stops(&self) -> usize {
        self.questions().len() + self.plan.suggestions().len()
    }

    /// The problem with a suggestion the cursor is on, if it is on one.
    fn suggestion_at_cursor(&self) -> Option<usize> {
        let k = self.selected.checked_sub(self.questions().len())?;
        self.plan.suggestions().get(k).copied()
    }

    fn unanswered(&self) -> usize {
        self.questions()
            .iter()
            .filter(|q| !self.answers.contains_key(q))
            .count()
    }

    fn choices(&self) -> Choices {
        self.answers
            .iter()
            .filter(|(_, theirs)| **theirs)
            .map(|(q, _)| *q)
            .collect()
    }
}

/// The open import dialog: first the file's path, then its preview.
#[derive(Debug, Clone)]
pub struct RosterImport {
    pub entry: MeetingId,
    pub path: TextInput,
    /// Why the last file typed could not be read (shown under the path).
    pub error: Option<String>,
    pub preview: Option<Preview>,
}

/// `I` in the Roster: opens the dialog, the path started in the meeting's folder.
pub fn open(app: &mut App) {
    let Some(entry) = app.current() else {
        app.say(Level::Warning, crate::tr!("tui-open-meeting-first"));
        return;
    };
    let agenda = app.library[entry].doc().path.clone();
    let mut path = TextInput::default();
    if let Some(dir) = agenda.parent().filter(|d| !d.as_os_str().is_empty()) {
        path.set(format!("{}/", Library::show_path(dir)));
    }
    app.edit.push(Modal::Import(Box::new(RosterImport {
        entry,
        path,
        error: None,
        preview: None,
    })));
}

/// A key in the dialog: `Some` keeps it open.
pub fn press(app: &mut App, mut d: Box<RosterImport>, p: &Press) -> Option<Modal> {
    if d.preview.is_some() {
        return preview_press(app, d, p);
    }
    match p {
        Press::Run(Command::Cancel) => {
            app.say(Level::Note, crate::tr!("tui-nothing-imported"));
            return None;
        }
        Press::Run(Command::Submit) => read(app, &mut d),
        _ => {
            super::edit_text(&mut d.path, p);
        }
    }
    Some(Modal::Import(d))
}

/// Enter on the path: reads the file and plans the import, or says why not.
fn read(app: &mut App, d: &mut RosterImport) {
    let typed = d.path.trim().to_string();
    if typed.is_empty() {
        d.error = Some(crate::tr!("tui-import-type-path"));
        return;
    }
    let Some(e) = app.library.get(d.entry) else {
        d.error = Some(crate::tr!("tui-meeting-gone"));
        return;
    };
    let file = PathBuf::from(&typed);
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(err) => {
            d.error = Some(crate::tr!(
                "tui-cannot-read",
                file = typed.as_str(),
                error = crate::load::source::why_msg(&err.to_string())
            ));
            return;
        }
    };
    let opts = Options {
        on_conflict: registration::OnConflict::Ask,
        ..Options::default()
    };
    match registration::prepare(&bytes, e.meeting().people(), &opts) {
        Ok(plan) => {
            d.error = None;
            let n = plan.conflicts();
            let suggestions = plan.suggestions().len();
            d.preview = Some(Preview {
                file,
                plan,
                answers: HashMap::new(),
                selected: 0,
                scroll: 0,
            });
            let msg = match (n, suggestions) {
                (0, 0) => crate::tr!("tui-import-read"),
                (0, s) => crate::tr!("tui-import-read-suggest", n = s),
                (n, _) => crate::tr!("tui-import-read-differ", n = n),
            };
            app.say(Level::Note, msg);
        }
        Err(err) => {
            d.error = Some(format!(
                "{typed}: {}\n{}",
                err.msg().render(crate::i18n::current()),
                crate::tr!("tui-import-map-hint")
            ));
        }
    }
}

fn preview_press(app: &mut App, mut d: Box<RosterImport>, p: &Press) -> Option<Modal> {
    let entry = d.entry;
    let Some(v) = d.preview.as_mut() else {
        return Some(Modal::Import(d));
    };
    let n = v.stops();
    match p {
        Press::Run(Command::Cancel) => {
            app.say(Level::Note, crate::tr!("tui-nothing-imported"));
            return None;
        }
        Press::Run(Command::PrevField) => d.preview = None,
        Press::Run(Command::Up) if n > 0 => v.selected = v.selected.saturating_sub(1),
        Press::Run(Command::Down) if n > 0 => v.selected = (v.selected + 1).min(n - 1),
        Press::Run(Command::Up | Command::PageUp) => v.scroll = v.scroll.saturating_sub(10),
        Press::Run(Command::Down | Command::PageDown) => v.scroll = v.scroll.saturating_add(10),
        Press::Run(Command::KeepOurs) => answer(app, entry, v, false),
        Press::Run(Command::TakeTheirs) => answer(app, entry, v, true),
        Press::Run(Command::AcceptSuggestion) => accept(app, entry, v),
        Press::Run(Command::Submit) => return submit(app, d),
        _ => {}
    }
    Some(Modal::Import(d))
}

/// Answers the selected question, plans anew, and moves to the next one
/// not answered yet.
fn answer(app: &mut App, entry: MeetingId, v: &mut Preview, theirs: bool) {
    let Some(&q) = v.questions().get(v.selected) else {
        let msg = match v.suggestion_at_cursor() {
            Some(_) => crate::tr!("tui-import-on-suggestion"),
            None => crate::tr!("tui-import-nothing-to-choose"),
        };
        app.say(Level::Note, msg);
        return;
    };
    v.answers.insert(q, theirs);
    if let Some(e) = app.library.get(entry) {
        let choices = v.choices();
        v.plan.choose(e.meeting().people(), &choices);
    }
    let qs = v.questions();
    let next = (v.selected + 1..qs.len())
        .chain(0..v.selected)
        .find(|i| !v.answers.contains_key(&qs[*i]));
    v.selected = next.unwrap_or(v.selected).min(qs.len().saturating_sub(1));
}

/// `a`: accepts the suggestion under the cursor for its row (or takes it
/// back), plans anew, and moves to the next suggestion not accepted yet.
fn accept(app: &mut App, entry: MeetingId, v: &mut Preview) {
    let Some(k) = v.suggestion_at_cursor() else {
        app.say(Level::Note, crate::tr!("tui-import-no-suggestion-here"));
        return;
    };
    let Some(e) = app.library.get(entry) else {
        app.say(Level::Error, crate::tr!("tui-import-meeting-gone"));
        return;
    };
    let choices = v.choices();
    let (line, code) = match v.plan.problems.get(k) {
        Some(c) => (c.line, c.suggestion.clone().unwrap_or_default()),
        None => return,
    };
    let country = registration::codes::describe_country(&code);
    let msg = match v.plan.accept(e.meeting().people(), k, &choices) {
        Ok(true) => crate::tr!("tui-import-accepted", line = line, value = country.as_str()),
        Ok(false) => crate::tr!(
            "tui-import-taken-back",
            line = line,
            value = country.as_str()
        ),
        Err(other) => {
            let other = registration::codes::describe_country(&other);
            app.say(
                Level::Warning,
                crate::tr!(
                    "tui-import-accept-refused",
                    line = line,
                    other = other.as_str()
                ),
            );
            return;
        }
    };
    app.say(Level::Note, msg);
    // Keep the cursor among the suggestions (the differing values above
    // may have grown or shrunk), on the next one not accepted yet.
    let sugg = v.plan.suggestions();
    let at = sugg.iter().position(|&p| p == k).unwrap_or(0);
    let next = (at + 1..sugg.len())
        .chain(0..=at)
        .find(|&i| !v.plan.problems[sugg[i]].accepted)
        .unwrap_or(at);
    v.selected = v.questions().len() + next;
}

/// Enter on the preview: every differing value must be decided, then the
/// plan is made against the roster as it is now and applied as one edit.
fn submit(app: &mut App, mut d: Box<RosterImport>) -> Option<Modal> {
    let entry = d.entry;
    let Some(v) = d.preview.as_mut() else {
        return Some(Modal::Import(d));
    };
    let left = v.unanswered();
    if left > 0 {
        app.say(Level::Warning, crate::tr!("tui-import-left", n = left));
        return Some(Modal::Import(d));
    }
    let Some(e) = app.library.get(entry) else {
        app.say(Level::Error, crate::tr!("tui-import-meeting-gone"));
        return None;
    };
    let people = e.meeting().people();
    v.plan.choose(people, &v.choices());
    if v.plan.count(|a| !matches!(a, Action::Unchanged { .. })) == 0 {
        app.say(Level::Note, crate::tr!("tui-import-nothing-new"));
        return None;
    }
    let tx = registration::transaction(people, &v.plan.entries);
    apply_edit(app, entry, tx);
    None
}

/// How a line of the preview is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Title,
    Dim,
    Warning,
    /// The differing value the cursor is on.
    Selected,
}

/// The dialog's lines, and which one the cursor is on (to keep it in sight).
pub fn lines(app: &App, d: &RosterImport) -> (Vec<(String, Tone)>, Option<usize>) {
    let Some(v) = &d.preview else {
        return (Vec::new(), None);
    };
    let Some(e) = app.library.get(d.entry) else {
        return (
            vec![(crate::tr!("tui-meeting-gone-esc"), Tone::Warning)],
            None,
        );
    };
    let people = e.meeting().people();
    let agenda = e.doc().path.clone();
    let mut out: Vec<(String, Tone)> = text::reading(&v.plan, &v.file, &agenda)
        .lines()
        .map(|l| (l.to_string(), Tone::Dim))
        .collect();
    for (title, items) in text::sections(&v.plan, people) {
        if !items.is_empty() {
            out.push((format!("{title} ({})", items.len()), Tone::Title));
            out.extend(items.into_iter().map(|i| (format!("  {i}"), Tone::Plain)));
        }
    }
    let at = differences(v, &mut out);
    let at = problems(v, people, &mut out).or(at);
    (out, at)
}

/// The file's problems; one with a suggestion shows whether it is accepted,
/// and the cursor when it is on it. The cursor's line, if there.
fn problems(v: &Preview, people: &[Participant], out: &mut Vec<(String, Tone)>) -> Option<usize> {
    let lines = text::problem_lines(&v.plan, &v.file, people);
    if lines.is_empty() {
        return None;
    }
    let sugg = v.plan.suggestions();
    let title = match sugg.len() {
        0 => crate::tr!("tui-import-problems", n = lines.len()),
        s => crate::tr!("tui-import-problems-suggest", n = lines.len(), s = s),
    };
    out.push((title, Tone::Title));
    let cursor = v.suggestion_at_cursor();
    let (open, taken) = (
        crate::tr!("tui-import-mark-suggested"),
        crate::tr!("tui-import-mark-accepted"),
    );
    let width = open.chars().count().max(taken.chars().count());
    let mut at = None;
    for (k, line) in lines.into_iter().enumerate() {
        let Some(c) = v.plan.problems.get(k).filter(|c| c.suggestion.is_some()) else {
            out.push((format!("  {line}"), Tone::Warning));
            continue;
        };
        let mark = if c.accepted { &taken } else { &open };
        let (sign, tone) = match (cursor == Some(k), c.accepted) {
            (true, _) => {
                at = Some(out.len());
                (">", Tone::Selected)
            }
            (false, true) => (" ", Tone::Plain),
            (false, false) => (" ", Tone::Warning),
        };
        out.push((format!("{sign} {mark:<width$} {line}"), tone));
    }
    at
}

/// The differing values with the choice made for each; the cursor's line.
fn differences(v: &Preview, out: &mut Vec<(String, Tone)>) -> Option<usize> {
    let qs = v.questions();
    if qs.is_empty() {
        return None;
    }
    out.push((
        crate::tr!("tui-import-different", n = qs.len(), left = v.unanswered()),
        Tone::Title,
    ));
    let mut at = None;
    for (n, q) in qs.iter().enumerate() {
        let Some((e, c)) = v.plan.conflict(*q) else {
            continue;
        };
        let mark = match v.answers.get(q) {
            None => crate::tr!("tui-import-mark-open"),
            Some(false) => crate::tr!("tui-import-mark-ours"),
            Some(true) => crate::tr!("tui-import-mark-file"),
        };
        let mark = format!("{mark:<8}");
        let cursor = if n == v.selected { ">" } else { " " };
        let tone = if n == v.selected {
            at = Some(out.len());
            Tone::Selected
        } else if v.answers.contains_key(q) {
            Tone::Plain
        } else {
            Tone::Warning
        };
        out.push((
            format!("{cursor} {mark} {}", text::conflict_line(e, c)),
            tone,
        ));
    }
    at
}
