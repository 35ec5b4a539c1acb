//! The participant form holds the whole record: every participant of the
//! bundled agendas goes through it (Tab past every field) and the file
//! stays byte for byte; name, organization and position are edited per
//! working language and keep their shape; an interpreter (a bilingual
//! name, A/B/C languages, time zone, honorific) is made entirely in the
//! TUI, reads back from the saved file as it was typed, and the Roster's
//! detail panel names their zone and languages in English and Russian.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::app::{app_on, draw};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use plenary::domain::{InterpreterLanguages, Role, Status, Tentative, Text};
use plenary::i18n::{Lang, with_lang};
use plenary::tui::app::App;
use plenary::tui::event;

fn copy_of(agenda: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(Path::new(agenda).file_name().unwrap());
    fs::copy(agenda, &path).unwrap();
    (dir, path)
}

/// Keys as typed: characters, and `<tab>`, `<ret>`, `<esc>`, `<C-x>`.
fn press(app: &mut App, keys: &str) {
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (code, mods, len) = match rest.split_once('>') {
            Some((name, _)) if c == '<' && name.len() > 1 => {
                let (code, mods) = match &name[1..] {
                    "tab" => (KeyCode::Tab, KeyModifiers::NONE),
                    "ret" => (KeyCode::Enter, KeyModifiers::NONE),
                    "esc" => (KeyCode::Esc, KeyModifiers::NONE),
                    n if n.starts_with("C-") => (
                        KeyCode::Char(n.chars().nth(2).unwrap()),
                        KeyModifiers::CONTROL,
                    ),
                    other => panic!("unknown key <{other}>"),
                };
                (code, mods, name.len() + 1)
            }
            _ => (KeyCode::Char(c), KeyModifiers::NONE, c.len_utf8()),
        };
        rest = &rest[len..];
        if let Some(a) = event::to_action(Event::Key(KeyEvent::new(code, mods)), &app.context()) {
            app.update(a);
        }
    }
}

/// The Roster, on the participant `id`.
fn to_person(app: &mut App, id: &str) {
    press(app, "3");
    for _ in 0..app.library.entries[0].meeting().people().len() {
        let at = app.roster.selected().unwrap();
        if app.library.entries[0].meeting().people()[at].id == id {
            return;
        }
        press(app, "j");
    }
    panic!("no participant {id}");
}

fn bilingual(en: &str, ru: &str) -> Text {
    Text::Multi(
        [("en", en), ("ru", ru)]
            .map(|(l, v)| (l.to_string(), v.to_string()))
            .into(),
    )
}

fn status(app: &App) -> String {
    app.status.as_deref().unwrap_or_default().to_string()
}

/// The five bundled agendas and the CASIE day fixture.
const AGENDAS: [&str; 6] = [
    "agendas/2018-10-dushanbe-ict-oer-sdg4.yaml",
    "agendas/2019-04-bishkek-festival-round-table.yaml",
    "agendas/2020-12-unesco-weidong-expert-meeting.yaml",
    "agendas/2020-vcasie.yaml",
    "agendas/2022-10-casie.yaml",
    "tests/symposium/casie-day.yaml",
];

#[test]
fn every_participant_goes_through_the_form_unchanged() {
    for agenda in AGENDAS {
        let (dir, path) = copy_of(agenda);
        let before_text = fs::read_to_string(&path).unwrap();
        let mut app = app_on(dir.path(), 120, 40);
        let before = app.library.entries[0].meeting().clone();
        let n = before.people().len();
        press(&mut app, "3");
        let mut seen = Vec::new();
        for _ in 0..n {
            seen.push(app.roster.selected().unwrap());
            // Through every field (each one left once), then applied.
            press(&mut app, "e");
            let fields = app.edit.form().expect("the participant form").fields.len();
            press(&mut app, &"<tab>".repeat(fields));
            press(&mut app, "<ret>");
            assert!(app.edit.form().is_none(), "{agenda}: {}", status(&app));
            press(&mut app, "j");
        }
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), n, "{agenda}: every participant was opened");
        assert_eq!(app.library.entries[0].meeting(), &before, "{agenda}");
        assert!(
            !app.library.entries[0].editor.is_dirty(),
            "{agenda}: an unchanged form makes no edit"
        );
        press(&mut app, "<C-s>");
        assert_eq!(fs::read_to_string(&path).unwrap(), before_text, "{agenda}");
    }
}

