//! Editing in the TUI driven headlessly, key by key (like helix's
//! `test_key_sequence`): real key events go through the keymap into
//! `App::update`, no terminal. Each test works on a temporary copy.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::app::app_on;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::{Channel, Clock, Session, SessionKind, Text};
use plenary::tui::action::View;
use plenary::tui::app::App;
use plenary::tui::event;
use plenary::tui::keymap::Overlay;

fn copy_of(agenda: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(Path::new(agenda).file_name().unwrap());
    fs::copy(agenda, &path).unwrap();
    (dir, path)
}

/// Feeds keys as a person types them: plain characters, and `<tab>`,
/// `<s-tab>`, `<ret>`, `<esc>`, `<bs>`, `<up>`, `<down>`, `<space>`,
/// `<C-x>` (Control), `<A-up>` / `<A-down>` (Alt), `<del>`, `<lt>` for `<`.
fn press(app: &mut App, keys: &str) {
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (code, mods, len) = if c == '<' {
            match rest.find('>') {
                Some(end) if end > 1 => {
                    let name = &rest[1..end];
                    let (code, mods) = match name {
                        "tab" => (KeyCode::Tab, KeyModifiers::NONE),
                        "s-tab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
                        "ret" => (KeyCode::Enter, KeyModifiers::NONE),
                        "esc" => (KeyCode::Esc, KeyModifiers::NONE),
                        "bs" => (KeyCode::Backspace, KeyModifiers::NONE),
                        "del" => (KeyCode::Delete, KeyModifiers::NONE),
                        "up" => (KeyCode::Up, KeyModifiers::NONE),
                        "down" => (KeyCode::Down, KeyModifiers::NONE),
                        "space" => (KeyCode::Char(' '), KeyModifiers::NONE),
                        "lt" => (KeyCode::Char('<'), KeyModifiers::NONE),
                        "A-up" => (KeyCode::Up, KeyModifiers::ALT),
                        "A-down" => (KeyCode::Down, KeyModifiers::ALT),
                        n if n.starts_with("C-") => (
                            KeyCode::Char(n.chars().nth(2).unwrap()),
                            KeyModifiers::CONTROL,
                        ),
                        other => panic!("unknown key <{other}>"),
                    };
                    (code, mods, end + 1)
                }
                _ => (KeyCode::Char('<'), KeyModifiers::NONE, 1),
            }
        } else {
            (KeyCode::Char(c), KeyModifiers::NONE, c.len_utf8())
        };
        rest = &rest[len..];
        if let Some(a) = event::to_action(Event::Key(KeyEvent::new(code, mods)), &app.context()) {
            app.update(a);
        }
    }
}

fn status(app: &App) -> String {
    app.status.as_deref().unwrap_or_default().to_string()
}

fn vcasie() -> (tempfile::TempDir, PathBuf, App) {
    let (dir, path) = copy_of("agendas/2020-vcasie.yaml");
    let app = app_on(dir.path(), 120, 40);
    (dir, path, app)
}

fn session_by_id<'a>(app: &'a App, id: &str) -> Option<&'a Session> {
    app.library.entries[0].meeting().session(id)
}

