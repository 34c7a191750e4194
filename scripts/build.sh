#!/usr/bin/env bash
# Configures and builds initcheck in ./build (Ninja, warnings on).
#   build.sh [--target NAME] [cmake configure arguments...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${INITCHECK_BUILD_DIR:-$root/build}"
target=()
if [ "${1:-}" = "--target" ]; then
  target=(--target "$2")
  shift 2
fi
cmake -S "$root" -B "$build_dir" -G Ninja "$@" >/dev/null
cmake --build "$build_dir" "${target[@]}" -- -j"$(nproc)"
