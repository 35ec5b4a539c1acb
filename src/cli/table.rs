//! Plain-text tables that fit the terminal, for reports on the command line.
//!
//! Widths are display widths (CJK counts two, combining marks zero), and a
//! cell too long for its column ends in `…` ([`plain`] does both); callers
//! pass text from files through [`plain::clean`] first. When the terminal is too narrow for every column, the least needed
//! go first.

use std::io::IsTerminal;

use unicode_width::UnicodeWidthStr;

use super::plain;

pub struct Column {
    pub header: String,
    /// Flexible columns shrink to `min`, get up to `want` before any column
    /// gets more, then grow to their longest cell; the others always take
    /// their longest cell.
    pub flex: bool,
    pub min: usize,
    pub want: usize,
    /// Columns are dropped, highest first, when even the minimum widths do not fit; 0 never.
    pub drop: u8,
}

pub enum Line {
    Heading(String),
    Row(Vec<String>),
}

const GAP: &str = "  ";

/// The width to fit: `COLUMNS` when set, else the terminal's, else no
/// limit. Output going to a file or a pipe is read by a program (`grep`,
/// `less -S`, a mail) or a wider window later: a width guessed for it
/// would cut titles and owners with `…` and lose what they said, while the
/// terminal has a width to fit and keeps being fitted.
pub fn terminal_width() -> usize {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|n| *n > 0)
    {
        return n;
    }
    if std::io::stdout().is_terminal()
        && let Ok((w, _)) = crossterm::terminal::size()
        && w > 0
    {
        return w as usize;
    }
    usize::MAX
}

/// `s` cut to `w` display columns (ending in `…` when cut), padded to `w` when `pad`.
fn fit(s: &str, w: usize, pad: bool) -> String {
    let cut = plain::cut(s, w);
    if pad { plain::pad(&cut, w) } else { cut }
}

/// Column widths for `width`, `None` for a dropped column.
fn widths(cols: &[Column], natural: &[usize], width: usize) -> Vec<Option<usize>> {
    let mut shown: Vec<bool> = vec![true; cols.len()];
    let need = |shown: &[bool]| -> usize {
        let n = shown.iter().filter(|s| **s).count();
        let sum: usize = cols
            .iter()
            .zip(natural)
            .zip(shown)
            .filter(|(_, s)| **s)
            .map(|((c, nat), _)| if c.flex { c.min.min(*nat) } else { *nat })
            .sum();
        sum + GAP.len() * n.saturating_sub(1)
    };
    while need(&shown) > width {
        let next = (0..cols.len())
            .filter(|&i| shown[i] && cols[i].drop > 0)
            .max_by_key(|&i| (cols[i].drop, i));
        match next {
            Some(i) => shown[i] = false,
            None => break,
        }
    }
    let mut w: Vec<usize> = cols
        .iter()
        .zip(natural)
        .map(|(c, nat)| if c.flex { c.min.min(*nat) } else { *nat })
        .collect();
    let mut spare = width.saturating_sub(need(&shown));
    // Water-filling, first up to what each column wants, then to its longest
    // cell: widen the narrowest flexible column that still wants more.
    for wants_only in [true, false] {
        let cap = |i: usize| {
            if wants_only {
                cols[i].want.min(natural[i])
            } else {
                natural[i]
            }
        };
        while spare > 0 {
            let grow = (0..cols.len())
                .filter(|&i| shown[i] && cols[i].flex && w[i] < cap(i))
                .min_by_key(|&i| w[i]);
            match grow {
                Some(i) => {
                    w[i] += 1;
                    spare -= 1;
                }
                None => break,
            }
        }
    }
    w.into_iter()
        .zip(shown)
        .map(|(w, s)| s.then_some(w))
        .collect()
}

/// Each column's widest cell or header.
fn natural(cols: &[Column], lines: &[Line]) -> Vec<usize> {
    let mut natural: Vec<usize> = cols.iter().map(|c| c.header.width()).collect();
    for l in lines {
        if let Line::Row(cells) = l {
            for (n, cell) in natural.iter_mut().zip(cells) {
                *n = (*n).max(cell.width());
            }
        }
    }
    natural
}

/// Whether each column keeps its place at `width` ([`render`] drops the others).
pub fn shown(cols: &[Column], lines: &[Line], width: usize) -> Vec<bool> {
    widths(cols, &natural(cols, lines), width)
        .iter()
        .map(Option::is_some)
        .collect()
}

/// The table as text, one `\n`-terminated line per header, heading and row.
pub fn render(cols: &[Column], lines: &[Line], width: usize) -> String {
    let w = widths(cols, &natural(cols, lines), width);
    let row = |cells: Vec<&str>| -> String {
        let shown: Vec<(usize, &str)> = w
            .iter()
            .zip(cells)
            .filter_map(|(w, c)| w.map(|w| (w, c)))
            .collect();
        let last = shown.len().saturating_sub(1);
        let parts: Vec<String> = shown
            .iter()
            .enumerate()
            .map(|(i, (w, c))| fit(c, *w, i != last))
            .collect();
        let mut s = parts.join(GAP).trim_end().to_string();
        s.push('\n');
        s
    };
    let mut out = row(cols.iter().map(|c| c.header.as_str()).collect());
    for l in lines {
        match l {
            Line::Heading(h) => {
                out.push_str(&fit(&format!("── {h}"), width, false));
                out.push('\n');
            }
            Line::Row(cells) => out.push_str(&row(cells.iter().map(String::as_str).collect())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols() -> Vec<Column> {
        vec![
            Column {
                header: "!".into(),
                flex: false,
                min: 1,
                want: 1,
                drop: 0,
            },
            Column {
                header: "ID".into(),
                flex: true,
                min: 4,
                want: 8,
                drop: 2,
            },
            Column {
                header: "TITLE".into(),
                flex: true,
                min: 6,
                want: 30,
                drop: 0,
            },
        ]
    }

    #[test]
    fn fits_the_width_and_drops_what_matters_least() {
        let lines = vec![Line::Row(vec![
            "!".into(),
            "action-plan-kz".into(),
            "Kazakhstan: action plan for ICT".into(),
        ])];
        let wide = render(&cols(), &lines, 80);
        assert_eq!(
            wide.lines().nth(1),
            Some("!  action-plan-kz  Kazakhstan: action plan for ICT")
        );
        let narrow = render(&cols(), &lines, 24);
        assert!(narrow.lines().all(|l| l.width() <= 24), "{narrow}");
        assert_eq!(narrow.lines().nth(1), Some("!  action-…  Kazakhstan…"));
        let tiny = render(&cols(), &lines, 12);
        assert_eq!(tiny.lines().nth(1), Some("!  Kazakhst…"));
    }

    #[test]
    fn wide_characters_line_up() {
        assert_eq!(fit("会議の記録", 7, true), "会議の…");
        assert_eq!(fit("ab", 4, true), "ab  ");
    }
}
