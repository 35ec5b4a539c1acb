//! A new record as a person writes it: fields that hold their default
//! (`kind: session`, `status: invited`, `false`) are left out, as long as
//! the record still reads back the same without them. Records already in
//! the file keep whatever fields they spell out.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::yaml::{self, Value};

/// `r` as a value, without the fields a reader fills in by default. The
/// `id` always stays: it is how people and merges find the record.
pub fn without_defaults<T>(r: &T) -> Option<Value>
where
    T: Serialize + DeserializeOwned + Default + PartialEq,
{
    let full = yaml::to_value(r).ok()?;
    let (Value::Mapping(map), Ok(Value::Mapping(default))) = (&full, yaml::to_value(&T::default()))
    else {
        return Some(full);
    };
    let mut sparse = map.clone();
    sparse.retain(|k, v| k.as_str() == Some("id") || default.get(k) != Some(v));
    let reads_back = |m: &crate::yaml::Mapping| {
        yaml::from_value::<T>(Value::Mapping(m.clone())).is_ok_and(|back| back == *r)
    };
    if reads_back(&sparse) {
        return Some(Value::Mapping(sparse));
    }
    // Some field has no default (a session's `date`): leave out one at a time.
    let mut sparse = map.clone();
    for (k, v) in map {
        if k.as_str() == Some("id") || default.get(k) != Some(v) {
            continue;
        }
        let mut fewer = sparse.clone();
        fewer.remove(k);
        if reads_back(&fewer) {
            sparse = fewer;
        }
    }
    Some(Value::Mapping(sparse))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, Participant, Session, Text};

    #[test]
    fn a_new_session_leaves_out_its_default_kind_and_flags() {
        let s = Session {
            id: "q".into(),
            title: Text::plain("Questions"),
            start: Clock::hm(10, 0),
            ..Session::default()
        };
        let text = yaml::to_string(&without_defaults(&s).unwrap()).unwrap();
        assert!(!text.contains("kind:"), "{text}");
        assert!(
            text.contains("date: 1970-01-01"),
            "a field with no default stays: {text}"
        );
        assert!(
            text.contains("id: q") && text.contains("title: Questions"),
            "{text}"
        );
        let back: Session = yaml::from_str(&text).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn a_participant_keeps_what_differs_from_the_default() {
        let p = Participant {
            id: "a".into(),
            name: Text::plain("A"),
            ..Participant::default()
        };
        let v = without_defaults(&p).unwrap();
        let back: Participant = yaml::from_value(v).unwrap();
        assert_eq!(back, p);
    }
}
