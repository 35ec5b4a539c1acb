//! Which column holds what: the header row found (after any preamble, such
//! as a Zoom report's), its columns recognised by the names Indico, Zoom,
//! Google Forms and Russian-language sheets give them, and `--map` for the rest.

use super::table::Row;

/// What a column of a registration export feeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    FirstName,
    LastName,
    MiddleName,
    Email,
    Organization,
    Position,
    Country,
    Languages,
    Honorific,
    Role,
    Status,
    Attended,
    Ignore,
}

impl Field {
    /// The names `--map` accepts.
    pub const ALL: [(&'static str, Field); 14] = [
        ("name", Field::Name),
        ("first-name", Field::FirstName),
        ("last-name", Field::LastName),
        ("middle-name", Field::MiddleName),
        ("email", Field::Email),
        ("organization", Field::Organization),
        ("position", Field::Position),
        ("country", Field::Country),
        ("languages", Field::Languages),
        ("honorific", Field::Honorific),
        ("role", Field::Role),
        ("status", Field::Status),
        ("attended", Field::Attended),
        ("ignore", Field::Ignore),
    ];

    pub fn as_str(self) -> &'static str {
        Field::ALL
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("ignore", |(n, _)| n)
    }

    fn parse(s: &str) -> Option<Field> {
        let s = s.trim().to_ascii_lowercase().replace('_', "-");
        Field::ALL.iter().find(|(n, _)| *n == s).map(|(_, f)| *f)
    }
}

/// Header names as the usual exports write them (compared lower-cased, trimmed).
const KNOWN: &[(&str, Field)] = &[
    ("name", Field::Name),
    ("full name", Field::Name),
    ("user name (original name)", Field::Name),
    ("user name", Field::Name),
    ("participant", Field::Name),
    ("фио", Field::Name),
    ("ф.и.о.", Field::Name),
    ("ф. и. о.", Field::Name),
    ("имя и фамилия", Field::Name),
    ("first name", Field::FirstName),
    ("given name", Field::FirstName),
    ("имя", Field::FirstName),
    ("last name", Field::LastName),
    ("surname", Field::LastName),
    ("family name", Field::LastName),
    ("фамилия", Field::LastName),
    ("middle name", Field::MiddleName),
    ("patronymic", Field::MiddleName),
    ("отчество", Field::MiddleName),
    ("email", Field::Email),
    ("e-mail", Field::Email),
    ("email address", Field::Email),
    ("e-mail address", Field::Email),
    ("электронная почта", Field::Email),
    ("эл. почта", Field::Email),
    ("почта", Field::Email),
    ("affiliation", Field::Organization),
    ("organization", Field::Organization),
    ("organisation", Field::Organization),
    ("institution", Field::Organization),
    ("company", Field::Organization),
    ("организация", Field::Organization),
    ("место работы", Field::Organization),
    ("учреждение", Field::Organization),
    ("position", Field::Position),
    ("job title", Field::Position),
    ("должность", Field::Position),
    ("country", Field::Country),
    ("country/region name", Field::Country),
    ("country/region", Field::Country),
    ("страна", Field::Country),
    ("language", Field::Languages),
    ("languages", Field::Languages),
    ("язык", Field::Languages),
    ("языки", Field::Languages),
    ("title", Field::Honorific),
    ("salutation", Field::Honorific),
    ("обращение", Field::Honorific),
    ("role", Field::Role),
    ("роль", Field::Role),
    ("status", Field::Status),
    ("статус", Field::Status),
    ("attended", Field::Attended),
    ("id", Field::Ignore),
    ("timestamp", Field::Ignore),
    ("phone", Field::Ignore),
    ("телефон", Field::Ignore),
    ("registration time", Field::Ignore),
    ("registration date", Field::Ignore),
    ("approval status", Field::Ignore),
    ("join time", Field::Ignore),
    ("leave time", Field::Ignore),
    ("time in session (minutes)", Field::Ignore),
    ("is guest", Field::Ignore),
];

fn normalize(h: &str) -> String {
    h.trim()
        .trim_matches(['*', ':', '"'])
        .trim()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A known header name, or for Google Forms' question titles ("Your e-mail",
/// "Country of residence") the field its words name.
fn known(h: &str) -> Option<Field> {
    let n = normalize(h);
    if let Some((_, f)) = KNOWN.iter().find(|(k, _)| *k == n) {
        return Some(*f);
    }
    let has = |w: &[&str]| w.iter().any(|w| n.contains(w));
    Some(if has(&["e-mail", "email", "почт"]) {
        Field::Email
    } else if has(&["affiliation", "organi", "организац"]) {
        Field::Organization
    } else if has(&["country", "стран"]) {
        Field::Country
    } else if has(&["full name", "your name", "фио"]) {
        Field::Name
    } else if has(&["language", "язык"]) {
        Field::Languages
    } else {
        return None;
    })
}

/// `--map "Full name=name,Mail=email"`: header (case aside) to field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMap(Vec<(String, Field)>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    #[error("--map: `{0}` is not COLUMN=field; write it as --map \"Full name=name,Mail=email\"")]
    Syntax(String),
    #[error("--map: unknown field `{field}` for column `{column}`; fields are {fields}")]
    Field {
        column: String,
        field: String,
        fields: String,
    },
}

