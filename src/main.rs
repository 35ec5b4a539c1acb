//! Entry point: parse the command line and hand over to a front end.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = plenary::cli::Cli::parse();
    if let Some(code) = plenary::cli::run(&cli) {
        return code;
    }
    plenary::tui::run(cli.path.clone(), plenary::cli::today(&cli))
}
