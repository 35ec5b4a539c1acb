//! Interpretation: per day, each session against the languages (floor,
//! booth with its team against the norm, or missing), the booths under
//! each session with who is in them; in the detail pane the selected
//! booth's team and how each fits, its turn plan, the warnings with their
//! rule, and each interpreter's load that day. The choice popup for
//! staffing is drawn over it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row};

use super::format;
use crate::domain::{Meeting, Session};
use crate::staffing::{self, Booth, Cell as Plan, SessionRow};
use crate::tui::app::App;
use crate::tui::app::interp::{InterpRow, Popup};
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::sanitize::{clean, fit, width as cols};
use crate::tui::theme::{Theme, marker};
use crate::tui::widgets::input as input_widget;
use crate::tui::widgets::{Columns, ListTable, detail_pane, fitted, list_table};
use crate::tui::zone_view;

const CELL: u16 = 9;

fn name(m: &Meeting, id: &str, lang: &str) -> String {
    m.participant(id)
        .map(|p| p.display_name(lang, &m.languages))
        .unwrap_or_else(|| format!("`{id}` {}", crate::tr!("tui-not-on-roster-mark")))
}

/// `2/2 2w`, `1/2 !`, `open`: a booth in one cell.
pub fn booth_cell(b: &Booth) -> String {
    if b.interpreters.is_empty() {
        return crate::tr!("tui-booth-open");
    }
    let need = b
        .required
        .as_ref()
        .map_or("?".to_string(), |r| r.interpreters.to_string());
    let mut c = format!("{}/{need}", b.interpreters.len());
    if b.two_way {
        c.push(' ');
        c.push_str(&crate::tr!("tui-booth-two-way-mark"));
    }
    if b.short_of().is_some() {
        c.push_str(&format!(" {}", marker::WARNING));
    }
    c
}

fn row_of(app: &App, s: usize) -> Option<&SessionRow> {
    app.interp
        .days
        .iter()
        .flat_map(|d| d.rows.iter())
        .find(|r| r.session == s)
}

fn booth_of(app: &App, s: usize, ch: usize) -> Option<&Booth> {
    row_of(app, s)?.booths.iter().find(|b| b.channel == ch)
}

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let Some(e) = app.interp.entry.and_then(|i| app.library.get(i)) else {
        return;
    };
    let m = e.meeting();
    f.render_widget(Paragraph::new(banner(app, m, l.banner.width)), l.banner);
    plan_table(app, f, l, m);
    let detail_title = match app.interp.selected() {
        Some(InterpRow::Booth(..)) => format!(" {} ", crate::i18n::phrase("Booth")),
        _ => format!(" {} ", crate::i18n::phrase("Session")),
    };
    detail_pane(
        f,
        l.detail,
        Line::styled(detail_title, t.title()),
        detail(app),
        app.interp.list.detail_scroll,
        t,
    );
    if let Some(p) = &app.interp.popup {
        popup(f, f.area(), p, t);
    }
}

/// The meeting, how many warnings, and the zone the times are shown in,
/// on a line `width` wide. The warnings and the zone are what the line is
/// for; the meeting's name is also at the top right, so it is the part cut
/// with `…` (or left out) when all three do not fit.
fn banner(app: &App, m: &Meeting, width: u16) -> Line<'static> {
    let t = app.theme;
    let n = app.interp.warnings.len();
    let warnings = crate::tr!("count-warnings", n = n);
    // Without the name: a blank, the warnings, ` · `, the zone.
    let zone_room = usize::from(width).saturating_sub(cols(&warnings) + 4);
    let zone = match app.zone.zones(m) {
        Some((w, s)) if w != s => {
            let heading = zone_view::heading(s, m.start_date);
            let whole = crate::tr!(
                "tui-interp-times-in-other",
                zone = &heading,
                written = w.name()
            );
            if cols(&whole) <= zone_room {
                whole
            } else {
                // The remark in brackets said in fewer words.
                let short = crate::tr!(
                    "tui-interp-times-in-other-short",
                    zone = heading,
                    written = w.name()
                );
                fit(&short, zone_room)
            }
        }
        _ => format!(
            "{} {}",
            crate::tr!("tui-times-in"),
            format::zone(&m.timezone, m.start_date)
        ),
    };
    let rest = cols(&warnings) + cols(&zone) + cols(" ·  · ");
    let room = usize::from(width).saturating_sub(rest + 1);
    let name = clean(m.label_in(&app.language().0));
    let (head, dot) = if room >= 8 {
        (
            Span::styled(format!(" {} ", fit(&name, room)), t.title()),
            "· ",
        )
    } else {
        (Span::raw(" "), "")
    };
    let mut spans = vec![head];
    spans.push(Span::styled(
        format!("{dot}{warnings} "),
        if n > 0 { t.warning() } else { t.plain() },
    ));
    spans.push(Span::raw(format!("· {zone}")));
    Line::from(spans)
}

