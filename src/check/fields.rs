//! Values that are wrong on their own: empty required text, impossible
//! times, dates outside the meeting.

use super::{Problem, session_label};
use crate::domain::{FollowUp, Meeting, Participant};

pub fn check(m: &Meeting, out: &mut Vec<Problem>) {
    meeting(m, out);
    for (i, p) in m.people().iter().enumerate() {
        participant(i, p, out);
    }
    for i in 0..m.sessions.len() {
        session(m, i, out);
    }
    for (i, f) in m.follow_ups.iter().enumerate() {
        follow_up(i, f, out);
    }
}

/// The meeting's own title and days.
fn meeting(m: &Meeting, out: &mut Vec<Problem>) {
    if m.title.is_empty() {
        out.push(Problem::error("title", "the meeting has an empty title"));
    }
    let last = m.last_day();
    if last < m.start_date {
        out.push(
            Problem::error(
                "end_date",
                format!(
                    "the meeting ends ({last}) before it starts ({})",
                    m.start_date
                ),
            )
            .with_hint("swap `start_date` and `end_date`"),
        );
    }
    if let Some(h) = m.speaking_hours
        && h.to <= h.from
    {
        out.push(
            Problem::error(
                "speaking_hours.to",
                format!(
                    "`speaking_hours` end at {}, not after they start at {}",
                    h.to, h.from
                ),
            )
            .with_hint(
                "write the hours of a speaker's day, such as {from: \"07:00\", to: \"22:00\"}",
            ),
        );
    }
}

fn participant(i: usize, p: &Participant, out: &mut Vec<Problem>) {
    if p.id.trim().is_empty() {
        out.push(Problem::error(
            format!("participants[{i}].id"),
            "a participant has an empty `id`",
        ));
    }
    if p.name.is_empty() {
        out.push(Problem::error(
            format!("participants[{i}].name"),
            format!("participant `{}` has an empty name", p.id),
        ));
    }
    if let Some(e) = &p.email
        && !e.contains('@')
    {
        out.push(Problem::warning(
            format!("participants[{i}].email"),
            format!("`{e}` does not look like an e-mail address"),
        ));
    }
}

/// A session's id and title, its times, its day, its items' titles.
fn session(m: &Meeting, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    let at = format!("sessions[{i}]");
    if s.id.trim().is_empty() {
        out.push(Problem::error(
            format!("{at}.id"),
            "a session has an empty `id`",
        ));
    }
    if s.title.is_empty() {
        out.push(Problem::error(
            format!("{at}.title"),
            format!("session `{}` has an empty title", s.id),
        ));
    }
    times(m, i, out);
    let last = m.last_day();
    if s.date < m.start_date || s.date > last {
        out.push(
            Problem::error(
                format!("{at}.date"),
                format!(
                    "session {} is on {}, outside the meeting's days ({} to {last})",
                    session_label(m, i),
                    s.date,
                    m.start_date
                ),
            )
            .with_hint("move the session, or widen the meeting's `start_date` / `end_date`"),
        );
    }
    end_date(m, i, out);
    for (j, it) in s.items.iter().enumerate() {
        if it.title.is_empty() {
            out.push(Problem::error(
                format!("{at}.items[{j}].title"),
                "an item has an empty title",
            ));
        }
    }
}

/// An end not after the start; a start without an end or the other way.
fn times(m: &Meeting, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    if let (Some(a), Some(b)) = (s.start, s.end)
        && b <= a
    {
        out.push(
            Problem::error(
                format!("sessions[{i}].end"),
                format!(
                    "session {} ends at {b}, not after it starts at {a}",
                    session_label(m, i)
                ),
            )
            .with_hint("a session that runs past midnight is written as two sessions, one per day"),
        );
    }
    if s.start.is_some() != s.end.is_some() {
        let (has, lacks) = if s.start.is_some() {
            ("start", "end")
        } else {
            ("end", "start")
        };
        out.push(Problem::warning(
            format!("sessions[{i}].{has}"),
            format!(
                "session {} has a {has} time but no {lacks} time",
                session_label(m, i)
            ),
        ));
    }
}

/// A session over several days: its `end_date` after its `date`, within the meeting.
fn end_date(m: &Meeting, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    let at = format!("sessions[{i}]");
    let last = m.last_day();
    match s.end_date {
        Some(e) if e <= s.date => out.push(
            Problem::error(
                format!("{at}.end_date"),
                format!(
                    "session {} has `end_date` {e}, not after its `date` {}",
                    session_label(m, i),
                    s.date
                ),
            )
            .with_hint("leave `end_date` out for a one-day session; it names the last day of one that runs over several"),
        ),
        Some(e) if s.date >= m.start_date && e > last => out.push(
            Problem::error(
                format!("{at}.end_date"),
                format!(
                    "session {} runs until {e}, past the meeting's last day {last}",
                    session_label(m, i)
                ),
            )
            .with_hint("shorten the session's `end_date`, or widen the meeting's `end_date`"),
        ),
        _ => {}
    }
}

fn follow_up(i: usize, f: &FollowUp, out: &mut Vec<Problem>) {
    if f.id.trim().is_empty() {
        out.push(Problem::error(
            format!("follow_ups[{i}].id"),
            "a follow-up has an empty `id`",
        ));
    }
    if f.title.is_empty() {
        out.push(Problem::error(
            format!("follow_ups[{i}].title"),
            format!("follow-up `{}` has an empty title", f.id),
        ));
    }
}
