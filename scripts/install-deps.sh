#!/usr/bin/env bash
# Installs everything FaultKE needs to build, test and run on Debian 12.
# Idempotent: returns at once when every package is already installed.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqcustomplot-dev
  libtorch-dev
  libmatio-dev libhdf5-dev libisal-dev
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libpng-dev libjpeg-dev
  nlohmann-json3-dev libcli11-dev
  libgdal-dev
  xvfb xauth
  clang-format
  # The sweep tests' one-node cluster (scripts/slurm-local.sh); sweeps themselves need only sbatch.
  slurm-wlm munge
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
