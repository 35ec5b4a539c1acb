//! Where each record of a file starts, for reporting every broken record
//! after the whole-file parse has failed ([`super::diagnose`]).
//!
//! Only used once the YAML parser has refused the file: the first error always
//! comes from the one full parse, and nothing here decides what a file
//! means. When the file is written in block style, as people write it and
//! `plenary fmt` leaves it, each of the three long lists (`participants`,
//! `sessions`, `follow_ups`) is cut at its items (`- ` at the list's
//! indentation), so each item can be parsed alone and report its own error.
//! A shape the scan does not know gives `None`, and only the first error is
//! reported.

/// The lists worth cutting; their positions are [`PARTICIPANTS`], [`SESSIONS`], [`FOLLOW_UPS`].
const LISTS: [&str; 3] = ["participants", "sessions", "follow_ups"];

/// A cut list: which one, and where its items start and end.
struct Cut {
    list: usize,
    key_line: usize,
    items: Vec<usize>,
    end: usize,
}

/// One line of the text: its start, its end (without the newline), and the
/// start of the next line.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    text.split_inclusive('\n').map(move |l| {
        let start = at;
        at += l.len();
        (start, l.trim_end_matches(['\n', '\r']))
    })
}

fn is_item(body: &str) -> bool {
    body == "-" || body.starts_with("- ")
}

/// `key:` or `key: value` with a plain identifier key, as a block mapping
/// at column 0 holds it; anything else makes the scan give up.
fn top_key(line: &str) -> Option<&str> {
    let end = line.find(':')?;
    let key = &line[..end];
    let rest = &line[end + 1..];
    let plain = !key.is_empty()
        && key
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    (plain && (rest.is_empty() || rest.starts_with(' '))).then_some(key)
}

/// Finds the top-level lists that can be cut, or `None` for a file whose
/// shape the scan does not know.
fn scan(text: &str) -> Option<Vec<Cut>> {
    let mut seen: Vec<&str> = Vec::new();
    let mut cuts: Vec<Cut> = Vec::new();
    // The list being read: (cut, indentation of its items once known).
    let mut open: Option<(Cut, Option<usize>)> = None;
    for (start, line) in lines(text) {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let body = &line[indent..];
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        if let Some((cut, item_indent)) = &mut open {
            // A tab in an item's indentation (a common slip) is the item's
            // own error: it stays in the item, which then reports it.
            if body.starts_with('\t') && !cut.items.is_empty() {
                continue;
            }
            match *item_indent {
                None if is_item(body) => {
                    *item_indent = Some(indent);
                    cut.items.push(start);
                    continue;
                }
                Some(i) if indent == i && is_item(body) => {
                    cut.items.push(start);
                    continue;
                }
                Some(i) if indent > i => continue,
                // A key at column 0 ends the list; anything else is a shape we do not cut.
                _ if indent == 0 => {
                    if let Some((mut c, _)) = open.take() {
                        c.end = start;
                        cuts.push(c);
                    }
                }
                _ => return None,
            }
        }
        if indent > 0 || is_item(body) {
            continue;
        }
        // A file that opens with `---` (common in hand-written YAML) is
        // one document all the same: the marker stays in the header. Any
        // later marker or directive is a shape we do not cut.
        if body.trim_end() == "---" && seen.is_empty() && cuts.is_empty() {
            continue;
        }
        if body.starts_with("---") || body.starts_with("...") || body.starts_with('%') {
            return None;
        }
        let key = top_key(body)?;
        if seen.contains(&key) {
            return None;
        }
        seen.push(key);
        if let Some(list) = LISTS.iter().position(|l| *l == key)
            && body[key.len() + 1..].trim().is_empty()
        {
            open = Some((
                Cut {
                    list,
                    key_line: start,
                    items: Vec::new(),
                    end: text.len(),
                },
                None,
            ));
        }
    }
    if let Some((c, _)) = open {
        cuts.push(c);
    }
    cuts.retain(|c| !c.items.is_empty());
    Some(cuts)
}

/// A file cut up: the meeting with its cut lists' lines left empty, and
/// the text of each item of each list that was cut.
pub(crate) struct Layout<'a> {
    pub header: String,
    /// In [`LISTS`] order; `None` when the list was not cut (it is then in the header).
    pub items: [Option<Vec<&'a str>>; 3],
}

pub(crate) const PARTICIPANTS: usize = 0;
pub(crate) const SESSIONS: usize = 1;
pub(crate) const FOLLOW_UPS: usize = 2;

/// Cuts `text` up, or `None` when its shape is unknown or there is nothing to cut.
pub(crate) fn layout(text: &str) -> Option<Layout<'_>> {
    let cuts = scan(text)?;
    if cuts.is_empty() {
        return None;
    }
    let mut header = String::new();
    let mut from = 0;
    let mut items: [Option<Vec<&str>>; 3] = [None, None, None];
    for c in &cuts {
        header.push_str(&text[from..c.key_line]);
        // Empty lines in the list's place: the header's lines are the file's.
        let cut = text[c.key_line..c.end].matches('\n').count();
        header.extend(std::iter::repeat_n('\n', cut));
        from = c.end;
        let ends = c.items[1..].iter().copied().chain([c.end]);
        items[c.list] = Some(
            c.items
                .iter()
                .zip(ends)
                .map(|(&a, b)| &text[a..b])
                .collect(),
        );
    }
    header.push_str(&text[from..]);
    Some(Layout { header, items })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "title: T\ntimezone: Asia/Almaty\nstart_date: 2020-01-01\n";

    #[test]
    fn cuts_each_list_at_its_items() {
        let text = format!(
            "{HEAD}follow_ups:\n  # the first\n  - id: a\n    title: A\n\n  - id: b\n    title: \"B\n      continued\"\n# trailing\nnotes: x\n"
        );
        let l = layout(&text).expect("a known shape");
        let items = l.items[FOLLOW_UPS].as_ref().expect("cut");
        assert_eq!(items.len(), 2);
        assert!(items[1].starts_with("  - id: b"));
        assert!(l.header.contains("notes: x") && !l.header.contains("id: a"));
    }

    /// A leading `---` starts the one document: the file is cut as
    /// without it (the diagnosis of a broken record stays per record).
    #[test]
    fn a_leading_document_marker_is_cut_as_without_it() {
        let doc = format!("---\n{HEAD}follow_ups:\n- id: a\n  title: A\n- id: b\n  title: B\n");
        let l = layout(&doc).expect("cut");
        assert_eq!(l.items[FOLLOW_UPS].as_ref().map(Vec::len), Some(2));
        assert!(l.header.starts_with("---\n"));
    }

    #[test]
    fn gives_up_on_what_it_does_not_know() {
        let dup =
            format!("{HEAD}follow_ups:\n- id: a\n  title: A\nfollow_ups:\n- id: b\n  title: B\n");
        assert!(layout(&dup).is_none());
        let second = format!("{HEAD}follow_ups:\n- id: a\n  title: A\n---\ntitle: B\n");
        assert!(layout(&second).is_none());
        let directive = format!("%YAML 1.2\n---\n{HEAD}follow_ups:\n- id: a\n  title: A\n");
        assert!(layout(&directive).is_none());
        let odd_indent =
            format!("{HEAD}follow_ups:\n    - id: a\n      title: A\n  - id: b\n    title: B\n");
        assert!(layout(&odd_indent).is_none());
    }
}
