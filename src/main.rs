//! Entry point: parse the command line and hand over to a front end.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = plenary::cli::Cli::parse();
    if let Some(code) = plenary::cli::run(&cli) {
        return code;
    }
    // The TUI is not built yet: show what the checks say about the agendas.
    let args = vec!["plenary".into(), "check".into()]
        .into_iter()
        .chain(cli.path.iter().map(|p| p.display().to_string()))
        .collect::<Vec<String>>();
    plenary::cli::run(&plenary::cli::Cli::parse_from(args)).unwrap_or(ExitCode::SUCCESS)
}
