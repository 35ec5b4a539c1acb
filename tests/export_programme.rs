//! The printed programme (HTML and Markdown): self-contained, complete for
//! a participant, numbered as the source numbers, proposed values marked
//! and explained once, a page per day in print.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use plenary::export::sequence::SequenceState;
use plenary::export::{self, Format, Options, Selection};
use plenary::{load, zones};

fn render(path: &str, format: Format, f: impl FnOnce(&mut Options)) -> String {
    let path = Path::new(path);
    let doc = load::load(path).unwrap();
    let written = zones::meeting_zone(&doc.meeting).unwrap();
    let mut o = Options {
        langs: vec!["en".into()],
        shown: written,
        selection: Selection::All,
        meeting_key: path.file_stem().unwrap().to_string_lossy().into(),
        tzid: false,
        stamp: chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
    };
    f(&mut o);
    export::render(
        &doc.meeting,
        written,
        format,
        &o,
        &mut SequenceState::default(),
    )
    .unwrap()
    .text
}

const VCASIE: &str = "agendas/2020-vcasie.yaml";

#[test]
fn vcasie_programme_snapshot() {
    insta::assert_snapshot!(
        "vcasie_programme_html",
        render(VCASIE, Format::Html, |_| {})
    );
}

#[test]
fn vcasie_programme_markdown_snapshot() {
    insta::assert_snapshot!("vcasie_programme_md", render(VCASIE, Format::Md, |_| {}));
}

#[test]
fn every_programme_is_self_contained_and_explains_the_mark_once() {
    for entry in std::fs::read_dir("agendas").unwrap() {
        let path = entry.unwrap().path();
        let html = render(path.to_str().unwrap(), Format::Html, |_| {});
        for outside in ["<script", "<link", "src=", "@import", "url("] {
            assert!(
                !html.contains(outside),
                "{path:?} reaches out with {outside}"
            );
        }
        assert!(html.contains("section.day { break-before: page; }"));
        let marks = html.matches("class=\"tent\"").count();
        let legends = html.matches("class=\"legend\"").count();
        assert_eq!(legends, usize::from(marks > 1), "{path:?}");
        assert!(
            !html.contains("(proposed)</span> <span class=\"tent\">"),
            "doubled mark in {path:?}"
        );
        let md = render(path.to_str().unwrap(), Format::Md, |_| {});
        assert!(
            !md.contains("_(proposed)_ _(proposed)_"),
            "doubled mark in {path:?}"
        );
    }
}

#[test]
fn vcasie_webinar_1_numbers_each_country_overview_as_the_programme_does() {
    let html = render(VCASIE, Format::Html, |_| {});
    let w1 = &html[html.find("id=\"webinar-1\"").unwrap()..html.find("id=\"webinar-2\"").unwrap()];
    // Four overviews under one title are four talks, numbered 1 to 4 as
    // `plenary agenda` and the TUI number them.
    assert_eq!(w1.matches("<li value=").count(), 6);
    for (n, c) in ["Kazakhstan", "Kyrgyz Republic", "Tajikistan", "Uzbekistan"]
        .iter()
        .enumerate()
    {
        let at = w1.find(&format!("<li value=\"{}\"", n + 1)).unwrap();
        let end = w1.find(&format!("<li value=\"{}\"", n + 2)).unwrap();
        assert!(w1[at..end].contains(c), "point {} holds {c}", n + 1);
    }
    assert!(w1.contains("<li value=\"5\"><span class=\"item-title\">Inter-government"));
    assert!(w1.contains("<b>Mr Jaewon Cho</b>, Programme Officer, KERIS"));
    assert!(w1.contains("<b>Dr Sanghyun Jang</b>"));
    assert!(w1.contains("on behalf of Korean Ministry of Education"));
    assert!(w1.contains("Recording:</span> Webinar 1 Recordings — English · Russian"));
    assert!(w1.contains("11:00–12:30"));
    assert!(html.contains("Asia/Almaty (UTC+06:00)"));
}

#[test]
fn hostile_text_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.yaml");
    let text = std::fs::read_to_string(VCASIE).unwrap().replacen(
        "title: 'Webinar 1:",
        "link: 'javascript:alert(1)'\n  title: '<img src=x onerror=alert(1)> Webinar 1:",
        1,
    );
    std::fs::write(&p, text).unwrap();
    let html = render(p.to_str().unwrap(), Format::Html, |_| {});
    assert!(!html.contains("<img"));
    assert!(!html.contains("href=\"javascript"));
    let md = render(p.to_str().unwrap(), Format::Md, |_| {});
    assert!(md.contains("\\<img"));
    assert!(!md.contains("](<javascript"));
}

#[test]
fn a_speakers_brief_shows_their_own_time_and_role() {
    let html = render(VCASIE, Format::Html, |o| {
        o.selection = Selection::Person("cho-jaewon".into())
    });
    assert_eq!(html.matches("<article class=\"session\"").count(), 1);
    assert!(
        html.contains("your time: 14:00–15:30 Asia/Seoul (UTC+09:00, KST)"),
        "{html}"
    );
    assert!(html.contains("Your role:</span> speaker"));
}

#[test]
fn an_interpreters_brief_shows_booth_and_turns() {
    let html = render(VCASIE, Format::Html, |o| {
        o.selection = Selection::Person("interpreter-en-ru-1".into());
        o.shown = chrono_tz::UTC;
    });
    assert_eq!(html.matches("<article class=\"session\"").count(), 3);
    assert!(html.contains("Booth:</span> Russian — with"));
    assert!(html.contains("Your turns on the microphone:</span> 05:00–05:30, 06:00–06:30"));
}

#[test]
fn two_languages_label_side_by_side() {
    let html = render(VCASIE, Format::Html, |o| {
        o.langs = vec!["en".into(), "ru".into()]
    });
    assert!(html.contains("Floor language / Язык зала"));
    let ru = render(VCASIE, Format::Md, |o| o.langs = vec!["ru".into()]);
    assert!(ru.contains("## Пятница, 25 сентября 2020"));
}
