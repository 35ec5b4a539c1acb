//! Typed values straight from the event stream, with no event list: the
//! fast way to read a valid file, giving exactly what yaml_serde gives.
//!
//! This mirrors yaml_serde's `DeserializerFromEvents` method by method
//! (which visitor method each event reaches, when a plain scalar is null,
//! a number or text, how an empty value reads as an empty list or map,
//! the nesting limit) but reads each event once, in order, with one event
//! of look-ahead. It answers for files yaml_serde reads without an error,
//! and for an error the type being read raises (an unknown field, a date
//! that is no date), worded, placed and pathed as yaml_serde does
//! ([`super::said`]). Anything else (a syntax error, a value of a type
//! the reader does not take, a tag, an alias, an empty or second
//! document) is left to yaml_serde, whose error message is then the one
//! people see.

use serde::de::{self, DeserializeOwned, DeserializeSeed, Visitor};

use super::events::{Event, Events, Kind, Style};
use super::plain::{self, Resolved};
use super::said::{Bail, Seg, Worded};

type Result<T> = std::result::Result<T, Bail>;

/// yaml_serde's nesting limit (sequences, mappings, newtypes).
const DEPTH: u8 = 128;

/// What the fast reader makes of a text.
pub enum Read<T> {
    /// The value yaml_serde would give.
    Value(T),
    /// The error yaml_serde would give: one the type being read raised.
    Said(Worded),
    /// yaml_serde must read it.
    Ask,
}

/// Reads one document of `text` into `T`, or `None` when yaml_serde must.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    match read(text) {
        Read::Value(v) => Some(v),
        Read::Said(_) | Read::Ask => None,
    }
}

/// Reads one document of `text` into `T`, or words the error the type
/// raised as yaml_serde would, or leaves it to yaml_serde.
pub fn read<T: DeserializeOwned>(text: &str) -> Read<T> {
    let Some(events) = Events::new(text) else {
        return Read::Ask;
    };
    let mut de = Reader {
        events,
        event: Event::blank(),
        peeked: false,
        depth: DEPTH,
        keys: Vec::new(),
    };
    match de.document() {
        Ok(v) => Read::Value(v),
        // yaml_serde reports the type's error before looking past it (a
        // syntax error further on, a second document), as this does.
        Err(e) => e.worded().map_or(Read::Ask, Read::Said),
    }
}

struct Reader<'a> {
    events: Events<'a>,
    /// The one event being read, parsed in place (never moved): the last
    /// one taken, or the look-ahead when `peeked`.
    event: Event,
    peeked: bool,
    depth: u8,
    /// The key of the entry being read in each open map, by nesting
    /// level: the path of an error in its value (buffers reused, so a
    /// valid file costs a copy of each key and no allocation).
    keys: Vec<Vec<u8>>,
}

impl Reader<'_> {
    fn document<T: DeserializeOwned>(&mut self) -> Result<T> {
        self.expect(Kind::StreamStart)?;
        // A stream with no document is yaml_serde's "end of stream": its path.
        self.expect(Kind::DocumentStart)?;
        let value = T::deserialize(&mut *self)?;
        self.expect(Kind::DocumentEnd)?;
        // A second document is an error in yaml_serde.
        self.expect(Kind::StreamEnd)?;
        Ok(value)
    }

    /// Parses the next event into `self.event`.
    fn pull(&mut self) -> Result<()> {
        if !self.events.parse_into(&mut self.event) {
            return Err(Bail::Ask);
        }
        // Aliases would need the event list this reader does without; tags
        // are refused before parsing anyway. Both go to yaml_serde.
        if self.event.kind() == Kind::Alias || self.event.has_tag() {
            return Err(Bail::Ask);
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
            Err(Bail::Ask)
        }
    }

    /// One level deeper for the length of `f`, as yaml_serde's recursion check.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        self.depth = self.depth.checked_sub(1).ok_or(Bail::Ask)?;
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
                Kind::SequenceEnd | Kind::MappingEnd => {
                    open = open.checked_sub(1).ok_or(Bail::Ask)?
                }
                Kind::Scalar(_) => {}
                _ => return Err(Bail::Ask),
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
            return Err(Bail::Ask);
        }
        self.expect(end)
    }

    fn visit_sequence<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        let value = self.nested(|de| visitor.visit_seq(Items::new(de, false)))?;
        self.finish(Kind::SequenceEnd)?;
        Ok(value)
    }

    fn visit_mapping<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        let value = self.nested(|de| visitor.visit_map(Items::new(de, false)))?;
        self.finish(Kind::MappingEnd)?;
        Ok(value)
    }

    /// Keeps the key just peeked in slot `level`, for the path of an error
    /// in its value; `false` for a key that is no scalar.
    fn keep_key(&mut self, level: usize) -> bool {
        if !matches!(self.event.kind(), Kind::Scalar(_)) {
            return false;
        }
        if self.keys.len() <= level {
            self.keys.resize_with(level + 1, Vec::new);
        }
        let slot = &mut self.keys[level];
        slot.clear();
        slot.extend_from_slice(self.event.value());
        true
    }

    /// The path segment of the value under the key kept in slot `level`.
    fn key_seg(&self, level: usize, keyed: bool) -> Seg {
        match self.keys.get(level).map(|k| std::str::from_utf8(k)) {
            Some(Ok(k)) if keyed => Seg::Key(k.into()),
            _ => Seg::Unknown,
        }
    }

    /// A `deserialize_*` that yaml_serde places errors in: an error the
    /// type raises inside it is placed at the start of the event it takes.
    fn placing<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        let mark = self.peek()?.mark();
        f(self).map_err(|e| e.at(mark))
    }

    /// The next event, which must be a plain scalar in UTF-8, resolved by `f`.
    fn plain<T>(&mut self, f: impl FnOnce(&str) -> Option<T>) -> Result<T> {
        let e = self.next()?;
        if e.kind() != Kind::Scalar(Style::Plain) {
            return Err(Bail::Ask);
        }
        std::str::from_utf8(e.value())
            .ok()
            .and_then(f)
            .ok_or(Bail::Ask)
    }
}

