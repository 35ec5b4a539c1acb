//! Which of a meeting's languages its texts are shown in: the one `L` chose
//! when the meeting has it, else the interface's when the meeting has it,
//! else the meeting's first. One rule for every place a meeting's words
//! appear — the title bar, the Meetings list, follow-ups, searches — so a
//! meeting is never named in one language here and another there.

use super::App;
use crate::domain::Meeting;
use crate::i18n::Lang;

/// The display language for a meeting with `langs`, given `L`'s choice
/// (`chosen`) and the interface language `ui`.
pub fn display_lang(chosen: Option<&str>, ui: Lang, langs: &[String]) -> String {
    match chosen {
        Some(l) if langs.iter().any(|x| x == l) => l.to_string(),
        // Until `L` picks one, a meeting's text is shown in the interface's
        // language when the meeting has it (English keeps the file's first).
        _ if ui != Lang::En && langs.iter().any(|l| l == ui.code()) => ui.code().to_string(),
        _ => langs.first().cloned().unwrap_or_else(|| "en".into()),
    }
}

impl App {
    /// Display language and its fallbacks for meeting `m`, open or not the
    /// current one.
    pub fn language_of(&self, m: &Meeting) -> (String, Vec<String>) {
        let lang = display_lang(self.lang.as_deref(), crate::i18n::current(), &m.languages);
        (lang, m.languages.clone())
    }

    /// Meeting `m`'s name for lists and titles, in its display language.
    pub fn meeting_label<'a>(&self, m: &'a Meeting) -> &'a str {
        let lang = display_lang(self.lang.as_deref(), crate::i18n::current(), &m.languages);
        m.label_in(&lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_choice_wins_when_the_meeting_has_it() {
        let l = langs(&["en", "ru"]);
        assert_eq!(display_lang(Some("ru"), Lang::En, &l), "ru");
        assert_eq!(display_lang(Some("en"), Lang::Ru, &l), "en");
    }

    #[test]
    fn else_the_interface_language_else_the_first() {
        let l = langs(&["en", "ru"]);
        assert_eq!(display_lang(Some("kk"), Lang::Ru, &l), "ru");
        assert_eq!(display_lang(None, Lang::En, &langs(&["ru", "en"])), "ru");
        assert_eq!(display_lang(None, Lang::Ru, &langs(&["en", "kk"])), "en");
        assert_eq!(display_lang(None, Lang::Ru, &[]), "en");
    }
}
