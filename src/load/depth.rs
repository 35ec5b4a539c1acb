//! Refusing nesting no agenda needs, before the YAML parser sees it.
//!
//! The YAML scanner slows down with every open bracket: 100,000 `[` (a
//! 200 KB file) kept it busy for minutes. An agenda nests a handful of
//! levels, so one linear pass over the text refuses anything deeper than
//! [`MAX_DEPTH`] and names the line where it happens. The pass follows
//! quotes, comments and block scalars well enough not to count brackets
//! in text; in doubt it counts, which can only refuse a file nested
//! absurdly deep, never accept one.

/// Deeper than this is not an agenda (yaml_serde itself stops at 128).
pub const MAX_DEPTH: usize = 64;

/// Where the text first nests deeper than [`MAX_DEPTH`]: (line, column), from 1.
pub fn too_deep(text: &str) -> Option<(usize, usize)> {
    // Nearly every agenda has no flow bracket at all and no line indented
    // anywhere near the limit; two byte searches and a look at each line's
    // start tell so without following quotes through every byte. When
    // either fails, the full pass below decides, so the answer is its own.
    let bytes = text.as_bytes();
    if memchr::memchr2(b'[', b'{', bytes).is_none() && !any_line_deep(bytes) {
        return None;
    }
    scan(text)
}

/// Whether some line's indentation and leading `- ` would pass the block
/// limit, whatever quotes or block scalars are open around it. Without a
/// bracket the flow depth stays 0, so this is the only way [`scan`] can
/// refuse such a text.
fn any_line_deep(bytes: &[u8]) -> bool {
    let mut start = 0;
    while start < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let mut line = &bytes[start..end];
        // As `scan` reads a line: CRs at its end are not part of it.
        while let [rest @ .., b'\r'] = line {
            line = rest;
        }
        let indent = line.iter().take_while(|&&b| b == b' ').count();
        let dashes = line[indent..]
            .chunks(2)
            .take_while(|c| *c == b"- " || *c == b"-")
            .count();
        if indent / 2 + dashes > MAX_DEPTH {
            return true;
        }
        start = end + 1;
    }
    false
}

/// The full pass: quotes, comments, block scalars and brackets followed
/// byte by byte.
fn scan(text: &str) -> Option<(usize, usize)> {
    let mut flow = 0usize;
    // Lines more indented than this belong to a block scalar (`|` or `>`).
    let mut block_scalar: Option<usize> = None;
    let mut quote: Option<u8> = None;
    for (n, line) in super::lf::split(text).enumerate() {
        let indent = line.bytes().take_while(|&b| b == b' ').count();
        let body = line[indent..].trim_end_matches('\r');
        match block_scalar {
            Some(i) if indent > i || body.is_empty() => continue,
            _ => block_scalar = None,
        }
        // Block nesting: indentation and compact `- - -` on one line.
        let dashes = body
            .as_bytes()
            .chunks(2)
            .take_while(|c| *c == b"- " || *c == b"-")
            .count();
        if quote.is_none() && flow == 0 && indent / 2 + dashes > MAX_DEPTH {
            return Some((n + 1, indent + 1));
        }
        let bytes = line.as_bytes();
        // Outside quotes, a line with none of these bytes changes nothing
        // below (no quote, bracket or comment; no `|` or `>` to start a
        // block scalar).
        if quote.is_none() && !bytes.iter().any(|&b| matters(b)) {
            continue;
        }
        let mut prev = b' ';
        let mut k = 0;
        while k < bytes.len() {
            let mut b = bytes[k];
            match (quote, b) {
                (Some(b'"'), b'\\') => k += 1,
                (Some(q), _) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'#') if prev == b' ' || prev == b'\t' => break,
                (None, b'"' | b'\'') if opens_value(prev) => quote = Some(b),
                (None, b'[' | b'{') if flow > 0 || opens_value(prev) => {
                    flow += 1;
                    if flow > MAX_DEPTH {
                        return Some((n + 1, k + 1));
                    }
                }
                (None, b']' | b'}') => flow = flow.saturating_sub(1),
                // A bracket inside plain text (`a [b`) opens nothing.
                (None, b'[' | b'{') => b = b'x',
                _ => {}
            }
            if b != b' ' {
                prev = b;
            }
            k += 1;
        }
        if quote.is_none() && flow == 0 && starts_block_scalar(body) {
            block_scalar = Some(indent);
        }
    }
    None
}

