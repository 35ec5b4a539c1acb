//! Schedule: one meeting day by day, sessions and breaks in time order in
//! the meeting's time zone; the selected session's items, speakers,
//! documents and warnings in the detail pane.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row};

use super::format;
use crate::domain::{Document, Meeting, Session};
use crate::tui::app::{App, ScheduleRow};
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::library::Entry;
use crate::tui::sanitize::{clean, fit, fit_words};
use crate::tui::theme::{Theme, marker};
use crate::tui::widgets::input as input_widget;
use crate::tui::widgets::{Columns, ListTable, detail_pane, fitted, label_value, list_table};
use crate::tui::zone_view;

fn banner(app: &App, e: &Entry, width: u16) -> Line<'static> {
    let t = app.theme;
    let m = e.meeting();
    if let Some(input) = &app.zone.input {
        // Says as you type whether the name is a zone, and what was meant if not.
        let verdict = match crate::zones::parse(input) {
            _ if input.trim().is_empty() => crate::tr!("tui-zone-type-iana"),
            Ok(tz) => crate::tr!(
                "tui-zone-enter-shows",
                zone = zone_view::heading(tz, m.start_date)
            ),
            Err(e) => format!(
                "{} {}: {}",
                marker::WARNING,
                e.msg().render(crate::i18n::current()),
                e.hint_msg.render(crate::i18n::current())
            ),
        };
        let mut spans = vec![Span::styled(
            format!(" {} ", crate::tr!("tui-zone-show-in")),
            t.header(),
        )];
        spans.extend(input_widget::with_marker(
            input,
            48,
            Span::styled("_", t.dim()),
        ));
        spans.push(Span::styled("  ", t.dim()));
        spans.push(Span::raw(verdict));
        return Line::from(spans);
    }
    // The dates go first when the line is too wide (a long title, or longer
    // Russian words): the day headings below say them, the zone nothing else does.
    let full = meeting_banner(app, m, true);
    if full.width() <= usize::from(width) {
        return full;
    }
    // Then the title gives way, cut after a word (the tab bar names the
    // meeting too): what the times are in is what this line is for.
    let mut short = meeting_banner(app, m, false);
    let w = usize::from(width);
    let rest = width_after_first(&short.spans);
    if short.width() > w
        && let Some(title) = short.spans.first_mut()
    {
        let room = w.saturating_sub(rest + 2);
        let text = title.content.trim().to_string();
        title.content = if room >= 6 {
            format!(" {} ", fit_words(&text, room)).into()
        } else {
            " ".into()
        };
    }
    if short.width() > w {
        // Narrower still: the whole line, cut after a word.
        let text: String = short.spans.iter().map(|s| s.content.as_ref()).collect();
        return Line::raw(fit_words(&text, w));
    }
    short
}

/// The width of `spans` but the first.
fn width_after_first(spans: &[Span]) -> usize {
    spans.iter().skip(1).map(Span::width).sum()
}

/// Title, dates (when `dates`) and the zone the times are in.
fn meeting_banner(app: &App, m: &Meeting, dates: bool) -> Line<'static> {
    let t = app.theme;
    let when = if dates {
        format!("· {} · ", format::meeting_dates(m))
    } else {
        "· ".to_string()
    };
    let mut spans = vec![
        Span::styled(
            format!(" {} ", clean(m.label_in(&app.language().0))),
            t.title(),
        ),
        Span::raw(format!("{when}{} ", crate::tr!("tui-times-in"))),
    ];
    match app.zone.zones(m) {
        Some((written, shown)) if written != shown => {
            spans.push(Span::styled(
                zone_view::heading(shown, m.start_date),
                t.header(),
            ));
            spans.push(Span::raw(format!(
                " {}",
                crate::tr!("tui-written-in", zone = written.name())
            )));
        }
        _ => spans.push(Span::styled(
            format::zone(&m.timezone, m.start_date),
            t.header(),
        )),
    }
    if m.tentative.covers("timezone") {
        spans.push(Span::styled(
            format!(" {}", crate::tr!("tui-zone-not-confirmed-short")),
            t.warning(),
        ));
    }
    Line::from(spans)
}

