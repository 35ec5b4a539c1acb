//! `language: en` and `language: [en, ru]` are both natural to write; this
//! keeps whichever is shortest when saving.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Deserialize)]
#[serde(untagged)]
enum Form {
    One(String),
    Many(Vec<String>),
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let v = serde_yaml::Value::deserialize(d)?;
    match Form::deserialize(v) {
        Ok(Form::One(s)) => Ok(vec![s]),
        Ok(Form::Many(v)) => Ok(v),
        Err(_) => Err(serde::de::Error::custom(
            "expected a language code or a list of them, such as `en` or `[en, ru]`",
        )),
    }
}

pub fn serialize<S: Serializer>(v: &[String], s: S) -> Result<S::Ok, S::Error> {
    if let [one] = v {
        one.serialize(s)
    } else {
        v.serialize(s)
    }
}
