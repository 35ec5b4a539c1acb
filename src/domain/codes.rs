//! ISO codes for languages (639-1) and countries (3166-1 alpha-2).
//!
//! The tables come from `isolang` and `celes` rather than a hand-made list:
//! a wrong code in a table nobody reads is exactly the mistake we check for.

/// True for a two-letter lowercase ISO 639-1 code.
pub fn is_language(code: &str) -> bool {
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_lowercase())
        && isolang::Language::from_639_1(code).is_some()
}

/// English name of an ISO 639-1 language, or the code itself.
pub fn language_name(code: &str) -> &str {
    isolang::Language::from_639_1(code)
        .map(|l| l.to_name())
        .unwrap_or(code)
}

/// A language as messages name it: `Kazakh (`kk`)` in English, in the
/// reader's words where the catalogue has the language's name
/// (`language-kk`), else its English name.
pub fn language_msg(code: &str) -> crate::i18n::Msg {
    let key = format!("language-{code}");
    let name: crate::i18n::Arg = if crate::i18n::has(crate::i18n::Lang::En, &key) {
        crate::i18n::Msg::new(&key).into()
    } else {
        language_name(code).into()
    };
    crate::i18n::Msg::new("booth-language")
        .arg("name", name)
        .arg("code", code)
}

/// A language's name as a message argument: rendered in the reader's
/// language (`language-kk`), else the English name.
pub fn language_name_arg(code: &str) -> crate::i18n::Arg {
    let key = format!("language-{code}");
    if crate::i18n::has(crate::i18n::Lang::En, &key) {
        crate::i18n::Msg::new(&key).into()
    } else {
        language_name(code).into()
    }
}

/// A country's name as a message argument: rendered in the reader's
/// language (`country-KZ`), else the English name.
pub fn country_name_arg(code: &str) -> crate::i18n::Arg {
    let key = format!("country-{code}");
    if crate::i18n::has(crate::i18n::Lang::En, &key) {
        crate::i18n::Msg::new(&key).into()
    } else {
        country_name(code).into()
    }
}

/// What a wrong language code was probably meant to be: `eng` or `English` → `en`.
pub fn suggest_language(input: &str) -> Option<&'static str> {
    let lower = input.trim().to_lowercase();
    if let Some(l) = isolang::Language::from_639_1(&lower) {
        return l.to_639_1();
    }
    isolang::Language::from_639_3(&lower)
        .or_else(|| isolang::Language::from_name(&capitalize(&lower)))
        .or_else(|| isolang::Language::from_autonym(input.trim()))
        .and_then(|l| l.to_639_1())
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Every ISO 639-1 language as (code, English name, own name), for pickers.
pub fn all_languages() -> Vec<(&'static str, &'static str, &'static str)> {
    static ALL: std::sync::OnceLock<Vec<(&str, &str, &str)>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut v: Vec<_> = isolang::languages()
            .filter_map(|l| {
                l.to_639_1()
                    .map(|c| (c, l.to_name(), autonym(l.to_autonym().unwrap_or(""))))
            })
            .collect();
        v.sort_by_key(|(c, _, _)| *c);
        v.dedup_by_key(|(c, _, _)| *c);
        v
    })
    .clone()
}

/// A language's own name as shown: isolang's table puts a left-to-right
/// mark after some names (Abkhazian, Avaric, Bashkir), which the terminal
/// sanitizer rightly shows as `�`; in this built-in table it is no threat,
/// and the name reads the same without it. Made once per process.
fn autonym(own: &'static str) -> &'static str {
    if own.contains(['\u{200e}', '\u{200f}']) {
        own.replace(['\u{200e}', '\u{200f}'], "").leak()
    } else {
        own
    }
}

/// True for an upper-case ISO 3166-1 alpha-2 code.
pub fn is_country(code: &str) -> bool {
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && celes::Country::from_alpha2(code).is_ok()
}

/// Short English name of a country, or the code itself.
pub fn country_name(code: &str) -> String {
    celes::Country::from_alpha2(code)
        .map(|c| c.long_name.to_string())
        .unwrap_or_else(|_| code.to_string())
}

/// A country's name in the interface language: the catalogue's
/// `country-<code>` when it has one, else the English name (ISO 3166).
pub fn country_said(code: &str) -> String {
    let lang = crate::i18n::current();
    let key = format!("country-{code}");
    if lang != crate::i18n::Lang::En && crate::i18n::has(lang, &key) {
        crate::i18n::text(lang, &key, &crate::i18n::Args::new())
    } else {
        country_name(code)
    }
}

/// What a wrong country code was probably meant to be: `kz`, `KAZ` or `Kazakhstan` → `KZ`.
pub fn suggest_country(input: &str) -> Option<&'static str> {
    let t = input.trim();
    celes::Country::from_alpha2(t.to_uppercase())
        .or_else(|_| celes::Country::from_alpha3(t.to_uppercase()))
        .or_else(|_| celes::Country::from_name(t))
        .or_else(|_| celes::Country::from_alias(t))
        .ok()
        .map(|c| c.alpha2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No own name carries a bidi mark that the screen would show as `�`.
    #[test]
    fn own_names_carry_no_direction_marks() {
        let all = all_languages();
        let ab = all.iter().find(|(c, _, _)| *c == "ab").map(|l| l.2);
        assert!(
            ab.is_some_and(|o| o.starts_with("аҧсуа бызшәа (")),
            "{ab:?}"
        );
        for (code, _, own) in all {
            assert!(!own.contains(['\u{200e}', '\u{200f}']), "{code}: {own:?}");
        }
    }

    #[test]
    fn languages() {
        assert!(is_language("en") && is_language("ru") && is_language("kk"));
        assert!(!is_language("EN") && !is_language("eng") && !is_language("xx"));
        assert_eq!(suggest_language("eng"), Some("en"));
        assert_eq!(suggest_language("Russian"), Some("ru"));
        assert!(all_languages().len() > 150);
    }

    #[test]
    fn countries() {
        assert!(is_country("KZ") && is_country("KG") && is_country("UZ"));
        assert!(!is_country("kz") && !is_country("XX"));
        assert_eq!(suggest_country("kz"), Some("KZ"));
        assert_eq!(suggest_country("KAZ"), Some("KZ"));
        assert_eq!(country_name("KZ"), "Kazakhstan");
    }

    #[test]
    fn the_catalogue_names_languages_as_iso_does_in_english() {
        for key in crate::i18n::keys(crate::i18n::Lang::En) {
            if let Some(code) = key.strip_prefix("language-") {
                assert_eq!(
                    crate::i18n::text(crate::i18n::Lang::En, &key, &crate::i18n::Args::new()),
                    language_name(code),
                    "{key}"
                );
            }
        }
        let m = language_msg("kk");
        assert_eq!(m.render(crate::i18n::Lang::En), "Kazakh (`kk`)");
        assert_eq!(m.render(crate::i18n::Lang::Ru), "`kk` (казахский)");
        assert_eq!(
            language_msg("gd").render(crate::i18n::Lang::En),
            "Scottish Gaelic (`gd`)"
        );
    }
}
