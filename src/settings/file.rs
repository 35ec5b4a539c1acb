//! Reading the settings file: each known key checked on its own, so one
//! bad line costs only its own setting, never Plenary's start.

use std::path::{Path, PathBuf};

use super::{Setting, Source};
use crate::domain::{Clock, SpeakingHours};
use crate::i18n::{Lang, Msg};
use crate::msg;

/// The keys the file may hold, for "did you mean".
pub const KEYS: [&str; 5] = [
    "ui_lang",
    "speaking_hours",
    "display_zone",
    "colours",
    "agendas",
];

/// One thing wrong in the file, said in the interface language once that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub file: PathBuf,
    pub line: usize,
    pub msg: Msg,
    pub hint: Option<Msg>,
}

impl FileProblem {
    /// `file:line: message`, then `  hint: fix` on its own line, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut s = format!(
            "{}:{}: {}",
            crate::safe::path(&self.file),
            self.line,
            crate::safe::clean(&self.msg.render(lang))
        );
        if let Some(h) = &self.hint {
            let label = msg!("hint-label").render(lang);
            s.push_str(&format!(
                "\n  {label}: {}",
                crate::safe::clean(&h.render(lang))
            ));
        }
        s
    }
}

/// What the file says, key by key, and what was wrong in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub ui_lang: Option<Setting<Lang>>,
    pub speaking_hours: Option<Setting<SpeakingHours>>,
    pub display_zone: Option<Setting<Option<String>>>,
    pub colours: Option<Setting<bool>>,
    pub agendas: Option<Setting<PathBuf>>,
    pub problems: Vec<FileProblem>,
}

/// Reads the settings file's bytes (named `file` in messages).
pub fn parse(file: &Path, bytes: &[u8]) -> Parsed {
    let mut out = Parsed::default();
    let problem = |line: usize, msg: Msg, hint: Option<Msg>| FileProblem {
        file: file.to_path_buf(),
        line,
        msg,
        hint,
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        out.problems.push(problem(1, msg!("config-not-utf8"), None));
        return out;
    };
    let table: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of_offset(text, s.start));
            let what = e.message().trim().to_string();
            out.problems.push(problem(
                line,
                msg!("config-syntax", what = super::toml_words::reason(&what)),
                Some(msg!("config-syntax-hint")),
            ));
            return out;
        }
    };
    for (key, value) in &table {
        let line = line_of_key(text, key);
        let from = Source::File(file.to_path_buf(), line);
        match read_key(key, value) {
            Ok(Value::Lang(l)) => out.ui_lang = Some(Setting { value: l, from }),
            Ok(Value::Hours(h)) => out.speaking_hours = Some(Setting { value: h, from }),
            Ok(Value::Zone(z)) => {
                out.display_zone = Some(Setting {
                    value: Some(z),
                    from,
                })
            }
            Ok(Value::Colours(c)) => out.colours = Some(Setting { value: c, from }),
            Ok(Value::Folder(p)) => out.agendas = Some(Setting { value: p, from }),
            Err((m, h)) => out.problems.push(problem(line, m, h)),
        }
    }
    out
}

enum Value {
    Lang(Lang),
    Hours(SpeakingHours),
    Zone(String),
    Colours(bool),
    Folder(PathBuf),
}

type Bad = (Msg, Option<Msg>);

/// One key's value, checked.
fn read_key(key: &str, value: &toml::Value) -> Result<Value, Bad> {
    let wrong = |fix: &str| {
        (
            msg!("config-bad-value", key = key, value = value.to_string()),
            Some(Msg::new(fix)),
        )
    };
    match key {
        "ui_lang" => value
            .as_str()
            .and_then(Lang::parse)
            .map(Value::Lang)
            .ok_or_else(|| wrong("config-ui-lang-hint")),
        "speaking_hours" => hours(value)
            .map(Value::Hours)
            .ok_or_else(|| wrong("config-speaking-hours-hint")),
        "display_zone" => {
            let name = value
                .as_str()
                .ok_or_else(|| wrong("config-display-zone-hint"))?;
            match crate::zones::parse(name) {
                Ok(tz) => Ok(Value::Zone(tz.name().to_string())),
                Err(e) => Err((
                    msg!("config-bad-value", key = key, value = value.to_string()),
                    Some(e.hint_msg),
                )),
            }
        }
        "colours" | "colors" => value
            .as_bool()
            .map(Value::Colours)
            .ok_or_else(|| wrong("config-colours-hint")),
        "agendas" => value
            .as_str()
            .filter(|s| !s.trim().is_empty())
            .map(|s| Value::Folder(PathBuf::from(s)))
            .ok_or_else(|| wrong("config-agendas-hint")),
        _ => Err((
            msg!("config-unknown-key", key = key),
            Some(unknown_hint(key)),
        )),
    }
}

