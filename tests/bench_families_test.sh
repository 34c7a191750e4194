#!/usr/bin/env bash
# The benchmark families stay valid specs that hold (N = 2, 3, 4), and --stats reports exact
# execution counts through the command line:
# - the plain search (--reduction none --state-cache off) walks every interleaving:
#   counter-3 3! = 6, writes3-3 9!/(3!)^3 = 1680, indep-3 6!/(2!)^3 = 90, readers-3 4! = 24;
# - DPOR (the default, with --state-cache off --symmetry off) walks one execution per
#   Mazurkiewicz trace: indep-N 1, readers-N 2^N, counter-N N!, writes3-N (3N)!/6^N.
set -u
initcheck="$1"; root="$2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
expect_executions() {  # FILE COUNT FLAGS...
  local file="$1" count="$2"; shift 2
  local stats
  stats=$("$initcheck" check --stats "$@" "$out/$file.ic" | grep '^stats:')
  if [[ "$stats" != *"executions=$count "* ]]; then
    echo "FAIL $file $*: expected executions=$count, got: $stats"; status=1
  else
    echo "PASS $file $*: executions=$count"
  fi
}
for n in 2 3 4; do
  mkdir -p "$out/$n"
  python3 "$root/bench/families.py" --all "$n" "$out/$n" || exit 1
  "$initcheck" test "$out/$n" || exit 1
done
for expected in counter-3:6 writes3-3:1680 indep-3:90 readers-3:24; do
  expect_executions "3/${expected%%:*}" "${expected##*:}" --reduction none --state-cache off
done
for expected in indep-2:1 indep-3:1 indep-4:1 readers-2:4 readers-3:8 readers-4:16 \
                counter-2:2 counter-3:6 counter-4:24 writes3-2:20 writes3-3:1680; do
  family="${expected%%:*}"; n="${family##*-}"
  expect_executions "$n/$family" "${expected##*:}" --state-cache off --symmetry off
done
exit "$status"
