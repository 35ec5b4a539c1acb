//! `plenary people [PATH…] [QUERY] [--format table|csv|json]`: one row per
//! person across the meetings found, with the meetings they took part in,
//! their roles and sessions, and the follow-ups they own; then people per
//! meeting and country. The matching lives in [`crate::people`].

use std::path::{Path, PathBuf};

use serde_json::json;

use std::fmt::Write as _;

use super::out::errln;
use super::plain::{clean, cut, pad};
use crate::domain::Meeting;
use crate::load;
use crate::people::{Doubt, Person, gather_told, search, series_counts};
use crate::safe::csv::cell as csv_cell;
use crate::tr;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folders or meeting files (default: agendas/, else this folder when it
    /// holds *.yaml files), then an optional search (any word that is not an
    /// existing path): a name in any script, an organization, a country.
    pub args: Vec<String>,
    #[arg(long, default_value = "table", value_parser = ["table", "csv", "json"])]
    pub format: String,
}

/// Paths are the arguments that exist on disk; the rest is the query.
fn split(args: &[String]) -> (Vec<PathBuf>, String) {
    let (paths, words): (Vec<&String>, Vec<&String>) =
        args.iter().partition(|a| Path::new(a.as_str()).exists());
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    let query = words
        .into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    (paths, query)
}

pub fn run(a: &Args) -> u8 {
    let (paths, query) = split(&a.args);
    let files = match super::paths::files_or_say("people", &paths) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let (docs, failures) = load::load_all(&files);
    for f in &failures {
        errln!("{}", clean(&f.to_string()));
    }
    let mut sorted: Vec<&load::Document> = docs.iter().collect();
    sorted.sort_by_key(|d| d.meeting.start_date);
    let meetings: Vec<&Meeting> = sorted.iter().map(|d| &d.meeting).collect();
    let (people, doubts) = gather_told(&meetings);
    for d in &doubts {
        // Line by line: the hint is a line of its own, as `check` prints it.
        for line in doubt_warning(&sorted, d).to_string().lines() {
            errln!("{}", clean(line));
        }
    }
    let found = search(&people, &meetings, &query);
    // JSON and CSV are data and keep the file's label; the table is read,
    // so it names a meeting in the interface language when the file has it.
    let name = |m: usize| meetings[m].label().to_string();
    let ui = crate::i18n::current();
    let read_name = |m: usize| meetings[m].label_in(ui.code()).to_string();
    let mut o = String::new();
    match a.format.as_str() {
        "json" => print_json(&mut o, &found, &name),
        "csv" => print_csv(&mut o, &found, &name),
        _ => print_table(&mut o, &found, &meetings, &read_name),
    }
    super::out::emit(&o, if failures.is_empty() { 0 } else { 1 })
}

/// A name without a patronymic that fits people with different ones in
/// other meetings, as a warning at its file and line: whom it fits, and
/// how to tell them apart.
fn doubt_warning(docs: &[&load::Document], d: &Doubt) -> crate::problem::Problem {
    let who = |(m, k): (usize, usize)| {
        let doc = docs[m];
        let p = &doc.meeting.people()[k];
        format!("`{}` ({}; {})", p.id, p.name.primary(), doc.meeting.label())
    };
    let fathers: Vec<String> = d.fathers.iter().map(|&f| who(f)).collect();
    let (m, k) = d.short;
    let id = docs[m].meeting.people()[k].id.clone();
    let mut p = crate::problem::Problem::warning(
        format!("participants[{k}]"),
        crate::msg!(
            "duplicate-person-ambiguous",
            short = who(d.short),
            fathers = fathers.join(", "),
            n = d.fathers.len()
        ),
    )
    .with_hint(crate::msg!("people-ambiguous-hint", id = id));
    docs[m].locate(std::slice::from_mut(&mut p));
    p
}

/// `Meeting (speaker)`: the role as the file writes it for CSV (`said` is
/// the identity), in the reader's words for the table (`i18n::value`).
fn meetings_of(
    p: &Person,
    name: &dyn Fn(usize) -> String,
    said: fn(&str) -> String,
) -> Vec<String> {
    p.appearances
        .iter()
        .map(|a| format!("{} ({})", name(a.meeting), said(a.role.as_str())))
        .collect()
}

fn sessions_of(p: &Person) -> Vec<String> {
    p.appearances
        .iter()
        .flat_map(|a| a.sessions.iter().cloned())
        .collect()
}

fn follow_ups_of(p: &Person) -> Vec<String> {
    p.appearances
        .iter()
        .flat_map(|a| a.follow_ups.iter().cloned())
        .collect()
}

