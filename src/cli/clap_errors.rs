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

/// The message (and its tips) of every kind clap reports, in the current
/// language: from its context where clap kept one, else the kind's own
/// short description, as clap does.
fn said(e: &Error) -> Option<String> {
    let mut tips: Vec<String> = Vec::new();
    let head = from_context(e, &mut tips).or_else(|| kind_only(e.kind()))?;
    let mut out = head;
    for t in tips {
        out.push_str(&format!("\n\n  {}: {t}", tr!("clap-tip")));
    }
    Some(out)
}

/// The message clap would build from the error's context, when it has
/// the context that kind needs.
fn from_context(e: &Error, tips: &mut Vec<String>) -> Option<String> {
    let arg = text(e, ContextKind::InvalidArg);
    let value = text(e, ContextKind::InvalidValue);
    Some(match e.kind() {
        ErrorKind::UnknownArgument => {
            let arg = arg?;
            if let Some(s) = text(e, ContextKind::SuggestedArg) {
                tips.push(tr!("clap-tip-similar", arg = s));
            }
            if arg.starts_with('-') {
                tips.push(tr!("clap-tip-dashes", arg = arg.as_str()));
            }
            tr!("clap-unknown-argument", arg = arg)
        }
        ErrorKind::InvalidSubcommand => {
            let sub = text(e, ContextKind::InvalidSubcommand)?;
            if let Some(s) = text(e, ContextKind::SuggestedSubcommand) {
                tips.push(tr!("clap-tip-subcommand", sub = s));
            }
            tr!("clap-invalid-subcommand", sub = sub)
        }
        ErrorKind::InvalidValue => invalid_value(e, arg?, value?, tips),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|s| super::value_reasons::said(&s.to_string()))
                .unwrap_or_default();
            let (arg, value) = (arg?, value?);
            if why.is_empty() {
                tr!("clap-invalid-value", value = value, arg = arg)
            } else {
                tr!("clap-value-validation", value = value, arg = arg, why = why)
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let Some(ContextValue::Strings(v)) = e.get(ContextKind::InvalidArg) else {
                return None;
            };
            format!("{}\n  {}", tr!("clap-missing-required"), v.join("\n  "))
        }
        ErrorKind::MissingSubcommand => {
            let cmd = text(e, ContextKind::InvalidSubcommand)?;
            let mut head = tr!("clap-missing-subcommand", cmd = cmd);
            if let Some(valid) = list(e, ContextKind::ValidSubcommand) {
                head.push_str(&format!("\n  [{}]", tr!("clap-subcommands", names = valid)));
            }
            head
        }
        ErrorKind::ArgumentConflict => conflict(e)?,
        ErrorKind::NoEquals => tr!("clap-no-equals", arg = arg?),
        ErrorKind::TooManyValues => tr!("clap-too-many-values", value = value?, arg = arg?),
        ErrorKind::TooFewValues => tr!(
            "clap-too-few-values",
            arg = arg?,
            min = number(e, ContextKind::MinValues)?,
            n = number(e, ContextKind::ActualNumValues)?
        ),
        ErrorKind::WrongNumberOfValues => tr!(
            "clap-wrong-number-of-values",
            arg = arg?,
            expected = number(e, ContextKind::ExpectedNumValues)?,
            n = number(e, ContextKind::ActualNumValues)?
        ),
        _ => return None,
    })
}

/// A value not among the possible ones, or none given where one is needed.
fn invalid_value(e: &Error, arg: String, value: String, tips: &mut Vec<String>) -> String {
    if let Some(v) = text(e, ContextKind::SuggestedValue) {
        tips.push(tr!("did-you-mean-quoted", value = v));
    }
    let mut head = if value.is_empty() {
        tr!("clap-missing-value", arg = arg)
    } else {
        tr!("clap-invalid-value", value = value, arg = arg)
    };
    if let Some(valid) = list(e, ContextKind::ValidValue) {
        head.push_str(&format!(
            "\n  [{}]",
            tr!("clap-possible-values", values = valid)
        ));
    }
    head
}

/// Two arguments that exclude each other, or one given twice.
fn conflict(e: &Error) -> Option<String> {
    let prior = e.get(ContextKind::PriorArg);
    let (head, prior) = match (
        text(e, ContextKind::InvalidArg),
        text(e, ContextKind::InvalidSubcommand),
    ) {
        (Some(arg), _) if text(e, ContextKind::PriorArg).as_deref() == Some(arg.as_str()) => {
            return Some(tr!("clap-used-twice", arg = arg));
        }
        (Some(arg), _) => (tr!("clap-conflict-with", arg = arg), prior),
        (None, Some(sub)) => (tr!("clap-conflict-subcommand", sub = sub), prior),
        (None, None) => return kind_only(ErrorKind::ArgumentConflict),
    };
    Some(match prior {
        Some(ContextValue::String(other)) => format!("{head} '{other}'"),
        Some(ContextValue::Strings(others)) => format!("{head}:\n  {}", others.join("\n  ")),
        _ => format!("{head} {}", tr!("clap-conflict-others")),
    })
}

/// A list of names from the context, when it has any.
fn list(e: &Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::Strings(v) if !v.is_empty() => Some(v.join(", ")),
        _ => None,
    }
}

/// A count from the context.
fn number(e: &Error, kind: ContextKind) -> Option<i64> {
    match e.get(kind)? {
        ContextValue::Number(n) => i64::try_from(*n).ok(),
        _ => None,
    }
}

/// clap's short description of a kind, for an error that kept no context.
fn kind_only(kind: ErrorKind) -> Option<String> {
    let key = match kind {
        ErrorKind::InvalidValue => "clap-kind-invalid-value",
        ErrorKind::UnknownArgument => "clap-kind-unknown-argument",
        ErrorKind::InvalidSubcommand => "clap-kind-invalid-subcommand",
        ErrorKind::NoEquals => "clap-kind-no-equals",
        ErrorKind::ValueValidation => "clap-kind-value-validation",
        ErrorKind::TooManyValues => "clap-kind-too-many-values",
        ErrorKind::TooFewValues => "clap-kind-too-few-values",
        ErrorKind::WrongNumberOfValues => "clap-kind-wrong-number-of-values",
        ErrorKind::ArgumentConflict => "clap-kind-argument-conflict",
        ErrorKind::MissingRequiredArgument => "clap-kind-missing-required",
        ErrorKind::MissingSubcommand => "clap-kind-missing-subcommand",
        ErrorKind::InvalidUtf8 => "clap-kind-invalid-utf8",
        _ => return None,
    };
    Some(tr!(key))
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
