//! Registrations coming in: a registration system's export (Indico, a Zoom
//! webinar report, Google Forms, an Excel sheet in Russian) read into the
//! roster without retyping, and the roster going out for badges and mail merge.
//!
//! The steps, one file each: bytes to text ([`decode`]), text to rows
//! ([`table`]), the header and what each column feeds ([`columns`]), rows to
//! people with one person per person ([`incoming`], country and language
//! names through [`codes`]), and the plan against the roster ([`plan`]).
//! Nothing here writes: the caller shows the plan and applies its
//! [`Transaction`](crate::edit::Transaction) through the normal save.

pub mod codes;
pub mod columns;
pub mod decode;
pub mod export;
pub mod incoming;
pub mod plan;
pub mod table;

pub use columns::{ColumnMap, Field, Header, MapError};
pub use incoming::{CellProblem, Incoming};
pub use plan::{Action, Choices, Conflict, Entry, OnConflict, plan, plan_chosen, transaction};

use crate::domain::Participant;

/// Everything an import would do, for a preview.
#[derive(Debug, Clone)]
pub struct Import {
    pub encoding: &'static str,
    pub bom: bool,
    pub separator: char,
    pub header: Header,
    /// Data rows read (before rows of one person were joined), those
    /// skipped for want of a name included; blank rows are not counted.
    pub rows: usize,
    pub entries: Vec<Entry>,
    pub problems: Vec<CellProblem>,
}

impl Import {
    pub fn count(&self, f: impl Fn(&Action) -> bool) -> usize {
        self.entries.iter().filter(|e| f(&e.action)).count()
    }

    pub fn conflicts(&self) -> usize {
        self.entries.iter().map(|e| e.conflicts.len()).sum()
    }

    /// Every differing value as (entry's place, field), in plan order: the
    /// questions `--on-conflict ask` puts one by one.
    pub fn questions(&self) -> Vec<(usize, &'static str)> {
        self.entries
            .iter()
            .enumerate()
            .flat_map(|(k, e)| e.conflicts.iter().map(move |c| (k, c.field)))
            .collect()
    }

    /// The plan made anew with the file's value taken where `choices` says.
    pub fn choose(&mut self, people: &[Participant], choices: &Choices) {
        let incoming = self.entries.iter().map(|e| e.incoming.clone()).collect();
        self.entries = plan_chosen(people, incoming, choices);
    }

    /// The conflict behind a question.
    pub fn conflict(&self, (k, field): (usize, &'static str)) -> Option<(&Entry, &Conflict)> {
        let e = self.entries.get(k)?;
        Some((e, e.conflicts.iter().find(|c| c.field == field)?))
    }
}

/// Why a file could not be read as registrations at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Decode(#[from] decode::DecodeError),
    #[error(transparent)]
    Table(#[from] table::TableError),
    #[error(
        "no header row recognised (a row naming a name column and one more, such as Name, Email, Affiliation, Country or Фамилия, Имя). The first rows are:\n{}\nName the columns with --map, e.g. --map \"Full name=name,Mail=email\" (fields: {fields})",
        first_rows(.rows, crate::i18n::Lang::En)
    )]
    NoHeader {
        /// The file's first rows: line and cells.
        rows: Vec<(usize, Vec<String>)>,
        fields: String,
    },
    /// No table of registrations at all: nothing, a web page, a workbook
    /// or a PDF, each refused with its own fix.
    #[error("{}", stranger_msg(*.0).render(crate::i18n::Lang::En))]
    Stranger(crate::stranger::Stranger),
}

/// What a file that is no table is, and what to do instead.
fn stranger_msg(s: crate::stranger::Stranger) -> crate::i18n::Msg {
    use crate::stranger::Stranger as S;
    crate::i18n::Msg::new(match s {
        S::Empty => "roster-import-empty",
        S::WebPage => "roster-import-web-page",
        S::Workbook => "roster-import-workbook",
        S::Pdf => "roster-import-pdf",
    })
}

impl ImportError {
    /// The refusal as a catalogue message; its English is the Display above.
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            ImportError::Decode(e) => e.msg(),
            ImportError::Table(e) => {
                crate::msg!("import-unclosed-quote", line = e.line, column = e.column)
            }
            ImportError::NoHeader { rows, fields } => crate::msg!(
                "import-no-header",
                rows = first_rows(rows, crate::i18n::current()),
                fields = fields
            ),
            ImportError::Stranger(s) => stranger_msg(*s),
        }
    }
}

/// `  line 3: Name | Email`, one line a row, in `lang`.
fn first_rows(rows: &[(usize, Vec<String>)], lang: crate::i18n::Lang) -> String {
    rows.iter()
        .map(|(line, cells)| {
            crate::i18n::with_lang(lang, || {
                crate::tr!("import-first-row", line = *line, cells = cells.join(" | "))
            })
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Options of one import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub encoding: Option<String>,
    pub map: ColumnMap,
    pub on_conflict: OnConflict,
}

/// Reads `bytes` and plans their import into `people`.
pub fn prepare(bytes: &[u8], people: &[Participant], o: &Options) -> Result<Import, ImportError> {
    if let Some(s) = crate::stranger::guess(bytes) {
        return Err(ImportError::Stranger(s));
    }
    let d = decode::decode(bytes, o.encoding.as_deref())?;
    let separator = table::detect_separator(&d.text);
    let rows = table::parse(&d.text, separator)?;
    let header = columns::find_header(&rows, &o.map).map_err(|n| ImportError::NoHeader {
        rows: n.first_rows,
        fields: columns::field_names(),
    })?;
    let (incoming, problems) = incoming::read(&rows, &header);
    let skipped = problems.iter().filter(|p| p.column == 0).count();
    let data_rows = incoming.iter().map(|p| p.lines.len()).sum::<usize>() + skipped;
    Ok(Import {
        encoding: d.encoding,
        bom: d.bom,
        separator,
        header,
        rows: data_rows,
        entries: plan(people, incoming, o.on_conflict),
        problems,
    })
}
