//! Drawing the editing dialogs over the view: forms, pickers, questions
//! and a session's items; a registered `Dialog` draws itself (with
//! [`centered`] and the shared [`dialog`] box). Reads state only. Every text from a
//! file goes through [`fit`] (which cleans control characters).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::form::{Field, Form, Kind};
use super::merge_twin::{self, MergeTwin};
use super::picker::{Picker, Source};
use super::roster_import::{self, RosterImport, Tone};
use super::{ItemsList, Modal};
use crate::domain::codes;
use crate::tui::app::App;
use crate::tui::sanitize::{fit, wrap as word_wrap};
use crate::tui::theme::marker;
use crate::tui::widgets::cells;
use crate::tui::widgets::input as input_widget;

/// Draws every open dialog, bottom one first.
pub fn render(app: &App, f: &mut Frame, area: Rect) {
    for m in &app.edit.modals {
        match m {
            Modal::Form(form, _) => draw_form(app, f, area, form),
            Modal::Confirm(q) => draw_confirm(app, f, area, q),
            Modal::Items(l) => draw_items(app, f, area, l),
            Modal::Dialog(d) => d.draw(app, f, area),
            Modal::Merge(d) => draw_merge(app, f, area, d),
            Modal::Import(d) => draw_import(app, f, area, d),
        }
    }
}

pub(super) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(2)).max(10);
    let h = h.min(area.height.saturating_sub(2)).max(3);
    Rect::new(
        area.x + (area.width.saturating_sub(w)) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    )
}

fn popup<'a>(app: &App, f: &mut Frame, r: Rect, title: &str, hint: &str) -> Block<'a> {
    f.render_widget(Clear, r);
    let t = app.theme;
    let mut b = Block::bordered()
        .border_style(t.focus_border())
        .title(Span::styled(
            format!(" {} ", fit(title, usize::from(r.width).saturating_sub(4))),
            t.title(),
        ));
    if !hint.is_empty() {
        b = b.title_bottom(Span::styled(
            format!(" {} ", fit(hint, usize::from(r.width).saturating_sub(4))),
            t.dim(),
        ));
    }
    b
}

/// A whole dialog box in `r`: the frame `popup` makes, with `lines` inside
/// scrolled down by `top` lines.
pub(super) fn dialog(
    app: &App,
    f: &mut Frame,
    r: Rect,
    title: &str,
    hint: &str,
    lines: Vec<Line>,
    top: usize,
) {
    let b = popup(app, f, r, title, hint);
    let inner = b.inner(r);
    f.render_widget(b, r);
    f.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), inner);
}

