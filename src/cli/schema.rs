//! `plenary schema`: the JSON Schema (draft-07) of the agenda format, for
//! editors. Put `# yaml-language-server: $schema=plenary.schema.json` on the
//! first line of an agenda to get completion and checking as you type.

#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_: &Args) -> u8 {
    let schema = crate::domain::schema::agenda_schema();
    let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    super::agenda::emit(&format!("{text}\n"))
}
