//! iCalendar (RFC 5545) for calendar apps: one VEVENT per session.
//!
//! By default times are UTC (`…Z`) with `X-WR-TIMEZONE` naming the shown
//! zone: the one form Google, Outlook, Thunderbird and calcurse all read the
//! same. With `tzid` each time carries `TZID=` and a VTIMEZONE is built from
//! the tz data over the meeting's own dates (Central Asian offsets changed
//! over the years, so a generic rule would be wrong). Lines end in CRLF and
//! are folded at 75 octets, never inside a UTF-8 character.

use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use super::events::{Event, unconfirmed};
use super::frab::is_http;
use super::select::{Part, part_of};
use super::sequence::SequenceState;
use super::{Plan, Selection};
use crate::domain::Tentative;
use crate::i18n::{self, Arg, Args, Lang};
use crate::report::plain::Labels;

/// A property value as TEXT: backslash, `;`, `,` and newlines escaped,
/// other control characters dropped.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets (RFC 5545 §3.1) and ends it with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn utc(dt: &DateTime<Tz>) -> String {
    dt.with_timezone(&Utc).format("%Y%m%dT%H%M%SZ").to_string()
}

fn local(dt: &NaiveDateTime) -> String {
    dt.format("%Y%m%dT%H%M%S").to_string()
}

/// `DTSTART:20200925T050000Z`, or `DTSTART;TZID=Asia/Almaty:20200925T110000`.
fn when(name: &str, dt: &DateTime<Tz>, tzid: bool) -> String {
    if tzid {
        format!(
            "{name};TZID={}:{}",
            dt.timezone().name(),
            local(&dt.naive_local())
        )
    } else {
        format!("{name}:{}", utc(dt))
    }
}

fn offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let m = secs.abs() / 60;
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

/// The zone's offset, abbreviation and daylight flag at an instant.
fn state_at(tz: Tz, at: DateTime<Utc>) -> (i32, String, bool) {
    let o = tz.offset_from_utc_datetime(&at.naive_utc());
    let abbr = o
        .abbreviation()
        .map(str::to_string)
        .unwrap_or_else(|| offset(o.fix().local_minus_utc()));
    let dst = !o.dst_offset().is_zero();
    (o.fix().local_minus_utc(), abbr, dst)
}

