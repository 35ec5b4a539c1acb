//! `plenary followups` end to end: the reference agendas' follow-ups with
//! their due states on fixed days, CSV and JSON parsed back, filters, the
//! table's fit and markers, and broken files reported without stopping.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

use plenary::followups::export::COLUMNS;
use serde_json::Value;

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn plenary(args: &[&str], columns: Option<&str>) -> Out {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plenary"));
    cmd.env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"));
    cmd.args(args);
    match columns {
        Some(c) => cmd.env("COLUMNS", c),
        None => cmd.env_remove("COLUMNS"),
    };
    let out = cmd.output().expect("run plenary");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn json(args: &[&str]) -> Vec<Value> {
    let mut a = vec!["followups", "agendas"];
    a.extend_from_slice(args);
    a.extend_from_slice(&["--format", "json"]);
    let out = plenary(&a, None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    match serde_json::from_str::<Value>(&out.stdout).expect("valid JSON") {
        Value::Array(v) => v,
        other => panic!("not an array: {other}"),
    }
}

fn field<'a>(r: &'a Value, k: &str) -> &'a Value {
    r.get(k).unwrap_or_else(|| panic!("no `{k}` in {r}"))
}

fn ids(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .map(|r| {
            format!(
                "{}#{}",
                field(r, "meeting").as_str().unwrap_or(""),
                field(r, "id").as_str().unwrap_or("")
            )
        })
        .collect()
}

/// RFC 4180, as a spreadsheet reads it: quoted cells may hold commas,
/// doubled quotes and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(
        !quoted && cell.is_empty() && row.is_empty(),
        "CSV ends mid-line"
    );
    rows
}

#[test]
fn every_reference_follow_up_with_its_due_state() {
    // Before CASIE 2022's regional event: due within 14 days; all others have no date.
    let rows = json(&["--today", "2022-11-20", "--status", "all"]);
    assert_eq!(rows.len(), 13, "{:?}", ids(&rows));
    let by_id = |id: &str| {
        rows.iter()
            .find(|r| field(r, "id") == id)
            .unwrap_or_else(|| panic!("no {id}"))
    };
    let event = by_id("regional-event-higher-education");
    assert_eq!(
        (field(event, "state"), field(event, "days_left")),
        (&Value::from("due-soon"), &Value::from(10))
    );
    assert_eq!(
        ids(&rows)[0],
        "2022-10-casie#regional-event-higher-education",
        "dated ones first"
    );
    for r in &rows {
        if field(r, "id") != "regional-event-higher-education" {
            assert_eq!(field(r, "state"), "no-date", "{r}");
            assert_eq!(field(r, "status"), "open", "{r}");
        }
    }
    // Undated ones follow in meeting order (by start date), then by id.
    assert_eq!(
        ids(&rows)[1..6],
        [
            "2018-10-dushanbe-ict-oer-sdg4#educators-ict-competence",
            "2018-10-dushanbe-ict-oer-sdg4#ict-enhanced-emis",
            "2018-10-dushanbe-ict-oer-sdg4#teaching-learning-resources",
            "2018-10-dushanbe-ict-oer-sdg4#unesco-support-priority-areas",
            "2019-04-bishkek-festival-round-table#cooperation-pedagogical-staff",
        ]
    );
    // A month later it is overdue, and the only one --overdue lists.
    let over = json(&["--today", "2022-12-20", "--overdue"]);
    assert_eq!(
        ids(&over),
        ["2022-10-casie#regional-event-higher-education"]
    );
    assert_eq!(
        (field(&over[0], "state"), field(&over[0], "days_left")),
        (&Value::from("overdue"), &Value::from(-20))
    );
    // The day it is due it is not overdue yet.
    let due_day = json(&["--today", "2022-11-30", "--overdue"]);
    assert!(due_day.is_empty());
    let soon = json(&["--today", "2022-11-30", "--due-within", "0"]);
    assert_eq!(
        ids(&soon),
        ["2022-10-casie#regional-event-higher-education"]
    );
}