/// What a plan row needs besides the row itself.
struct RowCtx<'a> {
    app: &'a App,
    m: &'a Meeting,
    lang: String,
    fb: Vec<String>,
    title_w: u16,
}

/// The list: days, sessions with a cell per language, booths under them.
fn plan_table(app: &App, f: &mut Frame, l: &ViewLayout, m: &Meeting) {
    let t = app.theme;
    let langs = &app.interp.languages;
    let mut fixed: Vec<u16> = vec![2, 13];
    fixed.extend(langs.iter().map(|_| CELL));
    let (lang, fb) = app.language();
    let cx = RowCtx {
        app,
        m,
        lang,
        fb,
        title_w: flexible_width(l.list.rows.width, &fixed),
    };
    let s = app.interp.list.scroll;
    let window = s.window(app.interp.rows.len(), l.list.height());
    let rows: Vec<Row> = app.interp.rows[window.clone()]
        .iter()
        .map(|r| match *r {
            InterpRow::Day(d) => day_row(d, t),
            InterpRow::Session(i) => session_row(&cx, i),
            InterpRow::Booth(i, ch) => booth_row(&cx, i, ch),
        })
        .collect();
    let mut columns = Columns::new();
    columns.push("", 2);
    columns.push("Time", 13);
    columns.push("Session / booth", cx.title_w);
    for lg in langs {
        columns.push(lg.clone(), CELL);
    }
    let (header, widths) = columns.split();
    list_table(
        f,
        &l.list,
        ListTable {
            title: table_title(app),
            header,
            widths,
            rows,
            selected: app.interp.selected().map(|_| s.selected - window.start),
            empty: &crate::tr!("tui-no-sessions-yet"),
        },
        t,
    );
}

/// `Interpretation — 5 booths over 2 days`.
fn table_title(app: &App) -> Line<'static> {
    let booths: usize = app
        .interp
        .days
        .iter()
        .flat_map(|d| d.rows.iter())
        .map(|r| r.booths.len())
        .sum();
    Line::from(vec![
        Span::styled(
            format!(" {} ", crate::i18n::phrase("Interpretation")),
            app.theme.title(),
        ),
        Span::raw(format!(
            "{} ",
            crate::tr!(
                "tui-over-days",
                what = crate::tr!("count-booths", n = booths),
                days = app.interp.days.len()
            )
        )),
    ])
}

fn day_row(d: chrono::NaiveDate, t: Theme) -> Row<'static> {
    Row::new(vec![
        Cell::from(""),
        Cell::from(""),
        Cell::from(Span::styled(
            format!("── {} ──", format::day(d)),
            t.header(),
        )),
    ])
}

/// A session: its marks, time, title, and what each language gets.
fn session_row(cx: &RowCtx, i: usize) -> Row<'static> {
    let (app, m) = (cx.app, cx.m);
    let t = app.theme;
    let sess = &m.sessions[i];
    let warn = app.interp.has_warning(i, None);
    let mut mk = String::new();
    if warn {
        mk.push_str(marker::WARNING);
    }
    if sess.interpretation.iter().any(|c| c.tentative.any()) {
        mk.push_str(marker::TENTATIVE);
    }
    let mut cells = vec![
        Cell::from(Span::styled(
            mk,
            if warn { t.warning() } else { t.tentative() },
        )),
        Cell::from(zone_view::time_span(m, sess, &app.zone)),
        Cell::from(fitted(
            sess.title.get(&cx.lang, &cx.fb),
            usize::from(cx.title_w),
            t.plain(),
        )),
    ];
    if let Some(row) = row_of(app, i) {
        cells.extend(
            app.interp
                .languages
                .iter()
                .map(|lg| language_cell(row, lg, t)),
        );
    }
    Row::new(cells)
}

