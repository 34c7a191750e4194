#!/usr/bin/env bash
# The JUnit XML report, parsed with Python's ElementTree: `initcheck test` over specs/ (every
# file a passing testcase), a folder with a file whose expect lines are wrong and one with a
# syntax error (a failure that says expected vs found, and a failure naming the spec error),
# `initcheck check` over examples/ (one failure per violating file, with one line per
# violation), byte-identical runs, and the golden report of the seed example
# (tests/report/golden/dcl_plain_flag_bug.junit.xml; INITCHECK_UPDATE_GOLDEN=1 rewrites it).
#   junit_test.sh INITCHECK SOURCE_DIR
set -u
initcheck="$1"; source_dir="$2"
py=/usr/bin/python3; [ -x "$py" ] || py=python3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$source_dir" || exit 1

specs=$(find specs -name '*.ic' | wc -l)
"$initcheck" test specs --quiet --junit "$work/specs.xml" > /dev/null
"$initcheck" test specs --quiet --format junit > "$work/specs2.xml"
cmp -s "$work/specs.xml" "$work/specs2.xml" || { echo "FAIL: --junit FILE and --format junit differ"; exit 1; }

mkdir "$work/broken"
sed 's/^expect init_before_use;$/expect deadlock;/' examples/dcl_plain_flag_bug.ic > "$work/broken/wrong_expect.ic"
printf 'thread main {\n  x = ;\n}\nexpect ok;\n' > "$work/broken/syntax.ic"
"$initcheck" test "$work/broken" --quiet --format junit > "$work/broken.xml"
status=$?
[ "$status" -eq 1 ] || { echo "FAIL: initcheck test on failing specs exits $status, not 1"; exit 1; }

"$initcheck" check examples --quiet --format junit > "$work/check.xml"
"$initcheck" check examples --quiet --format json > "$work/check.json"

"$py" - "$work" "$specs" <<'PY' || exit 1
import json, sys, xml.etree.ElementTree as ET
work, specs = sys.argv[1], int(sys.argv[2])
def suite(name):
    root = ET.parse(f"{work}/{name}").getroot()
    assert root.tag == "testsuites", root.tag
    suites = root.findall("testsuite")
    assert len(suites) == 1, len(suites)
    s = suites[0]
    cases = s.findall("testcase")
    for node in (root, s):
        assert int(node.get("tests")) == len(cases), (node.get("tests"), len(cases))
        assert int(node.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
        assert int(node.get("errors")) == sum(1 for c in cases if c.find("error") is not None)
    for c in cases:
        assert c.get("name").endswith(".ic") and c.get("classname") and c.get("file")
        assert c.get("time") is None, "times only with --stats"
    return s, cases

s, cases = suite("specs.xml")
assert s.get("name") == "initcheck test"
assert len(cases) == specs, (len(cases), specs)
assert all(c.find("failure") is None and c.find("error") is None for c in cases)

s, cases = suite("broken.xml")
byname = {c.get("name"): c for c in cases}
wrong = byname["wrong_expect.ic"].find("failure")
assert wrong is not None and wrong.get("type") == "expectation"
assert wrong.get("message") == "expected {race, deadlock}, found {race, init_before_use}", wrong.get("message")
assert "init_before_use: 'config' is read by b" in wrong.text, wrong.text
syntax = byname["syntax.ic"].find("failure")
assert syntax is not None and syntax.get("message").startswith("spec error: 2:"), syntax.get("message")
assert "syntax.ic:2:" in syntax.text and "error:" in syntax.text, syntax.text

s, cases = suite("check.xml")
assert s.get("name") == "initcheck check"
report = json.load(open(f"{work}/check.json"))
violated = {f["path"]: f for f in report["files"] if f["verdict"] == "violated"}
failed = {c.get("file"): c.find("failure") for c in cases if c.find("failure") is not None}
assert set(failed) == set(violated), (sorted(failed), sorted(violated))
for path, failure in failed.items():
    kinds = sorted({v["kind"] for v in violated[path]["violations"]})
    assert failure.get("message").startswith("violated: {"), failure.get("message")
    assert sorted(failure.get("message")[len("violated: {"):-1].split(", ")) == kinds
    assert len(failure.text.strip().splitlines()) == len(violated[path]["violations"])
print(f"PASS: junit: {specs} passing specs, 2 failing tests, {len(failed)} violating examples")
PY

golden="$source_dir/tests/report/golden/dcl_plain_flag_bug.junit.xml"
"$initcheck" check --format junit examples/dcl_plain_flag_bug.ic > "$work/golden.xml"
"$initcheck" check --format junit examples/dcl_plain_flag_bug.ic > "$work/golden2.xml"
cmp -s "$work/golden.xml" "$work/golden2.xml" || { echo "FAIL: two runs differ"; exit 1; }
if [ "${INITCHECK_UPDATE_GOLDEN:-}" = 1 ]; then cp "$work/golden.xml" "$golden"; fi
diff -u "$golden" "$work/golden.xml" || { echo "FAIL: the JUnit report differs from $golden"; exit 1; }
echo "PASS: golden $golden"
