//! `--help` in the interface language. The English words stay where clap
//! reads them, in the doc comments of the argument structs; in another
//! language each subcommand's `about` and each option's help are looked up
//! in the catalogue as `cli-SUBCOMMAND` and `cli-SUBCOMMAND-OPTION`
//! (`cli--OPTION` for the top level), a subcommand's closing text as
//! `after-help-SUBCOMMAND`, and the placeholders of values (`<FILE>`) as
//! `clap-value-NAME`; a word the catalogue lacks stays English. `tests/i18n_catalogue.rs` keeps the English catalogue equal to
//! the doc comments, so a changed option cannot leave a stale translation
//! unnoticed.

use std::ffi::OsString;

use clap::{Arg, ArgAction, Command};

use crate::i18n::{self, Lang};

/// `--ui-lang ru` or `--ui-lang=ru` among the raw arguments, before clap
/// parses them (the help it prints depends on it). An unknown value is left
/// for clap to refuse.
pub fn ui_lang_flag(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--ui-lang" {
            return it.next().and_then(|v| Lang::parse(&v));
        }
        if let Some(v) = a.strip_prefix("--ui-lang=") {
            return Lang::parse(v);
        }
    }
    None
}

/// The command with its help in `lang`.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return cmd;
    }
    let cmd = match said(lang, "cli--about") {
        Some(t) => cmd.about(t),
        None => cmd,
    };
    let cmd = args_in(cmd, "", lang);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let cmd = names.iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name.as_str(), |sub| {
            let sub = match said(lang, &format!("cli-{name}")) {
                Some(t) => sub.about(t),
                None => sub,
            };
            let sub = match said(lang, &format!("after-help-{name}")) {
                Some(t) => sub.after_help(t),
                None => sub,
            };
            let sub = args_in(sub, name, lang);
            let sub = nested_in(sub, name, lang);
            sheet_language(sub, name, lang)
        })
    });
    let mut cmd = clap_words(cmd, lang);
    // clap adds its `help` command when it builds; built now, it can be told.
    cmd.build();
    usage_words(help_command(cmd, lang), lang)
}

/// The usage line with clap's `[OPTIONS]` said in `lang`: clap writes that
/// word itself, so each command's usage is rendered once and given back as
/// its own. Needs the command built (its name includes its parents').
fn usage_words(mut cmd: Command, lang: Lang) -> Command {
    let options = format!(
        "[{}]",
        i18n::text(lang, "clap-options-tag", &i18n::Args::new())
    );
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage: ")
        .unwrap_or(&usage)
        .replace("[OPTIONS]", &options);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let cmd = cmd.override_usage(usage);
    names.iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name.as_str(), |sub| usage_words(sub, lang))
    })
}

/// The about of clap's own `help` command, here and in every command that has one.
fn help_command(cmd: Command, lang: Lang) -> Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name.as_str(), |sub| {
            if name == "help" {
                sub.about(i18n::text(lang, "clap-help-command", &i18n::Args::new()))
            } else {
                help_command(sub, lang)
            }
        })
    })
}

/// The commands of a command (`roster import`): `cli-roster-import` for
/// the about, `cli-roster-import-OPTION` for each option's help.
fn nested_in(sub: Command, name: &str, lang: Lang) -> Command {
    let inner: Vec<String> = sub
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    inner.iter().fold(sub, |sub, n| {
        let key = format!("{name}-{n}");
        sub.mut_subcommand(n.as_str(), |c| {
            let c = match said(lang, &format!("cli-{key}")) {
                Some(t) => c.about(t),
                None => c,
            };
            args_in(c, &key, lang)
        })
    })
}

/// The printed sheets and exports (`agenda`, `interpretation`, `export`)
/// take `--lang` for their titles and labels; without it they follow the
/// interface language, as English did when it was the only one.
fn sheet_language(sub: Command, name: &str, lang: Lang) -> Command {
    if !matches!(name, "agenda" | "interpretation" | "export") {
        return sub;
    }
    if !sub.get_arguments().any(|a| a.get_id() == "lang") {
        return sub;
    }
    sub.mut_arg("lang", |a| a.default_value(lang.code()))
}

/// Each option of `cmd` with its help in `lang`, where the catalogue has it.
fn args_in(cmd: Command, sub: &str, lang: Lang) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    ids.iter().fold(cmd, |cmd, id| {
        match said(lang, &format!("cli-{sub}-{id}")) {
            Some(t) => cmd.mut_arg(id.as_str(), |a| a.help(t)),
            None => cmd,
        }
    })
}

