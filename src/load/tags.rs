//! YAML tags (`!!binary`, `!custom`): serde_yaml turns `!!binary aGk=`
//! into the plain string `aGk=` and a custom tag into an "enum", and a save
//! would drop either without a word. Agendas have no use for them, so a
//! tag is refused, at its line, before parsing; the core tags that change
//! nothing (`!!str`, `!!int`, ...) pass.

/// Tags that only restate a plain YAML type; serde keeps their values.
const HARMLESS: [&str; 7] = [
    "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq",
];

/// The first tag in `text` that would change or lose a value: its line and
/// column (1-based) and the tag as written.
pub fn first(text: &str) -> Option<(usize, usize, String)> {
    if !text.contains('!') {
        return None;
    }
    // Lines of a block scalar (`|`, `>`) are text, whatever they hold.
    let mut block_indent: Option<usize> = None;
    for (i, line) in text.split(['\n', '\r']).enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(b) = block_indent {
            if line.trim().is_empty() || indent > b {
                continue;
            }
            block_indent = None;
        }
        if let Some((col, tag)) = tag_in(line) {
            return Some((i + 1, col + 1, tag));
        }
        let code = line.split(" #").next().unwrap_or(line).trim_end();
        if code.ends_with(['|', '>']) || code.ends_with("|-") || code.ends_with(">-") {
            block_indent = Some(indent);
        }
    }
    None
}

/// A tag at a place where a value starts, outside quotes and comments.
fn tag_in(line: &str) -> Option<(usize, String)> {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '#') if prev == ' ' => return None,
            (None, '"' | '\'') if " :[{,-".contains(prev) => quote = Some(c),
            (None, '!') if " [{,".contains(prev) && value_starts(&line[..i]) => {
                let tag: String = line[i..]
                    .chars()
                    .take_while(|c| !c.is_whitespace() && !",]}".contains(*c))
                    .collect();
                if !HARMLESS.contains(&tag.as_str()) {
                    return Some((i, tag));
                }
            }
            _ => {}
        }
        prev = c;
    }
    None
}

/// Whether a value may start after `before`: after `key: `, `- `, `[`,
/// `{` or `,`, or alone on its line.
fn value_starts(before: &str) -> bool {
    let t = before.trim_end();
    t.is_empty() || t.ends_with(':') || t.ends_with('-') || t.ends_with(['[', '{', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tags_where_values_start() {
        assert_eq!(
            first("title: x\ndescription: !!binary aGVsbG8=\n"),
            Some((2, 14, "!!binary".into()))
        );
        assert_eq!(first("a: [x, !custom y]\n"), Some((1, 8, "!custom".into())));
        assert_eq!(first("- !thing\n"), Some((1, 3, "!thing".into())));
    }

    #[test]
    fn text_that_merely_holds_a_bang_passes() {
        assert_eq!(first("title: Hello!\nnotes: \"!x\"\n"), None);
        assert_eq!(first("notes: 'a !b'\nc: d # !e\n"), None);
        assert_eq!(first("notes: |\n  !important\n  more\ntitle: x\n"), None);
        assert_eq!(first("a: !!str 12\n"), None);
        assert_eq!(first("title: Bienvenue !\n"), None);
    }
}
