//! Every view at 80x24 with the interface in Russian (its words are
//! longer than English ones): snapshots to read for cut words, and a check
//! that the keymap's words on screen are Russian.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, select_meeting};
use plenary::i18n::{Lang, with_lang};
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;

fn run(app: &mut App, cmds: &[Command]) {
    for c in cmds {
        app.update(Action::Run(*c));
    }
}

/// Every screen worth a snapshot, as (name, how to get there).
type Scenario = (&'static str, fn(&mut App));

const SCENARIOS: [Scenario; 8] = [
    ("meetings", |_| {}),
    ("schedule", |a| {
        select_meeting(a, "vCASIE");
        run(a, &[Command::Open]);
    }),
    ("roster", |a| {
        select_meeting(a, "vCASIE");
        run(a, &[Command::Show(View::Roster)]);
    }),
    ("followups", |a| run(a, &[Command::Show(View::FollowUps)])),
    ("problems", |a| run(a, &[Command::Show(View::Problems)])),
    ("interpretation", |a| {
        select_meeting(a, "vCASIE");
        run(a, &[Command::Show(View::Interpretation), Command::Down]);
    }),
    ("schedule_grid", |a| {
        select_meeting(a, "vCASIE");
        run(a, &[Command::Open, Command::ToggleGrid]);
    }),
    ("help", |a| run(a, &[Command::Help])),
];

#[test]
fn every_view_in_russian_at_80x24() {
    with_lang(Lang::Ru, || {
        for (name, go) in SCENARIOS {
            let mut app = app_on("agendas", 80, 24);
            go(&mut app);
            let t = draw(&app);
            insta::assert_snapshot!(format!("ru_{name}_80x24"), t.backend());
        }
    });
}

#[test]
fn the_footer_and_tabs_speak_russian() {
    let screen = with_lang(Lang::Ru, || {
        let app = app_on("agendas", 120, 24);
        format!("{}", draw(&app).backend())
    });
    for word in ["Встречи", "справка", "выход"] {
        assert!(screen.contains(word), "no {word} in\n{screen}");
    }
    for word in [" help ", " quit ", "Meetings"] {
        assert!(
            !screen.contains(word),
            "{word} left in English in\n{screen}"
        );
    }
}
