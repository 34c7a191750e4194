#!/usr/bin/env bash
# The benchmark families stay valid specs that hold (N = 2, 3, 4), and --stats reports exact
# execution counts through the command line:
# - the plain search (--reduction none --state-cache off) walks every interleaving:
#   counter-3 3! = 6, writes3-3 9!/(3!)^3 = 1680, indep-3 6!/(2!)^3 = 90, readers-3 4! = 24;
# - DPOR (the default, with --state-cache off --symmetry off) walks one execution per
#   Mazurkiewicz trace: indep-N 1, readers-N 2^N, counter-N N!, writes3-N (3N)!/6^N;
# - optimal DPOR (--reduction optimal --state-cache off) walks the trace counts of the optimal-
#   DPOR paper's programs (Abdulla et al., POPL 2014, Table 2), none sleep-blocked, under rc11
#   (the default) and sc: lastzero-3/4/5 12/28/64, indexer-12/13 8/64, filesystem-14/16/18
#   2/8/32; the persistent-set DPOR walks 47 executions of lastzero-5's 64 traces.
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
expect_optimal() {  # FAMILY N COUNT FLAGS...: exactly COUNT executions, none sleep-blocked
  local family="$1" n="$2" count="$3"; shift 3
  local stats
  mkdir -p "$out/paper"
  python3 "$root/bench/families.py" "$family" "$n" >"$out/paper/$family-$n.ic" || exit 1
  stats=$("$initcheck" check --stats --reduction optimal --state-cache off "$@" \
          "$out/paper/$family-$n.ic" | grep '^stats:')
  if [[ "$stats" != *"executions=$count "*"sleep_blocked=0 "* ]]; then
    echo "FAIL $family-$n optimal $*: expected executions=$count, sleep_blocked=0, got: $stats"
    status=1
  else
    echo "PASS $family-$n optimal $*: executions=$count, sleep_blocked=0"
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
for expected in lastzero-3:12 lastzero-4:28 lastzero-5:64 indexer-11:1 indexer-12:8 \
                indexer-13:64 filesystem-13:1 filesystem-14:2 filesystem-16:8 filesystem-18:32; do
  family="${expected%%:*}"
  for model in rc11 sc; do
    expect_optimal "${family%-*}" "${family##*-}" "${expected##*:}" --memory-model "$model"
  done
done
expect_executions paper/lastzero-5 47 --state-cache off
exit "$status"
