//! Plain text for a terminal, a pipe or a printer: untrusted text made
//! safe, lines wrapped by display width, and the few words a printed
//! programme needs, from the catalogue in the programme's language.

use chrono::{Datelike, NaiveDate, Weekday};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::domain::codes;
use crate::i18n::{self, Lang, dates};

/// Text from a file, safe to print on one line: the one sanitizer,
/// [`crate::safe::clean`], owned for the renderers that build strings.
pub fn clean(s: &str) -> String {
    crate::safe::clean(s).into_owned()
}

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Pads `s` with spaces to `w` display columns.
pub fn pad(s: &str, w: usize) -> String {
    let n = width(s);
    if n >= w {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(w - n))
    }
}

/// Cuts `s` to at most `w` display columns, ending with `…` when cut.
pub fn cut(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.push('…');
    out
}

/// `text` as lines: the first starts with `first`, the others with
/// `indent`, each at most `max` columns wide (0: no wrapping). Words longer
/// than a line are left whole rather than broken.
pub fn wrap(text: &str, first: &str, indent: &str, max: usize) -> Vec<String> {
    let text = clean(text);
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let fits = max == 0 || width(&line) + 1 + width(word) <= max;
        if !empty && !fits {
            lines.push(std::mem::replace(&mut line, indent.to_string()));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    lines
}

/// The words of a printed programme, in the reader's language.
pub struct Labels {
    pub ru: bool,
}

impl Labels {
    /// Russian labels for `ru`; English otherwise (titles still follow `lang`).
    pub fn for_lang(lang: &str) -> Labels {
        Labels { ru: lang == "ru" }
    }

    /// A label in the programme's language, from the catalogue
    /// (`label-` and the English words; the English itself in English).
    pub fn say(&self, english: &str) -> String {
        i18n::label_in(self.lang(), english)
    }

    /// A sentence of the programme (`export-…` keys) in its language:
    /// calendars and feeds say whole sentences where a page has labels.
    pub fn message(&self, key: &str, args: &i18n::Args) -> String {
        i18n::text(self.lang(), key, args)
    }

    fn lang(&self) -> Lang {
        if self.ru { Lang::Ru } else { Lang::En }
    }

    pub fn weekday(&self, d: Weekday) -> &'static str {
        dates::weekday(d, self.lang())
    }

    /// `25 September 2020` / `25 сентября 2020`: a printed programme leaves
    /// out the "г." that the interface's own dates carry.
    pub fn date(&self, d: NaiveDate) -> String {
        format!(
            "{} {} {}",
            d.day(),
            dates::month_name(d, self.lang()),
            d.year()
        )
    }

    /// `Friday, 25 September 2020` / `пятница, 25 сентября 2020`.
    pub fn long_date(&self, d: NaiveDate) -> String {
        format!("{}, {}", self.weekday(d.weekday()), self.date(d))
    }

    /// [`Self::long_date`] as a heading starts: with a capital letter in
    /// every language (`Пятница, 25 сентября 2020`). Russian writes a
    /// weekday in lower case inside a sentence, but a heading begins with a
    /// capital whatever its first word.
    pub fn heading_date(&self, d: NaiveDate) -> String {
        capitalized(&self.long_date(d))
    }

    /// A language's name: English from ISO 639, in Russian where the
    /// catalogue names it (`language-kk`).
    pub fn language(&self, code: &str) -> String {
        let key = format!("language-{code}");
        if self.ru && i18n::has(Lang::Ru, &key) {
            return i18n::text(Lang::Ru, &key, &i18n::Args::new());
        }
        codes::language_name(code).to_string()
    }
}

/// `s` with its first letter in upper case (in any script).
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_and_wraps() {
        assert_eq!(clean("a\u{1b}[2Jb\nc"), "a\u{FFFD}[2Jb c");
        assert_eq!(
            wrap("one two three", "> ", "  ", 9),
            ["> one two", "  three"]
        );
        assert_eq!(wrap("one two three", "", "", 0), ["one two three"]);
        assert_eq!(pad("日本", 6), "日本  ");
        assert_eq!(cut("abcdef", 4), "abc…");
    }

    #[test]
    fn dates_in_two_languages() {
        let d = NaiveDate::from_ymd_opt(2020, 9, 25).unwrap();
        assert_eq!(
            Labels::for_lang("en").long_date(d),
            "Friday, 25 September 2020"
        );
        assert_eq!(
            Labels::for_lang("ru").long_date(d),
            "пятница, 25 сентября 2020"
        );
        assert_eq!(
            Labels::for_lang("ru").heading_date(d),
            "Пятница, 25 сентября 2020"
        );
        assert_eq!(
            Labels::for_lang("en").heading_date(d),
            "Friday, 25 September 2020"
        );
    }
}
