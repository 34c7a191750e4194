#!/usr/bin/env bash
# The JSON report against its schema (docs/initcheck-result.schema.json), validated with
# Debian's python3-jsonschema: every spec of the conformance suite, specs/ and examples/ (with
# and without --stats, explicit and smt), byte-identical output across two runs, and the golden
# report of the seed example (tests/report/golden/dcl_plain_flag_bug.json).
#   json_schema_test.sh INITCHECK SOURCE_DIR SHARED_DIR
# Exits 77 (ctest's skip) when python3-jsonschema is missing.
set -u
initcheck="$1"; source_dir="$2"; shared_dir="$3"
python3 -c 'import jsonschema' 2>/dev/null || { echo "SKIP: python3-jsonschema is not installed"; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
folders=("$source_dir/specs" "$source_dir/examples")
[ -d "$shared_dir/conformance" ] && folders+=("$shared_dir/conformance")
mapfile -t files < <(find "${folders[@]}" -name '*.ic' -not -path '*/errors/*' | sort)
"$initcheck" check --format json "${files[@]}" -o "$work/a.json"
"$initcheck" check --format json "${files[@]}" > "$work/b.json"
cmp -s "$work/a.json" "$work/b.json" || { echo "FAIL: two runs differ"; diff "$work/a.json" "$work/b.json" | head; exit 1; }
"$initcheck" check --format json --stats "${files[@]}" -o "$work/stats.json"
source "$source_dir/tests/smt_corpus_files.sh"
mapfile -t smt_files < <(smt_corpus_files "$source_dir" "${files[@]}")
"$initcheck" check --format json --engine smt --stats "${smt_files[@]}" -o "$work/smt.json"
# The golden report of the seed example (INITCHECK_UPDATE_GOLDEN=1 rewrites it).
golden="$source_dir/tests/report/golden/dcl_plain_flag_bug.json"
(cd "$source_dir" && "$initcheck" check --format json examples/dcl_plain_flag_bug.ic > "$work/golden.json")
if [ "${INITCHECK_UPDATE_GOLDEN:-}" = 1 ]; then cp "$work/golden.json" "$golden"; fi
diff -u "$golden" "$work/golden.json" || { echo "FAIL: the JSON report differs from $golden"; exit 1; }
python3 - "$source_dir/docs/initcheck-result.schema.json" "$work"/a.json "$work"/stats.json "$work"/smt.json "$work"/golden.json "${#files[@]}" "${#smt_files[@]}" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
expected, expected_smt = int(sys.argv[-2]), int(sys.argv[-1])
# Every field a report can carry says what it means (issue 19: `steps` did not, and differs
# from the trace's length).
def undocumented(node, path):
    if isinstance(node, dict):
        for name, field in node.get("properties", {}).items():
            if "description" not in field and "$ref" not in field:
                yield path + "." + name
            yield from undocumented(field, path + "." + name)
        for key in ("items", "$defs"):
            if isinstance(node.get(key), dict):
                children = node[key].items() if key == "$defs" else [("[]", node[key])]
                for name, child in children:
                    yield from undocumented(child, path + "." + name)
missing = list(undocumented(schema, "$"))
if missing:
    print("FAIL: fields without a description: " + ", ".join(missing))
    sys.exit(1)
for path in sys.argv[2:-2]:
    document = json.load(open(path))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:5]:
        print(f"FAIL {path}: {list(error.path)}: {error.message}")
    if errors:
        sys.exit(1)
    files = document["files"]
    if path.endswith("golden.json"):
        assert len(files) == 1 and files[0]["verdict"] == "violated", path
        print(f"PASS {path}: the seed example, valid")
        continue
    wanted = expected_smt if path.endswith("smt.json") else expected
    assert len(files) == wanted, f"{path}: {len(files)} files, expected {wanted}"
    violated = [f for f in files if f["verdict"] == "violated"]
    assert violated and all(f["violations"] for f in violated), path
    # A trace may be empty only when the initial state shows the violation (a deadlock before
    # any step, a failing global initializer); a race always takes two steps.
    races = [v for f in violated for v in f["violations"] if v["kind"] == "race"]
    assert races and all(len(v["trace"]) >= 2 for v in races), path
    print(f"PASS {path}: {len(files)} files, {len(violated)} violated, valid")
PY
