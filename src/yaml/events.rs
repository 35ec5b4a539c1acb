//! YAML events one at a time, from the same parser yaml_serde uses
//! (libyaml-rs), with nothing kept once an event has been read.
//!
//! yaml_serde collects every event of a document into a list before it
//! deserializes anything: for a 33 MB agenda that list is most of the
//! memory and a third of the time of a load. The events here are the very
//! ones yaml_serde would see (same scanner, same parser, same input); only
//! the list is gone. This is the one place in Plenary with `unsafe` code:
//! libyaml-rs is a line-by-line translation of C libyaml and keeps its API.

use std::mem::MaybeUninit;
use std::ptr::NonNull;

use libyaml_rs as sys;

/// How a scalar was written; only `Plain` scalars are read as null, bool or number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Quoted,
    Block,
}

/// What an event is, as far as reading typed values needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    StreamStart,
    StreamEnd,
    DocumentStart,
    DocumentEnd,
    /// `*name`: a reference back to an earlier node.
    Alias,
    Scalar(Style),
    SequenceStart,
    SequenceEnd,
    MappingStart,
    MappingEnd,
}

/// One event, owned; its text is freed when it is dropped or parsed over.
pub struct Event {
    raw: sys::yaml_event_t,
}

impl Event {
    /// No event yet: a slot for [`Events::parse_into`] to fill.
    pub fn blank() -> Event {
        Event {
            // SAFETY: all zeroes is a valid yaml_event_t (YAML_NO_EVENT, null
            // pointers, every enum's first variant is 0), the very value
            // yaml_parser_parse starts from and yaml_event_delete leaves.
            raw: unsafe { MaybeUninit::zeroed().assume_init() },
        }
    }

    pub fn kind(&self) -> Kind {
        match self.raw.type_ {
            sys::YAML_STREAM_START_EVENT => Kind::StreamStart,
            sys::YAML_DOCUMENT_START_EVENT => Kind::DocumentStart,
            sys::YAML_DOCUMENT_END_EVENT => Kind::DocumentEnd,
            sys::YAML_ALIAS_EVENT => Kind::Alias,
            sys::YAML_SCALAR_EVENT => Kind::Scalar(
                // SAFETY: the event is a scalar, so `scalar` is the union's live field.
                match unsafe { self.raw.data.scalar.style } {
                    sys::YAML_PLAIN_SCALAR_STYLE => Style::Plain,
                    sys::YAML_SINGLE_QUOTED_SCALAR_STYLE | sys::YAML_DOUBLE_QUOTED_SCALAR_STYLE => {
                        Style::Quoted
                    }
                    _ => Style::Block,
                },
            ),
            sys::YAML_SEQUENCE_START_EVENT => Kind::SequenceStart,
            sys::YAML_SEQUENCE_END_EVENT => Kind::SequenceEnd,
            sys::YAML_MAPPING_START_EVENT => Kind::MappingStart,
            sys::YAML_MAPPING_END_EVENT => Kind::MappingEnd,
            // YAML_STREAM_END_EVENT; the parser never hands out YAML_NO_EVENT.
            _ => Kind::StreamEnd,
        }
    }

    /// Whether the node carries a tag (`!x`, `!!str`): the fast reader
    /// leaves those to yaml_serde, which knows what each one means.
    pub fn has_tag(&self) -> bool {
        // SAFETY: each arm reads the union field that matches the event's type.
        unsafe {
            match self.raw.type_ {
                sys::YAML_SCALAR_EVENT => !self.raw.data.scalar.tag.is_null(),
                sys::YAML_SEQUENCE_START_EVENT => !self.raw.data.sequence_start.tag.is_null(),
                sys::YAML_MAPPING_START_EVENT => !self.raw.data.mapping_start.tag.is_null(),
                _ => false,
            }
        }
    }

    /// Where the event starts, as yaml_serde places an error there.
    pub fn mark(&self) -> super::said::Mark {
        let m = self.raw.start_mark;
        super::said::Mark {
            line: m.line as usize,
            column: m.column as usize,
        }
    }

    /// The text of a scalar, after unquoting and folding; empty for any
    /// other event.
    pub fn value(&self) -> &[u8] {
        if self.raw.type_ != sys::YAML_SCALAR_EVENT {
            return &[];
        }
        // SAFETY: a scalar event owns `length` bytes at `value` (libyaml
        // allocates at least one byte, even for an empty scalar) until the
        // event is deleted, which only `drop` does.
        unsafe {
            let s = self.raw.data.scalar;
            if s.value.is_null() {
                return &[];
            }
            std::slice::from_raw_parts(s.value, s.length as usize)
        }
    }
}