#[test]
fn add_a_session_pick_a_chair_set_interpretation_undo_redo_save() {
    let (_d, path, mut app) = vcasie();
    let original = app.library.entries[0].meeting().clone();
    press(&mut app, "2");
    assert_eq!(app.view, View::Schedule);
    press(&mut app, "a");
    assert_eq!(app.context().overlay(), Some(Overlay::Form));
    // Title (en), Title (ru), Kind, Date, Last day, Start, End, Room, Link, Chair,
    // Speakers, Floor language, Interpreted into, the booths', Lead (en),
    // Lead (ru), Whole session not confirmed, Notes, documents, Id.
    press(&mut app, "Q&A with the speakers<tab>Вопросы и ответы<tab>");
    press(
        &mut app,
        "<tab><C-u>2020-10-07<tab><tab><C-u>5pm<tab><C-u>+30m<tab><tab><tab>",
    );
    // The chair by fuzzy pick: a few letters, in any order.
    press(&mut app, "yoon ji");
    assert_eq!(app.context().overlay(), Some(Overlay::Picker));
    press(&mut app, "<ret><tab><tab>");
    press(&mut app, "<tab>russ<ret><ret>");
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    assert!(
        status(&app).starts_with("add session `q-a-with-the-speakers`"),
        "{}",
        status(&app)
    );
    let s = session_by_id(&app, "q-a-with-the-speakers")
        .expect("added")
        .clone();
    let mut title = std::collections::BTreeMap::new();
    title.insert("en".to_string(), "Q&A with the speakers".to_string());
    title.insert("ru".to_string(), "Вопросы и ответы".to_string());
    let expected = Session {
        id: "q-a-with-the-speakers".into(),
        title: Text::Multi(title),
        kind: SessionKind::Session,
        date: NaiveDate::from_ymd_opt(2020, 10, 7).unwrap(),
        start: Clock::hm(17, 0),
        end: Clock::hm(17, 30),
        chair: Some("yoon-ji-hyun".into()),
        language: vec!["en".into()],
        // The booth team the form opened with, from the session selected
        // (`edit::inherit::new_session`); its "not confirmed" marks stay there.
        interpretation: vec![Channel {
            interpreters: vec!["interpreter-en-ru-1".into(), "interpreter-en-ru-2".into()],
            retour: true,
            ..Channel::to("ru")
        }],
        ..Session::default()
    };
    assert_eq!(s, expected);
    assert!(app.library.entries[0].editor.is_dirty());

    press(&mut app, "u");
    assert_eq!(status(&app), "undid: add session `q-a-with-the-speakers`");
    assert!(session_by_id(&app, "q-a-with-the-speakers").is_none());
    assert!(!app.library.entries[0].editor.is_dirty());
    press(&mut app, "<C-r>");
    assert_eq!(status(&app), "redid: add session `q-a-with-the-speakers`");
    press(&mut app, "<C-s>");
    assert!(status(&app).starts_with("saved "), "{}", status(&app));
    assert!(!app.library.entries[0].editor.is_dirty());

    let saved = fs::read_to_string(&path).unwrap();
    // The save keeps the file: it reads back as the edited meeting, with the
    // new session among its day's sessions, and every old line still there.
    let back = plenary::load::parse_meeting(&path, &saved).unwrap();
    assert_eq!(&back, app.library.entries[0].meeting());
    assert_eq!(back.sessions.len(), original.sessions.len() + 1);
    let old_text = fs::read_to_string("agendas/2020-vcasie.yaml").unwrap();
    let (old_lines, new_lines) = (old_text.lines().count(), saved.lines().count());
    assert_eq!(
        new_lines,
        old_lines + block_lines(),
        "only the new session's lines were added"
    );
    let block = r#"- id: q-a-with-the-speakers
  title:
    en: Q&A with the speakers
    ru: Вопросы и ответы
  kind: session
  date: 2020-10-07
  start: "17:00"
  end: "17:30"
  chair: yoon-ji-hyun
  language: en
  interpretation:
  - to: ru
    interpreters:
    - interpreter-en-ru-1
    - interpreter-en-ru-2
    retour: true
"#;
    assert!(
        saved.contains(block),
        "saved YAML:\n{}",
        &saved[saved.len().saturating_sub(600)..]
    );
}

/// Lines of the session block the test above adds (`kind: session` spelt
/// out, as `plenary fmt` writes it).
fn block_lines() -> usize {
    16
}

#[test]
fn a_speaker_not_on_the_roster_is_added_from_the_picker_with_ctrl_a() {
    let (_d, _p, mut app) = vcasie();
    press(&mut app, "2i");
    assert_eq!(app.context().overlay(), Some(Overlay::Items));
    let before = app.library.entries[0].meeting().people().len();
    press(&mut app, "aA new talk<tab><tab>Thekla Kelbert");
    assert_eq!(app.context().overlay(), Some(Overlay::Picker));
    // Up from the first row reaches "add as new": Enter there adds
    // nobody (a slip must not make a person), Ctrl-a does.
    press(&mut app, "<up><ret>");
    assert_eq!(app.library.entries[0].meeting().people().len(), before);
    assert!(status(&app).contains("Ctrl-a"), "{}", status(&app));
    press(&mut app, "<C-a>");
    assert_eq!(app.library.entries[0].meeting().people().len(), before + 1);
    press(&mut app, "<ret>");
    let m = app.library.entries[0].meeting();
    let p = m.people().last().unwrap();
    assert_eq!(p.name.primary(), "Thekla Kelbert");
    let sel = app.selected_session().unwrap();
    let it = m.sessions[sel].items.last().unwrap();
    assert_eq!(it.speakers, std::slice::from_ref(&p.id));
    assert_eq!(
        app.context().overlay(),
        Some(Overlay::Items),
        "back in the items list"
    );
    // Reorder: the new item moves up, undo puts it back.
    let n = m.sessions[sel].items.len();
    press(&mut app, "K");
    let m = app.library.entries[0].meeting();
    assert_eq!(m.sessions[sel].items[n - 2].title.primary(), "A new talk");
    press(&mut app, "u");
    let m = app.library.entries[0].meeting();
    assert_eq!(m.sessions[sel].items[n - 1].title.primary(), "A new talk");
    // Alt-↑ / Alt-↓ do the same as K / J.
    press(&mut app, "j<A-up>");
    let m = app.library.entries[0].meeting();
    assert_eq!(m.sessions[sel].items[n - 2].title.primary(), "A new talk");
    press(&mut app, "<A-down>");
    let m = app.library.entries[0].meeting();
    assert_eq!(m.sessions[sel].items[n - 1].title.primary(), "A new talk");
    press(&mut app, "<esc>");
    assert_eq!(app.context().overlay(), None);
}

