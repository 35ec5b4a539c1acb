//! `plenary followups`: every follow-up of the meetings given, sorted by
//! due date, as a table that fits the terminal, or as CSV or JSON.
//!
//! The list comes from [`crate::followups`], the same code the TUI's
//! Follow-ups view uses. Files that cannot be loaded are reported on stderr
//! with the very messages `plenary check` gives, and the others are listed
//! all the same; the exit code is then 1 (2 when the arguments are wrong).
//! This command does not run the checks: it reports what the files say, and
//! `check` says what else is wrong with them. Every file is read whole, so
//! what it lists never depends on the file's size.

use super::out::errln;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::ValueEnum;

use super::plain;
use super::table::{self, Column, Line};
use crate::cache::{self, Cache, Loaded, Want};
use crate::domain::Meeting;
use crate::followups::{
    Filter, GroupBy, Register, Row, StatusFilter, counts, export, group, meeting_key,
};
use crate::{safe, tr};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Sections {
    Meeting,
    Owner,
    Status,
    Month,
    State,
}

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Without filters it lists every follow-up still owed (open, in progress,
waiting) across the meetings, sorted by due date (none last), then meeting,
then id. Follow-ups carried over into a later meeting are listed once, in
the later meeting. Columns of the CSV and JSON output: docs/followups.md.

Examples:
  plenary followups --overdue
  plenary followups --due-within 14 --owner unesco
  plenary followups --overdue --format csv > overdue.csv
  plenary followups --status all --group-by meeting --today 2023-10-01")]
pub struct Args {
    /// Meeting files or folders of them (default: agendas/, else this folder when it holds *.yaml files).
    pub paths: Vec<PathBuf>,
    /// Only those past their due date (with --due-within: either).
    #[arg(long)]
    pub overdue: bool,
    /// Only those due from today to DAYS days from now (with --overdue: either).
    #[arg(long, value_name = "DAYS")]
    pub due_within: Option<u32>,
    /// Participant id or name, organization, or owner_org; any case or script, words in any order.
    #[arg(long, value_name = "TEXT")]
    pub owner: Option<String>,
    /// open, in-progress, waiting, done, dropped (comma-separated), or owed (the default), closed, all.
    #[arg(long, value_name = "STATUS", value_parser = StatusFilter::parse)]
    pub status: Option<StatusFilter>,
    /// Only those with this tag (case ignored).
    #[arg(long)]
    pub tag: Option<String>,
    /// Meeting file name, title or series (loose match, like --owner).
    #[arg(long, value_name = "TEXT")]
    pub meeting: Option<String>,
    /// Owner's country: KZ, KAZ or Kazakhstan.
    #[arg(long, value_parser = parse_country)]
    pub country: Option<String>,
    /// Also list follow-ups that were carried over into a later meeting.
    #[arg(long)]
    pub include_carried: bool,
    /// Sections in the table.
    #[arg(long, value_enum, value_name = "BY")]
    pub group_by: Option<Sections>,
    /// A table fitted to the terminal, or CSV / JSON with the columns of docs/followups.md.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn parse_country(s: &str) -> Result<String, String> {
    crate::domain::codes::suggest_country(s)
        .map(str::to_string)
        .ok_or_else(|| {
            format!(
                "`{s}` is not a country; give an ISO code (KZ, KAZ) or an English name (Kazakhstan)"
            )
        })
}

impl Args {
    pub fn filter(&self) -> Filter {
        Filter {
            overdue: self.overdue,
            due_within: self.due_within.map(i64::from),
            status: self.status.clone().unwrap_or_default(),
            owner: self.owner.clone(),
            tag: self.tag.clone(),
            meeting: self.meeting.clone(),
            country: self.country.clone(),
            text: None,
            include_carried: self.include_carried,
        }
    }
}

pub fn run(args: &Args, today: NaiveDate, cache: Option<&Cache>) -> u8 {
    let files = match super::paths::files_or_say("followups", &args.paths) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let filter = args.filter();
    let mut meetings: Vec<(String, Meeting)> = Vec::new();
    let mut broken = false;
    // Neither the problems nor the text: a meeting's follow-ups are listed
    // from the meeting alone.
    for f in &files {
        match cache::load(f, today, cache, Want::MeetingNoText) {
            Loaded::Meeting(d, _) => meetings.push((meeting_key(f), d.meeting)),
            Loaded::RosterFile => {}
            Loaded::Failed(found) => {
                broken = true;
                for p in found {
                    errln!("{p}");
                }
                errln!(
                    "  {}: {}",
                    crate::tr!("word-note"),
                    crate::tr!("fu-not-listed", file = safe::path(f))
                );
            }
        }
    }
    let register = Register::new(meetings.iter().map(|(k, m)| (k.as_str(), m)));
    let rows = register.select(&filter, today);
    let out = match args.format {
        Format::Table => table(&rows, args.group_by, today, table::terminal_width()),
        Format::Csv => export::to_csv(&export::records(&rows)),
        Format::Json => match export::to_json(&export::records(&rows)) {
            Ok(s) => s,
            Err(e) => {
                errln!(
                    "plenary: {}",
                    crate::tr!("fu-cannot-write-json", why = e.to_string())
                );
                return 1;
            }
        },
    };
    let code = super::out::emit(&out, u8::from(broken));
    // The meetings are freed by the process's end; dropping 10,000 records one by one only costs time.
    std::mem::forget(register);
    std::mem::forget(meetings);
    code
}

