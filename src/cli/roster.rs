//! `plenary roster import FILE --into AGENDA` and `plenary roster export
//! AGENDA`: registrations in, the roster out. The reading, matching and
//! export live in [`crate::registration`]; this file prints the preview and
//! saves once, through the normal save, after it.

use std::path::{Path, PathBuf};

use std::fmt::Write as _;

use super::out::errln;
use super::plain::clean;
use crate::edit::Editor;
use crate::i18n::current;
use crate::load;
use crate::registration::{self, Action, ColumnMap, OnConflict, Options};

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
    /// When the file and the roster differ on a field: ask (on a terminal,
    /// each one; otherwise list them and write nothing), keep ours, or take theirs.
    #[arg(long, value_name = "ask|keep|theirs", default_value = "ask", value_parser = ["ask", "keep", "theirs"])]
    pub on_conflict: String,
    /// Take each suggested country for its misspelt one ("Kazakstan" → KZ)
    /// instead of leaving it empty.
    #[arg(long)]
    pub accept_suggestions: bool,
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
                errln!(
                    "plenary: {}",
                    crate::tr!("roster-export-json", why = e.to_string())
                );
                return 1;
            }
        }
    } else {
        registration::export::to_csv(people)
    };
    super::out::emit(&out, 0)
}

fn import(a: &ImportArgs) -> u8 {
    let mut o = String::new();
    let code = import_into(a, &mut o);
    super::out::emit(&o, code)
}

/// Plans, previews into `o` and saves; errors go to stderr at once.
fn import_into(a: &ImportArgs, o: &mut String) -> u8 {
    let fail = |msg: String, code: u8| {
        for line in msg.lines() {
            errln!("{}", clean(line));
        }
        code
    };
    let map = match a.map.as_deref().map(ColumnMap::parse).transpose() {
        Ok(m) => m.unwrap_or_default(),
        Err(e) => return fail(format!("plenary: {}", e.msg().render(current())), 2),
    };
    let bytes = match std::fs::read(&a.file) {
        Ok(b) => b,
        Err(e) => {
            let why = crate::load::source::why_msg(&e.to_string());
            let said = crate::tr!("roster-cannot-read", why = why);
            return fail(error_at(&a.file, &said), 2);
        }
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
    let mut plan = match registration::prepare(&bytes, doc.meeting.people(), &opts) {
        Ok(p) => p,
        Err(e) => return fail(error_at(&a.file, &e.msg().render(current())), 2),
    };
    if a.accept_suggestions {
        for k in plan.suggestions() {
            // A country another row of the person gives stays; the problem says so.
            let _ = plan.accept(doc.meeting.people(), k, &Default::default());
        }
    }
    o.push_str(&crate::report::roster_import::preview(
        &plan,
        &a.file,
        &a.into,
        &a.on_conflict,
        doc.meeting.people(),
    ));
    if a.dry_run {
        let _ = writeln!(o, "{}", crate::tr!("import-dry-run"));
        return 0;
    }
    if on_conflict == OnConflict::Ask && plan.conflicts() > 0 {
        if !super::roster_ask::can_ask() {
            let _ = writeln!(
                o,
                "{}",
                crate::tr!("import-conflicts-wait", n = plan.conflicts())
            );
            return 1;
        }
        // The preview first, then the questions.
        super::out::emit(&std::mem::take(o), 0);
        match super::roster_ask::ask(&plan, &mut super::out::ask) {
            Some(choices) => plan.choose(doc.meeting.people(), &choices),
            None => {
                let _ = writeln!(o, "\n{}", crate::tr!("import-nothing-written"));
                return 1;
            }
        }
    }
    let changes = plan.count(|x| !matches!(x, Action::Unchanged { .. }));
    if changes == 0 {
        let _ = writeln!(o, "{}", crate::tr!("import-nothing-to-write"));
        return 0;
    }
    save(doc, &plan, o, fail)
}

/// `FILE: error: what`, the word `error` in the reader's language.
fn error_at(file: &Path, what: &str) -> String {
    format!(
        "{}: {}: {what}",
        file.display(),
        crate::tr!("severity-error")
    )
}

/// Applies the plan as one edit and saves through the normal save.
fn save(
    doc: load::Document,
    plan: &registration::Import,
    o: &mut String,
    fail: impl Fn(String, u8) -> u8,
) -> u8 {
    let tx = registration::transaction(doc.meeting.people(), &plan.entries);
    let path = doc.path.clone();
    let mut editor = Editor::new(doc);
    if let Err(e) = editor.apply(tx) {
        return fail(error_at(&path, &e.msg().render(current())), 1);
    }
    match editor.save() {
        Ok(report) => {
            for b in &report.backups {
                let _ = writeln!(
                    o,
                    "{}",
                    crate::tr!("import-kept-copy", path = b.display().to_string())
                );
            }
            let _ = writeln!(
                o,
                "{}",
                crate::tr!(
                    "import-saved",
                    path = path.display().to_string(),
                    added = plan.count(|x| *x == Action::Add),
                    updated = plan.count(|x| matches!(x, Action::Update { .. }))
                )
            );
            0
        }
        Err(e) => {
            // The preview first, then why nothing was saved.
            super::out::emit(&std::mem::take(o), 0);
            fail(error_at(&path, &e.msg().render(current())), 1)
        }
    }
}
