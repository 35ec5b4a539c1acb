//! `language: en` and `language: [en, ru]` are both natural to write; this
//! keeps whichever is shortest when saving.

use std::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    if !d.is_human_readable() {
        // The compact form (super::wire): always a list.
        return Vec::<String>::deserialize(d);
    }
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a language code or a list of them, such as `en` or `[en, ru]`")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<String>, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Vec<String>, A::Error> {
            Vec::<String>::deserialize(de::value::SeqAccessDeserializer::new(seq))
        }
    }
    d.deserialize_any(V)
}

pub fn serialize<S: Serializer>(v: &[String], s: S) -> Result<S::Ok, S::Error> {
    if !s.is_human_readable() {
        return v.serialize(s);
    }
    if let [one] = v {
        one.serialize(s)
    } else {
        v.serialize(s)
    }
}
