//! The allocator Plenary's programs run on: mimalloc 2, freed pages given
//! back at once, transparent huge pages only for short read commands.
//!
//! One place for it, so that the `plenary` binary and the benchmarks that
//! time a reference beside it (the bare typed parse in `benches/load.rs`)
//! run on the same allocator: a ratio then compares parsing with parsing,
//! not one malloc with another.
//!
//! Why mimalloc: it keeps small blocks without glibc's per-block header and
//! 32-byte minimum, and a big agenda is hundreds of thousands of short
//! strings; `check` of a 33 MB file peaks ~28 MB lower than on glibc's
//! malloc, and uses less CPU (README, "Memory of `check`"). Version 2:
//! v3 held more.
//!
//! Huge pages: mimalloc is built to ask for them (`madvise(MADV_HUGEPAGE)`
//! on the memory it reserves), and [`for_command`] decides per program.
//! Where the system leaves it to the program (THP `madvise`, the common
//! default), a 2 MB page is one fault instead of 512: a short command that
//! builds a meeting and exits (`followups`) spends a third of its warm-cache
//! time faulting fresh 4 KB pages in. But a huge page is held whole while
//! any byte of it is in use, and `check` at 10× peaked at 177 MB (over the
//! issue's 5× the file) instead of 159 MB; the TUI lives long and frees as
//! it edits. So every program starts with them off, and only the commands
//! named in [`for_command`] turn them back on.

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

/// Turns transparent huge pages off for this process (the kernel reads the
/// setting at each page fault, so it holds for memory reserved before).
/// The first thing `main` does, before the program is known.
pub fn no_huge_pages() {
    set_thp_disabled(true);
}

/// Tunes the allocator for `command` (not the TUI): a command that reads a
/// file, prints an answer and exits gets huge pages back (`plenary::alloc`
/// says why only those), its freed memory returned after mimalloc's usual
/// delay; any other has freed memory returned at once ([`tune`]).
pub fn for_command(command: &crate::cli::Command) {
    if matches!(command, crate::cli::Command::Followups(_)) {
        // Returning freed pages at once would split its huge pages (each
        // purge is an `madvise` inside one) and fault them back in 4 KB:
        // 1,450 page faults on a warm `followups` became 2,670.
        set_thp_disabled(false);
    } else {
        tune();
    }
}

#[cfg(target_os = "linux")]
fn set_thp_disabled(off: bool) {
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory
    // of ours; on a kernel without it the call fails and nothing changes.
    unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, libc::c_ulong::from(off), 0, 0, 0) };
}

#[cfg(not(target_os = "linux"))]
fn set_thp_disabled(_off: bool) {}
