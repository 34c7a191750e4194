#!/usr/bin/env python3
"""Straight-line depth (issue 18, item 2): one thread of N statements `x = x + 1;`.

    depth.py INITCHECK [N ...] [--runs R] [--keep DIR] [--baseline OLD_INITCHECK]

For each N (default 10000 40000 160000 300000) writes line-N.ic and times, one after the
other on this machine: `initcheck parse` (read, parse, name and type checks), `initcheck check
--state-cache off` and `initcheck check` (the default). Each cell is the best of R runs
(default 1) of the whole process: wall seconds and peak MB (the child's ru_maxrss). The search
itself is the `seconds` of `--stats`. Every step of such a file is one frame deeper than the
last, so anything a step does in proportion to the depth shows as growth faster than N.
With --baseline, another build's default check runs right after each one, and the ratio of the
two wall times (baseline / this) is shown.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time


def write_spec(directory, n):
    path = directory / f"line-{n}.ic"
    if not path.exists():
        body = "".join("  x = x + 1;\n" for _ in range(n))
        path.write_text(f'spec "line-{n}";\nvar x: int = 0;\nthread t {{\n{body}}}\n')
    return path


def timed(command):
    """Wall seconds, peak MB of the child (ru_maxrss from wait4; a child started from Python
    may count 10-15 MB of Python's own, see run.py), and its stdout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        child = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            sys.exit(f"{' '.join(map(str, command))} failed ({child.returncode}): "
                     f"{err.read().decode()}")
        return wall, usage.ru_maxrss / 1024, out.read().decode()


def search_seconds(output):
    found = re.search(r"seconds=([0-9.]+)", output)
    return float(found.group(1)) if found else float("nan")


def best(runs, command):
    results = [timed(command) for _ in range(runs)]
    return min(results, key=lambda result: result[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("initcheck")
    parser.add_argument("sizes", nargs="*", type=int, default=[10000, 40000, 160000, 300000])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", type=pathlib.Path)
    parser.add_argument("--baseline", help="another initcheck binary to compare with")
    args = parser.parse_args()
    directory = args.keep or pathlib.Path(tempfile.mkdtemp(prefix="depth-"))
    directory.mkdir(parents=True, exist_ok=True)
    print(f"Run {time.strftime('%Y-%m-%dT%H:%M:%S%z')} on {os.cpu_count()} cores; "
          f"best of {args.runs}; wall s (peak MB); search s is the report's `seconds`.\n")
    baseline = " | baseline check (default) | search s | baseline / this" if args.baseline else ""
    print("| N | steps | parse | check --state-cache off | search s | check (default) "
          f"| search s{baseline} |")
    print("|---|---|---|---|---|---|---|" + ("---|---|---|" if args.baseline else ""))
    for n in sorted(args.sizes):
        spec = write_spec(directory, n)
        parse = best(args.runs, [args.initcheck, "parse", spec])
        stateless = best(args.runs, [args.initcheck, "check", "--stats", "--state-cache", "off",
                                     spec])
        default = best(args.runs, [args.initcheck, "check", "--stats", spec])
        row = (f"| {n:,} | {2 * n:,} | {parse[0]:.2f} ({parse[1]:.0f}) "
               f"| {stateless[0]:.2f} ({stateless[1]:.0f}) | {search_seconds(stateless[2]):.2f} "
               f"| {default[0]:.2f} ({default[1]:.0f}) | {search_seconds(default[2]):.2f} |")
        if args.baseline:
            old = best(args.runs, [args.baseline, "check", "--stats", spec])
            row += (f" {old[0]:.2f} ({old[1]:.0f}) | {search_seconds(old[2]):.2f} "
                    f"| {old[0] / default[0]:.1f} |")
        print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
