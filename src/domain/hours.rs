//! The hours of their own day at which a chair or speaker can reasonably be
//! booked: 07:00 to 22:00 unless the meeting says otherwise (or the
//! organizer's settings file sets another default window).
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

impl SpeakingHours {
    /// 07:00 to 22:00: Plenary's own window, when neither the meeting nor
    /// the organizer's settings name one.
    pub fn builtin() -> Self {
        SpeakingHours {
            from: Clock::hm(7, 0).unwrap_or(Clock(chrono::NaiveTime::MIN)),
            to: Clock::hm(22, 0).unwrap_or(Clock(chrono::NaiveTime::MIN)),
        }
    }

    /// Makes `hours` the window of every meeting that sets none, for this
    /// process: the organizer's `speaking_hours` setting, set once at start
    /// by the front end. The first call wins.
    pub fn set_default(hours: SpeakingHours) {
        let _ = ORGANIZER_DEFAULT.set(hours);
    }

    /// The organizer's window when it differs from the built-in one (the
    /// cache keys its entries by it: the checks depend on it).
    pub fn organizer_default() -> Option<SpeakingHours> {
        ORGANIZER_DEFAULT
            .get()
            .copied()
            .filter(|h| *h != SpeakingHours::builtin())
    }
}

static ORGANIZER_DEFAULT: std::sync::OnceLock<SpeakingHours> = std::sync::OnceLock::new();

impl Default for SpeakingHours {
    /// The organizer's window when set ([`SpeakingHours::set_default`]),
    /// else the built-in 07:00 to 22:00.
    fn default() -> Self {
        ORGANIZER_DEFAULT
            .get()
            .copied()
            .unwrap_or_else(SpeakingHours::builtin)
    }
}
