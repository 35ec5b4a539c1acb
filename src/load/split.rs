//! Parsing a large meeting file on every core.
//!
//! yaml_serde reads about 40 MB/s on this kind of machine, so on the
//! 3 MB benchmark agenda the parse is most of what any command costs. Its
//! bulk is three long lists (`participants`, `sessions`, `follow_ups`) whose
//! items do not depend on one another. When the file is written in block
//! style, as people write it and `plenary fmt` leaves it, each list can be
//! cut at its item boundaries (`- ` at the list's indentation) into pieces
//! that parse on their own, on several threads, with the very same serde
//! types as the whole file.
//!
//! This is only a faster road to the same result. Anything the scan does not
//! recognize, and any error in any piece, returns `None`, and the caller
//! parses the whole file as one: messages and line numbers always come from
//! that single full parse. The cut points are real boundaries for YAML: a
//! line at an item's indentation can neither continue a plain scalar nor a
//! block scalar of the item before it, and a quoted scalar or flow
//! collection that spans it leaves the piece before it unterminated, which
//! is an error, hence a fallback.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde::de::DeserializeOwned;

use crate::domain::{FollowUp, Meeting, Participant, Roster, Session};

/// Below this a file parses faster than threads start.
pub(crate) const MIN_BYTES: usize = 256 * 1024;

/// The lists worth cutting; their positions are [`PARTICIPANTS`], [`SESSIONS`], [`FOLLOW_UPS`].
const LISTS: [&str; 3] = ["participants", "sessions", "follow_ups"];

/// Pieces per worker thread, so a slow piece does not leave a core idle.
const PIECES_PER_THREAD: usize = 4;

/// Parses `text` with several threads, or `None` when it cannot (or should
/// not) be done that way and the caller must parse it whole.
pub fn parse(text: &str) -> Option<Meeting> {
    let threads = threads();
    if text.len() < MIN_BYTES || threads < 2 {
        return None;
    }
    parse_with(text, threads, piece_bytes(text.len(), threads))
}

/// About how much text one piece of work holds: a few pieces per thread,
/// so a slow piece does not leave a core idle.
pub(crate) fn piece_bytes(total: usize, threads: usize) -> usize {
    (total / (threads * PIECES_PER_THREAD)).max(16 * 1024)
}

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

/// A file cut up: the meeting without its cut lists, and the text of each
/// item of each list that was cut.
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

/// Worker threads worth starting on this machine.
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8)
}

/// A piece of work: the meeting without its cut lists, or a run of items of one list.
pub(crate) enum Piece {
    Header(String),
    Items { list: usize, text: String },
}

pub(crate) enum Parsed {
    Header(Box<Meeting>),
    Participants(Vec<Participant>),
    Sessions(Vec<Session>),
    FollowUps(Vec<FollowUp>),
}

/// Runs of consecutive `items` of about `target` bytes each. Items of one
/// block list, even when some are left out between them, read as one list.
pub(crate) fn runs(list: usize, items: &[&str], target: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut text = String::new();
    for it in items {
        text.push_str(it);
        if text.len() >= target {
            out.push(Piece::Items {
                list,
                text: std::mem::take(&mut text),
            });
        }
    }
    if !text.is_empty() {
        out.push(Piece::Items { list, text });
    }
    out
}

fn de<T: DeserializeOwned>(text: &str) -> Option<T> {
    crate::yaml::from_str(text).ok()
}

fn parse_piece(p: &Piece) -> Option<Parsed> {
    match p {
        Piece::Header(t) => de::<Meeting>(t).map(|m| Parsed::Header(Box::new(m))),
        Piece::Items {
            list: PARTICIPANTS,
            text,
        } => de(text).map(Parsed::Participants),
        Piece::Items {
            list: SESSIONS,
            text,
        } => de(text).map(Parsed::Sessions),
        Piece::Items { text, .. } => de(text).map(Parsed::FollowUps),
    }
}

/// Parses every piece, on up to `threads` threads, results in piece order;
/// `None` as soon as one fails.
pub(crate) fn parse_pieces(pieces: &[Piece], threads: usize) -> Option<Vec<Parsed>> {
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let results: Vec<Mutex<Option<Parsed>>> = pieces.iter().map(|_| Mutex::new(None)).collect();
    let work = || {
        while !failed.load(Ordering::Relaxed) {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(p) = pieces.get(i) else { break };
            match parse_piece(p) {
                Some(r) => {
                    if let Ok(mut slot) = results[i].lock() {
                        *slot = Some(r);
                    }
                }
                None => failed.store(true, Ordering::Relaxed),
            }
        }
    };
    if threads < 2 || pieces.len() < 2 {
        work();
    } else {
        std::thread::scope(|s| {
            for _ in 0..threads.min(pieces.len()) {
                s.spawn(work);
            }
        });
    }
    if failed.load(Ordering::Relaxed) {
        return None;
    }
    results
        .into_iter()
        .map(|r| r.into_inner().ok().flatten())
        .collect()
}

