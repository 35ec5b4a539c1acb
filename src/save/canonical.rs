//! The canonical text of a meeting: same document, same bytes.
//!
//! Field order is the struct order in `domain`, maps are sorted, empty
//! optional fields are left out. `plenary fmt` and every save produce it, so
//! git diffs show only what a person changed.

use crate::domain::{Meeting, Participant, RosterFile};

pub fn meeting_yaml(m: &Meeting) -> Result<String, serde_yaml::Error> {
    serde_yaml::to_string(m).map(quote_times)
}

/// serde_yaml writes `start: 09:00` bare, which is a string in YAML 1.2 but a
/// sexagesimal number to YAML 1.1 tools (PyYAML and friends). Session times
/// are the only `HH:MM` values in the format, so they are quoted here.
fn quote_times(text: String) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let indent = body.len() - body.trim_start().len();
        let rest = &body[indent..];
        let value = rest
            .strip_prefix("start: ")
            .or_else(|| rest.strip_prefix("end: "));
        match value {
            Some(v)
                if v.len() == 5
                    && v.as_bytes()[2] == b':'
                    && v.bytes().filter(u8::is_ascii_digit).count() == 4 =>
            {
                let key = &rest[..rest.len() - v.len()];
                out.push_str(&body[..indent]);
                out.push_str(key);
                out.push('"');
                out.push_str(v);
                out.push('"');
                out.push_str(&line[body.len()..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

pub fn roster_yaml(people: &[Participant]) -> Result<String, serde_yaml::Error> {
    serde_yaml::to_string(&RosterFile {
        participants: people.to_vec(),
    })
}
