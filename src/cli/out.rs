//! The CLI's one door to the terminal. Every byte a subcommand prints goes
//! through [`crate::safe::clean_lines`] here, so no escape sequence, C1
//! control, bidi control or carriage return from a file (or a file name)
//! reaches stdout or stderr, whichever renderer forgot to clean a value.
//! Renderers still clean each value with [`crate::safe::clean`] first, so a
//! line break inside a value cannot start a forged line of its own.
//!
//! Standard output is buffered ([`Out`]), so 4,000 problems are a handful
//! of writes rather than one per line, and a reader that goes away
//! (`plenary check big.yaml | head -1`) ends the command quietly, with the
//! status a shell gives a program stopped by a closed pipe (128 + SIGPIPE),
//! never a panic.

use std::fmt::Display;
use std::io::{self, BufWriter, ErrorKind, Stdout, Write};

/// Writes `text` made safe to `w`.
pub fn write_to(w: &mut impl Write, text: &str) -> io::Result<()> {
    w.write_all(crate::safe::clean_lines(text).as_bytes())
}

/// What a shell reports for a program ended by SIGPIPE.
pub const CLOSED_PIPE: u8 = 128 + 13;

pub struct Out {
    w: BufWriter<Stdout>,
    error: Option<io::Error>,
    /// One line is spelled here before it is cleaned and written: one
    /// buffer for the whole output rather than a string per line.
    line: String,
}

impl Default for Out {
    fn default() -> Self {
        Out {
            w: BufWriter::with_capacity(64 * 1024, io::stdout()),
            error: None,
            line: String::new(),
        }
    }
}

impl Out {
    /// `text` and a newline; false once nothing more can be written.
    pub fn line(&mut self, text: impl Display) -> bool {
        if self.error.is_none() {
            use std::fmt::Write as _;
            self.line.clear();
            // Writing into a String cannot fail.
            let _ = writeln!(self.line, "{text}");
            if let Err(e) = write_to(&mut self.w, &self.line) {
                self.error = Some(e);
            }
        }
        self.error.is_none()
    }

    /// `text` as it is; false once nothing more can be written.
    pub fn text(&mut self, text: &str) -> bool {
        if self.error.is_none()
            && let Err(e) = write_to(&mut self.w, text)
        {
            self.error = Some(e);
        }
        self.error.is_none()
    }

    /// Flushes, and gives the exit code: `code` when all was written.
    pub fn finish(mut self, code: u8) -> u8 {
        if self.error.is_none()
            && let Err(e) = self.w.flush()
        {
            self.error = Some(e);
        }
        match self.error.take() {
            None => code,
            Some(e) if e.kind() == ErrorKind::BrokenPipe => {
                // Dropping the writer would try to flush into the closed pipe again.
                std::mem::forget(self);
                CLOSED_PIPE
            }
            Some(e) => {
                std::mem::forget(self);
                let why = crate::load::source::why_msg(&e.to_string());
                let said = crate::tr!("out-cannot-write", why = why);
                eprint(&format!("plenary: {said}\n"));
                1
            }
        }
    }
}

/// Writes `text` to standard output and gives the exit code (`code` if all went out).
pub fn emit(text: &str, code: u8) -> u8 {
    let mut out = Out::default();
    out.text(text);
    out.finish(code)
}

/// `text` whose lines end in CRLF (an iCalendar file) on standard output:
/// each line made safe like any other output, the CRLF line ends kept.
pub fn print_crlf(text: &str) -> io::Result<()> {
    let safe: Vec<_> = text.split("\r\n").map(crate::safe::clean_lines).collect();
    let mut out = io::stdout().lock();
    out.write_all(safe.join("\r\n").as_bytes())
        .and_then(|_| out.flush())
}

/// Asks a person at a terminal: `question` (made safe) on standard output,
/// then one line read from standard input; `None` at its end or on an error.
pub fn ask(question: &str) -> Option<String> {
    let mut out = io::stdout().lock();
    write_to(&mut out, question)
        .and_then(|_| out.flush())
        .ok()?;
    let mut line = String::new();
    match io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

/// `text` on standard error.
pub fn eprint(text: &str) {
    let _ = write_to(&mut io::stderr().lock(), text);
}

/// `eprintln!` through the door.
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::cli::out::eprint(&format!("{}\n", format_args!($($arg)*)))
    };
}

pub(crate) use errln;
