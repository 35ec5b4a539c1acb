//! Carry-over: the open follow-ups of a series' previous meeting, linked
//! into the next one so nothing is retyped.
//!
//! The copy in the new meeting records where the follow-up was first
//! recorded (`carried_from: <file-stem>#<id>`, kept as it is when the
//! follow-up had been carried over before) and brings its progress log along, so
//! the history goes on in one place: from then on the register shows the new
//! copy and treats the old one as carried forward (see [`Register`]). The
//! previous meeting's file is not touched; it stays the record of what that
//! meeting decided. The result is one [`Transaction`] on the new meeting:
//! one undo takes the whole carry-over back.
//!
//! [`Register`]: super::Register

use thiserror::Error;

use crate::domain::{Meeting, Text};
use crate::edit::{Change, ListOp, Transaction, ops::unique_id};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CarryError {
    #[error("the new meeting has no `series`; carry-over links meetings of one series")]
    NoSeries,
    #[error("`{previous}` is of series `{found}`, not `{expected}`")]
    OtherSeries {
        previous: String,
        found: String,
        expected: String,
    },
    #[error("`{0}` does not start before the new meeting")]
    NotEarlier(String),
}

impl CarryError {
    /// The refusal as a catalogue message; its English is the Display above.
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            CarryError::NoSeries => crate::msg!("carry-no-series"),
            CarryError::OtherSeries {
                previous,
                found,
                expected,
            } => crate::msg!(
                "carry-other-series",
                previous = previous,
                found = found,
                expected = expected
            ),
            CarryError::NotEarlier(key) => crate::msg!("carry-not-earlier", previous = key),
        }
    }
}

/// What a carry-over did, for the front end to tell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CarryReport {
    /// Indices the new follow-ups get in the new meeting once applied.
    pub added: Vec<usize>,
    /// Ids (in the previous meeting) already carried into this one earlier.
    pub already: Vec<String>,
    /// New ids whose owner is not on the new roster: the person is named in
    /// `owner_org` instead, so the new file stays valid.
    pub owner_named: Vec<String>,
}

/// The latest meeting of `next`'s series that starts before it.
pub fn previous_in_series<'a, I>(meetings: I, next: &Meeting) -> Option<(&'a str, &'a Meeting)>
where
    I: IntoIterator<Item = (&'a str, &'a Meeting)>,
{
    let series = next.series.as_deref()?;
    meetings
        .into_iter()
        .filter(|(_, m)| m.series.as_deref() == Some(series) && m.start_date < next.start_date)
        .max_by_key(|(k, m)| (m.start_date, *k))
}

