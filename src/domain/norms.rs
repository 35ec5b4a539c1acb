//! How many interpreters a booth needs, and how long one may work: the
//! professional norms Plenary checks a plan against.
//!
//! The defaults follow AIIC's published team-strength rules (see
//! `docs/interpretation.md` for the documents and what each number encodes).
//! A meeting may set its own numbers in an `interpretation_norms:` block,
//! because contracts and national associations differ; every field is
//! optional and falls back to the default.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

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
    /// The same norm as a catalogue message, for the reader's language.
    pub why: Msg,
}

impl Requirement {
    fn new(interpreters: u32, why: Msg) -> Requirement {
        Requirement {
            interpreters,
            reason: why.render(crate::i18n::Lang::En),
            why,
        }
    }
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
            Requirement::new(1, Msg::new("norm-solo-may").arg("solo", solo))
        } else if two_way && m > trio {
            Requirement::new(4, Msg::new("norm-two-way-four").arg("minutes", trio))
        } else if two_way && m > pair {
            Requirement::new(3, Msg::new("norm-two-way-three").arg("minutes", pair))
        } else if two_way {
            Requirement::new(2, Msg::new("norm-solo-only").arg("solo", solo))
        } else {
            let limit = match span {
                Span::Session => pair,
                Span::Day => i64::from(self.day_max_minutes),
            };
            if m > limit {
                let key = if span == Span::Day {
                    "norm-pair-day"
                } else {
                    "norm-pair-session"
                };
                Requirement::new(3, Msg::new(key).arg("limit", limit))
            } else {
                Requirement::new(2, Msg::new("norm-solo-only").arg("solo", solo))
            }
        };
        if two_way && gives_relay && r.interpreters < 3 && m > solo {
            r = Requirement::new(3, Msg::new("norm-relay-three"));
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
