#!/usr/bin/env bash
# First command of the README: install what is missing, build, and check a shipped
# example spec (the loop-closure bug, so initcheck reports violations with traces).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" --target initcheck
example="$root/examples/loop_closure_bug.ic"
echo "+ initcheck check ${example#$root/}"
"${INITCHECK_BUILD_DIR:-$root/build}/src/cli/initcheck" check "$example" || [ $? -eq 1 ]  # exit 1: it finds the bug
