//! A large, valid, deterministic agenda for benchmarks: by default 10,000
//! participants, 1,000 sessions and 5,000 follow-ups (about 3 MB of YAML),
//! with Latin and Cyrillic names as in the real rosters.

use chrono::{Duration, NaiveDate};

use crate::domain::*;

/// Small deterministic generator (xorshift64*): same sizes, same file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &'a [&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const GIVEN: &[&str] = &[
    "Gulnara",
    "Onokan",
    "Kadambay",
    "Maxim",
    "Elena",
    "Gunay",
    "Li",
    "Tatyana",
    "Jaewon",
    "Sanghyun",
    "Alessandro",
    "Ji-Hyun",
    "Thekla",
    "Hyojae",
    "Hwansun",
    "Ahmed",
    "Sanzhar",
    "Florian",
    "Lina",
    "Fengchun",
    "Zhiqian",
    "Rahmatulo",
    "Aigerim",
    "Bakyt",
    "Dilnoza",
    "Farrukh",
    "Madina",
    "Nurlan",
    "Saule",
    "Timur",
];
const FAMILY: &[&str] = &[
    "Kussidenova",
    "Umankulova",
    "Saytov",
    "Li",
    "Klepacheva",
    "Karli",
    "Fan",
    "Murovana",
    "Cho",
    "Jang",
    "Brolpito",
    "Yoon",
    "Kelbert",
    "Choi",
    "Tlili",
    "Kenzhekhanuly",
    "Marcus",
    "Benete",
    "Miao",
    "Wang",
    "Mirboboev",
    "Abdullaeva",
    "Bekova",
    "Karimov",
    "Nazarova",
    "Omarov",
    "Rakhimova",
    "Sultanov",
    "Tokhtarova",
    "Usmanov",
];
const GIVEN_RU: &[&str] = &[
    "Гульнара",
    "Онокан",
    "Елена",
    "Татьяна",
    "Айгерим",
    "Бакыт",
    "Мадина",
    "Нурлан",
    "Сауле",
    "Тимур",
];
const FAMILY_RU: &[&str] = &[
    "Кусиденова",
    "Уманкулова",
    "Клепачева",
    "Мурована",
    "Бекова",
    "Каримов",
    "Назарова",
    "Омаров",
    "Рахимова",
    "Султанов",
];
const ORGS: &[&str] = &[
    "UNESCO Almaty",
    "UNESCO IITE",
    "KERIS",
    "UNESCO-ICHEI",
    "Ministry of Education and Science",
    "European Training Foundation",
    "DVV International",
    "Bilim Media Group",
    "Samsung Electronics",
    "OECD",
    "Republican Institute for Professional Development",
];
const COUNTRIES: &[&str] = &[
    "KZ", "KG", "TJ", "TM", "UZ", "MN", "KR", "CN", "RU", "FR", "DE", "EE",
];
const ROLES: [Role; 6] = [
    Role::Participant,
    Role::Expert,
    Role::Official,
    Role::Speaker,
    Role::Observer,
    Role::Organizer,
];
const STATUSES: [Status; 4] = [
    Status::Invited,
    Status::Confirmed,
    Status::Declined,
    Status::Attended,
];
const WORDS: &[&str] = &[
    "digital",
    "skills",
    "teachers",
    "rural",
    "open",
    "education",
    "resources",
    "policy",
    "TVET",
    "learning",
    "quality",
    "inclusion",
    "platforms",
    "assessment",
    "lifelong",
    "recovery",
    "transformation",
    "competence",
    "networks",
    "data",
];

fn sentence(r: &mut Rng, n: usize) -> String {
    let mut s: Vec<&str> = (0..n).map(|_| r.pick(WORDS)).collect();
    let first = s[0];
    let cap: String = first
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .chain(first.chars().skip(1))
        .collect();
    s[0] = "";
    format!("{cap}{}", s.join(" "))
}

/// How many days the generated meeting lasts.
const DAYS: i64 = 10;

/// Its first day.
fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 10, 7).unwrap_or_default()
}

