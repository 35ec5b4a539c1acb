//! Quoting for YAML 1.1 readers: the Norway problem.
//!
//! Plenary reads YAML 1.2, where `NO`, `on` and `010` are plain strings. But
//! PyYAML, many editors and CI tools read YAML 1.1, where they are `false`,
//! `true` and the number 8; `country: NO` would reach them as a bool. Every
//! plain scalar (value or key) a YAML 1.1 reader would take for a bool, a
//! null or a number is therefore written in quotes. Dates stay plain: both
//! readings agree they are dates.

/// Words YAML 1.1 resolves to a bool or null (the spec's full lists).
const WORDS: &[&str] = &[
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
    "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "=",
    "<<",
];

/// Whether a plain scalar would be read as something other than a string by
/// a YAML 1.1 or 1.2 reader.
pub fn is_ambiguous(s: &str) -> bool {
    s.is_empty() || WORDS.contains(&s) || number_like(s)
}

fn number_like(s: &str) -> bool {
    if matches!(s, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let t = s.strip_prefix(['+', '-']).unwrap_or(s);
    if matches!(t, ".inf" | ".Inf" | ".INF") {
        return true;
    }
    let radix = |p: &str, ok: fn(char) -> bool| {
        t.strip_prefix(p)
            .is_some_and(|r| !r.is_empty() && r.chars().all(|c| ok(c) || c == '_'))
    };
    if radix("0b", |c| c == '0' || c == '1')
        || radix("0x", |c| c.is_ascii_hexdigit())
        || radix("0o", |c| ('0'..='7').contains(&c))
    {
        return true;
    }
    sexagesimal(t) || decimal(t)
}

/// `190:20:30`, `12:30:00`, `09:00` and `1:30.5` are base-60 numbers in YAML 1.1.
fn sexagesimal(t: &str) -> bool {
    let mut parts = t.split(':');
    let Some(first) = parts.next() else {
        return false;
    };
    let first_ok = first.starts_with(|c: char| c.is_ascii_digit())
        && first.chars().all(|c| c.is_ascii_digit() || c == '_');
    let rest: Vec<&str> = parts.collect();
    if !first_ok || rest.is_empty() {
        return false;
    }
    rest.iter().enumerate().all(|(i, p)| {
        let p = if i + 1 == rest.len() {
            p.split_once('.').map_or(*p, |(a, _)| a)
        } else {
            p
        };
        (1..=2).contains(&p.len())
            && p.chars().all(|c| c.is_ascii_digit())
            && p.chars().next().is_some_and(|c| c <= '5' || p.len() == 1)
    })
}

/// `010`, `1_000`, `3.14`, `.5`, `1e3`, `6.8523015e+5`.
fn decimal(t: &str) -> bool {
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let dots = mantissa.matches('.').count();
    let mantissa_ok = dots <= 1
        && mantissa.chars().any(|c| c.is_ascii_digit())
        && mantissa
            .chars()
            .all(|c| c.is_ascii_digit() || c == '_' || c == '.')
        && mantissa.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    let exponent_ok = exponent.is_none_or(|e| {
        let d = e.strip_prefix(['+', '-']).unwrap_or(e);
        !d.is_empty() && d.chars().all(|c| c.is_ascii_digit())
    });
    mantissa_ok && exponent_ok
}

/// A one-line string in quotes: double quotes (as session times are
/// written) when nothing needs escaping, else single quotes.
pub fn quoted(s: &str) -> String {
    if s.contains(['"', '\\']) || s.chars().any(char::is_control) {
        format!("'{}'", s.replace('\'', "''"))
    } else {
        format!("\"{s}\"")
    }
}

/// Quotes every ambiguous plain key and value in block-style YAML as the
/// serializer writes it (`key: value`, `- value`, `- key: value`), leaving
/// block scalars (`|`, `>`) and quoted text alone.
pub fn quote_block_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut block_scalar_of: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start_matches(' ').len();
        if let Some(col) = block_scalar_of {
            if body.trim().is_empty() || indent > col {
                out.push_str(line);
                continue;
            }
            block_scalar_of = None;
        }
        let (fixed, opens_block) = quote_line(body);
        if opens_block {
            block_scalar_of = Some(indent);
        }
        out.push_str(&fixed);
        out.push_str(&line[body.len()..]);
    }
    out
}

/// One line: returns the fixed line and whether a block scalar follows it.
fn quote_line(body: &str) -> (String, bool) {
    let mut out = String::with_capacity(body.len() + 2);
    let mut rest = body;
    // Indentation and any `- ` markers.
    loop {
        let trimmed = rest.trim_start_matches(' ');
        out.push_str(&rest[..rest.len() - trimmed.len()]);
        rest = trimmed;
        match rest.strip_prefix("- ") {
            Some(r) => {
                out.push_str("- ");
                rest = r;
            }
            None => break,
        }
    }
    if let Some((key, value)) = plain_key(rest) {
        out.push_str(&plain_scalar(key));
        out.push(':');
        let v = value.trim_start();
        if v.is_empty() {
            return (out, false);
        }
        out.push_str(&value[..value.len() - v.len()]);
        out.push_str(&plain_scalar(v));
        return (out, v.starts_with(['|', '>']));
    }
    out.push_str(&plain_scalar(rest));
    (out, rest.starts_with(['|', '>']))
}

