//! Text from files made safe and fitted to a column, with search matches
//! highlighted on the characters the reader sees.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use crate::tui::sanitize::{clean, fit};

/// `text` cleaned and cut to `max` columns (with `…`), the chars at
/// `matched` (char indices in `text`) drawn in `hl`.
pub fn highlighted(
    text: &str,
    matched: &[usize],
    max: usize,
    base: Style,
    hl: Style,
) -> Line<'static> {
    if matched.is_empty() {
        return Line::from(Span::styled(fit(text, max), base));
    }
    // `clean` maps char to char, so indices stay valid.
    let text = clean(text);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut cur = String::new();
    let mut cur_hl = false;
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    let limit = if total > max {
        max.saturating_sub(1)
    } else {
        max
    };
    let mut m = matched.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        let w = c.width().unwrap_or(0);
        if used + w > limit {
            break;
        }
        used += w;
        while m.peek().is_some_and(|&&x| x < i) {
            m.next();
        }
        let is_hl = m.peek().is_some_and(|&&x| x == i);
        if is_hl != cur_hl && !cur.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut cur),
                if cur_hl { hl } else { base },
            ));
        }
        cur_hl = is_hl;
        cur.push(c);
    }
    if total > max && max > 0 {
        if cur_hl && !cur.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut cur), hl));
            cur_hl = false;
        }
        cur.push('…');
    }
    if !cur.is_empty() {
        spans.push(Span::styled(cur, if cur_hl { hl } else { base }));
    }
    Line::from(spans)
}

/// A cleaned, fitted span.
pub fn fitted(text: &str, max: usize, style: Style) -> Span<'static> {
    Span::styled(fit(text, max), style)
}

/// `Label: value` with the label in `label_style`; the value is cleaned.
pub fn label_value(label: &str, value: &str, label_style: Style) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}: "), label_style),
        Span::raw(clean(value).into_owned()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn highlights_and_fits() {
        let hl = Style::new().add_modifier(Modifier::BOLD);
        let l = highlighted("Fan Li", &[4, 5], 10, Style::new(), hl);
        assert_eq!(l.spans.len(), 2);
        assert_eq!(l.spans[1].content, "Li");
        assert_eq!(l.spans[1].style, hl);
        let cut = highlighted("Kussidenova Gulnara", &[0, 1], 8, Style::new(), hl);
        let s: String = cut.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(s, "Kusside…");
        assert_eq!(cut.spans[0].content, "Ku");
    }
}
