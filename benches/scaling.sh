#!/usr/bin/env bash
# `plenary check` and `plenary followups --overdue` at 1x, 4x and 10x the
# generated agenda, without and with a warm cache; then the inputs that once
# made the work grow faster than the file (one typo, every participant id
# renamed, 100,000 nested brackets and braces), each beside the clean file
# in the same run. Wall time, CPU (user+sys) and peak memory from
# /usr/bin/time; the cache in a temporary folder, never the user's.
#
# Run from the repository: `bash benches/scaling.sh`; PLENARY_BIN (a built
# binary, else the release build here).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=benches/lib.sh
. benches/lib.sh
plenary_binary
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PLENARY_CACHE_DIR="$work/cache" TZ=UTC

"$plenary" generate -o "$work/1x.yaml"
"$plenary" generate --participants 40000 --sessions 4000 --follow-ups 20000 -o "$work/4x.yaml"
"$plenary" generate --participants 100000 --sessions 10000 --follow-ups 50000 -o "$work/10x.yaml"
sed '0,/  kind: /s//  knd: /' "$work/1x.yaml" >"$work/typo.yaml"
sed 's/^- id: p0/- id: q0/' "$work/1x.yaml" >"$work/refs.yaml"
python3 - "$work" <<'PY'
import sys
head = "title: T\ntimezone: UTC\nstart_date: 2024-01-01\nnotes: "
open(sys.argv[1] + "/brackets.yaml", "w").write(head + "[" * 100000 + "\n")
open(sys.argv[1] + "/braces.yaml", "w").write(head + "{a: " * 100000 + "\n")
PY

# One run: wall s, CPU s, peak MB (best of 3 by wall time).
measure() {
  local best=""
  for _ in 1 2 3; do
    local line
    line=$(/usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >/dev/null | tail -1)
    if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN{split(a,x," ");split(b,y," ");exit !(x[1]<y[1])}'; then
      best="$line"
    fi
  done
  awk -v l="$best" 'BEGIN{split(l,x," "); printf "%6.3f s wall  %6.3f s CPU  %6.1f MB", x[1], x[2]+x[3], x[4]/1024}'
}

printf "%-34s %10s  %s\n" "file" "size" "measure"
for f in 1x 4x 10x; do
  size=$(stat -c %s "$work/$f.yaml")
  mb=$(awk -v s="$size" 'BEGIN{printf "%.1f MB", s/1048576}')
  echo "check $f, no cache        $mb  $(measure "$plenary" check "$work/$f.yaml" --no-cache)"
  "$plenary" check "$work/$f.yaml" >/dev/null 2>&1 || true
  echo "check $f, warm cache      $mb  $(measure "$plenary" check "$work/$f.yaml")"
  echo "followups $f, no cache    $mb  $(measure "$plenary" followups "$work/$f.yaml" --overdue --no-cache)"
  echo "followups $f, warm cache  $mb  $(measure "$plenary" followups "$work/$f.yaml" --overdue)"
done
for f in 1x typo refs brackets braces; do
  echo "check $f, no cache  $(measure "$plenary" check "$work/$f.yaml" --no-cache)"
done