pub fn meeting(participants: usize, sessions: usize, follow_ups: usize) -> Meeting {
    // One generator through all three lists, in this order, so the same
    // sizes always give the same file.
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let start = first_day();
    let people = people(&mut r, participants);
    let sessions = session_list(&mut r, sessions, participants);
    let follow_ups = follow_up_list(&mut r, follow_ups, participants, sessions.len());
    Meeting {
        title: Text::plain("Generated symposium for benchmarks"),
        short_title: Some("Bench".into()),
        format: Format::Hybrid,
        timezone: "Asia/Almaty".into(),
        start_date: start,
        end_date: Some(start + Duration::days(DAYS - 1)),
        languages: vec!["en".into(), "ru".into()],
        participants: Roster::Inline(people.into()),
        sessions: sessions.into(),
        follow_ups: follow_ups.into(),
        ..Meeting::default()
    }
}

/// Every fifth person has a Russian name and speaks Russian.
fn people(r: &mut Rng, n: usize) -> Vec<Participant> {
    (0..n)
        .map(|i| {
            let cyr = i % 5 == 0;
            let (g, f) = if cyr {
                (r.pick(GIVEN_RU), r.pick(FAMILY_RU))
            } else {
                (r.pick(GIVEN), r.pick(FAMILY))
            };
            Participant {
                id: format!("p{i:05}"),
                name: Text::plain(format!("{g} {f}")),
                organization: Some(Text::plain(r.pick(ORGS))),
                country: Some(r.pick(COUNTRIES).to_string()),
                languages: if cyr {
                    vec!["ru".into()]
                } else {
                    vec!["en".into()]
                },
                role: ROLES[r.below(ROLES.len())],
                status: STATUSES[r.below(STATUSES.len())],
                ..Participant::default()
            }
        })
        .collect()
}

/// Four slots a day over the days, in as many rooms as that takes; three
/// items each, with a speaker from the roster.
fn session_list(r: &mut Rng, n: usize, participants: usize) -> Vec<Session> {
    let start = first_day();
    let rooms = ((n as i64 + DAYS * 4 - 1) / (DAYS * 4)).max(1);
    (0..n)
        .map(|i| {
            let i64i = i as i64;
            let day = i64i % DAYS;
            let slot = (i64i / DAYS) % 4;
            let room = (i64i / (DAYS * 4)) % rooms;
            let h = 9 + slot as u32 * 2;
            let items = (0..3)
                .map(|_| Item {
                    title: Text::plain(sentence(r, 6)),
                    speakers: if participants == 0 {
                        vec![]
                    } else {
                        vec![format!("p{:05}", r.below(participants))]
                    },
                    ..Item::default()
                })
                .collect();
            Session {
                id: format!("s{i:04}"),
                title: Text::plain(sentence(r, 5)),
                date: start + Duration::days(day),
                start: Clock::hm(h, 0),
                end: Clock::hm(h + 1, 30),
                room: Some(format!("Room {}", room + 1)),
                language: vec!["en".into()],
                interpretation: vec![Channel::to("ru")],
                items,
                ..Session::default()
            }
        })
        .collect()
}

/// Follow-ups owned by someone on the roster (or an organization when there
/// is nobody), due over two and a half years, each with a log entry.
fn follow_up_list(r: &mut Rng, n: usize, participants: usize, sessions: usize) -> Vec<FollowUp> {
    let start = first_day();
    (0..n)
        .map(|i| FollowUp {
            id: format!("f{i:05}"),
            title: Text::plain(sentence(r, 7)),
            owner: (participants > 0).then(|| format!("p{:05}", r.below(participants))),
            owner_org: (participants == 0).then(|| Text::plain("UNESCO Almaty")),
            due: Some(start + Duration::days(r.below(900) as i64)),
            status: FollowUpStatus::ALL[r.below(5)],
            session: (sessions > 0).then(|| format!("s{:04}", r.below(sessions))),
            tags: vec![
                r.pick(&["priority-area", "action-plan", "research", "training"])
                    .to_string(),
            ],
            log: vec![LogEntry {
                date: start,
                note: sentence(r, 8),
            }],
            ..FollowUp::default()
        })
        .collect()
}
