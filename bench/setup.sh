#!/usr/bin/env bash
# Installs, from Debian's packages, what the benchmark driver (bench/run.py) needs besides
# initcheck itself: SPIN 6.5 and the C compiler for its pan verifiers, Python 3 for the driver,
# valgrind for memory profiles. Runs `apt-get update` first and installs only what is missing;
# safe to run again.
set -euo pipefail

packages=(spin gcc libc6-dev python3 valgrind)

bash "$(dirname "$0")/../scripts/install_packages.sh" "bench setup" "${packages[@]}"
