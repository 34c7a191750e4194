"""Checks the Markdown reports that markdown_test.sh wrote into WORK against the JSON report of
the same files, parsing them as GitHub does (CommonMark with tables, via markdown-it-py).

    markdown_check.py WORK

Writes each Mermaid diagram to WORK/diagrams/N.mmd for an optional run of Mermaid's parser.
"""
import json
import os
import re
import sys

from markdown_it import MarkdownIt

WORK = sys.argv[1]
PARSER = MarkdownIt("commonmark").enable("table")
VERDICTS = {"ok": "ok", "violated": "violated", "unknown": "unknown",
            "internal_error": "internal error", "spec_error": "spec error"}
ENTITY = re.compile(r"#\w+;")
PARTICIPANT = re.compile(r"^  participant ([TO]\d+|S) as (\S.*)$")
MESSAGE = re.compile(r"^ *([TO]\d+)(->>|-->>|--x)([TO]\d+): (.+)$")
NOTE = re.compile(r"^ *Note over ([TO]\d+|S)(?:,([TO]\d+))?: (.+)$")
STEP = re.compile(r"^(\d+)\. (.*?)(?: \(after steps? ([\d, ]+)\))?$")


def fail(message):
    print("FAIL", message)
    sys.exit(1)


def read(name):
    with open(os.path.join(WORK, name), encoding="utf-8") as handle:
        return handle.read()


def mermaid_safe(text, where):
    """No raw `;`, `#`, `:` or `%%` outside entity codes: Mermaid would read them as syntax."""
    bare = ENTITY.sub("", text)
    for bad in (";", "#", ":", "%%", "<", ">"):
        if bad in bare:
            fail(f"{where}: unescaped {bad!r} in Mermaid text {text!r}")


def check_diagram(diagram, violation, where):
    """The diagram's lines against the violation's JSON trace."""
    lines = diagram.rstrip("\n").split("\n")
    if lines[0] != "sequenceDiagram":
        fail(f"{where}: the diagram starts with {lines[0]!r}")
    declared, steps, highlighted, stale, depth = [], [], set(), set(), 0
    for line in lines[1:]:
        if m := PARTICIPANT.match(line):
            if steps:
                fail(f"{where}: participant declared after the first step: {line!r}")
            mermaid_safe(m.group(2), where)
            declared.append(m.group(1))
            continue
        if line.strip().startswith("rect rgb("):
            depth += 1
            continue
        if line.strip() == "end":
            depth -= 1
            continue
        m = MESSAGE.match(line) or NOTE.match(line)
        if not m:
            fail(f"{where}: not a participant, message, note or rect line: {line!r}")
        actors = [a for a in (m.groups()[:-1]) if a and a not in ("->>", "-->>", "--x")]
        for actor in actors:
            if actor not in declared:
                fail(f"{where}: {actor} is not declared: {line!r}")
        text = m.groups()[-1]
        mermaid_safe(text, where)
        step = STEP.match(text)
        if step:
            steps.append((int(step.group(1)), step.group(3)))
            if m.re is MESSAGE and m.group(2) == "--x":
                stale.add(int(step.group(1)))
            if depth:
                highlighted.add(int(step.group(1)))
    if depth != 0:
        fail(f"{where}: rect and end do not match")
    trace = violation["trace"]
    if [n for n, _ in steps] != list(range(1, len(trace) + 1)):
        fail(f"{where}: steps {[n for n, _ in steps]} but the trace has {len(trace)} events")
    not_seen = {s["step"] for s in trace if s.get("not_seen")}
    if stale != not_seen:
        fail(f"{where}: stale-read arrows at steps {sorted(stale)}, stale reads {sorted(not_seen)}")
    violating = {s["step"] for s in trace if s.get("violating")}
    if highlighted != violating:
        fail(f"{where}: highlighted {sorted(highlighted)}, violating {sorted(violating)}")
    for (number, after), step in zip(steps, trace):
        expected = step.get("synchronizes_with", [])
        found = [int(k) for k in after.split(", ")] if after else []
        if found != expected:
            fail(f"{where}: step {number} after {found}, synchronizes with {expected}")
    if not lines[-1].strip().startswith("Note over") or violation["kind"] not in lines[-1]:
        fail(f"{where}: the last line does not name {violation['kind']}: {lines[-1]!r}")
    return len(declared)


