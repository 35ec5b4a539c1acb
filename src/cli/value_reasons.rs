//! Why a value on the command line was refused, in the interface language.
//! The value parsers (`--today`, `--status`, `--country`, `--length`, the
//! numbers clap parses itself) say it in English, as plain text; each known
//! shape is recognized and said again through the catalogue, and kept only
//! when its English is that very text. Anything else stays as it was.

use crate::i18n::{Lang, Msg};
use crate::msg;

/// `why` in the current language.
pub fn said(why: &str) -> String {
    match recognize(why) {
        Some(m) => m.render(crate::i18n::current()),
        None => why.to_string(),
    }
}

fn recognize(why: &str) -> Option<Msg> {
    let m = crate::load::value_message(why)
        .or_else(|| status(why))
        .or_else(|| backticked(why))
        .or_else(|| number(why))?;
    (m.render(Lang::En) == why).then_some(m)
}

/// `--status`: an unknown status, with a near one or the list.
fn status(why: &str) -> Option<Msg> {
    if why == "no status given; expected e.g. `open,in-progress`, `owed`, `closed` or `all`" {
        return Some(msg!("value-why-no-status"));
    }
    let (value, hint) = why.strip_prefix("unknown status `")?.split_once("`; ")?;
    let hint = if let Some(near) = hint
        .strip_prefix("did you mean `")
        .and_then(|h| h.strip_suffix("`?"))
    {
        crate::problem::suggest::hint_msg(near)
    } else {
        msg!(
            "expected-one-of",
            values = hint.strip_prefix("expected one of: ")?
        )
    };
    Some(msg!("value-why-unknown-status", value = value, hint = hint))
}

/// A country or a duration, quoted first in backticks.
fn backticked(why: &str) -> Option<Msg> {
    let (value, rest) = why.strip_prefix('`')?.split_once('`')?;
    let key = match rest {
        " is not a country; give an ISO code (KZ, KAZ) or an English name (Kazakhstan)" => {
            "value-why-not-country"
        }
        " is not a duration; type +90m, +1h30 or +1:30" => "value-why-not-duration",
        " must be between 1 minute and 24 hours" => "value-why-duration-range",
        _ => return None,
    };
    Some(msg!(key, value = value))
}

/// A number clap could not read (Rust's words for it), or one out of range.
fn number(why: &str) -> Option<Msg> {
    let key = match why {
        "invalid digit found in string" => "value-why-not-number",
        "cannot parse integer from empty string" => "value-why-empty-number",
        "number too large to fit in target type" => "value-why-number-too-large",
        "number too small to fit in target type" => "value-why-number-too-small",
        _ => {
            let (value, range) = why.split_once(" is not in ")?;
            let (low, high) = range.split_once("..=")?;
            return Some(msg!(
                "value-why-out-of-range",
                value = value,
                low = low,
                high = high
            ));
        }
    };
    Some(msg!(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reason_is_said_in_russian_and_unchanged_in_english() {
        for why in [
            "bad date `2020-13-01`: there is no month 13; dates are YYYY-MM-DD",
            "unknown status `opne`; did you mean `open`?",
            "unknown status `x`; expected one of: open, in-progress, waiting, done, dropped, owed, closed, all",
            "no status given; expected e.g. `open,in-progress`, `owed`, `closed` or `all`",
            "`Narnia` is not a country; give an ISO code (KZ, KAZ) or an English name (Kazakhstan)",
            "`5x` is not a duration; type +90m, +1h30 or +1:30",
            "`30h` must be between 1 minute and 24 hours",
            "invalid digit found in string",
            "cannot parse integer from empty string",
            "number too large to fit in target type",
            "4294967296 is not in 0..=4294967295",
        ] {
            let m = recognize(why).unwrap_or_else(|| panic!("not recognized: {why}"));
            let ru = m.render(Lang::Ru);
            assert!(
                !ru.contains(" is ") && !ru.contains("expected") && !ru.contains("found"),
                "{why} -> {ru}"
            );
        }
        assert_eq!(said("something new"), "something new");
    }
}
