//! Follow-ups: what meetings committed to, grouped (state, meeting, owner,
//! status, due month) with due sections in each group; overdue and
//! due-soon ones carry a marker (`!!`, `!`), not only a colour. The rows
//! come from `tui::followups::state`, made with `crate::followups`.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row};

use crate::domain::{DueState, FollowUp, FollowUpStatus, Meeting};
use crate::followups::GroupBy;
use crate::tui::app::App;
use crate::tui::app::followups::FuRow;
use crate::tui::app::followups::state::{section_label, status_filter_label};
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::library::MeetingId;
use crate::tui::sanitize::{clean, fit};
use crate::tui::theme::{Theme, marker};
use crate::tui::widgets::input as input_widget;
use crate::tui::widgets::{
    Columns, ListTable, detail_pane, fitted, highlighted, label_value, list_table,
};

pub fn mark(s: DueState, f: &FollowUp, t: Theme) -> Span<'static> {
    match s {
        DueState::Overdue => Span::styled(marker::OVERDUE, t.error()),
        DueState::DueSoon => Span::styled(marker::DUE_SOON, t.warning()),
        DueState::Closed if f.status == FollowUpStatus::Dropped => {
            Span::styled(marker::DROPPED, t.dim())
        }
        DueState::Closed => Span::styled(marker::DONE, t.ok()),
        _ => Span::raw(""),
    }
}

fn section_mark(s: DueState) -> &'static str {
    match s {
        DueState::Overdue => marker::OVERDUE,
        DueState::DueSoon => marker::DUE_SOON,
        _ => "",
    }
}

/// One follow-up on a line, for a participant's or a session's detail:
/// `  !! 2022-11-30 open  Regional event…`.
pub fn summary_line(app: &App, f: &FollowUp, lang: &str, fb: &[String]) -> Line<'static> {
    let t = app.theme;
    let state = f.due_state(app.today);
    let mk = mark(state, f, t);
    let due = f
        .due
        .map(|d| d.to_string())
        .unwrap_or_else(|| crate::tr!("tui-no-date"));
    Line::from(vec![
        Span::raw("  "),
        Span::styled(format!("{:2}", mk.content), mk.style),
        Span::raw(format!(
            " {due:10} {:11} {}",
            super::format::value(f.status.as_str()),
            clean(f.title.get(lang, fb))
        )),
    ])
}

/// The owner as a person or organization name.
fn owner(m: &Meeting, f: &FollowUp, lang: &str, fb: &[String]) -> String {
    match (&f.owner, &f.owner_org) {
        (Some(id), _) => m
            .participant(id)
            .map(|p| p.name.get(lang, fb).to_string())
            .unwrap_or_else(|| id.clone()),
        (None, Some(o)) => o.get(lang, fb).to_string(),
        (None, None) => String::new(),
    }
}

/// The search line, or the search and filters in force.
fn banner(app: &App, f: &mut Frame, area: Rect) {
    let t = app.theme;
    let st = &app.followups;
    let mut spans: Vec<Span> = Vec::new();
    match &st.input {
        Some(input) => {
            spans.push(Span::styled(" / ", t.key()));
            let room = usize::from(area.width).saturating_sub(40).max(8);
            let shown = input_widget::shown(input, room);
            let x = area.x + 3 + shown.cursor as u16;
            spans.push(Span::raw(shown.before + &shown.after));
            f.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
            spans.push(Span::styled(
                format!("   {}", crate::tr!("tui-search-keeps")),
                t.dim(),
            ));
        }
        None if !st.query.trim().is_empty() => {
            spans.push(Span::styled(
                format!(" {} ", crate::tr!("tui-search-label")),
                t.header(),
            ));
            spans.push(Span::styled(fit(&st.query, 24), t.matched()));
        }
        None => spans.push(Span::styled(
            format!(" {}", crate::tr!("tui-slash-search")),
            t.dim(),
        )),
    }
    let field = super::format::field;
    let mut parts = vec![
        crate::tr!("tui-grouped-by", group = field(st.group.as_str())),
        format!("{}: {}", field("status"), status_filter_label(&st.status)),
    ];
    if let Some(o) = &st.owner {
        parts.push(format!("{}: {}", field("owner"), clean(o)));
    }
    if let Some(m) = &st.meeting {
        parts.push(format!("{}: {}", field("meeting"), clean(m)));
    }
    if let Some(x) = &st.tag {
        parts.push(format!("{}: {}", field("tag"), clean(x)));
    }
    if let Some(c) = &st.country {
        parts.push(format!("{}: {c}", field("country")));
    }
    spans.push(Span::raw(format!("   {}", parts.join(" · "))));
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    if app.followups.review.is_some() {
        super::review::render(app, f, l);
        return;
    }
    let t = app.theme;
    let st = &app.followups;
    banner(app, f, l.banner);
    let s = st.list.scroll;
    let window = s.window(st.rows.len(), l.list.height());
    let show_meeting = st.all && st.group != GroupBy::Meeting;
    let fixed: &[u16] = if show_meeting {
        &[2, 10, 11, 20, 16]
    } else {
        &[2, 10, 11, 20]
    };
    let title_w = usize::from(flexible_width(l.list.rows.width, fixed));
    let (lang, fb) = app.language();
    let cx = ItemCtx {
        app,
        query: crate::search::Query::new(&st.query),
        lang,
        fb,
        title_w,
        show_meeting,
    };
    let (rows, headings) = table_rows(&cx, &st.rows[window.clone()]);
    let (header, widths) = columns(title_w, show_meeting).split();
    let selected = st
        .rows
        .get(s.selected)
        .and_then(FuRow::item)
        .map(|_| s.selected - window.start);
    list_table(
        f,
        &l.list,
        ListTable {
            title: table_title(app),
            header,
            widths,
            rows,
            selected,
            empty: &crate::tr!("tui-followups-empty"),
        },
        t,
    );
    draw_headings(f, l.list.rows, headings);
    detail_pane(
        f,
        l.detail,
        Line::styled(format!(" {} ", crate::i18n::phrase("Follow-up")), t.title()),
        detail(app),
        st.list.detail_scroll,
        t,
    );
}

