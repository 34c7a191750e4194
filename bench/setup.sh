#!/usr/bin/env bash
# Installs, from Debian's packages, what the benchmark driver (bench/run.py) needs besides
# initcheck itself: SPIN 6.5 and the C compiler for its pan verifiers, Python 3 for the driver,
# valgrind for memory profiles. Runs `apt-get update` first and installs only what is missing;
# safe to run again.
set -euo pipefail

packages=(spin gcc libc6-dev python3 valgrind)

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "bench setup: all packages present"
  exit 0
fi

echo "bench setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