/// VTIMEZONE lines for `tz` from `from` to `to`: the offset in force at
/// `from`, then every change before `to`, found by scanning the tz data.
pub fn vtimezone(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<String> {
    let mut lines = vec!["BEGIN:VTIMEZONE".into(), format!("TZID:{}", tz.name())];
    let mut push = |start: NaiveDateTime, before: i32, now: &(i32, String, bool)| {
        let kind = if now.2 { "DAYLIGHT" } else { "STANDARD" };
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!("DTSTART:{}", local(&start)));
        lines.push(format!("TZOFFSETFROM:{}", offset(before)));
        lines.push(format!("TZOFFSETTO:{}", offset(now.0)));
        lines.push(format!("TZNAME:{}", text(&now.1)));
        lines.push(format!("END:{kind}"));
    };
    let first = state_at(tz, from);
    push(
        from.naive_utc() + Duration::seconds(i64::from(first.0)),
        first.0,
        &first,
    );
    let (mut t, mut cur) = (from, first);
    while t < to {
        let next = (t + Duration::hours(1)).min(to);
        let st = state_at(tz, next);
        if st != cur {
            // The change happened within this hour: find its minute.
            let mut lo = t;
            let mut hi = next;
            while hi - lo > Duration::minutes(1) {
                let mid = lo + (hi - lo) / 2;
                if state_at(tz, mid) == cur {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            push(
                hi.naive_utc() + Duration::seconds(i64::from(cur.0)),
                cur.0,
                &st,
            );
            cur = st;
        }
        t = next;
    }
    lines.push("END:VTIMEZONE".into());
    lines
}

/// The lines of one event, without DTSTAMP and SEQUENCE (which do not
/// count as a change of the event).
fn event_lines(p: &Plan, e: &Event, tzid: bool) -> Vec<String> {
    let s = e.session;
    let l = p.labels();
    let (title, second) = p.titles(s);
    let mut summary = match &second {
        Some(t) => format!("{title} / {t}"),
        None => title,
    };
    if s.tentative == Tentative::All {
        summary = l.message("export-tentative-title", &one("title", summary));
    }
    let mut desc = p.abstract_text(s);
    if let Selection::Person(id) = &p.options.selection
        && let Some(part) = part_of(s, id)
    {
        let role = l.message("export-your-role", &one("role", part_word(&l, part)));
        desc = format!("{role}\n\n{desc}");
    }
    let mut v = vec![
        format!("UID:{}@plenary", e.guid),
        when("DTSTART", &e.start, tzid),
    ];
    v.extend(e.end.map(|end| when("DTEND", &end, tzid)));
    v.push(format!("SUMMARY:{}", text(&summary)));
    v.push(format!("LOCATION:{}", text(&e.place)));
    v.push(format!("DESCRIPTION:{}", text(&desc)));
    if let Some(url) = s.link.as_deref().filter(|u| is_http(u)) {
        v.push(format!("URL:{}", url.replace(['\r', '\n'], "")));
    }
    let proposed = s.tentative == Tentative::All || e.time_tentative();
    v.push(format!(
        "STATUS:{}",
        if proposed { "TENTATIVE" } else { "CONFIRMED" }
    ));
    v.push(format!(
        "CATEGORIES:{}",
        text(&kind_word(&l, s.kind.as_str()))
    ));
    // For programs, not people: in English whatever the export's language.
    let open = unconfirmed(s, &Labels::for_lang("en"));
    if !open.is_empty() {
        v.push(format!("X-PLENARY-UNCONFIRMED:{}", text(&open.join(", "))));
    }
    v
}

/// One named argument for a catalogue message.
fn one(name: &str, value: String) -> Args {
    let mut a = Args::new();
    a.set(name, Arg::from(value.as_str()));
    a
}

/// A session's kind as the interface names it (`break`, `перерыв`); the
/// value itself in English.
fn kind_word(l: &Labels, kind: &str) -> String {
    let key = format!("tui-value-{kind}");
    if l.ru && i18n::has(Lang::Ru, &key) {
        return l.message(&key, &Args::new());
    }
    kind.to_string()
}

/// `speaker`, `докладчик`: a person's part in a session, in the export's words.
fn part_word(l: &Labels, part: Part) -> String {
    match part {
        Part::Chair => l.say("chair"),
        Part::Speaker => l.say("speaker"),
        Part::Interpreter => l.say("interpreter"),
    }
}

/// What makes a changed event for a calendar: its instants, place, title
/// (in every language) and status — not the export's language, zone or
/// selection, so switching those does not look like a change.
fn fingerprint(p: &Plan, e: &Event) -> String {
    let s = e.session;
    // The place as English says it: "Online" and "To be announced" come
    // from the catalogue in the export's language, and a switch of language
    // is no change of the event.
    let place = super::place_label(p.meeting, s, "en");
    let titles: Vec<&str> = s.title.all().collect();
    let line = format!(
        "{}|{}|{}|{}|{:?}|{}",
        utc(&e.start),
        e.end.map(|x| utc(&x)).unwrap_or_default(),
        place,
        titles.join("|"),
        s.tentative,
        s.link.as_deref().unwrap_or("")
    );
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in line.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The calendar; `seq` gives and remembers each event's SEQUENCE.
pub fn render(p: &Plan, seq: &mut SequenceState) -> String {
    let o = p.options;
    let m = p.meeting;
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//Plenary//plenary {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", text(m.title.get(o.lang(), &m.languages))),
        format!("X-WR-TIMEZONE:{}", o.shown.name()),
    ];
    if o.tzid
        && let (Some(a), Some(b)) = (p.events.first(), p.events.last())
    {
        let from = a.start.with_timezone(&Utc) - Duration::days(1);
        let to = b.end.unwrap_or(b.start).with_timezone(&Utc) + Duration::days(1);
        lines.extend(vtimezone(o.shown, from, to));
    }
    let stamp = o.stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for e in &p.events {
        let body = event_lines(p, e, o.tzid);
        let n = seq.sequence(&format!("{}@plenary", e.guid), &fingerprint(p, e));
        lines.push("BEGIN:VEVENT".into());
        lines.push(body[0].clone());
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("SEQUENCE:{n}"));
        lines.extend(body.into_iter().skip(1));
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let long = format!("SUMMARY:{}", "Ж".repeat(60));
        let f = fold(&long);
        for l in f.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = f.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }

    #[test]
    fn escapes_text_values() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn vtimezone_finds_almaty_moving_to_utc_plus_5() {
        let tz: Tz = "Asia/Almaty".parse().unwrap();
        let from = Utc.with_ymd_and_hms(2024, 2, 28, 0, 0, 0).unwrap();
        let to = Utc.with_ymd_and_hms(2024, 3, 3, 0, 0, 0).unwrap();
        let v = vtimezone(tz, from, to).join("\n");
        assert!(v.contains("TZOFFSETFROM:+0600\nTZOFFSETTO:+0500"), "{v}");
        assert!(v.contains("DTSTART:20240301T000000"), "{v}");
    }
}