/// What an item row needs besides the item.
struct ItemCtx<'a> {
    app: &'a App,
    query: crate::search::Query,
    lang: String,
    fb: Vec<String>,
    title_w: usize,
    show_meeting: bool,
}

/// The shown rows, and the group and section headings with the row each
/// goes on: headings are empty rows with a line drawn over them afterwards,
/// so they can run across every column.
fn table_rows(cx: &ItemCtx, shown: &[FuRow]) -> (Vec<Row<'static>>, Vec<(usize, Line<'static>)>) {
    let t = cx.app.theme;
    let group = cx.app.followups.group;
    let mut headings = Vec::new();
    let rows = shown
        .iter()
        .enumerate()
        .map(|(n, r)| match r {
            FuRow::Group { label, count } => {
                let line = Line::styled(format!("{} ({count})", clean(label)), t.header());
                headings.push((n, line));
                Row::new(Vec::<Cell>::new())
            }
            FuRow::Section { state, count } => {
                headings.push((n, section_heading(group, *state, *count, t)));
                Row::new(Vec::<Cell>::new())
            }
            &FuRow::Item {
                entry,
                index,
                carried,
            } => item_row(cx, entry, index, carried),
        })
        .collect();
    (rows, headings)
}

/// A due section: `  !! overdue (3)`, indented under a group heading.
fn section_heading(group: GroupBy, state: DueState, count: usize, t: Theme) -> Line<'static> {
    let indent = if group == GroupBy::State { "" } else { "  " };
    let mk = section_mark(state);
    let style = match state {
        DueState::Overdue => t.error(),
        DueState::DueSoon => t.warning(),
        _ => t.dim(),
    };
    let text = if mk.is_empty() {
        format!("{indent}{} ({count})", section_label(state))
    } else {
        format!("{indent}{mk} {} ({count})", section_label(state))
    };
    Line::styled(text, style)
}

/// One follow-up: mark, due date, status, owner and title with the search
/// matches lit, and the meeting when every meeting is listed together.
fn item_row(cx: &ItemCtx, entry: MeetingId, index: usize, carried: bool) -> Row<'static> {
    let app = cx.app;
    let t = app.theme;
    let (lang, fb) = (cx.lang.as_str(), cx.fb.as_slice());
    let hl = |text: &str, w: usize| {
        let m = app.matcher.highlight(text, &cx.query);
        highlighted(text, &m, w, t.plain(), t.matched())
    };
    let m = app.library[entry].meeting();
    let fu = &m.follow_ups[index];
    let state = fu.due_state(app.today);
    let due_style = match state {
        DueState::Overdue => t.error(),
        DueState::DueSoon => t.warning(),
        DueState::Closed => t.dim(),
        _ => t.plain(),
    };
    let mut title = fu.title.get(lang, fb).to_string();
    if carried {
        title.push_str(&format!(" {}", crate::tr!("tui-carried-on")));
    }
    let mut cells = vec![
        Cell::from(mark(state, fu, t)),
        Cell::from(Span::styled(
            fu.due
                .map(|d| d.to_string())
                .unwrap_or_else(|| crate::tr!("tui-no-date")),
            due_style,
        )),
        Cell::from(super::format::value(fu.status.as_str())),
        Cell::from(hl(&owner(m, fu, lang, fb), 20)),
        Cell::from(hl(&title, cx.title_w)),
    ];
    if cx.show_meeting {
        cells.push(Cell::from(fitted(app.meeting_label(m), 16, t.dim())));
    }
    Row::new(cells)
}

