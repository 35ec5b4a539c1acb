//! Follow-ups: what meetings committed to, by due date; overdue and
//! due-soon ones carry a marker, not only a colour. Read-only here.

use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row};

use crate::domain::{DueState, FollowUp, Meeting};
use crate::tui::app::App;
use crate::tui::layout::{ViewLayout, flexible_width};
use crate::tui::sanitize::clean;
use crate::tui::theme::{Theme, marker};
use crate::tui::widgets::{ListTable, detail_pane, fitted, label_value, list_table};

fn mark(s: DueState, f: &FollowUp, t: Theme) -> Span<'static> {
    match s {
        DueState::Overdue => Span::styled(marker::OVERDUE, t.error()),
        DueState::DueSoon => Span::styled(marker::DUE_SOON, t.warning()),
        DueState::Closed if f.status == crate::domain::FollowUpStatus::Dropped => {
            Span::styled(marker::DROPPED, t.dim())
        }
        DueState::Closed => Span::styled(marker::DONE, t.ok()),
        _ => Span::raw(""),
    }
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

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    let t = app.theme;
    let (lang, fb) = app.language();
    let st = &app.followups;
    let s = st.list.scroll;
    let window = s.window(st.rows.len(), l.list.height());
    let all = st.all;
    let fixed: &[u16] = if all {
        &[2, 10, 11, 20, 16]
    } else {
        &[2, 10, 11, 20]
    };
    let title_w = flexible_width(l.list.rows.width, fixed);
    let rows: Vec<Row> = st.rows[window.clone()]
        .iter()
        .map(|&(e, i)| {
            let m = app.library.entries[e].meeting();
            let fu = &m.follow_ups[i];
            let state = fu.due_state(app.today);
            let due_style = match state {
                DueState::Overdue => t.error(),
                DueState::DueSoon => t.warning(),
                DueState::Closed => t.dim(),
                _ => t.plain(),
            };
            let mut cells = vec![
                Cell::from(mark(state, fu, t)),
                Cell::from(Span::styled(
                    fu.due
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "no date".into()),
                    due_style,
                )),
                Cell::from(fu.status.as_str()),
                Cell::from(fitted(&owner(m, fu, &lang, &fb), 20, t.plain())),
                Cell::from(fitted(
                    fu.title.get(&lang, &fb),
                    usize::from(title_w),
                    t.plain(),
                )),
            ];
            if all {
                cells.push(Cell::from(fitted(m.label(), 16, t.dim())));
            }
            Row::new(cells)
        })
        .collect();
    let mut header = vec!["", "Due", "Status", "Owner", "Follow-up"];
    let mut widths = vec![
        Constraint::Length(2),
        Constraint::Length(10),
        Constraint::Length(11),
        Constraint::Length(20),
        Constraint::Length(title_w),
    ];
    if all {
        header.push("Meeting");
        widths.push(Constraint::Length(16));
    }
    let overdue = st
        .rows
        .iter()
        .filter(|&&(e, i)| {
            app.library.entries[e].meeting().follow_ups[i].due_state(app.today) == DueState::Overdue
        })
        .count();
    let scope = if all {
        "every meeting".to_string()
    } else {
        app.current()
            .map(|e| clean(app.library.entries[e].meeting().label()).into_owned())
            .unwrap_or_default()
    };
    let title = Line::from(vec![
        Span::styled(" Follow-ups ", t.title()),
        Span::raw(format!(
            "— {scope}: {}, {overdue} overdue{} · today {} ",
            st.rows.len(),
            if st.open_only { ", open only" } else { "" },
            app.today
        )),
    ]);
    list_table(
        f,
        &l.list,
        ListTable {
            title,
            header: Row::new(header),
            widths,
            rows,
            selected: (!st.rows.is_empty()).then(|| s.selected - window.start),
            empty: "no follow-ups; a for every meeting, o to show done ones",
        },
        t,
    );
    detail_pane(
        f,
        l.detail,
        Line::styled(" Follow-up ", t.title()),
        detail(app),
        st.list.detail_scroll,
        t,
    );
}

pub fn detail(app: &App) -> Vec<Line<'static>> {
    let t = app.theme;
    let Some(&(e, i)) = app.followups.rows.get(app.followups.list.scroll.selected) else {
        return Vec::new();
    };
    let m = app.library.entries[e].meeting();
    let f = &m.follow_ups[i];
    let (lang, fb) = app.language();
    let lv = |k: &str, v: &str| label_value(k, v, t.header());
    let mut out = vec![Line::from(vec![
        Span::styled(clean(f.title.get(&lang, &fb)).into_owned(), t.title()),
        Span::styled(format!("  id: {}", clean(&f.id)), t.dim()),
    ])];
    out.push(lv("Meeting", m.label()));
    let state = f.due_state(app.today);
    let due = match (f.due, state) {
        (None, _) => "no due date".to_string(),
        (Some(d), DueState::Overdue) => {
            format!("{d} — overdue by {} days", (app.today - d).num_days())
        }
        (Some(d), DueState::DueSoon) => format!("{d} — due in {} days", (d - app.today).num_days()),
        (Some(d), _) => d.to_string(),
    };
    out.push(Line::from(vec![
        Span::styled("Due: ", t.header()),
        mark(state, f, t),
        Span::raw(format!(" {due}")),
    ]));
    let mut status = f.status.as_str().to_string();
    if let Some(c) = f.closed {
        status.push_str(&format!(" (closed {c})"));
    }
    out.push(lv("Status", &status));
    let owner_line = match (&f.owner, &f.owner_org) {
        (Some(id), _) => super::format::person_by_id(m, id, &lang, &fb),
        (None, Some(o)) => o.get(&lang, &fb).to_string(),
        (None, None) => "nobody yet".into(),
    };
    out.push(lv("Owner", &owner_line));
    if let Some(sid) = &f.session {
        let s = m.session(sid).map(|s| {
            format!(
                "{} — {} ({})",
                s.title.get(&lang, &fb),
                super::format::day(s.date),
                s.id
            )
        });
        out.push(lv(
            "From session",
            &s.unwrap_or_else(|| format!("`{sid}` (no such session)")),
        ));
    }
    if !f.tags.is_empty() {
        out.push(lv("Tags", &f.tags.join(", ")));
    }
    if let Some(c) = &f.carried_from {
        out.push(lv("Carried from", c));
    }
    if f.tentative.any() {
        out.push(Line::styled(
            format!("{} not confirmed yet", marker::TENTATIVE),
            t.tentative(),
        ));
    }
    if let Some(last) = f.log.last() {
        out.push(lv("Latest", &format!("{}: {}", last.date, last.note)));
    }
    if let Some(n) = &f.notes {
        out.push(Line::raw(""));
        out.push(Line::raw(clean(n).into_owned()));
    }
    if f.log.len() > 1 {
        out.push(Line::raw(""));
        out.push(Line::styled(format!("Log ({})", f.log.len()), t.header()));
        for l in f.log.iter().rev() {
            out.push(Line::raw(format!("  {}  {}", l.date, clean(&l.note))));
        }
    }
    out
}
