//! The views after an edit rebuild only what the edit can change
//! (`App::documents_edited`): after random edits and undos, every view's
//! rows are the ones a rebuild of every view from scratch gives.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use plenary::edit::{Change, ListOp, Transaction};
use plenary::tui::action::{Action, Command, Load, View};
use plenary::tui::app::editing::apply_edit;
use plenary::tui::library::Entry;
use plenary::tui::{App, Theme};
use ratatui::layout::Rect;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn app() -> App {
    let m = plenary::generate::meeting(300, 40, 60);
    let text = plenary::save::canonical::meeting_yaml(&m).unwrap();
    let doc = plenary::load::load_source(
        Path::new("m.yaml"),
        plenary::load::source::from_bytes(text.into_bytes()).unwrap(),
    )
    .unwrap();
    let mut app = App::new(
        PathBuf::from("m"),
        today(),
        Theme { color: false },
        Rect::new(0, 0, 160, 50),
    );
    app.update(Action::Load(Load::Found(1)));
    app.update(Action::Load(Load::Loaded(Box::new(Entry::new(
        doc,
        today(),
    )))));
    app.update(Action::Load(Load::Finished));
    app
}

/// Every view's rows and the numbers shown beside them.
fn views(app: &App) -> String {
    format!(
        "{:?}\n{:?}\n{:?} {:?}\n{:?} {:?}\n{:?}\n{:?}\n{:?}",
        app.problems.rows,
        app.schedule.rows,
        app.roster.rows,
        app.roster.summary,
        app.followups.rows,
        app.followups.counts,
        app.interp.rows,
        // Only the touched days are made again after an edit.
        app.interp.days,
        app.interp.warnings,
    )
}

/// The same, every view rebuilt from the documents.
fn from_scratch(app: &mut App) -> String {
    app.documents_changed();
    let cur = app.current().unwrap();
    app.select_entry(cur);
    views(app)
}

/// A field of one record taken from another of its kind (so clashes,
/// duplicates and owners come and go), chosen by `r`.
fn random_edit(app: &App, r: &mut u64) -> Transaction {
    let mut next = |n: usize| {
        *r = r
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((*r >> 33) as usize) % n.max(1)
    };
    let m = app.library.entries[0].meeting();
    let tx = Transaction::new("random");
    match next(3) {
        0 => {
            let (i, j) = (next(m.sessions.len()), next(m.sessions.len()));
            let before = m.sessions[i].clone();
            let mut after = before.clone();
            match next(5) {
                0 => after.room = m.sessions[j].room.clone(),
                1 => (after.date, after.start) = (m.sessions[j].date, m.sessions[j].start),
                2 => after.interpretation = m.sessions[j].interpretation.clone(),
                3 => {
                    for c in &mut after.interpretation {
                        c.retour = !c.retour;
                    }
                }
                _ => after.end = m.sessions[j].end,
            }
            tx.with(Change::Session(ListOp::Replace {
                at: i,
                before,
                after,
            }))
        }
        1 => {
            let (i, j) = (next(m.people().len()), next(m.people().len()));
            let before = m.people()[i].clone();
            let mut after = before.clone();
            match next(3) {
                0 => after.name = m.people()[j].name.clone(),
                1 => after.country = m.people()[j].country.clone(),
                _ => after.organization = m.people()[j].organization.clone(),
            }
            tx.with(Change::Participant(ListOp::Replace {
                at: i,
                before,
                after,
            }))
        }
        _ => {
            let (i, j) = (next(m.follow_ups.len()), next(m.follow_ups.len()));
            let before = m.follow_ups[i].clone();
            let mut after = before.clone();
            match next(3) {
                0 => after.status = m.follow_ups[j].status,
                1 => after.owner = m.follow_ups[j].owner.clone(),
                _ => after.due = m.follow_ups[j].due,
            }
            tx.with(Change::FollowUp(ListOp::Replace {
                at: i,
                before,
                after,
            }))
        }
    }
}

#[test]
fn views_after_random_edits_and_undo_are_the_views_built_from_scratch() {
    let mut app = app();
    let mut r = 11_u64;
    for (n, view) in [
        View::Schedule,
        View::Roster,
        View::FollowUps,
        View::Interpretation,
    ]
    .into_iter()
    .enumerate()
    {
        app.update(Action::Run(Command::Show(view)));
        for step in 0..12 {
            if step % 3 == 2 {
                app.update(Action::Run(Command::Undo));
            } else {
                let id = app.library.entries[0].id;
                let tx = random_edit(&app, &mut r);
                assert!(apply_edit(&mut app, id, tx), "{view:?} {step}");
                // The next key brings the shown view up to date.
                app.update(Action::Run(Command::Show(view)));
            }
            let now = views(&app);
            assert_eq!(
                now,
                from_scratch(&mut app),
                "view {n} {view:?}, step {step}"
            );
        }
    }
}

/// The Follow-ups list brought up to date one follow-up at a time (taken
/// out and put back in the report's order): under every grouping and
/// status filter, after many edits and undos, the list built from scratch.
#[test]
fn follow_up_rows_after_edits_are_the_rows_built_from_scratch() {
    let mut app = app();
    let mut r = 5_u64;
    app.update(Action::Run(Command::Show(View::FollowUps)));
    for round in 0..8 {
        // Every grouping in turn, and the closed ones shown half the time.
        app.update(Action::Run(Command::GroupNext));
        if round % 2 == 1 {
            app.update(Action::Run(Command::ToggleOpenOnly));
        }
        for step in 0..10 {
            if step % 4 == 3 {
                app.update(Action::Run(Command::Undo));
            } else {
                let id = app.library.entries[0].id;
                let mut tx = random_edit(&app, &mut r);
                while !matches!(tx.changes[0], Change::FollowUp(_)) {
                    tx = random_edit(&app, &mut r);
                }
                assert!(apply_edit(&mut app, id, tx), "{round} {step}");
                app.update(Action::Run(Command::Show(View::FollowUps)));
            }
            // Compared every third step: the list kept up to date over
            // several edits in a row, not only one after a fresh build.
            if step % 3 == 2 {
                let now = views(&app);
                assert_eq!(now, from_scratch(&mut app), "round {round}, step {step}");
            }
        }
    }
}
