//! Roster: the meeting's participants as a sortable, filterable table with
//! fuzzy search; the selected person's sessions and follow-ups, and counts
//! by country, organization, role and status.

use ratatui::Frame;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row, Wrap};
use unicode_width::UnicodeWidthStr;

use super::format;
use crate::domain::{InterpreterLanguages, Meeting, Participant};
use crate::tui::app::App;
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::library::Entry;
use crate::tui::roster_choice::FacetChoice;
use crate::tui::roster_state::SortKey;
use crate::tui::sanitize::{clean, fit};
use crate::tui::theme::Theme;
use crate::tui::theme::marker;
use crate::tui::widgets::input as input_widget;
use crate::tui::widgets::{ListTable, detail_pane, highlighted, label_value, list_table};

fn entry(app: &App) -> Option<&Entry> {
    app.roster.entry.and_then(|i| app.library.get(i))
}

/// The search part of the roster's banner, shared with the across-meetings
/// roster: the input while typing (cursor placed), the kept query, or
/// `idle` when there is none.
pub(super) fn search_spans(
    app: &App,
    f: &mut Frame,
    l: &ViewLayout,
    idle: &str,
) -> Vec<Span<'static>> {
    let t = app.theme;
    let r = &app.roster;
    let mut spans: Vec<Span> = Vec::new();
    match &r.input {
        Some(input) => {
            spans.push(Span::styled(" / ", t.key()));
            let room = usize::from(l.banner.width).saturating_sub(40).max(8);
            let shown = input_widget::shown(input, room);
            let x = l.banner.x + 3 + shown.cursor as u16;
            spans.push(Span::raw(shown.before + &shown.after));
            f.set_cursor_position(Position::new(
                x.min(l.banner.right().saturating_sub(1)),
                l.banner.y,
            ));
            spans.push(Span::styled(
                format!("   {}", crate::tr!("tui-search-keeps")),
                t.dim(),
            ));
        }
        None if !r.query.is_empty() => {
            spans.push(Span::styled(
                format!(" {} ", crate::tr!("tui-search-label")),
                t.header(),
            ));
            spans.push(Span::styled(fit(r.query.as_str(), 30), t.matched()));
            spans.push(Span::styled(
                format!("  {}", crate::tr!("tui-search-edits")),
                t.dim(),
            ));
        }
        None => spans.push(Span::styled(idle.to_string(), t.dim())),
    }
    spans
}

fn banner(app: &App, f: &mut Frame, l: &ViewLayout) {
    let r = &app.roster;
    let idle = format!(" {}", crate::tr!("tui-roster-search-idle"));
    let mut spans = search_spans(app, f, l, &idle);
    let fl = &r.filters;
    // Organizations only when chosen: most rosters are never filtered so.
    let orgs = if fl.organization.is_empty() {
        String::new()
    } else {
        let v = fl.organization.iter().map(|x| fit(&clean(x), 20));
        format!(" · {}: {}", format::field("organization"), chosen(v))
    };
    let filters = format!(
        "   {}: {}{orgs} · {}: {} · {}: {} · {}: {} {}",
        format::field("country"),
        chosen(fl.country.iter().map(|x| clean(x).into_owned())),
        format::field("role"),
        chosen(fl.role.iter().map(|x| format::value(x.as_str()))),
        format::field("status"),
        chosen(fl.status.iter().map(|x| format::value(x.as_str()))),
        format::field("sort"),
        format::field(r.sort.title()),
        if r.reverse { "↓" } else { "↑" },
    );
    spans.push(Span::raw(filters));
    f.render_widget(Paragraph::new(Line::from(spans)), l.banner);
}

/// A facet's chosen values for the filter line: "all" when none, the
/// first three, then how many more.
fn chosen(values: impl Iterator<Item = String>) -> String {
    let v: Vec<String> = values.collect();
    match v.len() {
        0 => format::value("all"),
        n if n <= 3 => v.join(", "),
        n => format!("{} +{}", v[..3].join(", "), n - 3),
    }
}

/// The table's column widths: name and organization share what the fixed
/// columns leave, each giving the other what its longest shown text does
/// not need; the languages column only when someone has languages and the
/// screen is wide enough.
struct Columns {
    /// No languages column.
    small: bool,
    name: usize,
    org: usize,
}

