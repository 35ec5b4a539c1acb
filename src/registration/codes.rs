//! Countries and languages as registration forms write them — in English or
//! Russian, as names or codes — to the ISO codes the agenda stores, and
//! roles and statuses to the agenda's words, with a did-you-mean when a
//! name is not known.

use crate::domain::codes::{country_said, suggest_country, suggest_language};
use crate::domain::{Role, Status};

/// Russian names of the countries these meetings draw from (celes knows the
/// English ones).
const RU_COUNTRIES: &[(&str, &str)] = &[
    ("россия", "RU"),
    ("российская федерация", "RU"),
    ("рф", "RU"),
    ("казахстан", "KZ"),
    ("республика казахстан", "KZ"),
    ("кыргызстан", "KG"),
    ("киргизия", "KG"),
    ("кыргызская республика", "KG"),
    ("узбекистан", "UZ"),
    ("республика узбекистан", "UZ"),
    ("таджикистан", "TJ"),
    ("республика таджикистан", "TJ"),
    ("туркменистан", "TM"),
    ("туркмения", "TM"),
    ("китай", "CN"),
    ("кнр", "CN"),
    ("корея", "KR"),
    ("республика корея", "KR"),
    ("южная корея", "KR"),
    ("монголия", "MN"),
    ("азербайджан", "AZ"),
    ("армения", "AM"),
    ("грузия", "GE"),
    ("беларусь", "BY"),
    ("белоруссия", "BY"),
    ("украина", "UA"),
    ("молдова", "MD"),
    ("афганистан", "AF"),
    ("иран", "IR"),
    ("пакистан", "PK"),
    ("индия", "IN"),
    ("турция", "TR"),
    ("япония", "JP"),
    ("германия", "DE"),
    ("франция", "FR"),
    ("великобритания", "GB"),
    ("сша", "US"),
    ("соединенные штаты", "US"),
    ("италия", "IT"),
    ("швейцария", "CH"),
];

/// Common English names celes spells differently.
const EN_ALIASES: &[(&str, &str)] = &[
    ("kyrgyzstan", "KG"),
    ("kyrgyz republic", "KG"),
    ("south korea", "KR"),
    ("korea", "KR"),
    ("republic of korea", "KR"),
    ("russia", "RU"),
    ("china", "CN"),
    ("usa", "US"),
    ("united states", "US"),
    ("uk", "GB"),
    ("united kingdom", "GB"),
    ("iran", "IR"),
];

const RU_LANGUAGES: &[(&str, &str)] = &[
    ("русский", "ru"),
    ("английский", "en"),
    ("казахский", "kk"),
    ("кыргызский", "ky"),
    ("киргизский", "ky"),
    ("узбекский", "uz"),
    ("таджикский", "tg"),
    ("туркменский", "tk"),
    ("китайский", "zh"),
    ("корейский", "ko"),
    ("французский", "fr"),
    ("немецкий", "de"),
    ("испанский", "es"),
    ("арабский", "ar"),
    ("монгольский", "mn"),
    ("турецкий", "tr"),
    ("японский", "ja"),
];

/// A country's ISO code from a code, an English or a Russian name.
/// `Err` carries the closest known name's code, if any is close.
pub fn country_code(input: &str) -> Result<String, Option<String>> {
    let t = input.trim();
    // Russian names are often written without ё (Соединённые Штаты).
    let lower = t.to_lowercase().replace('ё', "е");
    if let Some(c) = suggest_country(t) {
        return Ok(c.to_string());
    }
    if let Some((_, c)) = RU_COUNTRIES
        .iter()
        .chain(EN_ALIASES)
        .find(|(n, _)| *n == lower)
    {
        return Ok((*c).to_string());
    }
    Err(closest(
        &lower,
        RU_COUNTRIES.iter().chain(EN_ALIASES).copied().chain(
            celes::Country::get_countries()
                .into_iter()
                .map(|c| (c.long_name, c.alpha2)),
        ),
    ))
}

/// ISO 639-1 codes from "English, Russian", "русский и казахский", "en/ru".
/// `Err` names the first word that is no language, with a suggestion.
pub fn language_codes(input: &str) -> Result<Vec<String>, (String, Option<String>)> {
    let mut out: Vec<String> = Vec::new();
    let parts = input
        .split([',', ';', '/', '+'])
        .flat_map(|p| p.split(" и ").flat_map(|p| p.split(" and ")))
        .map(str::trim)
        .filter(|p| !p.is_empty());
    for p in parts {
        let lower = p.to_lowercase();
        let lower = lower
            .trim_end_matches(" язык")
            .trim_end_matches(" language");
        let code = suggest_language(lower).map(str::to_string).or_else(|| {
            RU_LANGUAGES
                .iter()
                .find(|(n, _)| *n == lower)
                .map(|(_, c)| (*c).to_string())
        });
        match code {
            Some(c) if !out.contains(&c) => out.push(c),
            Some(_) => {}
            None => return Err((p.to_string(), closest(lower, RU_LANGUAGES.iter().copied()))),
        }
    }
    Ok(out)
}

