//! One interpreted day, as the tests of booths and new sessions write it:
//! an English floor in Hall A with a Russian booth staffed by two
//! interpreters (Irina Petrova and Anna Smith, both A ru, B en).

/// The meeting file: its header (with `end_date` when it lasts more than
/// the day), the two interpreters and the staffed opening (09:00-10:00,
/// Hall A), then `more_sessions`, items of the `sessions:` list.
pub fn day(end_date: Option<&str>, more_sessions: &str) -> String {
    let end = end_date.map_or(String::new(), |d| format!("end_date: {d}\n"));
    format!("{HEAD}{end}{PEOPLE_AND_OPENING}{more_sessions}")
}

const HEAD: &str = "title: One interpreted day
timezone: Asia/Almaty
start_date: 2023-10-04
";

const PEOPLE_AND_OPENING: &str = r#"languages:
- en
- ru
participants:
- id: petrova-irina
  name: Irina Petrova
  languages: [ru, en]
  role: interpreter
  status: confirmed
  interpreting:
    a: ru
    b: [en]
- id: smith-anna
  name: Anna Smith
  languages: [ru, en]
  role: interpreter
  status: confirmed
  interpreting:
    a: ru
    b: [en]
sessions:
- id: opening
  title: Opening
  date: 2023-10-04
  start: "09:00"
  end: "10:00"
  room: Hall A
  language: en
  interpretation:
  - to: ru
    interpreters:
    - petrova-irina
    - smith-anna
"#;
