//! Who owes a follow-up: a participant on the roster, or an organization
//! or country written as text; and which country that is.
//!
//! The reference meetings mostly name countries and bodies ("Kazakhstan",
//! "Ministry of Education and Science of Tajikistan (MoES)"), not people, so
//! "the owner's country" is the participant's `country` when a person owns
//! it, else a country named in `owner_org`.

use crate::domain::{FollowUp, Participant, Text, codes};

use super::fold::fold;

#[derive(Debug, Clone, Copy)]
pub struct Owner<'a> {
    /// The `owner` id as written, found on the roster or not.
    pub id: Option<&'a str>,
    pub participant: Option<&'a Participant>,
    pub org: Option<&'a Text>,
}

impl<'a> Owner<'a> {
    pub fn of(f: &'a FollowUp, participant: Option<&'a Participant>) -> Self {
        Owner {
            id: f.owner.as_deref(),
            participant,
            org: f.owner_org.as_ref(),
        }
    }

    /// For a list: the person's name, else the id as written, else the organization.
    pub fn label(&self) -> String {
        match (self.participant, self.id, self.org) {
            (Some(p), _, _) => p.display_name("en", &[]),
            (None, Some(id), _) => id.to_string(),
            (None, None, Some(o)) => o.primary().to_string(),
            (None, None, None) => String::new(),
        }
    }

    /// Every text an owner filter is matched against.
    pub fn texts(&self) -> Vec<&'a str> {
        let mut v: Vec<&'a str> = self.id.into_iter().collect();
        if let Some(p) = self.participant {
            v.extend(p.name.all());
            if let Some(o) = &p.organization {
                v.extend(o.all());
            }
        }
        if let Some(o) = self.org {
            v.extend(o.all());
        }
        v
    }

    /// ISO 3166-1 alpha-2 of the owner's country, when it can be told.
    pub fn country(&self) -> Option<String> {
        if let Some(c) = self.participant.and_then(|p| p.country.as_deref()) {
            return Some(c.to_string());
        }
        if let Some(p) = self.participant
            && let Some(c) = p
                .organization
                .as_ref()
                .and_then(|o| country_in_text(o.primary()))
        {
            return Some(c.to_string());
        }
        self.org
            .and_then(|o| o.all().find_map(country_in_text))
            .map(str::to_string)
    }
}

/// Names the ISO table does not give but these meetings' documents use.
const ALIASES: &[(&str, &str)] = &[
    ("kyrgyz republic", "KG"),
    ("republic of kazakhstan", "KZ"),
    ("republic of tajikistan", "TJ"),
    ("republic of uzbekistan", "UZ"),
    ("republic of korea", "KR"),
    ("russia", "RU"),
];

/// The country a text is, or names as a whole word: `Kazakhstan` → `KZ`,
/// `Ministry of Education and Science of Tajikistan (MoES)` → `TJ`.
pub fn country_in_text(text: &str) -> Option<&'static str> {
    if let Some(c) = codes::suggest_country(text) {
        return Some(c);
    }
    let hay = format!(" {} ", words_only(&fold(text)));
    let named = |name: &str| hay.contains(&format!(" {} ", words_only(&fold(name))));
    if let Some((_, code)) = ALIASES.iter().find(|(n, _)| named(n)) {
        return Some(code);
    }
    celes::Country::get_countries()
        .into_iter()
        .find(|c| c.long_name.len() > 3 && named(c.long_name))
        .map(|c| c.alpha2)
}

/// The country a text is as a whole — `Kazakhstan`, `Kyrgyz Republic`,
/// `Казахстан` → its code — and `None` for a text that only mentions one:
/// `Ministry of Education of Tajikistan` is an organization, not a country.
/// How the exports tell a country's delegation presenting (an item's
/// `presenter`) from an organization presenting.
pub fn country_named(text: &str) -> Option<&'static str> {
    let t = text.trim();
    if let Ok(c) = celes::Country::from_name(t).or_else(|_| celes::Country::from_alias(t)) {
        return Some(c.alpha2);
    }
    let whole = words_only(&fold(t));
    if let Some((_, code)) = ALIASES.iter().find(|(n, _)| *n == whole) {
        return Some(code);
    }
    let same = |name: &str| words_only(&fold(name)) == whole;
    let ru = crate::i18n::Lang::Ru;
    celes::Country::get_countries()
        .into_iter()
        .find(|c| {
            let key = format!("country-{}", c.alpha2);
            same(c.long_name)
                || (crate::i18n::has(ru, &key)
                    && same(&crate::i18n::text(ru, &key, &crate::i18n::Args::new())))
        })
        .map(|c| c.alpha2)
}

/// Letters and digits, every other run of characters one space.
fn words_only(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_named_in_organizations() {
        assert_eq!(country_in_text("Kazakhstan"), Some("KZ"));
        assert_eq!(
            country_in_text("Ministry of Education and Science of Tajikistan (MoES)"),
            Some("TJ")
        );
        assert_eq!(
            country_in_text(
                "UNESCO IITE and the Republican Institute under the Ministry of Education and Science of the Kyrgyz Republic"
            ),
            Some("KG")
        );
        assert_eq!(country_in_text("UNESCO-ICHEI"), None);
        assert_eq!(country_in_text("Participants of the expert meeting"), None);
    }

    #[test]
    fn a_country_as_a_whole_not_one_mentioned() {
        for (t, code) in [
            ("Kazakhstan", "KZ"),
            ("Republic of Uzbekistan", "UZ"),
            ("Kyrgyz Republic", "KG"),
            ("Republic of Tajikistan", "TJ"),
            ("Turkmenistan", "TM"),
            ("Казахстан", "KZ"),
        ] {
            assert_eq!(country_named(t), Some(code), "{t}");
        }
        for t in [
            "UNESCO IITE",
            "Ministry of Education and Science of Tajikistan (MoES)",
            "",
        ] {
            assert_eq!(country_named(t), None, "{t}");
        }
    }
}
