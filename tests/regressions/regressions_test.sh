#!/usr/bin/env bash
# The inputs the fuzzers found (tests/regressions/, one README.md line per file), run again.
#   regressions_test.sh check INITCHECK SOURCE_DIR
#     `initcheck check` on each input with tiny bounds, explicit and smt engines, every report
#     format written: the outcome must be clean, exit 0, 1, 2 or 3 (never a signal, never 70,
#     an internal error), and an exit 2 must come with a `FILE:LINE:COL: error:` diagnostic.
#   regressions_test.sh replay FUZZER SOURCE_DIR
#     a libFuzzer harness (INITCHECK_FUZZ builds) runs each input once and must not crash.
set -u
mode="$1"; program="$2"; source_dir="$3"
folder="$source_dir/tests/regressions"
mapfile -t inputs < <(find "$folder" -maxdepth 1 -type f ! -name README.md ! -name '*.sh' | sort)
if [ "${#inputs[@]}" -eq 0 ]; then
  echo "no regression inputs in $folder"
  exit 0
fi
failures=0
fail() { echo "FAIL $1"; failures=$((failures + 1)); }

for input in "${inputs[@]}"; do
  name=$(basename "$input")
  grep -q "^- \`$name\`" "$folder/README.md" || fail "$name: no line for it in README.md"
done

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
case "$mode" in
  check)
    bounds=(--unroll 2 --threads 3 --depth 2 --preemptions 2 --max-states 4000 --quiet)
    outputs=(--json "$work/r.json" --sarif "$work/r.sarif" --markdown "$work/r.md"
             --dot "$work/r.dot" --junit "$work/r.xml")
    for input in "${inputs[@]}"; do
      for engine in explicit smt; do
        "$program" check --engine "$engine" "${bounds[@]}" "${outputs[@]}" "$input" \
          >"$work/out" 2>"$work/err"
        code=$?
        case "$code" in
          0|1|3) ;;
          2) grep -qE "^$input:[0-9]+:[0-9]+: error: " "$work/err" ||
               fail "$input ($engine): exit 2 without a FILE:LINE:COL diagnostic: $(head -c 300 "$work/err")" ;;
          *) fail "$input ($engine): exit $code: $(tail -n 5 "$work/err")" ;;
        esac
      done
    done ;;
  replay)
    "$program" "${inputs[@]}" >"$work/log" 2>&1 || { tail -n 30 "$work/log"; fail "$program crashed"; } ;;
  *) echo "unknown mode $mode"; exit 2 ;;
esac
[ "$failures" -eq 0 ] || { echo "$failures failures"; exit 1; }
echo "PASS: ${#inputs[@]} regression inputs ($mode)"