impl Columns {
    /// `need`: the widest name and organization among the rows shown.
    fn new(width: u16, languages: bool, need: (usize, usize)) -> Columns {
        let small = width < 70 || !languages;
        let fixed: &[u16] = if small {
            &[2, 5, 12, 10]
        } else {
            &[2, 5, 12, 10, 6]
        };
        let flexible = usize::from(flexible_width(width, fixed))
            .saturating_sub(1)
            .max(16);
        let (mut name, mut org) = (flexible * 11 / 20, flexible * 9 / 20);
        let (name_need, org_need) = need;
        if org_need < org {
            name += org - org_need;
            org = org_need;
        } else if name_need < name {
            org += name - name_need;
            name = name_need;
        }
        Columns { small, name, org }
    }

    /// The columns for the rows of `window`.
    fn of(app: &App, e: &Entry, width: u16, window: &[u32]) -> Columns {
        let people = e.meeting().people();
        let (lang, fb) = app.language();
        let mut need = (4, 12); // the headers' own width
        for &i in window {
            let p = &people[i as usize];
            need.0 = need.0.max(p.name.get(&lang, &fb).width());
            let org = p
                .organization
                .as_ref()
                .map_or(0, |o| o.get(&lang, &fb).width());
            need.1 = need.1.max(org);
        }
        // One column of air after each.
        need = (need.0 + 1, need.1 + 1);
        let languages = people.iter().any(|p| !p.languages.is_empty());
        Columns::new(width, languages, need)
    }

    fn constraints(&self) -> Vec<Constraint> {
        vec![
            Constraint::Length(2),
            Constraint::Length(self.name as u16),
            Constraint::Length(self.org as u16),
            Constraint::Length(5),
            Constraint::Length(12),
            Constraint::Length(status_width()),
            Constraint::Fill(1),
        ]
    }
}

/// The markers before a name: a likely twin, not confirmed yet.
fn markers(e: &Entry, i: usize, p: &Participant) -> String {
    let mut mk = String::new();
    if e.duplicates.is_flagged(i) {
        mk.push_str(marker::DUPLICATE);
    }
    if p.tentative.any() {
        mk.push_str(marker::TENTATIVE);
    }
    mk
}

/// One participant's row, the search's letters highlighted.
fn person_row(app: &App, e: &Entry, i: usize, cols: &Columns) -> Row<'static> {
    let t = app.theme;
    let p: &Participant = &e.meeting().people()[i];
    let (lang, fb) = app.language();
    let q = &app.roster.query;
    let name = p.name.get(&lang, &fb);
    let org = p
        .organization
        .as_ref()
        .map(|o| o.get(&lang, &fb))
        .unwrap_or("");
    let country = p.country.as_deref().unwrap_or("");
    let hl = |text: &str, max: usize| {
        let m = if q.is_empty() {
            Vec::new()
        } else {
            app.matcher.highlight(text, q)
        };
        highlighted(text, &m, max, t.plain(), t.matched())
    };
    let declined = p.status == crate::domain::Status::Declined;
    let mut cells = vec![
        Cell::from(Span::styled(markers(e, i, p), t.warning())),
        Cell::from(hl(name, cols.name)),
        Cell::from(hl(org, cols.org)),
        Cell::from(hl(country, 3)),
        Cell::from(format::value(p.role.as_str())),
        Cell::from(Span::styled(
            format::value(p.status.as_str()),
            if declined { t.warning() } else { t.plain() },
        )),
    ];
    if !cols.small {
        cells.push(Cell::from(fit(&p.languages.join(","), 6)));
    }
    Row::new(cells)
}

/// The header, the sorted column carrying its arrow.
fn header_row(app: &App, cols: &Columns) -> Row<'static> {
    let r = &app.roster;
    let arrow = |k: SortKey, label: &'static str| -> String {
        if r.sort == k {
            format!(
                "{}{}",
                crate::i18n::phrase(label),
                if r.reverse { "↓" } else { "↑" }
            )
        } else {
            crate::i18n::phrase(label)
        }
    };
    let mut header = vec![
        String::new(),
        arrow(SortKey::Name, "Name"),
        arrow(SortKey::Organization, "Organization"),
        arrow(SortKey::Country, "Ctry"),
        arrow(SortKey::Role, "Role"),
        arrow(SortKey::Status, "Status"),
    ];
    if !cols.small {
        header.push(crate::i18n::phrase("Lang"));
    }
    Row::new(header)
}

