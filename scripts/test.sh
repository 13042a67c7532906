#!/usr/bin/env bash
# Installs what is needed, builds everything and runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
# Formatting is part of the tests: unformatted sources fail (scripts/check-format.sh --fix).
bash scripts/check-format.sh
BUILD_DIR=${FAULTKE_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
