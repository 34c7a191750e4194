#!/usr/bin/env bash
# Installs, from Debian's packages, everything initcheck needs to build and test (and SPIN,
# against which the benchmark twins are checked).
# Runs `apt-get update` first and installs only what is missing; safe to run again.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config git clang-format
  libboost-dev libz3-dev libcli11-dev libgtest-dev nlohmann-json3-dev
  python3
  spin  # the bench_promela test verifies the Promela twins of the benchmarks
)

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
