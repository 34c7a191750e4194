#!/usr/bin/env bash
# The DOT report rendered by graphviz: the whole corpus (specs/, examples/ and the conformance
# suite) in one graph, each violating conformance spec on its own, a run without violations,
# and the golden graph of the seed example (tests/report/golden/dcl_plain_flag_bug.dot) all go
# through `dot -Tsvg` without a warning. The SVGs are compared with the JSON report of the same
# files: one node per trace step, one cluster per violation labelled with its headline and one
# lane per thread, and exactly the synchronizes-with, reads-from, program-order and violating-
# pair edges, the modification-order edges (mo_after) and filled violating steps the JSON trace
# names. Two runs give the same bytes.
#   dot_test.sh INITCHECK SOURCE_DIR SHARED_DIR
# Exits 77 (ctest's skip) when graphviz's dot is missing.
set -u
initcheck="$1"; source_dir="$2"; shared_dir="$3"
command -v dot >/dev/null || { echo "SKIP: graphviz (dot) is not installed"; exit 77; }
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# dot -Tsvg IN OUT: must succeed and say nothing on stderr.
render() {
  dot -Tsvg "$1" -o "$2" 2>"$work/dot.err" || { cat "$work/dot.err"; fail "dot -Tsvg $1"; }
  [ -s "$work/dot.err" ] && { cat "$work/dot.err"; fail "dot -Tsvg $1 warned"; }
  return 0
}

# report FORMAT OUT FILES...: a check run's report (exit status 1 means violations: fine).
report() {
  local format="$1" out="$2"; shift 2
  "$initcheck" check --format "$format" "$@" -o "$out"
  local status=$?
  [ "$status" -le 1 ] || fail "initcheck check --format $format exited with $status"
  [ -s "$out" ] || fail "initcheck check --format $format wrote nothing"
}

folders=("$source_dir/specs" "$source_dir/examples")
if [ -d "$shared_dir/conformance" ]; then
  folders+=("$shared_dir/conformance")
else
  echo "NOTE: $shared_dir/conformance not found: the conformance part is skipped"
fi
mapfile -t files < <(find "${folders[@]}" -name '*.ic' -not -path '*/errors/*' | sort)

# The whole corpus in one graph, twice: the same bytes.
report dot "$work/all.dot" "${files[@]}"
"$initcheck" check --format dot "${files[@]}" > "$work/again.dot"
cmp -s "$work/all.dot" "$work/again.dot" || { diff "$work/all.dot" "$work/again.dot" | head; fail "two runs differ"; }
[ "$(grep -c '^digraph ' "$work/all.dot")" = 1 ] || fail "not exactly one digraph"
report json "$work/all.json" "${files[@]}"
render "$work/all.dot" "$work/all.svg"

