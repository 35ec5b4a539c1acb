//! The command line: `plenary [PATH]` opens the TUI; subcommands check,
//! format and report without it. Each subcommand lives in its own file and
//! returns the process exit code.

mod agenda;
mod check;
pub mod clap_errors;
mod config;
mod export;
mod fmt;
pub mod followups;
mod generate;
pub mod help;
mod import;
pub mod interpretation;
mod merge;
pub(crate) mod out;
mod paths;
mod people;
mod schema;
mod value_reasons;
// The text helpers moved to `report`, which both front ends use.
pub use crate::report::plain;
mod roster;
mod roster_ask;
mod slots;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::settings::Settings;
use out::errln;

#[derive(Parser, Debug)]
#[command(
    name = "plenary",
    version,
    about = "Prepare meetings from the terminal: agendas, rosters, interpretation and follow-ups."
)]
pub struct Cli {
    /// Date to treat as today (YYYY-MM-DD), for reproducible reports.
    #[arg(long, global = true, value_parser = parse_today)]
    pub today: Option<NaiveDate>,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Folder of agendas or one meeting file to open (default: agendas/, else this folder when it holds *.yaml files).
    pub path: Option<PathBuf>,
    /// Read every file in full, without the cache of loaded meetings
    /// (kept in $PLENARY_CACHE_DIR, else the user's cache folder).
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// Open the TUI with schedule times shown in this IANA zone (`z`, `Z` and Esc change it).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Interface language, over the settings file and the locale (LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "en|ru", value_parser = ["en", "ru"])]
    pub ui_lang: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Load and check agendas; print every problem as file:line:col.
    Check(check::Args),
    /// Rewrite agendas in canonical form (like cargo fmt).
    Fmt(fmt::Args),
    /// List follow-ups across meetings, sorted by due date; overdue ones marked.
    Followups(followups::Args),
    /// Print a meeting's schedule as plain text, in any time zone.
    Agenda(agenda::Args),
    /// Print a meeting's interpretation plan: booths, loads, turn plans.
    Interpretation(interpretation::Args),
    /// Registrations in (import from Indico, Zoom, Google Forms, Excel) and the roster out (export).
    Roster(roster::Args),
    /// One row per person across meetings: meetings, roles, sessions, follow-ups owned.
    People(people::Args),
    /// Merge two versions of an agenda with their common ancestor (a git merge driver: %O %A %B).
    Merge(merge::Args),
    /// Find free times for a session: ranked, in the meeting's zone, with near misses.
    Slots(slots::Args),
    /// Publish a meeting: programme (html, md), calendar (ics), app feeds (frab-xml, schedule-json).
    Export(export::Args),
    /// Read a pretalx or frab schedule.json / schedule.xml into a new agenda file.
    Import(import::Args),
    /// Print the JSON Schema (draft-07) of the agenda format, for editors.
    Schema(schema::Args),
    /// Print the settings in force and where each came from (docs/config.md).
    Config(config::Args),
    /// Write a large generated agenda, for benchmarks.
    #[command(hide = true)]
    Generate(generate::Args),
}

fn parse_today(s: &str) -> Result<NaiveDate, String> {
    crate::domain::date::parse(s)
}

/// Today's date: `--today` when given, else the local date.
pub fn today(cli: &Cli) -> NaiveDate {
    cli.today
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The settings in force: those [`start`] read, else the defaults.
pub fn settings() -> &'static Settings {
    crate::settings::in_force()
}

/// Reads the settings (file, environment, `--ui-lang` among `args`) and
/// puts them in force before the command line is parsed, so `--help` is
/// already in the chosen language. What is wrong in the settings file is
/// told by [`say_settings_problems`] (and by `plenary config`); Plenary
/// starts anyway.
pub fn start(args: &[std::ffi::OsString]) -> &'static Settings {
    let flag = help::ui_lang_flag(args);
    let env = |k: &str| std::env::var(k).ok();
    let s = crate::settings::install(Settings::load(&env, flag));
    crate::i18n::set(s.ui_lang.value);
    crate::domain::SpeakingHours::set_default(s.speaking_hours.value);
    s
}

/// Prints the settings file's problems on standard error, in the interface
/// language: before a command's output, or after the TUI has given the
/// terminal back (its screen would hide them; it shows them in its status
/// line meanwhile). `plenary config` says them in its own report.
pub fn say_settings_problems(s: &Settings, cli: Option<&Cli>) {
    if cli.is_some_and(|c| matches!(c.command, Some(Command::Config(_)))) {
        return;
    }
    for p in &s.problems {
        errln!("{}", p.render(s.ui_lang.value));
    }
}

/// The cache of loaded meetings, unless `--no-cache`.
pub fn cache(cli: &Cli) -> Option<crate::cache::Cache> {
    (!cli.no_cache)
        .then(crate::cache::Cache::from_env)
        .flatten()
}

/// Runs a subcommand; `None` means no subcommand was given (the TUI's turn).
pub fn run(cli: &Cli) -> Option<ExitCode> {
    let today = today(cli);
    let code = match cli.command.as_ref()? {
        Command::Check(a) => check::run(a, today, cache(cli).as_ref()),
        Command::Fmt(a) => fmt::run(a),
        Command::Merge(a) => merge::run(a),
        Command::Followups(a) => followups::run(a, today, cache(cli).as_ref()),
        Command::Generate(a) => generate::run(a),
        Command::Agenda(a) => agenda::run(a),
        Command::Interpretation(a) => interpretation::run(a),
        Command::Roster(a) => roster::run(a),
        Command::People(a) => people::run(a),
        Command::Slots(a) => slots::run(a),
        Command::Export(a) => export::run(a),
        Command::Import(a) => import::run(a),
        Command::Schema(a) => schema::run(a),
        Command::Config(a) => config::run(a, settings()),
    };
    Some(ExitCode::from(code))
}
