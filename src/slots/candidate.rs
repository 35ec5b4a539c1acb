//! One candidate time for a session: tried against the room, the breaks,
//! its people's other bookings, their local hours and the interpreters'
//! day; and the order in which free times are offered.

use chrono::{NaiveDate, Timelike};

use super::{Found, Miss, Request, RuledOut, Slot};
use crate::domain::{Clock, Meeting, Session};
use crate::zones;

fn hm(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Everyone a session ties up: chair, speakers and interpreters, once each.
fn tied_up(s: &Session) -> Vec<&str> {
    let mut v = s.people();
    for id in s.interpretation.iter().flat_map(|c| &c.interpreters) {
        if !v.contains(&id.as_str()) {
            v.push(id);
        }
    }
    v
}

fn name(m: &Meeting, id: &str) -> String {
    m.participant(id)
        .map(|p| p.name.primary().to_string())
        .unwrap_or_else(|| id.to_string())
}

/// The session placed at minute `a` of `day`: a free slot, or a miss with
/// every reason; `None` when the time cannot be written.
pub(super) fn try_at(
    m: &Meeting,
    req: &Request,
    day: NaiveDate,
    a: i64,
) -> Option<Result<Slot, Miss>> {
    let b = a + req.minutes;
    let mut placed = req.session.clone();
    placed.date = day;
    placed.end_date = None;
    placed.start = Some(Clock::from_minutes(a)?);
    placed.end = Some(Clock::from_minutes(b)?);
    let mut why = Vec::new();
    if !placed.alongside {
        clashes(m, req, &placed, (a, b), &mut why);
        interpreter_day(m, req, &placed, &mut why);
    }
    let (local, margin) = local_hours(m, &placed, (a, b), &mut why);
    let slot = Slot {
        date: day,
        start: placed.start?,
        end: placed.end?,
        local,
        margin,
    };
    Some(if why.is_empty() {
        Ok(slot)
    } else {
        Err(Miss { slot, why })
    })
}

/// The room, the breaks and the people's other bookings on that day.
fn clashes(
    m: &Meeting,
    req: &Request,
    placed: &Session,
    (a, b): (i64, i64),
    why: &mut Vec<RuledOut>,
) {
    let room = placed.room.as_deref().map(|r| r.trim().to_lowercase());
    let people = tied_up(placed);
    for k in m.sessions_on(placed.date) {
        let o = &m.sessions[k];
        if Some(k) == req.index || o.alongside {
            continue;
        }
        let Some((oa, ob)) = o.span() else { continue };
        if !(oa < b && a < ob) {
            continue;
        }
        let span = format!("{}-{}", hm(oa), hm(ob));
        if o.is_break() && !placed.is_break() {
            why.push(RuledOut::Break {
                session: o.id.clone(),
                span,
            });
            continue;
        }
        let same_room =
            room.is_some() && o.room.as_deref().map(|r| r.trim().to_lowercase()) == room;
        if same_room {
            why.push(RuledOut::Room {
                room: placed.room.clone().unwrap_or_default(),
                session: o.id.clone(),
                span: span.clone(),
            });
        }
        for id in tied_up(o).into_iter().filter(|id| people.contains(id)) {
            why.push(RuledOut::Booked {
                name: name(m, id),
                id: id.to_string(),
                session: o.id.clone(),
                span: span.clone(),
            });
        }
    }
}

/// Each interpreter's booth time that day with this session added.
fn interpreter_day(m: &Meeting, req: &Request, placed: &Session, why: &mut Vec<RuledOut>) {
    let max = i64::from(m.norms().day_max_minutes);
    let mine: Vec<&str> = placed
        .interpretation
        .iter()
        .flat_map(|c| c.interpreters.iter().map(String::as_str))
        .collect();
    let mut seen: Vec<&str> = Vec::new();
    for id in mine {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let others: i64 = m
            .sessions_on(placed.date)
            .into_iter()
            .filter(|&k| Some(k) != req.index)
            .map(|k| &m.sessions[k])
            .filter(|o| {
                o.interpretation
                    .iter()
                    .any(|c| c.interpreters.iter().any(|x| x == id))
            })
            .filter_map(Session::minutes)
            .sum();
        let minutes = others + req.minutes;
        if minutes > max {
            why.push(RuledOut::InterpreterDay {
                name: name(m, id),
                id: id.to_string(),
                minutes,
                max,
            });
        }
    }
}

/// Everyone's local time for the slot, the smallest margin to the edge of
/// the speaking hours, and a reason for each person outside them.
fn local_hours(
    m: &Meeting,
    placed: &Session,
    (a, b): (i64, i64),
    why: &mut Vec<RuledOut>,
) -> (Vec<(String, String, String, String)>, i64) {
    let (from, to) = m.speaking_hours().minutes();
    let hours = format!("{}-{}", hm(from), hm(to));
    // In the meeting's own zone the day has the same bounds: a slot at
    // 05:00 in the room is no kinder for having no remote speakers.
    let mut margin = (a - from).min(to - b);
    let mut local = Vec::new();
    for lt in zones::local_times(m, placed) {
        let (Ok((tz, _)), Some(st)) = (&lt.zone, lt.start) else {
            continue;
        };
        let minute =
            |d: &chrono::DateTime<chrono_tz::Tz>| i64::from(d.hour()) * 60 + i64::from(d.minute());
        let s_min = minute(&st);
        let e_min = lt
            .end
            .map(|e| {
                if e.date_naive() != st.date_naive() {
                    24 * 60 + minute(&e)
                } else {
                    minute(&e)
                }
            })
            .unwrap_or(s_min);
        margin = margin.min((s_min - from).min(to - e_min));
        let span = format!("{}-{}", hm(s_min), hm(e_min % (24 * 60)));
        if lt.outside_day {
            why.push(RuledOut::LocalTime {
                name: name(m, &lt.id),
                id: lt.id.clone(),
                zone: tz.name().to_string(),
                local: span.clone(),
                hours: hours.clone(),
            });
        }
        local.push((
            lt.id.clone(),
            tz.name().to_string(),
            hm(s_min),
            hm(e_min % (24 * 60)),
        ));
    }
    (local, margin)
}

/// Orders what was found: for a session already placed, its own day first
/// and the nearest times to where it is now; then slots with an hour to
/// spare at both ends of everyone's day before tighter ones; then by date
/// and time.
pub fn rank(m: &Meeting, req: &Request, found: &mut Found) {
    let here = req
        .index
        .and_then(|i| m.sessions.get(i))
        .map(|s| (s.date, s.start.map(Clock::minutes)));
    let key = |s: &Slot| {
        let same_day = here.is_some_and(|(d, _)| d == s.date);
        let distance = match here {
            Some((d, Some(st))) if d == s.date => (s.start.minutes() - st).abs(),
            _ => 0,
        };
        (!same_day, s.margin < 60, distance, s.date, s.start)
    };
    found.free.sort_by_key(key);
    found.near.sort_by_key(|x| key(&x.slot));
}
