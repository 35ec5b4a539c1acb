//! Follow-ups as CSV and JSON, with stable, documented columns.
//!
//! One flat record per follow-up ([`Record`]); both formats carry the same
//! fields under the same names, in [`COLUMNS`] order, and docs/followups.md
//! describes each. New columns may be added at the end; none is renamed or
//! moved, so a colleague's spreadsheet or script keeps working.

use chrono::NaiveDate;
use serde::Serialize;

use super::query::{Row, state_name};
use crate::safe::{csv, json};

/// Column names, in order, for both CSV and JSON.
pub const COLUMNS: [&str; 21] = [
    "meeting",
    "meeting_title",
    "id",
    "title",
    "owner",
    "owner_id",
    "owner_org",
    "owner_country",
    "due",
    "days_left",
    "status",
    "state",
    "closed",
    "session",
    "session_title",
    "tags",
    "carried_from",
    "last_note_date",
    "last_note",
    "notes",
    "tentative",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    pub meeting: String,
    pub meeting_title: String,
    pub id: String,
    pub title: String,
    pub owner: String,
    pub owner_id: Option<String>,
    pub owner_org: Option<String>,
    pub owner_country: Option<String>,
    pub due: Option<String>,
    pub days_left: Option<i64>,
    pub status: &'static str,
    pub state: &'static str,
    pub closed: Option<String>,
    pub session: Option<String>,
    pub session_title: Option<String>,
    pub tags: Vec<String>,
    pub carried_from: Option<String>,
    pub last_note_date: Option<String>,
    pub last_note: Option<String>,
    pub notes: Option<String>,
    /// What is not confirmed yet: `all`, or the fields (`due`, `owner_org`), comma-separated.
    pub tentative: Option<String>,
}

fn day(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

impl Record {
    pub fn of(r: &Row, countries: &mut super::query::CountryCache) -> Self {
        let f = r.follow_up;
        let last = r.last_note();
        Record {
            meeting: r.key.to_string(),
            meeting_title: r.meeting.label().to_string(),
            id: f.id.clone(),
            title: f.title.primary().to_string(),
            owner: r.owner.label(),
            owner_id: f.owner.clone(),
            owner_org: f.owner_org.as_ref().map(|o| o.primary().to_string()),
            owner_country: countries.of(&r.owner),
            due: day(f.due),
            days_left: r.days_left,
            status: f.status.as_str(),
            state: state_name(r.state),
            closed: day(f.closed),
            session: f.session.clone(),
            session_title: r.session_title().map(str::to_string),
            tags: f.tags.clone(),
            carried_from: f.carried_from.clone(),
            last_note_date: day(last.map(|l| l.date)),
            last_note: last.map(|l| l.note.clone()),
            notes: f.notes.clone(),
            tentative: match &f.tentative {
                crate::domain::Tentative::No => None,
                crate::domain::Tentative::All => Some("all".into()),
                crate::domain::Tentative::Fields(v) => Some(v.join(",")),
            },
        }
    }

    /// The fields as CSV cells, in [`COLUMNS`] order.
    fn cells(&self) -> [String; 21] {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        [
            self.meeting.clone(),
            self.meeting_title.clone(),
            self.id.clone(),
            self.title.clone(),
            self.owner.clone(),
            o(&self.owner_id),
            o(&self.owner_org),
            o(&self.owner_country),
            o(&self.due),
            self.days_left.map(|d| d.to_string()).unwrap_or_default(),
            self.status.to_string(),
            self.state.to_string(),
            o(&self.closed),
            o(&self.session),
            o(&self.session_title),
            self.tags.join(";"),
            o(&self.carried_from),
            o(&self.last_note_date),
            o(&self.last_note),
            o(&self.notes),
            o(&self.tentative),
        ]
    }
}

pub fn records(rows: &[Row]) -> Vec<Record> {
    let mut countries = super::query::CountryCache::default();
    rows.iter().map(|r| Record::of(r, &mut countries)).collect()
}

/// A header line, then one line per record; lines end in `\n`. Every
/// cell, ids included, is defused ([`csv::cell`]): this file goes to
/// colleagues' spreadsheets.
pub fn to_csv(records: &[Record]) -> String {
    let mut out = COLUMNS.join(",");
    out.push('\n');
    for r in records {
        let cells = r.cells();
        let line: Vec<String> = cells.iter().map(|c| csv::cell(c)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// A JSON array of objects, keys in [`COLUMNS`] order, absent values
/// `null`; every control and bidi character escaped as `\uXXXX`.
pub fn to_json(records: &[Record]) -> Result<String, serde_json::Error> {
    let mut s = json::escape(&serde_json::to_string_pretty(records)?);
    s.push('\n');
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_match_the_record() {
        let json = serde_json::to_value(Record {
            meeting: String::new(),
            meeting_title: String::new(),
            id: String::new(),
            title: String::new(),
            owner: String::new(),
            owner_id: None,
            owner_org: None,
            owner_country: None,
            due: None,
            days_left: None,
            status: "open",
            state: "no-date",
            closed: None,
            session: None,
            session_title: None,
            tags: vec![],
            carried_from: None,
            last_note_date: None,
            last_note: None,
            notes: None,
            tentative: None,
        })
        .unwrap();
        let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), COLUMNS.len());
        for c in COLUMNS {
            assert!(json.get(c).is_some(), "{c}");
        }
    }
}