/// Types `bad` into the field `tabs` Tabs down, submits, and expects the
/// form to stay open with `msg` at that field.
fn refused(app: &mut App, open: &str, tabs: usize, bad: &str, msg: &str) {
    press(app, open);
    assert!(app.edit.form().is_some(), "{open} opens a form");
    for _ in 0..tabs {
        press(app, "<tab>");
    }
    press(app, "<C-u>");
    press(app, bad);
    press(app, "<ret>");
    let f = app
        .edit
        .form()
        .unwrap_or_else(|| panic!("{open} {bad:?}: the form closed: {}", status(app)));
    let field = &f.fields[f.focus];
    let err = field.error.clone().unwrap_or_default();
    assert!(
        err.contains(msg),
        "{open}: field {} with {bad:?}: got {err:?}, want {msg:?}",
        field.label
    );
    // The form was changed: Esc asks, y drops it.
    press(app, "<esc>y");
    assert!(app.edit.form().is_none());
}

#[test]
fn bad_input_at_every_field_is_refused_with_a_message() {
    let (_d, path, mut app) = vcasie();
    let before = fs::read_to_string(&path).unwrap();
    let meeting = app.library.entries[0].meeting().clone();
    press(&mut app, "2");
    // Session form: titles, kind is picked, date, start, end.
    refused(&mut app, "a", 0, "", "title is needed");
    refused(&mut app, "a", 3, "2020-13-45", "");
    refused(&mut app, "a", 3, "next tuesday", "");
    refused(
        &mut app,
        "e",
        4,
        "2000-01-01",
        "is before the session's date",
    );
    refused(&mut app, "a", 4, "someday", "");
    refused(&mut app, "a", 5, "25:99", "is not a time");
    refused(&mut app, "a", 6, "+0m", "between 1 minute and 24 hours");
    refused(&mut app, "a", 6, "lunch", "is not a time");
    refused(&mut app, "e", 6, "01:00", "must be after the start");
    // The id is the last field: Shift-Tab from the first.
    refused(&mut app, "a<s-tab>", 0, "Webinar 9", "is not an id");
    refused(&mut app, "e<s-tab>", 0, "", "keeps an id");
    let other = meeting.sessions[app.selected_session().unwrap() + 1]
        .id
        .clone();
    refused(
        &mut app,
        "e<s-tab>",
        0,
        &other,
        "is taken by another session",
    );
    // Move and resize forms.
    refused(&mut app, "m", 0, "2020-02-30", "");
    refused(&mut app, "m", 1, "99", "is not a time");
    refused(&mut app, "R", 0, "+soon", "is not a duration");
    refused(&mut app, "R", 0, "00:01", "must be after the start");
    // Items.
    press(&mut app, "i");
    refused(&mut app, "a", 0, "", "title is needed");
    refused(&mut app, "a", 3, "a while", "not a number of minutes");
    press(&mut app, "<esc>");
    // Roster form: name, id, country, e-mail (vCASIE works in English
    // and Russian: name, organization and position have a field in each).
    press(&mut app, "3");
    refused(&mut app, "a", 0, "", "needs a name");
    refused(&mut app, "a", 2, "Not An Id", "is not an id");
    refused(&mut app, "a", 8, "Kazakstan", "did you mean KZ");
    refused(&mut app, "a", 9, "Tokio", "filled in `Asia/Tokyo`");
    refused(
        &mut app,
        "a",
        13,
        "nobody at example",
        "is not an e-mail address",
    );
    let sel = app.roster.selected().unwrap();
    let other = meeting
        .people()
        .iter()
        .enumerate()
        .find(|(i, _)| *i != sel)
        .unwrap()
        .1
        .id
        .clone();
    refused(&mut app, "e", 2, &other, "is taken by another participant");
    // New meeting form.
    press(&mut app, "1");
    // Every other field valid, so the one refused is the one tested.
    let n = "nX<tab>2020-10-07<tab><tab>Asia/Almaty<s-tab><s-tab><s-tab>";
    refused(&mut app, n, 0, "", "needs a title");
    refused(&mut app, n, 1, "23.10.2018", "");
    refused(&mut app, n, 2, "2001-01-01", "cannot end");
    refused(&mut app, n, 3, "Almaty", "filled in `Asia/Almaty`");
    // Nothing was written, nothing changed.
    assert_eq!(app.library.entries.len(), 1);
    assert_eq!(app.library.entries[0].meeting(), &meeting);
    assert!(!app.library.entries[0].editor.is_dirty());
    assert_eq!(fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn quitting_with_unsaved_edits_asks() {
    let (_d, path, mut app) = vcasie();
    let before = fs::read_to_string(&path).unwrap();
    press(&mut app, "2D");
    assert!(app.library.entries[0].editor.is_dirty());
    press(&mut app, "q");
    assert!(!app.quit);
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    press(&mut app, "c");
    assert!(!app.quit && app.context().overlay().is_none());
    press(&mut app, ":q<ret>");
    assert!(!app.quit, ":q asks too");
    press(&mut app, "<esc>");
    // Ctrl-C asks; a second Ctrl-C quits without saving.
    press(&mut app, "<C-c>");
    assert!(!app.quit);
    press(&mut app, "<C-c>");
    assert!(app.quit);
    assert_eq!(fs::read_to_string(&path).unwrap(), before);

    // "s" saves, then quits.
    let (_d2, path2, mut app2) = vcasie();
    press(&mut app2, "2Dq");
    press(&mut app2, "s");
    assert!(app2.quit, "{}", status(&app2));
    assert_ne!(fs::read_to_string(&path2).unwrap(), before);

    // Nothing unsaved: q quits at once.
    let (_d3, _p3, mut app3) = vcasie();
    press(&mut app3, "q");
    assert!(app3.quit);
}

#[test]
fn a_conflict_shows_the_moment_it_is_made_and_goes_when_undone() {
    let (_d, _p, mut app) = vcasie();
    let problems = app.library.entries[0].problems.len();
    press(&mut app, "2");
    let sel = app.selected_session().unwrap();
    // Duplicating a session books its room, chair and speakers twice at once.
    press(&mut app, "D");
    assert!(
        app.library.entries[0].problems.len() > problems,
        "{}",
        status(&app)
    );
    assert!(status(&app).contains("new problem"), "{}", status(&app));
    let copy = sel + 1;
    assert!(
        !app.library.entries[0].session_problems[copy].is_empty(),
        "the row is marked"
    );
    assert!(app.problems.rows.len() > problems);
    press(&mut app, "u");
    assert_eq!(app.library.entries[0].problems.len(), problems);
}

#[test]
fn move_shorten_lengthen_and_status_keys() {
    let (_d, _p, mut app) = vcasie();
    press(&mut app, "2");
    let sel = app.selected_session().unwrap();
    let s0 = app.library.entries[0].meeting().sessions[sel].clone();
    press(&mut app, ">");
    let s1 = app.library.entries[0].meeting().sessions[sel].clone();
    assert_eq!(s1.minutes(), s0.minutes().map(|m| m + 15));
    press(&mut app, "<lt><lt>");
    let s2 = app.library.entries[0].meeting().sessions[sel].clone();
    assert_eq!(s2.minutes(), s0.minutes().map(|m| m - 15));
    press(&mut app, "m<tab><C-u>1600<ret>");
    let s3 = app.library.entries[0].meeting().sessions[sel].clone();
    assert_eq!(s3.start, Clock::hm(16, 0));
    assert_eq!(s3.minutes(), s2.minutes());
    press(&mut app, "uuuu");
    assert_eq!(app.library.entries[0].meeting().sessions[sel], s0);

    press(&mut app, "3");
    let i = app.roster.selected().unwrap();
    let st = app.library.entries[0].meeting().people()[i].status;
    press(&mut app, "<space>");
    assert_eq!(
        app.library.entries[0].meeting().people()[i].status,
        st.next()
    );
    // Removing someone booked says where they appear.
    press(&mut app, "d");
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    press(&mut app, "n");
    assert_eq!(app.context().overlay(), None);
    // A reflex Enter keeps them: "keep" is the first answer.
    let people = app.library.entries[0].meeting().people().len();
    press(&mut app, "d<ret>");
    assert_eq!(app.context().overlay(), None);
    assert_eq!(app.library.entries[0].meeting().people().len(), people);
    press(&mut app, "dy");
    assert_eq!(app.library.entries[0].meeting().people().len(), people - 1);
}

#[test]
fn a_file_changed_on_disk_is_reloaded_or_asked_about() {
    let (_d, path, mut app) = vcasie();
    press(&mut app, "2");
    // No unsaved edits: reloaded.
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("Webinar 2:", "Webinar Two:", 1)).unwrap();
    app.update(plenary::tui::Action::Tick);
    assert!(
        status(&app).contains("changed on disk; reloaded"),
        "{}",
        status(&app)
    );
    assert!(
        app.library.entries[0]
            .meeting()
            .sessions
            .iter()
            .any(|s| s.title.primary().starts_with("Webinar Two:"))
    );
    // Unsaved edits: asked; keep both saves mine beside theirs.
    press(&mut app, "D");
    let theirs =
        fs::read_to_string(&path)
            .unwrap()
            .replacen("Webinar Two:", "Webinar 2 (theirs):", 1);
    fs::write(&path, &theirs).unwrap();
    app.update(plenary::tui::Action::Tick);
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    press(&mut app, "k");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "theirs untouched"
    );
    let mine = path.with_file_name("2020-vcasie-mine.yaml");
    assert!(mine.exists(), "{}", status(&app));
    assert_eq!(app.library.entries.len(), 2);
    assert!(app.library.entries.iter().all(|e| !e.editor.is_dirty()));
}

