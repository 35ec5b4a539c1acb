//! The labelled query set: does roster search find what was meant?
//!
//! A 200-person roster is built here from known parts (each person's
//! surname, given name, organization and country, written in Latin,
//! Cyrillic or both, with twins listed once in each script), and every
//! query says which people it means by those parts, never by running the
//! matcher. The test reports recall and precision over the whole set and
//! holds them to recall 1.0 and precision ≥ 0.9.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;

use plenary::domain::{Participant, Text};
use plenary::search::{Matcher, Query, participant_key};

/// (Latin, Cyrillic, another Latin spelling people use).
const SURNAMES: &[(&str, &str, &str)] = &[
    ("Kussidenova", "Кусиденова", "Kusidenova"),
    ("Umankulova", "Уманкулова", "Umanqulova"),
    ("Zhaksylykova", "Жаксылыкова", "Jaksylykova"),
    ("Khamidov", "Хамидов", "Xamidov"),
    ("Abdullaeva", "Абдуллаева", "Abdullayeva"),
    ("Tsoy", "Цой", "Tsoi"),
    ("Yusupov", "Юсупов", "Iusupov"),
    ("Sharipova", "Шарипова", "Sharipowa"),
    ("Fyodorov", "Фёдоров", "Fedorov"),
    ("Ghafurov", "Гафуров", "Gafurov"),
    ("Qodirova", "Кодирова", "Kodirova"),
    ("Tokayev", "Токаев", "Tokaev"),
    ("Ibraimova", "Ибраимова", "Ibrayimova"),
    ("Nurlanuly", "Нурланулы", "Nurlanuli"),
    ("Mambetaliev", "Мамбеталиев", "Mambetaliyev"),
    ("Rakhimova", "Рахимова", "Rahimova"),
    ("Shchukina", "Щукина", "Shukina"),
    ("Ergeshov", "Эргешов", "Ergeshov"),
    ("Davletova", "Давлетова", "Davletova"),
    ("Zhengishbekova", "Жеңишбекова", "Zhenishbekova"),
    ("Ismoilov", "Исмоилов", "Ismoilov"),
    ("Zhumabekova", "Жумабекова", "Jumabekova"),
    ("Orozbaev", "Орозбаев", "Orozbayev"),
    ("Sultanova", "Султанова", "Sultanova"),
    ("Karimov", "Каримов", "Karimov"),
    ("Nazarova", "Назарова", "Nazarova"),
    ("Tashkenbaeva", "Ташкенбаева", "Tashkenbayeva"),
    ("Akhmetov", "Ахметов", "Ahmetov"),
    ("Chynybaeva", "Чыныбаева", "Chinibaeva"),
    ("Yuldasheva", "Юлдашева", "Iuldasheva"),
    ("Mirzoev", "Мирзоев", "Mirzoyev"),
    ("Ten", "Тен", "Ten"),
    ("Li", "Ли", "Li"),
    ("Wang", "Ванг", "Vang"),
    ("Park", "Пак", "Park"),
    ("Smith", "Смит", "Smith"),
    ("Osmonova", "Осмонова", "Osmonova"),
    ("Baitursynov", "Байтурсынов", "Baytursynov"),
    ("Kenzhebaeva", "Кенжебаева", "Kenjebaeva"),
    ("Usenova", "Усенова", "Usenova"),
];

const GIVEN: &[(&str, &str)] = &[
    ("Gulnara", "Гульнара"),
    ("Onokan", "Онокан"),
    ("Aigerim", "Айгерим"),
    ("Timur", "Тимур"),
    ("Dilnoza", "Дильноза"),
    ("Sergey", "Сергей"),
    ("Zhanna", "Жанна"),
    ("Bakyt", "Бакыт"),
    ("Farrukh", "Фаррух"),
    ("Nargiza", "Наргиза"),
    ("Askar", "Аскар"),
    ("Elena", "Елена"),
    ("Rustam", "Рустам"),
    ("Madina", "Мадина"),
    ("Yerlan", "Ерлан"),
    ("Kanat", "Канат"),
    ("Fan", "Фань"),
    ("Olga", "Ольга"),
    ("Daniyar", "Данияр"),
    ("Saltanat", "Салтанат"),
    ("Bolot", "Болот"),
    ("Khurshida", "Хуршида"),
    ("Azamat", "Азамат"),
];