/// " Roster — N " or " Roster — shown of N ".
fn title(app: &App, total: usize) -> Line<'static> {
    let shown = app.roster.rows.len();
    Line::from(vec![
        Span::styled(
            format!(" {} ", crate::i18n::phrase("Roster")),
            app.theme.title(),
        ),
        Span::raw(if shown == total {
            format!("— {total} ")
        } else {
            format!(
                "— {} ",
                crate::tr!("tui-n-of-total", n = shown, total = total)
            )
        }),
    ])
}

/// What an empty table says: nobody yet, nobody matching, or where else
/// someone matches.
fn empty_text(app: &App, total: usize) -> String {
    let r = &app.roster;
    if total == 0 {
        crate::tr!("tui-roster-empty")
    } else if r.elsewhere.is_empty() {
        crate::tr!("tui-roster-no-match")
    } else {
        // Names come from files: cleaned like every other text on screen.
        crate::tr!(
            "tui-roster-elsewhere",
            names = clean(&r.elsewhere.join("; "))
        )
    }
}

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    if app.roster.across.is_some() {
        return super::roster_across::render(app, f, l);
    }
    let t = app.theme;
    let Some(e) = entry(app) else { return };
    banner(app, f, l);
    let r = &app.roster;
    let s = r.scroll;
    let window = s.window(r.rows.len(), l.list.height());
    let cols = Columns::of(app, e, l.list.rows.width, &r.rows[window.clone()]);
    let rows: Vec<Row> = r.rows[window.clone()]
        .iter()
        .map(|&i| person_row(app, e, i as usize, &cols))
        .collect();
    let total = e.meeting().people().len();
    let empty = empty_text(app, total);
    list_table(
        f,
        &l.list,
        ListTable {
            title: title(app, total),
            header: header_row(app, &cols),
            widths: cols.constraints(),
            rows,
            selected: (!r.rows.is_empty()).then(|| s.selected - window.start),
            empty: &empty,
        },
        t,
    );
    detail_pane(
        f,
        l.detail,
        Line::styled(
            format!(" {} ", crate::i18n::phrase("Participant")),
            t.title(),
        ),
        detail(app),
        r.detail_scroll,
        t,
    );
    summary(app, e, f, l);
    if let Some(c) = &app.roster_choice {
        choice_popup(f, f.area(), c, t);
    }
}

/// The filter choice list (`c`, `r`, `t`), centred: the typed filter,
/// how to use it, "all", then each value with its count, ticked ones
/// marked.
fn choice_popup(f: &mut Frame, area: Rect, c: &FacetChoice, t: Theme) {
    let w = area.width.saturating_sub(6).min(50);
    let h = area.height.saturating_sub(4).min(20);
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    f.render_widget(Clear, r);
    let block = Block::bordered()
        .title(Line::styled(
            format!(
                " {} ",
                crate::tr!("tui-show-people-by", facet = format::field(c.facet.title()))
            ),
            t.title(),
        ))
        .border_style(t.focus_border());
    let inner = block.inner(r);
    f.render_widget(block, r);
    let width = usize::from(inner.width);
    let mut lines: Vec<Line> = vec![
        input_widget::labelled(
            Span::styled(format!("{} ", crate::tr!("tui-filter-label")), t.header()),
            &c.filter,
            width.saturating_sub(10),
            Span::styled("_", t.dim()),
        ),
        Line::styled(fit(&crate::tr!("tui-choice-hint"), width), t.dim()),
    ];
    let none = !c.chosen.iter().any(|x| *x);
    let mut items = vec![(
        format!(
            "[{}] {}",
            if none { "x" } else { " " },
            format::value("all")
        ),
        0,
    )];
    let coded = matches!(
        c.facet,
        crate::tui::roster_choice::Facet::Role | crate::tui::roster_choice::Facet::Status
    );
    for &i in &c.shown {
        let (v, n) = &c.all[i];
        let v = if coded { format::value(v) } else { v.clone() };
        let v = &v;
        let tick = if c.chosen[i] { "x" } else { " " };
        // A long name is shortened, never its count.
        let room = width.saturating_sub(7 + n.to_string().len());
        items.push((format!("[{tick}] {} {n}", fit(v, room)), i + 1));
    }
    let room = usize::from(inner.height).saturating_sub(lines.len()).max(1);
    let top = (c.selected + 1).saturating_sub(room);
    for (n, (text, _)) in items.into_iter().enumerate().skip(top).take(room) {
        let sel = n == c.selected;
        let head = format!("{}{text}", if sel { marker::SELECTED } else { "  " });
        lines.push(Line::styled(
            fit(&head, width),
            if sel { t.selected() } else { t.plain() },
        ));
    }
    f.render_widget(Paragraph::new(lines), inner);
}

