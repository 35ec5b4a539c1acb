//! JSON that a terminal can show: serde_json escapes only what the JSON
//! grammar requires (C0 controls), so DEL, C1 controls (U+009B is a whole
//! CSI) and bidi controls would pass raw. Outside strings serialized JSON
//! holds only ASCII, so escaping those characters wherever they occur keeps
//! the document valid and every value exactly as it was.

use std::fmt::Write;

use super::is_unsafe;

/// `json` with every unsafe character outside plain ASCII whitespace written
/// as a `\uXXXX` escape (the structural `\n` of pretty printing stays).
pub fn escape(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if is_unsafe(c) && !matches!(c, '\n' | ' ' | '\t' | '\r') {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c1_and_bidi_are_escaped_and_round_trip() {
        let value = "a\u{9b}31m\u{202e}b\u{7f}\u{200e}";
        let json = escape(&serde_json::to_string(&value).unwrap());
        assert_eq!(json, r#""a\u009b31m\u202eb\u007f\u200e""#);
        let back: String = serde_json::from_str(&json).unwrap();
        assert_eq!(back, value);
    }
}
