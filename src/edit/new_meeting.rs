//! Creating a meeting file from the few facts an organizer knows first:
//! title, dates, time zone, working languages and format.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use super::ops::slug;
use crate::domain::{Format, Meeting, Text, codes};
use crate::load::Document;
use crate::tr;

#[derive(Debug, Clone, Default)]
pub struct NewMeeting {
    pub title: String,
    pub start_date: String,
    pub end_date: String,
    pub timezone: String,
    /// Comma- or space-separated ISO 639-1 codes (or language names).
    pub languages: String,
    pub format: String,
}

/// Each field's problem, by field name, so a form can show it at the field.
pub type FieldErrors = Vec<(&'static str, String)>;

impl NewMeeting {
    /// Validates the form into a meeting; every bad field is reported at once.
    pub fn to_meeting(&self) -> Result<Meeting, FieldErrors> {
        let mut errs: FieldErrors = Vec::new();
        if self.title.trim().is_empty() {
            errs.push(("title", tr!("form-meeting-title-needed")));
        }
        let start = crate::domain::date::parse(&self.start_date)
            .map_err(|e| errs.push(("start_date", crate::load::value_said(&e))))
            .ok();
        let end = if self.end_date.trim().is_empty() {
            None
        } else {
            crate::domain::date::parse(&self.end_date)
                .map_err(|e| errs.push(("end_date", crate::load::value_said(&e))))
                .ok()
        };
        if let (Some(s), Some(e)) = (start, end)
            && e < s
        {
            errs.push((
                "end_date",
                tr!(
                    "form-meeting-ends-before-start",
                    end = e.to_string(),
                    start = s.to_string()
                ),
            ));
        }
        let tz = self.timezone.trim();
        if chrono_tz::Tz::from_str(tz).is_err() {
            let hint = crate::problem::suggest::timezone(tz)
                .map(|z| tr!("form-zone-did-you-mean", zone = z))
                .unwrap_or_default();
            errs.push((
                "timezone",
                tr!("form-not-iana-zone", zone = tz, hint = hint),
            ));
        }
        let mut languages = Vec::new();
        for word in self
            .languages
            .split([',', ' '])
            .filter(|w| !w.trim().is_empty())
        {
            match codes::suggest_language(word) {
                Some(c) if !languages.contains(&c.to_string()) => languages.push(c.to_string()),
                Some(_) => {}
                None => errs.push(("languages", tr!("form-not-a-language-code", code = word))),
            }
        }
        let format = match self.format.trim().to_lowercase().as_str() {
            "" | "in-person" | "in person" | "onsite" => Format::InPerson,
            "online" | "virtual" => Format::Online,
            "hybrid" => Format::Hybrid,
            other => {
                errs.push(("format", tr!("form-not-a-format", format = other)));
                Format::InPerson
            }
        };
        if !errs.is_empty() {
            return Err(errs);
        }
        let start = start.unwrap_or_default();
        Ok(Meeting {
            title: Text::plain(self.title.trim()),
            format,
            timezone: tz.to_string(),
            start_date: start,
            end_date: end.filter(|e| *e != start),
            languages,
            ..Meeting::default()
        })
    }
}

/// `YYYY-MM-title-slug.yaml` in `dir`, as the reference agendas are named.
pub fn file_name_for(dir: &Path, m: &Meeting) -> PathBuf {
    let stem = format!(
        "{}-{}",
        m.start_date.format("%Y-%m"),
        slug(m.title.primary())
    );
    let mut p = dir.join(format!("{stem}.yaml"));
    let mut n = 2;
    while p.exists() {
        p = dir.join(format!("{stem}-{n}.yaml"));
        n += 1;
    }
    p
}

/// Validates the form and writes the new meeting file into `dir`.
pub fn create(dir: &Path, form: &NewMeeting) -> Result<Document, FieldErrors> {
    let m = form.to_meeting()?;
    let path = file_name_for(dir, &m);
    crate::save::create(&path, &m).map_err(|e| vec![("file", e.said())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_every_field_at_once() {
        let form = NewMeeting {
            title: "".into(),
            start_date: "2026-02-30".into(),
            timezone: "Almaty".into(),
            languages: "en, xx".into(),
            format: "webinar".into(),
            ..Default::default()
        };
        let errs = form.to_meeting().unwrap_err();
        let fields: Vec<_> = errs.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            ["title", "start_date", "timezone", "languages", "format"]
        );
        assert!(errs[2].1.contains("did you mean Asia/Almaty"), "{errs:?}");
    }

    #[test]
    fn creates_a_file_named_by_date_and_title() {
        let dir = tempfile::tempdir().unwrap();
        let form = NewMeeting {
            title: "CASIE 2023".into(),
            start_date: "2023-10-05".into(),
            end_date: "2023-10-06".into(),
            timezone: "Asia/Almaty".into(),
            languages: "English Russian".into(),
            format: "hybrid".into(),
        };
        let doc = create(dir.path(), &form).unwrap();
        assert_eq!(doc.path.file_name().unwrap(), "2023-10-casie-2023.yaml");
        assert_eq!(doc.meeting.languages, ["en", "ru"]);
        let again = crate::load::load(&doc.path).unwrap();
        assert_eq!(again.meeting, doc.meeting);
    }
}
