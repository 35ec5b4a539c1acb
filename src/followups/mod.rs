//! Follow-ups across every loaded meeting: the list, its filters and
//! sections, the changes review mode makes, carry-over between meetings of
//! a series, and CSV/JSON export.
//!
//! Pure functions over [`Meeting`](crate::domain::Meeting)s with "today"
//! passed in, so the CLI report, the TUI's Follow-ups view and the tests
//! all see the same thing for the same day. No I/O, no terminal.

mod carry;
pub mod export;
mod fold;
mod group;
pub mod ops;
mod owner;
mod query;
mod when;

pub use carry::{CarryError, CarryReport, carry_over, previous_in_series};
pub use fold::{Needle, fold};
pub use group::{Group, GroupBy, NO_DUE_DATE, Order, group, place};
pub use ops::FollowUpError;
pub use owner::{Owner, country_in_text, country_named};
pub use query::{
    CountryCache, Counts, Filter, Register, Row, StatusFilter, counts, meeting_key, order, origin,
    owned_by, produced_by, sort, state_name,
};
pub use when::{DueInput, parse_due};