#[test]
fn save_refuses_a_changed_file_it_cannot_merge_and_overwrite_keeps_theirs() {
    let (_d, path, mut app) = vcasie();
    press(&mut app, "2D");
    // Theirs does not load, so there is nothing to merge with.
    let theirs = format!("{}title: [unclosed\n", fs::read_to_string(&path).unwrap());
    fs::write(&path, &theirs).unwrap();
    press(&mut app, "<C-s>");
    assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "not overwritten silently"
    );
    press(&mut app, "o");
    assert!(status(&app).contains("theirs kept"), "{}", status(&app));
    let bak = path.with_file_name("2020-vcasie.yaml.theirs");
    assert_eq!(fs::read_to_string(bak).unwrap(), theirs);
    assert!(!app.library.entries[0].editor.is_dirty());
}

/// Shortens webinar-1 here (unsaved), and has "someone else" change the
/// file on disk with `edit`.
fn edited_here_and_there(edit: impl Fn(&str) -> String) -> (tempfile::TempDir, PathBuf, App) {
    let (d, path, mut app) = vcasie();
    press(&mut app, "2<lt>");
    let s = &app.library.entries[0].meeting().sessions[0];
    assert_eq!((s.id.as_str(), s.end), ("webinar-1", Clock::hm(12, 15)));
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, edit(&text)).unwrap();
    (d, path, app)
}

