//! Every view, dialog and detail panel at 80x24 with the interface in
//! Russian (its words are longer than English ones): snapshots to read for
//! cut words, and a check that the keymap's words on screen are Russian.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::app::{app_on, draw, select_meeting};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::i18n::{Lang, with_lang};
use plenary::tui::action::{Action, Command, View};
use plenary::tui::app::App;
use plenary::tui::event;

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

/// Types `keys` as a person would: `<esc>`, `<ret>`, `<tab>`, `<spc>`,
/// `<down>`, `<C-u>` name the keys that are not characters.
fn press(app: &mut App, keys: &str) {
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let named = rest.find('>').map(|e| (&rest[..=e], e + 1));
        let (code, mods, len) = match named {
            Some(("<esc>", n)) => (KeyCode::Esc, KeyModifiers::NONE, n),
            Some(("<ret>", n)) => (KeyCode::Enter, KeyModifiers::NONE, n),
            Some(("<tab>", n)) => (KeyCode::Tab, KeyModifiers::NONE, n),
            Some(("<spc>", n)) => (KeyCode::Char(' '), KeyModifiers::NONE, n),
            Some(("<down>", n)) => (KeyCode::Down, KeyModifiers::NONE, n),
            Some(("<C-u>", n)) => (KeyCode::Char('u'), KeyModifiers::CONTROL, n),
            _ => (KeyCode::Char(c), KeyModifiers::NONE, c.len_utf8()),
        };
        rest = &rest[len..];
        let key = KeyEvent::new(code, mods);
        if let Some(a) = event::to_action(Event::Key(key), &app.context()) {
            app.update(a);
        }
    }
}

/// Opens vCASIE in `view` (2 Schedule, 3 Roster, 4 Follow-ups, 6 Interpretation).
fn vcasie(app: &mut App, view: char) {
    select_meeting(app, "vCASIE");
    press(app, &view.to_string());
}

/// A meeting with two records of one person (`=` in the Roster), for the
/// merge dialog; read, never written.
const TWINS: &str = "tests/fixtures/ru_twins";

/// Every dialog worth a snapshot, as (name, how to open it) on `agendas`.
const DIALOGS: [Scenario; 17] = [
    ("dlg_items", |a| {
        vcasie(a, '2');
        press(a, "i");
    }),
    ("dlg_export", |a| {
        vcasie(a, '2');
        press(a, "X");
    }),
    ("dlg_command_line", |a| {
        vcasie(a, '2');
        press(a, ":wx");
    }),
    ("dlg_zone", |a| {
        vcasie(a, '2');
        press(a, "ZEurope/Par");
    }),
    ("dlg_participant_form", |a| {
        vcasie(a, '3');
        press(a, "a");
    }),
    ("dlg_participant_edit", |a| {
        vcasie(a, '3');
        press(a, "e");
    }),
    ("dlg_language_picker", |a| {
        vcasie(a, '3');
        press(a, &format!("a{}<spc>", "<tab>".repeat(10)));
    }),
    ("dlg_remove_participant", |a| {
        vcasie(a, '3');
        press(a, "d");
    }),
    ("dlg_import_path", |a| {
        vcasie(a, '3');
        press(a, "I");
    }),
    ("dlg_roster_choice", |a| {
        vcasie(a, '3');
        press(a, "r");
    }),
    ("dlg_followup_form", |a| {
        select_meeting(a, "CASIE 2022");
        press(a, "4e");
    }),
    ("dlg_followup_note", |a| {
        select_meeting(a, "CASIE 2022");
        press(a, "4n");
    }),
    ("dlg_interp_add", |a| {
        vcasie(a, '6');
        press(a, "ji");
    }),
    ("dlg_interp_relay", |a| {
        vcasie(a, '6');
        press(a, "jr");
    }),
    ("dlg_quit_unsaved", |a| {
        vcasie(a, '3');
        press(a, "<spc>q");
    }),
    ("panel_roster_across", |a| {
        vcasie(a, '3');
        press(a, "A");
    }),
    ("panel_review", |a| {
        select_meeting(a, "CASIE 2022");
        press(a, "4R");
    }),
];

#[test]
fn every_dialog_in_russian_at_80x24() {
    with_lang(Lang::Ru, || {
        for (name, go) in DIALOGS {
            let mut app = app_on("agendas", 80, 24);
            go(&mut app);
            let t = draw(&app);
            insta::assert_snapshot!(format!("ru_{name}_80x24"), t.backend());
        }
    });
}

