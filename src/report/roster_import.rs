//! The preview of an import of registrations, before anything is written:
//! how the file was read, then the people added, updated, unchanged, the
//! possible duplicates, the values that differ, and the file's problems.
//! `plenary roster import` prints it; the Roster's import dialog shows the
//! same lines. Every value from the file is cleaned for the terminal.

use std::path::Path;

use super::plain::clean;
use crate::domain::Participant;
use crate::domain::field_msg;
use crate::i18n::{Msg, current, phrase};
use crate::registration::{Action, Conflict, Doubt, Entry, Field, Import};
use crate::tr;

pub fn lines(l: &[usize]) -> String {
    let s: Vec<String> = l.iter().map(usize::to_string).collect();
    tr!("import-at", n = l.len(), list = s.join(", "))
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
        '\t' => tr!("import-tab"),
        c => format!("`{c}`"),
    };
    let cols: Vec<String> = p
        .header
        .columns
        .iter()
        .filter(|(h, _)| !h.is_empty())
        .map(|(h, f)| match f {
            Some(f) if *f != Field::Ignore => format!("{} → {}", clean(h), f.as_str()),
            _ => format!("{} ({})", clean(h), tr!("import-ignored")),
        })
        .collect();
    let bom = if p.bom {
        format!(" {}", tr!("import-with-bom"))
    } else {
        String::new()
    };
    format!(
        "{}\n  {}\n  {}\n",
        tr!(
            "import-head",
            file = crate::safe::path(file),
            into = crate::safe::path(into)
        ),
        tr!(
            "import-read-as",
            encoding = p.encoding,
            bom = bom,
            sep = sep,
            line = p.header.line,
            source = phrase(p.header.source),
            rows = p.rows,
            people = p.count(|a| !matches!(a, Action::Join { .. }))
        ),
        tr!("import-columns", list = cols.join(", "))
    )
}

/// `in line 5`, `in lines 2, 4`.
fn in_lines(l: &[usize]) -> String {
    let s: Vec<String> = l.iter().map(usize::to_string).collect();
    tr!("import-in-lines", n = l.len(), list = s.join(", "))
}

/// What an entry fills in, in the reader's words: `e-mail, name in ru`.
fn filled_words(filled: &[Msg]) -> String {
    let lang = current();
    let words: Vec<String> = filled.iter().map(|m| m.render(lang)).collect();
    words.join(", ")
}

/// A differing value as the reader says it: a role or a status is the
/// file's English word, shown in their language as the Roster shows it;
/// any other value is the file's or the roster's text itself.
fn value_of(c: &Conflict, v: &str) -> String {
    match c.field {
        "role" | "status" => clean(&crate::i18n::value(v)),
        _ => clean(v),
    }
}

/// One line for an entry of each kind; `entries` is the whole plan, for
/// the person a joining row joins.
pub fn entry_line(e: &Entry, people: &[Participant], entries: &[Entry]) -> String {
    let name_of = |i: usize| clean(people.get(i).map_or("", |p| p.name.primary()));
    let theirs = clean(&e.incoming.name);
    let at = lines(&e.incoming.lines);
    let why = phrase(e.matched_by.as_deref().unwrap_or(""));
    match e.action {
        Action::Add => format!(
            "+ {}",
            tr!(
                "import-entry-add",
                name = theirs,
                at = at,
                id = &e.result.id
            )
        ),
        Action::Update { index } => format!(
            "~ {}",
            tr!(
                "import-entry-update",
                ours = name_of(index),
                name = theirs,
                at = at,
                why = why,
                filled = clean(&filled_words(&e.filled))
            )
        ),
        Action::Unchanged { index } => format!(
            "= {}",
            tr!(
                "import-entry-same",
                ours = name_of(index),
                at = at,
                why = why
            )
        ),
        Action::Join { entry } => {
            let first = entries.get(entry).map(|f| &f.incoming);
            let filled = if e.filled.is_empty() {
                tr!("import-join-differs")
            } else {
                clean(&filled_words(&e.filled))
            };
            format!(
                "& {}",
                tr!(
                    "import-entry-join",
                    name = theirs,
                    at = at,
                    ours = clean(first.map_or("", |f| f.name.as_str())),
                    ours_at = lines(first.map_or(&[][..], |f| &f.lines)),
                    why = why,
                    filled = filled
                )
            )
        }
    }
}

/// Which entries a section lists.
type Kind = fn(&Action) -> bool;