/// clap's own words in `lang`: the usage line, the headings of the
/// arguments, options and commands, the help and version flags, and the
/// default and possible values after an option's help. clap words them in
/// English only, so the template and the flags are given in ours; its
/// nested commands (`roster import`) get the same.
fn clap_words(cmd: Command, lang: Lang) -> Command {
    let t = |key: &str| i18n::text(lang, key, &i18n::Args::new());
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        t("clap-usage")
    );
    let has_version = cmd.get_version().is_some();
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(t("clap-commands"))
        .subcommand_value_name(t("clap-command-value"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t("clap-help-flag")),
        );
    if has_version {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t("clap-version-flag")),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let cmd = ids.iter().fold(cmd, |cmd, id| {
        cmd.mut_arg(id.as_str(), |a| arg_words(a, lang))
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name.as_str(), |sub| clap_words(sub, lang))
    })
}

/// One argument's heading, and its default and possible values said in
/// `lang` after its help instead of clap's English brackets.
fn arg_words(a: Arg, lang: Lang) -> Arg {
    let t = |key: &str| i18n::text(lang, key, &i18n::Args::new());
    let heading = if a.is_positional() {
        t("clap-arguments")
    } else {
        t("clap-options")
    };
    let mut help = a.get_help().map(ToString::to_string).unwrap_or_default();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let takes_value = a.get_action().takes_values();
    if takes_value && !defaults.is_empty() && !a.is_hide_default_value_set() {
        help.push_str(&format!(
            " [{}: {}]",
            t("clap-default"),
            defaults.join(", ")
        ));
    }
    let possible: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|p| !p.is_hide_set())
        .map(|p| p.get_name().to_string())
        .collect();
    if takes_value && !possible.is_empty() && !a.is_hide_possible_values_set() {
        help.push_str(&format!(
            " [{}: {}]",
            t("clap-possible"),
            possible.join(", ")
        ));
    }
    let a = a.help_heading(heading);
    let a = value_names(a, lang);
    let help = help.trim_start().to_string();
    // clap's checks allow hiding values only on an option that takes one.
    let a = if takes_value {
        a.hide_default_value(true).hide_possible_values(true)
    } else {
        a
    };
    if help.is_empty() { a } else { a.help(help) }
}

/// The placeholders of an argument's values (`<FILE>`, `[PATHS]`) in
/// `lang`, where the catalogue has them as `clap-value-NAME`. clap writes
/// an argument's id in capitals when it is given no name of its own.
fn value_names(a: Arg, lang: Lang) -> Arg {
    if !a.get_action().takes_values() {
        return a;
    }
    let names: Vec<String> = match a.get_value_names() {
        Some(v) => v.iter().map(ToString::to_string).collect(),
        None => vec![a.get_id().as_str().to_ascii_uppercase()],
    };
    let said: Vec<String> = names
        .iter()
        .map(|n| self::said(lang, &format!("clap-value-{n}")).unwrap_or_else(|| n.clone()))
        .collect();
    if said == names {
        a
    } else {
        a.value_names(said)
    }
}

/// The catalogue's words for `key` in `lang`, when it has them.
fn said(lang: Lang, key: &str) -> Option<String> {
    i18n::has(lang, key).then(|| i18n::text(lang, key, &i18n::Args::new()))
}

/// Every catalogue key clap's help would look up, with clap's English
/// words for it: the catalogue test compares them with `en.ftl`.
pub fn english_help(cmd: &Command) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let args = |c: &Command, sub: &str, out: &mut Vec<(String, String)>| {
        for a in c.get_arguments() {
            if let Some(h) = a.get_help() {
                out.push((format!("cli-{sub}-{}", a.get_id()), h.to_string()));
            }
        }
    };
    if let Some(about) = cmd.get_about() {
        out.push(("cli--about".to_string(), about.to_string()));
    }
    args(cmd, "", &mut out);
    for s in cmd.get_subcommands() {
        let name = s.get_name();
        if let Some(about) = s.get_about() {
            out.push((format!("cli-{name}"), about.to_string()));
        }
        args(s, name, &mut out);
        for inner in s.get_subcommands() {
            let key = format!("{name}-{}", inner.get_name());
            if let Some(about) = inner.get_about() {
                out.push((format!("cli-{key}"), about.to_string()));
            }
            args(inner, &key, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_before_parsing() {
        assert_eq!(
            ui_lang_flag(&os(&["plenary", "--ui-lang", "ru", "check"])),
            Some(Lang::Ru)
        );
        assert_eq!(
            ui_lang_flag(&os(&["plenary", "check", "--ui-lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(
            ui_lang_flag(&os(&["plenary", "check", "--", "--ui-lang=ru"])),
            None
        );
        assert_eq!(ui_lang_flag(&os(&["plenary", "--ui-lang"])), None);
    }
}
