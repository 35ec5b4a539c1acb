//! The interface language: which one (flag, settings file, locale), the one
//! catalogue of messages in every language (`en.ftl`, `ru.ftl`, Fluent
//! syntax), and the words that are not messages (Russian dates).
//!
//! Domain-free: it knows no meeting, no terminal. Code asks for a message
//! by key with [`tr!`]; a message that must be shown later in whichever
//! language is chosen then (a problem cached on disk, say) is kept as a
//! [`Msg`] — its key and arguments — and rendered when shown.
//!
//! File formats, field names, ids and CSV/JSON column names are the data's
//! interface and are never translated.

mod catalogue;
pub mod dates;
pub mod locale;
mod msg;
mod phrase;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

pub use catalogue::{Args, has, keys, source, text};
#[cfg(test)]
pub(crate) use msg::ru;
pub use msg::{Arg, Msg};
pub use phrase::{label_in, label_key, phrase, phrase_in, phrase_key, shown, value, value_arg};

/// A language the interface speaks. English is the fallback for anything
/// the chosen language lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    /// Every language with a catalogue.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The ISO 639-1 code, as written after `--ui-lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// `en` or `ru` (any case, surrounding blanks ignored); anything else is
    /// no interface language Plenary has.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }
}

/// The process's language, set once at start-up by the front end.
static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A per-thread override, so tests in one process can render in
    /// different languages side by side.
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the interface language for the whole process.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The interface language in force on this thread.
pub fn current() -> Lang {
    if let Some(l) = OVERRIDE.with(Cell::get) {
        return l;
    }
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Ru,
        _ => Lang::En,
    }
}

/// Runs `f` with `lang` as this thread's language, then restores the one before.
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    let out = f();
    OVERRIDE.with(|o| o.set(before));
    out
}

/// The message `key` in the current language, with its arguments:
/// `tr!("problem-hint")`, `tr!("count-errors", n = 3)`,
/// `tr!("unknown-field", field = name)`. A key no catalogue has comes back
/// as the key itself, which the catalogue tests catch.
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::i18n::text($crate::i18n::current(), $key, &$crate::i18n::Args::new())
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $crate::i18n::Arg::from($value)); )+
        $crate::i18n::text($crate::i18n::current(), $key, &args)
    }};
}

/// A [`Msg`] to render later: `msg!("unknown-field", field = name)`.
#[macro_export]
macro_rules! msg {
    ($key:expr) => {
        $crate::i18n::Msg::of($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg::with(
            $key,
            ::std::vec![$((
                ::std::borrow::Cow::Borrowed(stringify!($name)),
                $crate::i18n::Arg::from($value),
            )),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_plurals_follow_cldr() {
        let got: Vec<String> = [1, 2, 5, 11, 21, 22, 25, 111, 112, 0]
            .iter()
            .map(|&n| with_lang(Lang::Ru, || tr!("tui-n-participants", n = n)))
            .collect();
        assert_eq!(
            got,
            [
                "1 участник",
                "2 участника",
                "5 участников",
                "11 участников",
                "21 участник",
                "22 участника",
                "25 участников",
                "111 участников",
                "112 участников",
                "0 участников"
            ]
        );
        let errors: Vec<String> = [1, 3, 11, 21, 104]
            .iter()
            .map(|&n| with_lang(Lang::Ru, || tr!("count-errors", n = n)))
            .collect();
        assert_eq!(
            errors,
            [
                "1 ошибка",
                "3 ошибки",
                "11 ошибок",
                "21 ошибка",
                "104 ошибки"
            ]
        );
    }

    #[test]
    fn english_plurals() {
        let got: Vec<String> = [0, 1, 2, 21]
            .iter()
            .map(|&n| with_lang(Lang::En, || tr!("count-errors", n = n)))
            .collect();
        assert_eq!(got, ["0 errors", "1 error", "2 errors", "21 errors"]);
    }

    #[test]
    fn a_thread_override_does_not_leak() {
        with_lang(Lang::Ru, || assert_eq!(current(), Lang::Ru));
        with_lang(Lang::En, || {
            with_lang(Lang::Ru, || {});
            assert_eq!(current(), Lang::En);
        });
    }

    #[test]
    fn parse_lang() {
        assert_eq!(Lang::parse(" RU "), Some(Lang::Ru));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
    }
}
