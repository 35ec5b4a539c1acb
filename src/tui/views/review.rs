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
            Span::styled(format!(" {} ", crate::tr!("tui-review")), t.title()),
            Span::raw(format!(
                "— {} ",
                crate::tr!(
                    "tui-review-title",
                    n = r.pos + 1,
                    total = r.steps.len(),
                    today = app.today.to_string()
                )
            )),
        ]))
        .border_style(t.focus_border());
    let inner = block.inner(area);
    f.render_widget(block, area);
    let [body, keys] = Layout::vertical([Constraint::Fill(1), Constraint::Length(2)]).areas(inner);
    let lines = match i {
        Some(i) => super::followups::detail_of(app, step.entry, i),
        None => vec![Line::styled(
            crate::tr!("tui-review-gone", id = clean(&step.before.id)),
            t.warning(),
        )],
    };
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.followups.list.detail_scroll, 0)),
        body,
    );
    f.render_widget(Paragraph::new(key_lines(app)), keys);
}

/// The review's keys, two lines: the statuses, then the walk.
fn key_lines(app: &App) -> Vec<Line<'static>> {
    let t = app.theme;
    let k = |s: &'static str| Span::styled(s, t.key());
    let w = |key: &str, last: bool| {
        let mut s = format!(" {}", crate::tr!(key));
        if !last {
            s.push_str("  ");
        }
        Span::raw(s)
    };
    let r1 = Line::from(vec![
        k("1"),
        w("tui-value-open", false),
        k("2"),
        w("tui-review-in-progress", false),
        k("3"),
        w("tui-value-waiting", false),
        k("4"),
        w("tui-value-done", false),
        k("5"),
        w("tui-value-dropped", false),
        k("s"),
        w("tui-review-next-status", true),
    ]);
    let r2 = Line::from(vec![
        k("n"),
        w("tui-review-note", false),
        k("d"),
        w("tui-review-due", false),
        k("Space"),
        w("tui-review-skip", false),
        k("k"),
        w("tui-review-back", false),
        k("Esc"),
        w("tui-review-end", false),
        k("u"),
        w("tui-review-undo", true),
    ]);
    vec![r1, r2]
}

fn summary(app: &App, r: &Review, f: &mut Frame, area: ratatui::layout::Rect) {
    let t = app.theme;
    let outcomes = r.outcomes(&app.library.entries, |m| app.meeting_label(m).to_string());
    let seen = r.seen;
    let block = Block::bordered()
        .title(Line::from(vec![
            Span::styled(format!(" {} ", crate::tr!("tui-review-done")), t.title()),
            Span::raw(format!(
                "— {} ",
                crate::tr!(
                    "tui-review-seen",
                    seen = seen,
                    total = r.steps.len(),
                    changed = outcomes.len()
                )
            )),
        ]))
        .border_style(t.focus_border());
    let mut lines: Vec<Line> = Vec::new();
    if outcomes.is_empty() {
        lines.push(Line::raw(crate::tr!("tui-review-nothing-changed")));
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
        crate::tr!(if dirty {
            "tui-review-not-saved"
        } else {
            "tui-review-back-to-list"
        }),
        t.dim(),
    ));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
