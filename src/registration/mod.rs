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
pub mod doubts;
pub mod export;
pub mod incoming;
pub mod plan;
pub mod table;

pub use columns::{ColumnMap, Field, Header, MapError};
pub use doubts::Doubt;
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
    /// Names without a patronymic that fit several people with different
    /// ones: nobody was taken for anybody through them.
    pub doubts: Vec<Doubt>,
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

    /// The problems that suggest a value (a misspelt country), by their
    /// place in `problems`.
    pub fn suggestions(&self) -> Vec<usize> {
        (0..self.problems.len())
            .filter(|&k| self.problems[k].suggestion.is_some())
            .collect()
    }

    /// Accepts the suggestion of problem `k` for its row's person, or takes
    /// an accepted one back, and plans anew with `choices`. `Ok` is whether
    /// it is accepted now; `Err` is the country another row of the same
    /// person gives, which an acceptance does not overwrite.
    pub fn accept(
        &mut self,
        people: &[Participant],
        k: usize,
        choices: &Choices,
    ) -> Result<bool, String> {
        let Some(c) = self.problems.get(k) else {
            return Ok(false);
        };
        let (line, accepted) = (c.line, c.accepted);
        let Some(code) = c.suggestion.clone() else {
            return Ok(false);
        };
        let Some(e) = self
            .entries
            .iter_mut()
            .find(|e| e.incoming.lines.contains(&line))
        else {
            return Ok(false);
        };
        let country = &mut e.incoming.country;
        match (accepted, country.as_ref()) {
            (true, Some(now)) if *now == code => *country = None,
            (true, _) => {}
            (false, Some(other)) if *other != code => return Err(other.clone()),
            (false, _) => *country = Some(code),
        }
        if let Some(c) = self.problems.get_mut(k) {
            c.accepted = !accepted;
        }
        self.choose(people, choices);
        Ok(!accepted)
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
        doubts: doubts::doubts(people, &incoming),
        entries: plan(people, incoming, o.on_conflict),
        problems,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggested_country_is_accepted_taken_back_and_never_overwrites_another_row() {
        let csv = "Name,Email,Country\nDana Seitkali,d@x.kz,Kazakstan\n";
        let mut p = prepare(csv.as_bytes(), &[], &Options::default()).unwrap();
        assert_eq!(p.suggestions(), [0]);
        let none = Choices::default();
        assert_eq!(p.accept(&[], 0, &none), Ok(true));
        assert_eq!(p.entries[0].result.country.as_deref(), Some("KZ"));
        assert_eq!(p.accept(&[], 0, &none), Ok(false));
        assert_eq!(p.entries[0].result.country, None);

        // A second row of the same person gives a country: it stays.
        let csv =
            "Name,Email,Country\nDana Seitkali,d@x.kz,Kazakstan\nDana Seitkali,d@x.kz,Uzbekistan\n";
        let mut p = prepare(csv.as_bytes(), &[], &Options::default()).unwrap();
        assert_eq!(p.accept(&[], 0, &none), Err("UZ".to_string()));
        assert_eq!(p.entries[0].result.country.as_deref(), Some("UZ"));
        assert!(!p.problems[0].accepted);
    }

    #[test]
    fn an_empty_email_is_told_per_row_with_its_line() {
        let csv = "Name,Email\nDana Seitkali,\nAsel Toktogulova,a@x.kg\n,\n";
        let p = prepare(csv.as_bytes(), &[], &Options::default()).unwrap();
        let lines: Vec<_> = p.problems.iter().map(|c| (c.line, c.column)).collect();
        assert_eq!(
            lines,
            [(2, 2)],
            "the row with no name is no person: {:?}",
            p.problems
        );
    }
}
