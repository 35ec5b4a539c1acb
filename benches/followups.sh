#!/usr/bin/env bash
# `plenary followups --overdue` over the generated agenda's 5,000
# follow-ups, without the cache (the whole file parsed) and with a warm one,
# against taskwarrior's `task overdue` over the same 5,000 items imported as
# tasks, side by side in one hyperfine run; then the peak memory of each
# (`/usr/bin/time -v`, "Maximum resident set size"). The cache lives in a
# temporary folder (PLENARY_CACHE_DIR), never the user's.
#
# Run from the repository: `bash benches/followups.sh`. Installs taskwarrior,
# hyperfine and GNU time from Debian's packages when they are missing.
# Both sides use the machine's real date as "today" (taskwarrior cannot be
# told another), in UTC, and the script checks that both list the same
# number of overdue items before timing them.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1; }
missing=()
need task || missing+=(taskwarrior)
need hyperfine || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
need python3 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} ..." >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# shellcheck source=benches/lib.sh
. benches/lib.sh
plenary_binary
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export TZ=UTC PLENARY_CACHE_DIR="$work/cache"

"$plenary" generate -o "$work/bench.yaml"

# The same follow-ups as taskwarrior tasks, from plenary's own JSON export:
# owed → pending, done → completed, dropped → deleted; due at the end of its
# day, so that "due before now" (taskwarrior) and "due before today"
# (plenary) pick the same items; the last progress note as an annotation.
"$plenary" followups "$work/bench.yaml" --status all --include-carried --format json >"$work/followups.json"
python3 - "$work/followups.json" "$work/tasks.json" <<'PY'
import json, sys, uuid
rows = json.load(open(sys.argv[1]))
def stamp(d, t="000000"):
    return d.replace("-", "") + "T" + t + "Z"
status = {"open": "pending", "in-progress": "pending", "waiting": "pending", "done": "completed", "dropped": "deleted"}
tasks = []
for r in rows:
    t = {
        "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, r["meeting"] + "#" + r["id"])),
        "description": r["title"],
        "status": status[r["status"]],
        "entry": "20241007T000000Z",
        "project": r["meeting"],
        "tags": r["tags"],
    }
    if r["due"]:
        t["due"] = stamp(r["due"], "235959")
    if t["status"] != "pending":
        t["end"] = stamp(r["closed"] or "2024-10-07")
    if r["last_note"]:
        t["annotations"] = [{"entry": stamp(r["last_note_date"]), "description": r["last_note"]}]
    tasks.append(t)
json.dump(tasks, open(sys.argv[2], "w"))
print(f"{len(tasks)} tasks written", file=sys.stderr)
PY

export TASKDATA="$work/taskdata" TASKRC="$work/taskrc"
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nhooks=off\n' "$TASKDATA" >"$TASKRC"
task rc.verbose=nothing import "$work/tasks.json" >/dev/null
task rc.verbose=nothing overdue >/dev/null 2>&1 || true # first run: garbage collection

ours=$("$plenary" followups "$work/bench.yaml" --overdue --format csv | tail -n +2 | wc -l)
theirs=$(task rc.verbose=nothing status:pending +OVERDUE count)
echo "overdue items: plenary $ours, taskwarrior $theirs"
if [ "$ours" != "$theirs" ]; then
  echo "the two lists differ; the comparison would not be fair" >&2
  exit 1
fi

# PLENARY_BEFORE: another build (an earlier commit's) to time beside this
# one, without the cache and warm (an entry names the build that made it,
# so the two builds' entries lie side by side in the one folder).
before=()
if [ -n "${PLENARY_BEFORE:-}" ]; then
  "$PLENARY_BEFORE" followups "$work/bench.yaml" --overdue >/dev/null
  before=(--command-name "before, no cache" "$PLENARY_BEFORE followups $work/bench.yaml --overdue --no-cache"
    --command-name "before, warm cache" "$PLENARY_BEFORE followups $work/bench.yaml --overdue")
fi
hyperfine -N --warmup 3 --runs 30 --export-json "$work/times.json" \
  --command-name "plenary followups --overdue" "$plenary followups $work/bench.yaml --overdue --no-cache" \
  --command-name "plenary, warm cache" "$plenary followups $work/bench.yaml --overdue" \
  "${before[@]}" \
  --command-name "task overdue" "task overdue"
# Medians too: two threads make plenary's mean the more sensitive to a busy machine.
python3 - "$work/times.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
p, w, t = r["plenary followups --overdue"], r["plenary, warm cache"], r["task overdue"]
print(f"median: plenary --no-cache {p['median']*1000:.1f} ms, warm cache {w['median']*1000:.1f} ms, "
      f"taskwarrior {t['median']*1000:.1f} ms")
print(f"ratio to taskwarrior: no cache {p['median']/t['median']:.2f}, warm cache {w['median']/t['median']:.2f}")
print(f"CPU (user+system, mean): plenary --no-cache {(p['user']+p['system'])*1000:.1f} ms, "
      f"warm {(w['user']+w['system'])*1000:.1f} ms, taskwarrior {(t['user']+t['system'])*1000:.1f} ms")
for name in ["before, no cache", "before, warm cache"]:
    b = r.get(name)
    if b:
        print(f"{name}: median {b['median']*1000:.1f} ms, ratio to taskwarrior {b['median']/t['median']:.2f}, "
              f"CPU {(b['user']+b['system'])*1000:.1f} ms")
PY

peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {printf "%.1f MB\n", $2/1024}'; }
echo "peak memory: plenary followups --overdue $(peak "$plenary" followups "$work/bench.yaml" --overdue --no-cache) (no cache), $(peak "$plenary" followups "$work/bench.yaml" --overdue) (warm)"
echo "peak memory: task overdue                $(peak task overdue)"
