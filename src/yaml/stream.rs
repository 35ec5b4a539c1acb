//! Typed values straight from the event stream, with no event list: the
//! fast way to read a valid file, giving exactly what yaml_serde gives.
//!
//! This mirrors yaml_serde's `DeserializerFromEvents` method by method
//! (which visitor method each event reaches, when a plain scalar is null,
//! a number or text, how an empty value reads as an empty list or map,
//! the nesting limit) but reads each event once, in order, with one event
//! of look-ahead. It only ever answers for files yaml_serde reads without
//! an error: anything else (a syntax error, a value of the wrong type, a
//! tag, an alias, an empty or second document) gives `None`, and the
//! caller asks yaml_serde, whose error message is the one people see.

use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Visitor};

use super::events::{Event, Events, Kind, Style};
use super::plain::{self, Resolved};

/// "Not here: ask yaml_serde." Carries nothing, since its message is never shown.
#[derive(Debug)]
pub struct Bail;

impl fmt::Display for Bail {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("left to yaml_serde")
    }
}

impl std::error::Error for Bail {}

impl de::Error for Bail {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Bail
    }
}

type Result<T> = std::result::Result<T, Bail>;

/// yaml_serde's nesting limit (sequences, mappings, newtypes).
const DEPTH: u8 = 128;

/// Reads one document of `text` into `T`, or `None` when yaml_serde must.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut de = Reader {
        events: Events::new(text)?,
        event: Event::blank(),
        peeked: false,
        depth: DEPTH,
    };
    de.expect(Kind::StreamStart).ok()?;
    // A stream with no document is yaml_serde's "end of stream": its path.
    de.expect(Kind::DocumentStart).ok()?;
    let value = T::deserialize(&mut de).ok()?;
    de.expect(Kind::DocumentEnd).ok()?;
    // A second document is an error in yaml_serde.
    de.expect(Kind::StreamEnd).ok()?;
    Some(value)
}

struct Reader<'a> {
    events: Events<'a>,
    /// The one event being read, parsed in place (never moved): the last
    /// one taken, or the look-ahead when `peeked`.
    event: Event,
    peeked: bool,
    depth: u8,
}

impl Reader<'_> {
    /// Parses the next event into `self.event`.
    fn pull(&mut self) -> Result<()> {
        if !self.events.parse_into(&mut self.event) {
            return Err(Bail);
        }
        // Aliases would need the event list this reader does without; tags
        // are refused before parsing anyway. Both go to yaml_serde.
        if self.event.kind() == Kind::Alias || self.event.has_tag() {
            return Err(Bail);
        }
        Ok(())
    }

    /// The next event, taken: the look-ahead if there is one.
    fn next(&mut self) -> Result<&Event> {
        if self.peeked {
            self.peeked = false;
        } else {
            self.pull()?;
        }
        Ok(&self.event)
    }

    /// The next event, left to be taken.
    fn peek(&mut self) -> Result<&Event> {
        if !self.peeked {
            self.pull()?;
            self.peeked = true;
        }
        Ok(&self.event)
    }

    fn peek_kind(&mut self) -> Result<Kind> {
        self.peek().map(Event::kind)
    }

    fn expect(&mut self, kind: Kind) -> Result<()> {
        if self.next()?.kind() == kind {
            Ok(())
        } else {
            Err(Bail)
        }
    }

    /// One level deeper for the length of `f`, as yaml_serde's recursion check.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        self.depth = self.depth.checked_sub(1).ok_or(Bail)?;
        let result = f(self);
        self.depth += 1;
        result
    }

    /// Skips one whole node.
    fn skip(&mut self) -> Result<()> {
        let mut open = 0usize;
        loop {
            match self.next()?.kind() {
                Kind::SequenceStart | Kind::MappingStart => open += 1,
                Kind::SequenceEnd | Kind::MappingEnd => open = open.checked_sub(1).ok_or(Bail)?,
                Kind::Scalar(_) => {}
                _ => return Err(Bail),
            }
            if open == 0 {
                return Ok(());
            }
        }
    }

    /// After the visitor: yaml_serde fails when it left items unread, and
    /// then expects the end.
    fn finish(&mut self, end: Kind) -> Result<()> {
        if self.peek_kind()? != end {
            return Err(Bail);
        }
        self.expect(end)
    }

    fn visit_sequence<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        let value = self.nested(|de| visitor.visit_seq(Items { de, empty: false }))?;
        self.finish(Kind::SequenceEnd)?;
        Ok(value)
    }

    fn visit_mapping<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        let value = self.nested(|de| visitor.visit_map(Items { de, empty: false }))?;
        self.finish(Kind::MappingEnd)?;
        Ok(value)
    }

    /// The next event, which must be a plain scalar in UTF-8, resolved by `f`.
    fn plain<T>(&mut self, f: impl FnOnce(&str) -> Option<T>) -> Result<T> {
        let e = self.next()?;
        if e.kind() != Kind::Scalar(Style::Plain) {
            return Err(Bail);
        }
        std::str::from_utf8(e.value()).ok().and_then(f).ok_or(Bail)
    }
}

