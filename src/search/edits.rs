//! How many typing mistakes separate a typed word from the start of a word
//! in the text: the "fuzzy within that word" step of search.
//!
//! Restricted edit distance (insert, delete, substitute, swap two neighbours)
//! between the typed word and the best prefix of the text's word, so a word
//! still being typed matches too. Bounded: the work stops as soon as every
//! alignment has more than the allowed mistakes.

/// Mistakes allowed in a typed word of `len` letters: none below five
/// letters (short words would match too much), one up to seven, then two.
pub fn allowed(len: usize) -> usize {
    match len {
        0..5 => 0,
        5..8 => 1,
        _ => 2,
    }
}

/// Fewest edits turning `typed` into a prefix of `word`, if at most `max`.
/// The first letters must agree: people rarely mistype the first letter, and
/// it keeps a long roster's keystroke cheap.
pub fn prefix_distance(typed: &[char], word: &str, max: usize) -> Option<usize> {
    let n = typed.len();
    if n == 0 || n > 32 || word.chars().next() != typed.first().copied() {
        return None;
    }
    // rows[j] = edits turning typed[..j] into the word's prefix read so far.
    let mut prev2 = [0usize; 33];
    let mut prev: [usize; 33] = std::array::from_fn(|j| j);
    let mut cur = [0usize; 33];
    let mut best = prev[n];
    let mut last_w: Option<char> = None;
    for (i, w) in word.chars().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for j in 1..=n {
            let t = typed[j - 1];
            let sub = prev[j - 1] + usize::from(t != w);
            let mut v = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
            if j > 1 && i > 0 && Some(t) == last_w && typed[j - 2] == w {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        best = best.min(cur[n]);
        if row_min > max {
            break;
        }
        prev2[..=n].copy_from_slice(&prev[..=n]);
        prev[..=n].copy_from_slice(&cur[..=n]);
        last_w = Some(w);
    }
    (best <= max).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(t: &str, w: &str, max: usize) -> Option<usize> {
        let t: Vec<char> = t.chars().collect();
        prefix_distance(&t, w, max)
    }

    #[test]
    fn counts_mistakes_against_the_best_prefix() {
        assert_eq!(d("kusidenova", "kusidenova", 2), Some(0));
        assert_eq!(d("kusiden", "kusidenova", 2), Some(0));
        assert_eq!(d("kussidenova", "kusidenova", 2), Some(1));
        assert_eq!(d("kusdienova", "kusidenova", 2), Some(1));
        assert_eq!(d("umankulvoa", "umankulova", 1), Some(1));
        assert_eq!(d("umankulova", "umarova", 2), None);
        assert_eq!(d("gulnara", "kulnara", 2), None);
    }

    #[test]
    fn allows_more_for_longer_words() {
        assert_eq!(allowed(4), 0);
        assert_eq!(allowed(5), 1);
        assert_eq!(allowed(10), 2);
    }
}
