//! What every record form shares, read from the form's values: a
//! multilingual text typed in one field per working language, a list of
//! such texts (organizers, objectives), and the fields marked not
//! confirmed, merged into the record's `tentative` the way the file keeps
//! it. Text stays in the shape the file wrote it: plain until a second
//! language is actually given, versions in other languages kept.

use std::collections::BTreeMap;

use super::session_form::Fields;
use crate::domain::{Tentative, Text};

/// The field name of `base` in `lang` (`title:ru`), or `base` alone when
/// the meeting works in fewer than two languages.
pub fn text_field_name(langs: &[String], base: &str, lang: &str) -> String {
    if langs.len() < 2 {
        base.to_string()
    } else {
        format!("{base}:{lang}")
    }
}

/// The first field of `base` (where "needed" is shown).
pub fn first_text_field(langs: &[String], base: &str) -> String {
    match langs.first() {
        Some(l) => text_field_name(langs, base, l),
        None => base.to_string(),
    }
}

/// `t` in `lang` as its field shows it: a plain text counts as the first
/// working language's (as most hand-written files have it).
pub fn text_in(langs: &[String], t: &Text, lang: &str) -> String {
    match t {
        Text::Multi(map) => map.get(lang).cloned().unwrap_or_default(),
        Text::Plain(p) if langs.first().map(String::as_str) == Some(lang) => p.clone(),
        Text::Plain(_) => String::new(),
    }
}

/// The text from its fields: plain when one language is filled in and it
/// was plain, a per-language map when more are; versions in languages
/// the form does not show are kept, and an unchanged text is `old` itself.
pub fn read_text(langs: &[String], f: &Fields, base: &str, old: &Text) -> Text {
    // The form trims what it hands over: a text whose every field reads
    // as the file's, spaces and line ends around it aside, is unchanged
    // (a `description: |` block keeps its last line end).
    let shown = |l: &str| text_in(langs, old, l).trim().to_string();
    let unchanged = if langs.len() < 2 {
        f.get(base) == old.primary().trim()
    } else {
        langs
            .iter()
            .all(|l| f.get(&format!("{base}:{l}")) == shown(l))
    };
    if unchanged {
        return old.clone();
    }
    if langs.len() < 2 {
        let v = f.get(base);
        return match old {
            _ if old.primary() == v => old.clone(),
            Text::Multi(map) if !map.is_empty() => {
                let key = if map.contains_key("en") {
                    "en".to_string()
                } else {
                    map.keys().next().cloned().unwrap_or_default()
                };
                let mut t = old.clone();
                t.set(Some(&key), v.to_string());
                t
            }
            _ => Text::Plain(v.to_string()),
        };
    }
    let mut map = BTreeMap::new();
    for l in langs {
        let v = f.get(&format!("{base}:{l}"));
        if !v.is_empty() {
            map.insert(l.clone(), v.to_string());
        }
    }
    if let Text::Multi(o) = old {
        for (l, v) in o {
            if !langs.contains(l) {
                map.insert(l.clone(), v.clone());
            }
        }
    }
    match map.len() {
        0 => Text::default(),
        1 if !matches!(old, Text::Multi(_)) => {
            Text::Plain(map.into_values().next().unwrap_or_default())
        }
        _ => Text::Multi(map),
    }
}

/// An optional text: `None` when every field is empty.
pub fn read_opt_text(langs: &[String], f: &Fields, base: &str, old: &Option<Text>) -> Option<Text> {
    let blank = Text::default();
    let t = read_text(langs, f, base, old.as_ref().unwrap_or(&blank));
    (!t.is_empty()).then_some(t)
}

/// A list of texts kept as `base.0`, `base.1`… (each in every working
/// language); an entry emptied in every language is dropped.
pub fn read_text_list(langs: &[String], f: &Fields, base: &str, old: &[Text]) -> Vec<Text> {
    let blank = Text::default();
    let mut out = Vec::new();
    for i in 0.. {
        let name = format!("{base}.{i}");
        if !f.has(&first_text_field(langs, &name)) {
            break;
        }
        let t = read_text(langs, f, &name, old.get(i).unwrap_or(&blank));
        if !t.is_empty() {
            out.push(t);
        }
    }
    out
}

/// The record's `tentative` after the form: `whole` ticked is `true`;
/// otherwise the names marked, in the order the file had them (new ones
/// after), with names the form cannot mark kept as they were.
pub fn read_tentative(
    old: &Tentative,
    whole: bool,
    marked: &[String],
    markable: &[&str],
) -> Tentative {
    if whole {
        return Tentative::All;
    }
    let kept: Vec<String> = old
        .fields()
        .iter()
        .filter(|n| !markable.contains(&n.as_str()) || marked.contains(n))
        .cloned()
        .collect();
    let mut names = kept;
    for m in marked {
        if !names.contains(m) {
            names.push(m.clone());
        }
    }
    if names.is_empty() {
        Tentative::No
    } else if old.fields() == names.as_slice() {
        old.clone()
    } else {
        Tentative::Fields(names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(l: &[&str]) -> Vec<String> {
        l.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn texts_keep_their_shape() {
        let two = langs(&["en", "ru"]);
        let plain = Text::plain("Almaty");
        let f = Fields::new([("city:en", "Almaty"), ("city:ru", "")]);
        assert_eq!(read_text(&two, &f, "city", &plain), plain);
        let f = Fields::new([("city:en", "Almaty"), ("city:ru", "Алматы")]);
        let both = read_text(&two, &f, "city", &plain);
        assert_eq!(both.languages(), ["en", "ru"]);
        // A bilingual text in a one-language meeting keeps its other version.
        let one = langs(&["en"]);
        let f = Fields::new([("city", "Almaty city")]);
        let t = read_text(&one, &f, "city", &both);
        assert_eq!(t.get("ru", &[]), "Алматы");
        assert_eq!(t.primary(), "Almaty city");
    }

    #[test]
    fn lists_of_texts_drop_emptied_entries() {
        let two = langs(&["en", "ru"]);
        let f = Fields::new([
            ("org.0:en", "UNESCO"),
            ("org.0:ru", "ЮНЕСКО"),
            ("org.1:en", ""),
            ("org.1:ru", ""),
            ("org.2:en", "IITE"),
            ("org.2:ru", ""),
        ]);
        let got = read_text_list(&two, &f, "org", &[]);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], Text::plain("IITE"));
    }

    #[test]
    fn tentative_marks_keep_the_file_order_and_unknown_names() {
        let old = Tentative::Fields(vec!["end".into(), "start".into(), "speakers".into()]);
        let mk = ["start", "end", "room"];
        let same = read_tentative(&old, false, &["start".into(), "end".into()], &mk);
        assert_eq!(same, old);
        let room = read_tentative(&old, false, &["end".into(), "room".into()], &mk);
        assert_eq!(
            room,
            Tentative::Fields(vec!["end".into(), "speakers".into(), "room".into()])
        );
        assert_eq!(
            read_tentative(&Tentative::No, false, &[], &mk),
            Tentative::No
        );
        assert_eq!(read_tentative(&old, true, &[], &mk), Tentative::All);
    }
}
