#!/usr/bin/env bash
# Several reports from one run: `--format F -o FILE` plus `--json FILE --junit FILE --text FILE`
# give, byte for byte, what separate runs of each format give; `-` means stdout; an output
# that cannot be written is a spec error (exit 2) before any checking; `test` takes the same
# flags; the exit status does not depend on the formats asked for.
#   multi_output_test.sh INITCHECK SOURCE_DIR
set -u
initcheck="$1"; source_dir="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$source_dir" || exit 1
fail() { echo "FAIL: $*"; exit 1; }

"$initcheck" check examples -q > "$work/alone.txt"; alone=$?
"$initcheck" check examples -q --format json > "$work/alone.json"
"$initcheck" check examples -q --format junit > "$work/alone.xml"
"$initcheck" check examples -q --format junit -o "$work/main.xml" --json "$work/extra.json" \
  --text "$work/extra.txt" > "$work/stdout.txt"; together=$?
[ "$alone" -eq "$together" ] || fail "exit status $together with several outputs, $alone alone"
[ ! -s "$work/stdout.txt" ] || fail "stdout is not empty when -o is given"
cmp -s "$work/alone.xml" "$work/main.xml" || fail "the -o junit report differs from a junit run"
cmp -s "$work/alone.json" "$work/extra.json" || fail "--json FILE differs from a json run"
cmp -s "$work/alone.txt" "$work/extra.txt" || fail "--text FILE differs from a text run"

"$initcheck" check examples -q --json - > "$work/both.txt"
cat "$work/alone.txt" "$work/alone.json" | cmp -s - "$work/both.txt" \
  || fail "--json - does not follow the text report on stdout"

"$initcheck" check examples -q --json "$work/missing/dir/out.json" > "$work/none.txt" 2> "$work/err.txt"
status=$?
[ "$status" -eq 2 ] || fail "an unwritable output exits $status, not 2"
grep -q "out.json: error: cannot write the json report" "$work/err.txt" || fail "no diagnostic: $(cat "$work/err.txt")"
[ ! -s "$work/none.txt" ] || fail "something was checked before the outputs were opened"

"$initcheck" test specs/channels -q --json "$work/test.json" --junit "$work/test.xml" > "$work/test.txt" \
  || fail "initcheck test specs/channels failed"
grep -q "passed, 0 failed" "$work/test.txt" || fail "no test summary on stdout"
grep -q '"test": {' "$work/test.json" || fail "the json report of a test run has no test outcomes"
grep -q '<testsuite name="initcheck test"' "$work/test.xml" || fail "no junit test suite"
echo "PASS: several outputs in one run"
