//! Problems: every error and warning from loading and checking, with the
//! same words `plenary check` prints; Enter goes to the item it is about.

use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row};

use crate::check::Problem;
use crate::tui::app::{App, ProblemRef};
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::library::Library;
use crate::tui::sanitize::clean;
use crate::tui::theme::marker;
use crate::tui::widgets::{ListTable, detail_pane, fitted, label_value, list_table};

fn problem(app: &App, r: ProblemRef) -> Option<&Problem> {
    match r {
        ProblemRef::Failure(i) => app.library.failures.get(i),
        ProblemRef::Entry(e, n) => app.library.get(e).and_then(|x| x.problems.get(n)),
        ProblemRef::OnDisk(e, n) => app
            .library
            .get(e)
            .and_then(|x| x.on_disk.as_ref())
            .and_then(|p| p.get(n)),
    }
}

/// `file.yaml:line`: the file's name is enough in a list; the pane has
/// the path. An error of a file on disk that does not load says so.
fn place(r: ProblemRef, p: &Problem) -> String {
    let at = at(p);
    match r {
        ProblemRef::OnDisk(..) => crate::tr!("tui-problem-place-on-disk", place = at),
        _ => at,
    }
}

fn at(p: &Problem) -> String {
    let f = p
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match (p.line, &p.path) {
        (Some((l, _)), _) => format!("{f}:{l}"),
        (None, Some(path)) => format!("{f}: {path}"),
        (None, None) => f,
    }
}

/// `Problems — 1 error, 0 warnings`, then what the counts stand on: a
/// file on disk that does not load, a check still running.
fn title(app: &App) -> Line<'static> {
    let t = app.theme;
    let (errors, warnings) = app.library.problem_count();
    let mut title = Line::from(vec![
        Span::styled(format!(" {} ", crate::i18n::phrase("Problems")), t.title()),
        Span::raw(format!(
            "— {}, {} ",
            crate::tr!("count-errors", n = errors),
            crate::tr!("count-warnings", n = warnings)
        )),
    ]);
    // A file on disk that does not load: its errors are listed, and what
    // is shown of the meeting is the version before.
    for x in app.library.entries.iter().filter(|x| x.on_disk.is_some()) {
        title.push_span(Span::styled(
            format!(
                "· {} ",
                crate::tr!(
                    "tui-problems-on-disk",
                    // Its name: the title has no room for its folders.
                    path = x
                        .doc()
                        .path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                )
            ),
            t.error(),
        ));
    }
    // A whole check after an edit is still running: these are from before it.
    if app.library.entries.iter().any(|e| e.is_checking()) {
        title.push_span(Span::styled(
            format!("· {} ", crate::tr!("tui-problems-checking")),
            t.warning(),
        ));
    }
    title
}

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let st = &app.problems;
    let s = st.list.scroll;
    let window = s.window(st.rows.len(), l.list.height());
    let place_w = (usize::from(l.list.rows.width) / 3).clamp(16, 48);
    let msg_w = flexible_width(l.list.rows.width, &[1, 7, place_w as u16]);
    let rows: Vec<Row> = st.rows[window.clone()]
        .iter()
        .filter_map(|&r| problem(app, r).map(|p| (r, p)))
        .map(|(r, p)| {
            let (mk, style) = if p.is_error() {
                (marker::ERROR, t.error())
            } else {
                (marker::WARNING, t.warning())
            };
            Row::new(vec![
                Cell::from(Span::styled(mk, style)),
                Cell::from(Span::styled(p.severity.word(crate::i18n::current()), style)),
                Cell::from(fitted(&place(r, p), place_w, t.dim())),
                Cell::from(fitted(
                    &p.message_in(crate::i18n::current()),
                    usize::from(msg_w),
                    t.plain(),
                )),
            ])
        })
        .collect();
    let title = title(app);
    list_table(
        f,
        &l.list,
        ListTable {
            title,
            header: Row::new(["", "", "Where", "What"].map(crate::i18n::phrase)),
            widths: vec![
                Constraint::Length(1),
                Constraint::Length(7),
                Constraint::Length(place_w as u16),
                Constraint::Length(msg_w),
            ],
            rows,
            selected: (!st.rows.is_empty()).then(|| s.selected - window.start),
            empty: &if app.loading.finished {
                crate::tr!("tui-no-problems")
            } else {
                crate::tr!("tui-checking")
            },
        },
        t,
    );
    detail_pane(
        f,
        l.detail,
        Line::styled(format!(" {} ", crate::i18n::phrase("Problem")), t.title()),
        detail(app),
        st.list.detail_scroll,
        t,
    );
}

pub fn detail(app: &App) -> Vec<Line<'static>> {
    let t = app.theme;
    let Some(&r) = app.problems.rows.get(app.problems.list.scroll.selected) else {
        return Vec::new();
    };
    let Some(p) = problem(app, r) else {
        return Vec::new();
    };
    let (mk, style) = if p.is_error() {
        (marker::ERROR, t.error())
    } else {
        (marker::WARNING, t.warning())
    };
    let mut out = vec![Line::styled(
        format!(
            "{mk} {}: {}",
            p.severity.word(crate::i18n::current()),
            clean(&p.message_in(crate::i18n::current()))
        ),
        style,
    )];
    if let Some(h) = p.hint_in(crate::i18n::current()) {
        out.push(label_value(&crate::tr!("hint-label"), &h, t.header()));
    }
    let mut at = Library::show_path(&p.file);
    if let Some((l, c)) = p.line {
        at.push_str(&format!(":{l}:{c}"));
    }
    out.push(label_value(&crate::tr!("tui-problem-at"), &at, t.header()));
    if let Some(path) = &p.path {
        out.push(label_value(
            &crate::tr!("tui-problem-in-document"),
            path,
            t.header(),
        ));
    }
    out.push(Line::raw(""));
    let hint = match r {
        ProblemRef::Failure(_) => crate::tr!("tui-problem-file-failed"),
        ProblemRef::Entry(..) => crate::tr!("tui-problem-enter-goes"),
        ProblemRef::OnDisk(..) => crate::tr!("tui-problem-on-disk"),
    };
    out.push(Line::styled(hint, t.dim()));
    out
}

// What the app and the keymap know of this view (see `tui::app::view_spec`).
use crate::tui::action::{Command as C, View};
use crate::tui::app::view_spec::ViewSpec;
use crate::tui::keymap::{Binding, Scope, ViewKeys, b, code};
use crate::tui::layout::Shape;
use crossterm::event::KeyCode;
pub const SPEC: ViewSpec = ViewSpec {
    keys: ViewKeys {
        view: View::Problems,
        about: "Problems: errors and warnings from the checks",
        keys: KEYS,
        help_after: &[],
    },
    shape: Shape::stacked(false, 60),
    len: |app| app.problems.rows.len(),
    list: |app, _| app.problems.list.parts(),
    moves: None,
    command: ViewSpec::no_command,
    render,
    detail,
};

#[rustfmt::skip]
const KEYS: &[Binding] = &[
    b(Scope::In(View::Problems), &[code(KeyCode::Enter)], C::Open, "go to the session, participant or follow-up it is about", "go to"),
    b(Scope::In(View::Problems), &[code(KeyCode::Esc)], C::Back, "back to the meetings", ""),
];