/// (organization, country).
const ORGS: &[(&str, &str)] = &[
    (
        "UNESCO Institute for Information Technologies in Education (IITE)",
        "RU",
    ),
    ("UNESCO Almaty Office", "KZ"),
    ("Ministry of Education and Science", "KG"),
    ("Kyrgyz National University", "KG"),
    ("Al-Farabi Kazakh National University", "KZ"),
    ("Tajik State Pedagogical University", "TJ"),
    ("Tashkent University of Information Technologies", "UZ"),
    ("Weidong Cloud Education Group", "CN"),
    ("Korea Education and Research Information Service", "KR"),
    ("Bilim Media Group", "KZ"),
    ("Open Society Foundation", "TJ"),
    ("National Academy of Sciences", "UZ"),
];

#[derive(Debug, Clone)]
struct Made {
    p: Participant,
    surname: usize,
    given: usize,
    org: usize,
    /// Twins share this; everyone else has their own.
    person: usize,
}

fn roster() -> Vec<Made> {
    let mut out = Vec::new();
    let mut person = 0;
    let mut add = |surname: usize, given: usize, org: usize, scripts: &[bool], person: usize| {
        for &cyr in scripts {
            let (s, sc, _) = SURNAMES[surname];
            let (g, gc) = GIVEN[given];
            let name = if cyr {
                format!("{gc} {sc}")
            } else {
                format!("{g} {s}")
            };
            let n = out.len();
            out.push(Made {
                p: Participant {
                    id: format!("p{n}"),
                    name: Text::plain(name),
                    organization: Some(Text::plain(ORGS[org].0)),
                    country: Some(ORGS[org].1.to_string()),
                    ..Participant::default()
                },
                surname,
                given,
                org,
                person,
            });
        }
    };
    // Fan Li of the Weidong group, in both scripts (the "li fan" probe).
    add(32, 16, 7, &[false, true], person);
    person += 1;
    // 178 people: each surname four or five times, given names and
    // organizations spread so no two people share both names.
    for i in 0..178 {
        let surname = i % SURNAMES.len();
        let given = (i * 7 + i / SURNAMES.len()) % GIVEN.len();
        let org = (i * 5 + i / ORGS.len()) % ORGS.len();
        let scripts: &[bool] = if i < 10 {
            &[false, true] // twins: once in each script
        } else if i % 3 == 0 {
            &[true]
        } else {
            &[false]
        };
        add(surname, given, org, scripts, person);
        person += 1;
    }
    // Ten more twins: the same person under another Latin spelling.
    for m in out
        .clone()
        .iter()
        .filter(|m| m.person >= 20 && m.person < 30)
    {
        let (_, _, variant) = SURNAMES[m.surname];
        let mut p = m.p.clone();
        p.id = format!("p{}", out.len());
        p.name = Text::plain(format!("{} {variant}", GIVEN[m.given].0));
        out.push(Made { p, ..m.clone() });
    }
    out.truncate(200);
    out
}

struct Labelled {
    query: String,
    meant: BTreeSet<String>,
}

fn ids(r: &[Made], f: impl Fn(&Made) -> bool) -> BTreeSet<String> {
    r.iter().filter(|m| f(m)).map(|m| m.p.id.clone()).collect()
}