fn marks(e: &Entry, i: usize) -> String {
    let s = &e.meeting().sessions[i];
    let mut m = String::new();
    let mine = e.session_problems.get(i).map_or(&[][..], Vec::as_slice);
    if mine
        .iter()
        .any(|&p| e.problems.get(p).is_some_and(|p| p.is_error()))
    {
        m.push_str(marker::ERROR);
    } else if !mine.is_empty() {
        m.push_str(marker::WARNING);
    }
    if s.tentative.any() {
        m.push_str(marker::TENTATIVE);
    }
    m
}

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let Some(e) = app.schedule.entry.and_then(|i| app.library.get(i)) else {
        return;
    };
    f.render_widget(Paragraph::new(banner(app, e, l.banner.width)), l.banner);
    if let Some(c) = &app.schedule.grid {
        super::schedule_grid::render(app, f, e, c, l.banner);
        return;
    }
    session_table(app, f, l, e);
    detail_pane(
        f,
        l.detail,
        Line::styled(format!(" {} ", crate::i18n::phrase("Session")), t.title()),
        detail(app),
        app.schedule.list.detail_scroll,
        t,
    );
}

/// What a session row needs besides the session.
struct RowCtx<'a> {
    app: &'a App,
    e: &'a Entry,
    lang: String,
    fb: Vec<String>,
    title_w: u16,
    /// Wide enough for the chair's column.
    wide: bool,
}

/// The list: a heading per day, then its sessions and breaks.
fn session_table(app: &App, f: &mut Frame, l: &ViewLayout, e: &Entry) {
    let t = app.theme;
    let m = e.meeting();
    let wide = l.list.rows.width >= 90;
    let s = app.schedule.list.scroll;
    let window = s.window(app.schedule.rows.len(), l.list.height());
    let fixed: &[u16] = if wide {
        &[2, 13, 14, 18, 8]
    } else {
        &[2, 13, 14, 8]
    };
    let (lang, fb) = app.language();
    let cx = RowCtx {
        app,
        e,
        lang,
        fb,
        title_w: flexible_width(l.list.rows.width, fixed),
        wide,
    };
    // Shown in another zone, a meeting can span more (or fewer) days.
    let days = if app.zone.converted(m) {
        zone_view::day_count(&app.schedule.rows)
    } else {
        m.days().len()
    };
    let rows: Vec<Row> = app.schedule.rows[window.clone()]
        .iter()
        .map(|r| match *r {
            ScheduleRow::Day(d, n) => day_row(d, n, days, t),
            ScheduleRow::Session(i) => session_row(&cx, i),
        })
        .collect();
    let (header, widths) = columns(cx.title_w, wide).split();
    let title = Line::from(vec![
        Span::styled(format!(" {} ", crate::i18n::phrase("Schedule")), t.title()),
        Span::raw(format!(
            "{} ",
            crate::tr!(
                "tui-over-days",
                what = crate::tr!("count-sessions", n = m.sessions.len()),
                days = m.days().len()
            )
        )),
    ]);
    list_table(
        f,
        &l.list,
        ListTable {
            title,
            header,
            widths,
            rows,
            selected: app.selected_session().map(|_| s.selected - window.start),
            empty: &crate::tr!("tui-schedule-empty"),
        },
        t,
    );
}

fn columns(title_w: u16, wide: bool) -> Columns {
    let mut c = Columns::new();
    c.push("", 2);
    c.push("Time", 13);
    c.push("Session", title_w);
    c.push("Where", 14);
    if wide {
        c.push("Chair", 18);
    }
    c.push_constraint("Lang", Constraint::Fill(1));
    c
}

/// `Day 2/3  ── Tue 6 Oct 2020 ──`.
fn day_row(d: NaiveDate, n: usize, days: usize, t: Theme) -> Row<'static> {
    Row::new(vec![
        Cell::from(""),
        Cell::from(Span::styled(
            crate::tr!("tui-day-of", n = n, days = days),
            t.header(),
        )),
        Cell::from(Span::styled(
            format!("── {} ──", format::day(d)),
            t.header(),
        )),
    ])
}

