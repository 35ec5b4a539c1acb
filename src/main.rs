//! Entry point: parse the command line and hand over to a front end.

// Unit tests may unwrap and panic: a failing test should stop loudly.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

/// mimalloc, tuned (`plenary::alloc` says why).
#[global_allocator]
static ALLOC: plenary::alloc::Allocator = plenary::alloc::Allocator;

fn main() -> ExitCode {
    // Huge pages off until the program is known (`plenary::alloc` says why).
    plenary::alloc::no_huge_pages();
    // Settings first: the language decides the words of `--help`.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let settings = plenary::cli::start(&args);
    let lang = plenary::i18n::current();
    let cmd = plenary::cli::help::localize(plenary::cli::Cli::command(), lang);
    let parsed = cmd
        .try_get_matches_from(args)
        .and_then(|m| plenary::cli::Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            plenary::cli::say_settings_problems(settings, None);
            // clap words its errors in English; ours says them in the language.
            if let Some(text) = plenary::cli::clap_errors::render(&e, lang) {
                eprint!("{text}");
                return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
            }
            e.exit()
        }
    };
    if let Some(command) = &cli.command {
        // A command, not the TUI (`plenary::alloc` says what each gets).
        plenary::alloc::for_command(command);
        plenary::cli::say_settings_problems(settings, Some(&cli));
    }
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
            let lang = plenary::i18n::current();
            let text = format!(
                "plenary: {}\n  {}: {}\n",
                e.msg().render(lang),
                plenary::tr!("hint-label"),
                e.hint_msg.render(lang)
            );
            eprint!("{}", plenary::safe::clean_lines(&text));
            return ExitCode::from(2);
        }
    };
    let path = cli.path.clone().or_else(|| Some(settings.folder_to_open()));
    let code = plenary::tui::run_in_zone(
        path,
        plenary::cli::today(&cli),
        zone,
        plenary::cli::cache(&cli),
    );
    // The TUI's screen hid anything printed before it.
    plenary::cli::say_settings_problems(settings, Some(&cli));
    code
}
