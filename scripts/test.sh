#!/usr/bin/env bash
# Second command of the README (and CI): install what is missing, build with warnings as
# errors, and run every test: GoogleTest suites, the shared conformance corpus, specs/. Then
# the same suite in the ASan+UBSan build (scripts/sanitize.sh), and each libFuzzer harness for
# 60 s (scripts/fuzz.sh; INITCHECK_FUZZ_SECONDS changes it, 0 skips fuzzing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
phase() { echo "== $1 ($(date -u +%H:%M:%S))"; }
phase "setup"
bash "$root/scripts/setup.sh"
phase "build"
# No debug information: the test build is compiled twice (here and sanitized), and -g costs
# about a fifth of the compile time; the optimisation level is the default build's.
bash "$root/scripts/build.sh" -DINITCHECK_WERROR=ON -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG"
phase "tests"
ctest --test-dir "${INITCHECK_BUILD_DIR:-$root/build}" --output-on-failure -j"$(nproc)"
phase "sanitizer build and tests"
bash "$root/scripts/sanitize.sh"
fuzz_seconds="${INITCHECK_FUZZ_SECONDS:-60}"
if [ "$fuzz_seconds" != 0 ]; then
  phase "fuzzing, ${fuzz_seconds} s per harness"
  INITCHECK_FUZZ_BUILD_DIR="${INITCHECK_SANITIZE_BUILD_DIR:-$root/build-sanitize}" \
    bash "$root/scripts/fuzz.sh" "$fuzz_seconds"
fi
phase "done"