/// The dialogs that need a meeting of their own: merging twins, and an
/// import's preview.
#[test]
fn merge_and_import_dialogs_in_russian_at_80x24() {
    // Relative to the crate's folder, where tests run: the snapshot names no machine's path.
    let csv = "tests/fixtures/registration/zoom_attendees.csv";
    with_lang(Lang::Ru, || {
        let scenes: [(&str, String); 6] = [
            ("dlg_merge", "3jM".into()),
            ("dlg_import_preview", format!("3I<C-u>{csv}<ret>")),
            ("dlg_items_twins", "2i".into()),
            ("dlg_delete_item", "2id".into()),
            ("panel_session_items", "2".into()),
            // A break's title in each working language: en and ru.
            ("dlg_break_twins", "2b".into()),
        ];
        for (name, keys) in scenes {
            let mut app = app_on(TWINS, 80, 24);
            press(&mut app, &keys);
            let t = draw(&app);
            insta::assert_snapshot!(format!("ru_{name}_80x24"), t.backend());
        }
    });
}

/// The import's preview wide enough to read whole lines: the fields an
/// update fills, a role and a status that change (участник → докладчик)
/// and the fields whose values differ, all in Russian words.
#[test]
fn import_preview_fields_in_russian_at_150x30() {
    let csv = "tests/fixtures/registration/words_ru.csv";
    with_lang(Lang::Ru, || {
        let mut app = app_on("tests/fixtures/ru_import", 150, 30);
        press(&mut app, &format!("3I<C-u>{csv}<ret>o"));
        let t = draw(&app);
        insta::assert_snapshot!("ru_dlg_import_preview_fields_150x30", t.backend());
    });
}

/// The slot finder (`F` on a session in the Schedule) in Russian: the
/// heading's plural, the reasons for ranking and the near misses.
#[test]
fn the_slot_finder_in_russian_at_80x24() {
    with_lang(Lang::Ru, || {
        let mut app = app_on("agendas", 80, 24);
        vcasie(&mut app, '2');
        press(&mut app, "jF");
        let t = draw(&app);
        insta::assert_snapshot!("ru_dlg_slot_finder_80x24", t.backend());
    });
}

/// The questions and forms the catalogue's newer words reach: a shift held
/// back by midnight, a move past midnight, a new meeting's form refusing
/// an empty one, and the offer of a previous session's unsaved edits.
#[test]
fn questions_and_refusals_in_russian_at_80x24() {
    with_lang(Lang::Ru, || {
        let scenes: [(&str, &str); 3] = [
            // Ending `opening` at 23:30 and shifting the rest: `training` would cross midnight.
            ("dlg_shift_question", "2R<C-u>23:30<tab><spc><ret>"),
            (
                "dlg_move_past_midnight",
                "2m<C-u>2018-10-23<tab><C-u>23:40<ret>",
            ),
            ("dlg_new_meeting_refused", "n<ret>"),
        ];
        for (name, keys) in scenes {
            let mut app = app_on("agendas", 80, 24);
            select_meeting(&mut app, "ICT and OER");
            press(&mut app, keys);
            let t = draw(&app);
            insta::assert_snapshot!(format!("ru_{name}_80x24"), t.backend());
        }
    });
}

/// A copy of unsaved edits is offered back with what it changes, in Russian.
#[test]
fn the_unsaved_edits_offer_in_russian_at_80x24() {
    // Inside the crate's folder, so the path shown is relative; its random
    // part is masked below.
    let d = tempfile::Builder::new()
        .prefix("ru-snap-")
        .tempdir_in(".")
        .unwrap();
    let path = d.path().join("2020-vcasie.yaml");
    let text = std::fs::read_to_string("agendas/2020-vcasie.yaml").unwrap();
    std::fs::write(&path, &text).unwrap();
    let edited = text.replacen("end: \"12:30\"", "end: \"12:15\"", 1);
    std::fs::write(path.with_file_name("2020-vcasie.yaml.unsaved"), edited).unwrap();
    let screen = with_lang(Lang::Ru, || {
        let mut app = app_on(d.path(), 80, 24);
        app.update(Action::Tick);
        format!("{}", draw(&app).backend())
    });
    let dir = d.path().file_name().unwrap().to_string_lossy().to_string();
    let masked = screen.replace(&dir, &"ru-snap-XXXXXX"[..dir.len().min(14)]);
    assert!(
        masked.contains("заседание webinar-1: end 12:30 → 12:15"),
        "{masked}"
    );
    insta::assert_snapshot!("ru_dlg_restore_unsaved_80x24", masked);
}