/// The transaction that copies the open follow-ups of `previous` (whose
/// file stem is `previous_key`) into `next`. Applied twice, the second adds
/// nothing: what was carried already is recognized by its `carried_from`.
pub fn carry_over(
    previous_key: &str,
    previous: &Meeting,
    next: &Meeting,
) -> Result<(Transaction, CarryReport), CarryError> {
    let expected = next.series.clone().ok_or(CarryError::NoSeries)?;
    match &previous.series {
        Some(s) if *s == expected => {}
        found => {
            return Err(CarryError::OtherSeries {
                previous: previous_key.to_string(),
                found: found.clone().unwrap_or_else(|| "(none)".into()),
                expected,
            });
        }
    }
    if previous.start_date >= next.start_date {
        return Err(CarryError::NotEarlier(previous_key.to_string()));
    }
    let mut report = CarryReport::default();
    let mut tx = Transaction::new(crate::tr!("edit-carry-over", previous = previous_key));
    let mut ids: Vec<String> = next.follow_ups.iter().map(|f| f.id.clone()).collect();
    for f in previous.follow_ups.iter().filter(|f| f.status.is_open()) {
        let from = super::query::origin(previous_key, f);
        if next
            .follow_ups
            .iter()
            .any(|g| g.carried_from.as_deref() == Some(from.as_str()))
        {
            report.already.push(f.id.clone());
            continue;
        }
        let mut copy = f.clone();
        copy.carried_from = Some(from);
        // Its session belongs to the previous meeting; `carried_from` keeps the link.
        copy.session = None;
        copy.id = unique_id(&copy.id, ids.iter().map(String::as_str));
        ids.push(copy.id.clone());
        if let Some(owner) = copy.owner.clone()
            && next.participant(&owner).is_none()
        {
            let named = previous.participant(&owner).map(|p| {
                let name = p.display_name("en", &[]);
                match &p.organization {
                    Some(o) => format!("{name} ({})", o.primary()),
                    None => name,
                }
            });
            copy.owner = None;
            if copy.owner_org.is_none() {
                copy.owner_org = Some(Text::plain(named.unwrap_or(owner)));
            }
            report.owner_named.push(copy.id.clone());
        }
        let at = next.follow_ups.len() + report.added.len();
        tx.push(Change::FollowUp(ListOp::Insert(at, copy)));
        report.added.push(at);
    }
    Ok((tx, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{FollowUp, FollowUpStatus, LogEntry, Participant, Roster};

    fn day(s: &str) -> chrono::NaiveDate {
        crate::domain::date::parse(s).unwrap()
    }

    fn casie(start: &str) -> Meeting {
        Meeting {
            series: Some("casie".into()),
            start_date: day(start),
            ..Meeting::default()
        }
    }

    fn previous() -> Meeting {
        let mut m = casie("2022-10-06");
        m.participants = Roster::Inline(
            vec![Participant {
                id: "li-fan".into(),
                name: "Li Fan".into(),
                organization: Some("UNESCO-ICHEI".into()),
                ..Participant::default()
            }]
            .into(),
        );
        m.follow_ups = vec![
            FollowUp {
                id: "action-plan-kz".into(),
                title: "Kazakhstan: action plan".into(),
                owner_org: Some("Kazakhstan".into()),
                session: Some("national-action-plans".into()),
                log: vec![LogEntry {
                    date: day("2023-01-10"),
                    note: "draft".into(),
                }],
                ..FollowUp::default()
            },
            FollowUp {
                id: "iioe".into(),
                title: "IIOE centre".into(),
                owner: Some("li-fan".into()),
                status: FollowUpStatus::Waiting,
                ..FollowUp::default()
            },
            FollowUp {
                id: "again".into(),
                title: "Carried before".into(),
                carried_from: Some("2020-vcasie#again".into()),
                ..FollowUp::default()
            },
            FollowUp {
                id: "done".into(),
                title: "Done".into(),
                status: FollowUpStatus::Done,
                ..FollowUp::default()
            },
        ]
        .into();
        m
    }

    #[test]
    fn open_follow_ups_come_along_with_their_history() {
        let prev = previous();
        let mut next = casie("2023-10-05");
        next.follow_ups.push(FollowUp {
            id: "iioe".into(),
            title: "Another".into(),
            ..FollowUp::default()
        });
        let (tx, r) = carry_over("2022-10-casie", &prev, &next).unwrap();
        let mut history = crate::edit::History::new();
        let before = next.clone();
        history.apply(&mut next, tx).unwrap();
        assert_eq!(r.added, [1, 2, 3]);
        assert_eq!(
            next.follow_ups[3].carried_from.as_deref(),
            Some("2020-vcasie#again")
        );
        assert_eq!(r.owner_named, ["iioe-2"]);
        let kz = &next.follow_ups[1];
        assert_eq!(
            kz.carried_from.as_deref(),
            Some("2022-10-casie#action-plan-kz")
        );
        assert_eq!(kz.session, None);
        assert_eq!(kz.log.len(), 1);
        let iioe = &next.follow_ups[2];
        assert_eq!((iioe.id.as_str(), iioe.owner.as_deref()), ("iioe-2", None));
        assert_eq!(
            iioe.owner_org.as_ref().map(|t| t.primary()),
            Some("Li Fan (UNESCO-ICHEI)")
        );
        assert_eq!(iioe.status, FollowUpStatus::Waiting);
        // Twice is once.
        let (tx, again) = carry_over("2022-10-casie", &prev, &next).unwrap();
        assert!(again.added.is_empty() && tx.is_empty());
        assert_eq!(again.already, ["action-plan-kz", "iioe", "again"]);
        // One undo takes it all back.
        history.undo(&mut next).unwrap();
        assert_eq!(next, before);
    }

    #[test]
    fn only_within_a_series_and_forward_in_time() {
        let prev = previous();
        let other = Meeting {
            series: Some("vcasie".into()),
            start_date: day("2023-01-01"),
            ..Meeting::default()
        };
        assert!(matches!(
            carry_over("p", &prev, &other),
            Err(CarryError::OtherSeries { .. })
        ));
        let none = Meeting {
            start_date: day("2023-01-01"),
            ..Meeting::default()
        };
        assert_eq!(
            carry_over("p", &prev, &none).map(|(_, r)| r),
            Err(CarryError::NoSeries)
        );
        let earlier = casie("2021-01-01");
        assert_eq!(
            carry_over("p", &prev, &earlier).map(|(_, r)| r),
            Err(CarryError::NotEarlier("p".into()))
        );
    }

    #[test]
    fn finds_the_latest_earlier_meeting_of_the_series() {
        let a = casie("2021-10-01");
        let b = casie("2022-10-06");
        let c = Meeting {
            series: Some("other".into()),
            start_date: day("2023-01-01"),
            ..Meeting::default()
        };
        let next = casie("2023-10-05");
        let found = previous_in_series([("a", &a), ("b", &b), ("c", &c), ("next", &next)], &next);
        assert_eq!(found.map(|(k, _)| k), Some("b"));
    }
}
