#!/usr/bin/env bash
# Resource limits end a search with verdict unknown (exit 3) and what was explored, on time:
# --timeout 2 on a model far too large for any engine ends in under 2.5 s; --max-states and
# --max-memory end it too; a violation found before the limit is still reported (exit 1).
# Usage: limits_test.sh INITCHECK SOURCE_DIR
set -uo pipefail
initcheck="$1"
dir="$2/tests/cli/limits"
large="$dir/far_too_large.ic"
early="$dir/early_race_then_a_million_keys.ic"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
failures=0

fail() {
  echo "FAIL: $*"
  sed 's/^/    /' "$out" | head -20
  failures=$((failures + 1))
}

# run EXPECTED_EXIT PATTERN COMMAND...: runs COMMAND, checks its exit code and that its output
# has PATTERN; leaves the wall time in $seconds.
run() {
  local expected="$1" pattern="$2"
  shift 2
  local start end status
  start=$(date +%s.%N)
  "$@" >"$out" 2>&1
  status=$?
  end=$(date +%s.%N)
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  if [ "$status" -ne "$expected" ]; then
    fail "$* exited $status, expected $expected"
  elif ! grep -q -- "$pattern" "$out"; then
    fail "$* printed no '$pattern'"
  fi
}

for engine in explicit smt auto; do
  run 3 "unknown (time limit" "$initcheck" check --engine "$engine" --timeout 2 "$large"
  if awk -v s="$seconds" 'BEGIN { exit !(s >= 2.5) }'; then
    fail "--engine $engine --timeout 2 took $seconds s (limit 2.5 s)"
  fi
  echo "--engine $engine --timeout 2: exit 3 after $seconds s"
done

# --max-states counts every state the search arrives at (revisits too), so it bounds the work
# even where the state cache stops growing; 1000 arrivals take at most 1000 transitions.
for reduction in dpor none; do
  run 3 "unknown (state limit reached after" \
    "$initcheck" check --max-states 1000 --stats --reduction "$reduction" "$large"
  transitions=$(sed -n 's/.*transitions=\([0-9]*\).*/\1/p' "$out")
  [ -n "$transitions" ] && [ "$transitions" -le 1000 ] ||
    fail "--max-states 1000 --reduction $reduction took ${transitions:-?} transitions"
done
run 3 '"limit": "states"' "$initcheck" check --max-states 10 --format json "$large"

# The state cache of a key chosen from a million grows by tens of MB a second; --timeout is
# only the backstop of this test.
grows="$2/bench/specs/one_key_in_a_million.ic"
run 3 "unknown (memory limit reached" "$initcheck" check --max-memory 64 --timeout 60 --stats "$grows"
peak=$(sed -n 's/.*peak_rss_mb=\([0-9]*\).*/\1/p' "$out")
[ -n "$peak" ] && [ "$peak" -lt 96 ] || fail "--max-memory 64 peaked at ${peak:-?} MB"
run 3 '"limit": "memory"' "$initcheck" check --max-memory 64 --timeout 60 --format json "$grows"
run 3 "unknown (memory limit reached" "$initcheck" check --max-memory 64 --timeout 60 \
  --reduction none "$grows"

# A violation found before the limit is reported, with a note that more may exist.
run 1 "violation: race: race on 'hits'" "$initcheck" check --timeout 1 "$early"
grep -q "note: time limit reached after [0-9]* executions; more violations may exist" "$out" ||
  fail "the early race's limit note is missing"
run 1 "violation: race" "$initcheck" check --max-states 5000 "$early"

# 0 turns a limit off, a negative one is a usage error (exit 2).
run 0 "ok (complete)" "$initcheck" check --timeout 0 --max-memory 0 --max-states 0 \
  "$2/examples/dcl_plain_flag_fix.ic"
run 2 "" "$initcheck" check --timeout -1 "$large"

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "limits: all checks passed"
