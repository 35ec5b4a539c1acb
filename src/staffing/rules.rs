//! The two rules every interpreter's day is held to, defined once: a person
//! is in one booth at a time, and in the booth no longer than the norm a
//! day. The checks, the interpretation sheet and the TUI's choice list and
//! view all ask here.

use crate::domain::{Meeting, Session};

/// Whether two sessions happen at once: the same day, times overlapping.
/// Sessions without both times never clash.
pub fn at_once(a: &Session, b: &Session) -> bool {
    match (a.span(), b.span()) {
        (Some((a0, a1)), Some((b0, b1))) => {
            // A session over several days is on at the same hours each day.
            a.date <= b.last_date() && b.date <= a.last_date() && a0 < b1 && b0 < a1
        }
        _ => false,
    }
}

/// The most minutes an interpreter may be in the booth in one day.
pub fn day_limit(m: &Meeting) -> i64 {
    i64::from(m.norms().day_max_minutes)
}

/// Whether a day of `booth_minutes` in the booth is beyond the norm.
pub fn over_day_limit(m: &Meeting, booth_minutes: i64) -> bool {
    booth_minutes > day_limit(m)
}

/// What else interpreter `id` does on the day of session `s`, were they
/// put in it too.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Elsewhere {
    /// Sessions of that day they already work in at the same time (indices).
    pub clashes: Vec<usize>,
    /// Their booth minutes that day, session `s` included.
    pub day_minutes: i64,
}

/// Interpreter `id`'s day around session `s`: the sessions it clashes
/// with and the booth time it would make.
pub fn elsewhere(m: &Meeting, s: usize, id: &str) -> Elsewhere {
    let Some(this) = m.sessions.get(s) else {
        return Elsewhere::default();
    };
    let mut out = Elsewhere {
        clashes: Vec::new(),
        day_minutes: booth_minutes(this),
    };
    for (j, o) in m.sessions.iter().enumerate() {
        let staffs = o
            .interpretation
            .iter()
            .any(|c| c.interpreters.iter().any(|x| x == id));
        if j == s || o.date != this.date || !staffs {
            continue;
        }
        out.day_minutes += booth_minutes(o);
        if at_once(this, o) {
            out.clashes.push(j);
        }
    }
    out
}

/// A session's length as booth time; none when its times are not known.
pub fn booth_minutes(s: &Session) -> i64 {
    s.minutes().unwrap_or(0).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meeting() -> Meeting {
        let text = "title: T\nformat: online\ntimezone: Asia/Almaty\nstart_date: 2020-09-25\n\
            interpretation_norms: {day_max_minutes: 100}\n\
            sessions:\n\
            \x20 - {id: a, title: A, date: 2020-09-25, start: \"09:00\", end: \"10:00\", interpretation: [{to: ru, interpreters: [anna]}]}\n\
            \x20 - {id: b, title: B, date: 2020-09-25, start: \"09:30\", end: \"10:30\"}\n\
            \x20 - {id: c, title: C, date: 2020-09-25, start: \"10:00\", end: \"11:00\", interpretation: [{to: ru, interpreters: [anna]}]}\n\
            \x20 - {id: d, title: D, date: 2020-09-26, start: \"09:00\", end: \"10:00\", interpretation: [{to: ru, interpreters: [anna]}]}\n";
        crate::load::parse_meeting(std::path::Path::new("m.yaml"), text)
            .unwrap_or_else(|p| panic!("{p}"))
    }

    #[test]
    fn sessions_clash_only_on_the_same_day_and_overlapping() {
        let m = meeting();
        let s = &m.sessions;
        assert!(at_once(&s[0], &s[1]));
        assert!(!at_once(&s[0], &s[2]), "back to back is not at once");
        assert!(!at_once(&s[0], &s[3]), "another day");
    }

    #[test]
    fn putting_someone_in_a_session_counts_their_day() {
        let m = meeting();
        // Into `b`: clashes with `a` and `c`, and makes 180 minutes that day.
        let e = elsewhere(&m, 1, "anna");
        assert_eq!(e.clashes, vec![0, 2]);
        assert_eq!(e.day_minutes, 180);
        assert!(over_day_limit(&m, e.day_minutes));
        assert!(!over_day_limit(&m, 100));
        assert_eq!(elsewhere(&m, 3, "anna").day_minutes, 60);
    }
}
