//! The people a file brings in: each data row read through the header's
//! columns into one person, and rows of one person (Zoom writes a row per
//! join) collapsed into one, by e-mail or by the name, when they agree. A
//! row of the same person that says something else (the name in another
//! script, another e-mail) stays a person of its own, so the plan can say
//! what it joins and what differs rather than drop it.

use crate::tr;
use std::collections::HashMap;

use super::codes::{country_code, describe_country, language_codes, role_of, status_of};
use super::columns::{Field, Header};
use super::table::Row;
use crate::domain::{Role, Status};
use crate::search::name_skeleton;

/// One person as the file gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Incoming {
    /// Lines of the rows this person came from.
    pub lines: Vec<usize>,
    pub name: String,
    /// First and last name alone (without a patronymic), to match a roster
    /// that leaves the patronymic out.
    pub short_name: Option<String>,
    pub email: Option<String>,
    pub organization: Option<String>,
    pub position: Option<String>,
    pub country: Option<String>,
    pub languages: Vec<String>,
    pub honorific: Option<String>,
    pub role: Option<Role>,
    /// The status a Status column gives (an Attended column says attended).
    pub status: Option<Status>,
    pub attended: bool,
}

/// Something wrong in one cell, said where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub line: usize,
    /// 1-based column number and its header; 0 (and no header) when the
    /// whole row is at fault.
    pub column: usize,
    pub header: String,
    pub message: String,
    /// The country the message suggests ("did you mean KZ?"), which the
    /// organizer may accept for this row (see [`Import::accept`](super::Import::accept)).
    pub suggestion: Option<String>,
    /// Whether the suggestion was accepted.
    pub accepted: bool,
    /// What the problem says once its suggestion is accepted.
    pub when_accepted: String,
}

impl CellProblem {
    /// What the problem says now: its message, or what was accepted.
    pub fn said(&self) -> &str {
        match self.accepted {
            true => &self.when_accepted,
            false => &self.message,
        }
    }
}

/// Text from someone else's file, kept as plain text: characters that could
/// steer a terminal ([`crate::safe::is_unsafe`]: escape sequences start with
/// one) become spaces; a leading `=` stays, since YAML stores it as text and
/// every export defuses it again.
fn clean(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| if crate::safe::is_unsafe(c) { ' ' } else { c })
        .collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// Zoom writes "Shown name (Original Name)" when someone renamed themselves:
/// the original is the registered one.
fn original_name(s: &str) -> &str {
    match (s.rfind(" ("), s.ends_with(')')) {
        (Some(i), true) if i > 0 => &s[i + 2..s.len() - 1],
        _ => s,
    }
}

/// The problem of cell `i` (holding `v`), with the country it may have meant.
fn cell_problem(
    row: &Row,
    h: &Header,
    i: usize,
    v: &str,
    message: String,
    suggestion: Option<String>,
) -> CellProblem {
    let when_accepted = suggestion.as_deref().map_or_else(String::new, |c| {
        tr!(
            "import-country-accepted",
            value = v,
            code = describe_country(c)
        )
    });
    CellProblem {
        line: row.line,
        column: i + 1,
        header: h.columns.get(i).map(|c| c.0.clone()).unwrap_or_default(),
        message,
        suggestion,
        accepted: false,
        when_accepted,
    }
}

/// Reads one data row; `None` when it holds no name.
fn read_row(row: &Row, h: &Header, problems: &mut Vec<CellProblem>) -> Option<Incoming> {
    let mut p = Incoming {
        lines: vec![row.line],
        ..Incoming::default()
    };
    let (mut first, mut last, mut middle, mut full) = (None, None, None, None);
    for (i, raw) in row.cells.iter().enumerate() {
        let Some(field) = h.field(i) else { continue };
        let v = clean(raw);
        if v.is_empty() {
            continue;
        }
        let mut problem = |message: String, suggestion: Option<String>| {
            problems.push(cell_problem(row, h, i, &v, message, suggestion))
        };
        match field {
            Field::Name => full = Some(original_name(&v).to_string()),
            Field::FirstName => first = Some(v),
            Field::LastName => last = Some(v),
            Field::MiddleName => middle = Some(v),
            Field::Email if v.contains('@') && !v.contains(' ') => p.email = Some(v.to_lowercase()),
            Field::Email => problem(tr!("import-bad-email", value = v.as_str()), None),
            Field::Organization => p.organization = Some(v),
            Field::Position => p.position = Some(v),
            Field::Honorific => p.honorific = Some(v),
            Field::Country => match country(&v) {
                Ok(c) => p.country = Some(c),
                Err((m, hint)) => problem(m, hint),
            },
            Field::Languages => match languages(&v) {
                Ok(l) => p.languages = l,
                Err(m) => problem(m, None),
            },
            Field::Attended => {
                p.attended = matches!(v.to_lowercase().as_str(), "yes" | "да" | "y" | "true" | "1")
            }
            Field::Role | Field::Status => {
                if let Err(m) = role_or_status(&mut p, field, &v) {
                    problem(m, None)
                }
            }
            Field::Ignore => {}
        }
    }
    if first.is_some() || last.is_some() || full.is_some() {
        no_email(row, h, problems);
    }
    let short = match (&first, &last) {
        (Some(f), Some(l)) => Some(format!("{f} {l}")),
        _ => None,
    };
    let parts = [first, middle.clone(), last]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
    let built = non_empty(parts.join(" "));
    // The name column, unless it is only the shown name and the first and last names say more.
    p.name = match (full, built) {
        (Some(f), Some(b))
            if name_skeleton(&f) != name_skeleton(&b) && f.split_whitespace().count() < 2 =>
        {
            b
        }
        (Some(f), _) => f,
        (None, Some(b)) => b,
        (None, None) => return None,
    };
    p.short_name = short.filter(|s| middle.is_some() && *s != p.name);
    Some(p)
}