/// One language of a session: `floor`, `-` (not interpreted) or its booth.
fn language_cell(row: &SessionRow, lg: &str, t: Theme) -> Cell<'static> {
    match row.cell(lg) {
        Plan::Floor => Cell::from(crate::tr!("tui-floor-cell")),
        Plan::Missing => Cell::from(Span::styled("-", t.dim())),
        Plan::Booth(b) => Cell::from(Span::styled(
            booth_cell(b),
            if b.short_of().is_some() {
                t.warning()
            } else {
                t.plain()
            },
        )),
    }
}

/// A booth under its session: `└ fr via en: Ana, Li`.
fn booth_row(cx: &RowCtx, i: usize, ch: usize) -> Row<'static> {
    let t = cx.app.theme;
    let warn = cx.app.interp.has_warning(i, Some(ch));
    let text = booth_of(cx.app, i, ch).map_or(String::new(), |b| {
        let team = if b.interpreters.is_empty() {
            crate::tr!("tui-not-staffed")
        } else {
            b.interpreters
                .iter()
                .map(|id| name(cx.m, id, &cx.lang))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let via = b
            .relay
            .as_ref()
            .map(|r| format!(" {}", crate::tr!("tui-via", booth = r.as_str())))
            .unwrap_or_default();
        format!("  └ {}{via}: {team}", b.to)
    });
    Row::new(vec![
        Cell::from(Span::styled(
            if warn { marker::WARNING } else { "" },
            t.warning(),
        )),
        Cell::from(""),
        Cell::from(fitted(&text, usize::from(cx.title_w), t.plain())),
    ])
}

fn warning_lines(out: &mut Vec<Line<'static>>, app: &App, s: usize, ch: Option<usize>, t: Theme) {
    let w = app.interp.warnings_for(s, ch);
    if w.is_empty() {
        return;
    }
    out.push(Line::raw(""));
    out.push(Line::styled(crate::tr!("tui-warnings"), t.header()));
    for p in w {
        out.push(Line::styled(
            format!(
                "{} {}",
                marker::WARNING,
                clean(&p.message_in(crate::i18n::current()))
            ),
            t.warning(),
        ));
        if let Some(h) = &p.hint {
            out.push(Line::styled(
                format!("  {}: {}", crate::tr!("hint-label"), clean(h)),
                t.dim(),
            ));
        }
    }
}

pub fn detail(app: &App) -> Vec<Line<'static>> {
    let t = app.theme;
    let (Some(e), Some(sel)) = (
        app.interp.entry.and_then(|i| app.library.get(i)),
        app.interp.selected(),
    ) else {
        return Vec::new();
    };
    let m = e.meeting();
    let (lang, fb) = app.language();
    let Some(i) = sel.session() else {
        return Vec::new();
    };
    let s = &m.sessions[i];
    let mut out = vec![Line::styled(
        clean(s.title.get(&lang, &fb)).into_owned(),
        t.title(),
    )];
    let floor = if s.language.is_empty() {
        crate::tr!("tui-floor-not-set")
    } else {
        crate::tr!("tui-floor", languages = format::language_names(&s.language))
    };
    out.push(Line::raw(format!(
        "{} · {} · {floor}",
        format::day(s.date),
        zone_view::time_span(m, s, &app.zone),
    )));
    match sel {
        InterpRow::Booth(_, ch) => {
            out.extend(booth_lines(app, s, i, ch));
            warning_lines(&mut out, app, i, Some(ch), t);
        }
        _ => {
            if let Some(row) = row_of(app, i) {
                if row.booths.is_empty() {
                    out.push(Line::raw(crate::tr!("tui-no-channels")));
                }
                for b in &row.booths {
                    out.push(Line::raw(format!(
                        "  → {} ({}): {}",
                        format::language(&b.to),
                        b.to,
                        booth_cell(b)
                    )));
                }
            }
            warning_lines(&mut out, app, i, None, t);
        }
    }
    out.extend(day_load_lines(app, m, &lang));
    out
}

