//! The hours of their own day at which a chair or speaker can reasonably be
//! booked: 07:00 to 22:00 unless the meeting says otherwise.
//!
//! A webinar series across six time zones lives or dies by this window: the
//! local-time check warns outside it and the slot finder never offers a
//! slot outside it for anyone the session books.

use serde::{Deserialize, Serialize};

use super::Clock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpeakingHours {
    /// Earliest local start, `"HH:MM"`.
    pub from: Clock,
    /// Latest local end, `"HH:MM"`.
    pub to: Clock,
}

impl SpeakingHours {
    /// The window in minutes since midnight.
    pub fn minutes(self) -> (i64, i64) {
        (self.from.minutes(), self.to.minutes())
    }
}

impl Default for SpeakingHours {
    fn default() -> Self {
        SpeakingHours {
            from: Clock::hm(7, 0).unwrap_or(Clock(chrono::NaiveTime::MIN)),
            to: Clock::hm(22, 0).unwrap_or(Clock(chrono::NaiveTime::MIN)),
        }
    }
}
