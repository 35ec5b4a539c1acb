//! A new session from the Schedule list (`a`) starts with what it inherits
//! (`edit::inherit`): on vCASIE 2020 (English and Russian), the session
//! form after Webinar 3 has the floor in English and a Russian channel
//! filled in, so the new session does not start out warning "offers
//! nothing in Russian".

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, select_meeting};
use plenary::tui::action::{Action, Command, View};

#[test]
fn a_new_session_in_the_list_inherits_floor_and_channels() {
    let mut app = app_on("agendas", 120, 40);
    select_meeting(&mut app, "vCASIE");
    app.update(Action::Run(Command::Show(View::Schedule)));
    app.update(Action::Run(Command::Bottom));
    app.update(Action::Run(Command::AddSession));
    let f = app.edit.form().expect("the session form");
    assert_eq!(f.get("language"), "en");
    assert_eq!(f.get("interpretation"), "ru");
    assert_eq!(f.get("start"), "12:30", "after the selected session");
}
