//! A text's lines split at `\n` by a byte search: the same pieces as
//! `str::split('\n')` (a last empty one after a final newline included),
//! without that searcher's per-line check of the character it found. The
//! scans before and after a parse ([`super::depth`], [`super::locate`])
//! go through every line of a large file.

/// The pieces of `text` between `\n`s, as `text.split('\n')` gives them.
pub fn split(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        match memchr::memchr(b'\n', r.as_bytes()) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_same_pieces_as_split() {
        for text in ["", "\n", "a", "a\n", "a\nb", "\n\nя\r\n\n", "x\ny\n\n"] {
            let ours: Vec<&str> = super::split(text).collect();
            let std: Vec<&str> = text.split('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }
}
