//! A symposium day built in the day grid by the real binary in a
//! pseudo-terminal, as a new organizer would: from a meeting with no
//! sessions, a plenary in Hall A, two parallel break-outs in Room 1 and
//! Room 2, an exhibition alongside in the foyer; then the plenary moved
//! 30 minutes later pushing the rest of the morning, and the break-outs
//! are still parallel while the exhibition keeps its hours. The saved
//! YAML is compared whole, and `plenary check --deny-warnings` is clean.
//! And a block dragged with the mouse, as the terminal reports it.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::Tty;

const EMPTY: &str = "title: CASIE symposium
short_title: CASIE
timezone: Asia/Almaty
start_date: 2023-10-04
end_date: 2023-10-04
languages:
- en
format: in-person
";

const BUILT: &str = "sessions:
- id: opening-plenary
  title: Opening plenary
  kind: plenary
  date: 2023-10-04
  start: \"09:30\"
  end: \"10:30\"
  room: Hall A
  language: en
- id: gallery-walk
  title: Gallery Walk
  kind: exhibition
  date: 2023-10-04
  start: \"09:00\"
  end: \"17:00\"
  alongside: true
  room: Foyer
  language: en
- id: break-out-a
  title: Break-out A
  kind: break-out
  date: 2023-10-04
  start: \"10:30\"
  end: \"11:30\"
  room: Room 1
  language: en
- id: break-out-b
  title: Break-out B
  kind: break-out
  date: 2023-10-04
  start: \"10:30\"
  end: \"11:30\"
  room: Room 2
  language: en
";

/// Keys sent, for the keystroke count the issue asks for.
struct Counted {
    t: Tty,
    keys: usize,
}

impl Counted {
    /// Sends `keys`, counting one keystroke per character (Tab, Enter, Ctrl-s too).
    fn send(&mut self, keys: &str) {
        self.keys += keys.chars().count();
        self.t.send(keys);
    }
    fn wait_for(&self, text: &str) -> String {
        self.t.wait_for(text)
    }
}

/// `a` at the cursor, a title, a kind from the picker, then `tabs` more
/// Tabs and `rest` typed (a room, an end), Enter; waits for the edit.
fn add(t: &mut Counted, title: &str, kind: &str, rest: &[(usize, &str)], id: &str) {
    t.send("a");
    t.wait_for("Add a session in");
    t.send(title);
    t.send("\t");
    t.send(kind);
    t.wait_for("Pick a kind");
    t.send("\r");
    for (tabs, text) in rest {
        t.send(&"\t".repeat(*tabs));
        t.send(text);
    }
    t.send("\r");
    t.wait_for(&format!("add session `{id}`"));
}

#[test]
fn a_symposium_day_built_in_the_grid_keeps_its_break_outs_parallel() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2023-10-casie.yaml");
    std::fs::write(&path, EMPTY).unwrap();
    let d = dir.path().to_str().unwrap();
    let tty = Tty::start(dir.path(), &["--today", "2023-09-01", d], &[], 100, 30);
    let mut t = Counted { t: tty, keys: 0 };
    t.wait_for("CASIE");
    t.send("\r");
    t.wait_for("times in Asia/Almaty");
    t.send("v");
    t.wait_for("nothing scheduled · cursor no room 08:00");
    // 09:00: the plenary, in a room typed in the form (Kind, Date, Last day, Start, End, Room).
    t.send("jjjj");
    t.wait_for("cursor no room 09:00");
    add(
        &mut t,
        "Opening plenary",
        "pl",
        &[(5, "Hall A")],
        "opening-plenary",
    );
    // 10:00: two break-outs side by side; the second is given its own room.
    t.send("jjjj");
    t.wait_for("cursor Hall A 10:00");
    add(
        &mut t,
        "Break-out A",
        "break-out",
        &[(5, "Room 1")],
        "break-out-a",
    );
    add(
        &mut t,
        "Break-out B",
        "break-out",
        &[(5, "Room 2")],
        "break-out-b",
    );
    // 09:00: the exhibition until 17:00 in the foyer: it runs alongside.
    // (The cursor went with each new session: break-out B is in Room 2.)
    t.send("hhkkkk");
    t.wait_for("cursor Hall A 09:00");
    add(
        &mut t,
        "Gallery Walk",
        "exhib",
        &[(4, "17:00"), (1, "Foyer")],
        "gallery-walk",
    );
    // In the band (the cursor's mark is on its first row).
    let s = t.wait_for("┆09:00-17:00");
    assert!(s.contains("┏Break-out A"), "{s}");
    assert!(s.contains("┏Break-out B"), "{s}");
    // Shift the morning: the cursor went with the exhibition to the band;
    // back in Hall A it is on the plenary; move it to 09:30 pushing the rest.
    t.send("h");
    t.wait_for("cursor Hall A 09:00");
    t.send("m");
    t.wait_for("Move `opening-plenary`");
    t.send("\t9:30\t \r");
    // The status line says how many moved with it: the two break-outs.
    t.wait_for("move session `opening-plenary` (2 more sessions moved with it)");
    let s = t.wait_for("break-out 10:30-11:30");
    assert!(
        s.contains("┆09:00-17:00"),
        "the exhibition keeps its hours\n{s}"
    );
    let both = s.matches("break-out 10:30-11:30").count();
    assert_eq!(both, 2, "both break-outs at 10:30\n{s}");
    t.send("\x13"); // Ctrl-s
    // The footer's "saved FILE" (the title bar's "unsaved" is not it).
    t.t.wait_until("the footer's saved", |s| {
        s.lines().any(|l| l.starts_with("saved "))
    });
    t.send("q");
    assert!(t.t.wait_exit().success());
    t.t.assert_restored();
    eprintln!("keystrokes: {}", t.keys);

    let saved = std::fs::read_to_string(&path).unwrap();
    assert_eq!(saved, format!("{EMPTY}{BUILT}"));
    check_clean(&path);
}

fn check_clean(path: &Path) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(["check", "--deny-warnings", "--today", "2023-09-01"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The mouse as a terminal sends it (SGR reports): pressing on break-out
/// B, dragging two rows down and letting go moves it 30 minutes later.
#[test]
fn dragging_a_block_with_the_mouse_moves_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("casie-day.yaml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symposium/casie-day.yaml"),
        &path,
    )
    .unwrap();
    let d = dir.path().to_str().unwrap();
    let mut t = Tty::start(dir.path(), &["--today", "2023-09-01", d], &[], 100, 40);
    t.wait_for("CASIE-like");
    t.send("\r");
    t.wait_for("times in Asia/Almaty");
    t.send("v");
    let s = t.wait_for("┏Skills development");
    let (y, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("┏Skills development"))
        .unwrap();
    let x = line[..line.find("┏Skills").unwrap()].chars().count();
    // SGR coordinates are 1-based; take the block's second row.
    let (col, row) = (x + 4, y + 2);
    t.send(&format!("\x1b[<0;{col};{row}M"));
    t.send(&format!("\x1b[<32;{col};{}M", row + 1));
    t.send(&format!("\x1b[<32;{col};{}M", row + 2));
    t.send(&format!("\x1b[<0;{col};{}m", row + 2));
    t.wait_for("place session `break-out-b`");
    t.send("\x13");
    t.wait_for("saved ");
    t.send("q");
    assert!(t.wait_exit().success());
    let saved = std::fs::read_to_string(&path).unwrap();
    let b = &saved[saved.find("- id: break-out-b").unwrap()..];
    assert!(
        b.contains("start: \"11:30\"\n  end: \"13:00\"\n  room: Room 2"),
        "{b}"
    );
}
