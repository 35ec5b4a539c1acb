//! The Roster across every loaded meeting (`A`): one row per person with
//! how many meetings they came to, their roles, sessions and follow-ups;
//! the selected person's meetings one by one; and people per meeting and
//! country over the series.

use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Wrap};

use crate::people::{Person, series_counts};
use crate::tui::app::App;
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::roster_across::Across;
use crate::tui::sanitize::{clean, fit};
use crate::tui::widgets::{ListTable, detail_pane, highlighted, label_value, list_table};

/// The roles a person had, each once, in the order first met.
fn roles(p: &Person) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for a in &p.appearances {
        if !out.contains(&a.role.as_str()) {
            out.push(a.role.as_str());
        }
    }
    out
}

fn banner(app: &App, a: &Across, f: &mut Frame, l: &ViewLayout) {
    let idle = format!(" {}", crate::tr!("tui-across-search-idle"));
    let mut spans = super::roster::search_spans(app, f, l, &idle);
    spans.push(Span::raw(format!(
        "   {}",
        crate::tr!("tui-across-banner", n = a.meetings.len())
    )));
    f.render_widget(Paragraph::new(Line::from(spans)), l.banner);
}

/// One person's row: names, meetings, roles, sessions, follow-ups.
fn person_row(app: &App, p: &Person, name_w: usize, meet_w: usize) -> Row<'static> {
    let t = app.theme;
    let q = &app.roster.query;
    let name = p.names.join(" / ");
    let m = if q.is_empty() {
        Vec::new()
    } else {
        app.matcher.highlight(&name, q)
    };
    let a = app.roster.across.as_ref();
    let meetings: Vec<&str> = p
        .appearances
        .iter()
        .map(|x| a.map_or("", |a| meeting_label(app, a, x.meeting)))
        .collect();
    let sessions: usize = p.appearances.iter().map(|x| x.sessions.len()).sum();
    let fus: usize = p.appearances.iter().map(|x| x.follow_ups.len()).sum();
    Row::new(vec![
        Cell::from(highlighted(&name, &m, name_w, t.plain(), t.matched())),
        Cell::from(format!("{:>2}", p.appearances.len())),
        Cell::from(fit(&meetings.join(", "), meet_w)),
        Cell::from(fit(
            &roles(p)
                .into_iter()
                .map(crate::tui::format::value)
                .collect::<Vec<_>>()
                .join(","),
            14,
        )),
        Cell::from(format!("{sessions:>4}")),
        Cell::from(format!("{fus:>4}")),
    ])
}

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let Some(a) = app.roster.across.as_ref() else {
        return;
    };
    banner(app, a, f, l);
    let r = &app.roster;
    let window = r.scroll.window(r.rows.len(), l.list.height());
    let flexible = usize::from(flexible_width(l.list.rows.width, &[3, 14, 5, 5])).max(20);
    let name_w = flexible * 11 / 20;
    let meet_w = flexible.saturating_sub(name_w + 1);
    let rows: Vec<Row> = r.rows[window.clone()]
        .iter()
        .filter_map(|&i| a.people.get(i as usize))
        .map(|p| person_row(app, p, name_w, meet_w))
        .collect();
    let total = a.people.len();
    let title = Line::from(vec![
        Span::styled(format!(" {} ", crate::tr!("tui-across-title")), t.title()),
        Span::raw(if r.rows.len() == total {
            format!("— {total} ")
        } else {
            format!(
                "— {} ",
                crate::tr!("tui-n-of-total", n = r.rows.len(), total = total)
            )
        }),
    ]);
    list_table(
        f,
        &l.list,
        ListTable {
            title,
            header: Row::new(
                [
                    "tui-across-col-name",
                    "tui-across-col-n",
                    "tui-across-col-meetings",
                    "tui-across-col-roles",
                    "tui-across-col-sessions",
                    "tui-across-col-followups",
                ]
                .map(|k| crate::tr!(k)),
            ),
            widths: vec![
                Constraint::Length(name_w as u16),
                Constraint::Length(3),
                Constraint::Length(meet_w as u16),
                Constraint::Length(14),
                Constraint::Length(5),
                Constraint::Length(5),
            ],
            rows,
            selected: (!r.rows.is_empty()).then(|| r.scroll.selected - window.start),
            empty: &crate::tr!("tui-across-empty"),
        },
        t,
    );
    detail_pane(
        f,
        l.detail,
        Line::styled(format!(" {} ", crate::tr!("tui-across-person")), t.title()),
        detail(app),
        r.detail_scroll,
        t,
    );
    summary(app, a, f, l);
}

