#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/) with clang under AddressSanitizer and UBSan, and runs each
# for FAULTKE_FUZZ_SECONDS (default 20) through CTest's "fuzz" label. Extra arguments go to ctest.
#   FAULTKE_FUZZ_SECONDS=3600 bash scripts/fuzz.sh     # a long run
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if ! command -v clang++ >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok"; then
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >/dev/null
fi
BUILD_DIR=${FAULTKE_FUZZ_BUILD_DIR:-build-fuzz}
cmake -S fuzz -B "$BUILD_DIR" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DFAULTKE_FUZZ_SECONDS="${FAULTKE_FUZZ_SECONDS:-20}" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
ctest --test-dir "$BUILD_DIR" -L fuzz --output-on-failure "$@"
