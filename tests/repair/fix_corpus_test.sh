#!/usr/bin/env bash
# Issue 19's measure of the fix suggestions: over the violating specs of examples/ and the
# conformance suite, at least 80% get a suggestion after which every property holds, and the
# rest say that no candidate worked. Each first clean suggestion is applied to a copy of the spec
# by tests/repair/apply_sarif_fixes.py (its SARIF replacements, applied independently of the
# checker's own edit code) and the copy is checked again by the default search, by the oracle
# configuration (no reduction, no state cache, no symmetry) and under `--memory-model sc`: every
# one must be `ok`.
#   fix_corpus_test.sh INITCHECK SOURCE_DIR SHARED_DIR
set -u
initcheck="$1"; source_dir="$2"; shared_dir="$3"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
folders=("$source_dir/examples")
if [ -d "$shared_dir/conformance" ]; then
  folders+=("$shared_dir/conformance")
else
  echo "NOTE: no conformance suite at $shared_dir/conformance; measuring examples/ only"
fi
mapfile -t files < <(find "${folders[@]}" -maxdepth 1 -name '*.ic' | sort)

violating=0; fixed=0; failed=0
for file in "${files[@]}"; do
  "$initcheck" check --suggest-fixes --format sarif "$file" -o "$work/report.sarif" 2>/dev/null
  [ $? = 1 ] || continue
  violating=$((violating + 1))
  copy="$work/$(basename "$file")"
  if ! "$PY" "$source_dir/tests/repair/apply_sarif_fixes.py" "$work/report.sarif" "$file" "$copy"; then
    text=$("$initcheck" check --suggest-fixes "$file" 2>&1)
    if ! grep -q "no fix found" <<<"$text"; then
      echo "FAIL: $file has no clean fix and does not say that no candidate worked"; failed=1
    fi
    continue
  fi
  fixed=$((fixed + 1))
  for flags in "" "--reduction none --state-cache off --symmetry off" "--memory-model sc"; do
    # shellcheck disable=SC2086 # the flags are words
    if ! out=$("$initcheck" check $flags "$copy" 2>&1); then
      echo "FAIL: $file with its first clean fix applied is not ok (flags: ${flags:-none}):"
      echo "$out" | head -20; failed=1
    fi
  done
done
echo "$fixed of $violating violating specs get a verified clean fix"
if [ $((fixed * 100)) -lt $((violating * 80)) ]; then
  echo "FAIL: fewer than 80% of the violating specs get a verified fix"; failed=1
fi
[ "$violating" -gt 0 ] || { echo "FAIL: no violating spec found"; failed=1; }
exit $failed
