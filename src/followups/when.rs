//! A due date as an organizer types it in a prompt: a date (`2023-06-30`)
//! or a distance from today (`+14d`, `+2w`, `+1m`), so moving a deadline by
//! two weeks in review mode is four keystrokes. `none` clears it.

use chrono::{Days, Months, NaiveDate};

/// What a due-date prompt asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueInput {
    Date(NaiveDate),
    Clear,
}

/// What a due date may be, said after every refusal.
fn help() -> String {
    crate::tr!("due-help")
}

/// Reads `text` against `today`; the error says what would be right.
pub fn parse_due(text: &str, today: NaiveDate) -> Result<DueInput, String> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Err(crate::tr!("due-none-given", help = help()));
    }
    if matches!(t.as_str(), "none" | "clear" | "-") {
        return Ok(DueInput::Clear);
    }
    if let Some(rest) = t.strip_prefix('+') {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let unit = rest[digits.len()..].trim();
        let n: u32 = digits
            .parse()
            .map_err(|_| crate::tr!("due-not-distance", text = text.trim(), help = help()))?;
        let date = match unit {
            "" | "d" | "day" | "days" => today.checked_add_days(Days::new(u64::from(n))),
            "w" | "week" | "weeks" => today.checked_add_days(Days::new(u64::from(n) * 7)),
            "m" | "month" | "months" => today.checked_add_months(Months::new(n)),
            _ => {
                return Err(crate::tr!(
                    "due-unknown-unit",
                    unit = unit,
                    text = text.trim(),
                    help = help()
                ));
            }
        };
        return date
            .map(DueInput::Date)
            .ok_or_else(|| crate::tr!("due-too-far", text = text.trim()));
    }
    crate::domain::date::parse(&t)
        .map(DueInput::Date)
        .map_err(|_| crate::tr!("due-not-date", text = text.trim(), help = help()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::domain::date::parse(s).unwrap()
    }

    #[test]
    fn dates_and_distances() {
        let today = day("2026-11-26");
        let d = |s| parse_due(s, today);
        assert_eq!(d("2027-01-31"), Ok(DueInput::Date(day("2027-01-31"))));
        assert_eq!(d("+14d"), Ok(DueInput::Date(day("2026-12-10"))));
        assert_eq!(d(" +2w "), Ok(DueInput::Date(day("2026-12-10"))));
        assert_eq!(d("+3"), Ok(DueInput::Date(day("2026-11-29"))));
        assert_eq!(d("+1m"), Ok(DueInput::Date(day("2026-12-26"))));
        assert_eq!(d("none"), Ok(DueInput::Clear));
        for bad in ["", "tomorrow", "+x", "+2y", "2027-02-30", "31/01/2027"] {
            let e = d(bad).unwrap_err();
            assert!(e.contains("YYYY-MM-DD"), "{bad}: {e}");
        }
    }
}
