//! Copies kept on disk when a save could lose something: a file's comments
//! before a canonical rewrite, a version someone else wrote. A copy is never
//! overwritten: `NAME.bak`, then `NAME.bak.2`, `NAME.bak.3`...; a copy with
//! the same bytes as an existing one is not made twice.

use std::fs;
use std::path::{Path, PathBuf};

use super::SaveError;
use super::atomic;

fn numbered(path: &Path, suffix: &str, n: usize) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    if n > 1 {
        s.push(format!(".{n}"));
    }
    PathBuf::from(s)
}

/// Keeps `bytes` as `path` + `suffix` (numbered past existing copies);
/// returns where they are.
pub fn keep(path: &Path, suffix: &str, bytes: &[u8]) -> Result<PathBuf, SaveError> {
    for n in 1.. {
        let p = numbered(path, suffix, n);
        match fs::read(&p) {
            Ok(existing) if existing == bytes => return Ok(p),
            Ok(_) => continue,
            Err(_) if p.exists() => continue,
            Err(_) => match atomic::write_new(&p, bytes) {
                Ok(()) => return Ok(p),
                Err(SaveError::Exists(_)) => continue,
                Err(e) => return Err(e),
            },
        }
    }
    unreachable!("1.. never ends")
}

/// Every comment of `old` that `new` no longer holds, in order.
pub fn lost_comments(old: &str, new: &str) -> Vec<String> {
    let mut left: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for c in comments(new) {
        *left.entry(c).or_default() += 1;
    }
    let mut lost = Vec::new();
    for c in comments(old) {
        match left.get_mut(c) {
            Some(n) if *n > 0 => *n -= 1,
            _ => lost.push(c.to_string()),
        }
    }
    lost
}

/// The comments of a YAML text: `#` at a line's start or after a space,
/// outside quotes (the same reading as the loader's comment check).
fn comments(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let mut quote: Option<char> = None;
        let mut prev = ' ';
        for (i, c) in line.char_indices() {
            match (quote, c) {
                (None, '#') if prev == ' ' || prev == '\t' => return Some(line[i..].trim_end()),
                (None, '"' | '\'')
                    if prev == ' ' || prev == ':' || prev == '[' || prev == ',' || prev == '-' =>
                {
                    quote = Some(c)
                }
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
            prev = c;
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_numbered_and_never_overwritten() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("m.yaml");
        assert_eq!(
            keep(&p, ".bak", b"one").expect("first"),
            dir.path().join("m.yaml.bak")
        );
        assert_eq!(
            keep(&p, ".bak", b"two").expect("second"),
            dir.path().join("m.yaml.bak.2")
        );
        assert_eq!(
            keep(&p, ".bak", b"one").expect("same"),
            dir.path().join("m.yaml.bak")
        );
        assert_eq!(
            fs::read(dir.path().join("m.yaml.bak")).expect("read"),
            b"one"
        );
    }

    #[test]
    fn finds_lost_comments() {
        let old = "# top\na: 1  # why\nb: 'x # not'\n";
        assert!(lost_comments(old, old).is_empty());
        assert_eq!(
            lost_comments(old, "a: 1\nb: 'x # not'\n"),
            ["# top", "# why"]
        );
    }
}
