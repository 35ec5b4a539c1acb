//! What an unquoted (plain) scalar means: null, a boolean, an integer, a
//! float or text, by exactly the rules yaml_serde 0.10.7 applies (its
//! `de.rs`, MIT/Apache-2.0, copied here function by function so that the
//! streaming reader gives the very same typed values). Anything a rule here
//! would answer differently is a bug: the differential tests compare the two.

use std::num::ParseIntError;

type Radix<T> = fn(&str, u32) -> Result<T, ParseIntError>;

pub fn is_null(scalar: &[u8]) -> bool {
    matches!(scalar, b"null" | b"Null" | b"NULL" | b"~")
}

pub fn parse_bool(scalar: &str) -> Option<bool> {
    match scalar {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// `-0x`, `-0o`, `-0b`, as yaml_serde reads them.
fn negative_prefixed<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(rest) = scalar.strip_prefix(prefix)
            && let Ok(int) = from_str_radix(&format!("-{rest}"), radix)
        {
            return Some(int);
        }
    }
    None
}

pub fn parse_unsigned_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    let unpositive = scalar.strip_prefix('+').unwrap_or(scalar);
    // yaml_serde tries each prefix in turn and stops at a sign after one.
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = unpositive.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(int) = from_str_radix(rest, radix) {
                return Some(int);
            }
        }
    }
    if unpositive.starts_with(['+', '-']) || digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(unpositive, 10).ok()
}

pub fn parse_signed_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    let unpositive = match scalar.strip_prefix('+') {
        Some(u) if u.starts_with(['+', '-']) => return None,
        Some(u) => u,
        None => scalar,
    };
    // yaml_serde's order: 0x, -0x, 0o, -0o, 0b, -0b.
    for ((prefix, neg), radix) in [("0x", "-0x"), ("0o", "-0o"), ("0b", "-0b")]
        .into_iter()
        .zip([16, 8, 2])
    {
        if let Some(rest) = unpositive.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(int) = from_str_radix(rest, radix) {
                return Some(int);
            }
        }
        if let Some(rest) = scalar.strip_prefix(neg)
            && let Ok(int) = from_str_radix(&format!("-{rest}"), radix)
        {
            return Some(int);
        }
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(unpositive, 10).ok()
}

pub fn parse_negative_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    if let Some(int) = negative_prefixed(scalar, from_str_radix) {
        return Some(int);
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(scalar, 10).ok()
}

