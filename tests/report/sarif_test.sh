#!/usr/bin/env bash
# The SARIF 2.1.0 report (`--format sarif`) against the OASIS schema, validated with Debian's
# python3-jsonschema (Draft 4): every spec of specs/, examples/ and the conformance suite,
# compared result by result with the JSON report of the same files (rule, message, location,
# related places, one threadFlow per thread in order of first appearance, executionOrder
# exactly 1..N over the trace steps, the violating steps essential); `initcheck test --sarif`
# over specs/; spec_error results for rejected specs; percent-encoded URIs and code-point
# columns for a path and a line with non-ASCII characters; byte-identical output across two
# runs; and the golden report of the seed example (tests/report/golden/dcl_plain_flag_bug.sarif).
#   sarif_test.sh INITCHECK SOURCE_DIR SHARED_DIR
# Exits 77 (ctest's skip) when the schema or python3-jsonschema is missing.
set -u
initcheck="$1"; source_dir="$2"; shared_dir="$3"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
schema="$shared_dir/schemas/sarif-2.1.0.json"
[ -f "$schema" ] || { echo "SKIP: no SARIF schema at $schema"; exit 77; }
"$PY" -c 'import jsonschema' 2>/dev/null || { echo "SKIP: python3-jsonschema is not installed"; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

folders=("$source_dir/specs" "$source_dir/examples")
if [ -d "$shared_dir/conformance" ]; then
  folders+=("$shared_dir/conformance")
else
  echo "NOTE: no conformance suite at $shared_dir/conformance; checking specs/ and examples/"
fi
# A spec whose path and violating line hold non-ASCII characters: URIs are percent-encoded and
# columns count code points, not bytes.
mkdir -p "$work/dir with space"
unicode_spec="$work/dir with space/é x.ic"
cat > "$unicode_spec" <<'SPEC'
var x: int = 0;
thread a { x = 1; }
thread b { let s: string = "äöü"; assert x == 1; }
expect assertion;
expect race;
SPEC
mapfile -t files < <(find "${folders[@]}" -name '*.ic' -not -path '*/errors/*' | sort)
files+=("$unicode_spec")

"$initcheck" check --format sarif "${files[@]}" -o "$work/a.sarif"
"$initcheck" check --format sarif "${files[@]}" > "$work/b.sarif"
cmp -s "$work/a.sarif" "$work/b.sarif" || { echo "FAIL: two runs differ"; diff "$work/a.sarif" "$work/b.sarif" | head; exit 1; }
"$initcheck" check --format json "${files[@]}" -o "$work/a.json"
source "$source_dir/tests/smt_corpus_files.sh"
mapfile -t smt_files < <(smt_corpus_files "$source_dir" "${files[@]}")
"$initcheck" check --format sarif --engine smt --stats "${smt_files[@]}" -o "$work/smt.sarif"
echo "${#smt_files[@]}" > "$work/smt_files.count"
# Verified fix suggestions as SARIF fixes (the violating files of examples/ and the conformance
# suite).
mapfile -t fix_files < <(find "$source_dir/examples" "$shared_dir/conformance" -maxdepth 1 -name '*.ic' 2>/dev/null | sort)
"$initcheck" check --suggest-fixes --format sarif "${fix_files[@]}" -o "$work/fixes.sarif"
# The same spec by a relative path: the URI stays relative, against %SRCROOT%.
(cd "$work" && "$initcheck" check --format sarif "dir with space/é x.ic" > "$work/relative.sarif")

# `initcheck test` writes SARIF (and JSON, to compare) as extra outputs.
mapfile -t spec_files < <(find "$source_dir/specs" -name '*.ic' | sort)
"$initcheck" test "${spec_files[@]}" --sarif "$work/test.sarif" --json "$work/test.json" > /dev/null 2>&1

# Rejected specs: the conformance suite's errors, or a syntax error of our own.
mapfile -t error_files < <(find "$shared_dir/conformance/errors" -name '*.ic' 2>/dev/null | sort)
printf 'var x: int = 0\nthread a { x = 1; }\n' > "$work/syntax_error.ic"
error_files+=("$work/syntax_error.ic")
"$initcheck" check --format sarif "${error_files[@]}" --json "$work/errors.json" -o "$work/errors.sarif" 2>/dev/null

# The golden report of the seed example (INITCHECK_UPDATE_GOLDEN=1 rewrites it).
golden="$source_dir/tests/report/golden/dcl_plain_flag_bug.sarif"
(cd "$source_dir" && "$initcheck" check --format sarif examples/dcl_plain_flag_bug.ic > "$work/golden.sarif")
if [ "${INITCHECK_UPDATE_GOLDEN:-}" = 1 ]; then cp "$work/golden.sarif" "$golden"; fi
diff -u "$golden" "$work/golden.sarif" || { echo "FAIL: the SARIF report differs from $golden"; exit 1; }

"$PY" "$source_dir/tests/report/sarif_check.py" "$schema" "$work" "$unicode_spec"