/// A row of a person whose E-mail cell is empty: said, since the person
/// can then be matched only by name and cannot be mailed.
fn no_email(row: &Row, h: &Header, problems: &mut Vec<CellProblem>) {
    let Some(i) = (0..h.columns.len()).find(|&i| h.field(i) == Some(Field::Email)) else {
        return;
    };
    if row.cells.get(i).is_some_and(|c| !clean(c).is_empty()) {
        return;
    }
    problems.push(cell_problem(row, h, i, "", tr!("import-no-email"), None));
}

/// Every person in the rows after the header, rows of one person collapsed.
pub fn read(rows: &[Row], h: &Header) -> (Vec<Incoming>, Vec<CellProblem>) {
    let mut problems = Vec::new();
    let mut people: Vec<Incoming> = Vec::new();
    let mut by_key: HashMap<u64, usize> = HashMap::new();
    let mut by_email: HashMap<String, usize> = HashMap::new();
    for row in rows.iter().skip(h.row + 1) {
        // A Zoom report may go on with another section after the table.
        if row.cells.len() == 1 && row.cells[0].ends_with("Details") {
            break;
        }
        let Some(p) = read_row(row, h, &mut problems) else {
            // A row of empty cells is a blank line; one that says something
            // but names nobody is told, never dropped silently.
            if row.cells.iter().any(|c| !clean(c).is_empty()) {
                problems.push(CellProblem {
                    line: row.line,
                    column: 0,
                    header: String::new(),
                    message: tr!("import-no-name"),
                    suggestion: None,
                    accepted: false,
                    when_accepted: String::new(),
                });
            }
            continue;
        };
        let key = name_skeleton(&p.name);
        let same = p
            .email
            .as_ref()
            .and_then(|e| by_email.get(e))
            .or_else(|| key.and_then(|k| by_key.get(&k)))
            .copied();
        match same {
            Some(i) if agrees(&people[i], &p) => absorb(&mut people[i], p),
            Some(_) => people.push(p),
            None => {
                let i = people.len();
                if let Some(e) = &p.email {
                    by_email.insert(e.clone(), i);
                }
                if let Some(k) = key {
                    by_key.insert(k, i);
                }
                people.push(p);
            }
        }
    }
    (people, problems)
}

/// A Country cell as its code; `Err` says what is wrong with it, and the
/// code it may have meant.
fn country(v: &str) -> Result<String, (String, Option<String>)> {
    country_code(v).map_err(|hint| match hint {
        Some(c) => (
            tr!(
                "import-bad-country-hint",
                value = v,
                hint = describe_country(&c)
            ),
            Some(c),
        ),
        None => (tr!("import-bad-country", value = v), None),
    })
}

/// A Languages cell as codes; `Err` says which word is no language.
fn languages(v: &str) -> Result<Vec<String>, String> {
    language_codes(v).map_err(|(w, hint)| match hint {
        Some(c) => tr!("import-bad-language-hint", value = w, hint = c),
        None => tr!("import-bad-language", value = w),
    })
}

/// A Role or Status cell read into `p`; `Err` says what is wrong with it.
fn role_or_status(p: &mut Incoming, field: Field, v: &str) -> Result<(), String> {
    // ", did you mean x?" or nothing, in the interface language.
    let mean = |hint: Option<String>| {
        hint.map(|h| format!(", {}", tr!("import-did-you-mean", hint = h)))
            .unwrap_or_default()
    };
    if field == Field::Role {
        p.role = Some(role_of(v).map_err(|hint| {
            tr!(
                "import-bad-role",
                value = v,
                mean = mean(hint),
                roles = Role::ALL.map(Role::as_str).join(", ")
            )
        })?);
    } else {
        p.status = Some(
            status_of(v).map_err(|hint| tr!("import-bad-status", value = v, mean = mean(hint)))?,
        );
    }
    Ok(())
}