/// A booth: its language and source, team against the norm, who is in
/// it (and what does not fit), and the turn plan.
fn booth_lines(app: &App, s: &Session, i: usize, ch: usize) -> Vec<Line<'static>> {
    let t = app.theme;
    let Some(m) = app
        .interp
        .entry
        .and_then(|e| app.library.get(e))
        .map(|e| e.meeting())
    else {
        return Vec::new();
    };
    let (lang, _) = app.language();
    let norms = m.norms();
    let mut out = Vec::new();
    let Some(b) = booth_of(app, i, ch) else {
        return out;
    };
    let Some(c) = s.interpretation.get(ch) else {
        return out;
    };
    out.push(booth_heading(b, s, t));
    out.extend(team_line(b, t));
    if b.tentative {
        out.push(Line::styled(
            format!(
                "{} {}",
                marker::TENTATIVE,
                crate::tr!("tui-booth-not-confirmed")
            ),
            t.tentative(),
        ));
    }
    if c.interpreters.is_empty() {
        out.push(Line::raw(crate::tr!("tui-booth-empty")));
    }
    for id in &c.interpreters {
        out.extend(interpreter_lines(m, s, c, id, &lang, t));
    }
    out.extend(turn_plan_lines(app, m, s, c, norms.turn_minutes, &lang));
    out
}

/// `French booth (fr) · one-way · from the floor`.
fn booth_heading(b: &Booth, s: &Session, t: Theme) -> Line<'static> {
    let way = if b.two_way {
        crate::tr!(
            "tui-two-way-into",
            languages = format::language_names(&s.language)
        )
    } else {
        crate::tr!("tui-one-way")
    };
    let source = b
        .relay
        .as_ref()
        .map(|r| crate::tr!("tui-relay-from", booth = r.as_str()))
        .unwrap_or_else(|| crate::tr!("tui-from-floor"));
    Line::styled(
        format!(
            "{} · {way} · {source}",
            crate::tr!(
                "tui-booth-of",
                language = format::language(&b.to),
                code = b.to.as_str()
            ),
        ),
        t.header(),
    )
}

/// `Team: 1 of 2 for 90 min — reason`, marked when the booth is short;
/// nothing when the norm or the length is unknown.
fn team_line(b: &Booth, t: Theme) -> Option<Line<'static>> {
    let (Some(req), Some(min)) = (&b.required, b.minutes) else {
        return None;
    };
    let short = b.short_of().is_some();
    let mk = if short {
        format!("{} ", marker::WARNING)
    } else {
        String::new()
    };
    Some(Line::styled(
        format!(
            "{mk}{}",
            crate::tr!(
                "tui-team",
                n = b.interpreters.len(),
                need = req.interpreters,
                min = min,
                reason = req.why.clone()
            )
        ),
        if short { t.warning() } else { t.plain() },
    ))
}

/// One interpreter in the booth with their languages, and under them each
/// way the booth does not fit those languages.
fn interpreter_lines(
    m: &Meeting,
    s: &Session,
    c: &crate::domain::Channel,
    id: &str,
    lang: &str,
    t: Theme,
) -> Vec<Line<'static>> {
    let skills = m.participant(id).and_then(|p| p.interpreting.as_deref());
    let langs = skills.map(staffing::languages_label).unwrap_or_default();
    let mut out = vec![Line::raw(format!(
        "  {} — {langs}",
        clean(&name(m, id, lang))
    ))];
    for x in staffing::misfits(skills, &s.language, c) {
        // In the reader's words; the English is the Display's.
        let why = x.msg().render(crate::i18n::current());
        out.push(Line::styled(
            format!("    {} {why}", marker::WARNING),
            t.warning(),
        ));
    }
    out
}

