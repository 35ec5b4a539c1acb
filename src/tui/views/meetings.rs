//! Meetings: every meeting opened, with its dates, place, size and what
//! needs attention; the selected one's particulars below.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row};

use super::format;
use crate::domain::{DueState, Meeting};
use crate::tui::app::App;
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::library::{Entry, Library};
use crate::tui::sanitize::{clean, fit_words};
use crate::tui::theme::{Theme, marker};
use crate::tui::widgets::{Columns, ListTable, detail_pane, fitted, label_value, list_table};

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
    let wide = l.list.rows.width >= 100;
    let s = app.meetings.scroll;
    let n = app.library.entries.len();
    let window = s.window(n, l.list.height());
    let small = l.list.rows.width < 70;
    let dates_w = dates_width(app);
    let fixed: &[u16] = if wide {
        &[dates_w, 24, 6, 8, 12, 8]
    } else if small {
        &[dates_w, 12, 8]
    } else {
        &[dates_w, 6, 8, 12, 8]
    };
    let cx = RowCtx {
        app,
        label_w: usize::from(flexible_width(l.list.rows.width, fixed)),
        dates_w,
        wide,
        small,
    };
    let rows: Vec<Row> = window
        .clone()
        .map(|i| meeting_row(&cx, &app.library.entries[i]))
        .collect();
    let (header, widths) = columns(&cx).split();
    list_table(
        f,
        &l.list,
        ListTable {
            title: table_title(app),
            header,
            widths,
            rows,
            selected: (n > 0).then(|| s.selected - window.start),
            empty: &crate::tr!("tui-no-meetings"),
        },
        t,
    );
    detail_pane(
        f,
        l.detail,
        Line::styled(format!(" {} ", crate::i18n::phrase("Meeting")), t.title()),
        detail(app),
        app.meetings.detail_scroll,
        t,
    );
}

/// The Dates column's width: the longest dates of any meeting listed
/// (`25 Sep – 23 Oct 2020`), or its heading when longer; what it does not
/// take goes to the meetings' names.
fn dates_width(app: &App) -> u16 {
    let heading = crate::tui::sanitize::width(&crate::i18n::phrase("Dates"));
    let longest = app
        .library
        .entries
        .iter()
        .map(|e| crate::tui::sanitize::width(&format::meeting_dates(e.meeting())))
        .max()
        .unwrap_or(0);
    longest.max(heading).min(24) as u16
}

/// What a meeting row needs besides the meeting: the label's width, and
/// which columns the width leaves room for (each row is in its own
/// meeting's display language).
struct RowCtx<'a> {
    app: &'a App,
    label_w: usize,
    /// The Dates column: as wide as the longest dates listed, no wider.
    dates_w: u16,
    /// Room for where it is held.
    wide: bool,
    /// No room for the people and session counts.
    small: bool,
}

/// One meeting: label (`*` when unsaved), dates, place, sizes, follow-ups
/// and problems.
fn meeting_row(cx: &RowCtx, e: &Entry) -> Row<'static> {
    let t = cx.app.theme;
    let m = e.meeting();
    // `*` marks unsaved edits, as editors do.
    let (lang, fb) = cx.app.language_of(m);
    let label = cx.app.meeting_label(m);
    let label = if e.editor.is_dirty() {
        format!("* {label}")
    } else {
        label.to_string()
    };
    let mut cells = vec![
        Cell::from(Span::styled(fit_words(&label, cx.label_w), t.plain())),
        Cell::from(format::meeting_dates(m)),
    ];
    if cx.wide {
        cells.push(Cell::from(fitted(
            &format::place(m, &lang, &fb),
            30,
            t.plain(),
        )));
    }
    if !cx.small {
        cells.extend([
            Cell::from(m.people().len().to_string()),
            Cell::from(m.sessions.len().to_string()),
        ]);
    }
    cells.extend([followups_cell(e, cx.app), Cell::from(problems_span(e, t))]);
    Row::new(cells)
}

/// `3 open 1!!`, or `—` when nothing is open.
fn followups_cell(e: &Entry, app: &App) -> Cell<'static> {
    let t = app.theme;
    let (open, over, _) = followup_counts(e, app);
    let fu = match (open, over) {
        (0, _) => "—".to_string(),
        (o, 0) => crate::tr!("tui-open-n", n = o),
        (o, v) => format!("{} {v}{}", crate::tr!("tui-open-n", n = o), marker::OVERDUE),
    };
    Cell::from(Span::styled(
        fu,
        if over > 0 { t.warning() } else { t.plain() },
    ))
}

/// "3 error(s), 5 warning(s)", and "checking…" while a check after an edit runs.
fn problems_counts(e: &Entry) -> String {
    let counts = crate::tr!(
        "tui-problems-counts",
        errors = e.errors(),
        warnings = e.warnings()
    );
    let counts = if e.on_disk.is_some() {
        format!("{counts} · {}", crate::tr!("tui-meeting-on-disk"))
    } else {
        counts
    };
    if e.is_checking() {
        format!("{counts} · {}", crate::tr!("tui-problems-checking"))
    } else {
        counts
    }
}

/// `2x 3!`: errors and warnings, each with its marker.
fn problems_span(e: &Entry, t: Theme) -> Span<'static> {
    match (e.errors(), e.warnings()) {
        (0, 0) => Span::styled("—", t.dim()),
        (0, w) => Span::styled(format!("{w}{}", marker::WARNING), t.warning()),
        (er, w) => Span::styled(
            format!("{er}{} {w}{}", marker::ERROR, marker::WARNING),
            t.error(),
        ),
    }
}

