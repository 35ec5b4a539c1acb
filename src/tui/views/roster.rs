//! Roster: the meeting's participants as a sortable, filterable table with
//! fuzzy search; the selected person's sessions and follow-ups, and counts
//! by country, organization, role and status.

use ratatui::Frame;
use ratatui::layout::{Constraint, Position};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Wrap};

use super::format;
use crate::domain::Participant;
use crate::tui::app::App;
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::library::Entry;
use crate::tui::roster_state::SortKey;
use crate::tui::sanitize::{clean, fit};
use crate::tui::theme::marker;
use crate::tui::widgets::input as input_widget;
use crate::tui::widgets::{ListTable, detail_pane, highlighted, label_value, list_table};

fn entry(app: &App) -> Option<&Entry> {
    app.roster.entry.and_then(|i| app.library.get(i))
}

fn banner(app: &App, f: &mut Frame, l: &ViewLayout) {
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
            spans.push(Span::styled("   Enter keeps · Esc drops", t.dim()));
        }
        None if !r.query.is_empty() => {
            spans.push(Span::styled(" search: ", t.header()));
            spans.push(Span::styled(fit(r.query.as_str(), 30), t.matched()));
            spans.push(Span::styled("  (/ edits, Esc clears)", t.dim()));
        }
        None => spans.push(Span::styled(
            " / search names, organizations, countries",
            t.dim(),
        )),
    }
    let fl = &r.filters;
    let filters = format!(
        "   country: {} · role: {} · status: {} · sort: {} {}",
        fl.country.as_deref().unwrap_or("all"),
        fl.role.map(|x| x.as_str()).unwrap_or("all"),
        fl.status.map(|x| x.as_str()).unwrap_or("all"),
        r.sort.title(),
        if r.reverse { "↓" } else { "↑" },
    );
    spans.push(Span::raw(filters));
    f.render_widget(Paragraph::new(Line::from(spans)), l.banner);
}

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let Some(e) = entry(app) else { return };
    banner(app, f, l);
    let people = e.meeting().people();
    let (lang, fb) = app.language();
    let r = &app.roster;
    let s = r.scroll;
    let window = s.window(r.rows.len(), l.list.height());
    // Name and organization share what the fixed columns leave.
    let small = l.list.rows.width < 70;
    let fixed: &[u16] = if small {
        &[2, 5, 12, 10]
    } else {
        &[2, 5, 12, 10, 6]
    };
    let flexible = usize::from(flexible_width(l.list.rows.width, fixed))
        .saturating_sub(1)
        .max(16);
    let (name_w, org_w) = (flexible * 11 / 20, flexible * 9 / 20);
    let q = &r.query;
    let rows: Vec<Row> = r.rows[window.clone()]
        .iter()
        .map(|&i| {
            let p: &Participant = &people[i as usize];
            let mut mk = String::new();
            if e.duplicates.is_flagged(i as usize) {
                mk.push_str(marker::DUPLICATE);
            }
            if p.tentative.any() {
                mk.push_str(marker::TENTATIVE);
            }
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
            let mut cells = vec![
                Cell::from(Span::styled(mk, t.warning())),
                Cell::from(hl(name, name_w)),
                Cell::from(hl(org, org_w)),
                Cell::from(hl(country, 3)),
                Cell::from(p.role.as_str()),
                Cell::from(Span::styled(
                    p.status.as_str(),
                    if p.status == crate::domain::Status::Declined {
                        t.warning()
                    } else {
                        t.plain()
                    },
                )),
            ];
            if !small {
                cells.push(Cell::from(fit(&p.languages.join(","), 6)));
            }
            Row::new(cells)
        })
        .collect();
    let arrow = |k: SortKey, label: &'static str| -> String {
        if r.sort == k {
            format!("{label}{}", if r.reverse { "↓" } else { "↑" })
        } else {
            label.to_string()
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
    if !small {
        header.push("Lang".into());
    }
    let header = Row::new(header);
    let widths = vec![
        Constraint::Length(2),
        Constraint::Length(name_w as u16),
        Constraint::Length(org_w as u16),
        Constraint::Length(5),
        Constraint::Length(12),
        Constraint::Length(10),
        Constraint::Fill(1),
    ];
    let total = people.len();
    let title = Line::from(vec![
        Span::styled(" Roster ", t.title()),
        Span::raw(if r.rows.len() == total {
            format!("— {total} ")
        } else {
            format!("— {} of {total} ", r.rows.len())
        }),
    ]);
    let elsewhere;
    let empty = if total == 0 {
        "nobody on the roster yet"
    } else if r.elsewhere.is_empty() {
        "nobody matches; Esc clears the search and filters"
    } else {
        // Names come from files: cleaned like every other text on screen.
        elsewhere = format!(
            "nobody here; in other meetings: {} (1 Meetings, Enter, then 3)",
            clean(&r.elsewhere.join("; "))
        );
        elsewhere.as_str()
    };
    list_table(
        f,
        &l.list,
        ListTable {
            title,
            header,
            widths,
            rows,
            selected: (!r.rows.is_empty()).then(|| s.selected - window.start),
            empty,
        },
        t,
    );
    detail_pane(
        f,
        l.detail,
        Line::styled(" Participant ", t.title()),
        detail(app),
        r.detail_scroll,
        t,
    );
    summary(app, e, f, l);
}

