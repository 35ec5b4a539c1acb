//! The one module that names the YAML library.
//!
//! serde_yaml was archived upstream; Plenary reads and writes YAML through
//! `yaml_serde`, the fork the YAML organization maintains with the same API.
//! Every other file goes through these names, so a future move is one file.
//!
//! A valid file is read by [`from_str_fast`]: the same parser's events
//! turned into typed values as they come ([`stream`]), without yaml_serde's
//! list of every event of the document. It also words the errors a type
//! raises (an unknown field) as yaml_serde does ([`said`]); whatever that
//! reader does not answer for, yaml_serde reads, so errors keep its words
//! and places.

mod events;
mod plain;
mod said;
mod stream;

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use said::Worded;
pub use stream::Read;
pub use yaml_serde::{Error, Mapping, Value};

/// Parses YAML text into any deserializable type, with line and column in errors.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    yaml_serde::from_str(text)
}

/// Parses a file yaml_serde would read without an error into the same
/// value, in one pass with no event list; `None` means "ask [`from_str`]"
/// (an error of any kind, a tag, an alias, an empty or second document).
pub fn from_str_fast<T: DeserializeOwned>(text: &str) -> Option<T> {
    stream::from_str(text)
}

/// [`from_str_fast`], and also the error the type being read raises (an
/// unknown field, a missing one), worded and placed as yaml_serde words
/// it; [`Read::Ask`] means "ask [`from_str`]".
pub fn read_fast<T: DeserializeOwned>(text: &str) -> Read<T> {
    stream::read(text)
}

/// Serializes in block style, two-space indent, sequences at their key's column.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    yaml_serde::to_string(value)
}

/// A value as the YAML data model sees it, for field-by-field comparison.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, Error> {
    yaml_serde::to_value(value)
}

/// A typed value back from the YAML data model.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    yaml_serde::from_value(value)
}

/// The 1-based line and column of a parse error, when the parser knew it.
pub fn error_location(e: &Error) -> Option<(usize, usize)> {
    e.location().map(|l| (l.line(), l.column()))
}
