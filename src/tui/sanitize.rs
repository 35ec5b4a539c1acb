//! Text from files is untrusted: a name may hold an escape sequence that
//! would recolour, retitle or scramble the terminal, or a right-to-left
//! override that reorders what follows. Everything shown passes through
//! [`clean`] first; [`fit`] truncates by display columns, so CJK and
//! combining characters keep tables aligned.

use unicode_width::UnicodeWidthChar;

// The one sanitizer lives below the front ends, shared with the CLI.
pub use crate::safe::{REPLACEMENT, clean};

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

/// Cleaned text cut to at most `max` columns after its last whole word
/// that fits, ending in `…` when cut; a first word longer than `max` is
/// cut inside, as [`fit`] does.
pub fn fit_words(s: &str, max: usize) -> String {
    let cut = fit(s, max);
    let Some(kept) = cut.strip_suffix('…') else {
        return cut;
    };
    let full = clean(s);
    // Cut between words already: the character after the kept part is a space.
    if full[kept.len()..].starts_with(' ') {
        return format!("{}…", kept.trim_end());
    }
    match kept.rfind(' ') {
        Some(at) if !kept[..at].trim().is_empty() => {
            let head = kept[..at].trim_end_matches([' ', ',', ';', ':', '·', '–', '-']);
            format!("{head}…")
        }
        _ => cut,
    }
}

/// `text` (cleaned) in lines of at most `w` columns, broken at spaces; a
/// word longer than a line (a path) is cut across lines, never lost.
pub fn wrap(text: &str, w: usize) -> Vec<String> {
    let w = w.max(10);
    let text = fit(text, 4000);
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for (i, word) in text.split(' ').enumerate() {
        // Spaces are kept as written (an indent too), except where a line breaks.
        let need = width(&line) + usize::from(i > 0) + width(word);
        if !line.trim().is_empty() && need > w {
            out.push(std::mem::take(&mut line));
        } else if i > 0 {
            line.push(' ');
        }
        for c in word.chars() {
            if width(&line) + width(c.encode_utf8(&mut [0; 4])) > w {
                out.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    out.push(line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_never_pass() {
        use std::borrow::Cow;
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
    fn fits_at_word_boundaries() {
        assert_eq!(fit_words("short", 10), "short");
        assert_eq!(fit_words("ICT and OER for SDG 4", 12), "ICT and OER…");
        assert_eq!(fit_words("ICT and OER for SDG 4", 11), "ICT and…");
        assert_eq!(
            fit_words("(written in Asia/Almaty; Esc)", 26),
            "(written in Asia/Almaty…"
        );
        assert_eq!(fit_words("Supercalifragilistic", 6), "Super…");
        assert!(width(&fit_words("Дом образования Алматы", 12)) <= 12);
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
