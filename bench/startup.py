#!/usr/bin/python3
"""Measures start-up time and peak memory of the wizard against an empty QWizard.

Start-up time runs from starting the process until it prints "shown", which it does once its
window is exposed. Peak memory is the process's maximum resident set size (ru_maxrss). Both
programs run alternately so that they see the same machine load. The medians are printed as JSON,
with the quartiles of each program's start-up time to show the spread.
Usage: startup.py WIZARD_PROGRAM EMPTY_PROGRAM [RUNS]
"""
import json
import os
import statistics
import subprocess
import sys
import time


def measure(program):
    start = time.perf_counter()
    process = subprocess.Popen([program], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    line = process.stdout.readline()
    shown_at = time.perf_counter()
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if line.strip() != b"shown" or status != 0:
        sys.exit(f"{program} did not show its window (status {status})")
    return (shown_at - start) * 1000.0, usage.ru_maxrss / 1024.0


def main():
    wizard, empty = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    measure(wizard)  # warm the file cache for both
    measure(empty)
    results = {"wizard": [], "empty": []}
    for _ in range(runs):
        results["wizard"].append(measure(wizard))
        results["empty"].append(measure(empty))
    summary = {}
    for name, samples in results.items():
        times = [s[0] for s in samples]
        quartiles = statistics.quantiles(times, n=4) if len(times) > 1 else times * 3
        summary[name] = {"startup_ms": round(statistics.median(times), 1),
                         "startup_ms_quartiles": [round(quartiles[0], 1), round(quartiles[2], 1)],
                         "peak_rss_mib": round(statistics.median(s[1] for s in samples), 1)}
    summary["startup_ratio"] = round(summary["wizard"]["startup_ms"] /
                                     summary["empty"]["startup_ms"], 2)
    summary["memory_ratio"] = round(summary["wizard"]["peak_rss_mib"] /
                                    summary["empty"]["peak_rss_mib"], 2)
    summary["runs"] = runs
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
