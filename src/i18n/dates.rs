//! Dates and times in the interface language: "Wednesday, 23 December
//! 2020" and "среда, 23 декабря 2020 г.", times always on a 24-hour clock.
//!
//! Russian names a date's month in the genitive ("23 декабря") and writes
//! weekdays in lower case; chrono's own locale support needs a large
//! optional table, so the twelve months and seven days are written here.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};

use super::Lang;

const RU_MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// The weekday's name in `lang` (Russian in lower case, as written).
pub fn weekday(d: Weekday, lang: Lang) -> &'static str {
    let i = d.num_days_from_monday() as usize;
    match lang {
        Lang::En => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][i],
        Lang::Ru => [
            "понедельник",
            "вторник",
            "среда",
            "четверг",
            "пятница",
            "суббота",
            "воскресенье",
        ][i],
    }
}

/// The months' English names, January first.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month's name as a date writes it: "December" / "декабря" (genitive).
pub fn month_name(d: NaiveDate, lang: Lang) -> &'static str {
    match lang {
        Lang::En => MONTHS_EN[d.month0() as usize],
        Lang::Ru => RU_MONTHS_GENITIVE[d.month0() as usize],
    }
}

/// "23 December 2020" / "23 декабря 2020 г.".
pub fn day_month_year(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%-d %B %Y").to_string(),
        Lang::Ru => format!(
            "{} {} {} г.",
            d.day(),
            RU_MONTHS_GENITIVE[d.month0() as usize],
            d.year()
        ),
    }
}

/// "Wednesday, 23 December 2020" / "среда, 23 декабря 2020 г.".
pub fn long(d: NaiveDate, lang: Lang) -> String {
    format!(
        "{}, {}",
        weekday(d.weekday(), lang),
        day_month_year(d, lang)
    )
}

/// Russian month abbreviations in the genitive, as a short date writes
/// them ("25 сент."); the short months are written out ("6 мая").
const RU_MONTHS_SHORT: [&str; 12] = [
    "янв.",
    "февр.",
    "марта",
    "апр.",
    "мая",
    "июня",
    "июля",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
];

const RU_WEEKDAYS_SHORT: [&str; 7] = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"];

/// A day in a list or a heading: "Fri 25 Sep 2020" / "пт, 25 сент. 2020".
pub fn short_day(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%a %-d %b %Y").to_string(),
        Lang::Ru => format!(
            "{}, {} {} {}",
            RU_WEEKDAYS_SHORT[d.weekday().num_days_from_monday() as usize],
            d.day(),
            RU_MONTHS_SHORT[d.month0() as usize],
            d.year()
        ),
    }
}

/// A day of the month without the year: "25 Sep" / "25 сент.".
pub fn day_month(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%-d %b").to_string(),
        Lang::Ru => format!("{} {}", d.day(), RU_MONTHS_SHORT[d.month0() as usize]),
    }
}

/// A day in a list inside one meeting, where the year goes without
/// saying: "Fri 25 Sep" / "пт, 25 сент.".
pub fn short_day_month(d: NaiveDate, lang: Lang) -> String {
    let wd = short_weekday(d.weekday(), lang);
    match lang {
        Lang::En => format!("{wd} {}", day_month(d, lang)),
        Lang::Ru => format!("{wd}, {}", day_month(d, lang)),
    }
}

/// A due date in a list of follow-ups, which runs across years: in
/// `today`'s year the weekday and day ("Fri 25 Sep" / "пт, 25 сент."),
/// in another year the day and the year ("25 Sep 2020" / "25 сент. 2020").
pub fn day_near(d: NaiveDate, today: NaiveDate, lang: Lang) -> String {
    if d.year() == today.year() {
        short_day_month(d, lang)
    } else {
        format!("{} {}", day_month(d, lang), d.year())
    }
}