/// The booth's turns, in the shown zone (`p` writes them to a file).
fn turn_plan_lines(
    app: &App,
    m: &Meeting,
    s: &Session,
    c: &crate::domain::Channel,
    turn_minutes: u32,
    lang: &str,
) -> Vec<Line<'static>> {
    let t = app.theme;
    let mut out = Vec::new();
    let plan = staffing::turn_plan(s, c, turn_minutes);
    if !plan.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(
            crate::tr!("tui-turn-plan", min = turn_minutes),
            t.header(),
        ));
        let at = |c: crate::domain::Clock| match app.zone.zones(m) {
            Some((w, sh)) => crate::zones::resolve(w, s.date, c)
                .at
                .with_timezone(&sh)
                .format("%H:%M")
                .to_string(),
            None => c.to_string(),
        };
        for turn in plan {
            out.push(Line::raw(format!(
                "  {}–{}  {}",
                at(turn.start),
                at(turn.end),
                clean(&name(m, &turn.interpreter, lang))
            )));
        }
    }
    out
}

/// Each interpreter's booth and mic minutes on the selected day.
fn day_load_lines(app: &App, m: &Meeting, lang: &str) -> Vec<Line<'static>> {
    let t = app.theme;
    let mut out = Vec::new();
    if let Some(day) = app.interp.day()
        && !day.loads.is_empty()
    {
        out.push(Line::raw(""));
        out.push(Line::styled(
            crate::tr!("tui-interpreters-on", day = format::day(day.date)),
            t.header(),
        ));
        for l in &day.loads {
            let over = staffing::over_day_limit(m, l.booth_minutes);
            out.push(Line::styled(
                format!(
                    "{} {} — {}",
                    if over { marker::WARNING } else { " " },
                    clean(&name(m, &l.interpreter, lang)),
                    crate::tr!(
                        "tui-interpreter-load",
                        booth = l.booth_minutes,
                        mic = l.mic_minutes,
                        n = l.sessions.len()
                    )
                ),
                if over { t.warning() } else { t.plain() },
            ));
        }
    }
    out
}

/// The choice list, centred over the screen, with the typed filter on top
/// and, under a poor choice, why it is poor.
fn popup(f: &mut Frame, area: Rect, p: &Popup, t: Theme) {
    let r = popup_area(area);
    f.render_widget(Clear, r);
    let block = Block::bordered()
        .title(Line::styled(format!(" {} ", p.kind.title()), t.title()))
        .border_style(t.focus_border());
    let inner = block.inner(r);
    f.render_widget(block, r);
    let mut lines: Vec<Line> = vec![
        input_widget::labelled(
            Span::styled(format!("{} ", crate::tr!("tui-filter-label")), t.header()),
            &p.filter,
            usize::from(inner.width).saturating_sub(10),
            Span::styled("_", t.dim()),
        ),
        Line::styled(crate::tr!("tui-interp-choice-hint"), t.dim()),
    ];
    if p.shown.is_empty() {
        let why = if p.all.is_empty() && !p.empty.is_empty() {
            p.empty.clone()
        } else {
            crate::tr!("tui-nothing-matches-filter")
        };
        // Wrapped: it says what to do, and its end is the how.
        let w = usize::from(inner.width);
        lines.extend(
            crate::tui::sanitize::wrap(&why, w)
                .into_iter()
                .map(|l| Line::styled(l, t.dim())),
        );
    }
    let items = choice_lines(p, usize::from(inner.width).saturating_sub(2), t);
    let room = usize::from(inner.height).saturating_sub(lines.len()).max(1);
    let top = first_shown(&items, p.selected, room);
    lines.extend(items.into_iter().skip(top).take(room).map(|(_, l)| l));
    f.render_widget(Paragraph::new(lines), inner);
}