#[test]
fn json_has_the_documented_columns_in_order() {
    let rows = json(&["--today", "2022-12-20"]);
    let keys: Vec<&str> = match &rows[0] {
        Value::Object(o) => o.keys().map(String::as_str).collect(),
        _ => panic!("not an object"),
    };
    let mut sorted_columns = COLUMNS.to_vec();
    sorted_columns.sort();
    let mut sorted_keys = keys.clone();
    sorted_keys.sort();
    assert_eq!(sorted_keys, sorted_columns);
    let kz = rows
        .iter()
        .find(|r| field(r, "id") == "action-plan-kz")
        .expect("kz");
    assert_eq!(field(kz, "owner"), "Kazakhstan");
    assert_eq!(field(kz, "owner_country"), "KZ");
    assert_eq!(
        field(kz, "tags"),
        &serde_json::json!(["action-plan", "kazakhstan"])
    );
    assert_eq!(field(kz, "due"), &Value::Null);
}

#[test]
fn csv_reads_back_cell_for_cell() {
    let out = plenary(
        &[
            "followups",
            "agendas",
            "--today",
            "2022-12-20",
            "--status",
            "all",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let table = parse_csv(&out.stdout);
    assert_eq!(table[0], COLUMNS);
    assert_eq!(table.len(), 14);
    assert!(table.iter().all(|r| r.len() == COLUMNS.len()));
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).expect("column");
    let event = &table[1];
    assert_eq!(event[col("id")], "regional-event-higher-education");
    assert_eq!(event[col("state")], "overdue");
    assert_eq!(event[col("days_left")], "-20");
    assert_eq!(event[col("tags")], "commitment;iioe");
    // A comma inside a cell survives the round trip.
    assert_eq!(
        event[col("session_title")],
        "Teacher Capacity Building, Skills Development Pedagogical Innovation"
    );
    // And the JSON says the same thing.
    let rows = json(&["--today", "2022-12-20", "--status", "all"]);
    for (csv_row, json_row) in table[1..].iter().zip(&rows) {
        for (i, name) in COLUMNS.iter().enumerate() {
            let j = field(json_row, name);
            let as_text = match j {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                Value::Array(a) => a
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(";"),
                other => other.to_string(),
            };
            assert_eq!(csv_row[i], as_text, "{name}");
        }
    }
}

#[test]
fn filters_on_the_command_line() {
    let sel = |args: &[&str]| {
        let mut a = vec!["--today", "2022-12-20"];
        a.extend_from_slice(args);
        ids(&json(&a))
    };
    assert_eq!(
        sel(&["--owner", "KAZAKH"]),
        ["2022-10-casie#action-plan-kz"]
    );
    assert_eq!(
        sel(&["--country", "Uzbekistan"]),
        ["2022-10-casie#action-plan-uz"]
    );
    assert_eq!(
        sel(&["--country", "tj"]).len(),
        4,
        "the MoES of Tajikistan owns three, Tajikistan one"
    );
    assert_eq!(sel(&["--tag", "priority-area"]).len(), 3);
    assert_eq!(
        sel(&["--meeting", "expert meeting"]),
        ["2020-12-unesco-weidong-expert-meeting#reconvene"]
    );
    assert_eq!(sel(&["--owner", "ichei", "--tag", "commitment"]).len(), 2);
    assert!(sel(&["--status", "done"]).is_empty());
    let bad = plenary(&["followups", "agendas", "--status", "finished"], None);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("unknown status `finished`"),
        "{}",
        bad.stderr
    );
    let bad = plenary(&["followups", "agendas", "--country", "Atlantis"], None);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("`Atlantis` is not a country"),
        "{}",
        bad.stderr
    );
}