/// The bytes that can change the pass's state outside a quote.
fn matters(b: u8) -> bool {
    matches!(
        b,
        b'"' | b'\'' | b'#' | b'[' | b'{' | b']' | b'}' | b'|' | b'>'
    )
}

/// Whether a quote or bracket after `prev` (the last non-space) starts a value.
fn opens_value(prev: u8) -> bool {
    matches!(prev, b' ' | b':' | b'-' | b',' | b'[' | b'{' | b'?')
}

/// `key: |`, `- >-` and the like: the following lines are text.
fn starts_block_scalar(body: &str) -> bool {
    // Most lines hold neither indicator: one byte scan instead of a substring search.
    if !body.bytes().any(|b| b == b'|' || b == b'>') {
        return false;
    }
    let body = match body.find(" #") {
        Some(i) => &body[..i],
        None => body,
    };
    let last = body.trim_end().rsplit(' ').next().unwrap_or("");
    let mut c = last.chars();
    matches!(c.next(), Some('|' | '>')) && c.all(|c| matches!(c, '+' | '-' | '1'..='9'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agendas_pass() {
        for f in std::fs::read_dir("agendas").into_iter().flatten().flatten() {
            let text = std::fs::read_to_string(f.path()).unwrap_or_default();
            assert_eq!(too_deep(&text), None, "{}", f.path().display());
        }
        assert_eq!(too_deep("a: [[1, 2], {b: [3]}]\n"), None);
    }

    #[test]
    fn refuses_deep_brackets_with_their_line() {
        let text = format!("title: x\nnotes: {}\n", "[".repeat(10_000));
        assert_eq!(too_deep(&text), Some((2, 7 + MAX_DEPTH + 1)));
        let text = format!("title: x\nnotes: {}\n", "{a: ".repeat(10_000));
        assert_eq!(too_deep(&text).map(|p| p.0), Some(2));
        let text = format!("list:\n{}x\n", "- ".repeat(1_000));
        assert_eq!(too_deep(&text), Some((2, 1)));
    }

    #[test]
    fn the_quick_look_answers_as_the_full_pass() {
        let deep = format!("{}x: 1\n", " ".repeat(2 * MAX_DEPTH + 2));
        let dashes = format!("a:\n{}x\r\n", "- ".repeat(MAX_DEPTH));
        let cr = format!("a:\n{}-\r\n", "- ".repeat(MAX_DEPTH));
        let quoted = format!("a: \"x\n{}y\"\n", " ".repeat(2 * MAX_DEPTH + 2));
        let block = format!("a: |\n{}y\nb: 1\n", " ".repeat(2 * MAX_DEPTH + 2));
        for text in [
            "title: x\n".to_string(),
            deep,
            dashes,
            cr,
            quoted,
            block,
            "a: [1, [2]]\n".to_string(),
        ] {
            assert_eq!(too_deep(&text), scan(&text), "{text:?}");
        }
        let deep = format!("{}x: 1\n", " ".repeat(2 * MAX_DEPTH + 2));
        assert_eq!(too_deep(&deep), Some((1, 2 * MAX_DEPTH + 3)));
    }

    #[test]
    fn brackets_in_text_do_not_count() {
        let deep = "[".repeat(100);
        for text in [
            format!("title: \"{deep}\"\n"),
            format!("title: '{deep}'\n"),
            format!("title: a {deep}\n"),
            format!("title: x # {deep}\n"),
            format!("notes: |\n  {deep}\n\n  {deep}\nnext: 1\n"),
        ] {
            assert_eq!(too_deep(&text), None, "{text}");
        }
    }
}
