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

/// The month's name as a date writes it: "December" / "декабря" (genitive).
pub fn month_name(d: NaiveDate, lang: Lang) -> &'static str {
    const EN: [&str; 12] = [
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
    match lang {
        Lang::En => EN[d.month0() as usize],
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
    fn times_are_24_hour() {
        let t = NaiveTime::from_hms_opt(21, 5, 0).unwrap();
        assert_eq!(time(t), "21:05");
    }
}