/// A pick field's values with what they mean: names for people, language names.
fn shown_value(app: &App, field: &Field) -> String {
    let Kind::Pick { source, .. } = field.kind else {
        return field.value.clone();
    };
    let m = app.current().map(|e| app.library[e].meeting());
    field
        .values()
        .iter()
        .map(|v| match source {
            Source::People => match m.and_then(|m| m.participant(v)) {
                Some(p) => format!("{} ({v})", p.name.primary()),
                None => crate::tr!("form-value-not-on-roster", id = v.as_str()),
            },
            Source::Languages if codes::is_language(v) => {
                format!("{v} {}", crate::tui::format::language(v))
            }
            Source::Roles
            | Source::Statuses
            | Source::Kinds
            | Source::DocKinds
            | Source::Formats => crate::tui::format::value(v),
            _ => v.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn draw_form(app: &App, f: &mut Frame, area: Rect, form: &Form) {
    let width = area.width.saturating_sub(4).min(96);
    let (lines, focus_end) = form_lines(app, form, width);
    let h = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let r = centered(area, width, h);
    let inner_h = usize::from(r.height.saturating_sub(2));
    // Keep the focused field (and its error) in sight.
    let top = focus_end.saturating_sub(inner_h);
    let keys = if form.fields.iter().any(|x| x.mark.is_some()) {
        crate::tr!("form-keys-marks")
    } else {
        crate::tr!("form-keys")
    };
    dialog(app, f, r, &form.title, &keys, lines, top);
    if let Some(p) = &form.picker {
        draw_picker(app, f, area, p);
    }
}

/// The form's note, then each field with its error under it (wrapped, so
/// a long message or its did-you-mean is read whole); and the line just
/// past the focused field and its error.
fn form_lines(app: &App, form: &Form, width: u16) -> (Vec<Line<'static>>, usize) {
    let t = app.theme;
    let label_w = form
        .fields
        .iter()
        .map(|x| x.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(28)
        // Room for the not-confirmed marker after a label.
        + if form.fields.iter().any(|x| x.mark.is_some()) { 2 } else { 0 };
    let mut lines: Vec<Line> = Vec::new();
    let mut focus_end = 0;
    if let Some(n) = &form.note {
        lines.push(Line::styled(format!("{} {n}", marker::ERROR), t.error()));
    }
    let value_w = usize::from(width).saturating_sub(label_w + 6);
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        lines.push(field_line(app, form, field, focused, (label_w, value_w)));
        if let Some(e) = &field.error {
            // Inside the box's borders: the indent and the marker take 6.
            let text_w = usize::from(width).saturating_sub(8);
            for (n, part) in word_wrap(e, text_w).into_iter().enumerate() {
                let lead = if n == 0 { marker::ERROR } else { " " };
                lines.push(Line::styled(
                    format!("    {lead} {part}"),
                    t.error().add_modifier(Modifier::BOLD),
                ));
            }
        }
        if focused {
            focus_end = lines.len();
        }
    }
    (lines, focus_end)
}

/// One field: its label, then the value (with the cursor while it is
/// typed in), a placeholder when empty, and how to pick when it is a pick.
fn field_line(
    app: &App,
    form: &Form,
    field: &Field,
    focused: bool,
    (label_w, value_w): (usize, usize),
) -> Line<'static> {
    let t = app.theme;
    let sel = if focused { marker::SELECTED } else { "  " };
    // A field marked not confirmed carries the marker in place of its
    // label's last column, so no value moves.
    let label = if field.tentative {
        let w = label_w.saturating_sub(2);
        format!("{:<w$} {}", fit(&field.label, w), marker::TENTATIVE)
    } else {
        format!("{:<label_w$}", fit(&field.label, label_w))
    };
    let label_style = match (field.tentative, focused) {
        (true, _) => t.tentative(),
        (false, true) => t.header(),
        (false, false) => t.plain(),
    };
    let mut spans = vec![
        Span::styled(sel.to_string(), t.key()),
        Span::styled(format!("{label} "), label_style),
    ];
    let v = shown_value(app, field);
    let shown = match field.kind {
        Kind::Toggle if field.is_on() => format!("[x] {}", crate::tr!("form-yes")),
        Kind::Toggle => format!("[ ] {}", crate::tr!("form-no")),
        _ => v,
    };
    let value_style = if focused && form.fresh && field.kind == Kind::Text {
        // Typing replaces a just-entered value: show it selected.
        t.selected()
    } else {
        t.plain()
    };
    if focused && !form.fresh && field.kind == Kind::Text {
        // Being edited: the cursor where it is.
        spans.extend(input_widget::with_marker(
            &form.input,
            value_w,
            Span::styled("▏", t.key()),
        ));
    } else {
        spans.push(Span::styled(fit(&shown, value_w), value_style));
        if focused {
            spans.push(Span::styled("▏", t.key()));
        }
    }
    if shown.is_empty() && !field.placeholder.is_empty() {
        spans.push(Span::styled(format!("({})", field.placeholder), t.dim()));
    }
    if focused && matches!(field.kind, Kind::Pick { .. }) && field.placeholder.is_empty() {
        spans.push(Span::styled(
            format!("  {}", crate::tr!("form-pick-hint")),
            t.dim(),
        ));
    }
    Line::from(spans)
}

fn draw_picker(app: &App, f: &mut Frame, area: Rect, p: &Picker) {
    let t = app.theme;
    let want = p.row_count().max(1) as u16 + 3;
    let r = centered(area, 70, want.min(area.height.saturating_sub(4)).min(18));
    let b = popup(
        app,
        f,
        r,
        &p.title,
        &crate::tr!(if p.offers_new {
            "picker-keys-new"
        } else {
            "picker-keys"
        }),
    );
    let inner = b.inner(r);
    f.render_widget(b, r);
    let mut lines = vec![input_widget::labelled(
        Span::styled(format!("{} ", crate::tr!("picker-search")), t.dim()),
        &p.query,
        usize::from(inner.width).saturating_sub(10),
        Span::styled("▏", t.key()),
    )];
    let rows = usize::from(inner.height.saturating_sub(1));
    let total = p.row_count();
    if total == 0 {
        lines.push(Line::styled(
            format!("  {}", crate::tr!("picker-nothing")),
            t.dim(),
        ));
    }
    f.render_widget(Paragraph::new(lines), inner);
    let top = (p.selected + 1).saturating_sub(rows);
    let w = usize::from(inner.width).saturating_sub(2);
    // The choices cell by cell: names in any script (Bengali, Khmer) take
    // the columns `fit` counted, and nothing is left at a row's end.
    for (y, n) in (inner.y + 1..inner.bottom()).zip(top..total.min(top + rows)) {
        let sel = n == p.selected;
        let text = match p.rows.get(n) {
            Some(&i) => fit(&p.choices[i].label, w),
            None => fit(&crate::tr!("picker-add-new", name = p.query.trim()), w),
        };
        let style = if sel { t.selected() } else { t.plain() };
        let buf = f.buffer_mut();
        let mark = Rect::new(inner.x, y, 2.min(inner.width), 1);
        cells::put(
            buf,
            mark,
            if sel { marker::SELECTED } else { "  " },
            t.key(),
        );
        let rest = Rect::new(inner.x + 2, y, inner.width.saturating_sub(2), 1);
        cells::put(buf, rest, &text, style);
    }
}

fn draw_confirm(app: &App, f: &mut Frame, area: Rect, q: &super::Confirm) {
    let t = app.theme;
    let width = area.width.saturating_sub(4).min(84);
    let w = usize::from(width).saturating_sub(4);
    // Long paths wrap rather than lose their end.
    let mut lines: Vec<Line> = Vec::new();
    for l in &q.lines {
        lines.extend(word_wrap(l, w).into_iter().map(Line::raw));
    }
    lines.push(Line::raw(""));
    for (k, label, _) in &q.choices {
        lines.push(Line::from(vec![
            Span::styled(format!("  {k}  "), t.key()),
            Span::raw(fit(label, w.saturating_sub(6))),
        ]));
    }
    let h = lines.len() as u16 + 2;
    let r = centered(area, width, h);
    let hint = crate::tr!("tui-confirm-hint");
    dialog(app, f, r, &q.title, &hint, lines, 0);
}

/// The merge dialog: the twins to choose from, then what the merged
/// record will be.
fn draw_merge(app: &App, f: &mut Frame, area: Rect, d: &MergeTwin) {
    let t = app.theme;
    let Some(e) = app.library.get(d.entry) else {
        return;
    };
    let m = e.meeting();
    let width = area.width.saturating_sub(4).min(84);
    let w = usize::from(width).saturating_sub(4);
    let name_of = |id: &str| {
        m.people()
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.primary().to_string())
            .unwrap_or_default()
    };
    let mut lines = vec![Line::raw(fit(
        &crate::tr!(
            "tui-merge-same-person",
            name = name_of(&d.person),
            id = d.person.as_str()
        ),
        w,
    ))];
    for (i, id) in d.twins.iter().enumerate() {
        let mark = if i == d.selected { ">" } else { " " };
        let row = fit(&format!("{mark} {} ({id})", name_of(id)), w);
        lines.push(if i == d.selected {
            Line::styled(row, t.selected())
        } else {
            Line::raw(row)
        });
    }
    lines.push(Line::raw(""));
    // Broken between words: a long organization or position reads whole.
    for l in merge_twin::preview(m, d) {
        lines.extend(word_wrap(&l, w).into_iter().map(Line::raw));
    }
    let h = lines.len() as u16 + 2;
    let r = centered(area, width, h);
    let hint = crate::tr!("tui-merge-hint");
    let title = crate::tr!("tui-merge-title");
    dialog(app, f, r, &title, &hint, lines, 0);
}

/// The import dialog: the file's path (and why it could not be read), then
/// the preview, scrolled to keep the chosen difference in sight.
fn draw_import(app: &App, f: &mut Frame, area: Rect, d: &RosterImport) {
    let width = area.width.saturating_sub(4).min(110);
    let w = usize::from(width).saturating_sub(2);
    let Some(v) = &d.preview else {
        let lines = import_path_lines(app, d, w);
        let r = centered(area, width, lines.len() as u16 + 2);
        let hint = crate::tr!("tui-import-path-hint");
        let title = crate::tr!("tui-import-title");
        dialog(app, f, r, &title, &hint, lines, 0);
        return;
    };
    let (rows, at) = roster_import::lines(app, d);
    let (rows, at) = wrapped(rows, at, w);
    let r = centered(
        area,
        width,
        u16::try_from(rows.len() + 2).unwrap_or(u16::MAX),
    );
    // Inside the box: its border takes a line above and one below.
    let h = usize::from(r.height.saturating_sub(2)).max(1);
    let top = match at {
        Some(at) => at.saturating_sub(h / 2),
        None => usize::from(v.scroll),
    }
    .min(rows.len().saturating_sub(h));
    let t = app.theme;
    let lines: Vec<Line> = rows
        .iter()
        .skip(top)
        .take(h)
        .map(|(s, tone)| {
            let style = match tone {
                Tone::Plain => t.plain(),
                Tone::Title => t.header(),
                Tone::Dim => t.dim(),
                Tone::Warning => t.warning(),
                Tone::Selected => t.selected(),
            };
            Line::styled(fit(s, w), style)
        })
        .collect();
    let hint = match v.plan.suggestions().is_empty() {
        true => crate::tr!("tui-import-preview-hint"),
        false => crate::tr!("tui-import-preview-hint-suggest"),
    };
    let title = crate::tr!("tui-import-preview-title");
    dialog(app, f, r, &title, &hint, lines, 0);
}

/// The preview's lines wrapped to `w` columns, each continuation indented
/// under its line, so that a long one (what an update fills in, a value
/// that differs) is read whole rather than cut; and where the cursor's
/// line now starts.
fn wrapped(
    rows: Vec<(String, Tone)>,
    at: Option<usize>,
    w: usize,
) -> (Vec<(String, Tone)>, Option<usize>) {
    let mut out: Vec<(String, Tone)> = Vec::with_capacity(rows.len());
    let mut moved = None;
    for (k, (s, tone)) in rows.into_iter().enumerate() {
        if at == Some(k) {
            moved = Some(out.len());
        }
        let indent = s.len() - s.trim_start_matches(' ').len() + 4;
        let room = w.saturating_sub(indent).max(w / 2);
        // The first piece takes the whole width, the rest go under it.
        let pieces = crate::tui::sanitize::wrap(&s, w);
        let rest = match pieces.as_slice() {
            [first, _, ..] => s.strip_prefix(first.as_str()),
            _ => None,
        };
        let Some(rest) = rest else {
            out.extend(pieces.into_iter().map(|p| (p, tone)));
            continue;
        };
        let pad = " ".repeat(indent);
        let under = crate::tui::sanitize::wrap(rest.trim_start_matches(' '), room);
        out.extend(pieces.into_iter().take(1).map(|p| (p, tone)));
        out.extend(
            under
                .into_iter()
                .filter(|p| !p.is_empty())
                .map(|p| (format!("{pad}{p}"), tone)),
        );
    }
    (out, moved)
}

/// The path being typed, then why the file could not be read or which
/// exports are recognised.
fn import_path_lines(app: &App, d: &RosterImport, w: usize) -> Vec<Line<'static>> {
    let t = app.theme;
    let mut lines = vec![
        Line::raw(crate::tr!("tui-import-file-label")),
        Line::from(input_widget::with_marker(
            &d.path,
            w.saturating_sub(1),
            Span::styled("▏", t.key()),
        )),
        Line::raw(""),
    ];
    match &d.error {
        Some(err) => lines.extend(err.lines().map(|l| Line::styled(fit(l, w), t.warning()))),
        None => lines.push(Line::styled(
            fit(&crate::tr!("tui-import-recognised"), w),
            t.dim(),
        )),
    }
    lines
}

