#!/usr/bin/env python3
"""Applies the first SARIF fix that claims to make the spec clean to a copy of the spec.

    apply_sarif_fixes.py REPORT.sarif SPEC COPY

Reads the fixes of every result, takes the first whose description says "every property holds",
applies its replacements (regions in code points, 1-based, end column exclusive, as SARIF 2.1.0
says) to the text of SPEC and writes COPY. Exits 1 when no such fix exists. It knows nothing of
initcheck's own edit code: it is the independent half of tests/repair/fix_corpus_test.sh.
"""
import json
import sys


def offset(lines, line, column):
    return sum(len(text) for text in lines[: line - 1]) + column - 1


def apply(text, replacements):
    lines = text.splitlines(keepends=True)
    spans = []
    for replacement in replacements:
        region = replacement["deletedRegion"]
        start = offset(lines, region["startLine"], region["startColumn"])
        end = offset(lines, region.get("endLine", region["startLine"]), region["endColumn"])
        spans.append((start, end, replacement.get("insertedContent", {}).get("text", "")))
    for start, end, inserted in sorted(spans, reverse=True):
        text = text[:start] + inserted + text[end:]
    return text


def main():
    report_path, spec_path, copy_path = sys.argv[1:4]
    with open(report_path, encoding="utf-8") as report:
        report = json.load(report)
    for run in report["runs"]:
        for result in run.get("results", []):
            for fix in result.get("fixes", []):
                if "every property holds" not in fix["description"]["text"]:
                    continue
                with open(spec_path, encoding="utf-8") as spec:
                    text = spec.read()
                replacements = [r for change in fix["artifactChanges"] for r in change["replacements"]]
                with open(copy_path, "w", encoding="utf-8") as copy:
                    copy.write(apply(text, replacements))
                print(f"{spec_path}: applied: {fix['description']['text']}")
                return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
