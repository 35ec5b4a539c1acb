//! The interface language a locale asks for: POSIX order, `LC_ALL` over
//! `LC_MESSAGES` over `LANG`; the first one set and non-empty decides.

use super::Lang;

/// The language of a locale name: `ru_RU.UTF-8`, `ru`, `ru_KZ@...` → Russian;
/// `C`, `POSIX`, `en_US.UTF-8` and any language without a catalogue →
/// English. The name of the variable that decided comes along, for
/// `plenary config`.
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<(Lang, String)> {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        let Some(v) = get(var).filter(|v| !v.trim().is_empty()) else {
            continue;
        };
        return Some((of_locale(&v), format!("{var}={v}")));
    }
    None
}

/// The language of one locale name (see [`from_env`]).
pub fn of_locale(name: &str) -> Lang {
    let lang = name.split(['_', '.', '@', '-']).next().unwrap_or_default();
    Lang::parse(lang).unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let v: Vec<(String, String)> = pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        move |k| v.iter().find(|(a, _)| a == k).map(|(_, b)| b.clone())
    }

    #[test]
    fn locale_names() {
        assert_eq!(of_locale("ru_RU.UTF-8"), Lang::Ru);
        assert_eq!(of_locale("ru"), Lang::Ru);
        assert_eq!(of_locale("ru_KZ.UTF-8@cyrillic"), Lang::Ru);
        assert_eq!(of_locale("C"), Lang::En);
        assert_eq!(of_locale("C.UTF-8"), Lang::En);
        assert_eq!(of_locale("POSIX"), Lang::En);
        assert_eq!(of_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(of_locale("kk_KZ.UTF-8"), Lang::En);
    }

    #[test]
    fn lc_all_wins_then_lc_messages_then_lang() {
        let e = env(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "C")]);
        assert_eq!(from_env(e).map(|x| x.0), Some(Lang::En));
        let e = env(&[("LANG", "C"), ("LC_MESSAGES", "ru_RU.UTF-8")]);
        assert_eq!(from_env(e).map(|x| x.0), Some(Lang::Ru));
        let e = env(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "")]);
        assert_eq!(
            from_env(e),
            Some((Lang::Ru, "LANG=ru_RU.UTF-8".to_string()))
        );
        assert_eq!(from_env(env(&[])), None);
    }
}
