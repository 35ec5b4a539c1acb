//! "Did you mean ...?" — the closest known name to a mistyped one, and
//! the time zone meant by a city or a misspelt IANA name.

/// Levenshtein distance on chars; inputs here are short names and ids.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidate nearest to `input`, if near enough to be a likely typo.
pub fn closest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let lower = input.to_lowercase();
    let limit = (input.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (distance(&lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// `did you mean `x`?` as a hint, when there is a close candidate.
pub fn did_you_mean<'a, I>(input: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    closest(input, candidates).map(|c| format!("did you mean `{c}`?"))
}

/// The IANA name meant by `input`: exact, a city (`Almaty`), or a near miss.
pub fn timezone(input: &str) -> Option<&'static str> {
    let names = chrono_tz::TZ_VARIANTS.iter().map(|t| t.name());
    let lower = input.trim().to_lowercase().replace(' ', "_");
    names
        .clone()
        .find(|n| {
            n.to_lowercase() == lower
                || n.rsplit('/')
                    .next()
                    .is_some_and(|c| c.to_lowercase() == lower)
        })
        .or_else(|| closest(input, names.clone()))
        .or_else(|| {
            // A misspelt city alone (`Almati`): match it against the cities' names.
            let cities = names
                .clone()
                .filter_map(|n| n.rsplit_once('/').map(|(_, c)| c));
            let city = closest(&lower, cities)?;
            names
                .clone()
                .find(|n| n.rsplit_once('/').is_some_and(|(_, c)| c == city))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_not_strangers() {
        assert_eq!(distance("speakrs", "speakers"), 1);
        assert_eq!(closest("speakrs", ["title", "speakers"]), Some("speakers"));
        assert_eq!(closest("zzzzzz", ["title", "speakers"]), None);
        assert_eq!(
            closest("Asia/Almati", ["Asia/Almaty", "Asia/Tokyo"]),
            Some("Asia/Almaty")
        );
    }

    #[test]
    fn time_zone_hints() {
        assert_eq!(timezone("Almaty"), Some("Asia/Almaty"));
        assert_eq!(timezone("Asia/Almati"), Some("Asia/Almaty"));
        assert_eq!(timezone("asia/bishkek"), Some("Asia/Bishkek"));
        assert_eq!(timezone("Almati"), Some("Asia/Almaty"));
    }
}
