//! The allocator Plenary's programs run on: mimalloc 2 without transparent
//! huge pages, freed pages given back at once.
//!
//! One place for it, so that the `plenary` binary and the benchmarks that
//! time a reference beside it (the bare typed parse in `benches/load.rs`)
//! run on the same allocator: a ratio then compares parsing with parsing,
//! not one malloc with another.
//!
//! Why mimalloc: it keeps small blocks without glibc's per-block header and
//! 32-byte minimum, and a big agenda is hundreds of thousands of short
//! strings; `check` of a 33 MB file peaks ~28 MB lower than on glibc's
//! malloc, and uses less CPU (README, "Memory of `check`"). Version 2
//! without huge pages: v3 and huge pages held more.

/// The global allocator type: `#[global_allocator] static A: Allocator = Allocator;`.
pub use mimalloc::MiMalloc as Allocator;

/// `mi_option_purge_delay` in mimalloc 2's `mi_option_e` (the Rust binding
/// names no constant for it; Cargo.lock pins the version this number is for).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets the allocator's options for a command (`check`, `followups`, …),
/// not for the TUI.
///
/// Freed memory goes back to the system at once rather than 10 ms later: a
/// command frees the text or the meeting and then builds the next big
/// thing, and the delay kept both resident. The TUI keeps the default
/// delay: it frees and allocates again on every edit, and returning pages
/// at once made its first edit after a warm 10× load 27 → 70 ms
/// (`cargo bench --bench edit_frame`).
pub fn tune() {
    // SAFETY: sets a plain option read by the allocator; valid at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}
