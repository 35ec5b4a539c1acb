//! The Follow-ups view after an edit, in every grouping and both scopes:
//! the rows brought up to date from the touched follow-ups alone are the
//! rows a full build makes (`layout` of the register's selection, as the
//! view always made them), after random edits of status, due date, owner
//! and title, and their undo.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::Duration;
use common::app::app_on;
use plenary::domain::FollowUpStatus;
use plenary::edit::{Change, ListOp, Transaction};
use plenary::followups::GroupBy;
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;
use plenary::tui::app::editing::apply_edit;
use plenary::tui::app::followups::state::{keys, layout, register};

/// A small deterministic generator (no crate for a test's dice).
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// The rows a full build makes now, as the view made them before it kept
/// its groups: the selection, laid out.
fn rebuilt(app: &App) -> Vec<plenary::tui::app::followups::FuRow> {
    let entries = &app.library.entries;
    let k = keys(entries);
    let reg = register(entries, &k);
    let cur = app
        .current()
        .and_then(|id| entries.iter().position(|e| e.id == id));
    let ids: Vec<_> = entries.iter().map(|e| e.id).collect();
    let rows = app.followups.select(&reg, cur, common::app::today(), &k);
    layout(&rows, app.followups.group, &ids)
}

/// One random edit of a follow-up in place (or an undo), through the
/// one edit path; the view is then brought up to date.
fn edit(app: &mut App, dice: &mut Dice) {
    if dice.below(5) == 0 {
        app.update(Action::Run(Command::Undo));
        return;
    }
    let e = app.library.entries[dice.below(app.library.entries.len())].id;
    let m = app.library[e].meeting();
    let at = dice.below(m.follow_ups.len());
    let before = m.follow_ups[at].clone();
    let people: Vec<String> = m.people().iter().take(6).map(|p| p.id.clone()).collect();
    let mut after = before.clone();
    match dice.below(4) {
        0 => after.status = FollowUpStatus::ALL[dice.below(FollowUpStatus::ALL.len())],
        1 => {
            after.due = match dice.below(4) {
                0 => None,
                _ => Some(common::app::today() + Duration::days(dice.below(120) as i64 - 60)),
            }
        }
        2 => {
            after.owner = match dice.below(people.len() + 2) {
                0 => None,
                1 => Some("Someone Outside".into()),
                n => Some(people[n - 2].clone()),
            }
        }
        _ => after.title = plenary::domain::Text::plain(format!("Task {}", dice.below(1000))),
    }
    let tx =
        Transaction::new("test edit").with(Change::FollowUp(ListOp::Replace { at, before, after }));
    apply_edit(app, e, tx);
    app.update(Action::Resize(120, 40));
}

#[test]
fn rows_after_edits_are_a_full_builds_in_every_grouping() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a", "b"] {
        let m = plenary::generate::meeting(60, 8, 80);
        plenary::save::create(&dir.path().join(format!("2026-{name}.yaml")), &m).unwrap();
    }
    let mut app = app_on(dir.path(), 120, 40);
    app.update(Action::Run(Command::Show(View::FollowUps)));
    let mut dice = Dice(7);
    for all in [false, true] {
        if app.followups.all != all {
            app.update(Action::Run(Command::ToggleAllMeetings));
        }
        for by in GroupBy::ALL {
            while app.followups.group != by {
                app.update(Action::Run(Command::GroupNext));
            }
            for n in 0..40 {
                edit(&mut app, &mut dice);
                assert_eq!(
                    app.followups.rows,
                    rebuilt(&app),
                    "{by:?}, every meeting: {all}, after edit {n}"
                );
            }
        }
    }
}
