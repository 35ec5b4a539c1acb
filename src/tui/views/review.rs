//! Review mode on screen: the follow-up under review with its whole
//! record, where the walk is ("3 of 12"), and at the end what changed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::app::App;
use crate::tui::app::followups::Review;
use crate::tui::layout::ViewLayout;
use crate::tui::sanitize::clean;

pub fn render(app: &App, f: &mut Frame, l: &ViewLayout) {
    let Some(r) = &app.followups.review else {
        return;
    };
    let t = app.theme;
    let area = l.banner.union(l.list.outer).union(l.detail);
    if r.done {
        summary(app, r, f, area);
        return;
    }
    let Some(step) = r.current() else { return };
    let i = Review::now(step, &app.library.entries).and_then(|now| {
        app.library[step.entry]
            .meeting()
            .follow_ups
            .iter()
            .position(|x| std::ptr::eq(x, now))
    });
    let block = Block::bordered()
        .title(Line::from(vec![
            Span::styled(" Review ", t.title()),
            Span::raw(format!(
                "— {} of {} · oldest due first · today {} ",
                r.pos + 1,
                r.steps.len(),
                app.today
            )),
        ]))
        .border_style(t.focus_border());
    let inner = block.inner(area);
    f.render_widget(block, area);
    let [body, keys] = Layout::vertical([Constraint::Fill(1), Constraint::Length(2)]).areas(inner);
    let lines = match i {
        Some(i) => super::followups::detail_of(app, step.entry, i),
        None => vec![Line::styled(
            format!(
                "`{}` is no longer in its meeting (undone?)",
                clean(&step.before.id)
            ),
            t.warning(),
        )],
    };
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.followups.list.detail_scroll, 0)),
        body,
    );
    let k = |s: &'static str| Span::styled(s, t.key());
    let r1 = Line::from(vec![
        k("1"),
        Span::raw(" open  "),
        k("2"),
        Span::raw(" in progress  "),
        k("3"),
        Span::raw(" waiting  "),
        k("4"),
        Span::raw(" done  "),
        k("5"),
        Span::raw(" dropped  "),
        k("s"),
        Span::raw(" next status"),
    ]);
    let r2 = Line::from(vec![
        k("n"),
        Span::raw(" note  "),
        k("d"),
        Span::raw(" due (+2w)  "),
        k("Space"),
        Span::raw(" skip  "),
        k("k"),
        Span::raw(" back  "),
        k("Esc"),
        Span::raw(" end  "),
        k("u"),
        Span::raw(" undo"),
    ]);
    f.render_widget(Paragraph::new(vec![r1, r2]), keys);
}

fn summary(app: &App, r: &Review, f: &mut Frame, area: ratatui::layout::Rect) {
    let t = app.theme;
    let outcomes = r.outcomes(&app.library.entries);
    let seen = r.seen;
    let block = Block::bordered()
        .title(Line::from(vec![
            Span::styled(" Review done ", t.title()),
            Span::raw(format!(
                "— {seen} of {} seen, {} changed ",
                r.steps.len(),
                outcomes.len()
            )),
        ]))
        .border_style(t.focus_border());
    let mut lines: Vec<Line> = Vec::new();
    if outcomes.is_empty() {
        lines.push(Line::raw("Nothing changed."));
    }
    for o in &outcomes {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", clean(&o.id)), t.header()),
            Span::styled(format!("({})", clean(&o.meeting)), t.dim()),
            Span::raw(format!(": {}", o.describe())),
        ]));
        for (d, n) in &o.notes {
            lines.push(Line::raw(format!("    {d}  {}", clean(n))));
        }
    }
    lines.push(Line::raw(""));
    let dirty = app.library.entries.iter().any(|e| e.editor.is_dirty());
    lines.push(Line::styled(
        if dirty {
            "Not saved yet: Ctrl-s saves, u undoes one change at a time. Enter or Esc: back to the list."
        } else {
            "Enter or Esc: back to the list."
        },
        t.dim(),
    ));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