/// Puts parsed pieces together into the meeting; lists that were cut are
/// replaced by their parsed items, in order.
pub(crate) fn assemble(parsed: Vec<Parsed>, cut: [bool; 3]) -> Option<Meeting> {
    let mut meeting: Option<Meeting> = None;
    let (mut people, mut sessions, mut follow_ups) = (Vec::new(), Vec::new(), Vec::new());
    for r in parsed {
        match r {
            Parsed::Header(m) => meeting = Some(*m),
            Parsed::Participants(v) => people.extend(v),
            Parsed::Sessions(v) => sessions.extend(v),
            Parsed::FollowUps(v) => follow_ups.extend(v),
        }
    }
    let mut m = meeting?;
    if cut[PARTICIPANTS] {
        m.participants = Roster::Inline(people);
    }
    if cut[SESSIONS] {
        m.sessions = sessions;
    }
    if cut[FOLLOW_UPS] {
        m.follow_ups = follow_ups;
    }
    Some(m)
}

/// `piece_bytes`: about how much text one piece of work holds.
fn parse_with(text: &str, threads: usize, piece_bytes: usize) -> Option<Meeting> {
    let layout = layout(text)?;
    let cut = [0, 1, 2].map(|l| layout.items[l].is_some());
    let mut pieces = vec![Piece::Header(layout.header)];
    for (list, items) in layout.items.iter().enumerate() {
        if let Some(items) = items {
            pieces.extend(runs(list, items, piece_bytes));
        }
    }
    assemble(parse_pieces(&pieces, threads)?, cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Meeting {
        crate::yaml::from_str(text).unwrap()
    }

    const HEAD: &str = "title: T\ntimezone: Asia/Almaty\nstart_date: 2020-01-01\n";

    #[test]
    fn same_meeting_as_one_parse() {
        let m = crate::generate::meeting(300, 40, 200);
        let text = crate::save::canonical::meeting_yaml(&m).unwrap();
        for (threads, piece) in [(2, 1), (3, 4096), (8, 1 << 20)] {
            assert_eq!(parse_with(&text, threads, piece).as_ref(), Some(&m));
        }
    }

    #[test]
    fn indented_lists_and_comments_are_cut_too() {
        let text = format!(
            "{HEAD}follow_ups:\n  # the first\n  - id: a\n    title: A\n\n  - id: b\n    title: \"B\n      continued\"\n# trailing\nnotes: x\n"
        );
        let fast = parse_with(&text, 4, 1).unwrap();
        assert_eq!(fast, whole(&text));
        assert_eq!(fast.follow_ups.len(), 2);
    }

    #[test]
    fn windows_line_ends_cut_the_same() {
        let m = crate::generate::meeting(50, 10, 30);
        let text = crate::save::canonical::meeting_yaml(&m)
            .unwrap()
            .replace('\n', "\r\n");
        assert_eq!(parse_with(&text, 2, 1).as_ref(), Some(&m));
    }

    #[test]
    fn gives_up_on_what_it_does_not_know() {
        let dup =
            format!("{HEAD}follow_ups:\n- id: a\n  title: A\nfollow_ups:\n- id: b\n  title: B\n");
        assert!(parse_with(&dup, 2, 1).is_none());
        let doc = format!("---\n{HEAD}follow_ups:\n- id: a\n  title: A\n");
        assert!(parse_with(&doc, 2, 1).is_none());
        let quoted = "\"title\": T\ntimezone: Asia/Almaty\nstart_date: 2020-01-01\nfollow_ups:\n- id: a\n  title: A\n";
        assert!(parse_with(quoted, 2, 1).is_none());
        let odd_indent =
            format!("{HEAD}follow_ups:\n    - id: a\n      title: A\n  - id: b\n    title: B\n");
        assert!(parse_with(&odd_indent, 2, 1).is_none());
    }

    #[test]
    fn any_error_falls_back() {
        let typo = format!("{HEAD}follow_ups:\n- id: a\n  titel: A\n- id: b\n  title: B\n");
        assert!(parse_with(&typo, 2, 1).is_none());
        // An anchor in one piece used in another: the whole parse decides.
        let alias = format!("{HEAD}follow_ups:\n- id: a\n  title: &t A\n- id: b\n  title: *t\n");
        assert!(parse_with(&alias, 2, 1).is_none());
        assert_eq!(parse_with(&alias, 2, 1 << 20), Some(whole(&alias)));
        // A quoted scalar running over an item boundary leaves a piece unterminated.
        let spanning = format!("{HEAD}follow_ups:\n- id: a\n  title: \"A\n- id: b\n  title: B\"\n");
        assert!(parse_with(&spanning, 2, 1).is_none());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Whatever is done to a file, the cut parse either gives up or
        /// agrees with the whole parse; it never accepts what the whole
        /// parse refuses.
        #[test]
        fn never_disagrees_with_the_whole_parse(
            edits in proptest::collection::vec((0usize..10_000, 0usize..12, 0usize..4), 1..4)
        ) {
            const BITS: [&str; 12] = ["\"", "'", "\n", "\n- ", "- ", ": ", "#", "  ", "&a ", "*a", "[", "\nfollow_ups:\n"];
            let m = crate::generate::meeting(40, 8, 30);
            let mut text = crate::save::canonical::meeting_yaml(&m).unwrap();
            for (at, bit, cut) in edits {
                let mut at = at % text.len();
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let mut end = (at + cut).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(at..end, BITS[bit]);
            }
            let whole = crate::yaml::from_str::<Meeting>(&text);
            match (parse_with(&text, 2, 1), whole) {
                (Some(fast), Ok(slow)) => proptest::prop_assert_eq!(fast, slow),
                (Some(_), Err(e)) => proptest::prop_assert!(false, "accepted what the whole parse refuses: {}", e),
                _ => {}
            }
        }
    }
}
