//! Values that are proposed but not confirmed yet.
//!
//! The seeds leave many things unsaid (a session's time, a room). A reference
//! agenda may propose a value, and the tool must be able to say "not confirmed
//! yet": `tentative: true` marks a whole record, `tentative: [start, room]`
//! marks single fields.

use std::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Tentative {
    #[default]
    No,
    All,
    Fields(Vec<String>),
}

impl Tentative {
    pub fn is_no(&self) -> bool {
        matches!(self, Tentative::No)
    }

    /// Whether `field` (or the whole record) is not confirmed yet.
    pub fn covers(&self, field: &str) -> bool {
        match self {
            Tentative::No => false,
            Tentative::All => true,
            Tentative::Fields(f) => f.iter().any(|x| x == field),
        }
    }

    pub fn any(&self) -> bool {
        !self.is_no()
    }

    /// The same, with `field` confirmed. `true` (the whole record) stays:
    /// which fields it covers cannot be told.
    pub fn without(&self, field: &str) -> Tentative {
        match self {
            Tentative::Fields(f) => {
                let rest: Vec<String> = f.iter().filter(|x| *x != field).cloned().collect();
                if rest.is_empty() {
                    Tentative::No
                } else {
                    Tentative::Fields(rest)
                }
            }
            other => other.clone(),
        }
    }

    /// The same, with `field` marked not confirmed (a key on a form field).
    pub fn with(&self, field: &str) -> Tentative {
        match self {
            Tentative::All => Tentative::All,
            Tentative::No => Tentative::Fields(vec![field.to_string()]),
            Tentative::Fields(f) if f.iter().any(|x| x == field) => self.clone(),
            Tentative::Fields(f) => {
                let mut v = f.clone();
                v.push(field.to_string());
                Tentative::Fields(v)
            }
        }
    }

    /// Marks or confirms `field`.
    pub fn toggled(&self, field: &str) -> Tentative {
        if self.covers(field) {
            self.without(field)
        } else {
            self.with(field)
        }
    }

    pub fn fields(&self) -> &[String] {
        match self {
            Tentative::Fields(f) => f,
            _ => &[],
        }
    }
}

impl Serialize for Tentative {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            // The compact form (super::wire): always tagged.
            return match self {
                Tentative::No => s.serialize_unit_variant("Tentative", 0, "No"),
                Tentative::All => s.serialize_unit_variant("Tentative", 1, "All"),
                Tentative::Fields(f) => s.serialize_newtype_variant("Tentative", 2, "Fields", f),
            };
        }
        match self {
            Tentative::No => s.serialize_bool(false),
            Tentative::All => s.serialize_bool(true),
            Tentative::Fields(f) => f.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Tentative {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// [`Tentative`] in the compact form.
        #[derive(Deserialize)]
        #[serde(rename = "Tentative")]
        enum Wire {
            No,
            All,
            Fields(Vec<String>),
        }
        if !d.is_human_readable() {
            return Ok(match Wire::deserialize(d)? {
                Wire::No => Tentative::No,
                Wire::All => Tentative::All,
                Wire::Fields(f) => Tentative::Fields(f),
            });
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Tentative;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("true, false, or a list of the fields not confirmed yet, such as [start, end, room]")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Tentative, E> {
                Ok(if v { Tentative::All } else { Tentative::No })
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tentative, A::Error> {
                let mut v = Vec::new();
                while let Some(s) = seq.next_element::<String>()? {
                    v.push(s);
                }
                Ok(if v.is_empty() {
                    Tentative::No
                } else {
                    Tentative::Fields(v)
                })
            }
        }
        d.deserialize_any(V)
    }
}
