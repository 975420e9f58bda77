#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md. Signing: our signer and python3-oauthlib sign the same
# NetSuite request in the same run, alternating three times so that both see the same machine
# load; prints each run as JSON and then the ratio of the medians. Connection test: the whole test
# against the NetSuite emulator with a 200 ms delay on every response, against the slowest single
# probe sent alone in the same run; prints one JSON line per round. Builds a Release build in
# build/bench first.
# Usage: scripts/benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/dependencies.sh
source scripts/dependencies.sh
tba_install_packages "${TBA_BUILD_PACKAGES[@]}" python3-oauthlib

cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTBA_BUILD_TESTS=OFF >/dev/null
cmake --build build/bench --target bench_signing bench_connectiontest >/dev/null

results=$(mktemp)
trap 'rm -f "$results"' EXIT
for _ in 1 2 3; do
    build/bench/bench/bench_signing 100000 5 | tee -a "$results"
    /usr/bin/python3 bench/oauthlib_signing.py 20000 5 | tee -a "$results"
done
/usr/bin/python3 - "$results" <<'PY'
import json, statistics, sys
runs = [json.loads(line) for line in open(sys.argv[1])]
def median(name):
    return statistics.median(r["signatures_per_second"] for r in runs if r["implementation"] == name)
ours, theirs = median("netsuite-tba-wizard"), median("python3-oauthlib")
print(f"ours: {ours:,.0f} signatures/s ({1e6 / ours:.2f} us each); "
      f"oauthlib: {theirs:,.0f} signatures/s ({1e6 / theirs:.1f} us each); ratio {ours / theirs:.1f}x")
PY

QT_LOGGING_RULES="tba.*=false" build/bench/bench/bench_connectiontest 3 200