fn their_webinar_2_ends_at_five(t: &str) -> String {
    t.replacen("end: \"16:45\"", "end: \"17:00\"", 1)
}

#[test]
fn ctrl_s_merges_a_change_on_disk_to_another_session_without_a_question() {
    let (_d, path, mut app) = edited_here_and_there(their_webinar_2_ends_at_five);
    let theirs = fs::read_to_string(&path).unwrap();
    press(&mut app, "<C-s>");
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    let saved = fs::read_to_string(&path).unwrap();
    // One line differs from theirs: mine, in their layout.
    let diff: Vec<_> = theirs
        .lines()
        .zip(saved.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(diff, [("  end: \"12:30\"", "  end: \"12:15\"")]);
    assert!(status(&app).contains("merged"), "{}", status(&app));
    assert!(!app.library.entries[0].editor.is_dirty());
    let m = app.library.entries[0].meeting();
    assert_eq!(m.sessions[1].end, Clock::hm(17, 0));
}

#[test]
fn the_same_field_changed_on_disk_is_asked_about_with_both_values() {
    for (key, want) in [('t', Clock::hm(13, 0)), ('m', Clock::hm(12, 15))] {
        let (_d, path, mut app) = edited_here_and_there(|t| {
            their_webinar_2_ends_at_five(t).replacen("end: \"12:30\"", "end: \"13:00\"", 1)
        });
        let theirs = fs::read_to_string(&path).unwrap();
        press(&mut app, "<C-s>");
        assert_eq!(app.context().overlay(), Some(Overlay::Confirm));
        let Some(plenary::tui::app::editing::Modal::Confirm(q)) = app.edit.modals.last() else {
            panic!("a question");
        };
        let said = q.lines.join("\n");
        assert!(said.contains("session `webinar-1`, field `end`"), "{said}");
        assert!(said.contains("12:15") && said.contains("13:00"), "{said}");
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            theirs,
            "nothing written yet"
        );
        press(&mut app, &key.to_string());
        assert_eq!(app.context().overlay(), None, "{}", status(&app));
        let m = plenary::load::load(&path).unwrap().meeting;
        assert_eq!(m.sessions[0].end, want, "{key}");
        assert_eq!(
            m.sessions[1].end,
            Clock::hm(17, 0),
            "their other change kept"
        );
        assert!(!app.library.entries[0].editor.is_dirty());
    }
}

#[test]
fn a_conflict_can_still_be_left_for_save_as() {
    let (_d, path, mut app) =
        edited_here_and_there(|t| t.replacen("end: \"12:30\"", "end: \"13:00\"", 1));
    let theirs = fs::read_to_string(&path).unwrap();
    press(&mut app, "<C-s>k");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "theirs untouched"
    );
    assert!(
        path.with_file_name("2020-vcasie-mine.yaml").exists(),
        "{}",
        status(&app)
    );
}

#[test]
fn a_file_deleted_with_unsaved_edits_is_recreated_or_the_edits_discarded() {
    let (_d, path, mut app) = edited_here_and_there(|t| t.to_string());
    let original = fs::read_to_string(&path).unwrap();
    fs::remove_file(&path).unwrap();
    press(&mut app, "<C-s>");
    let Some(plenary::tui::app::editing::Modal::Confirm(q)) = app.edit.modals.last() else {
        panic!("a question");
    };
    assert!(q.title.contains("deleted"), "{}", q.title);
    press(&mut app, "r");
    let saved = fs::read_to_string(&path).unwrap();
    assert_eq!(
        saved,
        original.replacen("end: \"12:30\"", "end: \"12:15\"", 1)
    );
    assert!(
        !app.library.entries[0].editor.is_dirty(),
        "{}",
        status(&app)
    );

    press(&mut app, "<lt>");
    fs::remove_file(&path).unwrap();
    press(&mut app, "<C-s>d");
    assert!(!path.exists(), "discard writes nothing");
    assert!(!app.library.entries[0].editor.is_dirty());
    assert_eq!(
        app.library.entries[0].meeting().sessions[0].end,
        Clock::hm(12, 15),
        "back to what was last saved"
    );
}