/// The code of the name closest to `input` (at most two letters apart).
/// Role words registration forms use besides the agenda's own.
const ROLE_WORDS: &[(&str, Role)] = &[
    ("attendee", Role::Participant),
    ("delegate", Role::Participant),
    ("участник", Role::Participant),
    ("участница", Role::Participant),
    ("panelist", Role::Speaker),
    ("panellist", Role::Speaker),
    ("presenter", Role::Speaker),
    ("докладчик", Role::Speaker),
    ("спикер", Role::Speaker),
    ("выступающий", Role::Speaker),
    ("эксперт", Role::Expert),
    ("модератор", Role::Moderator),
    ("председатель", Role::Chair),
    ("переводчик", Role::Interpreter),
    ("наблюдатель", Role::Observer),
    ("организатор", Role::Organizer),
    ("донор", Role::Donor),
    ("докладчик-рапортёр", Role::Rapporteur),
    ("journalist", Role::Press),
    ("media", Role::Press),
    ("пресса", Role::Press),
    ("журналист", Role::Press),
    ("сотрудник", Role::Staff),
];

/// Status words registration systems use besides the agenda's own.
const STATUS_WORDS: &[(&str, Status)] = &[
    ("registered", Status::Confirmed),
    ("approved", Status::Confirmed),
    ("accepted", Status::Confirmed),
    ("complete", Status::Confirmed),
    ("pending", Status::Invited),
    ("rejected", Status::Declined),
    ("cancelled", Status::Declined),
    ("canceled", Status::Declined),
    ("withdrawn", Status::Declined),
    ("приглашён", Status::Invited),
    ("приглашен", Status::Invited),
    ("подтверждён", Status::Confirmed),
    ("подтвержден", Status::Confirmed),
    ("подтверждено", Status::Confirmed),
    ("зарегистрирован", Status::Confirmed),
    ("отказ", Status::Declined),
    ("отказался", Status::Declined),
    ("отклонён", Status::Declined),
    ("отклонен", Status::Declined),
    ("присутствовал", Status::Attended),
    ("участвовал", Status::Attended),
];

/// A role as a form writes it ("Speaker", "panelist", "докладчик"); `Err`
/// with the closest role when it is none.
pub fn role_of(input: &str) -> Result<Role, Option<String>> {
    let lower = input.trim().to_lowercase();
    let names = Role::ALL.iter().map(|r| (r.as_str(), *r));
    if let Some((_, r)) = names
        .clone()
        .chain(ROLE_WORDS.iter().copied())
        .find(|(n, _)| *n == lower)
    {
        return Ok(r);
    }
    Err(closest(&lower, names.map(|(n, _)| (n, n))))
}

/// A status as a form writes it ("Confirmed", "approved", "отказ").
pub fn status_of(input: &str) -> Result<Status, Option<String>> {
    let lower = input.trim().to_lowercase();
    let names = Status::ALL.iter().map(|s| (s.as_str(), *s));
    if let Some((_, s)) = names
        .clone()
        .chain(STATUS_WORDS.iter().copied())
        .find(|(n, _)| *n == lower)
    {
        return Ok(s);
    }
    Err(closest(&lower, names.map(|(n, _)| (n, n))))
}

fn closest<'a>(input: &str, names: impl Iterator<Item = (&'a str, &'a str)>) -> Option<String> {
    let input: Vec<char> = input.chars().collect();
    names
        .filter_map(|(n, c)| {
            let n: Vec<char> = n.to_lowercase().chars().collect();
            let d = distance(&input, &n);
            (d <= 2).then_some((d, c))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_string())
}

fn distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(x != y))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// "KZ (Kazakhstan)" for a suggestion in a message.
pub fn describe_country(code: &str) -> String {
    format!("{code} ({})", country_said(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_in_english_or_russian() {
        assert_eq!(country_code("Kazakhstan").unwrap(), "KZ");
        assert_eq!(country_code("Кыргызстан").unwrap(), "KG");
        assert_eq!(country_code("kg").unwrap(), "KG");
        assert_eq!(country_code("Republic of Korea").unwrap(), "KR");
        assert_eq!(country_code("Kazakstan"), Err(Some("KZ".into())));
        assert_eq!(country_code("Atlantis"), Err(None));
    }

    #[test]
    fn languages_in_english_or_russian() {
        assert_eq!(language_codes("English, Russian").unwrap(), ["en", "ru"]);
        assert_eq!(language_codes("русский и казахский").unwrap(), ["ru", "kk"]);
        assert_eq!(language_codes("en/ru").unwrap(), ["en", "ru"]);
        assert_eq!(
            language_codes("руский").unwrap_err(),
            ("руский".into(), Some("ru".into()))
        );
    }
}