# Each violating conformance spec on its own.
mkdir -p "$work/one"
mapfile -t violated < <("$PY" -c '
import json, sys
for f in json.load(open(sys.argv[1]))["files"]:
    if f["verdict"] == "violated" and "/conformance/" in f["path"]:
        print(f["path"])' "$work/all.json")
for path in "${violated[@]}"; do
  name=$(basename "$path" .ic)
  report dot "$work/one/$name.dot" "$path"
  report json "$work/one/$name.json" "$path"
  render "$work/one/$name.dot" "$work/one/$name.svg"
done

# A run without violations is one note.
ok_spec="$work/ok.ic"
printf 'var x: int = 0;\nthread a { x = 1; }\n' > "$ok_spec"
report dot "$work/ok.dot" "$ok_spec"
report json "$work/ok.json" "$ok_spec"
render "$work/ok.dot" "$work/ok.svg"

# The golden graph of the seed example (INITCHECK_UPDATE_GOLDEN=1 rewrites it).
golden="$source_dir/tests/report/golden/dcl_plain_flag_bug.dot"
(cd "$source_dir" && "$initcheck" check --format dot examples/dcl_plain_flag_bug.ic > "$work/golden.dot")
(cd "$source_dir" && "$initcheck" check --format json examples/dcl_plain_flag_bug.ic > "$work/golden.json")
if [ "${INITCHECK_UPDATE_GOLDEN:-}" = 1 ]; then cp "$work/golden.dot" "$golden"; fi
diff -u "$golden" "$work/golden.dot" || fail "the DOT report differs from $golden"
render "$golden" "$work/golden.svg"

pairs=("$work/all.json" "$work/all.svg" "$work/ok.json" "$work/ok.svg" "$work/golden.json" "$work/golden.svg")
for path in "${violated[@]}"; do
  name=$(basename "$path" .ic)
  pairs+=("$work/one/$name.json" "$work/one/$name.svg")
done
"$PY" - "${pairs[@]}" <<'PY'
import collections, json, sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
SYNC, READS, PAIR, FILL = "#1f5fbf", "#2e8b57", "#d62728", "#ffcc66"
MO = "#b8860b"

def svg_groups(path):
    """Nodes, clusters (title -> label text) and edges (stroke -> titles) of a rendered SVG."""
    nodes, clusters, edges, filled = [], {}, collections.defaultdict(list), []
    for g in ET.parse(path).iter(SVG + "g"):
        kind, title = g.get("class"), g.findtext(SVG + "title")
        if kind == "node":
            nodes.append(title)
            if any(p.get("fill") == FILL for p in g.iter(SVG + "polygon")):
                filled.append(title)
        elif kind == "cluster":
            clusters[title] = " ".join(t.text or "" for t in g.iter(SVG + "text"))
        elif kind == "edge":
            strokes = [p.get("stroke") for p in g.iter(SVG + "path")]
            if strokes:
                edges[strokes[0]].append(title.replace("->", " -> "))
    return nodes, clusters, edges, filled

def expected(document):
    """What the graph must show, from the JSON report of the same run."""
    want = {"nodes": [], "clusters": {}, "lanes": set(), "filled": [],
            SYNC: [], READS: [], PAIR: [], MO: [], "black": []}
    number = 0
    for f in document["files"]:
        for v in f.get("violations", []):
            number += 1
            prefix = f"v{number}"
            loc = v["location"]
            place = f["path"] + (f":{loc['line']}:{loc['column']}" if loc["line"] else "")
            want["clusters"][f"cluster_{prefix}"] = f"{place} {v['kind']}: {v['message']}"
            trace = v["trace"]
            if not trace:
                want["nodes"].append(f"{prefix}_initial")
            node = lambda step: f"{prefix}_e{step}"
            last_of_thread = {}
            for s in trace:
                want["nodes"].append(node(s["step"]))
                if s["thread"] in last_of_thread:
                    want["black"].append(f"{node(last_of_thread[s['thread']])} -> {node(s['step'])}")
                last_of_thread[s["thread"]] = s["step"]
                for source in s.get("synchronizes_with", []):
                    want[SYNC].append(f"{node(source)} -> {node(s['step'])}")
                if "reads_from" in s:
                    want[READS].append(f"{node(s['reads_from'])} -> {node(s['step'])}")
                if "mo_after" in s:
                    want[MO].append(f"{node(s['mo_after'])} -> {node(s['step'])}")
                if s.get("violating"):
                    want["filled"].append(node(s["step"]))
            want["lanes"].add((prefix, len(last_of_thread)))
            marked = [s["step"] for s in trace if s.get("violating")]
            if v["kind"] in ("race", "init_before_use") and marked:
                # the violating step is the last one marked; the others point at it
                want[PAIR] += [f"{node(m)} -> {node(marked[-1])}" for m in marked[:-1]]
    if number == 0:
        want["nodes"].append("none")
    return want, number

def check(json_path, svg_path):
    document = json.load(open(json_path))
    want, violations = expected(document)
    nodes, clusters, edges, filled = svg_groups(svg_path)
    steps = sum(len(v["trace"]) for f in document["files"] for v in f.get("violations", []))
    assert len(nodes) == len(want["nodes"]), f"{svg_path}: {len(nodes)} nodes, {steps} steps"
    assert sorted(nodes) == sorted(want["nodes"]), svg_path
    for title, label in want["clusters"].items():
        assert title in clusters, f"{svg_path}: no {title}"
        assert clusters[title] == label, f"{svg_path}: {title} is {clusters[title]!r}, not {label!r}"
    for prefix, threads in want["lanes"]:
        lanes = [t for t in clusters if t.startswith(f"cluster_{prefix}_t")]
        assert len(lanes) == threads, f"{svg_path}: {prefix} has {len(lanes)} lanes, not {threads}"
    assert sorted(filled) == sorted(want["filled"]), f"{svg_path}: filled {filled}"
    for stroke in (SYNC, READS, PAIR, MO, "black"):
        got, expect = sorted(edges.get(stroke, [])), sorted(want[stroke])
        assert got == expect, f"{svg_path}: {stroke} edges {got[:4]}... expected {expect[:4]}..."
    unexpected = set(edges) - {SYNC, READS, PAIR, MO, "black"}
    assert not unexpected, f"{svg_path}: edges drawn in {unexpected}"
    print(f"PASS {svg_path}: {violations} violations, {len(nodes)} nodes for {steps} steps, "
          f"{len(want[SYNC])} synchronizes-with, {len(want[READS])} reads-from, "
          f"{len(want[PAIR])} pair edges, {len(want[MO])} mo edges")
    return violations, steps, len(want[SYNC]), len(want[READS]), len(want[MO])

args = sys.argv[1:]
results = [check(args[i], args[i + 1]) for i in range(0, len(args), 2)]
corpus, ok = results[0], results[1]
assert corpus[0] > 0 and corpus[2] > 0 and corpus[3] > 0, "the corpus shows no edges"
assert corpus[4] > 0, "the corpus shows no modification-order edges (specs/weak-memory has some)"
assert ok[0] == 0, "the run without violations has some"
print(f"PASS: {len(results) - 3} conformance specs rendered one by one")
PY