/// A session or break: marks, time (tentative ones styled so), title,
/// place, chair on wide screens, languages.
fn session_row(cx: &RowCtx, i: usize) -> Row<'static> {
    let (app, m) = (cx.app, cx.e.meeting());
    let t = app.theme;
    let s = &m.sessions[i];
    let mk = marks(cx.e, i);
    let mk_style = if mk.contains(marker::WARNING) {
        t.warning()
    } else {
        t.tentative()
    };
    let title_style = if s.is_break() { t.dim() } else { t.plain() };
    let mut title = s.title.get(&cx.lang, &cx.fb).to_string();
    if s.is_break() {
        title = format!("({title})");
    }
    let mut cells = vec![
        Cell::from(Span::styled(mk, mk_style)),
        Cell::from(Span::styled(
            zone_view::time_span(m, s, &app.zone),
            if s.tentative.covers("start") || s.tentative.covers("end") {
                t.tentative()
            } else {
                t.plain()
            },
        )),
        Cell::from(fitted(&title, usize::from(cx.title_w), title_style)),
        Cell::from(fitted(&place(m, s), 14, t.plain())),
    ];
    if cx.wide {
        let chair = s.chair.as_deref().map(|c| {
            cx.e.participant(c)
                .map(|p| p.name.get(&cx.lang, &cx.fb).to_string())
                .unwrap_or(c.to_string())
        });
        cells.push(Cell::from(fitted(
            &chair.unwrap_or_default(),
            18,
            t.plain(),
        )));
    }
    cells.push(Cell::from(format::languages_short(s)));
    Row::new(cells)
}

/// The room, or `online` for a session with a link or in an online
/// meeting; marked when the room is not confirmed.
fn place(m: &Meeting, s: &Session) -> String {
    let online = s.link.is_some() || m.format == crate::domain::Format::Online;
    let mut place = s.room.clone().unwrap_or_else(|| {
        if online {
            format::value("online")
        } else {
            String::new()
        }
    });
    if s.tentative.covers("room") && !place.is_empty() {
        place.push_str(marker::TENTATIVE);
    }
    place
}

fn documents(
    out: &mut Vec<Line<'static>>,
    docs: &[Document],
    indent: &str,
    lang: &str,
    fb: &[String],
    t: Theme,
) {
    for d in docs {
        let code = d.language.clone().unwrap_or_else(|| "--".into());
        let mut line = vec![
            Span::raw(indent.to_string()),
            Span::styled(format!("[{code}] "), t.header()),
            Span::raw(format!(
                "{}: {}",
                kind(d),
                clean(d.title.get(d.language.as_deref().unwrap_or(lang), fb))
            )),
        ];
        if let Some(u) = &d.url {
            line.push(Span::styled(format!("  {}", clean(u)), t.dim()));
        }
        out.push(Line::from(line));
    }
}

fn kind(d: &Document) -> String {
    use crate::domain::DocumentKind as K;
    crate::tr!(match d.kind {
        K::Document => "tui-doc-document",
        K::ConceptNote => "tui-doc-concept-note",
        K::Programme => "tui-doc-programme",
        K::Presentation => "tui-doc-presentation",
        K::Recording => "tui-doc-recording",
        K::Report => "tui-doc-report",
    })
}

fn tentative_line(s: &Session, t: Theme) -> Option<Line<'static>> {
    if !s.tentative.any() {
        return None;
    }
    let what = if s.tentative.fields().is_empty() {
        crate::tr!("tui-whole-session")
    } else {
        s.tentative
            .fields()
            .iter()
            .map(|x| format::field(x))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Some(Line::styled(
        format!(
            "{} {}",
            marker::TENTATIVE,
            crate::tr!("tui-not-confirmed-what", what = what)
        ),
        t.tentative(),
    ))
}

fn people_line(
    e: &Entry,
    label: &str,
    ids: &[String],
    lang: &str,
    fb: &[String],
    t: Theme,
) -> Vec<Line<'static>> {
    ids.iter()
        .enumerate()
        .map(|(n, id)| {
            let head = if n == 0 {
                format!("{label}: ")
            } else {
                " ".repeat(label.chars().count() + 2)
            };
            Line::from(vec![
                Span::styled(head, t.header()),
                Span::raw(clean(&format::person_by_id(e, id, lang, fb)).into_owned()),
            ])
        })
        .collect()
}