/// A weekday in three letters or two: "Fri" / "пт".
pub fn short_weekday(d: Weekday, lang: Lang) -> String {
    match lang {
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            [d.num_days_from_monday() as usize]
            .to_string(),
        Lang::Ru => RU_WEEKDAYS_SHORT[d.num_days_from_monday() as usize].to_string(),
    }
}

/// A span of days, as short as it reads: "22–23 Oct 2018",
/// "25 Sep – 23 Oct 2020", "23 Dec 2020"; in Russian by numbers, as
/// Russian writes them in tables: "22–23.10.2018", "25.09–23.10.2020".
pub fn span(start: NaiveDate, end: NaiveDate, lang: Lang) -> String {
    if lang == Lang::Ru {
        return if end <= start {
            start.format("%d.%m.%Y").to_string()
        } else if start.year() != end.year() {
            format!("{}–{}", start.format("%d.%m.%Y"), end.format("%d.%m.%Y"))
        } else if start.month() != end.month() {
            format!("{}–{}", start.format("%d.%m"), end.format("%d.%m.%Y"))
        } else {
            format!("{}–{}", start.format("%d"), end.format("%d.%m.%Y"))
        };
    }
    if end <= start {
        start.format("%-d %b %Y").to_string()
    } else if start.year() != end.year() {
        format!(
            "{} – {}",
            start.format("%-d %b %Y"),
            end.format("%-d %b %Y")
        )
    } else if start.month() != end.month() {
        format!("{} – {}", start.format("%-d %b"), end.format("%-d %b %Y"))
    } else {
        format!("{}–{}", start.format("%-d"), end.format("%-d %b %Y"))
    }
}

/// "09:30", in every language: the organizers' world reads 24 hours.
pub fn time(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_due_day_says_its_year_only_outside_today_s() {
        let today = d(2026, 12, 2);
        assert_eq!(day_near(d(2026, 10, 7), today, Lang::Ru), "ср, 7 окт.");
        assert_eq!(day_near(d(2026, 10, 7), today, Lang::En), "Wed 7 Oct");
        assert_eq!(day_near(d(2022, 11, 30), today, Lang::Ru), "30 нояб. 2022");
        assert_eq!(day_near(d(2022, 11, 30), today, Lang::En), "30 Nov 2022");
    }

    #[test]
    fn the_unesco_weidong_meeting_day() {
        assert_eq!(long(d(2020, 12, 23), Lang::Ru), "среда, 23 декабря 2020 г.");
        assert_eq!(
            long(d(2020, 12, 23), Lang::En),
            "Wednesday, 23 December 2020"
        );
    }

    #[test]
    fn every_month_in_the_genitive() {
        assert_eq!(
            day_month_year(d(2022, 10, 6), Lang::Ru),
            "6 октября 2022 г."
        );
        assert_eq!(
            day_month_year(d(2019, 4, 13), Lang::Ru),
            "13 апреля 2019 г."
        );
        assert_eq!(day_month_year(d(2018, 5, 1), Lang::Ru), "1 мая 2018 г.");
    }

    #[test]
    fn short_days_and_spans() {
        assert_eq!(short_day(d(2020, 9, 25), Lang::En), "Fri 25 Sep 2020");
        assert_eq!(short_day(d(2020, 9, 25), Lang::Ru), "пт, 25 сент. 2020");
        assert_eq!(short_day(d(2019, 5, 6), Lang::Ru), "пн, 6 мая 2019");
        let (a, b) = (d(2020, 9, 25), d(2020, 10, 23));
        assert_eq!(span(a, b, Lang::En), "25 Sep – 23 Oct 2020");
        assert_eq!(span(a, b, Lang::Ru), "25.09–23.10.2020");
        assert_eq!(
            span(d(2018, 10, 22), d(2018, 10, 23), Lang::Ru),
            "22–23.10.2018"
        );
        assert_eq!(span(a, a, Lang::Ru), "25.09.2020");
    }

    #[test]
    fn times_are_24_hour() {
        let t = NaiveTime::from_hms_opt(21, 5, 0).unwrap();
        assert_eq!(time(t), "21:05");
    }
}
