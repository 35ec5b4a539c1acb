# Shared by the shell benchmarks (source it after `cd` to the repository).
#
# plenary_binary: sets `plenary` to the binary to time: PLENARY_BIN when
# given (a build made already, e.g. another commit's), else the release
# build of this checkout, built first.
plenary_binary() {
  plenary="${PLENARY_BIN:-}"
  if [ -z "$plenary" ]; then
    cargo build --release --quiet
    plenary="$PWD/target/release/plenary"
  fi
}
