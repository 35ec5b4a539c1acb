//! Meetings: every meeting opened, with its dates, place, size and what
//! needs attention; the selected one's particulars below.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row};

use super::format;
use super::meetings_columns::{self as columns, Needs, Plan};
use crate::domain::{DueState, Meeting};
use crate::tui::app::App;
use crate::tui::layout::ViewLayout;
use crate::tui::library::{Entry, Library};
use crate::tui::sanitize::{clean, fit_words, width};
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
    let s = app.meetings.scroll;
    let n = app.library.entries.len();
    let window = s.window(n, l.list.height());
    let cx = RowCtx {
        app,
        plan: columns::plan(l.list.rows.width, needs(app)),
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
    legend(app, f, l.list.outer);
    detail_pane(
        f,
        l.detail,
        Line::styled(format!(" {} ", crate::i18n::phrase("Meeting")), t.title()),
        detail(app),
        app.meetings.detail_scroll,
        t,
    );
}

/// Each column's widest value over every meeting listed, or its heading
/// when wider; never less than the widths the list always had. The Dates
/// column (`25 Sep – 23 Oct 2020`) stops at 24; what the columns do not
/// take goes to the meetings' names.
fn needs(app: &App) -> Needs {
    let w = |s: &str| u16::try_from(width(s)).unwrap_or(u16::MAX);
    let heading = |k: &str| w(&crate::i18n::phrase(k));
    let mut n = Needs {
        dates: heading("Dates"),
        people: heading("People").max(6),
        sessions: heading("Sessions").max(8),
        followups: heading("Follow-ups").max(12),
        problems: heading("Problems").max(8),
    };
    for e in &app.library.entries {
        let m = e.meeting();
        n.dates = n.dates.max(w(&format::meeting_dates(m)));
        n.people = n.people.max(w(&m.people().len().to_string()));
        n.sessions = n.sessions.max(w(&m.sessions.len().to_string()));
        n.followups = n.followups.max(w(&followups_text(e, app).0));
        n.problems = n.problems.max(w(&problems_text(e)));
    }
    n.dates = n.dates.min(24);
    n
}

/// What a meeting row needs besides the meeting: which columns the width
/// leaves room for, and how wide (each row is in its own meeting's
/// display language).
struct RowCtx<'a> {
    app: &'a App,
    plan: Plan,
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
    let p = cx.plan;
    let mut cells = vec![
        Cell::from(Span::styled(
            fit_words(&label, usize::from(p.label)),
            t.plain(),
        )),
        Cell::from(fitted(
            &format::meeting_dates(m),
            usize::from(p.needs.dates),
            t.plain(),
        )),
    ];
    if p.place {
        cells.push(Cell::from(fitted(
            &format::place(m, &lang, &fb),
            usize::from(columns::PLACE),
            t.plain(),
        )));
    }
    if p.counts {
        cells.extend([
            Cell::from(m.people().len().to_string()),
            Cell::from(m.sessions.len().to_string()),
        ]);
    }
    cells.extend([followups_cell(e, cx.app), Cell::from(problems_span(e, t))]);
    Row::new(cells)
}

/// `3 open 1!!`, or `—` when nothing is open; and whether any is overdue.
fn followups_text(e: &Entry, app: &App) -> (String, bool) {
    let (open, over, _) = followup_counts(e, app);
    let fu = match (open, over) {
        (0, _) => "—".to_string(),
        (o, 0) => crate::tr!("tui-open-n", n = o),
        (o, v) => format!("{} {v}{}", crate::tr!("tui-open-n", n = o), marker::OVERDUE),
    };
    (fu, over > 0)
}

fn followups_cell(e: &Entry, app: &App) -> Cell<'static> {
    let t = app.theme;
    let (fu, over) = followups_text(e, app);
    Cell::from(Span::styled(fu, if over { t.warning() } else { t.plain() }))
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

/// `2x 3!`: errors and warnings, each with its marker, a count of none
/// left out (`2x`, not `2x 0!`); `—` when there are none.
fn problems_text(e: &Entry) -> String {
    let errors = (e.errors() > 0).then(|| format!("{}{}", e.errors(), marker::ERROR));
    let warnings = (e.warnings() > 0).then(|| format!("{}{}", e.warnings(), marker::WARNING));
    match (errors, warnings) {
        (None, None) => "—".to_string(),
        (Some(x), Some(w)) => format!("{x} {w}"),
        (Some(one), None) | (None, Some(one)) => one,
    }
}

fn problems_span(e: &Entry, t: Theme) -> Span<'static> {
    let style = match (e.errors(), e.warnings()) {
        (0, 0) => t.dim(),
        (0, _) => t.warning(),
        _ => t.error(),
    };
    Span::styled(problems_text(e), style)
}

/// What the markers of the list mean, on its bottom border, for those
/// shown: `x errors · ! warnings · !! overdue follow-ups`. Left out when
/// the border is too short for it.
fn legend(app: &App, f: &mut Frame, outer: Rect) {
    let entries = &app.library.entries;
    let errors = entries.iter().any(|e| e.errors() > 0);
    let warnings = entries.iter().any(|e| e.warnings() > 0);
    let overdue = entries.iter().any(|e| followup_counts(e, app).1 > 0);
    let words: Vec<String> = [
        (errors, "tui-legend-errors", marker::ERROR),
        (warnings, "tui-legend-warnings", marker::WARNING),
        (overdue, "tui-legend-overdue", marker::OVERDUE),
    ]
    .into_iter()
    .filter(|(shown, _, _)| *shown)
    .map(|(_, key, mark)| crate::tr!(key, mark = mark))
    .collect();
    if words.is_empty() {
        return;
    }
    let text = format!(" {} ", words.join(" · "));
    let w = u16::try_from(width(&text)).unwrap_or(u16::MAX);
    // A corner and a dash of border stay on each side.
    if outer.height < 2 || w + 4 > outer.width {
        return;
    }
    let at = Rect::new(outer.right() - 2 - w, outer.bottom() - 1, w, 1);
    f.render_widget(Line::styled(text, app.theme.dim()), at);
}

fn columns(cx: &RowCtx) -> Columns {
    let p = cx.plan;
    let mut c = Columns::new();
    c.push("Meeting", p.label);
    c.push("Dates", p.needs.dates);
    if p.place {
        c.push("Where", columns::PLACE);
    }
    if p.counts {
        c.push("People", p.needs.people);
        c.push("Sessions", p.needs.sessions);
    }
    c.push("Follow-ups", p.needs.followups);
    c.push("Problems", p.needs.problems);
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
