#!/usr/bin/env bash
# Runs the start-up benchmark: the wizard and an empty QWizard, built in Release (build/bench),
# each started 15 times alternately inside the test session (throwaway HOME and keyring, Xvfb).
# The application icon is first copied into the session's hicolor theme, where the Debian package
# installs it, so that a wizard that looks it up there pays what an installed one pays.
# Prints the median start-up time and peak memory of each, and the two ratios, as JSON.
# Usage: scripts/benchmark-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/dependencies.sh
source scripts/dependencies.sh
tba_install_packages "${TBA_BUILD_PACKAGES[@]}" "${TBA_TEST_PACKAGES[@]}"

cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTBA_BUILD_TESTS=OFF >/dev/null
cmake --build build/bench --target bench_startup_wizard bench_startup_empty app-icons >/dev/null
# Inside the session: $0 is the folder of the rendered PNGs, then comes the command to run.
# shellcheck disable=SC2016
install_icons='
hicolor="$XDG_DATA_HOME/icons/hicolor"
for folder in "$0"/*x*; do
    mkdir -p "$hicolor/${folder##*/}/apps"
    cp "$folder"/*.png "$hicolor/${folder##*/}/apps/"
done
mkdir -p "$hicolor/scalable/apps"
cp resources/app-icon.svg "$hicolor/scalable/apps/$(basename "$folder"/*.png .png).svg"
exec "$@"'
exec scripts/test-session.sh sh -c "$install_icons" "$PWD/build/bench/resources/icons" \
    env QT_QPA_PLATFORM=xcb /usr/bin/python3 bench/startup.py \
    "$PWD/build/bench/bench/bench_startup_wizard" "$PWD/build/bench/bench/bench_startup_empty" \
    "${1:-15}"