fn queries(r: &[Made]) -> Vec<Labelled> {
    let mut q = Vec::new();
    let mut add = |query: String, meant: BTreeSet<String>| {
        assert!(!meant.is_empty(), "{query} means nobody");
        q.push(Labelled { query, meant });
    };
    // Twins and people with another spelling: one person, several records.
    let people: Vec<usize> = vec![0, 1, 2, 3, 5, 7, 20, 21, 24, 28];
    for &person in &people {
        let m = r.iter().find(|m| m.person == person).expect("built above");
        let (s, sc, variant) = SURNAMES[m.surname];
        let (g, gc) = GIVEN[m.given];
        let same_surname = ids(r, |x| x.surname == m.surname);
        let this_one = ids(r, |x| x.person == person);
        add(s.to_lowercase(), same_surname.clone());
        add(sc.to_string(), same_surname.clone());
        add(variant.to_lowercase(), same_surname.clone());
        add(format!("{s} {g}"), this_one.clone());
        add(
            format!("{} {s}", &g[..1]),
            ids(r, |x| {
                x.surname == m.surname && GIVEN[x.given].0.starts_with(&g[..1])
            }),
        );
        add(format!("{gc} {sc}"), this_one);
    }
    // A mistake inside a long surname.
    for (typed, surname) in [
        ("umankulvoa", 1),
        ("kusidenvoa", 0),
        ("zhumabkeova", 21),
        ("baitursinov", 37),
    ] {
        add(typed.into(), ids(r, |x| x.surname == surname));
    }
    // ң as passports write it ("ng"), as typed without it ("n"), and in Cyrillic.
    for typed in [
        "zhengishbekova",
        "zhenishbekova",
        "jengishbekova",
        "Жеңишбекова",
    ] {
        add(typed.into(), ids(r, |x| x.surname == 19));
    }
    // Organizations and countries.
    add("iite".into(), ids(r, |x| x.org == 0));
    add("bilim".into(), ids(r, |x| x.org == 9));
    add("weidong".into(), ids(r, |x| x.org == 7));
    add("tajikistan".into(), ids(r, |x| ORGS[x.org].1 == "TJ"));
    add("kyrgyzstan".into(), ids(r, |x| ORGS[x.org].1 == "KG"));
    let at_iite = r
        .iter()
        .find(|m| m.org == 0)
        .expect("someone works at IITE");
    add(
        format!("iite {}", SURNAMES[at_iite.surname].0),
        ids(r, |x| x.org == 0 && x.surname == at_iite.surname),
    );
    add(
        "li fan".into(),
        ids(r, |x| x.surname == 32 && x.given == 16),
    );
    add("fan".into(), ids(r, |x| x.given == 16));
    q
}

#[test]
fn labelled_queries_find_what_was_meant() {
    let r = roster();
    assert_eq!(r.len(), 200);
    let keys: Vec<_> = r.iter().map(|m| participant_key(&m.p)).collect();
    let labelled = queries(&r);
    let matcher = Matcher::default();
    assert!(labelled.len() >= 40, "{} queries", labelled.len());
    let (mut hits, mut right, mut meant, mut found) = (0, 0, 0, 0);
    let mut report = Vec::new();
    for l in &labelled {
        let q = Query::new(&l.query);
        let got: BTreeSet<String> = r
            .iter()
            .zip(&keys)
            .filter(|(_, k)| matcher.score(k, &q).is_some())
            .map(|(m, _)| m.p.id.clone())
            .collect();
        hits += got.len();
        right += got.intersection(&l.meant).count();
        meant += l.meant.len();
        found += l.meant.intersection(&got).count();
        let missed: Vec<_> = l.meant.difference(&got).collect();
        let extra: Vec<_> = got
            .difference(&l.meant)
            .map(|id| {
                r.iter()
                    .find(|m| &m.p.id == id)
                    .map(|m| m.p.name.primary().to_string())
            })
            .collect();
        if !missed.is_empty() || !extra.is_empty() {
            report.push(format!("{:?}: missed {missed:?}, extra {extra:?}", l.query));
        }
    }
    let recall = found as f64 / meant as f64;
    let precision = right as f64 / hits as f64;
    println!(
        "{} queries over {} people: recall {recall:.3}, precision {precision:.3}",
        labelled.len(),
        r.len()
    );
    for line in &report {
        println!("  {line}");
    }
    assert_eq!(recall, 1.0, "{report:#?}");
    assert!(precision >= 0.9, "precision {precision:.3}: {report:#?}");
}
