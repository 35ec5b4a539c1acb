#!/usr/bin/env python3
"""CPU time (user + system) of each command, run alternately for N rounds;
prints the median, min and max of each and the load average around the run.

Usage: python3 benches/cpu_medians.py ROUNDS COMMANDS.json
COMMANDS.json: {"name": ["argv0", "arg", ...], ...}, run in that order each
round, with stdout and stderr thrown away. CPU time is read from wait4's
rusage (microseconds), so a busy machine's waiting does not count; read the
ratios between commands of one run.
"""
import json
import os
import statistics
import sys

rounds = int(sys.argv[1])
with open(sys.argv[2]) as f:
    cmds = json.load(f)
times = {name: [] for name in cmds}
before = os.getloadavg()[0]
for _ in range(rounds):
    for name, argv in cmds.items():
        null = os.open(os.devnull, os.O_WRONLY)
        pid = os.fork()
        if pid == 0:
            os.dup2(null, 1)
            os.dup2(null, 2)
            os.execvp(argv[0], argv)
        _, status, usage = os.wait4(pid, 0)
        os.close(null)
        times[name].append((usage.ru_utime + usage.ru_stime) * 1000)
print(f"load average {before:.1f} before, {os.getloadavg()[0]:.1f} after; {rounds} rounds")
for name, t in times.items():
    print(f"{name:44s} median {statistics.median(t):7.1f} ms  min {min(t):7.1f}  max {max(t):7.1f}")
