#!/usr/bin/env bash
# Refreshes docs/screenshots/ from the GUI test's happy path, which saves a screenshot of every
# page under the build folder. Run ./test.sh (or at least build build/test) first.
# Usage: scripts/update-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/test}
scripts/test-session.sh env QT_QPA_PLATFORM=xcb \
    "$build_dir/tests/gui/tst_wizardwindow" happyPathSavesAndExports
source_dir="$build_dir/tests/gui/output/screenshots/happyPathSavesAndExports"
for page in 01-account 02-features 03-integration 04-role 05-token 06-result; do
    cp "$source_dir/$page.png" docs/screenshots/
done
echo "Copied the screenshots of $source_dir to docs/screenshots/"
