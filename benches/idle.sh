#!/bin/sh
# Idle CPU of the TUI with the 10x generated agenda (100,000 participants,
# 10,000 sessions, 50,000 follow-ups; 33 MB) open, loaded and left alone:
# CPU seconds the process used (user + system, from /proc/PID/stat) over
# SECONDS of wall time, as milliseconds of CPU per second. Each binary runs
# in its own detached tmux session (a real terminal), one after the other
# in one run, so the figures sit side by side.
#
# Usage: benches/idle.sh AFTER_BIN [BEFORE_BIN] [SECONDS]
#   e.g. benches/idle.sh target/release/plenary /tmp/plenary-before 30
# BEFORE_BIN is a release build of the commit before the watch (the poll
# read and hashed every open file once a second).
set -eu
after=$1
before=${2:-}
secs=${3:-30}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/agendas"
"$after" generate --participants 100000 --sessions 10000 --follow-ups 50000 \
    -o "$dir/agendas/10x.yaml" >/dev/null
hz=$(getconf CLK_TCK)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

measure() {
    bin=$1
    name=idle-$2-$$
    tmux new-session -d -s "$name" -x 100 -y 30 \
        "cd '$dir' && exec env PLENARY_CACHE_DIR='$dir/cache' '$bin' --today 2025-06-01 agendas"
    pid=$(tmux display -p -t "$name" '#{pane_pid}')
    # Loaded: the footer no longer says "loading", and the list is shown.
    i=0
    while :; do
        screen=$(tmux capture-pane -p -t "$name")
        case $screen in
            *loading*) ;;
            *Meetings*) break ;;
        esac
        i=$((i + 1))
        [ $i -lt 600 ] || { echo "$2: not loaded after 5 minutes" >&2; exit 1; }
        sleep 0.5
    done
    sleep 3
    t0=$(cpu_ticks "$pid")
    sleep "$secs"
    t1=$(cpu_ticks "$pid")
    tmux kill-session -t "$name"
    echo "$2 $(( (t1 - t0) * 1000 / hz )) $secs" |
        awk '{printf "  %-7s %6d ms CPU in %d s = %6.1f ms per second\n", $1, $2, $3, $2 / $3}'
}

echo "idle TUI, 10x agenda loaded, CPU over $secs s:"
[ -z "$before" ] || measure "$before" before
measure "$after" after
