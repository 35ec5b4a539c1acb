#!/usr/bin/env bash
# Two builds of `benches/tui_load.rs` side by side in one run: the warm
# load of the TUI, end to end (file read and hashed, cache entry decoded,
# the library's entry and the app's state built, first frame drawn), on the
# same generated agenda and the same cache folder (each build keeps its own
# entry: an entry names the build that wrote it). Fresh processes,
# alternating which build goes first; per build, the median of every warm
# load ("warm-e2e" lines, loads after the first in a process) and of the
# first load in a fresh process (the bench's "cold cache" figure, which is
# a warm load once the entry exists).
#
# Usage: bash benches/tui_load_ab.sh OLD_BENCH_BINARY NEW_BENCH_BINARY
#   (a bench binary: `cargo bench --bench tui_load --no-run` prints its path;
#   copy it aside before building the other commit).
# Knobs: AB_ROUNDS (default 7), AB_SIZE (default 10), AB_RUNS (warm loads per
# process, default 3), AB_DIR (the agenda and cache; default a temp folder).
set -euo pipefail
old="$1"
new="$2"
rounds="${AB_ROUNDS:-7}"
size="${AB_SIZE:-10}"
runs="${AB_RUNS:-3}"
dir="${AB_DIR:-$(mktemp -d)}"
export TUI_LOAD_DIR="$dir" TUI_LOAD_SIZES="$size" TUI_LOAD_ONLY=warm
out="$(mktemp -d)"

# Generates the agenda once, writes each build's entry.
for b in old new; do
  bin=${!b}
  TUI_LOAD_RUNS=1 "$bin" >/dev/null
done

for i in $(seq 1 "$rounds"); do
  order="old new"
  [ $((i % 2)) -eq 0 ] && order="new old"
  for b in $order; do
    bin=${!b}
    TUI_LOAD_RUNS="$runs" "$bin" >"$out/$b.$i.txt"
    grep '^warm-e2e' "$out/$b.$i.txt" | awk '{print $3}' >>"$out/$b.warm"
    sed -n 's/.*cold cache \([0-9]*\) ms.*/\1/p' "$out/$b.$i.txt" >>"$out/$b.first"
    grep 'warm, medians' "$out/$b.$i.txt" >>"$out/$b.parts"
  done
done

median() { sort -n "$1" | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.0f", m}'; }
for b in old new; do
  echo "$b: warm load to first frame, ${size}x: median $(median "$out/$b.warm") ms over $(wc -l <"$out/$b.warm") loads; first load in a fresh process: median $(median "$out/$b.first") ms over $rounds"
done
echo "ratio new/old (warm): $(awk -v a="$(median "$out/old.warm")" -v b="$(median "$out/new.warm")" 'BEGIN {printf "%.2f", b/a}')"
echo "ratio new/old (first in process): $(awk -v a="$(median "$out/old.first")" -v b="$(median "$out/new.first")" 'BEGIN {printf "%.2f", b/a}')"
echo "parts (last round):"
tail -1 "$out/old.parts" | sed 's/^/  old/'
tail -1 "$out/new.parts" | sed 's/^/  new/'
echo "raw: $out"
