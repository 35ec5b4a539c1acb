//! `plenary check` says its summary after its messages: on a terminal, with
//! thousands of warnings, the summary is what stays on the screen; after it,
//! for a file that does not read, that the meeting's own checks wait for it.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::{Command, Stdio};

#[test]
fn the_summary_comes_after_the_messages() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("summary-last");
    std::fs::create_dir_all(&dir).unwrap();
    let both = dir.join("both.txt");
    // One file for stdout and stderr (the same open file, as a terminal
    // is): what is written first comes first.
    let file = std::fs::File::create(&both).unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["check", "--no-cache", "tests/broken/several-errors.yaml"])
        .env("LANG", "C")
        .stdout(Stdio::from(file.try_clone().unwrap()))
        .stderr(Stdio::from(file))
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let text = std::fs::read_to_string(&both).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 2, "{text}");
    assert!(lines[0].contains("error"), "{text}");
    // The summary, then what waits for the file to read.
    let n = lines.len();
    assert!(
        lines[n - 2].starts_with("checked 0 meetings in 1 file"),
        "{text}"
    );
    assert!(lines[n - 1].starts_with("note: clashes, people"), "{text}");
}
