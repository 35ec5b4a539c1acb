#!/usr/bin/env bash
# `plenary check --no-cache` against one single-threaded typed parse of the
# same file (the load bench's `--child parse-typed`: read_to_string and
# yaml_serde::from_str::<Meeting>, the Meeting then dropped), CPU time of
# fresh processes, alternating, on the 1x generated agenda. Issue 11's row
# "check CPU, no cache, vs one single-threaded typed parse: <= 1.2x".
#
# Run from the repository: `bash benches/check_cpu.sh`; PLENARY_BIN (a built
# binary, else the release build here), PLENARY_BEFORE (another build to
# time beside it), ROUNDS (15).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=benches/lib.sh
. benches/lib.sh
plenary_binary
reference=$(cargo bench --bench load --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "load" and m.get("executable"):
        print(m["executable"])')
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$plenary" generate -o "$work/1x.yaml"
python3 - "$work" "$reference" "$plenary" "${PLENARY_BEFORE:-}" >"$work/commands.json" <<'PY'
import json, sys
work, ref, new, before = sys.argv[1:5]
f = f"{work}/1x.yaml"
c = {"typed parse (reference)": [ref, "--child", "parse-typed", f],
     "plenary check --no-cache": [new, "check", f, "--no-cache"]}
if before:
    c["before: plenary check --no-cache"] = [before, "check", f, "--no-cache"]
print(json.dumps(c))
PY
python3 benches/cpu_medians.py "${ROUNDS:-15}" "$work/commands.json"
