//! The preview `plenary roster import` prints before anything is written:
//! how the file was read, then the people added, updated, unchanged, the
//! possible duplicates, the values that differ, and the file's problems.
//! Every value from the file is cleaned for the terminal.

use std::path::Path;

use super::plain::clean;
use crate::domain::Participant;
use crate::registration::{Action, Entry, Field, Import};

fn lines(l: &[usize]) -> String {
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
fn reading(p: &Import, file: &Path, into: &Path) -> String {
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
fn entry_line(e: &Entry, people: &[Participant]) -> String {
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

/// The preview of an import of `file` into `into`.
pub fn preview(
    p: &Import,
    file: &Path,
    into: &Path,
    on_conflict: &str,
    people: &[Participant],
) -> String {
    let mut o = reading(p, file, into);
    let kinds: [(&str, Kind); 3] = [
        ("Added", |a| *a == Action::Add),
        ("Updated", |a| matches!(a, Action::Update { .. })),
        ("Unchanged", |a| matches!(a, Action::Unchanged { .. })),
    ];
    for (title, want) in kinds {
        let items = p
            .entries
            .iter()
            .filter(|e| want(&e.action))
            .map(|e| entry_line(e, people))
            .collect();
        section(&mut o, title, items);
    }
    let name_of = |i: usize| clean(people.get(i).map_or("", |p| p.name.primary()));
    let possible = p
        .entries
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
        .collect();
    section(
        &mut o,
        "Possible duplicates, not merged (merge them in the Roster if they are one person)",
        possible,
    );
    differences(&mut o, p, on_conflict);
    let problems = p
        .problems
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
        .collect();
    section(&mut o, "Problems in the file", problems);
    o
}

/// The values the file and the roster give differently, and what was done.
fn differences(o: &mut String, p: &Import, on_conflict: &str) {
    let items = p
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
    let title = match on_conflict {
        "theirs" => "Different values, the file's taken",
        "keep" => "Different values, ours kept",
        _ => "Different values (choose with --on-conflict keep|theirs)",
    };
    section(o, title, items);
}
