#!/usr/bin/env bash
# Installs the dependencies, builds a release build and launches the wizard.
# Arguments are passed to the application, so "./run.sh --help" prints the command line's help.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/dependencies.sh
source scripts/dependencies.sh

tba_install_packages "${TBA_BUILD_PACKAGES[@]}"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DTBA_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --parallel "$(nproc)"
exec build/release/app/netsuite-tba-wizard "$@"
