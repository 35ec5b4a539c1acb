//! Interpretation plans against professional norms: teams big enough for
//! the session and the day, interpreters not booked twice nor overworked,
//! language pairs they actually work in, every working language offered,
//! relays that come from somewhere.
//!
//! Every message names the session and ends with the rule, so an organizer
//! can look the rule up in `docs/interpretation.md`. Unstaffed channels
//! (`interpretation: [ru]`) are a plan in progress, not a problem: the team
//! rules start once a booth names an interpreter.

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;

use super::{Lookup, Problem, session_label};
use crate::domain::norms::Span;
use crate::domain::{Meeting, codes};
use crate::i18n::Arg;
use crate::i18n::Msg;
use crate::msg;
use crate::problem::Record;
use crate::staffing;

fn lang(code: &str) -> Msg {
    codes::language_msg(code)
}

fn name(m: &Meeting, id: &str) -> Arg {
    m.participant(id)
        .map(super::person_name)
        .unwrap_or_else(|| Arg::from(id))
}

/// The problem, concerning each of `sessions` too.
fn naming(mut p: Problem, m: &Meeting, sessions: &[usize]) -> Problem {
    for &i in sessions {
        p.concern(Record::session(&m.sessions[i].id));
    }
    p
}

fn ids(m: &Meeting, sessions: &[usize]) -> String {
    sessions
        .iter()
        .map(|&i| format!("`{}`", m.sessions[i].id))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn check(m: &Meeting, lk: &Lookup, out: &mut Vec<Problem>) {
    // Most meetings name no interpreters yet; the staffing rules then have nothing to say.
    if any_staffed(m) {
        team_per_session(m, out);
        team_per_day(m, out);
        daily_load(m, out);
        double_booked(m, out);
        language_pairs(m, lk, out);
    }
    working_languages(m, out);
    relays(m, out);
    booked_people_languages(m, lk, out);
}

/// Whether any booth names an interpreter: the staffing rules' gate.
pub(super) fn any_staffed(m: &Meeting) -> bool {
    m.sessions
        .iter()
        .any(|s| s.interpretation.iter().any(|c| !c.interpreters.is_empty()))
}

/// A booth nobody is in yet, for a session still to come: while drafting
/// that is the plan's to-do list, and a pre-commit check should say so. Past
/// sessions are left alone (reports seldom name their interpreters).
pub fn unstaffed(m: &Meeting, today: NaiveDate, out: &mut Vec<Problem>) {
    for i in 0..m.sessions.len() {
        unstaffed_at(m, today, i, out);
    }
}

/// Session `i`'s empty booths, if it is still to come.
pub(super) fn unstaffed_at(m: &Meeting, today: NaiveDate, i: usize, out: &mut Vec<Problem>) {
    if m.sessions[i].date < today {
        return;
    }
    for b in staffing::booths(m, i) {
        if !b.interpreters.is_empty() {
            continue;
        }
        let message = match (&b.required, b.minutes) {
            (Some(req), Some(minutes)) => msg!(
                "interp-booth-empty-norm",
                session = session_label(m, i),
                booth = lang(&b.to),
                need = req.interpreters,
                minutes = minutes,
                reason = req.why.clone()
            ),
            _ => msg!(
                "interp-booth-empty",
                session = session_label(m, i),
                booth = lang(&b.to)
            ),
        };
        out.push(
            Problem::warning(
                format!("sessions[{i}].interpretation[{}]", b.channel),
                message,
            )
            .with_hint(msg!("interp-booth-empty-hint")),
        );
    }
}

fn team_per_session(m: &Meeting, out: &mut Vec<Problem>) {
    for i in 0..m.sessions.len() {
        team_at(m, i, out);
    }
}

/// Session `i`'s booths with too small a team.
pub(super) fn team_at(m: &Meeting, i: usize, out: &mut Vec<Problem>) {
    for b in staffing::booths(m, i) {
        let (Some(req), Some(minutes), Some(_)) = (&b.required, b.minutes, b.short_of()) else {
            continue;
        };
        let n = b.interpreters.len();
        out.push(
            Problem::warning(
                format!("sessions[{i}].interpretation[{}].interpreters", b.channel),
                msg!(
                    "interp-team-short",
                    session = session_label(m, i),
                    booth = lang(&b.to),
                    n = n,
                    minutes = minutes,
                    need = req.interpreters,
                    reason = req.why.clone()
                ),
            )
            .with_hint(msg!("interp-team-short-hint")),
        );
    }
}

/// A booth working several sessions in a day with one small team.
fn team_per_day(m: &Meeting, out: &mut Vec<Problem>) {
    for ((date, to), list) in day_groups(m, m.schedule_order()) {
        day_team(m, date, &to, list, out);
    }
}

/// Staffed booths with known times, by day and language, in schedule order.
pub(super) type DayGroups = BTreeMap<(NaiveDate, String), Vec<(usize, staffing::Booth)>>;

/// The [`DayGroups`] of the sessions `order` (in schedule order).
pub(super) fn day_groups(m: &Meeting, order: impl IntoIterator<Item = usize>) -> DayGroups {
    let mut groups = DayGroups::new();
    for i in order {
        for b in staffing::booths(m, i) {
            if !b.interpreters.is_empty() && b.minutes.is_some() {
                groups
                    .entry((m.sessions[i].date, b.to.clone()))
                    .or_default()
                    .push((i, b));
            }
        }
    }
    groups
}

/// One language's booth on one day, its sessions in schedule order.
pub(super) fn day_team(
    m: &Meeting,
    date: NaiveDate,
    to: &str,
    list: Vec<(usize, staffing::Booth)>,
    out: &mut Vec<Problem>,
) {
    let norms = m.norms();
    if list.len() < 2 || list.iter().any(|(_, b)| b.short_of().is_some()) {
        return;
    }
    let total: i64 = list.iter().filter_map(|(_, b)| b.minutes).sum();
    let two_way = list.iter().any(|(_, b)| b.two_way);
    let relay = list.iter().any(|(_, b)| b.gives_relay);
    let people: HashSet<&str> = list
        .iter()
        .flat_map(|(_, b)| b.interpreters.iter().map(String::as_str))
        .collect();
    let req = norms.required(total, two_way, relay, Span::Day);
    if (people.len() as u32) >= req.interpreters {
        return;
    }
    let sessions: Vec<usize> = list.iter().map(|(i, _)| *i).collect();
    let (first, b) = &list[0];
    let problem = Problem::warning(
        format!(
            "sessions[{first}].interpretation[{}].interpreters",
            b.channel
        ),
        msg!(
            "interp-day-short",
            booth = lang(to),
            total = total,
            date = date.to_string(),
            sessions = ids(m, &sessions),
            n = people.len(),
            need = req.interpreters,
            reason = req.why
        ),
    )
    .with_hint(msg!("interp-day-short-hint"));
    out.push(naming(problem, m, &sessions));
}

fn daily_load(m: &Meeting, out: &mut Vec<Problem>) {
    for day in staffing::days(m) {
        day_load(m, &day, out);
    }
}

/// Interpreters in the booth too long on `day`.
pub(super) fn day_load(m: &Meeting, day: &staffing::Day, out: &mut Vec<Problem>) {
    let max = staffing::day_limit(m);
    for l in day
        .loads
        .iter()
        .filter(|l| staffing::over_day_limit(m, l.booth_minutes))
    {
        let Some(&last) = l.sessions.last() else {
            continue;
        };
        let s = &m.sessions[last];
        let Some((j, k)) = s.interpretation.iter().enumerate().find_map(|(j, c)| {
            c.interpreters
                .iter()
                .position(|x| *x == l.interpreter)
                .map(|k| (j, k))
        }) else {
            continue;
        };
        let problem = Problem::warning(
            format!("sessions[{last}].interpretation[{j}].interpreters[{k}]"),
            msg!(
                "interp-daily-load",
                name = name(m, &l.interpreter),
                id = &l.interpreter,
                minutes = l.booth_minutes,
                date = day.date.to_string(),
                sessions = ids(m, &l.sessions),
                max = max
            ),
        )
        .with_hint(msg!("interp-daily-load-hint"))
        .concerning(Record::participant(&l.interpreter));
        out.push(naming(problem, m, &l.sessions));
    }
}

fn double_booked(m: &Meeting, out: &mut Vec<Problem>) {
    // Interpreter id → (session, channel index) in schedule order.
    let mut by_person: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    for i in m.schedule_order() {
        for (j, c) in m.sessions[i].interpretation.iter().enumerate() {
            for id in &c.interpreters {
                by_person.entry(id).or_default().push((i, j));
            }
        }
    }
    for (id, list) in by_person {
        double_booked_one(m, id, &list, out);
    }
}

/// Interpreter `id`'s booths `list` (session, channel) in schedule order, two at once.
pub(super) fn double_booked_one(
    m: &Meeting,
    id: &str,
    list: &[(usize, usize)],
    out: &mut Vec<Problem>,
) {
    for (x, &(a, ja)) in list.iter().enumerate() {
        for &(b, jb) in &list[x + 1..] {
            let (sa, sb) = (&m.sessions[a], &m.sessions[b]);
            let message = if a == b {
                if sa.interpretation[ja].to == sb.interpretation[jb].to {
                    continue;
                }
                msg!(
                    "interp-two-booths",
                    name = name(m, id),
                    id = id,
                    session = session_label(m, a),
                    a = lang(&sa.interpretation[ja].to),
                    b = lang(&sb.interpretation[jb].to)
                )
            } else {
                if !staffing::at_once(sa, sb) {
                    continue;
                }
                msg!(
                    "interp-two-sessions",
                    name = name(m, id),
                    id = id,
                    a = session_label(m, a),
                    b = session_label(m, b)
                )
            };
            let k = sb.interpretation[jb]
                .interpreters
                .iter()
                .position(|x| x == id)
                .unwrap_or(0);
            out.push(
                Problem::warning(
                    format!("sessions[{b}].interpretation[{jb}].interpreters[{k}]"),
                    message,
                )
                .with_hint(msg!("interp-double-booked-hint"))
                .concerning(Record::session(&sa.id))
                .concerning(Record::session(&sb.id))
                .concerning(Record::participant(id)),
            );
        }
    }
}

fn language_pairs(m: &Meeting, lk: &Lookup, out: &mut Vec<Problem>) {
    for i in 0..m.sessions.len() {
        language_pairs_at(m, lk, i, out);
    }
}

/// Session `i`'s interpreters working in their languages.
pub(super) fn language_pairs_at(m: &Meeting, lk: &Lookup, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    for (j, c) in s.interpretation.iter().enumerate() {
        for (k, id) in c.interpreters.iter().enumerate() {
            let Some(p) = lk.participant(id) else {
                continue;
            };
            let misfits = staffing::misfits(p.interpreting.as_deref(), &s.language, c);
            if misfits.is_empty() {
                continue;
            }
            let what = misfits
                .iter()
                .map(staffing::Misfit::msg)
                .reduce(|a, b| msg!("semicolon-pair", a = a, b = b))
                .unwrap_or_else(|| Msg::new("misfit-no-languages"));
            let (key, hint) = if p.interpreting.is_none() && !p.languages.is_empty() {
                // `languages:` is what they follow a session in, not what they interpret.
                ("interp-pair", "interp-pair-languages-hint")
            } else if p.interpreting.is_none() {
                ("interp-pair", "interp-pair-no-languages-hint")
            } else if c.retour {
                // Never suggest making two-way what already is.
                ("interp-pair-theirs", "interp-pair-two-way-hint")
            } else {
                ("interp-pair-theirs", "interp-pair-hint")
            };
            let mut message = msg!(
                key,
                name = super::person_name(p),
                id = id,
                booth = lang(&c.to),
                session = session_label(m, i),
                what = what
            );
            if let Some(il) = &p.interpreting {
                message = message.arg("theirs", staffing::languages_label(il));
            }
            out.push(
                Problem::warning(
                    format!("sessions[{i}].interpretation[{j}].interpreters[{k}]"),
                    message,
                )
                .with_hint(if hint == "interp-pair-languages-hint" {
                    msg!(hint, languages = p.languages.join(", "))
                } else {
                    msg!(hint)
                }),
            );
        }
        two_way_team(m, lk, i, j, out);
    }
}

/// A two-way booth `j` of session `i` whose team, together, does not work
/// both ways: each way nobody covers.
fn two_way_team(m: &Meeting, lk: &Lookup, i: usize, j: usize, out: &mut Vec<Problem>) {
    let (s, c) = (&m.sessions[i], &m.sessions[i].interpretation[j]);
    let team: Option<Vec<_>> = c
        .interpreters
        .iter()
        .map(|id| lk.participant(id).map(|p| p.interpreting.as_deref()))
        .collect();
    let Some(team) = team else { return };
    for l in staffing::two_way_gaps(&team, &s.language, c) {
        let hint = if l == c.to {
            "interp-two-way-uncovered-hint"
        } else {
            "interp-two-way-no-retour-hint"
        };
        out.push(
            Problem::warning(
                format!("sessions[{i}].interpretation[{j}].interpreters"),
                msg!(
                    "interp-two-way-uncovered",
                    booth = lang(&c.to),
                    session = session_label(m, i),
                    language = lang(&l)
                ),
            )
            .with_hint(msg!(hint, language = lang(&l))),
        );
    }
}

fn working_languages(m: &Meeting, out: &mut Vec<Problem>) {
    for i in 0..m.sessions.len() {
        working_languages_at(m, i, out);
    }
}

/// Session `i` offering every working language.
pub(super) fn working_languages_at(m: &Meeting, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    // A floor that is not a working language (or not a language) is
    // reported by `languages` / `codes`; one message per cause is enough.
    if s.is_break() || s.language.is_empty() || s.language.iter().any(|l| !m.languages.contains(l))
    {
        return;
    }
    for l in &m.languages {
        if s.language.contains(l) || s.interpretation.iter().any(|c| &c.to == l) {
            continue;
        }
        out.push(
            Problem::warning(
                format!("sessions[{i}].language"),
                msg!(
                    "interp-working-language",
                    session = session_label(m, i),
                    language = lang(l)
                ),
            )
            .with_hint(msg!("interp-working-language-hint", code = l)),
        );
    }
}

fn relays(m: &Meeting, out: &mut Vec<Problem>) {
    for i in 0..m.sessions.len() {
        relays_at(m, i, out);
    }
}

/// Session `i`'s relays coming from somewhere.
pub(super) fn relays_at(m: &Meeting, i: usize, out: &mut Vec<Problem>) {
    let s = &m.sessions[i];
    for (j, c) in s.interpretation.iter().enumerate() {
        let Some(r) = &c.relay else { continue };
        let (key, hint) = if *r == c.to {
            ("interp-relay-itself", "interp-relay-itself-hint")
        } else if s.language.contains(r) {
            ("interp-relay-floor", "interp-relay-floor-hint")
        } else if !s.interpretation.iter().any(|o| &o.to == r) {
            ("interp-relay-missing", "interp-relay-missing-hint")
        } else {
            continue;
        };
        let message = msg!(
            key,
            booth = lang(&c.to),
            session = session_label(m, i),
            from = lang(r)
        );
        out.push(
            Problem::warning(format!("sessions[{i}].interpretation[{j}].relay"), message)
                .with_hint(Msg::new(hint)),
        );
    }
}

/// Chairs and speakers who could not follow their own session. People no
/// session serves at all are reported once, at meeting level, by `languages`.
fn booked_people_languages(m: &Meeting, lk: &Lookup, out: &mut Vec<Problem>) {
    let offered_anywhere = super::languages::offered(m);
    for i in 0..m.sessions.len() {
        booked_people_at(m, lk, &offered_anywhere, i, out);
    }
}

/// Session `i`'s chair and speakers able to follow it.
pub(super) fn booked_people_at(
    m: &Meeting,
    lk: &Lookup,
    offered_anywhere: &HashSet<&str>,
    i: usize,
    out: &mut Vec<Problem>,
) {
    let s = &m.sessions[i];
    if s.language.is_empty() {
        return;
    }
    let offered: Vec<&str> = s.languages_offered().map(String::as_str).collect();
    for id in s.people() {
        let Some(p) = lk.participant(id) else {
            continue;
        };
        if p.languages.is_empty()
            || p.languages.iter().any(|l| offered.contains(&l.as_str()))
            || !p
                .languages
                .iter()
                .any(|l| offered_anywhere.contains(l.as_str()))
        {
            continue;
        }
        let role = if s.chair.as_deref() == Some(id) {
            "local-role-chair"
        } else {
            "local-role-speaker"
        };
        out.push(
            Problem::warning(
                format!("sessions[{i}]"),
                msg!(
                    "interp-follows",
                    role = Msg::new(role),
                    name = super::person_name(p),
                    id = id,
                    languages = p.languages.join(", "),
                    session = session_label(m, i),
                    offered = offered.join(", ")
                ),
            )
            .with_hint(msg!(
                "interp-follows-hint",
                languages = p.languages.join(", ")
            )),
        );
    }
}
