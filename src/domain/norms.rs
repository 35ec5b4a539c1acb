//! How many interpreters a booth needs, and how long one may work: the
//! professional norms Plenary checks a plan against.
//!
//! The defaults follow AIIC's published team-strength rules (see
//! `docs/interpretation.md` for the documents and what each number encodes).
//! A meeting may set its own numbers in an `interpretation_norms:` block,
//! because contracts and national associations differ; every field is
//! optional and falls back to the default.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct InterpretationNorms {
    /// One interpreter may work alone up to this many minutes.
    pub solo_max_minutes: u32,
    /// Two interpreters per booth cover a session up to this long.
    pub pair_max_minutes: u32,
    /// A two-way (retour) booth needs a third interpreter beyond
    /// `pair_max_minutes` and a fourth beyond this, counted over its day.
    pub two_way_trio_max_minutes: u32,
    /// Booth time per interpreter per day; also the day a one-way pair covers.
    pub day_max_minutes: u32,
    /// Length of a turn on the microphone in a turn plan.
    pub turn_minutes: u32,
}

impl Default for InterpretationNorms {
    fn default() -> Self {
        InterpretationNorms {
            solo_max_minutes: 40,
            pair_max_minutes: 240,
            two_way_trio_max_minutes: 360,
            day_max_minutes: 420,
            turn_minutes: 30,
        }
    }
}

/// What a team is measured over: one session, or a booth's whole day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Session,
    Day,
}

/// How many interpreters a booth needs, and the norm that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    pub interpreters: u32,
    /// The norm, in words, for a message: "one interpreter works alone only up to 40 minutes".
    pub reason: String,
}

impl InterpretationNorms {
    /// The team a booth needs for `minutes` of booth time. A two-way booth
    /// works into both languages; a booth that gives relay to other booths
    /// and works both ways needs three (AIIC Professional Standards, Art. 6).
    pub fn required(
        &self,
        minutes: i64,
        two_way: bool,
        gives_relay: bool,
        span: Span,
    ) -> Requirement {
        let m = minutes.max(0);
        let (solo, pair, trio) = (
            i64::from(self.solo_max_minutes),
            i64::from(self.pair_max_minutes),
            i64::from(self.two_way_trio_max_minutes),
        );
        let mut r = if m <= solo {
            Requirement {
                interpreters: 1,
                reason: format!("one interpreter may work alone up to {solo} minutes"),
            }
        } else if two_way && m > trio {
            Requirement {
                interpreters: 4,
                reason: format!("a two-way booth needs four interpreters beyond {trio} minutes"),
            }
        } else if two_way && m > pair {
            Requirement {
                interpreters: 3,
                reason: format!("a two-way booth needs three interpreters beyond {pair} minutes"),
            }
        } else if two_way {
            Requirement {
                interpreters: 2,
                reason: format!("one interpreter works alone only up to {solo} minutes"),
            }
        } else {
            let limit = match span {
                Span::Session => pair,
                Span::Day => i64::from(self.day_max_minutes),
            };
            if m > limit {
                let what = if span == Span::Day {
                    "a day"
                } else {
                    "a session"
                };
                Requirement {
                    interpreters: 3,
                    reason: format!("two interpreters cover {what} of up to {limit} minutes"),
                }
            } else {
                Requirement {
                    interpreters: 2,
                    reason: format!("one interpreter works alone only up to {solo} minutes"),
                }
            }
        };
        if two_way && gives_relay && r.interpreters < 3 && m > solo {
            r = Requirement {
                interpreters: 3,
                reason: "a two-way booth that gives relay to other booths needs three interpreters"
                    .into(),
            };
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aiic_team_strength() {
        let n = InterpretationNorms::default();
        let need = |m, tw, span| n.required(m, tw, false, span).interpreters;
        assert_eq!(need(40, false, Span::Session), 1);
        assert_eq!(need(41, false, Span::Session), 2);
        assert_eq!(need(240, false, Span::Session), 2);
        assert_eq!(need(241, false, Span::Session), 3);
        assert_eq!(need(360, false, Span::Day), 2);
        assert_eq!(need(421, false, Span::Day), 3);
        assert_eq!(need(240, true, Span::Day), 2);
        assert_eq!(need(360, true, Span::Day), 3);
        assert_eq!(need(361, true, Span::Day), 4);
        assert_eq!(n.required(90, true, true, Span::Session).interpreters, 3);
        assert_eq!(n.required(30, true, true, Span::Session).interpreters, 1);
    }

    #[test]
    fn partial_block_keeps_defaults() {
        let n: InterpretationNorms = crate::yaml::from_str("solo_max_minutes: 30").unwrap();
        assert_eq!(n.solo_max_minutes, 30);
        assert_eq!(n.pair_max_minutes, 240);
        assert!(crate::yaml::from_str::<InterpretationNorms>("solo_max: 30").is_err());
    }
}
