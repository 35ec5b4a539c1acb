//! `plenary roster import FILE --into AGENDA` and `plenary roster export
//! AGENDA`: registrations in, the roster out. The reading, matching and
//! export live in [`crate::registration`]; this file prints the preview and
//! saves once, through the normal save, after it.

use std::path::PathBuf;

use super::out::{errln, outln};
use super::plain::clean;
use crate::edit::Editor;
use crate::load;
use crate::registration::{self, Action, ColumnMap, Import, OnConflict, Options};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    pub command: RosterCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum RosterCommand {
    /// Bring registrations (Indico, Zoom, Google Forms, Excel CSV/TSV) into a meeting's roster.
    Import(ImportArgs),
    /// Write the roster for badges and mail merge.
    Export(ExportArgs),
}

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// The CSV or TSV file (UTF-8, UTF-16 or Windows-1251; `,` `;` or tab).
    pub file: PathBuf,
    /// The meeting file whose roster receives the people.
    #[arg(long, value_name = "AGENDA")]
    pub into: PathBuf,
    /// Columns the file names differently: "COLUMN=field,..." (fields: name,
    /// first-name, last-name, middle-name, email, organization, position,
    /// country, languages, honorific, attended, ignore).
    #[arg(long, value_name = "MAP")]
    pub map: Option<String>,
    /// Show what would change and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Read the file in this encoding instead of detecting it (e.g. windows-1251).
    #[arg(long, value_name = "ENC")]
    pub encoding: Option<String>,
    /// When the file and the roster differ on a field: ask (list and write
    /// nothing), keep ours, or take theirs.
    #[arg(long, value_name = "ask|keep|theirs", default_value = "ask", value_parser = ["ask", "keep", "theirs"])]
    pub on_conflict: String,
}

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    /// The meeting file.
    pub agenda: PathBuf,
    #[arg(long, default_value = "csv", value_parser = ["csv", "json"])]
    pub format: String,
}

pub fn run(a: &Args) -> u8 {
    match &a.command {
        RosterCommand::Import(i) => import(i),
        RosterCommand::Export(e) => export(e),
    }
}

fn export(a: &ExportArgs) -> u8 {
    let doc = match load::load(&a.agenda) {
        Ok(d) => d,
        Err(p) => {
            errln!("{}", clean(&p.to_string()));
            return 1;
        }
    };
    let people = doc.meeting.people();
    let out = if a.format == "json" {
        match registration::export::to_json(people) {
            Ok(s) => s,
            Err(e) => {
                errln!("plenary: could not write JSON: {e}");
                return 1;
            }
        }
    } else {
        registration::export::to_csv(people)
    };
    let _ = super::out::print(&out);
    0
}

fn import(a: &ImportArgs) -> u8 {
    let fail = |msg: String, code: u8| {
        for line in msg.lines() {
            errln!("{}", clean(line));
        }
        code
    };
    let map = match a.map.as_deref().map(ColumnMap::parse).transpose() {
        Ok(m) => m.unwrap_or_default(),
        Err(e) => return fail(format!("plenary: {e}"), 2),
    };
    let bytes = match std::fs::read(&a.file) {
        Ok(b) => b,
        Err(e) => return fail(format!("{}: error: cannot read: {e}", a.file.display()), 2),
    };
    let doc = match load::load(&a.into) {
        Ok(d) => d,
        Err(p) => return fail(p.to_string(), 2),
    };
    let on_conflict = match a.on_conflict.as_str() {
        "keep" => OnConflict::Keep,
        "theirs" => OnConflict::Theirs,
        _ => OnConflict::Ask,
    };
    let opts = Options {
        encoding: a.encoding.clone(),
        map,
        on_conflict,
    };
    let plan = match registration::prepare(&bytes, doc.meeting.people(), &opts) {
        Ok(p) => p,
        Err(e) => return fail(format!("{}: error: {e}", a.file.display()), 2),
    };
    let _ = super::out::print(&preview(&plan, a, doc.meeting.people()));
    let changes = plan.count(|x| !matches!(x, Action::Unchanged { .. }));
    if a.dry_run {
        outln!("Nothing written (--dry-run).");
        return 0;
    }
    if on_conflict == OnConflict::Ask && plan.conflicts() > 0 {
        outln!(
            "Nothing written: {} value(s) differ. Choose with --on-conflict keep (ours) or --on-conflict theirs (the file's).",
            plan.conflicts()
        );
        return 1;
    }
    if changes == 0 {
        outln!("Nothing to write: the roster already holds everyone.");
        return 0;
    }
    let tx = registration::transaction(doc.meeting.people(), &plan.entries);
    let path = doc.path.clone();
    let mut editor = Editor::new(doc);
    if let Err(e) = editor.apply(tx) {
        return fail(format!("{}: error: {e}", path.display()), 1);
    }
    match editor.save() {
        Ok(report) => {
            for b in &report.backups {
                outln!("Kept a copy with the file's comments as {}", b.display());
            }
            outln!(
                "Saved {} ({} added, {} updated).",
                path.display(),
                plan.count(|x| *x == Action::Add),
                plan.count(|x| matches!(x, Action::Update { .. }))
            );
            0
        }
        Err(e) => fail(format!("{}: error: {e}", path.display()), 1),
    }
}

