//! Interpretation booths: who works in which booth, whether their languages
//! fit it, how long each is in the booth, and who is on the microphone when.
//!
//! The model (channels, interpreters' A/B/C languages, norms) is plain data
//! in [`crate::domain`]; this layer computes from it, for the checks, the
//! CLI's `plenary interpretation` and the TUI's Interpretation view alike.

mod fit;
mod plan;
mod rules;
mod turns;

pub use fit::{Misfit, booth_languages, languages_label, misfits, two_way_gaps};
pub use plan::{Booth, Cell, Day, Load, SessionRow, booths, days, days_of, languages};
pub use rules::{Elsewhere, at_once, booth_minutes, day_limit, elsewhere, over_day_limit};
pub use turns::{Turn, mic_minutes, turn_plan};
