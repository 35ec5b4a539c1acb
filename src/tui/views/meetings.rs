//! Meetings: every meeting opened, with its dates, place, size and what
//! needs attention; the selected one's particulars below.

use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row};

use super::format::{self, plural};
use crate::domain::DueState;
use crate::tui::app::App;
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::library::{Entry, Library};
use crate::tui::sanitize::clean;
use crate::tui::theme::marker;
use crate::tui::widgets::{ListTable, detail_pane, fitted, label_value, list_table};

/// Open and overdue follow-ups of a meeting.
fn followup_counts(e: &Entry, app: &App) -> (usize, usize, usize) {
    let states = e
        .meeting()
        .follow_ups
        .iter()
        .map(|f| f.due_state(app.today));
    states.fold((0, 0, 0), |(open, over, soon), s| match s {
        DueState::Closed => (open, over, soon),
        DueState::Overdue => (open + 1, over + 1, soon),
        DueState::DueSoon => (open + 1, over, soon + 1),
        _ => (open + 1, over, soon),
    })
}

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let (lang, fb) = app.language();
    let wide = l.list.rows.width >= 100;
    let s = app.meetings.scroll;
    let n = app.library.entries.len();
    let window = s.window(n, l.list.height());
    let small = l.list.rows.width < 70;
    let fixed: &[u16] = if wide {
        &[20, 24, 6, 8, 12, 8]
    } else if small {
        &[20, 12, 8]
    } else {
        &[20, 6, 8, 12, 8]
    };
    let label_w = usize::from(flexible_width(l.list.rows.width, fixed));
    let rows: Vec<Row> = window
        .clone()
        .map(|i| {
            let e = &app.library.entries[i];
            let m = e.meeting();
            let (open, over, _) = followup_counts(e, app);
            let fu = match (open, over) {
                (0, _) => "—".to_string(),
                (o, 0) => format!("{o} open"),
                (o, v) => format!("{o} open {v}{}", marker::OVERDUE),
            };
            let (errors, warnings) = (e.errors(), e.warnings());
            let probs = match (errors, warnings) {
                (0, 0) => Span::styled("—", t.dim()),
                (0, w) => Span::styled(format!("{w}{}", marker::WARNING), t.warning()),
                (er, w) => Span::styled(
                    format!("{er}{} {w}{}", marker::ERROR, marker::WARNING),
                    t.error(),
                ),
            };
            // `*` marks unsaved edits, as editors do.
            let label = if e.editor.is_dirty() {
                format!("* {}", m.label())
            } else {
                m.label().to_string()
            };
            let mut cells = vec![
                Cell::from(fitted(&label, label_w, t.plain())),
                Cell::from(format::meeting_dates(m)),
            ];
            if wide {
                cells.push(Cell::from(fitted(
                    &format::place(m, &lang, &fb),
                    30,
                    t.plain(),
                )));
            }
            if !small {
                cells.extend([
                    Cell::from(m.people().len().to_string()),
                    Cell::from(m.sessions.len().to_string()),
                ]);
            }
            cells.extend([
                Cell::from(Span::styled(
                    fu,
                    if over > 0 { t.warning() } else { t.plain() },
                )),
                Cell::from(probs),
            ]);
            Row::new(cells)
        })
        .collect();
    let mut header = vec!["Meeting", "Dates"];
    let mut widths = vec![Constraint::Length(label_w as u16), Constraint::Length(20)];
    if wide {
        header.push("Where");
        widths.push(Constraint::Length(24));
    }
    if !small {
        header.extend(["People", "Sessions"]);
        widths.extend([Constraint::Length(6), Constraint::Length(8)]);
    }
    header.extend(["Follow-ups", "Problems"]);
    widths.extend([Constraint::Length(12), Constraint::Length(8)]);
    let mut title = vec![
        Span::styled(" Meetings ", t.title()),
        Span::raw(format!(
            "— {} in {} ",
            n,
            Library::show_path(&app.library.root)
        )),
    ];
    // A file that could not be opened must not vanish from the list silently.
    let mut unopened: Vec<&std::path::Path> = app
        .library
        .failures
        .iter()
        .map(|p| p.file.as_path())
        .collect();
    unopened.sort();
    unopened.dedup();
    if !unopened.is_empty() {
        let files = if unopened.len() == 1 { "file" } else { "files" };
        title.push(Span::styled(
            format!(
                "x {} {files} could not be opened: see 5 Problems ",
                unopened.len()
            ),
            t.error(),
        ));
    }
    let title = Line::from(title);
    list_table(
        f,
        &l.list,
        ListTable {
            title,
            header: Row::new(header),
            widths,
            rows,
            selected: (n > 0).then(|| s.selected - window.start),
            empty: "no meetings",
        },
        t,
    );
    detail_pane(
        f,
        l.detail,
        Line::styled(" Meeting ", t.title()),
        detail(app),
        app.meetings.detail_scroll,
        t,
    );
}

