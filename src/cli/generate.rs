//! `plenary generate` (hidden): writes the benchmark agenda to stdout or a file.

use super::out::errln;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[arg(long, default_value_t = 10_000)]
    pub participants: usize,
    #[arg(long, default_value_t = 1_000)]
    pub sessions: usize,
    #[arg(long, default_value_t = 5_000)]
    pub follow_ups: usize,
    /// Write here instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// With -o: replace a file that exists already.
    #[arg(long, requires = "output")]
    pub force: bool,
}

pub fn run(a: &Args) -> u8 {
    if let Some(p) = &a.output
        && !a.force
        && std::fs::symlink_metadata(p).is_ok()
    {
        errln!(
            "plenary: {}\n  {}: {}",
            crate::tr!("generate-over-existing", file = crate::safe::path(p)),
            crate::tr!("hint-label"),
            crate::tr!("generate-over-existing-hint")
        );
        return 1;
    }
    let m = crate::generate::meeting(a.participants, a.sessions, a.follow_ups);
    let text = match crate::save::canonical::meeting_yaml(&m) {
        Ok(t) => t,
        Err(e) => {
            errln!("plenary: cannot serialize: {e}");
            return 1;
        }
    };
    match &a.output {
        Some(p) => match crate::save::atomic::write(p, text.as_bytes(), None) {
            Ok(_) => 0,
            Err(e) => {
                errln!("plenary: {}", crate::safe::clean(&e.to_string()));
                1
            }
        },
        None => super::out::emit(&text, 0),
    }
}
