#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (folder build/fuzz) and runs one of them.
# Usage: scripts/fuzz.sh TARGET [SECONDS]
#   TARGET: fuzz_accountid, fuzz_percentencoding or fuzz_profiledocument (default run time: 60
#   seconds)
# New inputs that raise coverage are kept in build/fuzz/corpus/TARGET; a crash is written there
# as crash-* and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/dependencies.sh
source scripts/dependencies.sh

target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
seconds=${2:-60}
tba_install_packages "${TBA_BUILD_PACKAGES[@]}" clang libclang-rt-14-dev

cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTBA_FUZZ=ON -DTBA_BUILD_TESTS=OFF \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build/fuzz --target "$target"
corpus=build/fuzz/corpus/$target
mkdir -p "$corpus"
cp -n tests/fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
exec build/fuzz/tests/fuzz/"$target" -max_total_time="$seconds" -artifact_prefix="$corpus/" "$corpus"