/// The selected session: what, when (also in the shown zone), its
/// problems, facts, items, documents and the follow-ups it produced.
pub fn detail(app: &App) -> Vec<Line<'static>> {
    let (Some(e), Some(i)) = (
        app.schedule.entry.and_then(|i| app.library.get(i)),
        app.selected_session(),
    ) else {
        return Vec::new();
    };
    let m = e.meeting();
    let s = &m.sessions[i];
    let (lang, fb) = app.language();
    let cx = Cx {
        m,
        e,
        lang: &lang,
        fb: &fb,
        t: app.theme,
    };
    let mut out = when_lines(app, &cx, s);
    out.extend(problem_lines(e, i, cx.t));
    out.extend(fact_lines(&cx, s));
    out.extend(local_times(e, s, &lang, &fb, cx.t));
    if let Some(d) = &s.description {
        out.push(Line::raw(""));
        out.push(Line::raw(clean(d.get(&lang, &fb)).into_owned()));
    }
    out.extend(item_lines(&cx, s));
    if !s.documents.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(crate::tr!("tui-documents"), cx.t.header()));
        documents(&mut out, &s.documents, "  ", &lang, &fb, cx.t);
    }
    if let Some(n) = &s.notes {
        out.push(Line::raw(""));
        out.push(Line::styled(fit(n, 10_000), cx.t.dim()));
    }
    out.extend(produced_lines(app, &cx, s));
    out
}

/// What the detail helpers share: the meeting, the display language and theme.
struct Cx<'a> {
    m: &'a Meeting,
    /// Finds people by id in one step.
    e: &'a Entry,
    lang: &'a str,
    fb: &'a [String],
    t: Theme,
}

/// Title, kind, day and time (and in the shown zone), what is tentative.
fn when_lines(app: &App, cx: &Cx, s: &Session) -> Vec<Line<'static>> {
    let (m, t) = (cx.m, cx.t);
    let mut out = vec![
        Line::styled(clean(s.title.get(cx.lang, cx.fb)).into_owned(), t.title()),
        Line::raw(format!(
            "{} · {} · {} ({})  id: {}",
            format::value(s.kind.as_str()),
            format::day(s.date),
            format::time_span(s),
            m.timezone,
            clean(&s.id)
        )),
    ];
    if let Some((written, shown)) = app.zone.zones(m).filter(|(w, s)| w != s)
        && let Some(x) = crate::zones::session(written, s, shown)
    {
        out.push(Line::styled(
            format!(
                "{}{}",
                crate::tr!(
                    "tui-in-zone",
                    zone = shown.name(),
                    day = format::day(x.date()),
                    range = x.range()
                ),
                if x.crosses_midnight {
                    format!(" {}", crate::tr!("tui-past-midnight"))
                } else {
                    String::new()
                }
            ),
            t.header(),
        ));
    }
    out.extend(tentative_line(s, t));
    out
}

/// The session's errors and warnings, each with its marker.
fn problem_lines(e: &Entry, i: usize, t: Theme) -> Vec<Line<'static>> {
    let mine = e.session_problems.get(i).map_or(&[][..], Vec::as_slice);
    mine.iter()
        .filter_map(|&p| e.problems.get(p))
        .map(|p| {
            let (mk, style) = if p.is_error() {
                (marker::ERROR, t.error())
            } else {
                (marker::WARNING, t.warning())
            };
            Line::styled(
                format!(
                    "{mk} {}: {}",
                    p.severity.word(crate::i18n::current()),
                    clean(&p.message_in(crate::i18n::current()))
                ),
                style,
            )
        })
        .collect()
}

/// Room, link, lead, chair and languages (with the booths' interpreters).
fn fact_lines(cx: &Cx, s: &Session) -> Vec<Line<'static>> {
    let (lang, fb, t) = (cx.lang, cx.fb, cx.t);
    let lv = |k: &str, v: &str| label_value(&crate::i18n::phrase(k), v, t.header());
    let mut out = Vec::new();
    if let Some(r) = &s.room {
        out.push(lv("Room", r));
    }
    if let Some(l) = &s.link {
        out.push(lv("Link", l));
    }
    if let Some(l) = &s.lead {
        out.push(lv("Lead", l.get(lang, fb)));
    }
    if let Some(c) = &s.chair {
        out.extend(people_line(
            cx.e,
            &crate::i18n::phrase("Chair"),
            std::slice::from_ref(c),
            lang,
            fb,
            t,
        ));
    }
    if !s.language.is_empty() || !s.interpretation.is_empty() {
        let mut l = crate::tr!("tui-floor", languages = format::language_names(&s.language));
        if !s.interpretation.is_empty() {
            let to: Vec<String> = s.interpretation.iter().map(|c| booth(cx, c)).collect();
            l.push_str(" · ");
            l.push_str(&crate::tr!(
                "tui-interpreted-into",
                languages = to.join("; ")
            ));
        }
        out.push(lv("Languages", &l));
    }
    out
}