fn summary(app: &App, _e: &Entry, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let s = &app.roster.summary;
    let list = |v: &[(String, usize)], max: usize| -> String {
        let mut parts: Vec<String> = v
            .iter()
            .take(max)
            .map(|(k, n)| match k.as_str() {
                // People with no country or organization, counted by roster_state.
                "(none)" => format!("{} {n}", crate::tr!("tui-summary-none")),
                k => format!("{} {n}", clean(k)),
            })
            .collect();
        if v.len() > max {
            parts.push(crate::tr!("tui-n-more", n = v.len() - max));
        }
        parts.join(" · ")
    };
    let countries = s.countries.iter().filter(|(c, _)| c != "(none)").count();
    let mut head = crate::tr!("tui-n-participants", n = s.total);
    if countries > 0 {
        head.push_str(&crate::tr!("tui-from-n-countries", n = countries));
    }
    let lines = vec![
        Line::styled(head, t.title()),
        label_value(
            &crate::i18n::phrase("Countries"),
            &list(&s.countries, 8),
            t.header(),
        ),
        label_value(
            &crate::i18n::phrase("Organizations"),
            &list(&s.organizations, 5),
            t.header(),
        ),
        label_value(
            &crate::i18n::phrase("Roles"),
            &s.roles
                .iter()
                .map(|(r, n)| format!("{} {n}", format::value(r.as_str())))
                .collect::<Vec<_>>()
                .join(" · "),
            t.header(),
        ),
        label_value(
            &crate::i18n::phrase("Status"),
            &s.statuses
                .iter()
                .map(|(r, n)| format!("{} {n}", format::value(r.as_str())))
                .collect::<Vec<_>>()
                .join(" · "),
            t.header(),
        ),
    ];
    let block = Block::bordered()
        .title(Line::styled(
            format!(" {} ", crate::i18n::phrase("Summary")),
            t.title(),
        ))
        .border_style(t.border());
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        l.side,
    );
}

pub fn detail(app: &App) -> Vec<Line<'static>> {
    if app.roster.across.is_some() {
        return super::roster_across::detail(app);
    }
    let (Some(e), Some(i)) = (entry(app), app.roster.selected()) else {
        return Vec::new();
    };
    let p = &e.meeting().people()[i];
    let mut out = identity_lines(app, p);
    out.extend(twin_lines(app, e, i));
    let sessions = session_lines(app, e.meeting(), p);
    out.push(Line::styled(
        crate::tr!("tui-sessions-n", n = sessions.len()),
        app.theme.header(),
    ));
    out.extend(sessions);
    let fus = followup_lines(app, e.meeting(), p);
    out.push(Line::styled(
        crate::tr!("tui-follow-ups-n", n = fus.len()),
        app.theme.header(),
    ));
    out.extend(fus);
    out
}

