//! Follow-ups: what meetings committed to, grouped (state, meeting, owner,
//! status, due month) with due sections in each group; overdue and
//! due-soon ones carry a marker (`!!`, `!`), not only a colour. The rows
//! come from `tui::followups::state`, made with `crate::followups`.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row};

use crate::domain::{DueState, FollowUp, FollowUpStatus, Meeting};
use crate::followups::GroupBy;
use crate::tui::app::App;
use crate::tui::app::followups::FuRow;
use crate::tui::app::followups::state::{section_label, status_filter_label};
use crate::tui::format::day;
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::library::{Entry, MeetingId};
use crate::tui::sanitize::{clean, fit, width};
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
    let due = due_text(f.due, app.today);
    let w = usize::from(due_width(app.today));
    Line::from(vec![
        Span::raw("  "),
        Span::styled(format!("{:2}", mk.content), mk.style),
        Span::raw(format!(
            " {due:w$} {:11} {}",
            super::format::value(f.status.as_str()),
            clean(f.title.get(lang, fb))
        )),
    ])
}

/// A due date as the interface writes days, the year only when it is not
/// this year's (`ср, 7 окт.`, `30 нояб. 2022`); "no date" without one.
/// ISO stays where a date is typed (the due prompt) and in exports.
fn due_text(due: Option<NaiveDate>, today: NaiveDate) -> String {
    match due {
        Some(d) => crate::i18n::dates::day_near(d, today, crate::i18n::current()),
        None => crate::tr!("tui-no-date"),
    }
}

/// The Due column's width: the widest date the language writes (a day in
/// this year with its weekday, or a day of another year), "no date" and
/// the header, so a Russian month is not cut, an English list keeps its
/// room for titles, and the column does not move as the list scrolls.
fn due_width(today: NaiveDate) -> u16 {
    let lang = crate::i18n::current();
    let widest_day = (1..=12)
        .filter_map(|month| NaiveDate::from_ymd_opt(today.year(), month, 28))
        .flat_map(|d| {
            let other = d.with_year(today.year() - 1).unwrap_or(d);
            [d, other]
        })
        .map(|d| width(&crate::i18n::dates::day_near(d, today, lang)))
        .max()
        .unwrap_or(0);
    let words = [crate::tr!("tui-no-date"), crate::i18n::phrase("Due")];
    let widest = words.iter().map(|w| width(w)).fold(widest_day, usize::max);
    u16::try_from(widest).unwrap_or(u16::MAX)
}

/// Cuts the widest of `values` a column at a time, each ending in `…`,
/// until their widths add up to `room` or none is wider than `floor`.
fn squeeze(values: &mut [String], room: usize, floor: usize) {
    loop {
        let total: usize = values.iter().map(|v| width(v)).sum();
        if total <= room {
            return;
        }
        let Some(widest) = values.iter_mut().max_by_key(|v| width(v)) else {
            return;
        };
        let w = width(widest);
        if w <= floor {
            return;
        }
        *widest = fit(widest, w - 1);
    }
}