def table_rows(tokens):
    """The summary table (the first one) as lists of cell texts, header first."""
    rows, row, inside = [], None, False
    for token in tokens:
        if token.type == "table_open":
            inside = True
        elif token.type == "table_close":
            return rows
        elif inside and token.type == "tr_open":
            row = []
        elif inside and token.type == "tr_close":
            rows.append(row)
        elif inside and token.type == "inline":
            row.append("".join(c.content for c in token.children if c.type in ("text", "code_inline")))
    fail("no table in the report")


def sections(tokens):
    """The tokens of each `###` section, with its heading text."""
    found, current = [], None
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag in ("h2", "h3"):
            current = None
            if token.tag == "h3":
                current = {"heading": tokens[i + 1].content, "tokens": []}
                found.append(current)
        elif current is not None:
            current["tokens"].append(token)
    return found


def check_section(section, violation, path, where):
    tokens = section["tokens"]
    if not section["heading"].startswith(f"{violation['kind']}:") and \
            not re.match(rf"\d+\. {violation['kind']}: ", section["heading"]):
        fail(f"{where}: heading {section['heading']!r}")
    paragraphs = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "paragraph_open"]
    line = violation["location"]["line"]
    if f"`{path}:{line}:" not in "\n".join(paragraphs) and line:
        fail(f"{where}: no location {path}:{line}")
    sentence = paragraphs[1] if len(paragraphs) > 1 else ""
    if not sentence.endswith("."):
        fail(f"{where}: no explanation sentence: {sentence!r}")
    expected = {"race": "No happens-before edge orders", "init_before_use": " reads `",
                "single_init": " is called ", "exactly_once": " is called "}.get(violation["kind"])
    if violation["kind"] in ("single_init", "exactly_once") and "second time" not in violation["message"]:
        expected = None  # exactly_once's "never called": the message is the sentence
    if expected and expected not in sentence:
        fail(f"{where}: the {violation['kind']} sentence lacks {expected!r}: {sentence!r}")
    if violation["kind"] == "race" and f"`{violation['instance'].split('@')[0]}`" not in sentence:
        fail(f"{where}: the race sentence does not name the variable: {sentence!r}")
    blocks = [t for t in tokens if t.type == "fence" and t.info == ""]
    if line and not any(re.search(rf"^> +{line} \| ", b.content, re.M) for b in blocks):
        fail(f"{where}: no source block marking line {line}")
    return sentence


