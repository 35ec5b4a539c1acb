//! clap's own errors in the interface language. clap words its errors in
//! English only, but it keeps what it found (the argument, the value, the
//! valid values, a suggestion) as context; in another language the common
//! kinds are said again from that context through the catalogue. English,
//! and any kind not said here, is clap's own text.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use crate::i18n::{self, Lang};
use crate::tr;

/// The error as it should be printed in `lang`, when it is an error (not
/// `--help` or `--version`, which clap prints itself).
pub fn render(e: &Error, lang: Lang) -> Option<String> {
    if lang == Lang::En
        || matches!(
            e.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return None;
    }
    i18n::with_lang(lang, || {
        let body = said(e)?;
        let mut out = format!("{}: {body}\n", tr!("severity-error"));
        if let Some(usage) = text(e, ContextKind::Usage) {
            // clap's usage starts "Usage: "; the line after it is ours.
            let usage = usage.trim_start_matches("Usage: ");
            out.push_str(&format!("\n{}: {usage}\n", tr!("clap-usage")));
        }
        out.push_str(&format!("\n{}\n", tr!("clap-more-info")));
        Some(out)
    })
}

/// One context value as plain text.
fn text(e: &Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The message (and its tips) of the kinds people meet, in the current language.
fn said(e: &Error) -> Option<String> {
    let arg = text(e, ContextKind::InvalidArg).unwrap_or_default();
    let mut tips: Vec<String> = Vec::new();
    let head = match e.kind() {
        ErrorKind::UnknownArgument => {
            if let Some(s) = text(e, ContextKind::SuggestedArg) {
                tips.push(tr!("clap-tip-similar", arg = s));
            }
            if arg.starts_with('-') {
                tips.push(tr!("clap-tip-dashes", arg = arg.as_str()));
            }
            tr!("clap-unknown-argument", arg = arg)
        }
        ErrorKind::InvalidSubcommand => {
            let sub = text(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            if let Some(s) = text(e, ContextKind::SuggestedSubcommand) {
                tips.push(tr!("clap-tip-subcommand", sub = s));
            }
            tr!("clap-invalid-subcommand", sub = sub)
        }
        ErrorKind::InvalidValue => {
            let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
            if let Some(v) = text(e, ContextKind::SuggestedValue) {
                tips.push(tr!("did-you-mean-quoted", value = v));
            }
            let mut head = if value.is_empty() {
                tr!("clap-missing-value", arg = arg)
            } else {
                tr!("clap-invalid-value", value = value, arg = arg)
            };
            if let Some(valid) = text(e, ContextKind::ValidValue) {
                head.push_str(&format!(
                    "\n  [{}]",
                    tr!("clap-possible-values", values = valid)
                ));
            }
            head
        }
        ErrorKind::ValueValidation => {
            let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
            let why = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            tr!("clap-value-validation", value = value, arg = arg, why = why)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = match e.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(v)) => v.join("\n  "),
                _ => arg,
            };
            format!("{}\n  {missing}", tr!("clap-missing-required"))
        }
        ErrorKind::ArgumentConflict => {
            let other = text(e, ContextKind::PriorArg).unwrap_or_default();
            tr!("clap-conflict", arg = arg, other = other)
        }
        ErrorKind::NoEquals => tr!("clap-no-equals", arg = arg),
        ErrorKind::TooManyValues => {
            let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
            tr!("clap-too-many-values", value = value, arg = arg)
        }
        _ => return None,
    };
    let mut out = head;
    for t in tips {
        out.push_str(&format!("\n\n  {}: {t}", tr!("clap-tip")));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, Command};

    fn cmd() -> Command {
        Command::new("plenary")
            .arg(
                Arg::new("format")
                    .long("format")
                    .value_parser(["table", "csv"]),
            )
            .arg(Arg::new("today").long("today"))
    }

    #[test]
    fn an_unknown_argument_is_said_in_russian() {
        let e = cmd()
            .try_get_matches_from(["plenary", "--todya", "x"])
            .unwrap_err();
        let said = render(&e, Lang::Ru).unwrap();
        assert!(
            said.starts_with("ошибка: неожиданный аргумент '--todya'"),
            "{said}"
        );
        assert!(said.contains("'--today'"), "{said}");
        assert!(said.contains("Использование: plenary"), "{said}");
        assert!(render(&e, Lang::En).is_none());
    }

    #[test]
    fn a_wrong_value_names_the_valid_ones() {
        let e = cmd()
            .try_get_matches_from(["plenary", "--format", "cvs"])
            .unwrap_err();
        let said = render(&e, Lang::Ru).unwrap();
        assert!(
            said.contains("недопустимое значение 'cvs' для '--format <format>'"),
            "{said}"
        );
        assert!(said.contains("возможные значения: table, csv"), "{said}");
    }
}
