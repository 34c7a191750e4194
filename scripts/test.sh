#!/usr/bin/env bash
# Second command of the README (and CI): install what is missing, build with warnings as
# errors, and run every test: GoogleTest suites, the shared conformance corpus, specs/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" -DINITCHECK_WERROR=ON
cd "${INITCHECK_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j"$(nproc)"
