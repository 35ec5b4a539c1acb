//! Entry point: parse the command line and hand over to a front end.

// Unit tests may unwrap and panic: a failing test should stop loudly.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = plenary::cli::Cli::parse();
    if let Some(code) = plenary::cli::run(&cli) {
        return code;
    }
    // The TUI's header names the zone, so "JST read as Asia/Tokyo" shows there.
    let zone = match cli
        .tz
        .as_deref()
        .map(plenary::zones::parse_typed)
        .transpose()
    {
        Ok(z) => z.map(|(tz, _)| tz),
        Err(e) => {
            let text = format!("plenary: {e}\n  hint: {}\n", e.hint);
            eprint!("{}", plenary::safe::clean_lines(&text));
            return ExitCode::from(2);
        }
    };
    plenary::tui::run_in_zone(
        cli.path.clone(),
        plenary::cli::today(&cli),
        zone,
        plenary::cli::cache(&cli),
    )
}