/// Whether an event is an empty plain scalar, which yaml_serde reads as an
/// empty list or map where one is wanted (`sessions:` with nothing after).
fn is_empty_plain(e: &Event) -> bool {
    e.kind() == Kind::Scalar(Style::Plain) && e.value().is_empty()
}

fn visit_scalar<'de, V: Visitor<'de>>(e: &Event, style: Style, visitor: V) -> Result<V::Value> {
    let v = std::str::from_utf8(e.value()).map_err(|_| Bail::Ask)?;
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
    /// Items taken so far: the index of the next one in a path.
    len: usize,
    /// This map's slot in the reader's `keys`.
    level: usize,
    /// Whether the current key is a scalar (else its path segment is `?`).
    keyed: bool,
}

impl<'r, 'a> Items<'r, 'a> {
    fn new(de: &'r mut Reader<'a>, empty: bool) -> Self {
        let level = usize::from(DEPTH - de.depth);
        Items {
            de,
            empty,
            len: 0,
            level,
            keyed: false,
        }
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = Bail;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.empty || self.de.peek_kind()? == Kind::SequenceEnd {
            return Ok(None);
        }
        let index = self.len;
        self.len += 1;
        seed.deserialize(&mut *self.de)
            .map(Some)
            .map_err(|e| e.under(|| Seg::Index(index)))
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, '_> {
    type Error = Bail;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.empty || self.de.peek_kind()? == Kind::MappingEnd {
            return Ok(None);
        }
        self.keyed = self.de.keep_key(self.level);
        seed.deserialize(&mut *self.de).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let value = seed.deserialize(&mut *self.de);
        value.map_err(|e| e.under(|| self.de.key_seg(self.level, self.keyed)))
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
        Err(Bail::Ask)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(Bail::Ask)
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value> {
        Err(Bail::Ask)
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'_> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.placing(|de| {
            let e = de.next()?;
            match e.kind() {
                Kind::Scalar(style) => visit_scalar(e, style, visitor),
                Kind::SequenceStart => de.visit_sequence(visitor),
                Kind::MappingStart => de.visit_mapping(visitor),
                _ => Err(Bail::Ask),
            }
        })
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.placing(|de| visitor.visit_bool(de.plain(plain::parse_bool)?))
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
        self.placing(|de| {
            visitor.visit_i64(de.plain(|v| plain::parse_signed_int(v, i64::from_str_radix))?)
        })
    }

    fn deserialize_i128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.placing(|de| {
            visitor.visit_i128(de.plain(|v| plain::parse_signed_int(v, i128::from_str_radix))?)
        })
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
        self.placing(|de| {
            visitor.visit_u64(de.plain(|v| plain::parse_unsigned_int(v, u64::from_str_radix))?)
        })
    }

    fn deserialize_u128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.placing(|de| {
            visitor.visit_u128(de.plain(|v| plain::parse_unsigned_int(v, u128::from_str_radix))?)
        })
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.placing(|de| visitor.visit_f64(de.plain(plain::parse_f64)?))
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    /// Any scalar, in any style, is its text (`"12"` and `12` alike).
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.placing(|de| {
            let e = de.next()?;
            if !matches!(e.kind(), Kind::Scalar(_)) {
                return Err(Bail::Ask);
            }
            visitor.visit_str(std::str::from_utf8(e.value()).map_err(|_| Bail::Ask)?)
        })
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Bail::Ask)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Bail::Ask)
    }

    /// Absent for an empty or null plain scalar; quoted `"null"` is text.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let e = self.peek()?;
        let is_some = match e.kind() {
            Kind::Scalar(Style::Plain) => !e.value().is_empty() && !plain::is_null(e.value()),
            Kind::Scalar(_) | Kind::SequenceStart | Kind::MappingStart => true,
            _ => return Err(Bail::Ask),
        };
        if is_some {
            visitor.visit_some(self)
        } else {
            self.next()?;
            visitor.visit_none()
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.placing(|de| {
            let e = de.next()?;
            if is_empty_plain(e)
                || (e.kind() == Kind::Scalar(Style::Plain) && plain::is_null(e.value()))
            {
                visitor.visit_unit()
            } else {
                Err(Bail::Ask)
            }
        })
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
        self.placing(|de| {
            let e = de.next()?;
            match e.kind() {
                Kind::SequenceStart => de.visit_sequence(visitor),
                _ if is_empty_plain(e) => visitor.visit_seq(Items::new(de, true)),
                _ => Err(Bail::Ask),
            }
        })
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
        self.placing(|de| {
            let e = de.next()?;
            match e.kind() {
                Kind::MappingStart => de.visit_mapping(visitor),
                _ if is_empty_plain(e) => visitor.visit_map(Items::new(de, true)),
                _ => Err(Bail::Ask),
            }
        })
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
        self.placing(|de| match de.peek_kind()? {
            Kind::Scalar(_) => visitor.visit_enum(UnitVariant { de }),
            _ => Err(Bail::Ask),
        })
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

    /// The fast reader's answer, checked against yaml_serde's: the same
    /// value, or the same error in the same words at the same place.
    fn both<T: DeserializeOwned + PartialEq + std::fmt::Debug>(text: &str) -> Read<T> {
        let fast = read::<T>(text);
        let slow = yaml_serde::from_str::<T>(text);
        match (&fast, &slow) {
            (Read::Value(v), Ok(s)) => assert_eq!(s, v, "{text}"),
            (Read::Said(w), Err(e)) => {
                assert_eq!(w.text, e.to_string(), "{text}");
                let at = e.location().map(|l| (l.line(), l.column()));
                assert_eq!(w.location, at, "{text}");
            }
            (Read::Ask, _) => {}
            _ => panic!("the fast reader and yaml_serde disagree on {text:?}"),
        }
        fast
    }

    #[test]
    fn typed_values_as_yaml_serde_gives_them() {
        let Read::Value(s) = both::<S>("name: 12\nn: ~\ntags:\nmore: {a: -0x10}\n") else {
            panic!("fast")
        };
        assert_eq!(s.name, "12");
        assert_eq!(s.n, None);
        assert!(s.tags.is_empty());
        assert_eq!(s.more["a"], -16);
        let Read::Value(s) = both::<S>("name: 'x'\nn: 7\ntags: [a, 'b']\n") else {
            panic!("fast")
        };
        assert_eq!(s.n, Some(7));
    }

    #[test]
    fn leaves_to_yaml_serde_what_it_must() {
        for text in [
            "",
            "name: x\nn: '1'\ntags: []\n",
            "name: &a x\nn: 1\ntags: [*a]\n",
            "name: !t x\nn: 1\ntags: []\n",
            "name: x\nn: 1\ntags: []\n---\nname: y\n",
            "name: [x\n",
        ] {
            assert!(matches!(both::<S>(text), Read::Ask), "{text}");
        }
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        items: Vec<S>,
        #[serde(default)]
        kind: Option<Kind2>,
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind2 {
        Panel,
        Talk,
    }

    /// Errors the types raise, worded as yaml_serde words them: the
    /// message, its path and its place.
    #[test]
    fn words_the_types_errors_as_yaml_serde_does() {
        for text in [
            "name: x\nn: 1\ntags: []\nextra: 1\n",
            "extra: 1\n",
            "tags: []\n",
            "name: x\nname: y\ntags: []\n",
            "name: x\nn: 300000000000\ntags: []\n",
            "items:\n- name: a\n  tags: []\n- name: b\n  tgs: []\n",
            "items:\n- name: a\n  tags: []\n- name: b\n",
            "items:\n- name: a\n  tags: []\n  more: {x: 1, y: 1.5}\n",
            "items: []\nkind: panl\n",
            "items: []\nkind: \n",
            "items: []\nkind: 3\n",
            "items:\n- name: a\n  tags: [x]\n  more: {[1]: 2}\n",
            "items:\n- {name: a, tags: [], more: {? [k] : 1}}\n",
            "{items: [{name: a, tags: []}], kind: talk, x: 1}",
            "items:\n- name: a\n  tags: []\n  n: -1\n",
            "items:\n- name: a\n  tags: []\n  n: 7\nlater: [unclosed\n",
        ] {
            assert!(
                matches!(both::<Outer>(text), Read::Said(_))
                    || matches!(both::<S>(text), Read::Said(_)),
                "{text}"
            );
        }
    }
}