/// People per meeting, and per country over the series, among the rows shown.
fn summary(app: &App, a: &Across, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let shown: Vec<&Person> = app
        .roster
        .rows
        .iter()
        .filter_map(|&i| a.people.get(i as usize))
        .collect();
    let c = series_counts(&shown, a.meetings.len());
    let mut lines = vec![Line::styled(
        crate::tr!(
            "tui-across-people-in",
            n = shown.len(),
            meetings = a.meetings.len()
        ),
        t.title(),
    )];
    for n in 0..a.meetings.len() {
        let label = meeting_label(app, a, n);
        let mut by: Vec<(usize, &str)> = c
            .countries
            .iter()
            .filter_map(|k| c.cells.get(&(n, k.clone())).map(|v| (*v, k.as_str())))
            .collect();
        let all: usize = by.iter().map(|(v, _)| v).sum();
        if all == 0 {
            continue;
        }
        by.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(y.1)));
        let top: Vec<String> = by.iter().take(4).map(|(v, k)| format!("{k} {v}")).collect();
        let more = if by.len() > 4 { " · …" } else { "" };
        lines.push(label_value(
            &clean(label),
            &format!("{all}: {}{more}", top.join(" · ")),
            t.header(),
        ));
    }
    let block = Block::bordered()
        .title(Line::styled(
            format!(" {} ", crate::tr!("tui-across-by-meeting")),
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

/// The selected person: every name, e-mail, country, organization, then
/// each meeting with the role, status, sessions and follow-ups there.
pub fn detail(app: &App) -> Vec<Line<'static>> {
    let t = app.theme;
    let (Some(a), Some(p)) = (app.roster.across.as_ref(), app.roster.selected_person()) else {
        return Vec::new();
    };
    let lv = |k: &str, v: &str| label_value(&crate::i18n::phrase(k), v, t.header());
    let mut out = vec![Line::styled(
        clean(&p.names.join(" / ")).into_owned(),
        t.title(),
    )];
    let join = |v: Vec<&str>| v.join(", ");
    if !p.emails.is_empty() {
        out.push(lv(
            "E-mail",
            &join(p.emails.iter().map(String::as_str).collect()),
        ));
    }
    if !p.countries.is_empty() {
        out.push(lv(
            "Country",
            &join(p.countries.iter().map(String::as_str).collect()),
        ));
    }
    if !p.organizations.is_empty() {
        out.push(lv(
            "Organization",
            &join(p.organizations.iter().map(String::as_str).collect()),
        ));
    }
    out.push(Line::styled(
        crate::tr!("tui-across-meetings-n", n = p.appearances.len()),
        t.header(),
    ));
    for x in &p.appearances {
        out.push(Line::raw(format!(
            "  {} — {} · {} (id: {})",
            clean(meeting_label(app, a, x.meeting)),
            crate::tui::format::value(x.role.as_str()),
            crate::tui::format::value(x.status.as_str()),
            clean(&x.id)
        )));
        for s in &x.sessions {
            out.push(Line::raw(format!("    {}", clean(s))));
        }
        if !x.follow_ups.is_empty() {
            out.push(Line::raw(format!(
                "    {}: {}",
                crate::tr!("tui-owns-follow-ups"),
                clean(&x.follow_ups.join(", "))
            )));
        }
    }
    out
}

/// The name of an appearance's meeting (a place in [`Across::meetings`]) in
/// its display language, read from the open meeting so `L` shows at once.
fn meeting_label<'a>(app: &'a App, a: &'a Across, meeting: usize) -> &'a str {
    a.meetings
        .get(meeting)
        .and_then(|(id, _)| app.library.get(*id))
        .map_or_else(|| a.label(meeting), |e| app.meeting_label(e.meeting()))
}
