#!/usr/bin/env bash
# Installs what is needed, builds everything and runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
# Formatting is part of the tests: unformatted sources fail (scripts/check-format.sh --fix).
bash scripts/check-format.sh
BUILD_DIR=${FAULTKE_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
# sweep.test_sweep_slurm starts and stops its own one-node SLURM cluster (scripts/slurm-local.sh, as root).
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
# The benchmark suite's short mode: figures for the log, never a pass/fail on a time.
"$BUILD_DIR/src/cli/faultke-cli" bench all --short --data-dir "$BUILD_DIR/bench-data"
# The readers under libFuzzer with AddressSanitizer and UBSan, each for a short time (CTest label
# "fuzz", its own clang build in build-fuzz/): any finding fails the tests.
bash scripts/fuzz.sh
