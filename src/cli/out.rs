//! The CLI's one door to the terminal. Every byte a subcommand prints goes
//! through [`crate::safe::clean_lines`] here, so no escape sequence, C1
//! control, bidi control or carriage return from a file (or a file name)
//! reaches stdout or stderr, whichever renderer forgot to clean a value.
//! Renderers still clean each value with [`crate::safe::clean`] first, so a
//! line break inside a value cannot start a forged line of its own.

use std::io::{self, Write};

/// Writes `text` made safe to `w`.
pub fn write_to(w: &mut impl Write, text: &str) -> io::Result<()> {
    w.write_all(crate::safe::clean_lines(text).as_bytes())
}

/// `text` on standard output. A closed pipe (`| head`) is not an error
/// worth a message, so write errors are the caller's to ask for.
pub fn print(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    write_to(&mut out, text).and_then(|_| out.flush())
}

/// `text` on standard error.
pub fn eprint(text: &str) {
    let _ = write_to(&mut io::stderr().lock(), text);
}

/// `println!` through the door.
macro_rules! outln {
    ($($arg:tt)*) => {{
        let _ = $crate::cli::out::print(&format!("{}\n", format_args!($($arg)*)));
    }};
}

/// `eprintln!` through the door.
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::cli::out::eprint(&format!("{}\n", format_args!($($arg)*)))
    };
}

pub(crate) use {errln, outln};
