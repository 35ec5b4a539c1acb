//! The preview of an import of registrations, before anything is written:
//! how the file was read, then the people added, updated, unchanged, the
//! possible duplicates, the values that differ, and the file's problems.
//! `plenary roster import` prints it; the Roster's import dialog shows the
//! same lines. Every value from the file is cleaned for the terminal.

use std::path::Path;

use super::plain::clean;
use crate::domain::Participant;
use crate::registration::{Action, Conflict, Entry, Field, Import};

pub fn lines(l: &[usize]) -> String {
    let s: Vec<String> = l.iter().map(usize::to_string).collect();
    if l.len() == 1 {
        format!("line {}", s[0])
    } else {
        format!("lines {}", s.join(", "))
    }
}

fn section(o: &mut String, title: &str, items: Vec<String>) {
    if !items.is_empty() {
        *o += &format!("{title} ({}):\n", items.len());
        for i in items {
            *o += &format!("  {i}\n");
        }
    }
}

/// How the file was read: encoding, separator, header, columns.
pub fn reading(p: &Import, file: &Path, into: &Path) -> String {
    let sep = match p.separator {
        '\t' => "tab".to_string(),
        c => format!("`{c}`"),
    };
    let cols: Vec<String> = p
        .header
        .columns
        .iter()
        .filter(|(h, _)| !h.is_empty())
        .map(|(h, f)| match f {
            Some(f) if *f != Field::Ignore => format!("{} → {}", clean(h), f.as_str()),
            _ => format!("{} (ignored)", clean(h)),
        })
        .collect();
    format!(
        "Import {} into {}\n  read as {}{}, separator {sep}, header on line {} ({}); {} rows, {} people\n  columns: {}\n",
        crate::safe::path(file),
        crate::safe::path(into),
        p.encoding,
        if p.bom { " with BOM" } else { "" },
        p.header.line,
        p.header.source,
        p.rows,
        p.entries.len(),
        cols.join(", ")
    )
}

/// One line for an entry of each kind.
pub fn entry_line(e: &Entry, people: &[Participant]) -> String {
    let name_of = |i: usize| clean(people.get(i).map_or("", |p| p.name.primary()));
    let theirs = clean(&e.incoming.name);
    let at = lines(&e.incoming.lines);
    let why = e.matched_by.as_deref().unwrap_or("");
    match e.action {
        Action::Add => format!("+ {theirs} ({at}) as `{}`", e.result.id),
        Action::Update { index } => format!(
            "~ {} ← {theirs} ({at}; {why}): {}",
            name_of(index),
            clean(&e.filled.join(", "))
        ),
        Action::Unchanged { index } => format!("= {} ({at}; {why})", name_of(index)),
    }
}

/// Which entries a section lists.
type Kind = fn(&Action) -> bool;

/// The people added, updated, unchanged, and the possible duplicates, as
/// titled lists (empty ones included).
pub fn sections(p: &Import, people: &[Participant]) -> Vec<(&'static str, Vec<String>)> {
    let kinds: [(&str, Kind); 3] = [
        ("Added", |a| *a == Action::Add),
        ("Updated", |a| matches!(a, Action::Update { .. })),
        ("Unchanged", |a| matches!(a, Action::Unchanged { .. })),
    ];
    let mut out: Vec<(&'static str, Vec<String>)> = kinds
        .into_iter()
        .map(|(title, want)| {
            let items = p
                .entries
                .iter()
                .filter(|e| want(&e.action))
                .map(|e| entry_line(e, people))
                .collect();
            (title, items)
        })
        .collect();
    out.push((
        "Possible duplicates, not merged (merge them in the Roster if they are one person)",
        possible_lines(p, people),
    ));
    out
}

/// The preview of an import of `file` into `into`.
pub fn preview(
    p: &Import,
    file: &Path,
    into: &Path,
    on_conflict: &str,
    people: &[Participant],
) -> String {
    let mut o = reading(p, file, into);
    for (title, items) in sections(p, people) {
        section(&mut o, title, items);
    }
    differences(&mut o, p, on_conflict);
    let problems = problem_lines(p, file);
    section(&mut o, "Problems in the file", problems);
    o
}

/// The incoming people who may be someone already listed, with the reason.
pub fn possible_lines(p: &Import, people: &[Participant]) -> Vec<String> {
    let name_of = |i: usize| clean(people.get(i).map_or("", |p| p.name.primary()));
    p.entries
        .iter()
        .flat_map(|e| {
            e.possible.iter().map(move |(i, why)| {
                let at = lines(&e.incoming.lines);
                format!(
                    "? {} ({at}) may be {}: {why}",
                    clean(&e.incoming.name),
                    name_of(*i)
                )
            })
        })
        .collect()
}

/// The file's problems, each at its `file:line:column`.
pub fn problem_lines(p: &Import, file: &Path) -> Vec<String> {
    p.problems
        .iter()
        .map(|c| {
            let f = crate::safe::path(file);
            format!(
                "{f}:{}:{} ({}): {}",
                c.line,
                c.column,
                clean(&c.header),
                clean(&c.message)
            )
        })
        .collect()
}

/// One value the file and the roster give differently.
pub fn conflict_line(e: &Entry, c: &Conflict) -> String {
    format!(
        "{}: {} is `{}` on the roster, `{}` in the file ({})",
        clean(e.result.name.primary()),
        c.field,
        clean(&c.ours),
        clean(&c.theirs),
        lines(&e.incoming.lines)
    )
}

/// The values the file and the roster give differently, and what was done.
fn differences(o: &mut String, p: &Import, on_conflict: &str) {
    let items = p
        .entries
        .iter()
        .flat_map(|e| {
            e.conflicts
                .iter()
                .map(move |c| format!("! {}", conflict_line(e, c)))
        })
        .collect();
    let title = match on_conflict {
        "theirs" => "Different values, the file's taken",
        "keep" => "Different values, ours kept",
        _ => "Different values (choose with --on-conflict keep|theirs)",
    };
    section(o, title, items);
}
