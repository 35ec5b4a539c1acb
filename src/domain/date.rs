//! Calendar dates in files: `YYYY-MM-DD`, with a message that says so.
//!
//! chrono's own error ("input is out of range") does not tell a person that
//! 2020-02-30 is not a day; these serde helpers do.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn parse(s: &str) -> Result<NaiveDate, String> {
    let t = s.trim();
    if let Some(d) = plain_day(t) {
        return Ok(d);
    }
    let shape_ok = t.len() == 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-';
    match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        // chrono reads `-999-01-01` and `+12345-...`; a save would write a
        // year outside 1-9999 in a form that does not load back.
        Ok(d) if shape_ok && !(1..=9999).contains(&chrono::Datelike::year(&d)) => Err(format!(
            "bad date `{s}`: the year must be between 1 and 9999, written with four digits"
        )),
        Ok(d) if shape_ok => Ok(d),
        Err(_) if shape_ok => Err(impossible(s, t)),
        _ => Err(format!(
            "bad date `{s}`, expected YYYY-MM-DD, such as 2020-09-25"
        )),
    }
}

/// `YYYY-MM-DD` in ASCII digits naming a real day of years 1-9999: the
/// very date chrono's `%Y-%m-%d` reads, without its format machinery (a
/// large agenda has tens of thousands of dates). Anything else, `None`, is
/// left to the full reading and its messages.
fn plain_day(t: &str) -> Option<NaiveDate> {
    let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = t.as_bytes() else {
        return None;
    };
    let digits = [y0, y1, y2, y3, m0, m1, d0, d1];
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |ds: &[u8]| ds.iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
    let year = n(&digits[..4]) as i32;
    if year < 1 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, n(&digits[4..6]), n(&digits[6..]))
}

/// Why a well-shaped date is not a day: the month, or the month's length.
fn impossible(s: &str, t: &str) -> String {
    let num = |r: std::ops::Range<usize>| t.get(r).and_then(|x| x.parse::<u32>().ok());
    let (y, m, d) = (
        num(0..4).unwrap_or(2000) as i32,
        num(5..7).unwrap_or(0),
        num(8..10).unwrap_or(0),
    );
    if !(1..=12).contains(&m) {
        return format!("bad date `{s}`: there is no month {m}; dates are YYYY-MM-DD");
    }
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    let last = next
        .and_then(|n| n.pred_opt())
        .map(|l| l.format("%d").to_string())
        .unwrap_or_default();
    let month = NaiveDate::from_ymd_opt(y, m, 1)
        .map(|f| f.format("%B %Y").to_string())
        .unwrap_or_default();
    if d == 0 {
        return format!("bad date `{s}`: there is no day 0; dates are YYYY-MM-DD");
    }
    format!("bad date `{s}`: {month} has {last} days")
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<NaiveDate, E> {
        parse(v).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<NaiveDate, E> {
        Err(E::custom(format!(
            "bad date `{v}`, expected YYYY-MM-DD, such as 2020-09-25"
        )))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<NaiveDate, E> {
        self.visit_i64(v as i64)
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    if !d.is_human_readable() {
        return from_days(i32::deserialize(d)?);
    }
    d.deserialize_any(DateVisitor)
}

pub fn serialize<S: Serializer>(v: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    if !s.is_human_readable() {
        // The compact form (super::wire): days since 1 January of year 1.
        return v.num_days_from_ce().serialize(s);
    }
    s.collect_str(&v.format("%Y-%m-%d"))
}

fn from_days<E: de::Error>(days: i32) -> Result<NaiveDate, E> {
    NaiveDate::from_num_days_from_ce_opt(days).ok_or_else(|| E::custom("a date out of range"))
}

/// The same for optional dates (`due:` may be left out).
pub mod option {
    use super::*;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        if !d.is_human_readable() {
            return Option::<i32>::deserialize(d)?.map(from_days).transpose();
        }
        super::deserialize(d).map(Some)
    }

    pub fn serialize<S: Serializer>(v: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            return v.map(|d| d.num_days_from_ce()).serialize(s);
        }
        match v {
            Some(d) => super::serialize(d, s),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut gives chrono's day wherever it answers, and answers
    /// for every real day a file would hold.
    #[test]
    fn plain_days_are_chronos_days() {
        for y in ["0000", "0001", "1999", "2024", "2025", "9999", "20x4"] {
            for m in ["00", "01", "02", "12", "13", "1a"] {
                for d in ["00", "01", "28", "29", "30", "31", "32"] {
                    let t = format!("{y}-{m}-{d}");
                    let chrono = NaiveDate::parse_from_str(&t, "%Y-%m-%d")
                        .ok()
                        .filter(|d| (1..=9999).contains(&chrono::Datelike::year(d)));
                    assert_eq!(plain_day(&t), chrono, "{t}");
                }
            }
        }
        assert_eq!(plain_day("2024-1-07"), None);
        assert_eq!(plain_day("2024-10-07 "), None);
        assert_eq!(
            parse(" 2024-10-07 "),
            Ok(NaiveDate::from_ymd_opt(2024, 10, 7).unwrap())
        );
    }
}
