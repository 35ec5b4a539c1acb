//! Parsing a large meeting file on every core.
//!
//! serde_yaml reads about 40 MB/s on this kind of machine, so on the
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
const MIN_BYTES: usize = 256 * 1024;

/// The lists worth cutting, in the order their pieces are stored.
const LISTS: [&str; 3] = ["participants", "sessions", "follow_ups"];

/// Pieces per worker thread, so a slow piece does not leave a core idle.
const PIECES_PER_THREAD: usize = 4;

/// Parses `text` with several threads, or `None` when it cannot (or should
/// not) be done that way and the caller must parse it whole.
pub fn parse(text: &str) -> Option<Meeting> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8);
    if text.len() < MIN_BYTES || threads < 2 {
        return None;
    }
    parse_with(
        text,
        threads,
        (text.len() / (threads * PIECES_PER_THREAD)).max(16 * 1024),
    )
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

/// A piece of work: the meeting without its cut lists, or a run of items.
enum Piece<'a> {
    Header(String),
    Items { list: usize, text: &'a str },
}

enum Parsed {
    Header(Box<Meeting>),
    Participants(Vec<Participant>),
    Sessions(Vec<Session>),
    FollowUps(Vec<FollowUp>),
}

fn pieces<'a>(text: &'a str, cuts: &[Cut], target: usize) -> Vec<Piece<'a>> {
    let mut header = String::new();
    let mut from = 0;
    for c in cuts {
        header.push_str(&text[from..c.key_line]);
        from = c.end;
    }
    header.push_str(&text[from..]);
    let mut out = vec![Piece::Header(header)];
    for c in cuts {
        let mut start = c.items[0];
        for &next in &c.items[1..] {
            if next - start >= target {
                out.push(Piece::Items {
                    list: c.list,
                    text: &text[start..next],
                });
                start = next;
            }
        }
        out.push(Piece::Items {
            list: c.list,
            text: &text[start..c.end],
        });
    }
    out
}

fn de<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_yaml::from_str(text).ok()
}

fn parse_piece(p: &Piece) -> Option<Parsed> {
    match p {
        Piece::Header(t) => de::<Meeting>(t).map(|m| Parsed::Header(Box::new(m))),
        Piece::Items { list: 0, text } => de(text).map(Parsed::Participants),
        Piece::Items { list: 1, text } => de(text).map(Parsed::Sessions),
        Piece::Items { text, .. } => de(text).map(Parsed::FollowUps),
    }
}

/// `piece_bytes`: about how much text one piece of work holds.
fn parse_with(text: &str, threads: usize, piece_bytes: usize) -> Option<Meeting> {
    let cuts = scan(text)?;
    if cuts.is_empty() {
        return None;
    }
    let pieces = pieces(text, &cuts, piece_bytes);
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let results: Vec<Mutex<Option<Parsed>>> = pieces.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads.min(pieces.len()) {
            s.spawn(|| {
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
            });
        }
    });
    if failed.load(Ordering::Relaxed) {
        return None;
    }
    let mut meeting: Option<Meeting> = None;
    let (mut people, mut sessions, mut follow_ups) = (Vec::new(), Vec::new(), Vec::new());
    for r in results {
        match r.into_inner().ok()?? {
            Parsed::Header(m) => meeting = Some(*m),
            Parsed::Participants(v) => people.extend(v),
            Parsed::Sessions(v) => sessions.extend(v),
            Parsed::FollowUps(v) => follow_ups.extend(v),
        }
    }
    let mut m = meeting?;
    for c in &cuts {
        match c.list {
            0 => m.participants = Roster::Inline(std::mem::take(&mut people)),
            1 => m.sessions = std::mem::take(&mut sessions),
            _ => m.follow_ups = std::mem::take(&mut follow_ups),
        }
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Meeting {
        serde_yaml::from_str(text).unwrap()
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
}