/// Whether an event is an empty plain scalar, which yaml_serde reads as an
/// empty list or map where one is wanted (`sessions:` with nothing after).
fn is_empty_plain(e: &Event) -> bool {
    e.kind() == Kind::Scalar(Style::Plain) && e.value().is_empty()
}

fn visit_scalar<'de, V: Visitor<'de>>(e: &Event, style: Style, visitor: V) -> Result<V::Value> {
    let v = std::str::from_utf8(e.value()).map_err(|_| Bail)?;
    if style != Style::Plain {
        return visitor.visit_str(v);
    }
    match plain::resolve(v) {
        Resolved::Unit => visitor.visit_unit(),
        Resolved::Bool(b) => visitor.visit_bool(b),
        Resolved::U64(i) => visitor.visit_u64(i),
        Resolved::I64(i) => visitor.visit_i64(i),
        Resolved::U128(i) => visitor.visit_u128(i),
        Resolved::I128(i) => visitor.visit_i128(i),
        Resolved::F64(f) => visitor.visit_f64(f),
        Resolved::Str(s) => visitor.visit_str(s),
    }
}

/// The items of a sequence or mapping (`empty`: an empty plain scalar read as one).
struct Items<'r, 'a> {
    de: &'r mut Reader<'a>,
    empty: bool,
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = Bail;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.empty || self.de.peek_kind()? == Kind::SequenceEnd {
            return Ok(None);
        }
        seed.deserialize(&mut *self.de).map(Some)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, '_> {
    type Error = Bail;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.empty || self.de.peek_kind()? == Kind::MappingEnd {
            return Ok(None);
        }
        seed.deserialize(&mut *self.de).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.de)
    }
}

/// An enum written as its variant's name (the only untagged form yaml_serde reads).
struct UnitVariant<'r, 'a> {
    de: &'r mut Reader<'a>,
}

impl<'de> de::EnumAccess<'de> for UnitVariant<'_, '_> {
    type Error = Bail;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        Ok((seed.deserialize(&mut *self.de)?, self))
    }
}