fn columns(title_w: usize, show_meeting: bool) -> Columns {
    let mut c = Columns::new();
    c.push("", 2);
    c.push("Due", 10);
    c.push("Status", 11);
    c.push("Owner", 20);
    c.push("Follow-up", title_w as u16);
    if show_meeting {
        c.push("Meeting", 16);
    }
    c
}

/// `Follow-ups — every meeting: 12, 2 overdue, 1 due soon · today …`.
fn table_title(app: &App) -> Line<'static> {
    let st = &app.followups;
    let c = st.counts;
    let scope = if st.all {
        crate::tr!("tui-every-meeting")
    } else {
        app.current()
            .map(|e| clean(app.meeting_label(app.library[e].meeting())).into_owned())
            .unwrap_or_default()
    };
    Line::from(vec![
        Span::styled(
            format!(" {} ", crate::i18n::phrase("Follow-ups")),
            app.theme.title(),
        ),
        Span::raw(format!(
            "— {} ",
            crate::tr!(
                "tui-followups-title",
                scope = scope,
                total = c.total,
                overdue = c.overdue,
                soon = c.due_soon,
                today = app.today.to_string()
            )
        )),
    ])
}

/// The headings over their empty rows (`n` counts from the first shown row).
fn draw_headings(f: &mut Frame, rows: Rect, headings: Vec<(usize, Line<'static>)>) {
    for (n, line) in headings {
        let y = rows.y + n as u16;
        if y < rows.bottom() {
            f.render_widget(line, Rect::new(rows.x, y, rows.width, 1));
        }
    }
}

pub fn detail(app: &App) -> Vec<Line<'static>> {
    match app.followups.selected() {
        Some((e, i)) => detail_of(app, e, i),
        None => Vec::new(),
    }
}

/// Everything about one follow-up: owner, due, status, where it came from,
/// tags, and the whole progress log.
pub fn detail_of(app: &App, e: MeetingId, i: usize) -> Vec<Line<'static>> {
    let t = app.theme;
    let Some(m) = app.library.get(e).map(|x| x.meeting()) else {
        return Vec::new();
    };
    let Some(f) = m.follow_ups.get(i) else {
        return Vec::new();
    };
    let (lang, fb) = app.language();
    let lv = |k: &str, v: &str| label_value(&crate::i18n::phrase(k), v, t.header());
    let mut out = vec![Line::from(vec![
        Span::styled(clean(f.title.get(&lang, &fb)).into_owned(), t.title()),
        Span::styled(format!("  id: {}", clean(&f.id)), t.dim()),
    ])];
    out.push(lv("Meeting", app.meeting_label(m)));
    let owner_line = match (&f.owner, &f.owner_org) {
        (Some(id), _) => super::format::person_by_id(m, id, &lang, &fb),
        (None, Some(o)) => o.get(&lang, &fb).to_string(),
        (None, None) => crate::tr!("tui-nobody-yet"),
    };
    out.push(lv("Owner", &owner_line));
    out.push(due_line(f, app.today, t));
    let mut status = super::format::value(f.status.as_str());
    if let Some(c) = f.closed {
        status.push_str(&format!(
            " — {}",
            crate::tr!("tui-closed-on", date = c.to_string())
        ));
    }
    out.push(lv("Status", &status));
    if let Some(sid) = &f.session {
        out.push(lv("From session", &from_session(m, sid, &lang, &fb)));
    }
    if !f.tags.is_empty() {
        out.push(lv("Tags", &f.tags.join(", ")));
    }
    if let Some(c) = &f.carried_from {
        out.push(lv("Carried from", c));
    }
    if f.tentative.any() {
        out.push(Line::styled(
            format!("{} {}", marker::TENTATIVE, crate::tr!("tui-not-confirmed")),
            t.tentative(),
        ));
    }
    if let Some(n) = &f.notes {
        out.push(Line::raw(""));
        out.push(Line::raw(clean(n).into_owned()));
    }
    out.push(Line::raw(""));
    out.extend(progress_lines(f, t));
    out
}

