#!/usr/bin/env bash
# The ASan+UBSan build of the whole test suite (issue 7), in its own folder (build-sanitize,
# or INITCHECK_SANITIZE_BUILD_DIR): clang++, -O1 with line tables for readable reports, any
# sanitizer report aborts its test. The same folder builds the libFuzzer harnesses
# (INITCHECK_FUZZ), which scripts/fuzz.sh runs.
#   sanitize.sh            configure, build, run every test
#   sanitize.sh configure  only configure (scripts/fuzz.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${INITCHECK_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -G Ninja \
  -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -gline-tables-only -DNDEBUG" \
  -DINITCHECK_SANITIZE=ON -DINITCHECK_FUZZ=ON -DINITCHECK_WERROR=ON >/dev/null
if [ "${1:-}" = configure ]; then
  exit 0
fi
cmake --build "$build_dir" -- -j"$(nproc)"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)"
