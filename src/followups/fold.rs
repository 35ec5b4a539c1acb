//! Loose text matching for filters: case-insensitive in every script,
//! across scripts, words in any order.
//!
//! Owners and meetings are named in Latin and Cyrillic, sometimes both, and
//! an organizer typing a filter on the command line should not have to
//! remember which. Both sides are transliterated to ASCII (deunicode) and
//! lowercased, then every word typed must occur somewhere in the text:
//! "umankulova" finds "Уманкулова", "casie 2022" finds "CASIE 2022".

/// The form both sides are compared in.
pub fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

/// A filter typed by a person, folded once and matched against many texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needle {
    words: Vec<String>,
}

impl Needle {
    pub fn new(query: &str) -> Self {
        Needle {
            words: fold(query).split_whitespace().map(str::to_string).collect(),
        }
    }

    /// True when every word of the query occurs in one of `texts`
    /// (not necessarily the same one: "li unesco" finds Li Fan of UNESCO).
    pub fn matches<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let hay: String = texts
            .into_iter()
            .map(fold)
            .collect::<Vec<_>>()
            .join("\u{1f}");
        self.words.iter().all(|w| hay.contains(w.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_across_case_script_and_order() {
        assert!(Needle::new("umankulova").matches(["Уманкулова Онокан"]));
        assert!(Needle::new("FAN li").matches(["Li Fan"]));
        assert!(Needle::new("li unesco").matches(["Li Fan", "UNESCO-ICHEI"]));
        assert!(Needle::new("").matches(["anything"]));
        assert!(!Needle::new("kazakhstan").matches(["Kyrgyzstan"]));
    }
}
