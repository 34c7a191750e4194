#!/usr/bin/env bash
# The same input and flags give the same bytes: every spec of specs/, examples/ and the
# conformance suite (errors/ included, for the diagnostics) is checked twice, one file per
# run, with the explicit engine (text, json, sarif, markdown, dot and junit from one run) and
# with the smt engine (text without fix suggestions; not the specs of
# tests/smt_known_differences.txt, which it cannot answer yet), and the two runs are compared
# byte for byte. Then the whole corpus in one run with --jobs 1, 2 and 7.
#   determinism_test.sh INITCHECK SOURCE_DIR SHARED_DIR
set -u
initcheck="$1"; source_dir="$2"; shared_dir="$3"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$source_dir" || exit 1
folders=(specs examples)
[ -d "$shared_dir/conformance" ] && folders+=("$shared_dir/conformance") \
  || echo "note: $shared_dir/conformance not found; checking specs/ and examples/ only"
mapfile -t files < <(find "${folders[@]}" -name '*.ic' | sort)

run() {  # run OUTDIR FILE ENGINE: every report of one file into OUTDIR
  local out="$1" file="$2" engine="$3"
  mkdir -p "$out"
  if [ "$engine" = explicit ]; then
    "$initcheck" check -q "$file" --json "$out/json" --sarif "$out/sarif" --markdown "$out/md" \
      --dot "$out/dot" --junit "$out/junit" > "$out/text" 2> "$out/stderr"
  else
    # Without fix suggestions: each is a re-check, which with Z3 would triple this test's time;
    # the explicit runs above cover the determinism of the fix search.
    "$initcheck" check -q --engine smt --no-suggest-fixes "$file" > "$out/text" 2> "$out/stderr"
  fi
  echo "exit $?" >> "$out/text"
}

source "$source_dir/tests/smt_corpus_files.sh"
mapfile -t smt_files < <(smt_corpus_files "$source_dir" "${files[@]}")
differ=0
for file in "${files[@]}"; do
  engines=(explicit)
  printf '%s\n' "${smt_files[@]}" | grep -qxF "$file" && engines+=(smt)
  for engine in "${engines[@]}"; do
    run "$work/a" "$file" "$engine"
    run "$work/b" "$file" "$engine"
    if ! diff -r "$work/a" "$work/b" > "$work/diff"; then
      echo "FAIL: $file ($engine): two runs differ"; head -20 "$work/diff"; differ=$((differ + 1))
    fi
    rm -rf "$work/a" "$work/b"
  done
done
[ "$differ" -eq 0 ] || { echo "FAIL: $differ runs were not reproducible"; exit 1; }
echo "PASS: ${#files[@]} files, each checked twice with each engine, byte-identical"

# `--jobs N` (issue 20): the whole corpus in one run, `check` (every format) and `test` (text
# and JUnit), with 1, 2 and 7 files at once: the same bytes and exit code.
whole() {  # whole OUTDIR JOBS
  local out="$1" jobs="$2"
  mkdir -p "$out"
  "$initcheck" check -q -j "$jobs" "${files[@]}" --json "$out/json" --sarif "$out/sarif" \
    --markdown "$out/md" --dot "$out/dot" --junit "$out/junit" > "$out/text" 2> "$out/stderr"
  echo "exit $?" >> "$out/text"
  "$initcheck" test -q -j "$jobs" "${files[@]}" --junit "$out/test-junit" > "$out/test" 2>&1
  echo "exit $?" >> "$out/test"
}
whole "$work/j1" 1
for jobs in 2 7; do
  whole "$work/j$jobs" "$jobs"
  if ! diff -r "$work/j1" "$work/j$jobs" > "$work/diff"; then
    echo "FAIL: -j $jobs differs from -j 1 over the corpus"; head -20 "$work/diff"; exit 1
  fi
done
echo "PASS: the corpus with -j 1, 2 and 7: byte-identical"
