//! The Follow-ups view's state and commands (the drawing is in
//! `views/followups.rs` and `views/review.rs`): rows from the
//! `crate::followups` register, filters and grouping, a one-line prompt,
//! review mode, and the edits, all through the one edit path.

pub mod edits;
pub mod form;
pub mod prompt;
pub mod review;
pub mod state;
pub mod stay;

pub use prompt::{Ask, Prompt};
pub use review::{Outcome, Review};
pub use state::{FollowUpsState, FuRow};