fn unknown_hint(key: &str) -> Msg {
    let ix = crate::problem::suggest::Suggester::new(KEYS.iter().copied());
    match ix.closest(key) {
        Some(k) => msg!("did-you-mean", name = k),
        None => msg!("config-known-keys", keys = KEYS.join(", ")),
    }
}

/// `"07:00-22:00"` or `{ from = "07:00", to = "22:00" }`, the end after the start.
fn hours(v: &toml::Value) -> Option<SpeakingHours> {
    let (from, to) = match v {
        toml::Value::String(s) => {
            let (a, b) = s.split_once(['-', '–'])?;
            (a.trim().to_string(), b.trim().to_string())
        }
        toml::Value::Table(t) => (
            t.get("from")?.as_str()?.to_string(),
            t.get("to")?.as_str()?.to_string(),
        ),
        _ => return None,
    };
    let h = SpeakingHours {
        from: Clock::parse(&from).ok()?,
        to: Clock::parse(&to).ok()?,
    };
    (h.to > h.from).then_some(h)
}

/// The 1-based line holding byte `offset`.
fn line_of_offset(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(1, |t| t.matches('\n').count() + 1)
}

/// The 1-based line where `key` is set (`key = ...`, or a `[key]` table).
fn line_of_key(text: &str, key: &str) -> usize {
    for (i, l) in text.lines().enumerate() {
        let l = l.trim_start();
        let rest = l
            .strip_prefix(key)
            .or_else(|| l.strip_prefix(&format!("\"{key}\"")))
            .or_else(|| {
                l.strip_prefix('[')
                    .and_then(|r| r.trim_start().strip_prefix(key))
            });
        if let Some(r) = rest
            && matches!(r.trim_start().chars().next(), Some('=' | ']'))
        {
            return i + 1;
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Parsed {
        parse(Path::new("config.toml"), text.as_bytes())
    }

    #[test]
    fn every_key_read() {
        let got = p(
            "ui_lang = \"ru\"\nspeaking_hours = \"08:00-21:00\"\ndisplay_zone = \"Asia/Almaty\"\ncolours = false\nagendas = \"/srv/agendas\"\n",
        );
        assert!(got.problems.is_empty(), "{:?}", got.problems);
        assert_eq!(got.ui_lang.unwrap().value, Lang::Ru);
        assert_eq!(got.speaking_hours.unwrap().value.minutes(), (480, 1260));
        assert_eq!(
            got.display_zone.unwrap().value.as_deref(),
            Some("Asia/Almaty")
        );
        assert!(!got.colours.unwrap().value);
        assert_eq!(got.agendas.unwrap().value, PathBuf::from("/srv/agendas"));
    }

    #[test]
    fn hours_as_a_table() {
        let got = p("[speaking_hours]\nfrom = \"06:30\"\nto = \"23:00\"\n");
        let s = got.speaking_hours.unwrap();
        assert_eq!(s.value.minutes(), (390, 1380));
        assert_eq!(s.from, Source::File("config.toml".into(), 1));
    }

    #[test]
    fn a_bad_key_and_a_bad_value_name_their_lines_and_keep_the_rest() {
        let got =
            p("# settings\nui_lang = \"ru\"\ncolurs = false\nspeaking_hours = \"22:00-07:00\"\n");
        assert_eq!(got.ui_lang.unwrap().value, Lang::Ru);
        let said: Vec<String> = got.problems.iter().map(|x| x.render(Lang::En)).collect();
        assert_eq!(
            said,
            [
                "config.toml:3: unknown setting `colurs`\n  hint: did you mean `colours`?",
                "config.toml:4: `speaking_hours` cannot be \"22:00-07:00\"\n  hint: write the speakers' local-time window, such as \"07:00-22:00\" (the end after the start)",
            ]
        );
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let got = p("ui_lang = \"ru\"\ncolours = \n");
        assert_eq!(got.problems.len(), 1);
        assert_eq!(got.problems[0].line, 2);
        assert!(got.ui_lang.is_none());
    }

    #[test]
    fn a_bad_zone_gets_the_zone_hint() {
        let got = p("display_zone = \"Asia/Almati\"\n");
        let said = got.problems[0].render(Lang::En);
        assert!(said.contains("did you mean `Asia/Almaty`?"), "{said}");
    }
}