impl<'de> de::VariantAccess<'de> for UnitVariant<'_, '_> {
    type Error = Bail;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value> {
        Err(Bail)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(Bail)
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value> {
        Err(Bail)
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'_> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let e = self.next()?;
        match e.kind() {
            Kind::Scalar(style) => visit_scalar(e, style, visitor),
            Kind::SequenceStart => self.visit_sequence(visitor),
            Kind::MappingStart => self.visit_mapping(visitor),
            _ => Err(Bail),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_bool(self.plain(plain::parse_bool)?)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_i64(self.plain(|v| plain::parse_signed_int(v, i64::from_str_radix))?)
    }

    fn deserialize_i128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_i128(self.plain(|v| plain::parse_signed_int(v, i128::from_str_radix))?)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u64(self.plain(|v| plain::parse_unsigned_int(v, u64::from_str_radix))?)
    }

    fn deserialize_u128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u128(self.plain(|v| plain::parse_unsigned_int(v, u128::from_str_radix))?)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f64(self.plain(plain::parse_f64)?)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    /// Any scalar, in any style, is its text (`"12"` and `12` alike).
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let e = self.next()?;
        if !matches!(e.kind(), Kind::Scalar(_)) {
            return Err(Bail);
        }
        visitor.visit_str(std::str::from_utf8(e.value()).map_err(|_| Bail)?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Bail)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Bail)
    }

    /// Absent for an empty or null plain scalar; quoted `"null"` is text.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let e = self.peek()?;
        let is_some = match e.kind() {
            Kind::Scalar(Style::Plain) => !e.value().is_empty() && !plain::is_null(e.value()),
            Kind::Scalar(_) | Kind::SequenceStart | Kind::MappingStart => true,
            _ => return Err(Bail),
        };
        if is_some {
            visitor.visit_some(self)
        } else {
            self.next()?;
            visitor.visit_none()
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let e = self.next()?;
        if is_empty_plain(e)
            || (e.kind() == Kind::Scalar(Style::Plain) && plain::is_null(e.value()))
        {
            visitor.visit_unit()
        } else {
            Err(Bail)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, v: V) -> Result<V::Value> {
        self.deserialize_unit(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        self.peek()?;
        self.nested(|de| visitor.visit_newtype_struct(de))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let e = self.next()?;
        match e.kind() {
            Kind::SequenceStart => self.visit_sequence(visitor),
            _ if is_empty_plain(e) => visitor.visit_seq(Items {
                de: self,
                empty: true,
            }),
            _ => Err(Bail),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let e = self.next()?;
        match e.kind() {
            Kind::MappingStart => self.visit_mapping(visitor),
            _ if is_empty_plain(e) => visitor.visit_map(Items {
                de: self,
                empty: true,
            }),
            _ => Err(Bail),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        match self.peek_kind()? {
            Kind::Scalar(_) => visitor.visit_enum(UnitVariant { de: self }),
            _ => Err(Bail),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.skip()?;
        visitor.visit_unit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct S {
        name: String,
        n: Option<u32>,
        tags: Vec<String>,
        #[serde(default)]
        more: BTreeMap<String, i64>,
    }

    fn both<T: DeserializeOwned + PartialEq + fmt::Debug>(text: &str) -> Option<T> {
        let fast = from_str::<T>(text);
        if let Some(v) = &fast {
            let slow: T = yaml_serde::from_str(text).expect("yaml_serde agrees it is valid");
            assert_eq!(&slow, v, "{text}");
        }
        fast
    }

    #[test]
    fn typed_values_as_yaml_serde_gives_them() {
        let s: S = both("name: 12\nn: ~\ntags:\nmore: {a: -0x10}\n").expect("fast");
        assert_eq!(s.name, "12");
        assert_eq!(s.n, None);
        assert!(s.tags.is_empty());
        assert_eq!(s.more["a"], -16);
        let s: S = both("name: 'x'\nn: 7\ntags: [a, 'b']\n").expect("fast");
        assert_eq!(s.n, Some(7));
    }

    #[test]
    fn leaves_to_yaml_serde_what_it_must() {
        for text in [
            "",
            "name: x\nn: 1\ntags: []\nextra: 1\n",
            "name: x\nn: '1'\ntags: []\n",
            "name: &a x\nn: 1\ntags: [*a]\n",
            "name: !t x\nn: 1\ntags: []\n",
            "name: x\nn: 1\ntags: []\n---\nname: y\n",
            "name: [x\n",
        ] {
            assert!(both::<S>(text).is_none(), "{text}");
        }
    }
}