impl Drop for Event {
    fn drop(&mut self) {
        // SAFETY: the event came from yaml_parser_parse and is deleted once.
        unsafe { sys::yaml_event_delete(&mut self.raw) }
    }
}

/// A libyaml parser over a borrowed text.
pub struct Events<'a> {
    /// Boxed and never moved: the parser keeps a pointer to itself.
    parser: NonNull<sys::yaml_parser_t>,
    /// Set once the parser has failed: it must not be asked again.
    failed: bool,
    _text: std::marker::PhantomData<&'a str>,
}

impl<'a> Events<'a> {
    /// `None` only if the parser could not allocate its buffers.
    pub fn new(text: &'a str) -> Option<Events<'a>> {
        let boxed = Box::new(MaybeUninit::<sys::yaml_parser_t>::uninit());
        let parser = Box::into_raw(boxed).cast::<sys::yaml_parser_t>();
        // SAFETY: `parser` is a fresh allocation of the right size;
        // initialize writes every field before anything reads one. The text
        // outlives the parser (`'a`), as set_input_string requires.
        unsafe {
            if sys::yaml_parser_initialize(parser).fail {
                drop(Box::from_raw(
                    parser.cast::<MaybeUninit<sys::yaml_parser_t>>(),
                ));
                return None;
            }
            sys::yaml_parser_set_encoding(parser, sys::YAML_UTF8_ENCODING);
            sys::yaml_parser_set_input_string(parser, text.as_ptr(), text.len() as u64);
        }
        Some(Events {
            parser: NonNull::new(parser)?,
            failed: false,
            _text: std::marker::PhantomData,
        })
    }

    /// The next event, or `None` on a syntax error (and ever after).
    #[cfg(test)]
    pub fn next_event(&mut self) -> Option<Event> {
        let mut e = Event::blank();
        self.parse_into(&mut e).then_some(e)
    }

    /// Frees the event in `slot` and parses the next one into it, in
    /// place: an event is a hundred-odd bytes, and moving each one of a
    /// large file through return values was a twentieth of a load. `false`
    /// on a syntax error (and ever after), leaving `slot` blank.
    pub fn parse_into(&mut self, slot: &mut Event) -> bool {
        // SAFETY: the slot holds a parsed or blank event, deleted once here
        // and then overwritten (yaml_event_delete leaves it zeroed). The
        // parser was initialized in `new` and has not failed; on success
        // yaml_parser_parse has written the whole event; on failure the
        // slot is zeroed again, so nothing it half-wrote is ever freed.
        unsafe {
            sys::yaml_event_delete(&mut slot.raw);
            if self.failed {
                return false;
            }
            if sys::yaml_parser_parse(self.parser.as_ptr(), &mut slot.raw).fail {
                self.failed = true;
                std::ptr::write_bytes(&mut slot.raw, 0, 1);
                return false;
            }
        }
        true
    }
}

impl Drop for Events<'_> {
    fn drop(&mut self) {
        // SAFETY: initialized in `new`, deleted and freed once, here.
        unsafe {
            let parser = self.parser.as_ptr();
            sys::yaml_parser_delete(parser);
            drop(Box::from_raw(
                parser.cast::<MaybeUninit<sys::yaml_parser_t>>(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Option<Vec<Kind>> {
        let mut ev = Events::new(text)?;
        let mut out = Vec::new();
        loop {
            let e = ev.next_event()?;
            out.push(e.kind());
            if e.kind() == Kind::StreamEnd {
                return Some(out);
            }
        }
    }

    #[test]
    fn reads_a_small_document_event_by_event() {
        let k = kinds("a: 'x'\nb:\n- 1\n- |\n  t\n").expect("parses");
        use Kind::*;
        assert_eq!(
            k,
            [
                StreamStart,
                DocumentStart,
                MappingStart,
                Scalar(Style::Plain),
                Scalar(Style::Quoted),
                Scalar(Style::Plain),
                SequenceStart,
                Scalar(Style::Plain),
                Scalar(Style::Block),
                SequenceEnd,
                MappingEnd,
                DocumentEnd,
                StreamEnd
            ]
        );
    }

    #[test]
    fn a_syntax_error_ends_the_events() {
        assert!(kinds("a: [1, 2\nb: }\n").is_none());
    }

    #[test]
    fn scalar_text_and_tags() {
        let mut ev = Events::new("!x 'it''s'").expect("parser");
        let e = std::iter::from_fn(|| ev.next_event())
            .find(|e| matches!(e.kind(), Kind::Scalar(_)))
            .expect("a scalar");
        assert_eq!(e.value(), b"it's");
        assert!(e.has_tag());
    }
}
