//! Entry point: parse the command line and hand over to a front end.

// Unit tests may unwrap and panic: a failing test should stop loudly.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

fn main() -> ExitCode {
    // Settings first: the language decides the words of `--help`.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let settings = plenary::cli::start(&args);
    let lang = plenary::i18n::current();
    let cmd = plenary::cli::help::localize(plenary::cli::Cli::command(), lang);
    let cli = match plenary::cli::Cli::from_arg_matches(&cmd.get_matches_from(args)) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    if let Some(code) = plenary::cli::run(&cli) {
        return code;
    }
    // The TUI's header names the zone, so "JST read as Asia/Tokyo" shows there.
    let zone = match cli
        .tz
        .as_deref()
        .or(settings.display_zone.value.as_deref())
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
    let path = cli
        .path
        .clone()
        .or_else(|| Some(settings.agendas.value.clone()));
    plenary::tui::run_in_zone(
        path,
        plenary::cli::today(&cli),
        zone,
        plenary::cli::cache(&cli),
    )
}
