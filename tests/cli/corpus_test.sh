#!/usr/bin/env bash
# Runs the initcheck binary over a corpus folder, end to end.
#   corpus_test.sh INITCHECK MODE FOLDER
# MODE: parse (every .ic file in FOLDER, not below, is valid: exit 0)
#       errors (every .ic file in FOLDER exits 2 and names the position of its header)
#       test (`initcheck test FOLDER` exits 0)
#       test-smt (`initcheck test --engine smt FOLDER` exits 0)
#       test-sc (`initcheck test --memory-model sc FOLDER` exits 0: the v1 model's verdicts)
#       test-smt-sc (the same with --engine smt)
#       test-auto (`initcheck test --engine auto --cross-check FOLDER` exits 0)
#       fmt (`initcheck fmt --check` on every file below FOLDER without an expect-error header)
# Exits 77 (ctest's skip) with a message when FOLDER is absent.
set -u
initcheck="$1"; mode="$2"; folder="$3"
if [ ! -d "$folder" ]; then
  echo "SKIP: $folder is absent (the shared conformance folder is not beside this checkout)"
  exit 77
fi

case "$mode" in
  parse)
    "$initcheck" parse "$folder"/*.ic
    ;;
  errors)
    failures=0
    for file in "$folder"/*.ic; do
      header=$(head -n 1 "$file" | sed -n 's|^// expect-error: *||p')
      output=$("$initcheck" parse "$file" 2>&1); code=$?
      first=$(printf '%s\n' "$output" | grep -m1 ': error: ')
      case "$header" in *:*) want="$file:$header: error: ";; *) want="$file:$header:";; esac
      if [ "$code" -ne 2 ] || [ "${first#"$want"}" = "$first" ]; then
        echo "FAIL $file: exit $code, wanted 2 with first error at $header; got: $first"
        failures=$((failures + 1))
      else
        echo "PASS $file: $first"
      fi
    done
    [ "$failures" -eq 0 ]
    ;;
  test)
    "$initcheck" test "$folder"
    ;;
  test-smt)
    # The specs of tests/smt_known_differences.txt are left out of the run and checked apart:
    # each must still differ only by an unknown or bounded smt answer (smt_known_differences.sh).
    known="$(dirname "$0")/../smt_known_differences.txt"
    root="$(cd "$(dirname "$0")/../.." && pwd)"
    source "$root/tests/smt_corpus_files.sh"
    mapfile -t all < <(find "$folder" -name '*.ic' | sort)
    mapfile -t files < <(smt_corpus_files "$root" "${all[@]}")
    "$initcheck" test --engine smt "${files[@]}" || exit 1
    if [ -n "${INITCHECK_SKIP_KNOWN_SMT_DIFFERENCES:-}" ]; then
      # The sanitizer build: these runs wait out Z3 (10 s each, not instrumented).
      echo "known smt differences not checked here (INITCHECK_SKIP_KNOWN_SMT_DIFFERENCES);" \
        "the normal build checks them"
      exit 0
    fi
    bash "$(dirname "$0")/smt_known_differences.sh" "$initcheck" "$folder" "$known" "$root"
    ;;
  test-sc)
    "$initcheck" test --memory-model sc "$folder"
    ;;
  test-smt-sc)
    "$initcheck" test --engine smt --memory-model sc "$folder"
    ;;
  test-auto)
    "$initcheck" test --engine auto --cross-check "$folder"
    ;;
  fmt)
    # Files that must be rejected (an expect-error header) have no canonical layout.
    mapfile -t files < <(find "$folder" -name '*.ic' -type f | sort |
      while read -r f; do head -n 1 "$f" | grep -q '^// expect-error:' || echo "$f"; done)
    [ "${#files[@]}" -gt 0 ] || { echo "no formattable .ic files under $folder"; exit 0; }
    "$initcheck" fmt --check "${files[@]}"
    ;;
  *)
    echo "unknown mode $mode"; exit 2
    ;;
esac