#[test]
fn a_copy_of_unsaved_edits_is_offered_back_with_what_differs() {
    let (d, path) = copy_of("agendas/2020-vcasie.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let copy = path.with_file_name("2020-vcasie.yaml.unsaved");
    fs::write(&copy, text.replacen("end: \"12:30\"", "end: \"12:15\"", 1)).unwrap();
    let mut app = app_on(d.path(), 120, 40);
    app.update(plenary::tui::Action::Tick);
    let Some(plenary::tui::app::editing::Modal::Confirm(q)) = app.edit.modals.last() else {
        panic!("offered: {}", status(&app));
    };
    let said = q.lines.join("\n");
    assert!(
        said.contains("session webinar-1: end 12:30 → 12:15"),
        "{said}"
    );
    press(&mut app, "r");
    assert_eq!(app.context().overlay(), None);
    assert_eq!(
        app.library.entries[0].meeting().sessions[0].end,
        Clock::hm(12, 15)
    );
    assert!(
        app.library.entries[0].editor.is_dirty(),
        "restored, not saved yet"
    );
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        text,
        "the file untouched"
    );
    assert!(copy.exists(), "the copy is never deleted");
    press(&mut app, "u");
    app.update(plenary::tui::Action::Tick);
    assert_eq!(app.context().overlay(), None, "asked once per copy");
}

/// A copy restored (`r`) and saved: the file holds its edits, so the copy
/// is removed and neither the TUI nor `plenary check` brings it up again.
#[test]
fn a_restored_copy_is_removed_once_a_save_holds_its_edits() {
    let (d, path) = copy_of("agendas/2020-vcasie.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let copy = path.with_file_name("2020-vcasie.yaml.unsaved");
    fs::write(&copy, text.replacen("end: \"12:30\"", "end: \"12:15\"", 1)).unwrap();
    let mut app = app_on(d.path(), 120, 40);
    app.update(plenary::tui::Action::Tick);
    press(&mut app, "r");
    press(&mut app, "<C-s>");
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .contains("end: \"12:15\"")
    );
    assert!(!copy.exists(), "{}", status(&app));
    assert!(
        status(&app).contains("2020-vcasie.yaml.unsaved: its edits are in the file now"),
        "{}",
        status(&app)
    );
    let (_, said) = check(&path);
    assert!(!said.contains("unsaved"), "{said}");
    let mut again = app_on(d.path(), 120, 40);
    again.update(plenary::tui::Action::Tick);
    assert_eq!(again.context().overlay(), None);
}

