//! Checking a spliced text by its rewritten records alone.
//!
//! A save must read back as the edited meeting. Parsing the whole result
//! checks that, but on a large agenda it costs more than the rest of the
//! save. When a splice changed nothing but whole records of the top-level
//! lists, the rest of the text is the old text, which reads as the meeting
//! as loaded: then it is enough that each old record's lines read as the
//! old record (the line reader found its true bounds) and each new
//! record's lines read as the new record, each parsed on its own. Anything
//! that could make a record's lines mean something else in place (anchors
//! and aliases, document markers, lines outside its indentation) sends the
//! caller to the whole parse, as does any other change.

use serde::de::DeserializeOwned;

use super::layout;
use super::splice::{self, Rewrite, Rewrites};
use crate::domain::Meeting;

/// True when `text`, spliced from a text that reads as `base`, surely
/// reads as `want`; false when only a whole parse can tell.
pub fn by_records(text: &str, base: &Meeting, want: &Meeting, rw: &Rewrites) -> bool {
    if rw.other || splice::header(base) != splice::header(want) {
        return false;
    }
    rw.records.iter().all(|r| match r.list {
        "sessions" => record(r, text, &base.sessions, &want.sessions),
        "follow_ups" => record(r, text, &base.follow_ups, &want.follow_ups),
        _ => record(r, text, base.people(), want.people()),
    })
}

fn record<T: DeserializeOwned + PartialEq>(
    r: &Rewrite,
    text: &str,
    base: &[T],
    want: &[T],
) -> bool {
    let old = r
        .old
        .as_ref()
        .is_none_or(|(i, t)| reads_as(t, base.get(*i)));
    let new = r.new.as_ref().is_none_or(|(j, range)| {
        text.get(range.clone())
            .is_some_and(|t| reads_as(t, want.get(*j)))
    });
    old && new
}

/// Whether `lines` (one `- ...` item) read on their own as `want`.
fn reads_as<T: DeserializeOwned + PartialEq>(lines: &str, want: Option<&T>) -> bool {
    let Some(want) = want else {
        return false;
    };
    if !stands_alone(lines) {
        return false;
    }
    matches!(
        crate::load::parse_fragment::<Vec<T>>(lines),
        Ok(v) if v.len() == 1 && v[0] == *want
    )
}

/// One sequence item whose meaning cannot depend on the lines around it:
/// a dash first, every other line deeper (or blank, or a comment), no
/// document marker, no anchor or alias, and a final line ending.
pub fn stands_alone(lines: &str) -> bool {
    if !lines.ends_with('\n') {
        return false;
    }
    let mut dash: Option<usize> = None;
    for line in lines.lines() {
        let line = line.trim_end_matches('\r');
        if line.starts_with("---") || line.starts_with("...") {
            return false;
        }
        let col = layout::indent(line);
        let body = &line[col..];
        if body.contains('\t') || has_anchor_or_alias(body) {
            return false;
        }
        if layout::is_gap(body) {
            continue;
        }
        match dash {
            None if body.starts_with("- ") || body == "-" => dash = Some(col),
            Some(d) if col > d => {}
            _ => return false,
        }
    }
    dash.is_some()
}

/// `&name` or `*name` where a YAML token may start. In doubt (a `*` that
/// opens plain text), true: the whole parse decides.
fn has_anchor_or_alias(body: &str) -> bool {
    let b = body.as_bytes();
    (0..b.len()).any(|i| {
        matches!(b[i], b'&' | b'*')
            && (i == 0 || matches!(b[i - 1], b' ' | b'[' | b'{' | b','))
            && b.get(i + 1).is_some_and(|c| !c.is_ascii_whitespace())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, Text};
    use std::path::Path;

    const STYLED: &str = include_str!("../../tests/styled/hand-written.yaml");

    fn parse(text: &str) -> Meeting {
        crate::load::parse_meeting(Path::new("x.yaml"), text).unwrap()
    }

    /// The splice of `base` into `new` over `text`, and whether its records alone check it.
    fn check(text: &str, base: &Meeting, new: &Meeting) -> (String, bool) {
        let (out, rw) = splice::meeting_tracked(text, base, new).unwrap();
        let ok = by_records(&out, base, new, &rw);
        (out, ok)
    }

    #[test]
    fn record_edits_are_checked_by_their_records_and_do_read_back() {
        let base = parse(STYLED);
        let mut new = base.clone();
        new.sessions[1].end = Clock::from_minutes(11 * 60 + 45);
        new.sessions.remove(2);
        new.follow_ups[0].title = Text::plain("NO");
        new.participants.people_mut()[1].name = Text::plain("Fan Li");
        let (out, ok) = check(STYLED, &base, &new);
        assert!(ok);
        assert_eq!(parse(&out), new);
    }

    #[test]
    fn a_meeting_field_or_a_reorder_needs_the_whole_parse() {
        let base = parse(STYLED);
        let mut new = base.clone();
        new.title = Text::plain("Renamed");
        assert!(!check(STYLED, &base, &new).1);
        let mut new = base.clone();
        new.sessions.swap(0, 2);
        assert!(!check(STYLED, &base, &new).1);
    }

    #[test]
    fn a_base_the_text_does_not_hold_is_caught_at_the_edited_record() {
        // The old record's own lines are parsed too: a base that is not what
        // the text says (or a record read with the wrong bounds) fails.
        let mut base = parse(STYLED);
        base.sessions[1].title = Text::plain("Not what the file says");
        let mut new = base.clone();
        new.sessions[1].end = Clock::from_minutes(11 * 60 + 45);
        assert!(!check(STYLED, &base, &new).1);
    }

    #[test]
    fn an_anchor_in_an_edited_record_needs_the_whole_parse() {
        let text = STYLED.replace("    chair: li-fan\n", "    chair: &c li-fan\n");
        let base = parse(&text);
        let mut new = base.clone();
        new.sessions[1].end = Clock::from_minutes(11 * 60 + 45);
        assert!(!check(&text, &base, &new).1);
    }

    #[test]
    fn an_item_stands_alone_only_when_nothing_around_it_can_change_it() {
        assert!(stands_alone(
            "  - id: a\n    title: x\n  # note\n\n    end: '10:00'\n"
        ));
        assert!(stands_alone("- id: a\n  title: Q&A and R & D\n"));
        assert!(
            !stands_alone("  - id: a\n  title: x\n"),
            "a line at the dash's column"
        );
        assert!(!stands_alone("  - id: a\n    chair: *boss\n"), "an alias");
        assert!(!stands_alone("  - &s id: a\n"), "an anchor");
        assert!(!stands_alone("  - id: a\n---\n"), "a document marker");
        assert!(!stands_alone("  - id: a"), "no line ending");
        assert!(!stands_alone("    title: x\n"), "no dash");
    }
}
