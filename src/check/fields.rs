//! Values that are wrong on their own: empty required text, impossible
//! times, dates outside the meeting.

use super::{Problem, session_label};
use crate::domain::{FollowUp, Meeting, Participant};
use crate::msg;

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
pub(super) fn meeting(m: &Meeting, out: &mut Vec<Problem>) {
    if m.title.is_empty() {
        out.push(Problem::error("title", msg!("meeting-empty-title")));
    }
    let last = m.last_day();
    if last < m.start_date {
        out.push(
            Problem::error(
                "end_date",
                msg!(
                    "meeting-ends-before-start",
                    end = last.to_string(),
                    start = m.start_date.to_string()
                ),
            )
            .with_hint(msg!("meeting-ends-before-start-hint")),
        );
    }
    if let Some(h) = m.speaking_hours
        && h.to <= h.from
    {
        out.push(
            Problem::error(
                "speaking_hours.to",
                msg!(
                    "speaking-hours-reversed",
                    to = h.to.to_string(),
                    from = h.from.to_string()
                ),
            )
            .with_hint(msg!("speaking-hours-reversed-hint")),
        );
    }
}

pub(super) fn participant(i: usize, p: &Participant, out: &mut Vec<Problem>) {
    if p.id.trim().is_empty() {
        out.push(Problem::error(
            format!("participants[{i}].id"),
            msg!("participant-empty-id"),
        ));
    }
    if p.name.is_empty() {
        out.push(Problem::error(
            format!("participants[{i}].name"),
            msg!("participant-empty-name", id = &p.id),
        ));
    }
    if let Some(e) = &p.email
        && !e.contains('@')
    {
        out.push(Problem::warning(
            format!("participants[{i}].email"),
            msg!("email-looks-wrong", email = e),
        ));
    }
}

/// A session's id and title, its times, its day, its items' titles.
pub(super) fn session(m: &Meeting, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    let at = format!("sessions[{i}]");
    if s.id.trim().is_empty() {
        out.push(Problem::error(format!("{at}.id"), msg!("session-empty-id")));
    }
    if s.title.is_empty() {
        out.push(Problem::error(
            format!("{at}.title"),
            msg!("session-empty-title", id = &s.id),
        ));
    }
    times(m, i, out);
    let last = m.last_day();
    // When the meeting's own days are impossible, its one error says so;
    // a session "outside" them would only point at the wrong fix.
    if days_possible(m) && (s.date < m.start_date || s.date > last) {
        out.push(
            Problem::error(
                format!("{at}.date"),
                msg!(
                    "session-outside-days",
                    session = session_label(m, i),
                    date = s.date.to_string(),
                    start = m.start_date.to_string(),
                    end = last.to_string()
                ),
            )
            .with_hint(msg!("session-outside-days-hint")),
        );
    }
    end_date(m, i, out);
    for (j, it) in s.items.iter().enumerate() {
        // An item may name only who speaks; with neither it says nothing.
        if it.title.is_empty() && it.speakers.is_empty() && it.presenter.is_none() {
            out.push(Problem::error(
                format!("{at}.items[{j}].title"),
                msg!("item-empty-title"),
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
                msg!(
                    "session-ends-before-start",
                    session = session_label(m, i),
                    end = b.to_string(),
                    start = a.to_string()
                ),
            )
            .with_hint(msg!("session-ends-before-start-hint")),
        );
    }
    if s.start.is_some() != s.end.is_some() {
        let (has, key) = if s.start.is_some() {
            ("start", "session-start-without-end")
        } else {
            ("end", "session-end-without-start")
        };
        out.push(Problem::warning(
            format!("sessions[{i}].{has}"),
            msg!(key, session = session_label(m, i)),
        ));
    }
}

/// The meeting's last day is not before its first (else `meeting` reports it).
fn days_possible(m: &Meeting) -> bool {
    m.last_day() >= m.start_date
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
                msg!(
                    "session-end-date-not-after",
                    session = session_label(m, i),
                    end = e.to_string(),
                    date = s.date.to_string()
                ),
            )
            .with_hint(msg!("session-end-date-not-after-hint")),
        ),
        Some(e) if days_possible(m) && s.date >= m.start_date && e > last => out.push(
            Problem::error(
                format!("{at}.end_date"),
                msg!(
                    "session-past-last-day",
                    session = session_label(m, i),
                    end = e.to_string(),
                    last = last.to_string()
                ),
            )
            .with_hint(msg!("session-past-last-day-hint")),
        ),
        _ => {}
    }
}

pub(super) fn follow_up(i: usize, f: &FollowUp, out: &mut Vec<Problem>) {
    if f.id.trim().is_empty() {
        out.push(Problem::error(
            format!("follow_ups[{i}].id"),
            msg!("followup-empty-id"),
        ));
    }
    if f.title.is_empty() {
        out.push(Problem::error(
            format!("follow_ups[{i}].title"),
            msg!("followup-empty-title", id = &f.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    /// Errors of a meeting whose `end_date` (2020-09-24) is the day before
    /// its start, holding a one-day and a several-day session.
    fn errors_of_reversed_meeting() -> Vec<String> {
        let text = "title: T\nformat: online\ntimezone: Asia/Almaty\n\
            start_date: 2020-09-25\nend_date: 2020-09-24\n\
            sessions:\n\
            \x20 - {id: one, title: One, date: 2020-09-25}\n\
            \x20 - {id: two, title: Two, date: 2020-09-25, end_date: 2020-09-27, alongside: true}\n";
        let m = crate::load::parse_meeting(std::path::Path::new("m.yaml"), text)
            .unwrap_or_else(|p| panic!("{p}"));
        let mut out = Vec::new();
        super::check(&m, &mut out);
        out.iter()
            .filter(|p| p.is_error())
            .map(|p| p.message.clone())
            .collect()
    }

    #[test]
    fn impossible_meeting_days_give_one_error_not_one_per_session() {
        let errors = errors_of_reversed_meeting();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("before it starts"), "{errors:?}");
    }
}
