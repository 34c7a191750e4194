#!/usr/bin/env bash
# First command of the README: install what is missing, build, and run initcheck on a
# shipped example spec.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" --target initcheck
example="$root/examples/loop_closure_bug.ic"
echo "+ initcheck parse ${example#$root/}"
"${INITCHECK_BUILD_DIR:-$root/build}/src/cli/initcheck" parse "$example"
