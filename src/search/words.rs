//! Words of a text as search compares them: runs of letters and digits,
//! each ideograph (Chinese, Japanese, Korean) a word of its own since those
//! scripts do not put spaces between words.

/// True for scripts written without spaces between words.
fn ideograph(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// The words of `s` as (first char index, byte range), in order.
pub fn word_spans(s: &str) -> impl Iterator<Item = (usize, std::ops::Range<usize>)> + '_ {
    let mut chars = s.char_indices().enumerate().peekable();
    std::iter::from_fn(move || {
        // Skip to the next letter or digit.
        let (ci, (bi, c)) = loop {
            let (ci, (bi, c)) = chars.next()?;
            if c.is_alphanumeric() {
                break (ci, (bi, c));
            }
        };
        let mut end = bi + c.len_utf8();
        if !ideograph(c) {
            while let Some(&(_, (b, n))) = chars.peek() {
                if !n.is_alphanumeric() || ideograph(n) {
                    break;
                }
                end = b + n.len_utf8();
                chars.next();
            }
        }
        Some((ci, bi..end))
    })
}

/// The words of `s`.
pub fn words(s: &str) -> impl Iterator<Item = &str> + '_ {
    word_spans(s).map(move |(_, r)| &s[r])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_anything_but_letters_and_digits() {
        let w: Vec<&str> = words("g. kussidenova, (iite) o'brien").collect();
        assert_eq!(w, ["g", "kussidenova", "iite", "o", "brien"]);
        let w: Vec<&str> = words("李凡 ab").collect();
        assert_eq!(w, ["李", "凡", "ab"]);
        let s: Vec<usize> = word_spans("ab  cd").map(|(c, _)| c).collect();
        assert_eq!(s, [0, 4]);
    }
}