/// An interpreter's languages as the profession names them: `A Russian ·
/// B English · C Kazakh` (a class left empty is left out).
fn interpreting(i: &InterpreterLanguages) -> String {
    let a = std::slice::from_ref(&i.a);
    [("A", a), ("B", i.b.as_slice()), ("C", i.c.as_slice())]
        .into_iter()
        .filter(|(_, codes)| codes.iter().any(|c| !c.is_empty()))
        .map(|(class, codes)| format!("{class} {}", format::language_names(codes)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Who the person is: name (with honorific) and id, other spellings,
/// position, organization, country, languages, time zone, interpreting
/// A/B/C, role and status, what is tentative, e-mail.
fn identity_lines(app: &App, p: &Participant) -> Vec<Line<'static>> {
    let t = app.theme;
    let (lang, fb) = app.language();
    let lv = |k: &str, v: &str| label_value(&crate::i18n::phrase(k), v, t.header());
    let mut out = vec![Line::from(vec![
        Span::styled(clean(&p.display_name(&lang, &fb)).into_owned(), t.title()),
        Span::styled(format!("  id: {}", clean(&p.id)), t.dim()),
    ])];
    let other_names: Vec<&str> = p
        .name
        .all()
        .filter(|n| *n != p.name.get(&lang, &fb))
        .collect();
    if !other_names.is_empty() {
        out.push(lv("Also written", &other_names.join(" / ")));
    }
    if let Some(pos) = &p.position {
        out.push(lv("Position", pos.get(&lang, &fb)));
    }
    if let Some(o) = &p.organization {
        out.push(lv("Organization", o.get(&lang, &fb)));
    }
    if let Some(c) = &p.country {
        out.push(lv(
            "Country",
            &format!("{} ({c})", crate::domain::codes::country_said(c)),
        ));
    }
    if !p.languages.is_empty() {
        out.push(lv("Languages", &format::language_names(&p.languages)));
    }
    if let Some(z) = &p.timezone {
        out.push(lv("Time zone", z));
    }
    if let Some(i) = &p.interpreting {
        out.push(lv("Interpreting", &interpreting(i)));
    }
    out.push(lv(
        "Role · status",
        &format!(
            "{} · {}",
            format::value(p.role.as_str()),
            format::value(p.status.as_str())
        ),
    ));
    if p.tentative.any() {
        let what = if p.tentative.fields().is_empty() {
            crate::tr!("tui-whole-entry")
        } else {
            p.tentative
                .fields()
                .iter()
                .map(|x| format::field(x))
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push(Line::styled(
            format!(
                "{} {}",
                marker::TENTATIVE,
                crate::tr!("tui-not-confirmed-what", what = what)
            ),
            t.tentative(),
        ));
    }
    if let Some(mail) = &p.email {
        out.push(lv("E-mail", mail));
    }
    out
}

/// The person's likely twins (four named, then how many more).
fn twin_lines(app: &App, e: &Entry, i: usize) -> Vec<Line<'static>> {
    let t = app.theme;
    let (lang, fb) = app.language();
    let people = e.meeting().people();
    let others: Vec<usize> = e.duplicates.others(i).collect();
    let mut out: Vec<Line<'static>> = others
        .iter()
        .take(4)
        .map(|&j| {
            let o = &people[j];
            Line::styled(
                format!(
                    "{} {}",
                    marker::DUPLICATE,
                    crate::tr!(
                        "tui-may-be-twin",
                        name = clean(o.name.get(&lang, &fb)),
                        id = clean(&o.id)
                    )
                ),
                t.warning(),
            )
        })
        .collect();
    if others.len() > 4 {
        out.push(Line::styled(
            format!(
                "{} {}",
                marker::DUPLICATE,
                crate::tr!("tui-more-same-name", n = others.len() - 4)
            ),
            t.warning(),
        ));
    }
    out
}

/// The sessions the person chairs, speaks in or interprets, in schedule order.
fn session_lines(app: &App, m: &Meeting, p: &Participant) -> Vec<Line<'static>> {
    let (lang, fb) = app.language();
    let mut sessions: Vec<Line<'static>> = Vec::new();
    for k in m.schedule_order() {
        let s = &m.sessions[k];
        let mut roles: Vec<String> = Vec::new();
        if s.chair.as_deref() == Some(p.id.as_str()) {
            roles.push(format::value("chair"));
        }
        for it in &s.items {
            if it.speakers.contains(&p.id) {
                roles.push(crate::tr!("tui-speaks", title = it.title.get(&lang, &fb)));
            }
        }
        if s.interpretation
            .iter()
            .any(|c| c.interpreters.contains(&p.id))
        {
            roles.push(crate::tr!("tui-interprets"));
        }
        if !roles.is_empty() {
            let start = s.start.map(|c| c.to_string()).unwrap_or_default();
            sessions.push(Line::raw(format!(
                "  {} {start} {} — {}",
                crate::i18n::dates::day_month(s.date, crate::i18n::current()),
                clean(s.title.get(&lang, &fb)),
                clean(&roles.join("; "))
            )));
        }
    }
    sessions
}

/// The follow-ups the person owns.
fn followup_lines(app: &App, m: &Meeting, p: &Participant) -> Vec<Line<'static>> {
    let (lang, fb) = app.language();
    crate::followups::owned_by(m, &p.id)
        .into_iter()
        .map(|i| super::followups::summary_line(app, &m.follow_ups[i], &lang, &fb))
        .collect()
}

