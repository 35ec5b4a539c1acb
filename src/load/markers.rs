//! Merge-conflict markers left in a file (`<<<<<<<`, `=======`, `>>>>>>>`,
//! by git or by `plenary merge`): each unresolved conflict is reported at
//! its line, before the YAML parser would stumble on the first one.

use std::path::Path;

use crate::problem::Problem;

/// One problem per unresolved conflict, at its `<<<<<<<` line.
pub fn problems(path: &Path, text: &str) -> Vec<Problem> {
    // Every conflict opens with this marker: one byte search clears a
    // clean file without reading it line by line.
    if memchr::memmem::find(text.as_bytes(), b"<<<<<<<").is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        if line.starts_with("<<<<<<<") {
            open = Some(n + 1);
        } else if line.starts_with(">>>>>>>")
            && let Some(from) = open.take()
        {
            out.push(problem(path, from, Some(n + 1)));
        }
    }
    if let Some(from) = open {
        out.push(problem(path, from, None));
    }
    out
}

fn problem(path: &Path, from: usize, to: Option<usize>) -> Problem {
    let message = match to {
        Some(to) => crate::msg!("merge-conflict", from = from, to = to),
        None => crate::msg!("merge-conflict-open", from = from),
    };
    let mut p = Problem::error("", message).with_hint(crate::msg!("merge-conflict-hint"));
    p.file = path.to_path_buf();
    p.line = Some((from, 1));
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_conflict_is_reported_at_its_first_marker() {
        let text = "a: 1\n<<<<<<< ours\nb: 2\n=======\nb: 3\n>>>>>>> theirs\nc: 4\n<<<<<<< ours\n";
        let ps = problems(Path::new("m.yaml"), text);
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].line, Some((2, 1)));
        assert_eq!(ps[0].message, "unresolved merge conflict (lines 2-6)");
        assert_eq!(ps[1].line, Some((8, 1)));
    }
}