/// `Russian (Li Fan, Ana Ruiz)`: a channel and its interpreters.
fn booth(cx: &Cx, c: &crate::domain::Channel) -> String {
    let mut x = format::language(&c.to);
    if !c.interpreters.is_empty() {
        let names: Vec<String> = c
            .interpreters
            .iter()
            .map(|id| {
                cx.e.participant(id)
                    .map(|p| p.name.get(cx.lang, cx.fb).to_string())
                    .unwrap_or(id.clone())
            })
            .collect();
        x.push_str(&format!(" ({})", names.join(", ")));
    }
    x
}

/// The session's items: title, minutes, speakers, presenter, documents, notes.
fn item_lines(cx: &Cx, s: &Session) -> Vec<Line<'static>> {
    let (lang, fb, t) = (cx.lang, cx.fb, cx.t);
    let mut out = Vec::new();
    if !s.items.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(
            crate::tr!("tui-items-n", n = s.items.len()),
            t.header(),
        ));
    }
    for (n, it) in s.items.iter().enumerate() {
        let mut head = vec![
            Span::styled(format!("{:>2}. ", n + 1), t.header()),
            if it.title.is_empty() {
                Span::styled(crate::tr!("tui-item-untitled"), t.dim())
            } else {
                Span::raw(clean(it.title.get(lang, fb)).into_owned())
            },
        ];
        if it.tentative.any() {
            head.push(Span::styled(
                format!(" {}", marker::TENTATIVE),
                t.tentative(),
            ));
        }
        if let Some(min) = it.minutes {
            head.push(Span::styled(
                format!(" {}", crate::tr!("tui-minutes-n", n = min)),
                t.dim(),
            ));
        }
        out.push(Line::from(head));
        let speaker = format!("    {}", crate::tr!("tui-speaker"));
        out.extend(people_line(cx.e, &speaker, &it.speakers, lang, fb, t));
        for (label, who) in [
            ("tui-presenter", &it.presenter),
            ("tui-on-behalf-of", &it.on_behalf_of),
        ] {
            if let Some(p) = who {
                out.push(Line::from(vec![
                    Span::styled(format!("    {}: ", crate::tr!(label)), t.header()),
                    Span::raw(clean(p.get(lang, fb)).into_owned()),
                ]));
            }
        }
        documents(&mut out, &it.documents, "    ", lang, fb, t);
        if let Some(notes) = &it.notes {
            out.push(Line::styled(format!("    {}", clean(notes)), t.dim()));
        }
    }
    out
}

/// The follow-ups the session produced (`f` adds one).
fn produced_lines(app: &App, cx: &Cx, s: &Session) -> Vec<Line<'static>> {
    let m = cx.m;
    let produced = crate::followups::produced_by(m, &s.id);
    let mut out = vec![
        Line::raw(""),
        Line::styled(
            crate::tr!("tui-produced", n = produced.len()),
            cx.t.header(),
        ),
    ];
    out.extend(
        produced
            .into_iter()
            .map(|i| super::followups::summary_line(app, &m.follow_ups[i], cx.lang, cx.fb)),
    );
    if m.follow_ups
        .iter()
        .all(|f| f.session.as_deref() != Some(s.id.as_str()))
    {
        out.push(Line::styled(
            format!("  {}", crate::tr!("tui-f-adds-one")),
            cx.t.dim(),
        ));
    }
    out
}