fn summary(app: &App, _e: &Entry, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let s = &app.roster.summary;
    let list = |v: &[(String, usize)], max: usize| -> String {
        let mut parts: Vec<String> = v
            .iter()
            .take(max)
            .map(|(k, n)| format!("{} {n}", clean(k)))
            .collect();
        if v.len() > max {
            parts.push(format!("+{} more", v.len() - max));
        }
        parts.join(" · ")
    };
    let countries = s.countries.iter().filter(|(c, _)| c != "(none)").count();
    let mut head = format!(
        "{} participant{}",
        s.total,
        if s.total == 1 { "" } else { "s" }
    );
    if countries > 0 {
        head.push_str(&format!(
            " from {}",
            format::plural(countries, "country", "countries")
        ));
    }
    let lines = vec![
        Line::styled(head, t.title()),
        label_value("Countries", &list(&s.countries, 8), t.header()),
        label_value("Organizations", &list(&s.organizations, 5), t.header()),
        label_value(
            "Roles",
            &s.roles
                .iter()
                .map(|(r, n)| format!("{} {n}", r.as_str()))
                .collect::<Vec<_>>()
                .join(" · "),
            t.header(),
        ),
        label_value(
            "Status",
            &s.statuses
                .iter()
                .map(|(r, n)| format!("{} {n}", r.as_str()))
                .collect::<Vec<_>>()
                .join(" · "),
            t.header(),
        ),
    ];
    let block = Block::bordered()
        .title(Line::styled(" Summary ", t.title()))
        .border_style(t.border());
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        l.side,
    );
}

pub fn detail(app: &App) -> Vec<Line<'static>> {
    let t = app.theme;
    let (Some(e), Some(i)) = (entry(app), app.roster.selected()) else {
        return Vec::new();
    };
    let m = e.meeting();
    let p = &m.people()[i];
    let (lang, fb) = app.language();
    let lv = |k: &str, v: &str| label_value(k, v, t.header());
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
            &format!("{} ({c})", crate::domain::codes::country_name(c)),
        ));
    }
    if !p.languages.is_empty() {
        out.push(lv("Languages", &format::language_names(&p.languages)));
    }
    out.push(lv(
        "Role · status",
        &format!("{} · {}", p.role.as_str(), p.status.as_str()),
    ));
    if p.tentative.any() {
        let what = if p.tentative.fields().is_empty() {
            "the whole entry".into()
        } else {
            p.tentative.fields().join(", ")
        };
        out.push(Line::styled(
            format!("{} not confirmed yet: {what}", marker::TENTATIVE),
            t.tentative(),
        ));
    }
    if let Some(mail) = &p.email {
        out.push(lv("E-mail", mail));
    }
    let others: Vec<usize> = e.duplicates.others(i).collect();
    for &j in others.iter().take(4) {
        let o = &m.people()[j];
        out.push(Line::styled(
            format!(
                "{} may be the same person as {} (id: {}; M merges)",
                marker::DUPLICATE,
                clean(o.name.get(&lang, &fb)),
                clean(&o.id)
            ),
            t.warning(),
        ));
    }
    if others.len() > 4 {
        out.push(Line::styled(
            format!(
                "{} and {} more with the same name",
                marker::DUPLICATE,
                others.len() - 4
            ),
            t.warning(),
        ));
    }
    let mut sessions: Vec<Line> = Vec::new();
    for k in m.schedule_order() {
        let s = &m.sessions[k];
        let mut roles: Vec<String> = Vec::new();
        if s.chair.as_deref() == Some(p.id.as_str()) {
            roles.push("chair".into());
        }
        for it in &s.items {
            if it.speakers.contains(&p.id) {
                roles.push(format!("speaks: {}", it.title.get(&lang, &fb)));
            }
        }
        if s.interpretation
            .iter()
            .any(|c| c.interpreters.contains(&p.id))
        {
            roles.push("interprets".into());
        }
        if !roles.is_empty() {
            let start = s.start.map(|c| c.to_string()).unwrap_or_default();
            sessions.push(Line::raw(format!(
                "  {} {start} {} — {}",
                s.date.format("%-d %b"),
                clean(s.title.get(&lang, &fb)),
                clean(&roles.join("; "))
            )));
        }
    }
    out.push(Line::styled(
        format!("Sessions ({})", sessions.len()),
        t.header(),
    ));
    out.extend(sessions);
    let fus: Vec<Line> = crate::followups::owned_by(m, &p.id)
        .into_iter()
        .map(|i| super::followups::summary_line(app, &m.follow_ups[i], &lang, &fb))
        .collect();
    out.push(Line::styled(
        format!("Follow-ups ({})", fus.len()),
        t.header(),
    ));
    out.extend(fus);
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
    b(Scope::In(View::Roster), &[ch('c')], C::FilterCountry, "filter by country (press again for the next)", "country"),
    b(Scope::In(View::Roster), &[ch('r')], C::FilterRole, "filter by role (press again for the next)", "role"),
    b(Scope::In(View::Roster), &[ch('t')], C::FilterStatus, "filter by status (press again for the next)", "status"),
    b(Scope::In(View::Roster), &[ch('x')], C::ClearFilters, "clear the search and every filter", ""),
    b(Scope::In(View::Roster), &[code(KeyCode::Esc)], C::Back, "clear search and filters; with none, back to the meetings", "back"),
    b(Scope::In(View::Roster), &[ch('a')], C::AddParticipant, "add a participant", "add"),
    b(Scope::In(View::Roster), &[ch('e'), code(KeyCode::Enter)], C::Edit, "edit the participant", "edit"),
    b(Scope::In(View::Roster), &[ch('d'), code(KeyCode::Delete)], C::Delete, "remove the participant (asks, and says where they appear)", ""),
    b(Scope::In(View::Roster), &[ch(' ')], C::CycleStatus, "next status: invited, confirmed, attended, declined", "status+"),
    b(Scope::In(View::Roster), &[ch('M')], C::MergeTwin, "merge with a likely twin (flagged =): both names kept, references rewritten", ""),
];
