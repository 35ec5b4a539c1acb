//! Folding a text for matching: lower case in every script, and a Latin
//! transliteration, each with a map back to the original characters so a
//! match can be highlighted where the reader sees it.

/// A folded form of a text and, per folded char, the index of the original
/// char it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded {
    pub text: String,
    pub origin: Vec<u32>,
}

impl Folded {
    /// Original char indices for matched folded char indices, deduplicated, ascending.
    pub fn to_original(&self, folded: &[usize]) -> Vec<usize> {
        let mut v: Vec<usize> = folded
            .iter()
            .filter_map(|&i| self.origin.get(i).map(|&o| o as usize))
            .collect();
        v.dedup();
        v
    }
}

/// Lower case of `s`, char by char (`İ` may become two chars; each keeps its origin).
pub fn fold(s: &str) -> Folded {
    let mut f = Folded {
        text: String::with_capacity(s.len()),
        origin: Vec::with_capacity(s.len()),
    };
    for (i, c) in s.chars().enumerate() {
        if c.is_ascii() {
            f.text.push(c.to_ascii_lowercase());
            f.origin.push(i as u32);
        } else {
            for l in c.to_lowercase() {
                f.text.push(l);
                f.origin.push(i as u32);
            }
        }
    }
    f
}

/// Lower case of `s` appended to `out`, without the map back ([`fold`] keeps it).
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Latin transliteration of `s` appended to `out`, lower-cased, without the
/// map back ([`translit`] keeps it): for search keys built at load.
pub fn translit_into(s: &str, out: &mut String) {
    translit_with(s, out, |_| {});
}

/// The one transliteration: each char's Latin form pushed to `out`, and
/// `origin` told which original char each pushed char came from.
fn translit_with(s: &str, out: &mut String, mut origin: impl FnMut(u32)) {
    let start = out.len();
    for (i, c) in s.chars().enumerate() {
        let latin = if c.is_ascii() {
            None
        } else if matches!(c, 'ә' | 'Ә') {
            Some("a") // Kazakh schwa; deunicode gives "@", which is no letter
        } else if matches!(c, 'ң' | 'Ң') {
            // Kazakh and Kyrgyz ng: passports and BGN/PCGN write "ng"
            // (Kengeshbaeva); deunicode's "n" leaves that one letter short.
            // Written "n" it is one typing mistake away, as fuzzy matching allows.
            Some("ng")
        } else {
            deunicode::deunicode_char(c)
        };
        match latin {
            Some(l) => {
                for lc in l.chars() {
                    // Soft signs become apostrophes ("Gul'nara") that nobody types;
                    // some scripts come padded with spaces ("Bei Jing "): keep words apart, no more.
                    let keep = lc.is_ascii_alphanumeric()
                        || (lc == ' ' && out.len() > start && !out.ends_with(' '));
                    if keep {
                        out.push(lc.to_ascii_lowercase());
                        origin(i as u32);
                    }
                }
            }
            None => {
                for l in c.to_lowercase() {
                    out.push(l);
                    origin(i as u32);
                }
            }
        }
    }
}

/// Latin transliteration of `s`, lower-cased; `None` when it would equal
/// [`fold`]`(s)` (plain ASCII), so Latin names cost one match, not two.
/// Characters deunicode does not know are kept as they are.
pub fn translit(s: &str) -> Option<Folded> {
    if s.is_ascii() {
        return None;
    }
    let mut text = String::with_capacity(s.len());
    let mut origins = Vec::with_capacity(s.len());
    translit_with(s, &mut text, |i| origins.push(i));
    Some(Folded {
        text,
        origin: origins,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ng_is_written_ng() {
        assert_eq!(translit("Кеңешбаева").unwrap().text, "kengeshbaeva");
        assert_eq!(translit("Ң").unwrap().origin, [0, 0]);
    }

    #[test]
    fn folds_every_script() {
        assert_eq!(fold("Уманкулова").text, "уманкулова");
        assert_eq!(fold("ÇAĞLAR").text, "çağlar");
        assert_eq!(fold("Fan LI").text, "fan li");
    }

    #[test]
    fn transliterates_with_origins() {
        let t = translit("Жанна").unwrap();
        assert_eq!(t.text, "zhanna");
        assert_eq!(t.origin, vec![0, 0, 1, 2, 3, 4]);
        assert!(translit("ascii only").is_none());
        assert_eq!(translit("Уманкулова").unwrap().text, "umankulova");
        assert_eq!(translit("Гульнара").unwrap().text, "gulnara");
    }

    #[test]
    fn maps_back_to_original_chars() {
        let t = translit("Жанна").unwrap();
        assert_eq!(t.to_original(&[0, 1, 2]), vec![0, 1]);
    }
}
