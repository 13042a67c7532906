#!/usr/bin/env bash
# Configures and builds FaultKE into ./build (or $FAULTKE_BUILD_DIR). Installs dependencies first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR=${FAULTKE_BUILD_DIR:-build}
BUILD_TYPE=${FAULTKE_BUILD_TYPE:-Release}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