/// `b` writes its title in each working language, so a meeting only in
/// English gets the plain "Coffee break" it always did, whatever the
/// interface's language.
#[test]
fn a_break_in_an_english_only_meeting_is_titled_as_before() {
    with_lang(Lang::Ru, || {
        let mut app = app_on("agendas", 80, 24);
        select_meeting(&mut app, "ICT and OER");
        press(&mut app, "2b<ret>");
        let e = app.current().unwrap();
        let m = app.library[e].meeting();
        let plain = plenary::domain::Text::plain("Coffee break");
        assert!(
            m.sessions.iter().any(|s| s.title == plain),
            "no plain Coffee break"
        );
    });
}

/// The screen's lines, right ends trimmed.
fn lines_of(app: &App) -> Vec<String> {
    let t = draw(app);
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let l: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            l.trim_end().to_string()
        })
        .collect()
}

#[test]
fn the_due_and_note_prompts_are_whole_at_80_columns() {
    with_lang(Lang::Ru, || {
        let mut app = app_on("agendas", 80, 24);
        select_meeting(&mut app, "CASIE 2022");
        press(&mut app, "4d");
        let s = lines_of(&app).join("\n");
        assert!(s.contains("(ГГГГ-ММ-ДД, +14d, +2w, none)"), "{s}");
        assert!(s.contains("Enter применить · Esc сбросить"), "{s}");
        // A refused date says why, every word of it.
        press(&mut app, "zz<ret>");
        let s = lines_of(&app).join("\n");
        assert!(s.contains("`none`, чтобы снять срок"), "{s}");
    });
}

#[test]
fn a_prompt_about_a_long_id_keeps_its_question_whole() {
    with_lang(Lang::Ru, || {
        let mut app = app_on("tests/fixtures/ru_titles", 80, 24);
        press(&mut app, "4");
        let at = app
            .followups
            .rows
            .iter()
            .position(|r| {
                r.item().is_some_and(|(e, i)| {
                    app.library[e].meeting().follow_ups[i]
                        .id
                        .starts_with("send-the-regional")
                })
            })
            .unwrap();
        app.followups.list.scroll.selected = at;
        press(&mut app, "d");
        // Below the tabs, the banner and the table's title (where a long
        // meeting name is cut on purpose).
        let s = lines_of(&app)[3..].join("\n");
        let id = "send-the-regional-report-to-every-national-commission-in-central-asia";
        assert!(s.contains(id), "{s}");
        assert!(s.contains("(ГГГГ-ММ-ДД, +14d, +2w, none)"), "{s}");
        assert!(!s.contains('…'), "{s}");
    });
}

/// Forms with wrong values typed (each error read whole, wrapped under its
/// field), the other editing forms and questions, and status lines that
/// must fit one row of 80 columns.
#[test]
fn forms_questions_and_status_lines_in_russian_at_80x24() {
    with_lang(Lang::Ru, || {
        let scenes: [(&str, &str, &str); 12] = [
            (
                "dlg_session_form_errors",
                "vCASIE",
                "2aX<tab><tab><tab><C-u>2020-09-31<tab><tab><C-u>25:00<tab><C-u>90x<ret>",
            ),
            (
                "dlg_new_meeting_errors",
                "vCASIE",
                "nTest<tab>2026-13-01<tab>2025-01-01<tab>Europe/Moscowx<ret>",
            ),
            ("dlg_edit_meeting", "ICT and OER", "e"),
            ("dlg_move_session", "ICT and OER", "2m"),
            ("dlg_resize_bad_value", "ICT and OER", "2R<C-u>abc<ret>"),
            ("dlg_delete_session", "vCASIE", "2d"),
            ("dlg_followup_due", "CASIE 2022", "4d"),
            (
                "dlg_followup_due_bad",
                "CASIE 2022",
                "4e<tab><tab><tab><C-u>xyz<ret>",
            ),
            // Webinar 3's booth loses one interpreter; T on webinar 1's asks about the other days.
            ("dlg_same_team_rest", "vCASIE", "6jjjjjx<ret>gjT"),
            ("status_zone_did_you_mean", "vCASIE", "2ZTokio<ret>"),
            ("status_zone_unknown", "vCASIE", "2ZXx/Y<ret>"),
            ("status_not_a_command", "vCASIE", "2:xyz<ret>"),
        ];
        for (name, meeting, keys) in scenes {
            let mut app = app_on("agendas", 80, 24);
            select_meeting(&mut app, meeting);
            press(&mut app, keys);
            let t = draw(&app);
            insta::assert_snapshot!(format!("ru_{name}_80x24"), t.backend());
        }
    });
}