fn lines(l: &[usize]) -> String {
    let s: Vec<String> = l.iter().map(usize::to_string).collect();
    if l.len() == 1 {
        format!("line {}", s[0])
    } else {
        format!("lines {}", s.join(", "))
    }
}

/// The preview: how the file was read, then each group of people.
fn preview(p: &Import, a: &ImportArgs, people: &[crate::domain::Participant]) -> String {
    let mut o = String::new();
    let sep = match p.separator {
        '\t' => "tab".to_string(),
        c => format!("`{c}`"),
    };
    o += &format!(
        "Import {} into {}\n  read as {}{}, separator {sep}, header on line {} ({}); {} rows, {} people\n",
        a.file.display(),
        a.into.display(),
        p.encoding,
        if p.bom { " with BOM" } else { "" },
        p.header.line,
        p.header.source,
        p.rows,
        p.entries.len()
    );
    let cols: Vec<String> = p
        .header
        .columns
        .iter()
        .filter(|(h, _)| !h.is_empty())
        .map(|(h, f)| match f {
            Some(f) if *f != registration::Field::Ignore => {
                format!("{} → {}", clean(h), f.as_str())
            }
            _ => format!("{} (ignored)", clean(h)),
        })
        .collect();
    o += &format!("  columns: {}\n", cols.join(", "));
    let name_of = |i: usize| clean(people.get(i).map_or("", |p| p.name.primary()));
    let section = |o: &mut String, title: &str, items: Vec<String>| {
        if !items.is_empty() {
            *o += &format!("{title} ({}):\n", items.len());
            for i in items {
                *o += &format!("  {i}\n");
            }
        }
    };
    let of =
        |want: fn(&Action) -> bool, f: &dyn Fn(&registration::Entry) -> String| -> Vec<String> {
            p.entries
                .iter()
                .filter(|e| want(&e.action))
                .map(f)
                .collect()
        };
    section(
        &mut o,
        "Added",
        of(|x| *x == Action::Add, &|e| {
            format!(
                "+ {} ({}) as `{}`",
                clean(&e.incoming.name),
                lines(&e.incoming.lines),
                e.result.id
            )
        }),
    );
    section(
        &mut o,
        "Updated",
        of(|x| matches!(x, Action::Update { .. }), &|e| {
            let Action::Update { index } = e.action else {
                return String::new();
            };
            format!(
                "~ {} ← {} ({}; {}): {}",
                name_of(index),
                clean(&e.incoming.name),
                lines(&e.incoming.lines),
                e.matched_by.as_deref().unwrap_or(""),
                e.filled.join(", ")
            )
        }),
    );
    section(
        &mut o,
        "Unchanged",
        of(|x| matches!(x, Action::Unchanged { .. }), &|e| {
            let Action::Unchanged { index } = e.action else {
                return String::new();
            };
            format!(
                "= {} ({}; {})",
                name_of(index),
                lines(&e.incoming.lines),
                e.matched_by.as_deref().unwrap_or("")
            )
        }),
    );
    let possible: Vec<String> = p
        .entries
        .iter()
        .flat_map(|e| {
            e.possible.iter().map(move |(i, why)| {
                format!(
                    "? {} ({}) may be {}: {why}",
                    clean(&e.incoming.name),
                    lines(&e.incoming.lines),
                    name_of(*i)
                )
            })
        })
        .collect();
    section(
        &mut o,
        "Possible duplicates, not merged (merge them in the Roster if they are one person)",
        possible,
    );
    let conflicts: Vec<String> = p
        .entries
        .iter()
        .flat_map(|e| {
            e.conflicts.iter().map(move |c| {
                format!(
                    "! {}: {} is `{}` on the roster, `{}` in the file ({})",
                    clean(e.result.name.primary()),
                    c.field,
                    clean(&c.ours),
                    clean(&c.theirs),
                    lines(&e.incoming.lines)
                )
            })
        })
        .collect();
    let title = match a.on_conflict.as_str() {
        "theirs" => "Different values, the file's taken",
        "keep" => "Different values, ours kept",
        _ => "Different values (choose with --on-conflict keep|theirs)",
    };
    section(&mut o, title, conflicts);
    let problems: Vec<String> = p
        .problems
        .iter()
        .map(|c| {
            format!(
                "{}:{}:{} ({}): {}",
                a.file.display(),
                c.line,
                c.column,
                clean(&c.header),
                clean(&c.message)
            )
        })
        .collect();
    section(&mut o, "Problems in the file", problems);
    o
}