/// The people added, updated, unchanged, and the possible duplicates, as
/// titled lists (empty ones included).
pub fn sections(p: &Import, people: &[Participant]) -> Vec<(String, Vec<String>)> {
    let kinds: [(&str, Kind); 4] = [
        ("import-added", |a| *a == Action::Add),
        ("import-joined", |a| matches!(a, Action::Join { .. })),
        ("import-updated", |a| matches!(a, Action::Update { .. })),
        ("import-unchanged", |a| {
            matches!(a, Action::Unchanged { .. })
        }),
    ];
    let mut out: Vec<(String, Vec<String>)> = kinds
        .into_iter()
        .map(|(title, want)| {
            let items = p
                .entries
                .iter()
                .filter(|e| want(&e.action))
                .map(|e| entry_line(e, people, &p.entries))
                .collect();
            (tr!(title), items)
        })
        .collect();
    out.push((tr!("import-possible"), possible_lines(p, people)));
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
        section(&mut o, &title, items);
    }
    differences(&mut o, p, on_conflict);
    let problems = problem_lines(p, file, people);
    section(&mut o, &tr!("import-problems"), problems);
    let open = p
        .problems
        .iter()
        .filter(|c| c.suggestion.is_some() && !c.accepted);
    if open.count() > 0 {
        o.push_str(&tr!("import-suggestions-hint"));
        o.push('\n');
    }
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
                    "? {}",
                    tr!(
                        "import-possible-line",
                        name = clean(&e.incoming.name),
                        at = at,
                        ours = name_of(*i),
                        why = phrase(why)
                    )
                )
            })
        })
        .collect()
}

/// The file's problems, each at its `file:line:column` (`file:line` for
/// a whole row), then the names that fit several fathers, each at the
/// first line it concerns.
pub fn problem_lines(p: &Import, file: &Path, people: &[Participant]) -> Vec<String> {
    let doubts = p.doubts.iter().map(|d| doubt_line(p, d, file, people));
    p.problems
        .iter()
        .map(|c| {
            let f = crate::safe::path(file);
            if c.column == 0 {
                return format!("{f}:{}: {}", c.line, clean(&c.message));
            }
            format!(
                "{f}:{}:{} ({}): {}",
                c.line,
                c.column,
                clean(&c.header),
                clean(c.said())
            )
        })
        .chain(doubts)
        .collect()
}

/// `file:line: Ivan Sidorov may be any of ...`: a name without a
/// patronymic, the people with one it fits, and how to tell them apart.
fn doubt_line(p: &Import, d: &Doubt, file: &Path, people: &[Participant]) -> String {
    let roster = |i: &usize| {
        let q = people.get(*i);
        let (id, name) = q.map_or(("", ""), |q| (q.id.as_str(), q.name.primary()));
        format!("`{}` ({})", clean(id), clean(name))
    };
    let row = |r: &usize| match p.entries.get(*r) {
        Some(e) => format!("{} ({})", clean(&e.incoming.name), lines(&e.incoming.lines)),
        None => String::new(),
    };
    let list = |ps: &[usize], rs: &[usize]| {
        let v: Vec<String> = ps.iter().map(roster).chain(rs.iter().map(row)).collect();
        v.join(", ")
    };
    let first = d.short_rows.iter().chain(&d.father_rows).min();
    let line = first
        .and_then(|r| p.entries.get(*r))
        .and_then(|e| e.incoming.lines.first())
        .copied()
        .unwrap_or(0);
    format!(
        "{}:{line}: {}",
        crate::safe::path(file),
        tr!(
            "import-doubt",
            short = list(&d.short_people, &d.short_rows),
            fathers = list(&d.father_people, &d.father_rows)
        )
    )
}

/// One value the file and the roster (or two rows of the file) give differently.
pub fn conflict_line(e: &Entry, c: &Conflict) -> String {
    if !c.ours_at.is_empty() {
        return tr!(
            "import-conflict-rows",
            name = clean(e.result.name.primary()),
            field = field_msg(c.field),
            ours = value_of(c, &c.ours),
            ours_in = in_lines(&c.ours_at),
            theirs = value_of(c, &c.theirs),
            theirs_in = in_lines(&e.incoming.lines)
        );
    }
    tr!(
        "import-conflict",
        name = clean(e.result.name.primary()),
        field = field_msg(c.field),
        ours = value_of(c, &c.ours),
        theirs = value_of(c, &c.theirs),
        at = lines(&e.incoming.lines)
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
        "theirs" => tr!("import-diff-theirs"),
        "keep" => tr!("import-diff-keep"),
        _ => tr!("import-diff-choose"),
    };
    section(o, &title, items);
}