// What the app and the keymap know of this view (see `tui::app::view_spec`).
use crate::tui::action::{Command as C, View};
use crate::tui::app::view_spec::ViewSpec;
use crate::tui::keymap::{Binding, Scope, ViewKeys, b, ch, code};
use crate::tui::layout::Shape;
use crossterm::event::KeyCode;
pub const SPEC: ViewSpec = ViewSpec {
    keys: ViewKeys {
        view: View::Roster,
        about: "Roster: the meeting's participants",
        keys: KEYS,
        help_after: &[Scope::Search, Scope::Input],
    },
    shape: Shape {
        side: true,
        ..Shape::beside(62, 55)
    },
    len: |app| app.roster.rows.len(),
    list: |app, _| (&mut app.roster.scroll, &mut app.roster.detail_scroll),
    moves: None,
    command: ViewSpec::no_command,
    render,
    detail,
};

#[rustfmt::skip]
const KEYS: &[Binding] = &[
    b(Scope::In(View::Roster), &[ch('/')], C::Search, "search names, organizations and countries (any script, words in any order)", "search"),
    b(Scope::In(View::Roster), &[ch('s')], C::SortNext, "sort by the next column", "sort"),
    b(Scope::In(View::Roster), &[ch('S')], C::SortReverse, "reverse the sort order", ""),
    b(Scope::In(View::Roster), &[ch('c')], C::FilterCountry, "filter by country: choose from a list with counts, several at once", "country"),
    b(Scope::In(View::Roster), &[ch('o')], C::FilterOrganization, "every organization with its count (the summary's +N more), to filter by", ""),
    b(Scope::In(View::Roster), &[ch('r')], C::FilterRole, "filter by role: choose from a list with counts, several at once", "role"),
    b(Scope::In(View::Roster), &[ch('t')], C::FilterStatus, "filter by status: choose from a list with counts, several at once", "status"),
    b(Scope::In(View::Roster), &[ch('x')], C::ClearFilters, "clear the search and every filter", ""),
    b(Scope::In(View::Roster), &[code(KeyCode::Esc)], C::Back, "clear search and filters; with none, back to the meetings", "back"),
    b(Scope::In(View::Roster), &[ch('a')], C::AddParticipant, "add a participant", "add"),
    b(Scope::In(View::Roster), &[ch('e'), code(KeyCode::Enter)], C::Edit, "edit the participant", "edit"),
    b(Scope::In(View::Roster), &[ch('d'), code(KeyCode::Delete)], C::Delete, "remove the participant (asks, and says where they appear)", ""),
    b(Scope::In(View::Roster), &[ch(' ')], C::CycleStatus, "next status: invited, confirmed, attended, declined", "status+"),
    b(Scope::In(View::Roster), &[ch('M')], C::MergeTwin, "merge with a likely twin (flagged =): both names kept, references rewritten", ""),
    b(Scope::In(View::Roster), &[ch('I')], C::ImportRoster, "import registrations (Indico, Zoom, Forms, Excel CSV) with a preview", "import"),
    b(Scope::In(View::Roster), &[ch('A')], C::ToggleAcross, "people across every loaded meeting, one row each (again: back)", "across"),
];

/// The status column: its longest word in the interface's language and a
/// column of air, at least the 10 the English words always had (Russian
/// says `подтверждено`, neutral, where `подтвердил` assumed a man).
fn status_width() -> u16 {
    let longest = crate::domain::Status::ALL
        .iter()
        .map(|s| format::value(s.as_str()).width())
        .max()
        .unwrap_or(0);
    u16::try_from(longest + 1).unwrap_or(u16::MAX).max(10)
}