pub fn detail(app: &App) -> Vec<Line<'static>> {
    let t = app.theme;
    let Some(e) = app.current().map(|i| &app.library[i]) else {
        return Vec::new();
    };
    let m = e.meeting();
    let (lang, fb) = app.language();
    let lv = |k: &str, v: &str| label_value(k, v, t.header());
    let mut out = vec![Line::styled(
        clean(m.title.get(&lang, &fb)).into_owned(),
        t.title(),
    )];
    if let Some(th) = &m.theme {
        out.push(lv("Theme", th.get(&lang, &fb)));
    }
    out.push(lv(
        "When",
        &format!(
            "{} · times in {}{}",
            format::meeting_dates(m),
            format::zone(&m.timezone, m.start_date),
            if m.tentative.covers("timezone") {
                " ~ (zone not confirmed yet)"
            } else {
                ""
            }
        ),
    ));
    let mut place = format::place(m, &lang, &fb);
    if let Some(v) = &m.venue {
        place = format!("{} · {place}", v.get(&lang, &fb));
    }
    out.push(lv("Where", &place));
    if !m.languages.is_empty() {
        out.push(lv("Languages", &format::language_names(&m.languages)));
    }
    for (k, list) in [
        ("Organizers", &m.organizers),
        ("Hosts", &m.hosts),
        ("Partners", &m.partners),
    ] {
        if !list.is_empty() {
            out.push(lv(
                k,
                &list
                    .iter()
                    .map(|x| x.get(&lang, &fb))
                    .collect::<Vec<_>>()
                    .join("; "),
            ));
        }
    }
    // Counted when the entry is refreshed, not on every frame.
    let countries = e.facets.countries.len();
    let mut people = format!("{} on the roster", m.people().len());
    if countries > 0 {
        people.push_str(&format!(
            ", from {}",
            plural(countries, "country", "countries")
        ));
    }
    if let Some(a) = &m.attendance {
        let about = if a.approximate { "about " } else { "" };
        people.push_str(&format!(" · attendance {about}{}", a.count));
        if let Some(n) = &a.note {
            people.push_str(&format!(" ({})", n.get(&lang, &fb)));
        }
    }
    out.push(lv("People", &people));
    out.push(lv(
        "Sessions",
        &format!(
            "{} over {}",
            m.sessions.len(),
            plural(m.days().len(), "day", "days")
        ),
    ));
    let (open, over, soon) = followup_counts(e, app);
    out.push(lv(
        "Follow-ups",
        &format!(
            "{} · {open} open, {over} overdue {}, {soon} due soon {}",
            m.follow_ups.len(),
            marker::OVERDUE,
            marker::DUE_SOON
        ),
    ));
    out.push(lv(
        "Problems",
        &format!("{} error(s), {} warning(s)", e.errors(), e.warnings()),
    ));
    out.push(lv("File", &Library::show_path(&e.doc().path)));
    if !m.objectives.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled("Objectives", t.header()));
        for (i, o) in m.objectives.iter().enumerate() {
            out.push(Line::raw(format!(
                "{:>2}. {}",
                i + 1,
                clean(o.get(&lang, &fb))
            )));
        }
    }
    if let Some(d) = &m.description {
        out.push(Line::raw(""));
        out.push(Line::raw(clean(d.get(&lang, &fb)).into_owned()));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(
        "Enter opens the schedule; 3 the roster, 4 the follow-ups.",
        t.dim(),
    ));
    out
}

// What the app and the keymap know of this view (see `tui::app::view_spec`).
use crate::tui::action::{Command as C, View};
use crate::tui::app::view_spec::ViewSpec;
use crate::tui::keymap::{Binding, Scope, ViewKeys, b, ch, code};
use crate::tui::layout::Shape;
use crossterm::event::KeyCode;
pub const SPEC: ViewSpec = ViewSpec {
    keys: ViewKeys {
        view: View::Meetings,
        about: "Meetings: every meeting in the folder",
        keys: KEYS,
        help_after: &[],
    },
    shape: Shape::stacked(false, 55),
    len: |app| app.library.entries.len(),
    list: |app, _| app.meetings.parts(),
    moves: None,
    command: ViewSpec::no_command,
    render,
    detail,
};

#[rustfmt::skip]
const KEYS: &[Binding] = &[
    b(Scope::In(View::Meetings), &[code(KeyCode::Enter), ch('l')], C::Open, "open the meeting's schedule", "open"),
    b(Scope::In(View::Meetings), &[ch('n')], C::NewMeeting, "create a new meeting file from a short form", "new"),
    b(Scope::In(View::Meetings), &[ch('e')], C::Edit, "edit the meeting: title, dates, time zone, working languages, format", ""),
];
