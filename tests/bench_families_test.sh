#!/usr/bin/env bash
# The benchmark families stay valid specs that hold (N = 2, 3), and the plain search
# (--reduction none --state-cache off) walks exactly the number of interleavings each family's
# closed form gives: counter-3 3! = 6, writes3-3 9!/(3!)^3 = 1680, indep-3 6!/(2!)^3 = 90,
# readers-3 4! = 24.
set -u
initcheck="$1"; root="$2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for n in 2 3; do python3 "$root/bench/families.py" --all "$n" "$out" || exit 1; done
"$initcheck" test "$out" || exit 1
status=0
for expected in counter-3:6 writes3-3:1680 indep-3:90 readers-3:24; do
  family="${expected%%:*}"; count="${expected##*:}"
  stats=$("$initcheck" check --stats --state-cache off "$out/$family.ic" | grep '^stats:')
  if [[ "$stats" != *"executions=$count "* ]]; then
    echo "FAIL $family: expected executions=$count, got: $stats"; status=1
  else
    echo "PASS $family: executions=$count"
  fi
done
exit "$status"