/// Until a save holds the restored edits the copy stays: the restore
/// undone and another edit saved, or a save that did not write.
#[test]
fn a_restored_copy_stays_until_a_save_holds_its_edits() {
    let (d, path) = copy_of("agendas/2020-vcasie.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let copy = path.with_file_name("2020-vcasie.yaml.unsaved");
    fs::write(&copy, text.replacen("end: \"12:30\"", "end: \"12:15\"", 1)).unwrap();
    let mut app = app_on(d.path(), 120, 40);
    app.update(plenary::tui::Action::Tick);
    // Restored, undone, another edit saved: the copy's edits are not in the file.
    press(&mut app, "r");
    press(&mut app, "u");
    press(&mut app, "2j>");
    press(&mut app, "<C-s>");
    assert!(
        !app.library.entries[0].editor.is_dirty(),
        "{}",
        status(&app)
    );
    assert!(copy.exists(), "{}", status(&app));
    // Restored again (as one edit on top), but the file changed on disk:
    // the save asks instead of writing, and the copy stays.
    app.edit.unsaved_asked.clear();
    app.edit.unsaved_scanned = false;
    app.update(plenary::tui::Action::Tick);
    press(&mut app, "r");
    assert!(app.library.entries[0].editor.is_dirty());
    let now = fs::read_to_string(&path).unwrap();
    fs::write(&path, now.replacen("Webinar 2:", "Webinar Two:", 1)).unwrap();
    press(&mut app, "<C-s>");
    assert!(copy.exists(), "{}", status(&app));
}

#[test]
fn keeping_the_file_sets_the_copy_aside_and_asks_no_more() {
    let (d, path) = copy_of("agendas/2020-vcasie.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let copy = path.with_file_name("2020-vcasie.yaml.unsaved");
    fs::write(&copy, text.replacen("end: \"12:30\"", "end: \"12:15\"", 1)).unwrap();
    let mut app = app_on(d.path(), 120, 40);
    app.update(plenary::tui::Action::Tick);
    press(&mut app, "k");
    assert!(!app.library.entries[0].editor.is_dirty());
    assert!(!copy.exists());
    let seen = path.with_file_name("2020-vcasie.yaml.unsaved.seen");
    assert!(fs::read_to_string(seen).unwrap().contains("12:15"));
    let mut again = app_on(d.path(), 120, 40);
    again.update(plenary::tui::Action::Tick);
    assert_eq!(again.context().overlay(), None);
}

fn check(path: &Path) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(["check", "--deny-warnings", "--today", "2026-11-26"])
        .arg(path)
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Done means: a newcomer builds the vCASIE webinar 2 schedule from an
/// empty meeting in the TUI alone (three speakers, English floor, Russian
/// interpretation), saves it, and `plenary check` is clean.
#[test]
fn a_newcomer_builds_vcasie_webinar_2_from_an_empty_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    assert!(app.library.entries.is_empty());
    // The new-meeting form: title, first day, last day, zone, languages, format.
    press(&mut app, "n");
    press(
        &mut app,
        "vCASIE 2020 Webinar 2<tab>2020-10-07<tab><tab>Asia/Almaty<tab>",
    );
    press(&mut app, "english<ret>russian<ret><tab>onl<ret><ret>");
    assert_eq!(app.library.entries.len(), 1, "{}", status(&app));
    assert_eq!(app.view, View::Schedule);
    let path = app.library.entries[0].doc().path.clone();
    assert_eq!(
        path.file_name().unwrap(),
        "2020-10-vcasie-2020-webinar-2.yaml"
    );

    // The session: title in English (no Russian title yet), webinar, the
    // date, 15:00 for 105 minutes, the lead office, English floor with
    // Russian interpretation.
    press(&mut app, "a");
    press(
        &mut app,
        "Webinar 2: Open and Distance Education to Promote Learning and Skills Development throughout Life<tab><tab>",
    );
    press(
        &mut app,
        "webi<ret><tab><C-u>2020-10-07<tab><tab><C-u>15<tab><C-u>+105m<tab>",
    );
    // Link, Chair, Speakers, Floor language; Interpreted into; past the
    // booth (3) to the lead organization.
    press(&mut app, "<tab><tab><tab><tab><tab>ru<ret>");
    press(
        &mut app,
        "<tab><tab><tab><tab>UNESCO Institute for Lifelong Learning<tab>",
    );
    // Lead (ru), Whole session not confirmed, Notes, the empty document
    // (4) to the Id.
    press(&mut app, &format!("{}webinar-2<ret>", "<tab>".repeat(7)));
    assert_eq!(app.context().overlay(), None, "{}", status(&app));

    // Three presentations, each speaker new to the roster, added from the picker.
    press(&mut app, "i");
    for (title, speaker) in [
        (
            "Addressing digital competence challenges through DigComp and related European digital competence frameworks and tools",
            "Alessandro Brolpito",
        ),
        (
            "Digital education to enable young potential in Kazakhstan",
            "Ji-Hyun Yoon",
        ),
        (
            "Relevant educational content and OER for skills development",
            "Thekla Kelbert",
        ),
    ] {
        press(&mut app, "a");
        press(&mut app, title);
        press(&mut app, "<tab><tab>");
        press(&mut app, speaker);
        press(&mut app, "<C-a><ret>");
        assert_eq!(
            app.context().overlay(),
            Some(Overlay::Items),
            "{}",
            status(&app)
        );
    }
    press(&mut app, "<esc><C-s>");
    assert!(status(&app).starts_with("saved"), "{}", status(&app));

    let m = plenary::load::load(&path).unwrap().meeting;
    assert_eq!(m.sessions.len(), 1);
    let s = &m.sessions[0];
    assert_eq!(s.id, "webinar-2");
    assert_eq!(s.kind, SessionKind::Webinar);
    assert_eq!((s.start, s.end), (Clock::hm(15, 0), Clock::hm(16, 45)));
    assert_eq!(s.language, ["en"]);
    assert_eq!(s.interpretation, [Channel::to("ru")]);
    let speakers: Vec<&str> = s
        .items
        .iter()
        .flat_map(|i| i.speakers.iter())
        .map(|id| m.participant(id).unwrap().name.primary())
        .collect();
    assert_eq!(
        speakers,
        ["Alessandro Brolpito", "Ji-Hyun Yoon", "Thekla Kelbert"]
    );
    let (ok, out) = check(&path);
    assert!(
        ok,
        "plenary check:\n{out}\n{}",
        fs::read_to_string(&path).unwrap()
    );
}

#[test]
fn a_file_with_comments_saves_at_once_and_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2020-vcasie.yaml");
    let original = format!(
        "# Checked against the programme PDF.\n{}",
        fs::read_to_string("agendas/2020-vcasie.yaml").unwrap()
    );
    fs::write(&path, &original).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    press(&mut app, "2]");
    press(&mut app, "<C-s>");
    // No question: a save keeps comments, so nothing is at stake.
    assert_eq!(app.context().overlay(), None);
    assert!(status(&app).starts_with("saved"), "{}", status(&app));
    let saved = fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with("# Checked against the programme PDF.\n"));
    assert!(!dir.path().join("2020-vcasie.yaml.bak").exists());
    assert!(!app.library.entries[0].editor.is_dirty());
}

#[test]
fn times_are_shown_as_understood_when_leaving_the_field() {
    let (_d, _p, mut app) = vcasie();
    press(&mut app, "2a<tab><tab><tab><tab><tab>3pm<tab>");
    let f = app.edit.form().unwrap();
    assert_eq!(f.get("start"), "15:00");
    press(&mut app, "+90m<tab>");
    assert_eq!(
        app.edit.form().unwrap().get("end"),
        "16:30",
        "a length is shown as the end it means"
    );
    press(&mut app, "<s-tab><s-tab>1100<tab>");
    assert_eq!(app.edit.form().unwrap().get("start"), "11:00");
    press(&mut app, "<esc>");
}