pub fn parse_f64(scalar: &str) -> Option<f64> {
    let unpositive = match scalar.strip_prefix('+') {
        Some(u) if u.starts_with(['+', '-']) => return None,
        Some(u) => u,
        None => scalar,
    };
    if let ".inf" | ".Inf" | ".INF" = unpositive {
        return Some(f64::INFINITY);
    }
    if let "-.inf" | "-.Inf" | "-.INF" = scalar {
        return Some(f64::NEG_INFINITY);
    }
    if let ".nan" | ".NaN" | ".NAN" = scalar {
        return Some(f64::NAN.copysign(1.0));
    }
    unpositive.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// Leading zeros then digits is text in YAML 1.2 (`007`), not a number.
pub fn digits_but_not_number(scalar: &str) -> bool {
    let scalar = scalar.strip_prefix(['-', '+']).unwrap_or(scalar);
    scalar.len() > 1 && scalar.starts_with('0') && scalar[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Whether no rule below can read `v` as anything but text, decided from
/// its bytes so that names and titles skip the dozen failed number parses.
/// Null and the booleans start with `~ n N t T f F`; a number starting
/// with a digit (all four integer kinds in every radix, and each finite
/// float Rust's parser accepts) is made of digits, hex digits, the radix
/// letters `x o b`, `.`, signs and exponents only. Whatever starts with a
/// sign or `.` goes through the rules.
fn surely_text(v: &[u8]) -> bool {
    match v.first() {
        // `.inf`, `-.nan` and the like: left to the rules.
        Some(b'~' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'+' | b'-' | b'.') => false,
        Some(b'0'..=b'9') => !v
            .iter()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f' | b'A'..=b'F' | b'x' | b'o' | b'.' | b'+' | b'-')),
        _ => true,
    }
}

/// A plain scalar as a self-describing value, in yaml_serde's order: null,
/// bool, u64, i64, u128, i128, float, text.
pub enum Resolved<'a> {
    Unit,
    Bool(bool),
    U64(u64),
    I64(i64),
    U128(u128),
    I128(i128),
    F64(f64),
    Str(&'a str),
}

pub fn resolve(v: &str) -> Resolved<'_> {
    if v.is_empty() || is_null(v.as_bytes()) {
        return Resolved::Unit;
    }
    if surely_text(v.as_bytes()) {
        return Resolved::Str(v);
    }
    if let Some(b) = parse_bool(v) {
        return Resolved::Bool(b);
    }
    if let Some(i) = parse_unsigned_int(v, u64::from_str_radix) {
        return Resolved::U64(i);
    }
    if let Some(i) = parse_negative_int(v, i64::from_str_radix) {
        return Resolved::I64(i);
    }
    if let Some(i) = parse_unsigned_int(v, u128::from_str_radix) {
        return Resolved::U128(i);
    }
    if let Some(i) = parse_negative_int(v, i128::from_str_radix) {
        return Resolved::I128(i);
    }
    if !digits_but_not_number(v)
        && let Some(f) = parse_f64(v)
    {
        return Resolved::F64(f);
    }
    Resolved::Str(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_yaml_serde_reads_them() {
        assert!(matches!(resolve("0x1F"), Resolved::U64(31)));
        assert!(matches!(resolve("-0x10"), Resolved::I64(-16)));
        assert!(matches!(resolve("+7"), Resolved::U64(7)));
        assert!(matches!(resolve("007"), Resolved::Str("007")));
        assert!(matches!(resolve("1e3"), Resolved::F64(f) if f == 1000.0));
        assert!(matches!(resolve("~"), Resolved::Unit));
        assert!(matches!(resolve("TRUE"), Resolved::Bool(true)));
        assert!(matches!(resolve("yes"), Resolved::Str("yes")));
        assert!(matches!(resolve("99999999999999999999"), Resolved::U128(_)));
        assert!(matches!(resolve("10.30"), Resolved::F64(f) if f == 10.3));
        assert_eq!(parse_signed_int("+-1", i64::from_str_radix), None);
    }

    /// The shortcut answers "text" only where the whole set of rules does.
    #[test]
    fn surely_text_only_where_the_rules_say_text() {
        let parts = [
            "", "0", "1", "9", "+", "-", ".", "e", "E", "x", "o", "b", "a", "f", "F", "i", "n",
            "N", "t", "~", "_", ":", " ", "inf", "nan", "Inf", "NaN", "0x", "0o", "0b", "z",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in ["", "1", "e5", ".5", "x", "y"] {
                        let v = format!("{a}{b}{c}{d}");
                        if !v.is_empty() && surely_text(v.as_bytes()) {
                            assert!(text_by_the_rules(&v), "{v:?}");
                        }
                    }
                }
            }
        }
        for v in [
            "Гульнара",
            "Ahmed",
            "2024-10-07",
            "09:30",
            "p00012",
            "KG",
            "1_000",
        ] {
            assert!(surely_text(v.as_bytes()) || text_by_the_rules(v), "{v}");
        }
    }

    /// Whether [`resolve`]'s rules, without the shortcut, read `v` as text.
    fn text_by_the_rules(v: &str) -> bool {
        !(v.is_empty()
            || is_null(v.as_bytes())
            || parse_bool(v).is_some()
            || parse_unsigned_int(v, u64::from_str_radix).is_some()
            || parse_negative_int(v, i64::from_str_radix).is_some()
            || parse_unsigned_int(v, u128::from_str_radix).is_some()
            || parse_negative_int(v, i128::from_str_radix).is_some()
            || (!digits_but_not_number(v) && parse_f64(v).is_some()))
    }
}
