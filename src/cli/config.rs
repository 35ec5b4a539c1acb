//! `plenary config`: the settings in force and where each came from (the
//! settings file and its line, the locale, a flag, or Plenary's default),
//! written as the file would hold them, then what was wrong in the file.

use crate::i18n;
use crate::settings::{Setting, Settings, Source};
use crate::{safe, tr};

#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_: &Args, s: &Settings) -> u8 {
    let mut out = String::new();
    out.push_str(&file_line(s));
    let window = s.speaking_hours.value;
    let zone = match &s.display_zone.value {
        Some(z) => format!("{z:?}"),
        None => String::new(),
    };
    let rows = [
        (
            "ui_lang",
            format!("{:?}", s.ui_lang.value.code()),
            from(&s.ui_lang),
        ),
        (
            "speaking_hours",
            format!("\"{}-{}\"", window.from, window.to),
            from(&s.speaking_hours),
        ),
        ("display_zone", zone, from(&s.display_zone)),
        ("colours", s.colours.value.to_string(), from(&s.colours)),
        (
            "agendas",
            format!("{:?}", safe::path(&s.agendas.value)),
            from(&s.agendas),
        ),
    ];
    for (key, value, from) in rows {
        let line = if value.is_empty() {
            format!("# {key:<15}  # {}", tr!("config-zone-unset"))
        } else {
            format!("{key:<15} = {value:<16} # {from}")
        };
        out.push_str(line.trim_end());
        out.push('\n');
    }
    for p in &s.problems {
        out.push_str(&p.render(i18n::current()));
        out.push('\n');
    }
    super::agenda::emit(&out)
}

fn file_line(s: &Settings) -> String {
    match &s.file {
        Some(p) if s.file_found => format!("# {}\n", tr!("config-file-read", file = safe::path(p))),
        Some(p) => format!("# {}\n", tr!("config-file-missing", file = safe::path(p))),
        None => format!("# {}\n", tr!("config-file-none")),
    }
}

fn from<T>(s: &Setting<T>) -> String {
    match &s.from {
        Source::Default => tr!("config-from-default"),
        Source::File(p, line) => tr!(
            "config-from-file",
            place = format!("{}:{line}", safe::path(p))
        ),
        Source::Env(v) => tr!("config-from-env", var = safe::clean(v)),
        Source::Flag(f) => tr!("config-from-flag", flag = f.as_str()),
    }
}