/// The lines that ran past 80 columns in Russian: the Follow-ups banner
/// with several filters on, its title with a long meeting name (and today
/// and due dates written as the language writes days), the Interpretation
/// view's line with a long meeting name and zone, and the status line after
/// a booth loses an interpreter with a long name. Each keeps what a person
/// needs whole and cuts the least useful part with `…`, in both languages.
#[test]
fn long_names_and_many_filters_fit_80_columns() {
    let scenes: [(&str, &str, &str, &str); 5] = [
        ("followups_filters", "agendas", "CASIE 2022", "4aowm#c"),
        (
            "followups_long_meeting",
            "tests/fixtures/ru_titles",
            "Regional",
            "4",
        ),
        ("interpretation_long_meeting", "agendas", "ICT and OER", "6"),
        // Times in Shanghai for a meeting written in Dushanbe.
        ("interpretation_other_zone", "agendas", "ICT and OER", "6zz"),
        ("status_out_of_booth", "agendas", "vCASIE", "6jx<ret>"),
    ];
    for (name, root, meeting, keys) in scenes {
        with_lang(Lang::Ru, || {
            let mut app = app_on(root, 80, 24);
            select_meeting(&mut app, meeting);
            press(&mut app, keys);
            let t = draw(&app);
            insta::assert_snapshot!(format!("ru_{name}_80x24"), t.backend());
        });
    }
}

/// What each of those lines must keep whole.
#[test]
fn the_fitted_lines_keep_what_matters() {
    with_lang(Lang::Ru, || {
        let mut app = app_on("agendas", 80, 24);
        select_meeting(&mut app, "CASIE 2022");
        press(&mut app, "4aowm#c");
        let s = lines_of(&app);
        for part in [
            "статус: любой",
            "ответственный: ",
            "встреча: ",
            "метка: ",
            "страна: ",
        ] {
            assert!(s[1].contains(part), "no {part} in {:?}", s[1]);
        }
        // "every meeting" whole; today left out for it.
        assert!(
            s[2].contains("все встречи: 0, просрочено 0, скоро срок 0 "),
            "{:?}",
            s[2]
        );

        let mut app = app_on("tests/fixtures/ru_titles", 80, 24);
        select_meeting(&mut app, "Regional");
        press(&mut app, "4");
        let s = lines_of(&app);
        assert!(
            s[2].contains("— Региональ…: 2, просрочено 0, скоро срок 0 · сегодня чт, 26 нояб."),
            "{:?}",
            s[2]
        );

        let mut app = app_on("agendas", 80, 24);
        select_meeting(&mut app, "vCASIE");
        press(&mut app, "6jx<ret>");
        let footer = lines_of(&app).pop().unwrap();
        assert!(
            footer
                .starts_with("Interpreter EN/RU 1 — из кабины · 1 новая проблема: см. 5 Проблемы"),
            "{footer}"
        );
        assert!(footer.ends_with("? справка"), "{footer}");

        let mut app = app_on("agendas", 80, 24);
        select_meeting(&mut app, "ICT and OER");
        press(&mut app, "6");
        let banner = &lines_of(&app)[1];
        assert!(
            banner.ends_with("время по Asia/Dushanbe (UTC+05:00)"),
            "{banner}"
        );
        assert!(banner.contains("ICT and OER"), "{banner}");
        press(&mut app, "zz");
        let banner = &lines_of(&app)[1];
        assert!(
            banner.ends_with("время по Asia/Shanghai (UTC+08:00, CST); дни: Asia/Dushanbe"),
            "{banner}"
        );
    });
    // The same rules in English.
    with_lang(Lang::En, || {
        let mut app = app_on("agendas", 80, 24);
        select_meeting(&mut app, "CASIE 2022");
        press(&mut app, "4aowm#c");
        let s = lines_of(&app);
        for part in [
            "status: any status",
            "owner: ",
            "meeting: ",
            "tag: ",
            "country: ",
        ] {
            assert!(s[1].contains(part), "no {part} in {:?}", s[1]);
        }
        let mut app = app_on("agendas", 80, 24);
        select_meeting(&mut app, "vCASIE");
        press(&mut app, "6jx<ret>");
        let footer = lines_of(&app).pop().unwrap();
        assert!(
            footer.contains("· 1 new problem: see 5 Problems  ? help"),
            "{footer}"
        );
    });
}