/// At most 90 by 20, a margin kept around it, centred.
fn popup_area(area: Rect) -> Rect {
    let w = area.width.saturating_sub(6).min(90);
    let h = area.height.saturating_sub(4).min(20);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Each shown choice's lines, tagged with its place in the shown list: the
/// choice (`! ` when poor), then why it is poor.
fn choice_lines(p: &Popup, width: usize, t: Theme) -> Vec<(usize, Line<'static>)> {
    let mut items = Vec::new();
    for (n, &i) in p.shown.iter().enumerate() {
        let c = &p.all[i];
        let sel = n == p.selected;
        let head = format!(
            "{}{}{}",
            if sel { marker::SELECTED } else { "  " },
            if c.why.is_empty() { "" } else { "! " },
            c.label
        );
        items.push((
            n,
            Line::styled(
                fit(&head, width + 2),
                if sel { t.selected() } else { t.plain() },
            ),
        ));
        for why in &c.why {
            items.push((
                n,
                Line::styled(fit(&format!("      {why}"), width + 2), t.warning()),
            ));
        }
    }
    items
}

/// The first line to show so the selected choice and its reasons fit in
/// `room` lines (its first line wins when they cannot all fit).
fn first_shown(items: &[(usize, Line)], selected: usize, room: usize) -> usize {
    let first_sel = items.iter().position(|(n, _)| *n == selected).unwrap_or(0);
    let last_sel = items.iter().rposition(|(n, _)| *n == selected).unwrap_or(0);
    if last_sel + 1 > room {
        (last_sel + 1 - room).min(first_sel)
    } else {
        0
    }
}

// What the app and the keymap know of this view (see `tui::app::view_spec`).
use crate::tui::action::{Command as C, InterpCommand, View};
use crate::tui::app::view_spec::ViewSpec;
use crate::tui::keymap::{Binding, Scope, ViewKeys, b, ch, code};
use crate::tui::layout::Shape;
use crossterm::event::KeyCode;
pub const SPEC: ViewSpec = ViewSpec {
    keys: ViewKeys {
        view: View::Interpretation,
        about: "Interpretation: booths, interpreters and their load, day by day",
        keys: KEYS,
        help_after: &[],
    },
    shape: Shape::beside(55, 50),
    len: |app| app.interp.rows.len(),
    list: |app, _| app.interp.list.parts(),
    moves: Some(App::move_interp),
    command: ViewSpec::no_command,
    render,
    detail,
};

#[rustfmt::skip]
const KEYS: &[Binding] = &[
    b(Scope::In(View::Interpretation), &[ch('i'), ch('+')], C::Interp(InterpCommand::AddInterpreter), "add an interpreter to the selected booth (best fit first)", "add"),
    b(Scope::In(View::Interpretation), &[ch('x'), ch('-')], C::Interp(InterpCommand::RemoveInterpreter), "take an interpreter out of the selected booth", "remove"),
    b(Scope::In(View::Interpretation), &[ch('w')], C::Interp(InterpCommand::ToggleTwoWay), "make the booth two-way (retour) or one-way", "two-way"),
    b(Scope::In(View::Interpretation), &[ch('r')], C::Interp(InterpCommand::SetRelay), "take the booth's source from the floor or another booth (relay)", "relay"),
    b(Scope::In(View::Interpretation), &[ch('a')], C::Interp(InterpCommand::AddLanguage), "add a channel: interpret the session into another language", "channel"),
    b(Scope::In(View::Interpretation), &[ch('T')], C::Interp(InterpCommand::SameTeamAllDay), "same team all day or all meeting: the selected booth's interpreters staff that language's booth in every session of the day in its room, or of every day (asks which when both differ; one edit, u undoes it)", ""),
    b(Scope::In(View::Interpretation), &[ch('D')], C::Interp(InterpCommand::RemoveLanguage), "remove the selected booth's channel", ""),
    b(Scope::In(View::Interpretation), &[ch('p')], C::Interp(InterpCommand::WriteTurns), "write the session's turn plan beside the agenda (<file>-<session>-turns.txt)", "print"),
    b(Scope::In(View::Interpretation), &[ch('z')], C::CycleZone, "show times in the next zone (as in the Schedule)", ""),
    b(Scope::In(View::Interpretation), &[code(KeyCode::Esc)], C::Back, "back to the meetings", ""),
];
