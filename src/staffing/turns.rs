//! A turn plan: who is on the microphone when, in fixed turns.
//!
//! Simultaneous interpreters take turns of about 30 minutes so that nobody
//! works past the point where quality drops; the colleague off the
//! microphone stays in the booth to help. The plan rotates the booth's
//! interpreters in the order the file lists them; the last turn ends with
//! the session.

use std::collections::BTreeMap;

use crate::domain::{Channel, Clock, Session};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// In the meeting's time zone, like the session.
    pub start: Clock,
    pub end: Clock,
    /// Participant id of the interpreter on the microphone.
    pub interpreter: String,
}

impl Turn {
    pub fn minutes(&self) -> i64 {
        self.end.minutes() - self.start.minutes()
    }
}

/// Turns of `turn_minutes` for booth `ch` of session `s`. Empty when the
/// session has no times or the booth no interpreters. An interpreter alone
/// gets one turn for the whole session (the team check says it is too long).
pub fn turn_plan(s: &Session, ch: &Channel, turn_minutes: u32) -> Vec<Turn> {
    let Some((from, to)) = s.span() else {
        return Vec::new();
    };
    if ch.interpreters.is_empty() || to <= from {
        return Vec::new();
    }
    let step = if ch.interpreters.len() == 1 {
        to - from
    } else {
        i64::from(turn_minutes.max(1))
    };
    let mut out = Vec::new();
    let mut t = from;
    let mut k = 0;
    while t < to {
        let end = (t + step).min(to);
        if let (Some(a), Some(b)) = (Clock::from_minutes(t), Clock::from_minutes(end)) {
            out.push(Turn {
                start: a,
                end: b,
                interpreter: ch.interpreters[k % ch.interpreters.len()].clone(),
            });
        }
        t = end;
        k += 1;
    }
    out
}

/// Minutes on the microphone per interpreter, from a turn plan.
pub fn mic_minutes(turns: &[Turn]) -> BTreeMap<&str, i64> {
    let mut m: BTreeMap<&str, i64> = BTreeMap::new();
    for t in turns {
        *m.entry(t.interpreter.as_str()).or_default() += t.minutes();
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(start: &str, end: &str) -> Session {
        Session {
            start: Clock::parse(start).ok(),
            end: Clock::parse(end).ok(),
            ..Session::default()
        }
    }

    #[test]
    fn rotates_in_thirty_minute_turns() {
        let ch = Channel {
            interpreters: vec!["a".into(), "b".into()],
            ..Channel::to("ru")
        };
        let plan = turn_plan(&session("15:00", "16:45"), &ch, 30);
        let shown: Vec<String> = plan
            .iter()
            .map(|t| format!("{}-{} {}", t.start, t.end, t.interpreter))
            .collect();
        assert_eq!(
            shown,
            [
                "15:00-15:30 a",
                "15:30-16:00 b",
                "16:00-16:30 a",
                "16:30-16:45 b"
            ]
        );
        let mic = mic_minutes(&plan);
        assert_eq!((mic["a"], mic["b"]), (60, 45));
    }

    #[test]
    fn alone_or_unstaffed() {
        let solo = Channel {
            interpreters: vec!["a".into()],
            ..Channel::to("ru")
        };
        assert_eq!(turn_plan(&session("11:00", "12:30"), &solo, 30).len(), 1);
        assert!(turn_plan(&session("11:00", "12:30"), &Channel::to("ru"), 30).is_empty());
        assert!(turn_plan(&Session::default(), &solo, 30).is_empty());
    }
}
