//! Text from files is untrusted: a name may hold an escape sequence that
//! would recolour, retitle or scramble the terminal, or a right-to-left
//! override that reorders what follows. Everything shown passes through
//! [`clean`] first; [`fit`] truncates by display columns, so CJK and
//! combining characters keep tables aligned.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// What a removed control character is shown as: visible, one column.
pub const REPLACEMENT: char = '\u{FFFD}';

fn is_unsafe(c: char) -> bool {
    c.is_control()
        // Bidirectional overrides and isolates: they reorder the text after them.
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The text with line breaks and tabs as spaces and every other control or
/// bidi-override character replaced by U+FFFD. Borrowed when already clean.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' | '\r' | '\t' => ' ',
                c if is_unsafe(c) => REPLACEMENT,
                c => c,
            })
            .collect(),
    )
}

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Cleaned text cut to at most `max` columns, ending in `…` when cut.
pub fn fit(s: &str, max: usize) -> String {
    let s = clean(s);
    if width(&s) <= max {
        return s.into_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_never_pass() {
        let evil = "Bob\x1b[2J\x1b]0;pwned\x07\u{9b}31m\u{202E}evil";
        let c = clean(evil);
        assert!(
            !c.chars().any(|ch| ch.is_control() || ch == '\u{202E}'),
            "{c:?}"
        );
        assert!(c.starts_with("Bob\u{FFFD}[2J"));
        assert_eq!(clean("line\nbreak"), "line break");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn fits_by_columns() {
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 4), "abc");
        // Each CJK char takes two columns.
        assert_eq!(fit("北京大学", 5), "北京…");
        assert_eq!(width(&fit("北京大学", 5)), 5);
        // A combining accent takes none.
        assert_eq!(width("e\u{301}te\u{301}"), 3);
        assert_eq!(fit("e\u{301}te\u{301}", 3), "e\u{301}te\u{301}");
    }
}
