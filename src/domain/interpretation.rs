//! Simultaneous interpretation: the channels a session is interpreted into.
//!
//! `interpretation: [ru]` is enough for a plan; the long form of a channel
//! names its booth: `{to: ru, interpreters: [..], retour: true, relay: en}`.
//! How big a booth's team must be is in [`super::norms`].

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Tentative;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Target language (ISO 639-1): what listeners on this channel hear.
    pub to: String,
    /// Participant ids of the interpreters in this booth.
    #[serde(default, skip_serializing_if = "super::wire::empty")]
    pub interpreters: Vec<String>,
    /// The booth also works back into the floor language (two-way booth).
    #[serde(default, skip_serializing_if = "super::wire::not")]
    pub retour: bool,
    /// Language of the channel this booth takes its source from, when it
    /// does not work from the floor directly.
    #[serde(default, skip_serializing_if = "super::wire::none")]
    pub relay: Option<String>,
    /// Parts of the booth plan not confirmed yet: `true`, or `[interpreters, retour]`.
    #[serde(default, skip_serializing_if = "super::wire::untentative")]
    pub tentative: Tentative,
}

impl Channel {
    pub fn to(lang: &str) -> Self {
        Channel {
            to: lang.to_string(),
            ..Channel::default()
        }
    }

    fn is_short(&self) -> bool {
        self.interpreters.is_empty()
            && !self.retour
            && self.relay.is_none()
            && self.tentative.is_no()
    }
}

/// Serialized as the bare code when nothing but the language is known.
pub fn serialize_channels<S: Serializer>(v: &[Channel], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    if !s.is_human_readable() {
        // The compact form (super::wire): always the long form.
        return v.serialize(s);
    }
    let mut seq = s.serialize_seq(Some(v.len()))?;
    for c in v {
        if c.is_short() {
            seq.serialize_element(&c.to)?;
        } else {
            seq.serialize_element(c)?;
        }
    }
    seq.end()
}

pub fn deserialize_channels<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Channel>, D::Error> {
    if !d.is_human_readable() {
        return Vec::<Channel>::deserialize(d);
    }
    struct C(Channel);
    impl<'de> Deserialize<'de> for C {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Channel;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a language code such as `ru`, or {to: ru, interpreters: [...]}")
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<Channel, E> {
                    Ok(Channel::to(v))
                }
                fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Channel, A::Error> {
                    Channel::deserialize(de::value::MapAccessDeserializer::new(map))
                }
            }
            d.deserialize_any(V).map(C)
        }
    }
    Ok(Vec::<C>::deserialize(d)?.into_iter().map(|c| c.0).collect())
}
