//! What an edit did to a meeting's problems, said after the edit in the
//! status line: "2 new problems, 1 resolved", not the change of their
//! count (two new and one gone is not "1 new problem").
//!
//! A problem is known by its severity and its message, not its place: an
//! edit that renumbers the sessions moves every later problem's path but
//! makes none of them new. The lists are kept as sorted hashes (a 10×
//! meeting has some 35,000 problems: no copy of their texts per edit).

use std::hash::{Hash, Hasher};

use crate::check::Problem;

/// The problems before an edit, as sorted keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seen(Vec<u64>);

fn key(p: &Problem) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    p.is_error().hash(&mut h);
    p.message.hash(&mut h);
    h.finish()
}

/// The problems as they are now, to compare after the edit.
pub fn seen(problems: &[Problem]) -> Seen {
    let mut v: Vec<u64> = problems.iter().map(key).collect();
    v.sort_unstable();
    Seen(v)
}

/// How many of `after` are new since `before`, and how many of `before`
/// are gone.
pub fn counts(before: &Seen, after: &[Problem]) -> (usize, usize) {
    let now = seen(after);
    let (a, b) = (&before.0, &now.0);
    let (mut i, mut j, mut new, mut gone) = (0, 0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => (gone, i) = (gone + 1, i + 1),
            std::cmp::Ordering::Greater => (new, j) = (new + 1, j + 1),
            std::cmp::Ordering::Equal => (i, j) = (i + 1, j + 1),
        }
    }
    (new + b.len() - j, gone + a.len() - i)
}

/// " · 2 new problems, 1 resolved: see 5 Problems", or nothing when the
/// problems are the same.
pub fn said(before: &Seen, after: &[Problem]) -> String {
    let text = match counts(before, after) {
        (0, 0) => return String::new(),
        (new, 0) => crate::tr!("tui-problems-new", n = new),
        (0, gone) => crate::tr!("tui-problems-gone", n = gone),
        (new, gone) => crate::tr!("tui-problems-new-gone", new = new, gone = gone),
    };
    format!(" · {text}")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn p(m: &str) -> Problem {
        Problem::warning("sessions[0]", m.to_string())
    }

    #[test]
    fn two_new_and_one_gone_are_said_as_such() {
        let before = seen(&[p("a"), p("b"), p("c")]);
        assert_eq!(counts(&before, &[p("a"), p("c"), p("d"), p("e")]), (2, 1));
        assert_eq!(counts(&before, &[p("c"), p("b"), p("a")]), (0, 0));
        // The same message twice is two problems.
        assert_eq!(counts(&before, &[p("a"), p("a"), p("b"), p("c")]), (1, 0));
        assert_eq!(counts(&before, &[]), (0, 3));
    }
}