/// Whether a later row of the same person only repeats or completes the
/// earlier one: the same name (case and spacing aside) and no field given
/// otherwise. Collapsing it then loses nothing.
fn agrees(into: &Incoming, p: &Incoming) -> bool {
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    let fits = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => same(a, b),
        _ => true,
    };
    same(&into.name, &p.name)
        && fits(&into.email, &p.email)
        && fits(&into.organization, &p.organization)
        && fits(&into.position, &p.position)
        && fits(&into.country, &p.country)
        && fits(&into.honorific, &p.honorific)
        && (into.role.is_none() || p.role.is_none() || into.role == p.role)
        && (into.status.is_none() || p.status.is_none() || into.status == p.status)
}

/// Another row of the same person: what it adds.
fn absorb(into: &mut Incoming, p: Incoming) {
    into.lines.extend(p.lines);
    into.attended |= p.attended;
    let fill = |a: &mut Option<String>, b: Option<String>| {
        if a.is_none() {
            *a = b;
        }
    };
    fill(&mut into.email, p.email);
    fill(&mut into.organization, p.organization);
    fill(&mut into.position, p.position);
    fill(&mut into.country, p.country);
    fill(&mut into.honorific, p.honorific);
    into.role = into.role.or(p.role);
    into.status = into.status.or(p.status);
    for l in p.languages {
        if !into.languages.contains(&l) {
            into.languages.push(l);
        }
    }
}

impl Incoming {
    /// The status a registration implies: attended when the report says
    /// so, else what its Status column says.
    pub fn status(&self) -> Option<Status> {
        if self.attended {
            Some(Status::Attended)
        } else {
            self.status
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registration::columns::{ColumnMap, find_header};
    use crate::registration::table::parse;

    #[test]
    fn joins_collapse_and_cells_are_checked() {
        let text = "Attended,User Name (Original Name),First Name,Last Name,Email,Country/Region Name\n\
            Yes,Onokan,Onokan,Umankulova,o@x.kg,Kyrgyzstan\n\
            Yes,Onokan U. (Onokan Umankulova),Onokan,Umankulova,O@x.kg,Kyrgyzstan\n\
            No,=HYPERLINK(\"x\"),Eve,\u{1b}[31mRed,bad mail,Kazakstan\n";
        let rows = parse(text, ',').unwrap();
        let h = find_header(&rows, &ColumnMap::default()).unwrap();
        let (people, problems) = read(&rows, &h);
        assert_eq!(people.len(), 2);
        assert_eq!(people[0].name, "Onokan Umankulova");
        assert_eq!(people[0].lines, [2, 3]);
        assert_eq!(people[0].country.as_deref(), Some("KG"));
        assert!(people[0].attended);
        assert_eq!(people[1].name, "Eve [31mRed");
        assert_eq!(problems.len(), 2);
        assert_eq!((problems[0].line, problems[0].column), (4, 5));
        assert!(
            problems[1].message.contains("did you mean KZ"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_row_without_a_name_is_told_and_a_blank_one_is_not() {
        let text = "Фамилия;Имя;Организация\nBerg;Jonas;\n;;Ghost Org\n;;\n";
        let rows = parse(text, ';').unwrap();
        let h = find_header(&rows, &ColumnMap::default()).unwrap();
        let (people, problems) = read(&rows, &h);
        assert_eq!(people.len(), 1);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].line, problems[0].column), (3, 0));
        assert_eq!(problems[0].message, "row has no name; skipped");
    }

    #[test]
    fn role_and_status_columns_are_read_in_english_or_russian() {
        let text = "Name,Role,Status\n\
            Fan Li,Panelist,Approved\n\
            Онокан Уманкулова,докладчик,отказ\n\
            Kadambay Saytov,Speeker,Maybe\n";
        let rows = parse(text, ',').unwrap();
        let h = find_header(&rows, &ColumnMap::default()).unwrap();
        let (people, problems) = read(&rows, &h);
        assert_eq!(people[0].role, Some(Role::Speaker));
        assert_eq!(people[0].status(), Some(Status::Confirmed));
        assert_eq!(people[1].role, Some(Role::Speaker));
        assert_eq!(people[1].status(), Some(Status::Declined));
        assert_eq!(people[2].role, None);
        assert_eq!((problems[0].line, problems[0].column), (4, 2));
        assert!(
            problems[0]
                .message
                .contains("unknown role `Speeker`, did you mean speaker?"),
            "{problems:?}"
        );
        assert!(
            problems[1].message.contains("unknown status `Maybe`"),
            "{problems:?}"
        );
    }

    #[test]
    fn russian_names_keep_the_patronymic_and_match_without_it() {
        let rows = parse("Фамилия;Имя;Отчество\nКусиденова;Гульнара;Сериковна\n", ';').unwrap();
        let h = find_header(&rows, &ColumnMap::default()).unwrap();
        let (people, _) = read(&rows, &h);
        assert_eq!(people[0].name, "Гульнара Сериковна Кусиденова");
        assert_eq!(people[0].short_name.as_deref(), Some("Гульнара Кусиденова"));
    }
}
