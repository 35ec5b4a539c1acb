//! Human text that may exist in several languages.
//!
//! Titles and themes of these meetings are often published in English and
//! Russian. A file may say `title: Foo` or `title: {en: Foo, ru: Фу}`; both
//! round-trip unchanged, so a hand-written file keeps the shape its author chose.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    /// Language code (ISO 639-1) to text, in code order so saves are stable.
    Multi(BTreeMap<String, String>),
}

impl Default for Text {
    fn default() -> Self {
        Text::Plain(String::new())
    }
}

impl Text {
    pub fn plain(s: impl Into<String>) -> Self {
        Text::Plain(s.into())
    }

    /// The text in `lang`, else in the first of `fallbacks` that exists, else any.
    pub fn get(&self, lang: &str, fallbacks: &[String]) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Multi(m) => m
                .get(lang)
                .or_else(|| fallbacks.iter().find_map(|l| m.get(l)))
                .or_else(|| m.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    /// The text in English when present, else the first version; for reports
    /// and messages that do not know the reader's language.
    pub fn primary(&self) -> &str {
        self.get("en", &[])
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Text::Plain(s) => s.trim().is_empty(),
            Text::Multi(m) => m.values().all(|s| s.trim().is_empty()),
        }
    }

    /// Left out of the file: a plain empty string (a map, even an empty
    /// one, was written and is written back).
    pub fn is_unset(&self) -> bool {
        matches!(self, Text::Plain(s) if s.is_empty())
    }

    /// Every version of the text, for search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        let (one, many) = match self {
            Text::Plain(s) => (Some(s.as_str()), None),
            Text::Multi(m) => (None, Some(m.values().map(String::as_str))),
        };
        one.into_iter().chain(many.into_iter().flatten())
    }

    /// Language codes this text is given in (empty for plain text).
    pub fn languages(&self) -> Vec<&str> {
        match self {
            Text::Plain(_) => Vec::new(),
            Text::Multi(m) => m.keys().map(String::as_str).collect(),
        }
    }

    /// Sets the version in `lang`; plain text becomes multilingual only when
    /// a second language is actually given.
    pub fn set(&mut self, lang: Option<&str>, value: String) {
        match (lang, &mut *self) {
            (None, _) => *self = Text::Plain(value),
            (Some(l), Text::Multi(m)) => {
                if value.is_empty() {
                    m.remove(l);
                } else {
                    m.insert(l.to_string(), value);
                }
            }
            (Some(_), Text::Plain(s)) if s.is_empty() => *self = Text::Plain(value),
            (Some(l), Text::Plain(_)) => {
                let mut m = BTreeMap::new();
                m.insert(l.to_string(), value);
                *self = Text::Multi(m);
            }
        }
    }
}

/// The language a text's script suggests: Russian for Cyrillic, else English.
/// Names reach a roster in these two scripts; the guess only labels a version.
pub fn script_language(s: &str) -> &'static str {
    if s.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}')) {
        "ru"
    } else {
        "en"
    }
}

impl Text {
    /// Keeps `value` as one more version, under the language its script
    /// suggests; the existing plain text becomes the version in its own
    /// script's language. For a name met in another script (Онокан
    /// Уманкулова beside Onokan Umankulova): nothing is overwritten unless
    /// the same language was given already.
    pub fn add_in_script(&mut self, value: String) {
        if let Text::Plain(s) = self {
            let mut m = BTreeMap::new();
            if !s.trim().is_empty() {
                m.insert(script_language(s).to_string(), std::mem::take(s));
            }
            *self = Text::Multi(m);
        }
        if let Text::Multi(m) = self {
            m.entry(script_language(&value).to_string())
                .or_insert(value);
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.primary())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_string())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            // The compact form (super::wire): always tagged.
            return match self {
                Text::Plain(t) => s.serialize_newtype_variant("Text", 0, "Plain", t),
                Text::Multi(m) => s.serialize_newtype_variant("Text", 1, "Multi", m),
            };
        }
        match self {
            Text::Plain(t) => s.serialize_str(t),
            Text::Multi(m) => m.serialize(s),
        }
    }
}

/// [`Text`] in the compact form: what was checked when the file was loaded.
#[derive(Deserialize)]
#[serde(rename = "Text")]
enum TextWire {
    Plain(String),
    Multi(BTreeMap<String, String>),
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            return Ok(match TextWire::deserialize(d)? {
                TextWire::Plain(t) => Text::Plain(t),
                TextWire::Multi(m) => Text::Multi(m),
            });
        }
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a text, or a map from language code to text such as {en: ..., ru: ...}",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }
            // Numbers are fine as text ("title: 2020") so nobody has to quote them.
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut m = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    if !super::codes::is_language(&k) {
                        return Err(de::Error::custom(format!(
                            "`{k}` is not an ISO 639-1 language code; a multilingual text is written {{en: ..., ru: ...}}"
                        )));
                    }
                    if m.insert(k.clone(), v).is_some() {
                        return Err(de::Error::custom(format!("language `{k}` is given twice")));
                    }
                }
                Ok(Text::Multi(m))
            }
        }
        d.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_what_exists() {
        let t: Text = crate::yaml::from_str("{en: Hello, ru: Привет}").unwrap();
        assert_eq!(t.get("ru", &[]), "Привет");
        assert_eq!(t.get("kk", &["ru".into()]), "Привет");
        assert_eq!(t.get("kk", &[]), "Hello");
        let p: Text = crate::yaml::from_str("Hello").unwrap();
        assert_eq!(p.get("ru", &[]), "Hello");
    }

    #[test]
    fn rejects_a_map_that_is_not_per_language() {
        let e = crate::yaml::from_str::<Text>("{english: Hello}").unwrap_err();
        assert!(e.to_string().contains("not an ISO 639-1"), "{e}");
    }
}
