//! Search that works for these rosters: case-insensitive in every script,
//! words in any order, across Latin and Cyrillic.
//!
//! fuzzy-matcher's SkimMatcherV2 folds ASCII case only, so every text is
//! folded here first ([`fold`]); Cyrillic (and any other script) is also
//! transliterated to Latin with `deunicode`, and a word matches when either
//! form does, so "umankulova" finds "Уманкулова" and "гульнара" finds
//! "Gulnara". Keys ([`Key`]) are prepared once per roster so that a keystroke
//! only runs the matcher. The same folding flags likely duplicates
//! ([`duplicates`]).

pub mod duplicates;
mod fold;
mod matcher;

pub use duplicates::{DuplicateGroups, find_duplicates, name_skeleton};
pub use fold::{Folded, fold};
pub use matcher::{Key, Matcher, Query};
