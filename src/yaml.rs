//! The one module that names the YAML library.
//!
//! serde_yaml was archived upstream; Plenary reads and writes YAML through
//! `yaml_serde`, the fork the YAML organization maintains with the same API.
//! Every other file goes through these names, so a future move is one file.

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use yaml_serde::{Error, Mapping, Value};

/// Parses YAML text into any deserializable type, with line and column in errors.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    yaml_serde::from_str(text)
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