/// `Due: !! 2022-11-30 — overdue by 3 days`: the date, its mark, and how
/// far off it is when that matters.
fn due_line(f: &FollowUp, today: NaiveDate, t: Theme) -> Line<'static> {
    let state = f.due_state(today);
    let due = match (f.due, state) {
        // After the label "Due:", so not "Due: no due date" in every language.
        (None, _) => crate::tr!("tui-due-line-none"),
        (Some(d), DueState::Overdue) => format!(
            "{d} — {}",
            crate::tr!("tui-overdue-by", n = (today - d).num_days())
        ),
        (Some(d), DueState::DueSoon) => match (d - today).num_days() {
            0 => format!("{d} — {}", crate::tr!("tui-due-today")),
            n => format!("{d} — {}", crate::tr!("tui-due-in", n = n)),
        },
        (Some(d), _) => d.to_string(),
    };
    let mk = mark(state, f, t);
    let mut spans = vec![Span::styled(
        format!("{}: ", crate::i18n::phrase("Due")),
        t.header(),
    )];
    if !mk.content.is_empty() {
        spans.push(mk);
        spans.push(Span::raw(" "));
    }
    spans.push(Span::raw(due));
    Line::from(spans)
}

/// The session a follow-up came from, or that its id names none.
fn from_session(m: &Meeting, sid: &str, lang: &str, fb: &[String]) -> String {
    m.session(sid)
        .map(|s| {
            format!(
                "{} — {} ({})",
                s.title.get(lang, fb),
                super::format::day(s.date),
                s.id
            )
        })
        .unwrap_or_else(|| crate::tr!("tui-no-such-session", id = sid))
}

/// The progress log, oldest first, or how to start one.
fn progress_lines(f: &FollowUp, t: Theme) -> Vec<Line<'static>> {
    if f.log.is_empty() {
        return vec![Line::styled(crate::tr!("tui-no-progress"), t.dim())];
    }
    let mut out = vec![Line::styled(
        crate::tr!("tui-progress", n = f.log.len()),
        t.header(),
    )];
    for l in &f.log {
        out.push(Line::raw(format!("  {}  {}", l.date, clean(&l.note))));
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
        view: View::FollowUps,
        about: "Follow-ups: commitments by due date",
        keys: KEYS,
        help_after: &[Scope::Review],
    },
    shape: Shape::stacked(true, 60),
    len: |app| app.followups.rows.len(),
    list: |app, _| app.followups.list.parts(),
    moves: Some(|app, delta, height| app.followups.move_by(delta, height)),
    command: ViewSpec::no_command,
    render,
    detail,
};

#[rustfmt::skip]
const KEYS: &[Binding] = &[
    b(Scope::In(View::FollowUps), &[ch('R')], C::StartReview, "review the open ones, oldest due first", "review"),
    b(Scope::In(View::FollowUps), &[ch('s')], C::StatusNext, "next status: open, in progress, waiting, done, dropped", "status"),
    b(Scope::In(View::FollowUps), &[ch('n')], C::AddNote, "add a progress note dated today", "note"),
    b(Scope::In(View::FollowUps), &[ch('d')], C::MoveDue, "change the due date (YYYY-MM-DD, +14d, +2w)", "due"),
    b(Scope::In(View::FollowUps), &[ch('e'), code(KeyCode::Enter)], C::EditFollowUp, "edit: title, owner (a participant or an organization), due date, tags", "edit"),
    b(Scope::In(View::FollowUps), &[ch('C')], C::CarryOver, "carry the open follow-ups of the series' previous meeting into this one", ""),
    b(Scope::In(View::FollowUps), &[ch('/')], C::Search, "search titles, owners, tags and notes (any script, words in any order)", "search"),
    b(Scope::In(View::FollowUps), &[ch('b')], C::GroupNext, "group by state, meeting, owner, status or due month", "group"),
    b(Scope::In(View::FollowUps), &[ch('a')], C::ToggleAllMeetings, "this meeting only, or every meeting", "all/one"),
    b(Scope::In(View::FollowUps), &[ch('o')], C::ToggleOpenOnly, "owed only, or every status", ""),
    b(Scope::In(View::FollowUps), &[ch('t')], C::FilterStatus, "filter by status (press again for the next)", ""),
    b(Scope::In(View::FollowUps), &[ch('w')], C::FilterOwner, "filter by owner (press again for the next)", ""),
    b(Scope::In(View::FollowUps), &[ch('m')], C::FilterMeeting, "filter by meeting (press again for the next)", ""),
    b(Scope::In(View::FollowUps), &[ch('#')], C::FilterTag, "filter by tag (press again for the next)", ""),
    b(Scope::In(View::FollowUps), &[ch('c')], C::FilterCountry, "filter by the owner's country (press again for the next)", ""),
    b(Scope::In(View::FollowUps), &[ch('x')], C::ClearFilters, "clear the search and every filter", ""),
    b(Scope::In(View::FollowUps), &[code(KeyCode::Esc)], C::Back, "clear search and filters; with none, back to the meetings", ""),
];
