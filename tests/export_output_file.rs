//! `plenary export -o FILE` (and `generate -o`) never lose an organizer's
//! file: the agenda and its participant list are refused whatever the
//! spelling of the path, `--force` or not; another existing file only with
//! `--force`, unless it is a previous export; messages in both languages.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn plenary(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .current_dir(dir)
        .args(["--ui-lang", "en"])
        .args(args)
        .env("PLENARY_CACHE_DIR", dir.join("cache"))
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A folder with the Weidong meeting as `m.yaml`, its roster in `people/roster.yaml`.
fn meeting() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        "agendas/2020-12-unesco-weidong-expert-meeting.yaml",
        dir.path().join("m.yaml"),
    )
    .unwrap();
    fs::create_dir(dir.path().join("people")).unwrap();
    fs::write(
        dir.path().join("people/roster.yaml"),
        "participants:\n- id: li-fan\n  name: Li Fan\n  country: CN\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("split.yaml"),
        "title: T\ntimezone: Asia/Almaty\nstart_date: 2022-10-06\nparticipants: people/roster.yaml\n",
    )
    .unwrap();
    dir
}

#[test]
fn the_agenda_is_never_overwritten_even_with_force() {
    let dir = meeting();
    let before = fs::read(dir.path().join("m.yaml")).unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    for out in ["m.yaml", "./m.yaml", "sub/../m.yaml"] {
        let args = ["export", "m.yaml", "--format", "md", "-o", out, "--force"];
        let o = plenary(dir.path(), &args);
        assert_eq!(o.status.code(), Some(1), "{out}");
        let e = stderr(&o);
        assert!(e.contains("is the meeting file itself"), "{e}");
        // The file suggested has the extension of the format asked for.
        assert!(
            e.contains("hint: write the export to a file of its own, e.g. `-o programme.md`"),
            "{e}"
        );
    }
    for (format, file) in [
        ("html", "programme.html"),
        ("ics", "calendar.ics"),
        ("frab-xml", "schedule.xml"),
        ("schedule-json", "schedule.json"),
    ] {
        let o = plenary(
            dir.path(),
            &["export", "m.yaml", "--format", format, "-o", "m.yaml"],
        );
        assert_eq!(o.status.code(), Some(1), "{format}");
        let e = stderr(&o);
        assert!(e.contains(&format!("e.g. `-o {file}`\n")), "{format}: {e}");
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("m.yaml", dir.path().join("link.md")).unwrap();
        let o = plenary(
            dir.path(),
            &["export", "m.yaml", "--format", "md", "-o", "link.md"],
        );
        assert_eq!(o.status.code(), Some(1));
    }
    assert_eq!(fs::read(dir.path().join("m.yaml")).unwrap(), before);
}

#[test]
fn the_participant_list_is_never_overwritten() {
    let dir = meeting();
    let list = dir.path().join("people/roster.yaml");
    let before = fs::read(&list).unwrap();
    let args = [
        "export",
        "split.yaml",
        "--format",
        "html",
        "-o",
        "people/roster.yaml",
        "--force",
    ];
    let o = plenary(dir.path(), &args);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is the meeting's participant list"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(&list).unwrap(), before);
}

#[test]
fn another_file_needs_force() {
    let dir = meeting();
    let notes = dir.path().join("notes.md");
    fs::write(&notes, "# my notes\n").unwrap();
    let o = plenary(
        dir.path(),
        &["export", "m.yaml", "--format", "md", "-o", "notes.md"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "plenary: notes.md exists and is not a previous export; not overwriting it\n  \
         hint: choose another name, or add `--force` to replace it\n"
    );
    assert_eq!(fs::read_to_string(&notes).unwrap(), "# my notes\n");
    let args = [
        "export", "m.yaml", "--format", "md", "-o", "notes.md", "--force",
    ];
    assert!(plenary(dir.path(), &args).status.success());
    assert!(
        fs::read_to_string(&notes)
            .unwrap()
            .starts_with("# Online expert")
    );
}

#[test]
fn a_previous_export_is_replaced_in_every_format() {
    let dir = meeting();
    for format in ["html", "md", "ics", "frab-xml", "schedule-json"] {
        let out = format!("out.{format}");
        let args = ["export", "m.yaml", "--format", format, "-o", out.as_str()];
        assert!(plenary(dir.path(), &args).status.success(), "{format}");
        let first = fs::read(dir.path().join(&out)).unwrap();
        let o = plenary(dir.path(), &args);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert_eq!(fs::read(dir.path().join(&out)).unwrap().len(), first.len());
    }
    // One format's export may be replaced by another's.
    let args = ["export", "m.yaml", "--format", "md", "-o", "out.html"];
    assert!(plenary(dir.path(), &args).status.success());
}

#[test]
fn force_without_output_is_a_usage_error() {
    let dir = meeting();
    let o = plenary(
        dir.path(),
        &["export", "m.yaml", "--format", "md", "--force"],
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn refusals_speak_russian() {
    let dir = meeting();
    fs::write(dir.path().join("notes.md"), "x\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .current_dir(dir.path())
        .args(["--ui-lang", "ru", "export", "m.yaml", "--format", "md"])
        .args(["-o", "notes.md"])
        .output()
        .unwrap();
    assert_eq!(
        stderr(&o),
        "plenary: notes.md уже есть и не является прежним экспортом; не перезаписываю его\n  \
         подсказка: выберите другое имя или добавьте `--force`, чтобы заменить его\n"
    );
}

#[test]
fn generate_does_not_write_over_a_file() {
    let dir = meeting();
    let before = fs::read(dir.path().join("m.yaml")).unwrap();
    let args = [
        "generate",
        "--participants",
        "3",
        "--sessions",
        "2",
        "--follow-ups",
        "1",
    ];
    let o = plenary(dir.path(), &[&args[..], &["-o", "m.yaml"]].concat());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("m.yaml exists already"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(dir.path().join("m.yaml")).unwrap(), before);
    let o = plenary(
        dir.path(),
        &[&args[..], &["-o", "m.yaml", "--force"]].concat(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_ne!(fs::read(dir.path().join("m.yaml")).unwrap(), before);
}
