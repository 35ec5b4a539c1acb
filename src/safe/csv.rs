//! CSV cells that a spreadsheet shows as text and never runs.
//!
//! A cell starting with `=`, `+`, `-` or `@` is a formula to Excel,
//! LibreOffice and Google Sheets (`=HYPERLINK(...)` phones home when
//! clicked); so is one that starts after a tab or a carriage return, and
//! in locales whose list separator is `;` (Russian Excel) or `,`, text
//! behind a leading `;` or `,`. Such a cell gets a `'` in front, which the
//! spreadsheet shows as text. Ids are defused like any other column: they
//! come from the same files.

use super::is_unsafe;

/// Whether a spreadsheet could read `v` as a formula.
fn could_run(v: &str) -> bool {
    let rest = v.trim_start_matches([';', ',', '\t', '\r', ' ', '\n']);
    v.starts_with(['=', '+', '-', '@', '\t', '\r', ';', ','])
        || (rest.len() != v.len() && rest.starts_with(['=', '+', '-', '@']))
}

/// A plain number such as `-12` or `+3.5`: a spreadsheet reads it as a
/// number, nothing more, and a `'` would turn it into text.
fn is_number(v: &str) -> bool {
    v.parse::<f64>().is_ok()
        && v.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.'))
}

/// One CSV cell (RFC 4180): unsafe characters other than line breaks and
/// tabs become U+FFFD, a cell that could run as a formula is prefixed with
/// `'` (except a plain number such as `-12`, which stays a number), and the
/// cell is quoted when it holds a comma, quote or line break.
pub fn cell(value: &str) -> String {
    let mut v: String = value
        .chars()
        .map(|c| {
            if is_unsafe(c) && !matches!(c, '\n' | '\t') {
                super::REPLACEMENT
            } else {
                c
            }
        })
        .collect();
    if could_run(&v) && !is_number(&v) {
        v.insert(0, '\'');
    }
    if v.contains([',', '"', '\n', '\r']) || v.starts_with(' ') || v.ends_with(' ') {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_defused() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"hi\"\nbye"), "\"say \"\"hi\"\"\nbye\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-12"), "-12");
        assert_eq!(cell("2020-10-01"), "2020-10-01");
        assert_eq!(cell("bell\u{7}\u{1b}[31m"), "bell\u{FFFD}\u{FFFD}[31m");
    }

    #[test]
    fn formulas_behind_separators_and_tabs() {
        for bad in [";=1+1", ",=1+1", "\t=cmd", "@SUM(1)", "+s2", "- 1", "; =1"] {
            let c = cell(bad);
            let inner = c.trim_start_matches('"');
            assert!(inner.starts_with('\''), "{bad:?} gave {c:?}");
        }
        assert!(!cell("\u{202e}x").contains('\u{202e}'));
        assert!(!cell("a\rb").contains('\r'));
    }
}
