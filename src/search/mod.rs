//! Search that finds what was meant in these rosters: case-insensitive in
//! every script, words in any order, across Latin and Cyrillic and their
//! spelling variants.
//!
//! Each typed word must match a word of the record ([`words`]): whole, by
//! its start, with a typing mistake ([`edits`]), or as another spelling of
//! it ([`variants`]); never as letters scattered across a long text. Texts
//! are folded ([`fold`]: fuzzy-matcher's SkimMatcherV2 folds ASCII only) and
//! transliterated to Latin with `deunicode`, so "umankulova" finds
//! "Уманкулова". Keys ([`Key`]) are prepared once per roster so that a
//! keystroke only compares. The same forms flag likely duplicates
//! ([`duplicates`]), "G. Kussidenova" included.

pub mod duplicates;
mod edits;
mod fold;
mod matcher;
mod name_order;
mod people;
mod variants;
mod words;

pub use duplicates::{
    Ambiguous, DuplicateGroups, NameMatch, ends_with_patronymic, find_duplicates, name_skeleton,
    name_words, patronymic_free_skeletons, same_name,
};
pub(crate) use duplicates::{Fathers, fathers_of};
pub use fold::{Folded, fold, translit_into};
pub use matcher::{Key, Matcher, Query};
pub use name_order::name_order;
pub use people::participant_key;
pub use variants::canonical;
