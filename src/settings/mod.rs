//! The organizer's settings: one TOML file, `$XDG_CONFIG_HOME/plenary/config.toml`
//! (else `~/.config/plenary/config.toml`), every key optional
//! (docs/config.md). Each setting remembers where its value came from, so
//! `plenary config` can say why Plenary behaves as it does.
//!
//! A bad key or value never stops Plenary: it is reported with the file,
//! the line and the fix, and the default stays in force.

mod file;
mod folder;
mod toml_words;

use std::path::PathBuf;

use crate::domain::SpeakingHours;
use crate::i18n::{self, Lang};

pub use file::{FileProblem, KEYS, Parsed, parse};

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Plenary's built-in default.
    Default,
    /// The settings file, at this line.
    File(PathBuf, usize),
    /// The environment (`LANG=ru_RU.UTF-8`, `NO_COLOR=1`).
    Env(String),
    /// The command line (`--ui-lang ru`).
    Flag(String),
}

/// One setting's value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting<T> {
    pub value: T,
    pub from: Source,
}

impl<T> Setting<T> {
    fn default(value: T) -> Self {
        Setting {
            value,
            from: Source::Default,
        }
    }
}

/// Every setting in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The settings file looked for, and whether it was there.
    pub file: Option<PathBuf>,
    pub file_found: bool,
    pub ui_lang: Setting<Lang>,
    /// The speakers' local-time window for meetings that set no `speaking_hours`.
    pub speaking_hours: Setting<SpeakingHours>,
    /// The IANA zone the TUI shows schedules in at start (else each meeting's own).
    pub display_zone: Setting<Option<String>>,
    pub colours: Setting<bool>,
    /// The folder `plenary` opens without a path.
    pub agendas: Setting<PathBuf>,
    /// What was wrong in the file, each with its line and the fix.
    pub problems: Vec<FileProblem>,
}

static IN_FORCE: std::sync::OnceLock<Settings> = std::sync::OnceLock::new();

/// Puts `s` in force for this process (the front end does, once, at
/// start); a second call keeps the first.
pub fn install(s: Settings) -> &'static Settings {
    IN_FORCE.get_or_init(|| s)
}

/// The settings in force: those installed, else Plenary's defaults
/// (as in tests, which read no file and no locale).
pub fn in_force() -> &'static Settings {
    IN_FORCE.get_or_init(|| Settings::resolve(None, false, Parsed::default(), &|_| None, None))
}

/// The settings file's path: `$XDG_CONFIG_HOME/plenary/config.toml`, else
/// `$HOME/.config/plenary/config.toml`; `$PLENARY_CONFIG` names another
/// file (tests, or a second setup).
pub fn path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    if let Some(p) = set("PLENARY_CONFIG") {
        return Some(PathBuf::from(p));
    }
    let base = set("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| set("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("plenary").join("config.toml"))
}

impl Settings {
    /// The settings from the environment and the file it points at; the
    /// command line's `--ui-lang` (when given) wins over both.
    pub fn load(env: &dyn Fn(&str) -> Option<String>, ui_lang_flag: Option<Lang>) -> Settings {
        let file = path(env);
        let text = file.as_ref().and_then(|p| std::fs::read(p).ok());
        let parsed = match (&file, &text) {
            (Some(p), Some(bytes)) => parse(p, bytes),
            _ => Parsed::default(),
        };
        Settings::resolve(file, text.is_some(), parsed, env, ui_lang_flag)
    }

    /// Flag over file over environment over default, setting by setting.
    fn resolve(
        file: Option<PathBuf>,
        file_found: bool,
        parsed: Parsed,
        env: &dyn Fn(&str) -> Option<String>,
        ui_lang_flag: Option<Lang>,
    ) -> Settings {
        let ui_lang = match (ui_lang_flag, parsed.ui_lang) {
            (Some(l), _) => Setting {
                value: l,
                from: Source::Flag(format!("--ui-lang {}", l.code())),
            },
            (None, Some(s)) => s,
            (None, None) => match i18n::locale::from_env(|k| env(k)) {
                Some((l, var)) => Setting {
                    value: l,
                    from: Source::Env(var),
                },
                None => Setting::default(Lang::En),
            },
        };
        // NO_COLOR is the user's word for this terminal: it wins over the file.
        let colours = match env("NO_COLOR").filter(|v| !v.is_empty()) {
            Some(v) => Setting {
                value: false,
                from: Source::Env(format!("NO_COLOR={v}")),
            },
            None => parsed.colours.unwrap_or(Setting::default(true)),
        };
        Settings {
            file,
            file_found,
            ui_lang,
            speaking_hours: parsed
                .speaking_hours
                .unwrap_or(Setting::default(SpeakingHours::builtin())),
            display_zone: parsed.display_zone.unwrap_or(Setting::default(None)),
            colours,
            agendas: parsed
                .agendas
                .unwrap_or(Setting::default(PathBuf::from("agendas"))),
            problems: parsed.problems,
        }
    }
}

/// The settings file's problems in one line, for a screen that hides what
/// was printed before it (the TUI's status line): how many, the first one
/// (its file name, line and message, in the interface language), and that
/// all of them are printed again when Plenary ends. `None` with none.
pub fn notice(s: &Settings) -> Option<String> {
    let first = s.problems.first()?;
    let name = first
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let said = format!(
        "{}:{}: {}",
        crate::safe::clean(&name),
        first.line,
        crate::safe::clean(&first.msg.render(crate::i18n::current()))
    );
    Some(crate::tr!(
        "settings-notice",
        n = s.problems.len(),
        first = said
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(a, _)| *a == k)
                .map(|(_, b)| b.to_string())
        }
    }

    #[test]
    fn the_file_is_under_xdg_config_home_else_home() {
        let p = path(&env(&[("XDG_CONFIG_HOME", "/x"), ("HOME", "/h")]));
        assert_eq!(p, Some(PathBuf::from("/x/plenary/config.toml")));
        let p = path(&env(&[("XDG_CONFIG_HOME", ""), ("HOME", "/h")]));
        assert_eq!(p, Some(PathBuf::from("/h/.config/plenary/config.toml")));
        assert_eq!(path(&env(&[])), None);
    }

    #[test]
    fn flag_over_file_over_locale() {
        let e = env(&[("LANG", "ru_RU.UTF-8")]);
        let parsed = parse(
            std::path::Path::new("c.toml"),
            b"# mine\nui_lang = \"en\"\n",
        );
        let s = Settings::resolve(None, true, parsed.clone(), &e, None);
        assert_eq!(s.ui_lang.value, Lang::En);
        assert_eq!(s.ui_lang.from, Source::File("c.toml".into(), 2));
        let s = Settings::resolve(None, true, parsed, &e, Some(Lang::Ru));
        assert_eq!(s.ui_lang.value, Lang::Ru);
        let s = Settings::resolve(None, false, Parsed::default(), &e, None);
        assert_eq!(s.ui_lang.value, Lang::Ru);
        assert_eq!(s.ui_lang.from, Source::Env("LANG=ru_RU.UTF-8".into()));
    }

    #[test]
    fn no_color_wins_over_the_file() {
        let parsed = parse(std::path::Path::new("c.toml"), b"colours = true\n");
        let s = Settings::resolve(None, true, parsed, &env(&[("NO_COLOR", "1")]), None);
        assert!(!s.colours.value);
    }
}