/// An item's title, or what it is when it has none (only who speaks).
fn item_title(it: &crate::domain::Item, lang: &str, fb: &[String]) -> String {
    if it.title.is_empty() {
        crate::tr!("tui-item-untitled")
    } else {
        it.title.get(lang, fb).to_string()
    }
}

fn draw_items(app: &App, f: &mut Frame, area: Rect, l: &ItemsList) {
    let t = app.theme;
    let Some(m) = app.library.get(l.entry).map(|e| e.meeting()) else {
        return;
    };
    let Some(s) = m.sessions.get(l.session) else {
        return;
    };
    let (lang, fb) = app.language();
    let width = area.width.saturating_sub(4).min(100);
    let w = usize::from(width).saturating_sub(6);
    let mut lines: Vec<Line> = Vec::new();
    for (i, it) in s.items.iter().enumerate() {
        let sel = i == l.selected;
        let speakers: Vec<String> = it
            .speakers
            .iter()
            .map(|id| {
                m.participant(id).map_or_else(
                    || crate::tr!("tui-not-on-roster", id = id.as_str()),
                    |p| p.display_name(&lang, &fb),
                )
            })
            .collect();
        lines.push(Line::from(vec![
            Span::styled(if sel { marker::SELECTED } else { "  " }, t.key()),
            Span::styled(
                fit(&format!("{}. {}", i + 1, item_title(it, &lang, &fb)), w),
                if sel { t.selected() } else { t.plain() },
            ),
        ]));
        if !speakers.is_empty() {
            lines.push(Line::styled(
                format!("     {}", fit(&speakers.join(", "), w.saturating_sub(3))),
                t.dim(),
            ));
        }
    }
    if s.items.is_empty() {
        lines.push(Line::styled(
            format!("  {}", crate::tr!("tui-items-none")),
            t.dim(),
        ));
    }
    let h = (lines.len() as u16 + 2).max(5);
    let r = centered(area, width, h);
    let sel_line = lines
        .iter()
        .position(|x| {
            x.spans
                .first()
                .is_some_and(|s| s.content == marker::SELECTED)
        })
        .unwrap_or(0);
    let top = (sel_line + 2).saturating_sub(usize::from(r.height.saturating_sub(2)));
    dialog(
        app,
        f,
        r,
        &crate::tr!("tui-items-title", id = s.id.as_str()),
        &crate::tr!("tui-items-hint"),
        lines,
        top,
    );
}

#[cfg(test)]
mod wrap_tests {
    use super::word_wrap;

    #[test]
    fn breaks_at_spaces_keeps_indent_and_cuts_long_words() {
        assert_eq!(word_wrap("  one two", 20), ["  one two"]);
        assert_eq!(
            word_wrap("alpha beta gamma delta", 11),
            ["alpha beta", "gamma delta"]
        );
        assert_eq!(
            word_wrap("a/very/long/path/name.yaml x", 10),
            ["a/very/lon", "g/path/nam", "e.yaml x"]
        );
    }
}
