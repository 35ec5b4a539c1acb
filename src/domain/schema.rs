//! The agenda format as a JSON Schema (draft-07, what YAML editors' language
//! server reads), derived from these very types with `schemars` so it cannot
//! drift from what the loader accepts. The types whose serde form is hand
//! written (texts in one or many languages, tentative marks, `HH:MM` times,
//! dates, a roster given inline or as a file, short channels) describe their
//! accepted shapes here.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

use super::{Channel, Clock, Meeting, Participant, Roster, Tentative, Text};

/// The schema of a meeting file, as a JSON value.
pub fn agenda_schema() -> serde_json::Value {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let mut root = generator.into_root_schema_for::<Meeting>();
    root.insert("title".into(), "Plenary meeting agenda".into());
    root.insert(
        "description".into(),
        "One meeting of Plenary (https://github.com/plenary): sessions, participants, interpretation, follow-ups.".into(),
    );
    root.to_value()
}

pub fn date(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "format": "date",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": "A date written YYYY-MM-DD, such as 2020-09-25."
    })
}

pub fn optional_date(g: &mut SchemaGenerator) -> Schema {
    date(g)
}

pub fn one_or_many(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "An ISO 639-1 code, or a list of them.",
        "anyOf": [
            {"type": "string", "pattern": "^[a-z]{2}$"},
            {"type": "array", "items": {"type": "string", "pattern": "^[a-z]{2}$"}}
        ]
    })
}

pub fn channels(g: &mut SchemaGenerator) -> Schema {
    let long = g.subschema_for::<Channel>();
    json_schema!({
        "description": "Channels of simultaneous interpretation: a language code such as `ru`, or {to: ru, interpreters: [...]}.",
        "type": "array",
        "items": {"anyOf": [{"type": "string", "pattern": "^[a-z]{2}$"}, long]}
    })
}

impl JsonSchema for Clock {
    fn schema_name() -> Cow<'static, str> {
        "Clock".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$",
            "description": "A time of day, \"HH:MM\" on a 24-hour clock, in the meeting's zone."
        })
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A text, or the same text per language: {en: ..., ru: ...}.",
            "anyOf": [
                {"type": "string"},
                {"type": "number"},
                {
                    "type": "object",
                    "propertyNames": {"pattern": "^[a-z]{2}$"},
                    "additionalProperties": {"type": "string"}
                }
            ]
        })
    }
}

impl JsonSchema for Tentative {
    fn schema_name() -> Cow<'static, str> {
        "Tentative".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Not confirmed yet: true for the whole record, or the list of fields, such as [start, room].",
            "anyOf": [
                {"type": "boolean"},
                {"type": "array", "items": {"type": "string"}}
            ]
        })
    }
}

impl JsonSchema for Roster {
    fn schema_name() -> Cow<'static, str> {
        "Roster".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let person = g.subschema_for::<Participant>();
        json_schema!({
            "description": "The participants, or the path of a participant-list file (relative to this file).",
            "anyOf": [
                {"type": "array", "items": person},
                {"type": "string"}
            ]
        })
    }
}