fn columns(cx: &RowCtx) -> Columns {
    let mut c = Columns::new();
    c.push("Meeting", cx.label_w as u16);
    c.push("Dates", cx.dates_w);
    if cx.wide {
        c.push("Where", 24);
    }
    if !cx.small {
        c.push("People", 6);
        c.push("Sessions", 8);
    }
    c.push("Follow-ups", 12);
    c.push("Problems", 8);
    c
}

/// `Meetings — 4 in ./agendas`, and how many files could not be opened.
fn table_title(app: &App) -> Line<'static> {
    let t = app.theme;
    let mut title = vec![
        Span::styled(format!(" {} ", crate::i18n::phrase("Meetings")), t.title()),
        Span::raw(format!(
            "{} ",
            crate::tr!(
                "tui-meetings-in",
                n = app.library.entries.len(),
                path = Library::show_path(&app.library.root)
            )
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
        title.push(Span::styled(
            format!("{} ", crate::tr!("tui-files-unopened", n = unopened.len())),
            t.error(),
        ));
    }
    Line::from(title)
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
        out.push(lv(&crate::i18n::phrase("Theme"), th.get(&lang, &fb)));
    }
    out.push(lv(&crate::i18n::phrase("When"), &when(m)));
    let mut place = format::place(m, &lang, &fb);
    if let Some(v) = &m.venue {
        place = format!("{} · {place}", v.get(&lang, &fb));
    }
    out.push(lv(&crate::i18n::phrase("Where"), &place));
    if !m.languages.is_empty() {
        out.push(lv(
            &crate::i18n::phrase("Languages"),
            &format::language_names(&m.languages),
        ));
    }
    for (k, list) in [
        ("Organizers", &m.organizers),
        ("Hosts", &m.hosts),
        ("Partners", &m.partners),
    ] {
        if !list.is_empty() {
            let names: Vec<&str> = list.iter().map(|x| x.get(&lang, &fb)).collect();
            out.push(lv(&crate::i18n::phrase(k), &names.join("; ")));
        }
    }
    out.push(lv(&crate::i18n::phrase("People"), &people(e, &lang, &fb)));
    out.extend(counts_lines(e, app));
    out.push(lv(
        &crate::i18n::phrase("File"),
        &Library::show_path(&e.doc().path),
    ));
    out.extend(texts_lines(m, &lang, &fb, t));
    out.push(Line::raw(""));
    out.push(Line::styled(crate::tr!("tui-meeting-hint"), t.dim()));
    out
}

/// `12–14 Oct 2022 · times in Asia/Almaty (+06)`, saying so when the zone
/// is not confirmed.
fn when(m: &Meeting) -> String {
    let when = crate::tr!(
        "tui-when",
        dates = format::meeting_dates(m),
        zone = format::zone(&m.timezone, m.start_date)
    );
    if m.tentative.covers("timezone") {
        format!("{when} {}", crate::tr!("tui-zone-not-confirmed"))
    } else {
        when
    }
}

/// The roster's size and countries, and the attendance when known.
fn people(e: &Entry, lang: &str, fb: &[String]) -> String {
    let m = e.meeting();
    // Counted when the entry is refreshed, not on every frame.
    let countries = e.facets.countries.len();
    let mut people = crate::tr!("tui-on-roster", n = m.people().len());
    if countries > 0 {
        people.push_str(&crate::tr!("tui-from-countries", n = countries));
    }
    if let Some(a) = &m.attendance {
        let key = if a.approximate {
            "tui-attendance-about"
        } else {
            "tui-attendance"
        };
        people.push_str(&format!(" · {}", crate::tr!(key, n = a.count)));
        if let Some(n) = &a.note {
            people.push_str(&format!(" ({})", n.get(lang, fb)));
        }
    }
    people
}

/// Sessions, follow-ups and problems, counted.
fn counts_lines(e: &Entry, app: &App) -> [Line<'static>; 3] {
    let m = e.meeting();
    let lv = |k: &str, v: &str| label_value(k, v, app.theme.header());
    let (open, over, soon) = followup_counts(e, app);
    [
        lv(
            // Not the column's header, which is cut short to fit its width.
            &crate::tr!("tui-sessions-label"),
            &crate::tr!(
                "tui-sessions-over",
                n = m.sessions.len(),
                days = m.days().len()
            ),
        ),
        lv(
            &crate::i18n::phrase("Follow-ups"),
            &crate::tr!(
                "tui-follow-ups-counts",
                n = m.follow_ups.len(),
                open = open,
                over = over,
                overdue_mark = marker::OVERDUE,
                soon = soon,
                soon_mark = marker::DUE_SOON
            ),
        ),
        lv(&crate::i18n::phrase("Problems"), &problems_counts(e)),
    ]
}

/// The objectives, numbered, the description and the notes.
fn texts_lines(m: &Meeting, lang: &str, fb: &[String], t: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if !m.objectives.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(crate::i18n::phrase("Objectives"), t.header()));
        for (i, o) in m.objectives.iter().enumerate() {
            out.push(Line::raw(format!(
                "{:>2}. {}",
                i + 1,
                clean(o.get(lang, fb))
            )));
        }
    }
    if let Some(d) = &m.description {
        out.push(Line::raw(""));
        out.push(Line::raw(clean(d.get(lang, fb)).into_owned()));
    }
    // The organizer's own notes (what is signed, what to watch), as written.
    if let Some(n) = m.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        out.push(Line::raw(""));
        out.push(Line::styled(crate::i18n::phrase("Notes"), t.header()));
        out.extend(n.lines().map(|l| Line::raw(clean(l).into_owned())));
    }
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
    b(Scope::In(View::Meetings), &[ch('e')], C::Edit, "edit the meeting: title, dates, languages, venue, organizers, objectives, notes...", ""),
];
