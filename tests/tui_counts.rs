//! The counts in the headers agree with the Problems view: the
//! Interpretation header counted its rules without the booths still to
//! staff (`interpretation::unstaffed`), so a drafted webinar read
//! "0 warnings" there while Problems listed a warning for each empty booth.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, select_meeting};
use plenary::tui::action::{Action, Command, View};

/// A webinar after the tests' today, interpreted into Russian and French,
/// nobody in either booth yet.
const DRAFT: &str = "title: Draft webinar
short_title: Draft
timezone: Europe/Paris
start_date: 2027-03-10
end_date: 2027-03-10
languages:
- en
- ru
- fr
format: online
sessions:
- id: webinar
  title: Webinar
  date: 2027-03-10
  start: \"10:00\"
  end: \"11:00\"
  link: https://meet.example.org/w
  language: en
  interpretation:
  - to: ru
  - to: fr
";

fn text(app: &plenary::tui::app::App) -> String {
    draw(app).backend().to_string()
}

#[test]
fn the_interpretation_header_counts_what_problems_lists() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("2027-03-draft.yaml"), DRAFT).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    select_meeting(&mut app, "Draft");
    let e = app.current().unwrap();
    let problems = app.library[e].problems.clone();
    let booths: Vec<_> = problems
        .iter()
        .filter(|p| p.message.contains("has no interpreter yet"))
        .collect();
    assert_eq!(booths.len(), 2, "{problems:#?}");

    app.update(Action::Run(Command::Show(View::Problems)));
    let (errors, warnings) = app.library.problem_count();
    let shown = text(&app);
    let header = format!("{errors} errors, {warnings} warning");
    assert!(shown.contains(&header), "{header}\n{shown}");

    app.update(Action::Run(Command::Show(View::Interpretation)));
    let shown = text(&app);
    let interp = app.interp.warnings.len();
    assert_eq!(
        interp,
        problems.len(),
        "every problem of this draft is about interpretation"
    );
    assert!(
        shown.contains(&format!("· {interp} warnings")),
        "the header says {interp} warnings\n{shown}"
    );
}
