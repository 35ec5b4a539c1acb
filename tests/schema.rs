//! `plenary schema`: the JSON Schema of the agenda format accepts every
//! reference agenda and rejects a misspelt field; saves keep the editors'
//! `# yaml-language-server: $schema=...` line.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

use serde_json::Value;

fn schema() -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("schema")
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn as_json(yaml: &str) -> Value {
    let v: yaml_serde::Value = yaml_serde::from_str(yaml).unwrap();
    serde_json::to_value(v).unwrap()
}

#[test]
fn the_schema_is_draft_07_and_accepts_every_reference_agenda() {
    let s = schema();
    assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
    let v = jsonschema::draft7::new(&s).unwrap();
    let mut n = 0;
    for entry in std::fs::read_dir("agendas").unwrap() {
        let path = entry.unwrap().path();
        let doc = as_json(&std::fs::read_to_string(&path).unwrap());
        let errors: Vec<String> = v
            .iter_errors(&doc)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path:?}: {errors:?}");
        n += 1;
    }
    assert_eq!(n, 5);
}

#[test]
fn a_misspelt_field_is_rejected_where_it_is() {
    let s = schema();
    let v = jsonschema::draft7::new(&s).unwrap();
    let text = std::fs::read_to_string("agendas/2020-vcasie.yaml").unwrap();
    for (from, to) in [
        ("short_title:", "shortitle:"),
        ("  kind: webinar", "  knid: webinar"),
        ("  honorific: Mr\n", "  honorfic: Mr\n"),
        ("start: \"11:00\"", "start: \"11.00\""),
    ] {
        assert!(text.contains(from), "{from}");
        let bad = as_json(&text.replacen(from, to, 1));
        assert!(!v.is_valid(&bad), "{to} was accepted");
    }
}

#[test]
fn saves_keep_the_schema_line_and_do_not_call_it_a_comment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.yaml");
    let line = "# yaml-language-server: $schema=../plenary.schema.json";
    let text = std::fs::read_to_string("agendas/2020-vcasie.yaml").unwrap();
    std::fs::write(&path, format!("{line}\n{text}")).unwrap();
    let mut doc = plenary::load::load(&path).unwrap();
    assert!(!doc.has_comments);
    doc.meeting.sessions[0].room = Some("Zoom".into());
    let report = plenary::save::save(&mut doc).unwrap();
    assert!(report.backups.is_empty());
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with(&format!("{line}\ntitle:")), "{saved}");
}
