#!/usr/bin/env bash
# Runs the start-up benchmark: the wizard and an empty QWizard, built in Release (build/bench),
# each started 15 times alternately inside the test session (throwaway HOME and keyring, Xvfb).
# Prints the median start-up time and peak memory of each, and the two ratios, as JSON.
# Usage: scripts/benchmark-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/dependencies.sh
source scripts/dependencies.sh
tba_install_packages "${TBA_BUILD_PACKAGES[@]}" "${TBA_TEST_PACKAGES[@]}"

cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTBA_BUILD_TESTS=OFF >/dev/null
cmake --build build/bench --target bench_startup_wizard bench_startup_empty >/dev/null
exec scripts/test-session.sh env QT_QPA_PLATFORM=xcb /usr/bin/python3 bench/startup.py \
    "$PWD/build/bench/bench/bench_startup_wizard" "$PWD/build/bench/bench/bench_startup_empty" \
    "${1:-15}"