/// `key: value` or `key:` with a plain key (the serializer quotes keys it must).
fn plain_key(s: &str) -> Option<(&str, &str)> {
    if s.starts_with(['"', '\'', '[', '{', '|', '>']) {
        return None;
    }
    let i = s
        .find(": ")
        .or_else(|| s.ends_with(':').then(|| s.len() - 1))?;
    Some((&s[..i], &s[i + 1..]))
}

/// Whether a plain scalar is a bool, null or number to a YAML 1.2 reader (the
/// serializer's own reading): then it is one, and stays plain; the serializer
/// quotes strings of that shape itself.
fn typed_in_yaml12(s: &str) -> bool {
    if matches!(
        s,
        "~" | "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
    ) || matches!(s, ".nan" | ".NaN" | ".NAN")
    {
        return true;
    }
    let t = s.strip_prefix(['+', '-']).unwrap_or(s);
    if matches!(t, ".inf" | ".Inf" | ".INF") {
        return true;
    }
    let digits = |r: &str| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit());
    if digits(t)
        || t.strip_prefix("0x")
            .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_hexdigit()))
    {
        return true;
    }
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((a, b)) => {
            (a.is_empty() || digits(a))
                && (b.is_empty() || digits(b))
                && !(a.is_empty() && b.is_empty())
        }
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)))
}

fn plain_scalar(s: &str) -> String {
    let quoted_already = s.starts_with(['"', '\'', '[', '{', '|', '>', '&', '*', '!']);
    if !quoted_already && is_ambiguous(s) && !typed_in_yaml12(s) {
        quoted(s)
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every YAML 1.1 bool and null word, and number shapes of both versions.
    const AMBIGUOUS: &[&str] = &[
        "y",
        "Y",
        "yes",
        "Yes",
        "YES",
        "n",
        "N",
        "no",
        "No",
        "NO",
        "true",
        "True",
        "TRUE",
        "false",
        "False",
        "FALSE",
        "on",
        "On",
        "ON",
        "off",
        "Off",
        "OFF",
        "~",
        "null",
        "Null",
        "NULL",
        "0x1F",
        "0b1010",
        "0o17",
        "1e3",
        "1E3",
        "6.8523015e+5",
        ".inf",
        "-.inf",
        "+.INF",
        ".nan",
        ".NaN",
        "010",
        "0",
        "-1",
        "+12",
        "1_000",
        "3.14",
        ".5",
        "1.",
        "12:30:00",
        "09:00",
        "190:20:30",
        "1:30.5",
        "=",
        "<<",
    ];
    const PLAIN: &[&str] = &[
        "en",
        "ru",
        "KZ",
        "nor",
        "yess",
        "2020-12-23",
        "1.2.3",
        "v1",
        "10am",
        "0x",
        "12:60",
        "Room 1",
        "e3",
        "-",
        "a:b",
    ];

    #[test]
    fn knows_every_yaml11_word_and_number() {
        for w in AMBIGUOUS {
            assert!(is_ambiguous(w), "{w} should be quoted");
        }
        for w in PLAIN {
            assert!(!is_ambiguous(w), "{w} should stay plain");
        }
    }

    #[test]
    fn quotes_keys_values_and_list_items_but_not_block_scalars() {
        let text = "count: 30\nfree: true\nratio: 0.5\ncountry: NO\nlanguages:\n- no\n- en\nname:\n  no: Hei\n  en: Hi\nnotes: |-\n  yes\n  NO\nid: '010'\n";
        let want = "count: 30\nfree: true\nratio: 0.5\ncountry: \"NO\"\nlanguages:\n- \"no\"\n- en\nname:\n  \"no\": Hei\n  en: Hi\nnotes: |-\n  yes\n  NO\nid: '010'\n";
        assert_eq!(quote_block_text(text), want);
    }

    #[test]
    fn every_ambiguous_string_is_written_quoted_and_reads_back_the_same() {
        for w in AMBIGUOUS {
            let text = crate::yaml::to_string(&vec![w.to_string()]).unwrap_or_default();
            let text = quote_block_text(&text);
            let value = text.trim_end().trim_start_matches("- ");
            assert!(value.starts_with(['"', '\'']), "{w} written as {value}");
            let back: Vec<String> = crate::yaml::from_str(&text).unwrap_or_default();
            assert_eq!(back, [w.to_string()], "{w}");
        }
    }
}