fn columns() -> Vec<Column> {
    // Under 100 columns ID goes first, then STATE (the `!` still marks
    // overdue rows), then STATUS; the title keeps at least 30.
    let c = |header, flex, min, want, drop| Column {
        header,
        flex,
        min,
        want,
        drop,
    };
    vec![
        c("!".to_string(), false, 1, 1, 0),
        c(tr!("fu-col-due"), false, 10, 10, 0),
        c(tr!("fu-col-state"), false, 7, 7, 4),
        c(tr!("fu-col-status"), false, 6, 6, 3),
        c(tr!("fu-col-meeting"), true, 8, 16, 2),
        c(tr!("fu-col-id"), true, 14, 20, 5),
        c(tr!("fu-col-owner"), true, 10, 20, 1),
        c(tr!("fu-col-title"), true, 30, 50, 0),
    ]
}

/// "OVERDUE 12d", "today", "in 5d", "no date", "closed": readable without colour.
fn state_cell(r: &Row) -> String {
    use crate::domain::DueState::*;
    let proposed = r.follow_up.tentative.covers("due");
    match (r.state, r.days_left) {
        // A proposed date passing is not a missed deadline: say which it is.
        (Overdue, Some(d)) if proposed => tr!("fu-state-overdue-proposed", days = -d),
        (Overdue, Some(d)) => tr!("fu-state-overdue", days = -d),
        (DueSoon | Later, Some(0)) => tr!("fu-state-today"),
        (DueSoon | Later, Some(d)) => tr!("fu-state-in", days = d),
        (Closed, _) => tr!("fu-state-closed"),
        _ => tr!("fu-state-no-date"),
    }
}

fn cells(r: &Row) -> Vec<String> {
    let f = r.follow_up;
    let proposed = f.tentative.covers("due");
    let marker = match r.state {
        crate::domain::DueState::Overdue if proposed => "?",
        crate::domain::DueState::Overdue => "!",
        _ => "",
    };
    vec![
        marker.into(),
        f.due
            .map(|d| {
                let day = d.format("%Y-%m-%d").to_string();
                if proposed {
                    format!("{day}{}", proposed_if(true))
                } else {
                    day
                }
            })
            .unwrap_or_default(),
        state_cell(r),
        // The table is read: the status in the reader's words (CSV and JSON
        // keep the file's value).
        crate::i18n::value(f.status.as_str()),
        plain::clean(r.key),
        plain::clean(&f.id),
        format!(
            "{}{}",
            plain::clean(&r.owner.label()),
            proposed_if(f.tentative.covers("owner") || f.tentative.covers("owner_org"))
        ),
        format!(
            "{}{}",
            plain::clean(f.title.primary()),
            proposed_if(
                f.tentative == crate::domain::Tentative::All || f.tentative.covers("title")
            )
        ),
    ]
}

/// The mark of a value not confirmed yet, as every output words it.
fn proposed_if(t: bool) -> String {
    if t {
        format!(" {}", tr!("fu-proposed"))
    } else {
        String::new()
    }
}

pub fn table(rows: &[Row], by: Option<Sections>, today: NaiveDate, width: usize) -> String {
    let mut lines = Vec::new();
    match by {
        None => lines.extend(rows.iter().map(|r| Line::Row(cells(r)))),
        Some(s) => {
            let by = match s {
                Sections::Meeting => GroupBy::Meeting,
                Sections::Owner => GroupBy::Owner,
                Sections::Status => GroupBy::Status,
                Sections::Month => GroupBy::DueMonth,
                Sections::State => GroupBy::State,
            };
            for g in group(rows, by) {
                lines.push(Line::Heading(format!(
                    "{} ({})",
                    plain::clean(&g.label),
                    g.rows.len()
                )));
                lines.extend(g.rows.iter().map(|r| Line::Row(cells(r))));
            }
        }
    }
    let mut out = if rows.is_empty() {
        String::new()
    } else {
        table::render(&columns(), &lines, width)
    };
    out.push_str(&summary(rows, today));
    out
}

fn summary(rows: &[Row], today: NaiveDate) -> String {
    let c = counts(rows);
    let today = today.to_string();
    if c.total == 0 {
        return format!("{}\n", tr!("fu-summary-none", today = &today));
    }
    let mut parts = vec![
        tr!("fu-part-overdue", n = c.overdue),
        tr!(
            "fu-part-due-soon",
            n = c.due_soon,
            days = crate::domain::DUE_SOON_DAYS
        ),
    ];
    if c.later > 0 {
        parts.push(tr!("fu-part-later", n = c.later));
    }
    if c.no_date > 0 {
        parts.push(tr!("fu-part-no-date", n = c.no_date));
    }
    if c.closed > 0 {
        parts.push(tr!("fu-part-closed", n = c.closed));
    }
    let total = crate::msg!("count-follow-ups", n = c.total);
    format!(
        "{}\n",
        tr!(
            "fu-summary",
            total = total,
            parts = parts.join(", "),
            today = &today
        )
    )
}