#[test]
fn an_interpreter_is_made_entirely_in_the_tui() {
    let (dir, path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    press(
        &mut app,
        concat!(
            // Name and organization in English and Russian; the position
            // in English only stays a plain text.
            "3aAigerim Sadykova<tab>Айгерим Садыкова<tab><tab>Ms",
            "<tab>UNESCO Almaty<tab>ЮНЕСКО Алматы<tab>Conference interpreter<tab>",
            "<tab>KZ<tab>Asia/Almaty<tab>kk<ret>ru<ret>",
            "<tab>interp<ret><tab>conf<ret><tab>a.sadykova@example.org",
            "<tab>kk<ret><tab>ru<ret><tab>en<ret><tab>Booth 1 on day one<ret>",
        ),
    );
    assert!(app.edit.form().is_none(), "{}", status(&app));
    let m = app.library.entries[0].meeting();
    let p = &m.people()[app.roster.selected().unwrap()];
    assert_eq!(p.id, "sadykova-aigerim");
    assert_eq!(p.name, bilingual("Aigerim Sadykova", "Айгерим Садыкова"));
    assert_eq!(p.honorific.as_deref(), Some("Ms"));
    assert_eq!(
        p.organization,
        Some(bilingual("UNESCO Almaty", "ЮНЕСКО Алматы"))
    );
    assert_eq!(p.position, Some(Text::plain("Conference interpreter")));
    assert_eq!(p.country.as_deref(), Some("KZ"));
    assert_eq!(p.timezone.as_deref(), Some("Asia/Almaty"));
    assert_eq!(p.languages, ["kk", "ru"]);
    assert_eq!(p.role, Role::Interpreter);
    assert_eq!(p.status, Status::Confirmed);
    assert_eq!(p.email.as_deref(), Some("a.sadykova@example.org"));
    assert_eq!(
        p.interpreting,
        Some(Box::new(InterpreterLanguages {
            a: "kk".into(),
            b: vec!["ru".into()],
            c: vec!["en".into()],
        }))
    );
    assert_eq!(p.notes.as_deref(), Some("Booth 1 on day one"));
    let made = p.clone();
    press(&mut app, "<C-s>");
    assert!(status(&app).starts_with("saved "), "{}", status(&app));
    let back = plenary::load::load(&path).unwrap().meeting;
    assert_eq!(back.participant(&made.id), Some(&made));
    // The detail panel names the time zone and the A/B/C languages, in
    // both interface languages.
    let mut wide = app_on(dir.path(), 200, 40);
    to_person(&mut wide, &made.id);
    insta::assert_snapshot!("interpreter_detail_200x40", draw(&wide).backend());
    let en = format!("{:?}", draw(&wide).backend());
    assert!(en.contains("Time zone: Asia/Almaty"), "{en}");
    assert!(
        en.contains("Interpreting: A Kazakh · B Russian · C English"),
        "{en}"
    );
    let ru = with_lang(Lang::Ru, || format!("{:?}", draw(&wide).backend()));
    assert!(ru.contains("Часовой пояс: Asia/Almaty"), "{ru}");
    assert!(
        ru.contains("Языки перевода: A казахский · B русский · C английский"),
        "{ru}"
    );
    // The whole record in one form, at the smallest size the app supports.
    let mut small = app_on(dir.path(), 80, 24);
    to_person(&mut small, &made.id);
    // To Also into (B): past the three texts' two languages each.
    press(&mut small, &format!("e{}", "<tab>".repeat(15)));
    insta::assert_snapshot!("interpreter_form_80x24", draw(&small).backend());
    // Emptying the A/B/C fields makes them no interpreter's languages again.
    press(
        &mut app,
        &format!("e{}<C-u><tab><C-u><tab><C-u><ret>", "<tab>".repeat(14)),
    );
    assert!(app.edit.form().is_none(), "{}", status(&app));
    let m = app.library.entries[0].meeting();
    assert_eq!(m.participant(&made.id).unwrap().interpreting, None);
}

#[test]
fn b_or_c_without_an_a_language_is_refused_at_a() {
    let (dir, _path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    let before = app.library.entries[0].meeting().clone();
    press(&mut app, "3aSomeone<ret>");
    press(&mut app, "u");
    press(
        &mut app,
        &format!("aSomeone{}en<ret><ret>", "<tab>".repeat(15)),
    );
    let f = app.edit.form().expect("the form stays open");
    let at = &f.fields[f.focus];
    assert_eq!(at.name, "interp_a");
    assert!(
        at.error
            .as_deref()
            .unwrap_or_default()
            .contains("needs the A language"),
        "{:?}",
        at.error
    );
    press(&mut app, "<esc>");
    assert_eq!(app.library.entries[0].meeting(), &before);
}

#[test]
fn a_mistyped_zone_or_language_is_named_when_leaving_the_field() {
    let (dir, _path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    // Name (en), Name (ru), Id, Honorific, Organization and Position in
    // both languages: to Time zone.
    press(&mut app, &format!("3a{}Tokio<tab>", "<tab>".repeat(9)));
    // The zone it most likely meant is filled in, and the field says so:
    // Enter takes it.
    let f = app.edit.form().unwrap();
    let field = f.field("timezone").unwrap();
    assert_eq!(field.value, "Asia/Tokyo");
    let zone = field.error.clone().unwrap_or_default();
    assert!(zone.contains("`Tokio` is not known"), "{zone}");
    assert!(zone.contains("filled in `Asia/Tokyo`"), "{zone}");
    press(&mut app, "<esc>y");
}

#[test]
fn a_country_named_exactly_becomes_its_code_and_a_near_miss_is_suggested() {
    let (dir, _path) = copy_of("agendas/2020-vcasie.yaml");
    let mut app = app_on(dir.path(), 120, 40);
    // Name (en), Name (ru), Id, Honorific, Organization and Position in
    // both languages: to Country.
    let to_country = format!("3a{}", "<tab>".repeat(8));
    for (typed, lang) in [("Kazakhstan", Lang::En), ("Казахстан", Lang::Ru)] {
        let said = with_lang(lang, || {
            press(&mut app, &format!("{to_country}{typed}<tab>"));
            status(&app)
        });
        let f = app.edit.form().unwrap();
        let country = f.field("country").unwrap();
        assert_eq!(country.value, "KZ", "{typed}");
        assert_eq!(country.error, None, "{typed}");
        let want = match lang {
            Lang::Ru => format!("Страна: `{typed}` записано как KZ"),
            _ => format!("Country: `{typed}` written as KZ"),
        };
        assert!(said.contains(&want), "{said}");
        press(&mut app, "<esc>y");
    }
    // A near miss is not filled in: the field says what it may have meant.
    press(&mut app, &format!("{to_country}Kazakstan<tab>"));
    let f = app.edit.form().unwrap();
    let country = f.field("country").unwrap();
    assert_eq!(country.value, "Kazakstan");
    let error = country.error.clone().unwrap_or_default();
    assert!(error.contains("did you mean KZ?"), "{error}");
    press(&mut app, "<esc>y");
}

/// A participant whose texts are in several shapes, in a meeting working
/// in English and Russian: a name in both, an organization in English and
/// Kazakh (a language the meeting does not work in), a position in
/// Russian only, and a plain note.
const SHAPES: &str = "participants:
- id: abenova-dana
  name:
    en: Dana Abenova
    ru: Дана Абенова
  position:
    ru: Методист
  organization:
    en: Ministry of Education
    kk: Білім министрлігі
  role: speaker
  status: invited
";

#[test]
fn every_text_shape_survives_and_each_language_is_edited_beside_the_others() {
    let (dir, path) = copy_of("agendas/2020-vcasie.yaml");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replacen("participants:\n", SHAPES, 1);
    fs::write(&path, &text).unwrap();
    let mut app = app_on(dir.path(), 120, 40);
    let before = app.library.entries[0].meeting().clone();
    assert_eq!(before.people()[0].id, "abenova-dana");
    press(&mut app, "3");
    app.select_participant(0);
    press(&mut app, "e");
    let f = app.edit.form().unwrap();
    let shown: Vec<(&str, &str)> = f
        .fields
        .iter()
        .take(8)
        .map(|x| (x.label.as_str(), x.value.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Name (en)", "Dana Abenova"),
            ("Name (ru)", "Дана Абенова"),
            ("Id", "abenova-dana"),
            ("Honorific", ""),
            ("Organization (en)", "Ministry of Education"),
            ("Organization (ru)", ""),
            ("Position (en)", ""),
            ("Position (ru)", "Методист"),
        ]
    );
    let n = f.fields.len();
    press(&mut app, &format!("{}<ret><C-s>", "<tab>".repeat(n)));
    assert!(
        !app.library.entries[0].editor.is_dirty(),
        "{}",
        status(&app)
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text, "unchanged");
    // The Russian name and organization changed; the rest kept.
    press(
        &mut app,
        "e<tab><C-u>Дана Абенова-Сейт<tab><tab><tab><tab>Министерство образования<ret><C-s>",
    );
    assert!(app.edit.form().is_none(), "{}", status(&app));
    let back = plenary::load::load(&path).unwrap().meeting;
    let p = &back.people()[0];
    assert_eq!(p.name, bilingual("Dana Abenova", "Дана Абенова-Сейт"));
    let org = p.organization.as_ref().unwrap();
    assert_eq!(org.languages(), ["en", "kk", "ru"]);
    assert_eq!(org.get("kk", &[]), "Білім министрлігі");
    assert_eq!(org.get("ru", &[]), "Министерство образования");
    assert_eq!(p.position, before.people()[0].position);
    // Ctrl-t on the Russian organization marks the organization in both.
    press(&mut app, "e<tab><tab><tab><tab><tab><C-t>");
    let f = app.edit.form().unwrap();
    let org: Vec<bool> = ["organization:en", "organization:ru"]
        .map(|n| f.field(n).unwrap().tentative)
        .into();
    assert_eq!(org, [true, true]);
    press(&mut app, "<ret>");
    let p = &app.library.entries[0].meeting().people()[0];
    assert_eq!(p.tentative, Tentative::Fields(vec!["organization".into()]));
    // Emptied in every language, the name is asked for at its first field.
    press(&mut app, "e<C-u><tab><C-u><ret>");
    let f = app.edit.form().expect("the form stays open");
    assert_eq!(f.fields[f.focus].name, "name:en");
    press(&mut app, "<esc>");
}