/// The owner as a person or organization name.
fn owner(e: &Entry, f: &FollowUp, lang: &str, fb: &[String]) -> String {
    match (&f.owner, &f.owner_org) {
        (Some(id), _) => e
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
    let mut room =
        usize::from(area.width).saturating_sub(spans.iter().map(|s| width(&s.content)).sum());
    if st.input.is_none()
        && st.query.trim().is_empty()
        && filters_line(st, room, Fit::Whole).is_none()
    {
        // The footer says `/` searches: the filters need the room more.
        spans.clear();
        room = usize::from(area.width);
    }
    // What goes first when the filters do not fit: the grouping (the list's
    // headings show it), then more of each chosen name.
    let line = [Fit::Whole, Fit::NoGrouping, Fit::Tight]
        .into_iter()
        .find_map(|how| filters_line(st, room, how))
        .unwrap_or_else(|| {
            let all = filters_line(st, usize::MAX, Fit::Tight).unwrap_or_default();
            fit(&all, room.saturating_sub(3))
        });
    let gap = if spans.is_empty() { " " } else { "   " };
    spans.push(Span::raw(format!("{gap}{line}")));
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// How hard [`filters_line`] tries to fit.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Every part; chosen names cut to no less than six columns.
    Whole,
    /// Without the grouping.
    NoGrouping,
    /// Without the grouping, chosen names cut to three columns.
    Tight,
}

/// `grouped by state · status: open · owner: Kazakhst… · meeting: ICT…`
/// in `room` columns (after a gap of three): every filter in force keeps
/// its name, the longest of the chosen owner, meeting and tag are cut with
/// `…` to fit. `None` when even cut they do not fit.
fn filters_line(
    st: &crate::tui::app::followups::FollowUpsState,
    room: usize,
    how: Fit,
) -> Option<String> {
    let field = super::format::field;
    let mut fixed = vec![format!(
        "{}: {}",
        field("status"),
        status_filter_label(&st.status)
    )];
    if how == Fit::Whole {
        fixed.insert(
            0,
            crate::tr!("tui-grouped-by", group = field(st.group.as_str())),
        );
    }
    let mut labels = Vec::new();
    let mut values = Vec::new();
    for (name, v) in [
        ("owner", &st.owner),
        ("meeting", &st.meeting),
        ("tag", &st.tag),
    ] {
        if let Some(v) = v {
            labels.push(format!("{}: ", field(name)));
            values.push(clean(v).into_owned());
        }
    }
    if let Some(c) = &st.country {
        fixed.push(format!("{}: {c}", field("country")));
    }
    let sep = width(" · ");
    let count = fixed.len() + labels.len();
    let fixed_w: usize =
        fixed.iter().chain(&labels).map(|s| width(s)).sum::<usize>() + sep * (count - 1) + 3;
    let floor = if how == Fit::Tight { 3 } else { 6 };
    squeeze(&mut values, room.saturating_sub(fixed_w), floor);
    let chosen = labels.iter().zip(&values).map(|(l, v)| format!("{l}{v}"));
    let country = if st.country.is_some() {
        fixed.pop()
    } else {
        None
    };
    let line = fixed
        .into_iter()
        .chain(chosen)
        .chain(country)
        .collect::<Vec<_>>()
        .join(" · ");
    (width(&line) + 3 <= room).then_some(line)
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
    let due_w = due_width(app.today);
    let fixed: &[u16] = if show_meeting {
        &[2, due_w, 11, 20, 16]
    } else {
        &[2, due_w, 11, 20]
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
    let (header, widths) = columns(due_w, title_w, show_meeting).split();
    let selected = st
        .rows
        .get(s.selected)
        .and_then(FuRow::item)
        .map(|_| s.selected - window.start);
    list_table(
        f,
        &l.list,
        ListTable {
            title: table_title(app, l.list.rows.width),
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
    let e = &app.library[entry];
    let m = e.meeting();
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
        Cell::from(Span::styled(due_text(fu.due, app.today), due_style)),
        Cell::from(super::format::value(fu.status.as_str())),
        Cell::from(hl(&owner(e, fu, lang, fb), 20)),
        Cell::from(hl(&title, cx.title_w)),
    ];
    if cx.show_meeting {
        cells.push(Cell::from(fitted(app.meeting_label(m), 16, t.dim())));
    }
    Row::new(cells)
}

fn columns(due_w: u16, title_w: usize, show_meeting: bool) -> Columns {
    let mut c = Columns::new();
    c.push("", 2);
    c.push("Due", due_w);
    c.push("Status", 11);
    c.push("Owner", 20);
    c.push("Follow-up", title_w as u16);
    if show_meeting {
        c.push("Meeting", 16);
    }
    c
}

/// `Follow-ups — every meeting: 12, 2 overdue, 1 due soon · today Wed 2 Dec`
/// on a border `width` wide: the counts are what the title is for, so a
/// meeting's name too long for the rest is cut with `…` (it is whole in
/// the header's top line and the detail).
fn table_title(app: &App, width_: u16) -> Line<'static> {
    let st = &app.followups;
    let c = st.counts;
    let scope = if st.all {
        crate::tr!("tui-every-meeting")
    } else {
        app.current()
            .map(|e| clean(app.meeting_label(app.library[e].meeting())).into_owned())
            .unwrap_or_default()
    };
    let name = format!(" {} ", crate::i18n::phrase("Follow-ups"));
    let said = |scope: &str| {
        crate::tr!(
            "tui-followups-title",
            scope = scope,
            total = c.total,
            overdue = c.overdue,
            soon = c.due_soon,
            today = crate::i18n::dates::short_day_month(app.today, crate::i18n::current())
        )
    };
    // `width_` is inside the border; a dash of it stays on the right.
    let room = |said: &str| {
        usize::from(width_).saturating_sub(width(&name) + width("— ") + width(said) + 1)
    };
    let text = if !st.all {
        said(&fit(&scope, room(&said("")).max(8)))
    } else if room(&said("")) >= width(&scope) {
        said(&scope)
    } else {
        // "every meeting" is not cut: today goes first (the due marks say
        // what is late).
        crate::tr!(
            "tui-followups-title-no-today",
            scope = scope,
            total = c.total,
            overdue = c.overdue,
            soon = c.due_soon
        )
    };
    Line::from(vec![
        Span::styled(name, app.theme.title()),
        Span::raw(format!("— {text} ")),
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
    let Some(entry) = app.library.get(e) else {
        return Vec::new();
    };
    let m = entry.meeting();
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
        (Some(id), _) => super::format::person_by_id(entry, id, &lang, &fb),
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
        // A proposed date passing is not a missed deadline: say which it is.
        (Some(d), DueState::Overdue) if f.tentative.covers("due") => format!(
            "{} — {}",
            day(d),
            crate::tr!("tui-overdue-by-proposed", n = (today - d).num_days())
        ),
        (Some(d), DueState::Overdue) => format!(
            "{} — {}",
            day(d),
            crate::tr!("tui-overdue-by", n = (today - d).num_days())
        ),
        (Some(d), DueState::DueSoon) => match (d - today).num_days() {
            0 => format!("{} — {}", day(d), crate::tr!("tui-due-today")),
            n => format!("{} — {}", day(d), crate::tr!("tui-due-in", n = n)),
        },
        (Some(d), _) => day(d),
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
