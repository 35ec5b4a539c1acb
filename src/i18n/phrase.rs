//! The interface's fixed English phrases (a key's description, a footer
//! hint, a help section's title, a view's name) said in the current
//! language. Their tables keep the English, as written next to the code
//! they describe; the catalogue key is made from the English words
//! (`ui-` and the words joined by `-`), so a table needs no key
//! column and the English shown is the table's own, byte for byte.
//! Where one English word carries two meanings that another language
//! says apart, the table adds the meaning after a `|` (`"move|through a
//! list"`): English shows the word before it, the key takes both.

use super::{Lang, current, has, text};

/// The catalogue key of an English phrase: `"scroll up"` → `ui-scroll-up`;
/// case is kept (the column `Status` is not the hint `status`) and a `+`
/// is said as `plus` (`status+` is not `status`).
pub fn phrase_key(english: &str) -> String {
    key_with("ui", english)
}

/// The catalogue key of a printed programme's label: as [`phrase_key`],
/// with `label-` before the words (`"Working languages"` →
/// `label-Working-languages`).
pub fn label_key(english: &str) -> String {
    key_with("label", english)
}

/// A printed programme's label in `lang` (the English itself in English,
/// and where the catalogue lacks it).
pub fn label_in(lang: Lang, english: &str) -> String {
    if lang == Lang::En {
        return english.to_string();
    }
    let key = label_key(english);
    if has(lang, &key) {
        text(lang, &key, &super::Args::new())
    } else {
        english.to_string()
    }
}

/// A value a file writes in English — a status (`open`), a role, a kind
/// of session, a format — as the reader's language says it: the
/// catalogue's `tui-value-…` word, or the value itself where the language
/// has none. The file keeps the English value; only its display changes.
pub fn value(english: &str) -> String {
    let lang = current();
    let key = format!("tui-value-{english}");
    if lang != Lang::En && has(lang, &key) {
        text(lang, &key, &super::Args::new())
    } else {
        english.to_string()
    }
}

/// [`value`] as a message argument, for a message kept to be rendered
/// later in whichever language is chosen then (a problem in the check
/// cache): the word's own message where the catalogue has one, so the raw
/// value never shows in a translated sentence; the value itself otherwise.
pub fn value_arg(english: &str) -> super::Arg {
    let key = format!("tui-value-{english}");
    if has(Lang::En, &key) {
        super::Arg::Msg(Box::new(super::Msg::new(&key)))
    } else {
        super::Arg::Str(english.to_string())
    }
}

fn key_with(prefix: &str, english: &str) -> String {
    let mut key = String::from(prefix);
    let mut gap = true;
    for c in english.replace('+', " plus ").chars() {
        if c.is_ascii_alphanumeric() {
            if gap {
                key.push('-');
            }
            key.push(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    key
}

/// `english` in the current language. A phrase the catalogue lacks stays
/// English (a new key's words show while their translation is missing;
/// the keymap's test `every_phrase_is_in_every_catalogue` names them).
pub fn phrase(english: &str) -> String {
    phrase_in(current(), english)
}

/// `english` in `lang`.
pub fn phrase_in(lang: Lang, english: &str) -> String {
    if lang == Lang::En {
        return shown(english).to_string();
    }
    let key = phrase_key(english);
    if has(lang, &key) {
        text(lang, &key, &super::Args::new())
    } else {
        shown(english).to_string()
    }
}

/// The English a table's phrase shows: the words before a `|` that only
/// tells its meaning apart (`"move|through a list"` → `move`).
pub fn shown(english: &str) -> &str {
    english.split_once('|').map_or(english, |(word, _)| word)
}

#[cfg(test)]
mod tests {
    use super::super::{Arg, with_lang};
    use super::*;

    /// A status reaches a translated sentence in the reader's words; in
    /// English it is the file's value, byte for byte.
    #[test]
    fn values_are_said_in_the_readers_language() {
        for v in [
            "open",
            "in-progress",
            "waiting",
            "done",
            "dropped",
            "speaker",
        ] {
            let Arg::Msg(m) = value_arg(v) else {
                panic!("{v} has a word in the catalogue");
            };
            assert_eq!(m.render(Lang::En), v);
        }
        let Arg::Msg(m) = value_arg("open") else {
            panic!("open")
        };
        assert_eq!(m.render(Lang::Ru), "открыто");
        assert_eq!(value_arg("no-such-value"), Arg::Str("no-such-value".into()));
        assert_eq!(with_lang(Lang::Ru, || value("in-progress")), "в работе");
        assert_eq!(with_lang(Lang::En, || value("in-progress")), "in-progress");
    }

    #[test]
    fn keys_are_made_from_the_words() {
        assert_eq!(phrase_key("scroll up"), "ui-scroll-up");
        assert_eq!(phrase_key("status+"), "ui-status-plus");
        assert_eq!(
            phrase_key("In the Export dialog (X; type the file's path)"),
            "ui-In-the-Export-dialog-X-type-the-file-s-path"
        );
    }

    #[test]
    fn english_is_the_phrase_itself_and_russian_is_translated() {
        assert_eq!(phrase_in(Lang::En, "scroll up"), "scroll up");
        assert_eq!(phrase_in(Lang::Ru, "scroll up"), "прокрутить вверх");
        assert_eq!(phrase_in(Lang::Ru, "no such phrase"), "no such phrase");
    }

    #[test]
    fn a_meaning_after_a_bar_makes_its_own_key_and_is_not_shown() {
        assert_eq!(phrase_key("move|through a list"), "ui-move-through-a-list");
        assert_eq!(phrase_in(Lang::En, "move|through a list"), "move");
        assert_ne!(
            phrase_in(Lang::Ru, "move|through a list"),
            phrase_in(Lang::Ru, "move")
        );
    }
}
