//! The domain's compact binary form, for the cache of loaded meetings.
//!
//! The serde impls are written for YAML: a field left at its default is
//! left out, and several fields take one of two shapes ("a string or a
//! list"). Compact formats (postcard, MessagePack as arrays) have neither
//! field names nor types on the wire, so they need every field, in order,
//! in one shape. Two switches give them that without a second set of types:
//! serializers that are not human-readable get one fixed shape from each
//! hand-written impl (`Serializer::is_human_readable`), and inside
//! [`compact`] the "leave out when default" tests all say "keep it", so
//! every field is written. YAML, JSON and the schema are unchanged.

use std::cell::Cell;

use super::{Roster, Tentative};

thread_local! {
    static COMPACT: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` (a serialization into a compact format) with every field kept.
pub fn compact<R>(f: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            COMPACT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(COMPACT.with(|c| c.replace(true)));
    f()
}

fn keep_all() -> bool {
    COMPACT.with(Cell::get)
}

pub fn none<T>(v: &Option<T>) -> bool {
    v.is_none() && !keep_all()
}

// serde hands the field itself, a `&Vec`.
#[allow(clippy::ptr_arg)]
pub fn empty<T>(v: &Vec<T>) -> bool {
    v.is_empty() && !keep_all()
}

/// [`empty`] for a list shared between copies of a meeting.
pub fn none_shared<T>(v: &super::shared::Shared<Vec<T>>) -> bool {
    v.is_empty() && !keep_all()
}

pub fn not(v: &bool) -> bool {
    !*v && !keep_all()
}

pub fn untentative(v: &Tentative) -> bool {
    v.is_no() && !keep_all()
}

pub fn no_inline_roster(v: &Roster) -> bool {
    v.is_empty_inline() && !keep_all()
}