#[test]
fn the_table_fits_and_marks_overdue_rows_in_text() {
    for width in ["60", "80", "100", "160"] {
        let out = plenary(
            &["followups", "agendas", "--today", "2022-12-20"],
            Some(width),
        );
        assert_eq!(out.code, 0);
        let w: usize = width.parse().unwrap_or(0);
        for line in out.stdout.lines().filter(|l| !l.contains("follow-ups:")) {
            assert!(line.chars().count() <= w, "wider than {w}: {line:?}");
        }
        // The one past due date is a proposal (CASIE 2022's "late November"):
        // marked `?` and "(proposed)", never a firm OVERDUE.
        let firm: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with('!')).collect();
        assert_eq!(firm.len(), 1, "only the header, at {w}:\n{}", out.stdout);
        let proposed: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with('?')).collect();
        assert_eq!(proposed.len(), 1, "at {w}:\n{}", out.stdout);
        assert!(proposed[0].contains("2022-11-30"));
    }
    let wide = plenary(
        &["followups", "agendas", "--today", "2022-12-20"],
        Some("160"),
    );
    assert!(
        wide.stdout.contains("due (proposed) 20d ago"),
        "{}",
        wide.stdout
    );
    assert!(!wide.stdout.contains("OVERDUE"), "{}", wide.stdout);
    assert!(wide.stdout.ends_with("13 follow-ups: 1 overdue, 0 due within 14 days, 12 without a due date (today is 2022-12-20)\n"));
    let grouped = plenary(
        &[
            "followups",
            "agendas",
            "--today",
            "2022-12-20",
            "--group-by",
            "meeting",
        ],
        Some("100"),
    );
    assert!(
        grouped.stdout.contains("── 2022-10-casie — CASIE 2022 (7)"),
        "{}",
        grouped.stdout
    );
    let none = plenary(
        &[
            "followups",
            "agendas",
            "--today",
            "2022-12-20",
            "--status",
            "dropped",
        ],
        None,
    );
    assert_eq!(none.stdout, "no follow-ups match (today is 2022-12-20)\n");
}

#[test]
fn broken_files_are_reported_and_the_rest_listed() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        "agendas/2022-10-casie.yaml",
        dir.path().join("2022-10-casie.yaml"),
    )
    .expect("copy");
    std::fs::copy(
        "tests/broken/followup-status-typo.yaml",
        dir.path().join("typo.yaml"),
    )
    .expect("copy");
    let p = dir.path().to_string_lossy().into_owned();
    let out = plenary(
        &["followups", &p, "--today", "2022-12-20", "--format", "csv"],
        None,
    );
    assert_eq!(
        out.code, 1,
        "a file that could not be read is not a success"
    );
    assert_eq!(parse_csv(&out.stdout).len(), 8, "header and CASIE's seven");
    assert!(
        out.stderr
            .contains("typo.yaml:8:13: error: unknown value `in_progress`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: did you mean `in-progress`?"),
        "{}",
        out.stderr
    );
    let missing = plenary(&["followups", "no/such/folder"], None);
    assert_eq!(missing.code, 2);
}

#[test]
fn text_from_files_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("evil.yaml");
    std::fs::write(
        &f,
        "title: Evil\ntimezone: Asia/Almaty\nstart_date: 2022-10-06\nfollow_ups:\n- id: x\n  title: \"clear\\e[2J\\e]0;pwned\\a title\"\n  owner_org: \"=HYPERLINK(1)\"\n",
    )
    .expect("write");
    assert!(Path::new(&f).exists());
    let p = f.to_string_lossy().into_owned();
    let table = plenary(&["followups", &p, "--today", "2022-12-20"], Some("120"));
    assert!(
        !table.stdout.contains('\u{1b}') && !table.stdout.contains('\u{7}'),
        "{:?}",
        table.stdout
    );
    assert!(
        table.stdout.contains("clear\u{fffd}[2J"),
        "{}",
        table.stdout
    );
    let csv = plenary(
        &["followups", &p, "--today", "2022-12-20", "--format", "csv"],
        None,
    );
    assert!(!csv.stdout.contains('\u{1b}'));
    let row = &parse_csv(&csv.stdout)[1];
    assert_eq!(
        row[4], "'=HYPERLINK(1)",
        "formulas are defused for spreadsheets"
    );
    let json = plenary(
        &["followups", &p, "--today", "2022-12-20", "--format", "json"],
        None,
    );
    assert!(json.stdout.contains("\\u001b[2J"), "{}", json.stdout);
}

