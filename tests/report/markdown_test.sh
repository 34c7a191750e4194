#!/usr/bin/env bash
# The Markdown report parsed as GitHub would (CommonMark with tables, Debian's
# python3-markdown-it) over every spec of specs/, examples/ and the conformance suite: one
# `mermaid` fence per violation of the JSON report of the same files, each a well-formed
# sequenceDiagram (participants declared before use, one line per trace step in trace order,
# the violating steps highlighted, synchronizes-with edges as "(after step K)"); the summary
# table with one row per file and the JSON verdict (with --stats too), every table row as
# many cells as its header; per violation the explanation sentence
# and a source block marking the violation's line. Also: spec errors listed, `initcheck test
# --markdown FILE` with its Test column, two runs byte-identical, and the golden report of the
# seed example (tests/report/golden/dcl_plain_flag_bug.md; INITCHECK_UPDATE_GOLDEN=1 rewrites
# it). With INITCHECK_MERMAID_DIR set to a folder holding node_modules/mermaid and jsdom
# (`npm install mermaid jsdom`), Mermaid itself parses every diagram too.
#   markdown_test.sh INITCHECK SOURCE_DIR SHARED_DIR
# Exits 77 (ctest's skip) when python3-markdown-it is missing.
set -u
initcheck="$1"; source_dir="$2"; shared_dir="$3"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
"$PY" -c 'import markdown_it' 2>/dev/null || { echo "SKIP: python3-markdown-it is not installed"; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
folders=("$source_dir/specs" "$source_dir/examples")
if [ -d "$shared_dir/conformance" ]; then
  folders+=("$shared_dir/conformance")
else
  echo "note: $shared_dir/conformance is absent: specs/ and examples/ only"
fi
mapfile -t files < <(find "${folders[@]}" -name '*.ic' -not -path '*/errors/*' | sort)
"$initcheck" check --format markdown "${files[@]}" -o "$work/a.md"
"$initcheck" check --format markdown "${files[@]}" > "$work/b.md"
cmp -s "$work/a.md" "$work/b.md" || { echo "FAIL: two runs differ"; diff "$work/a.md" "$work/b.md" | head; exit 1; }
"$initcheck" check --format json "${files[@]}" -o "$work/a.json"
"$initcheck" check --format markdown --stats "${files[@]}" -o "$work/stats.md"

# Rejected specs: the table says so and the section lists each diagnostic.
errors=()
[ -d "$shared_dir/conformance/errors" ] && mapfile -t errors < <(find "$shared_dir/conformance/errors" -name '*.ic' | sort | head -5)
[ ${#errors[@]} -gt 0 ] || errors=("$work/bad.ic")
[ -e "$work/bad.ic" ] || printf 'spec "bad";\nthread a { x = ; }\n' > "$work/bad.ic"
"$initcheck" check --format markdown "${errors[@]}" -o "$work/errors.md" 2>/dev/null
"$initcheck" check --format json "${errors[@]}" -o "$work/errors.json" 2>/dev/null

# `initcheck test` writes the Markdown report beside its PASS/FAIL lines.
"$initcheck" test "$source_dir/specs" --markdown "$work/test.md" > "$work/test.txt"

# The golden report of the seed example.
golden="$source_dir/tests/report/golden/dcl_plain_flag_bug.md"
(cd "$source_dir" && "$initcheck" check --format markdown examples/dcl_plain_flag_bug.ic > "$work/golden.md")
if [ "${INITCHECK_UPDATE_GOLDEN:-}" = 1 ]; then cp "$work/golden.md" "$golden"; fi
diff -u "$golden" "$work/golden.md" || { echo "FAIL: the Markdown report differs from $golden"; exit 1; }

"$PY" "$source_dir/tests/report/markdown_check.py" "$work" || exit 1

if [ -n "${INITCHECK_MERMAID_DIR:-}" ] && [ -d "$INITCHECK_MERMAID_DIR/node_modules/mermaid" ]; then
  node "$source_dir/tests/report/mermaid_parse.mjs" "$INITCHECK_MERMAID_DIR" "$work/diagrams" || exit 1
else
  echo "note: Mermaid's own parser not run (INITCHECK_MERMAID_DIR unset)"
fi
