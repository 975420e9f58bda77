#!/usr/bin/env bash
# Installs the dependencies (test ones too), builds, and runs the whole test suite headless.
# Usage: ./test.sh [--sanitize] [CTEST ARGUMENTS...]
#   --sanitize   build with AddressSanitizer and UndefinedBehaviorSanitizer (folder build/sanitize)
#   e.g. ./test.sh -L unit     runs one kind of test: unit, gui, keychain, network or packaging
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/dependencies.sh
source scripts/dependencies.sh

build_dir=build/test
cmake_options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1-}" = "--sanitize" ]; then
    shift
    build_dir=build/sanitize
    cmake_options=(-DCMAKE_BUILD_TYPE=Debug -DTBA_SANITIZE=ON)
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi

tba_install_packages "${TBA_BUILD_PACKAGES[@]}" "${TBA_TEST_PACKAGES[@]}"
cmake -S . -B "$build_dir" -G Ninja "${cmake_options[@]}"
cmake --build "$build_dir" --parallel "$(nproc)"
# A failed test runs once more, and fails the run only if it fails again: the network tests talk
# to a local emulator under real timeouts, which a loaded 2-core machine can seldom miss.
exec scripts/test-session.sh ctest --test-dir "$build_dir" --output-on-failure \
    --timeout 300 --parallel "$(nproc)" --repeat until-pass:2 "$@"
