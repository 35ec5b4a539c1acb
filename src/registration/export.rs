//! The roster going out, for badges and mail merge: one record per person
//! with the name in each language, as CSV (defused like the follow-ups CSV ([`crate::safe::csv`]):
//! a spreadsheet never runs a cell as a formula) or JSON.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::domain::{Participant, Text};
use crate::safe::csv::cell;

/// The columns, `name_<lang>` for each language any name is given in.
pub fn columns(people: &[Participant]) -> Vec<String> {
    let langs: BTreeSet<&str> = people.iter().flat_map(|p| p.name.languages()).collect();
    let mut c = vec!["id".to_string(), "name".to_string()];
    c.extend(langs.iter().map(|l| format!("name_{l}")));
    c.extend(
        [
            "honorific",
            "position",
            "organization",
            "country",
            "email",
            "role",
            "status",
            "languages",
        ]
        .map(String::from),
    );
    c
}

fn text(t: &Option<Text>) -> String {
    t.as_ref()
        .map(|t| t.primary().to_string())
        .unwrap_or_default()
}

/// The cells of one person in [`columns`] order.
fn cells(p: &Participant, columns: &[String]) -> Vec<String> {
    columns
        .iter()
        .map(|c| match c.as_str() {
            "id" => p.id.clone(),
            "name" => p.name.primary().to_string(),
            "honorific" => p.honorific.clone().unwrap_or_default(),
            "position" => text(&p.position),
            "organization" => text(&p.organization),
            "country" => p.country.clone().unwrap_or_default(),
            "email" => p.email.clone().unwrap_or_default(),
            "role" => p.role.as_str().to_string(),
            "status" => p.status.as_str().to_string(),
            "languages" => p.languages.join(" "),
            other => match (other.strip_prefix("name_"), &p.name) {
                (Some(l), Text::Multi(m)) => m.get(l).cloned().unwrap_or_default(),
                _ => String::new(),
            },
        })
        .collect()
}

/// A header line, then one line per person; every cell defused.
pub fn to_csv(people: &[Participant]) -> String {
    let cols = columns(people);
    let mut out = cols.join(",");
    out.push('\n');
    for p in people {
        let line: Vec<String> = cells(p, &cols).iter().map(|c| cell(c)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// A JSON array of objects, keys in [`columns`] order, absent values "".
pub fn to_json(people: &[Participant]) -> Result<String, serde_json::Error> {
    let cols = columns(people);
    let records: Vec<Value> = people
        .iter()
        .map(|p| {
            let m: Map<String, Value> = cols
                .iter()
                .cloned()
                .zip(cells(p, &cols).into_iter().map(Value::String))
                .collect();
            Value::Object(m)
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&records)?;
    s.push('\n');
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_each_language_and_formulas_defused() {
        let name = Text::Multi(
            [("en", "Onokan Umankulova"), ("ru", "Онокан Уманкулова")]
                .map(|(l, n)| (l.to_string(), n.to_string()))
                .into(),
        );
        let people = [
            Participant {
                id: "ou".into(),
                name,
                ..Participant::default()
            },
            Participant {
                id: "x".into(),
                name: Text::plain("=HYPERLINK(\"http://x\")"),
                ..Participant::default()
            },
        ];
        let csv = to_csv(&people);
        let mut lines = csv.lines();
        assert!(
            lines
                .next()
                .unwrap()
                .starts_with("id,name,name_en,name_ru,honorific")
        );
        assert!(
            lines
                .next()
                .unwrap()
                .starts_with("ou,Onokan Umankulova,Onokan Umankulova,Онокан Уманкулова,")
        );
        assert!(
            lines
                .next()
                .unwrap()
                .starts_with("x,\"'=HYPERLINK(\"\"http://x\"\")\"")
        );
        assert!(
            to_json(&people)
                .unwrap()
                .contains("\"name_ru\": \"Онокан Уманкулова\"")
        );
    }
}
