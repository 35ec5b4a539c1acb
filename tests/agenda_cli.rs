//! `plenary agenda` and `plenary interpretation` through the real binary,
//! on the vCASIE 2020 reference agenda.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

const VCASIE: &str = "agendas/2020-vcasie.yaml";

fn plenary(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(args)
        .output()
        .expect("run plenary");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn agenda_in_utc_shows_webinar_1_at_five() {
    let (code, out, err) = plenary(&["agenda", VCASIE, "--tz", "UTC"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Times in UTC; the programme is written in Asia/Almaty."),
        "{out}"
    );
    assert!(
        out.contains("Friday, 25 September 2020 — UTC\n\n05:00-06:30  Webinar 1: ICT-enabled"),
        "{out}"
    );
    assert!(out.contains("09:00-10:45  Webinar 2:"), "{out}");
    assert!(
        out.contains("                Mr Jaewon Cho, Programme Officer, KERIS\n"),
        "{out}"
    );
    assert!(
        out.contains("Floor: English *. Interpretation into: Russian (two-way *)."),
        "{out}"
    );
    assert!(out.ends_with("* not confirmed yet\n"), "{out}");
}

#[test]
fn agenda_in_the_meeting_zone_and_in_paris() {
    let (_, out, _) = plenary(&["agenda", VCASIE]);
    assert!(out.contains("Times in Asia/Almaty.\n"), "{out}");
    assert!(
        out.contains(
            "Friday, 25 September 2020 — Asia/Almaty (UTC+06:00)\n\n11:00-12:30  Webinar 1"
        ),
        "{out}"
    );
    let (_, out, _) = plenary(&["agenda", VCASIE, "--tz", "Europe/Paris"]);
    assert!(
        out.contains("Europe/Paris (UTC+02:00, CEST)\n\n07:00-08:30  Webinar 1"),
        "{out}"
    );
    let (_, out, _) = plenary(&["agenda", VCASIE, "--lang", "ru", "--width", "0"]);
    assert!(
        out.contains("Пятница, 25 сентября 2020 — Asia/Almaty (UTC+06:00)"),
        "{out}"
    );
    assert!(out.contains("Язык зала: английский *."), "{out}");
}

#[test]
fn a_wrong_zone_or_language_says_what_was_meant() {
    let (code, out, err) = plenary(&["agenda", VCASIE, "--tz", "Almati"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "plenary: unknown time zone `Almati`\n  hint: did you mean `Asia/Almaty`?\n"
    );
    let (code, _, err) = plenary(&["agenda", VCASIE, "--lang", "russian"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "plenary: unknown language `russian`\n  hint: did you mean `ru` (Russian)?\n"
    );
    let (code, _, err) = plenary(&["interpretation", VCASIE, "--session", "webinar-4"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no session `webinar-4`\n  hint: did you mean `webinar-1`?"),
        "{err}"
    );
}

#[test]
fn zone_abbreviations_and_offsets_are_read_and_said() {
    let (code, out, err) = plenary(&["agenda", VCASIE, "--tz", "JST"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "note: --tz JST read as Asia/Tokyo\n");
    assert!(out.contains("Times in Asia/Tokyo"), "{out}");
    let (code, out, err) = plenary(&["agenda", VCASIE, "--tz", "UTC+9"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Times in Etc/GMT-9"), "{out}");
    let (code, _, err) = plenary(&["agenda", VCASIE, "--tz", "+09:00"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = plenary(&["agenda", VCASIE, "--tz", "CST"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("America/Chicago, Asia/Shanghai, America/Havana; give one of them"),
        "{err}"
    );
}

#[test]
fn interpretation_plan_with_turns() {
    let (code, out, err) = plenary(&["interpretation", VCASIE, "--session", "webinar-2"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("  webinar-2  15:00-16:45  floor  2/2 2-way\n"),
        "{out}"
    );
    assert!(out.contains("  Turn plan: webinar-2, Russian booth (ru)\n    15:00-15:30  Interpreter EN/RU 1 (not named in the report) *\n    15:30-16:00  Interpreter EN/RU 2"), "{out}");
    assert!(
        out.contains("    16:30-16:45  Interpreter EN/RU 2"),
        "{out}"
    );
    assert!(!out.contains("Warnings"), "{out}");
    let (_, out, _) = plenary(&["interpretation", VCASIE, "--tz", "UTC"]);
    assert!(
        out.contains("  webinar-1  05:00-06:30  floor  2/2 2-way\n"),
        "{out}"
    );
    assert!(!out.contains("Turn plan"), "{out}");
}

#[test]
fn vcasie_checks_clean() {
    let (code, out, err) = plenary(&["check", "--deny-warnings", "--today", "2026-11-26", VCASIE]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
}