#[test]
fn a_large_file_lists_what_a_full_load_lists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("large.yaml");
    let p = f.to_string_lossy().into_owned();
    let made = plenary(
        &[
            "generate",
            "--participants",
            "3000",
            "--sessions",
            "200",
            "--follow-ups",
            "800",
            "-o",
            &p,
        ],
        None,
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    let size = std::fs::metadata(&f).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 256 * 1024,
        "over 256 KB, where a partial read used to be tried: {size} bytes"
    );
    let today = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).expect("date");
    let doc = plenary::load::load(&f).expect("loads");
    let register = plenary::followups::Register::new([("large", &doc.meeting)]);
    for args in [
        &["--overdue"][..],
        &["--status", "all"],
        &["--due-within", "200", "--owner", "ova"],
    ] {
        let mut a = vec!["followups", &p, "--today", "2025-06-01", "--format", "csv"];
        a.extend_from_slice(args);
        let out = plenary(&a, None);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let filter = plenary::followups::Filter {
            overdue: args.contains(&"--overdue"),
            due_within: args.contains(&"--due-within").then_some(200),
            status: if args.contains(&"all") {
                plenary::followups::StatusFilter::All
            } else {
                plenary::followups::StatusFilter::Owed
            },
            owner: args.contains(&"--owner").then(|| "ova".to_string()),
            ..Default::default()
        };
        let rows = register.select(&filter, today);
        assert!(rows.len() > 10, "{args:?}: too few rows to tell");
        let expected =
            plenary::followups::export::to_csv(&plenary::followups::export::records(&rows));
        assert_eq!(out.stdout, expected, "{args:?}");
    }
}

/// Piped (stdout is no terminal) and with no `COLUMNS`, the table cuts
/// nothing: every title and owner whole, no `…`. `COLUMNS` still fits it.
#[test]
fn piped_output_is_not_cut_to_a_guessed_width() {
    let args = [
        "followups",
        "agendas/2022-10-casie.yaml",
        "--today",
        "2026-11-26",
    ];
    let out = plenary(&args, None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.contains('…'), "{}", out.stdout);
    assert!(
        out.stdout.contains(
            "Kazakhstan: action plan for how ICT-enabled education can support the learning recovery and transformation of education (proposed)\n"
        ),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("regional-event-higher-education"));
    let fitted = plenary(&args, Some("80"));
    // The header and the seven rows; the summary line below is prose.
    let table: Vec<&str> = fitted.stdout.lines().take(8).collect();
    assert!(table.iter().all(|l| l.chars().count() <= 80), "{table:?}");
    assert!(fitted.stdout.contains('…'), "{}", fitted.stdout);
}

/// At 80 columns the state stays (a firm overdue row says OVERDUE, a
/// proposed one says so) and the meeting column tells meetings apart:
/// the ID, status and owner go first, and meetings lose their leading date.
#[test]
fn at_80_columns_the_state_stays_and_meetings_differ() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (stem, due) in [
        ("2022-10-casie", "2022-11-01"),
        ("2022-10-cairo", "2022-12-01"),
    ] {
        let text = format!(
            "title: T\nformat: online\ntimezone: Asia/Almaty\nstart_date: 2022-10-03\n\
             follow_ups:\n- id: plan-{stem}\n  title: Write the plan for how ICT-enabled education supports the recovery\n  owner_org: UNESCO\n  \
             status: open\n  due: {due}\n"
        );
        std::fs::write(dir.path().join(format!("{stem}.yaml")), text).expect("write");
    }
    let folder = dir.path().to_string_lossy().into_owned();
    let out = plenary(&["followups", &folder, "--today", "2022-12-20"], Some("80"));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("OVERDUE 49d"), "{}", out.stdout);
    assert!(out.stdout.contains("casie"), "{}", out.stdout);
    assert!(out.stdout.contains("cairo"), "{}", out.stdout);
    let agendas = plenary(
        &["followups", "agendas", "--today", "2022-12-20"],
        Some("80"),
    );
    for line in agendas
        .stdout
        .lines()
        .filter(|l| !l.contains("follow-ups:"))
    {
        assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
    }
    assert!(
        agendas.stdout.contains("due (proposed) 20d ago"),
        "{}",
        agendas.stdout
    );
    assert!(agendas.stdout.contains("dushanbe"), "{}", agendas.stdout);
}