impl MapError {
    /// The refusal as a catalogue message; its English is the Display above.
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            MapError::Syntax(pair) => crate::msg!("import-map-syntax", pair = pair),
            MapError::Field {
                column,
                field,
                fields,
            } => crate::msg!(
                "import-map-field",
                column = column,
                field = field,
                fields = fields
            ),
        }
    }
}

impl ColumnMap {
    pub fn parse(s: &str) -> Result<ColumnMap, MapError> {
        let mut v = Vec::new();
        for pair in s.split(',').filter(|p| !p.trim().is_empty()) {
            let (col, field) = pair
                .rsplit_once('=')
                .ok_or_else(|| MapError::Syntax(pair.trim().into()))?;
            let f = Field::parse(field).ok_or_else(|| MapError::Field {
                column: col.trim().into(),
                field: field.trim().into(),
                fields: field_names(),
            })?;
            v.push((normalize(col), f));
        }
        Ok(ColumnMap(v))
    }

    fn get(&self, header: &str) -> Option<Field> {
        let n = normalize(header);
        self.0.iter().find(|(c, _)| *c == n).map(|(_, f)| *f)
    }
}

/// The field names `--map` accepts, for messages.
pub fn field_names() -> String {
    Field::ALL
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The header row and what each of its columns feeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// Index of the header in the rows.
    pub row: usize,
    pub line: usize,
    /// Header text and field of each column; `None`: not recognised (ignored).
    pub columns: Vec<(String, Option<Field>)>,
    /// What kind of export this looks like, for the preview.
    pub source: &'static str,
}

impl Header {
    pub fn field(&self, column: usize) -> Option<Field> {
        self.columns.get(column).and_then(|(_, f)| *f)
    }
}

/// No header could be recognised: the first rows, to show the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoHeader {
    pub first_rows: Vec<(usize, Vec<String>)>,
}

/// Finds the header: the first row (after a Zoom report's "Attendee
/// Details" line, when there is one) where at least two columns are known
/// and one of them gives a name.
pub fn find_header(rows: &[Row], map: &ColumnMap) -> Result<Header, NoHeader> {
    let from = rows
        .iter()
        .position(|r| {
            r.cells
                .first()
                .is_some_and(|c| normalize(c) == "attendee details")
        })
        .map_or(0, |i| i + 1);
    for (i, r) in rows.iter().enumerate().skip(from) {
        let columns: Vec<(String, Option<Field>)> = r
            .cells
            .iter()
            .map(|c| (c.clone(), map.get(c).or_else(|| known(c))))
            .collect();
        let fields: Vec<Field> = columns.iter().filter_map(|(_, f)| *f).collect();
        let names = fields
            .iter()
            .any(|f| matches!(f, Field::Name | Field::LastName));
        let useful = fields.iter().filter(|f| **f != Field::Ignore).count();
        if names && useful >= 2 {
            let heads: Vec<String> = columns.iter().map(|(h, _)| normalize(h)).collect();
            let has = |h: &str| heads.iter().any(|x| x == h);
            let source = if from > 0 || has("user name (original name)") {
                "Zoom attendee report"
            } else if has("timestamp") && has("email address") {
                "Google Forms"
            } else if has("affiliation") && has("id") {
                "Indico registrations"
            } else if has("фамилия") {
                "Russian-language sheet"
            } else {
                "sheet"
            };
            return Ok(Header {
                row: i,
                line: r.line,
                columns,
                source,
            });
        }
    }
    Err(NoHeader {
        first_rows: rows
            .iter()
            .take(5)
            .map(|r| (r.line, r.cells.clone()))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registration::table::parse;

    #[test]
    fn finds_the_attendee_table_after_a_zoom_preamble() {
        let text = "Attendee Report\nTopic,Webinar ID\nvCASIE,123\nHost Details\nAttended,User Name (Original Name),Email\nYes,Host,h@x\nAttendee Details\nAttended,User Name (Original Name),First Name,Last Name,Email\nYes,A,B,C,d@e\n";
        let rows = parse(text, ',').unwrap();
        let h = find_header(&rows, &ColumnMap::default()).unwrap();
        assert_eq!((h.line, h.source), (8, "Zoom attendee report"));
        assert_eq!(h.field(2), Some(Field::FirstName));
    }

    #[test]
    fn knows_russian_headers_and_takes_a_map() {
        let rows = parse("Фамилия;Имя;Отчество;Организация\n", ';').unwrap();
        let h = find_header(&rows, &ColumnMap::default()).unwrap();
        assert_eq!(h.field(2), Some(Field::MiddleName));
        let rows = parse("Who,Where\nA,B\n", ',').unwrap();
        assert!(find_header(&rows, &ColumnMap::default()).is_err());
        let map = ColumnMap::parse("who=name, Where=organization").unwrap();
        assert_eq!(
            find_header(&rows, &map).unwrap().field(1),
            Some(Field::Organization)
        );
        assert!(matches!(ColumnMap::parse("who"), Err(MapError::Syntax(_))));
        let rows = parse("Email Address\tFull name\tPreferred language\n", '\t').unwrap();
        let h = find_header(&rows, &ColumnMap::default()).unwrap();
        assert_eq!(h.field(2), Some(Field::Languages));
        assert!(matches!(
            ColumnMap::parse("who=nom"),
            Err(MapError::Field { .. })
        ));
    }
}