/// What time the session is for its chair and each speaker, `!` when it
/// falls outside their 07:00–22:00, and why when their zone is unknown.
fn local_times(e: &Entry, s: &Session, lang: &str, fb: &[String], t: Theme) -> Vec<Line<'static>> {
    let times = crate::zones::local_times_with(e.meeting(), s, |id| e.participant(id));
    if times.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Line::styled(crate::tr!("tui-local-times"), t.header())];
    for lt in times {
        let who = e
            .participant(&lt.id)
            .map(|p| p.name.get(lang, fb).to_string())
            .unwrap_or_else(|| lt.id.clone());
        let role = format::value(match lt.booking {
            crate::zones::Booking::Chair => "chair",
            crate::zones::Booking::Speaker => "speaker",
        });
        let (mk, text, style) = match (&lt.zone, lt.start) {
            (Ok((tz, src)), Some(st)) => {
                let range = match lt.end {
                    Some(en) if en.date_naive() != st.date_naive() => {
                        format!(
                            "{}–{} {}",
                            st.format("%H:%M"),
                            en.format("%H:%M"),
                            crate::tr!("tui-plus-one-day")
                        )
                    }
                    Some(en) => format!("{}–{}", st.format("%H:%M"), en.format("%H:%M")),
                    None => st.format("%H:%M").to_string(),
                };
                let from = match src {
                    crate::zones::ZoneSource::Given => String::new(),
                    crate::zones::ZoneSource::Country => {
                        format!(", {}", crate::tr!("tui-from-country"))
                    }
                    crate::zones::ZoneSource::Meeting => {
                        format!(", {}", crate::tr!("tui-in-the-room"))
                    }
                };
                let (mk, note, style) = if lt.outside_day {
                    (
                        marker::WARNING,
                        format!(" — {}", crate::tr!("tui-outside-day")),
                        t.warning(),
                    )
                } else {
                    (" ", String::new(), t.plain())
                };
                let wd = crate::i18n::dates::short_weekday(
                    chrono::Datelike::weekday(&st.date_naive()),
                    crate::i18n::current(),
                );
                (
                    mk,
                    format!("{range} {wd} ({}{from}){note}", tz.name()),
                    style,
                )
            }
            (Err(why), _) => (
                "?",
                crate::tr!("tui-time-unknown-why", why = why.to_string()),
                t.dim(),
            ),
            (Ok(_), None) => ("?", crate::tr!("tui-time-unknown"), t.dim()),
        };
        out.push(Line::from(vec![
            Span::styled(format!("{mk} "), style),
            Span::raw(format!("{}, {role}: ", clean(&who))),
            Span::styled(clean(&text).into_owned(), style),
        ]));
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
        view: View::Schedule,
        about: "Schedule of the selected meeting, day by day",
        keys: KEYS,
        help_after: &[Scope::Grid],
    },
    shape: Shape::beside(55, 50),
    len: |app| app.schedule.rows.len(),
    list: |app, _| app.schedule.list.parts(),
    moves: Some(App::move_schedule),
    command: ViewSpec::no_command,
    render,
    detail,
};

#[rustfmt::skip]
const KEYS: &[Binding] = &[
    b(Scope::In(View::Schedule), &[ch('z')], C::CycleZone, "show times in the next zone: the meeting's, UTC, the participants'", "zone"),
    b(Scope::In(View::Schedule), &[ch('Z')], C::TypeZone, "show times in a zone you type (IANA name, e.g. Europe/Paris)", ""),
    b(Scope::In(View::Schedule), &[code(KeyCode::Esc), ch('h')], C::Back, "back to the meeting's zone; in it, back to the meetings", "back"),
    b(Scope::In(View::Schedule), &[ch('v')], C::ToggleGrid, "show the day as a grid of rooms side by side, or as the list again", "list/grid"),
    b(Scope::In(View::Schedule), &[ch('f')], C::AddFollowUp, "add a follow-up this session produced", "follow-up"),
    b(Scope::In(View::Schedule), &[ch('a')], C::AddSession, "add a session", "add"),
    b(Scope::In(View::Schedule), &[ch('b')], C::AddBreak, "add a break", ""),
    b(Scope::In(View::Schedule), &[ch('e'), code(KeyCode::Enter)], C::Edit, "edit the session (title, times, room, chair, languages...)", "edit"),
    b(Scope::In(View::Schedule), &[ch('D')], C::Duplicate, "duplicate the session", ""),
    b(Scope::In(View::Schedule), &[ch('d'), code(KeyCode::Delete)], C::Delete, "delete the session (asks first)", ""),
    b(Scope::In(View::Schedule), &[ch('m')], C::MoveSession, "move the session to another day or time", "move"),
    b(Scope::In(View::Schedule), &[ch('F')], C::FindSlot, "find a free time for the session: ranked slots, near misses and why", "find slot"),
    b(Scope::In(View::Schedule), &[ch('<')], C::Shorter, "shorten the session by 15 minutes", ""),
    b(Scope::In(View::Schedule), &[ch('>')], C::Longer, "lengthen the session by 15 minutes", ""),
    b(Scope::In(View::Schedule), &[ch('[')], C::ShorterBit, "shorten the session by 5 minutes", ""),
    b(Scope::In(View::Schedule), &[ch(']')], C::LongerBit, "lengthen the session by 5 minutes", ""),
    b(Scope::In(View::Schedule), &[ch('R')], C::Resize, "set the session's end or length, optionally shifting the rest of the day", ""),
    b(Scope::In(View::Schedule), &[ch('i')], C::Items, "the session's items (presentations): add, edit, delete, reorder", "items"),
];
