//! Build script: packs the `plenary` executable's relative relocations
//! (`-z pack-relative-relocs`, DT_RELR) when the linker can.
//!
//! A position-independent executable (kept: its address is randomised,
//! and it opens files from others) is relocated by the loader at every
//! start: 70,000 pointers, each a 24-byte RELA record in 1.7 MB that the
//! loader reads page by page. DT_RELR says the same in a few KB of
//! bitmaps, which costs a short command (`followups` on a warm cache)
//! page faults and time at every start. The flag needs the linker's
//! support and glibc 2.36; a tiny program is linked with it first, and
//! without success the executable is linked as before, so a machine with
//! only the Rust toolchain still builds.
use std::path::PathBuf;
use std::process::Command;

const FLAG: &str = "-Wl,-z,pack-relative-relocs";

fn main() {
    println!("cargo:rerun-if-changed=src/build.rs");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    if linux && links_with(FLAG) {
        println!("cargo:rustc-link-arg-bins={FLAG}");
    }
}

/// Whether a program links with `flag`, through the same compiler, target
/// and linker as the crate.
fn links_with(flag: &str) -> bool {
    let (Some(rustc), Some(out)) = (std::env::var_os("RUSTC"), std::env::var_os("OUT_DIR")) else {
        return false;
    };
    let dir = PathBuf::from(out);
    let src = dir.join("relr_probe.rs");
    if std::fs::write(&src, "fn main() {}\n").is_err() {
        return false;
    }
    let mut cmd = Command::new(rustc);
    cmd.arg(&src)
        .arg("-o")
        .arg(dir.join("relr_probe"))
        .arg("-C")
        .arg(format!("link-arg={flag}"));
    if let Ok(target) = std::env::var("TARGET") {
        cmd.arg("--target").arg(target);
    }
    if let Some(linker) = std::env::var_os("RUSTC_LINKER") {
        cmd.arg("-C").arg({
            let mut a = std::ffi::OsString::from("linker=");
            a.push(linker);
            a
        });
    }
    cmd.output().is_ok_and(|o| o.status.success())
}
