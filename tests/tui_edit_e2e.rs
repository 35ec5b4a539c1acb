//! End-to-end editing: the real binary in a pseudo-terminal on a temporary
//! copy of a reference agenda. Edit, save, quit, reopen: the change is
//! there and `plenary check` is clean; `E` hands the terminal to $EDITOR at
//! the selected session's line and takes it back.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const TIMEOUT: Duration = Duration::from_secs(60);

struct Tty {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
}

impl Tty {
    fn start(dir: &Path, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Tty {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_plenary"));
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("the binary starts");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let p = parser.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().expect("a writer");
        Tty {
            parser,
            writer,
            child,
            master: pair.master,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; returns the screen.
    fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} on screen"), |s| s.contains(text))
    }

    fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; the screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                // Let the reader drain what was written last.
                std::thread::sleep(Duration::from_millis(100));
                return s;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("the program did not exit; the screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The terminal is as the program found it: main screen, no mouse
    /// reporting, cursor shown, and the tty back in canonical, echoing mode.
    fn assert_restored(&self) {
        let p = self.parser.lock().unwrap();
        let s = p.screen();
        assert!(!s.alternate_screen(), "still on the alternate screen");
        assert_eq!(
            s.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture left on"
        );
        assert!(!s.hide_cursor(), "cursor left hidden");
        if let Some(t) = self.master.get_termios() {
            let flags = format!("{:?}", t.local_flags);
            assert!(
                flags.contains("ICANON") && flags.contains("ECHO"),
                "raw mode left on: {flags}"
            );
        }
    }
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a size above zero")
}

fn start(dir: &Path, env: &[(&str, &str)]) -> Tty {
    let d = dir.to_str().unwrap();
    Tty::start(dir, &["--today", "2026-11-26", d], env, 100, 30)
}

#[test]
fn edit_save_quit_reopen_and_check_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2020-vcasie.yaml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas/2020-vcasie.yaml"),
        &path,
    )
    .unwrap();

    let mut t = start(dir.path(), &[]);
    t.wait_for("vCASIE 2020");
    t.send("\r");
    t.wait_for("Webinar 1");
    t.send("e");
    t.wait_for("Edit `webinar-1`");
    // Title (en), Title (ru), Kind, Date, Start, End, Room.
    t.send("\t\t\t\t\t\tStudio 2\r");
    t.wait_for("edit session `webinar-1`");
    t.wait_for("unsaved");
    t.send("\x13"); // Ctrl-s
    t.wait_for("saved ");
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();

    let mut t = start(dir.path(), &[]);
    t.wait_for("vCASIE 2020");
    t.send("\r");
    t.wait_for("Studio 2");
    t.send("q");
    assert!(t.wait_exit().success(), "nothing unsaved: q quits at once");

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["check", "--deny-warnings", "--today", "2026-11-26"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn external_editor_opens_at_the_line_and_the_tui_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2020-vcasie.yaml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas/2020-vcasie.yaml"),
        &path,
    )
    .unwrap();
    // A stand-in editor: notes the arguments and renames a room.
    let script = dir.path().join("ed.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\necho \"$1\" > \"$(dirname \"$2\")/args.txt\"\nsed -i 's/^- id: webinar-1$/- id: webinar-one/' \"$2\"\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let editor = script.to_str().unwrap().to_string();
    let mut t = start(dir.path(), &[("EDITOR", &editor), ("VISUAL", "")]);
    t.wait_for("vCASIE 2020");
    t.send("\r");
    t.wait_for("Webinar 1");
    t.send("E");
    t.wait_for("reloaded ");
    // The screen is drawn again in full: the list is back.
    t.wait_for("Webinar 3");
    let line: usize = std::fs::read_to_string(dir.path().join("args.txt"))
        .unwrap()
        .trim()
        .trim_start_matches('+')
        .parse()
        .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.lines().nth(line - 1),
        Some("- id: webinar-one"),
        "opened at the session's line"
    );
    t.send("q");
    assert!(t.wait_exit().success());
    t.assert_restored();
}