#[test]
fn a_participant_added_in_the_roster_is_selected_and_editable() {
    let (_d, _p, mut app) = vcasie();
    press(
        &mut app,
        "3aGulnara Kussidenova<tab><tab><tab><tab>UNESCO IITE<tab><tab><tab><tab>KZ<tab><tab>ru<ret>kaz<ret><ret>",
    );
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    let m = app.library.entries[0].meeting();
    let i = app.roster.selected().unwrap();
    let p = &m.people()[i];
    assert_eq!(p.name.primary(), "Gulnara Kussidenova");
    assert_eq!(
        p.id, "kussidenova-gulnara",
        "family name first, as docs/format.md asks"
    );
    assert_eq!(p.country.as_deref(), Some("KZ"));
    assert_eq!(p.languages, ["ru", "kk"]);
    // Renaming the id is refused when taken, accepted when free.
    press(&mut app, "e<tab><tab>kussidenova-g<ret>");
    let m = app.library.entries[0].meeting();
    assert_eq!(
        m.people()[app.roster.selected().unwrap()].id,
        "kussidenova-g"
    );
    let n = m.people().len();
    press(&mut app, "uu");
    assert_eq!(app.library.entries[0].meeting().people().len(), n - 1);
}

#[test]
fn the_meeting_itself_is_edited_and_checked_like_a_new_one() {
    let (_d, _p, mut app) = vcasie();
    let before = app.library.entries[0].meeting().clone();
    press(&mut app, "1e");
    assert!(app.edit.form().is_some());
    // A bad zone is refused at its field.
    // Title (en), Title (ru), First day, Last day, Time zone.
    press(&mut app, "<tab><tab><tab><tab>Almaty<ret>");
    let f = app.edit.form().expect("still open");
    assert!(
        f.fields[f.focus]
            .error
            .as_deref()
            .unwrap_or("")
            .contains("Asia/Almaty")
    );
    press(&mut app, "<C-u>Asia/Almaty<tab><space>kaz<ret><ret>");
    assert_eq!(app.context().overlay(), None, "{}", status(&app));
    let m = app.library.entries[0].meeting();
    assert_eq!(m.languages, ["en", "ru", "kk"]);
    assert_eq!(m.title, before.title, "an unchanged title keeps its form");
    press(&mut app, "u");
    assert_eq!(app.library.entries[0].meeting(), &before);
}

#[test]
fn a_termination_signal_keeps_unsaved_edits_beside_the_file() {
    let (_d, path, mut app) = vcasie();
    let before = fs::read_to_string(&path).unwrap();
    press(&mut app, "2D");
    let edited = app.library.entries[0].meeting().clone();
    app.update(plenary::tui::Action::Run(plenary::tui::Command::Terminate));
    assert!(app.quit, "no question: nobody may be there to answer");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        before,
        "the file is left alone"
    );
    let kept = path.with_file_name("2020-vcasie.yaml.unsaved");
    let text = fs::read_to_string(&kept).unwrap();
    assert_eq!(plenary::load::parse_meeting(&kept, &text).unwrap(), edited);
    assert!(
        app.edit
            .exit_note
            .as_deref()
            .unwrap_or("")
            .contains(".unsaved")
    );
    // A second signal (another edit, another Plenary) never overwrites the first copy.
    app.quit = false;
    press(&mut app, "D");
    app.update(plenary::tui::Action::Run(plenary::tui::Command::Terminate));
    assert_eq!(
        fs::read_to_string(&kept).unwrap(),
        text,
        "the first copy is intact"
    );
    let second = path.with_file_name("2020-vcasie.yaml.unsaved.2");
    assert!(second.exists());
    assert!(
        app.edit
            .exit_note
            .as_deref()
            .unwrap_or("")
            .contains(".unsaved.2")
    );
}

#[test]
fn unsaved_clears_when_undo_is_back_at_the_saved_text() {
    let (_d, _p, mut app) = vcasie();
    press(&mut app, "2");
    let e = app.current().unwrap();
    assert!(!app.library[e].editor.is_dirty(), "dirty before any edit");
    press(&mut app, "e<tab><tab><tab><tab><tab><C-u>7:00<ret>");
    assert!(app.library[e].editor.is_dirty(), "{}", status(&app));
    press(&mut app, "u");
    assert!(!app.library[e].editor.is_dirty(), "{}", status(&app));
    // Saved, edited twice, undone twice: back at the saved text again.
    press(&mut app, "<C-s>");
    press(&mut app, "e<tab><tab><tab><tab><tab><C-u>7:00<ret>");
    press(&mut app, "e<tab><tab><tab><tab><tab><C-u>6:00<ret>");
    press(&mut app, "uu");
    assert!(!app.library[e].editor.is_dirty(), "{}", status(&app));
    let shown = format!("{}", common::app::draw(&app).backend());
    assert!(!shown.contains("unsaved"), "{shown}");
}
