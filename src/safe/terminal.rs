//! Text for a terminal: every character that could steer it, reorder a
//! line or overprint one is replaced by a visible U+FFFD.

use std::borrow::Cow;

/// What a removed control character is shown as: visible, one column.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Characters that must never reach a terminal raw: C0 and C1 controls
/// and DEL (escape sequences start with ESC or a C1), the bidirectional
/// embeddings, overrides, isolates and marks (they reorder what follows),
/// and the Unicode line and paragraph separators (some terminals break
/// the line there, which can forge a line of output).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Whether `s` surely holds no [`is_unsafe`] character other than those
/// `allowed` lets through (`\n` and `\t`, when true), from its bytes
/// alone: every unsafe character is an ASCII control or DEL, or starts
/// with the UTF-8 lead byte 0xC2 (C1 controls), 0xD8 (U+061C) or 0xE2
/// (the marks, separators and bidi controls). Text without those bytes
/// (ASCII, Cyrillic, most scripts) is cleared by one pass over its bytes
/// instead of decoding every character; the rest is decided by decoding.
pub fn surely_safe(s: &str, allowed: bool) -> bool {
    s.bytes().all(|b| match b {
        b'\n' | b'\t' => allowed,
        0x00..=0x1F | 0x7F | 0xC2 | 0xD8 | 0xE2 => false,
        _ => true,
    })
}

/// One line of text: line breaks and tabs become spaces (so a value cannot
/// start a line of its own), every other unsafe character U+FFFD.
/// Borrowed when already clean, which is nearly always.
pub fn clean(s: &str) -> Cow<'_, str> {
    if surely_safe(s, false) || !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => ' ',
                c if is_unsafe(c) => REPLACEMENT,
                c => c,
            })
            .collect(),
    )
}

/// A file name for a message: names are chosen by whoever sent the file,
/// and may hold an escape sequence or a line break that forges a line.
pub fn path(p: &std::path::Path) -> String {
    clean(&p.to_string_lossy()).into_owned()
}

/// Several lines, as a whole output is: `\n` and tabs stay, every other
/// unsafe character (a carriage return included) becomes U+FFFD. The last
/// guard before stdout and stderr; single values go through [`clean`]
/// first so that none can start a line of its own.
pub fn clean_lines(s: &str) -> Cow<'_, str> {
    let keep = |c: char| matches!(c, '\n' | '\t');
    if surely_safe(s, true) || !s.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if is_unsafe(c) && !keep(c) {
                    REPLACEMENT
                } else {
                    c
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVIL: &str = "Bob\x1b]52;c;cHduZWQ=\x07\x1b]0;PWNED\x07\x1b[2J\x1bP1$qm\x1b\\\u{9b}31m\u{202E}\u{200E}\u{200F}\u{061C}\r\x08\x7f";

    fn safe(s: &str) -> bool {
        !s.chars().any(is_unsafe)
    }

    #[test]
    fn the_byte_look_never_clears_an_unsafe_character() {
        // Every character up to U+FFFF, alone and in text: whatever the
        // byte look clears, decoding clears too.
        for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
            let s = format!("ab{c}я");
            if surely_safe(&s, false) {
                assert!(!is_unsafe(c), "{:04X}", c as u32);
            }
            if surely_safe(&s, true) {
                assert!(!is_unsafe(c) || c == '\n' || c == '\t', "{:04X}", c as u32);
            }
        }
        assert!(surely_safe("Гульнара Омаров, OECD", false));
        assert!(!surely_safe("a\nb", false));
        assert!(surely_safe("a\nb\t", true));
    }

    #[test]
    fn escapes_never_pass() {
        let c = clean(EVIL);
        assert!(safe(&c), "{c:?}");
        assert!(c.starts_with("Bob\u{FFFD}]52;"));
        assert_eq!(clean("line\nbreak\ttab"), "line break tab");
        assert!(matches!(clean("plain, 日本語, עברית"), Cow::Borrowed(_)));
    }

    #[test]
    fn lines_keep_their_breaks_and_lose_the_rest() {
        let text = format!("one\n{EVIL}\ntwo\r\n");
        let c = clean_lines(&text);
        assert!(c.lines().all(safe), "{c:?}");
        assert_eq!(c.lines().count(), 3);
        assert!(c.ends_with("two\u{FFFD}\n"));
        assert!(matches!(clean_lines("a\n\tb\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_bidi_control_is_unsafe() {
        for c in [
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
        ] {
            assert!(is_unsafe(c), "U+{:04X}", c as u32);
        }
        assert!(!is_unsafe('é') && !is_unsafe('ש') && !is_unsafe(' '));
    }
}
