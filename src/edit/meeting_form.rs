//! Reading the meeting form into the meeting's own facts: title, dates,
//! time zone, working languages and format (checked as a new meeting's
//! are, by [`super::new_meeting`]), and the rest of the record — theme,
//! venue, city, country, series, organizers, hosts, partners, objectives,
//! description, audience, notes — each multilingual text in every working
//! language, and the fields marked not confirmed.

use super::form_text::{
    first_text_field, read_opt_text, read_tentative, read_text, read_text_list,
};
use super::new_meeting::NewMeeting;
use super::session_form::{Fields, FormErrors, MARKS};
use crate::domain::{Meeting, Tentative, codes};
use crate::tr;

/// The meeting's single values a report may only propose: the ones the
/// check allows in `tentative`.
pub use crate::domain::TENTATIVE_FIELDS as MARKABLE;

/// The lists of texts the form edits one entry at a time (`organizers.0`).
pub const TEXT_LISTS: [&str; 4] = ["organizers", "hosts", "partners", "objectives"];

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// `old` with the form's values; every bad field reported at once. Texts
/// are read in `old`'s working languages, the ones the form showed.
pub fn read_meeting(old: &Meeting, f: &Fields) -> Result<Meeting, FormErrors> {
    let langs = &old.languages;
    let title = read_text(langs, f, "title", &old.title);
    let core = NewMeeting {
        title: title.primary().to_string(),
        start_date: f.get("start_date").into(),
        end_date: f.get("end_date").into(),
        timezone: f.get("timezone").into(),
        languages: f.get("languages").into(),
        format: f.get("format").into(),
    }
    .to_meeting();
    let mut errs: FormErrors = Vec::new();
    let mut m = old.clone();
    match core {
        Ok(new) => {
            m.title = title;
            m.start_date = new.start_date;
            // A last day written the same as the first stays written.
            if old.end_date.map(|d| d.to_string()).as_deref() != Some(f.get("end_date")) {
                m.end_date = new.end_date;
            }
            m.timezone = new.timezone;
            m.languages = new.languages;
            m.format = new.format;
        }
        Err(e) => errs.extend(e.into_iter().map(|(k, v)| (field_of(langs, k), v))),
    }
    m.short_title = opt(f.get("short_title"));
    m.series = opt(f.get("series"));
    m.theme = read_opt_text(langs, f, "theme", &old.theme);
    m.venue = read_opt_text(langs, f, "venue", &old.venue);
    m.city = read_opt_text(langs, f, "city", &old.city);
    m.country = opt(f.get("country"));
    if let Some(c) = &m.country
        && !codes::is_country(c)
    {
        errs.push((
            "country".into(),
            tr!("form-not-a-country", code = c.as_str()),
        ));
    }
    m.organizers = read_text_list(langs, f, "organizers", &old.organizers);
    m.hosts = read_text_list(langs, f, "hosts", &old.hosts);
    m.partners = read_text_list(langs, f, "partners", &old.partners);
    m.objectives = read_text_list(langs, f, "objectives", &old.objectives);
    if f.has(&first_text_field(langs, "description")) {
        m.description = read_opt_text(langs, f, "description", &old.description);
        m.audience = read_opt_text(langs, f, "audience", &old.audience);
    }
    m.notes = opt(f.get("notes"));
    if f.has(MARKS) {
        let whole = old.tentative == Tentative::All;
        m.tentative = read_tentative(&old.tentative, whole, &f.list(MARKS), &MARKABLE);
    }
    if errs.is_empty() { Ok(m) } else { Err(errs) }
}

/// The form field a core fact's problem belongs at (the title's first language).
fn field_of(langs: &[String], k: &str) -> String {
    if k == "title" {
        super::form_text::first_text_field(langs, "title")
    } else {
        k.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Text;

    fn meeting() -> Meeting {
        Meeting {
            title: Text::plain("Workshop"),
            timezone: "Asia/Almaty".into(),
            languages: vec!["en".into(), "ru".into()],
            organizers: vec![Text::plain("UNESCO")],
            ..Meeting::default()
        }
    }

    #[test]
    fn the_whole_record_is_read_and_each_problem_named() {
        let old = meeting();
        let f = Fields::new([
            ("title:en", "Workshop"),
            ("title:ru", "Семинар"),
            ("start_date", "2023-05-16"),
            ("timezone", "Asia/Almaty"),
            ("languages", "en, ru"),
            ("format", "hybrid"),
            ("city:en", "Almaty"),
            ("city:ru", "Алматы"),
            ("country", "KZ"),
            ("organizers.0:en", "UNESCO"),
            ("organizers.1:en", "IITE"),
            ("organizers.1:ru", "ИИТО"),
            ("notes", "Contract signed."),
            (MARKS, "city, timezone"),
        ]);
        let m = read_meeting(&old, &f).unwrap();
        assert_eq!(m.title.get("ru", &[]), "Семинар");
        assert_eq!(m.city.as_ref().map(|c| c.get("ru", &[])), Some("Алматы"));
        assert_eq!(m.organizers[0], Text::plain("UNESCO"));
        assert_eq!(m.organizers[1].get("ru", &[]), "ИИТО");
        assert_eq!(m.notes.as_deref(), Some("Contract signed."));
        assert_eq!(
            m.tentative,
            Tentative::Fields(vec!["city".into(), "timezone".into()])
        );
        let bad = Fields::new([("title:en", ""), ("timezone", "Almaty"), ("country", "XX")]);
        let errs = read_meeting(&old, &bad).unwrap_err();
        let names: Vec<&str> = errs.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"title:en"), "{names:?}");
        assert!(names.contains(&"country"), "{names:?}");
    }
}