def check_corpus():
    report = json.loads(read("a.json"))
    tokens = PARSER.parse(read("a.md"))
    fences = [t for t in tokens if t.type == "fence" and t.info == "mermaid"]
    # One section per root cause: the first instance of each (JSON keeps every instance).
    violations = [(f["path"], v) for f in report["files"]
                  for i, v in enumerate(f.get("violations", [])) if v["root_cause"] == i]
    if len(fences) != len(violations):
        fail(f"{len(fences)} mermaid fences for {len(violations)} violations")
    os.makedirs(os.path.join(WORK, "diagrams"), exist_ok=True)
    participants = 0
    for n, (fence, (path, violation)) in enumerate(zip(fences, violations)):
        where = f"{path} {violation['kind']} #{n + 1}"
        participants += check_diagram(fence.content, violation, where)
        with open(os.path.join(WORK, "diagrams", f"{n:04}.mmd"), "w", encoding="utf-8") as out:
            out.write(fence.content)
    rows = table_rows(tokens)
    if rows[0][:3] != ["File", "Verdict", "Kinds"] or len(rows) - 1 != len(report["files"]):
        fail(f"table header {rows[0]}, {len(rows) - 1} rows for {len(report['files'])} files")
    for row, file in zip(rows[1:], report["files"]):
        if row[0] != file["path"] or not row[1].startswith(VERDICTS[file["verdict"]]):
            fail(f"table row {row} for {file['path']} ({file['verdict']})")
    found = sections(tokens)
    if len(found) != len(violations):
        fail(f"{len(found)} violation sections for {len(violations)} violations")
    kinds = {}
    for section, (path, violation) in zip(found, violations):
        check_section(section, violation, path, f"{path} {violation['kind']}")
        kinds[violation["kind"]] = kinds.get(violation["kind"], 0) + 1
    headings = {tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h2" and t.type == "heading_open"}
    for file in report["files"]:
        if file.get("violations") and file["path"] not in headings:
            fail(f"no section for {file['path']}")
    print(f"PASS corpus: {len(report['files'])} files, {len(violations)} violations "
          f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}), "
          f"{participants} participants, table of {len(rows) - 1} rows")


def check_errors():
    report = json.loads(read("errors.json"))
    tokens = PARSER.parse(read("errors.md"))
    rows = table_rows(tokens)
    items = sum(1 for t in tokens if t.type == "list_item_open")
    diagnostics = sum(len(f.get("diagnostics", [])) for f in report["files"])
    rejected = [f for f in report["files"] if f["verdict"] == "spec_error"]
    if not rejected or items != diagnostics:
        fail(f"spec errors: {len(rejected)} rejected, {items} items for {diagnostics} diagnostics")
    for row, file in zip(rows[1:], report["files"]):
        if not row[1].startswith(VERDICTS[file["verdict"]]):
            fail(f"spec errors: row {row} for {file['verdict']}")
    print(f"PASS spec errors: {len(rejected)} rejected files, {diagnostics} diagnostics listed")


def check_test_run():
    tokens = PARSER.parse(read("test.md"))
    rows = table_rows(tokens)
    summary = re.search(r"(\d+) passed, (\d+) failed", read("test.txt"))
    if "Test" not in rows[0] or not summary:
        fail(f"test report: header {rows[0]}, summary {summary}")
    column = rows[0].index("Test")
    passed = sum(1 for row in rows[1:] if row[column] == "pass")
    if passed != int(summary.group(1)) or len(rows) - 1 != passed + int(summary.group(2)):
        fail(f"test report: {passed} pass of {len(rows) - 1} rows, text says {summary.group(0)}")
    print(f"PASS initcheck test --markdown: {len(rows) - 1} rows, {passed} pass")


def check_raw_tables(name):
    """Every row of every table has as many cells as its header (GFM would pad or cut them)."""
    rows, header = 0, None
    for line in read(name).split("\n"):
        if not line.startswith("|"):
            header = None
            continue
        cells = len(re.findall(r"(?<!\\)\|", line))
        if header is None:
            header = cells
        elif cells != header:
            fail(f"{name}: {cells - 1} cells for {header - 1} in the header: {line!r}")
        rows += 1
    return rows


def check_stats():
    rows = table_rows(PARSER.parse(read("stats.md")))
    if rows[0][3:] != ["Executions", "States", "Seconds"] or "Peak memory" not in read("stats.md"):
        fail(f"--stats: header {rows[0]}")
    lines = sum(check_raw_tables(name) for name in ("a.md", "stats.md", "errors.md", "test.md"))
    print(f"PASS tables: --stats adds its columns; {lines} table lines with their header's cells")


def check_golden():
    tokens = PARSER.parse(read("golden.md"))
    if not tokens or tokens[0].tag != "h1" or tokens[1].content != "initcheck report":
        fail("the golden report has no `# initcheck report` title")
    print("PASS golden: the seed example")


check_corpus()
check_errors()
check_test_run()
check_stats()
check_golden()