fn print_table(
    o: &mut String,
    found: &[&Person],
    meetings: &[&Meeting],
    name: &dyn Fn(usize) -> String,
) {
    let _ = writeln!(
        o,
        "{}  {}  {}  {}",
        pad(&tr!("people-col-name"), 34),
        pad(&tr!("people-col-country"), 4),
        pad(&tr!("people-col-organization"), 30),
        tr!("people-col-rest"),
    );
    for p in found {
        let names = p
            .names
            .iter()
            .map(|n| clean(n))
            .collect::<Vec<_>>()
            .join(" / ");
        let country = p.countries.iter().cloned().collect::<Vec<_>>().join(" ");
        let org = clean(p.organizations.first().map_or("", String::as_str));
        let mut tail = meetings_of(p, name, crate::i18n::value).join(", ");
        let s: Vec<String> = sessions_of(p).iter().map(|s| session_words(s)).collect();
        if !s.is_empty() {
            tail += &format!("; {}", s.join(", "));
        }
        let f = follow_ups_of(p);
        if !f.is_empty() {
            tail += &format!("; {}", tr!("people-owns", ids = f.join(", ")));
        }
        let _ = writeln!(
            o,
            "{}  {}  {}  {}",
            pad(&cut(&names, 34), 34),
            pad(&cut(&country, 4), 4),
            pad(&cut(&org, 30), 30),
            clean(&tail)
        );
    }
    let _ = writeln!(o, "{}", tr!("people-count", n = found.len()));
    let counts = series_counts(found, meetings.len());
    if meetings.len() > 1 && !found.is_empty() {
        let _ = writeln!(o);
        let _ = writeln!(o, "{}", tr!("people-per-meeting"));
        o.push_str(&pad("", 24));
        for c in &counts.countries {
            o.push_str(&pad(c, 5));
        }
        let _ = writeln!(o);
        for (m, _) in meetings.iter().enumerate() {
            let row: Vec<usize> = counts
                .countries
                .iter()
                .map(|c| counts.cells.get(&(m, c.clone())).copied().unwrap_or(0))
                .collect();
            if row.iter().all(|&n| n == 0) {
                continue;
            }
            o.push_str(&pad(&cut(&clean(&name(m)), 23), 24));
            for n in row {
                o.push_str(&pad(&n.to_string(), 5));
            }
            let _ = writeln!(o);
        }
    }
}

/// "speaker in `panel-1`" (as the CSV and JSON keep it) in the interface
/// language, for the table.
fn session_words(s: &str) -> String {
    let said = [
        ("chair of `", "people-chair-of"),
        ("speaker in `", "people-speaker-in"),
        ("interpreter in `", "people-interpreter-in"),
    ]
    .iter()
    .find_map(|(prefix, key)| {
        let id = s.strip_prefix(prefix)?.strip_suffix('`')?;
        Some(tr!(key, id = id))
    });
    said.unwrap_or_else(|| s.to_string())
}

fn print_csv(o: &mut String, found: &[&Person], name: &dyn Fn(usize) -> String) {
    let _ = writeln!(
        o,
        "names,emails,countries,organizations,meetings,sessions,follow_ups"
    );
    for p in found {
        let cells = [
            p.names.join(" / "),
            p.emails.iter().cloned().collect::<Vec<_>>().join(" "),
            p.countries.iter().cloned().collect::<Vec<_>>().join(" "),
            p.organizations.join(" / "),
            meetings_of(p, name, str::to_string).join("; "),
            sessions_of(p).join("; "),
            follow_ups_of(p).join(" "),
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        let _ = writeln!(o, "{}", line.join(","));
    }
}

fn print_json(o: &mut String, found: &[&Person], name: &dyn Fn(usize) -> String) {
    let v: Vec<serde_json::Value> = found
        .iter()
        .map(|p| {
            json!({
                "names": p.names,
                "emails": p.emails,
                "countries": p.countries,
                "organizations": p.organizations,
                "meetings": p.appearances.iter().map(|a| json!({
                    "meeting": name(a.meeting),
                    "id": a.id,
                    "role": a.role.as_str(),
                    "status": a.status.as_str(),
                    "sessions": a.sessions,
                    "follow_ups": a.follow_ups,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    match serde_json::to_string_pretty(&v) {
        Ok(s) => {
            let _ = writeln!(o, "{s}");
        }
        Err(e) => errln!(
            "plenary: {}",
            tr!("people-json-failed", why = e.to_string())
        ),
    }
}
