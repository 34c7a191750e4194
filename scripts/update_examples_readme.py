#!/usr/bin/env python3
"""Fills the "### Output" sections of examples/README.md from the golden transcripts in
tests/cli/golden_traces (which the test suite checks against `initcheck check`): for each
bug, every violation's headline and the full trace of the most telling one; for each fix, its
verdict. Run after regenerating the goldens: python3 scripts/update_examples_readme.py"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests/cli/golden_traces"
README = ROOT / "examples/README.md"

# The violation whose trace tells the story best, by a phrase in its headline.
SHOWCASE = {"loop_closure": 'initConfig("a") is never called'}


def blocks(transcript):
    """Splits a transcript into (headline, lines) per violation."""
    result, current = [], None
    for line in transcript.splitlines()[1:-1]:
        if re.match(r"^\S+:\d+:\d+: violation: ", line):
            current = (line, [line])
            result.append(current)
        elif current:
            current[1].append(line)
    return result


def bug_output(name):
    transcript = (GOLDEN / f"{name}_bug.txt").read_text()
    found = blocks(transcript)
    phrase = SHOWCASE.get(name)
    chosen = next((b for b in found if phrase and phrase in b[0]), found[0])
    lines = [f"$ initcheck check examples/{name}_bug.ic"]
    lines += [headline for headline, _ in found]
    lines += ["", f"The trace of: {chosen[0].split(': violation: ', 1)[1]}"]
    lines += chosen[1][1:]
    lines.append(transcript.splitlines()[-1])
    return lines


def fix_output(name):
    return (GOLDEN / f"{name}_fix.txt").read_text().splitlines()


def section(name):
    lines = bug_output(name) + [""] + fix_output(name)
    return ("### Output\n\nFrom the golden transcripts the tests check (`tests/cli/golden_traces/`);"
            " the bug lists every violation, then one trace in full:\n\n```\n"
            + "\n".join(lines) + "\n```\n")


def main():
    text = README.read_text()
    parts = re.split(r"(?m)^## (\w+)\n", text)
    out = [parts[0]]
    for name, body in zip(parts[1::2], parts[2::2]):
        if (GOLDEN / f"{name}_bug.txt").exists():
            body = re.sub(r"(?ms)^### Output\n.*?(?=^---\n|\Z)", lambda _: section(name) + "\n", body)
        out.append(f"## {name}\n{body}")
    README.write_text("".join(out))


main()
