#!/usr/bin/env python3
"""Every core (issue 20, item 1): whole runs over many files with `--jobs 1` and `--jobs J`.

    jobs.py INITCHECK [--jobs J ...] [--runs R] [--source DIR] [--shared DIR]

Times, one after the other on this machine, `initcheck test -q -j N specs/`, `initcheck check
-q -j N specs/` (text, so with the fix search) and `initcheck check -q -j N` over examples/ and
the shared conformance suite, for N = 1 and each J (default:
2). Each cell is the median of R runs (default 5) of the whole process, wall seconds; the
ratio is the -j 1 time over the -j N time. The outputs of every run are compared with the
-j 1 run's and must be the same bytes.
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import time


def timed(command, cwd):
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True)
    return time.perf_counter() - start, done.stdout, done.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("initcheck")
    parser.add_argument("--jobs", type=int, nargs="*", default=[2])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", default=str(pathlib.Path(__file__).resolve().parent.parent))
    parser.add_argument("--shared", default=None)
    args = parser.parse_args()
    source = pathlib.Path(args.source)
    shared = pathlib.Path(args.shared) if args.shared else source.parent / "shared"
    initcheck = os.path.abspath(args.initcheck)
    cases = [("test specs/", ["test", "-q", "specs"]),
             ("check specs/ (with fix suggestions)", ["check", "-q", "specs"])]
    corpus = [str(p) for p in sorted((source / "examples").glob("*.ic"))]
    corpus += [str(p) for p in sorted((shared / "conformance").glob("*.ic"))]
    cases.append(("check examples/ + conformance", ["check", "-q", *corpus]))
    print(f"cores: {os.cpu_count()}; median of {args.runs} runs, wall seconds\n")
    print("| run | -j 1 s | " + " | ".join(f"-j {j} s | ratio -j 1 / -j {j}" for j in args.jobs) + " |")
    print("|---|---|" + "---|---|" * len(args.jobs))
    for name, command in cases:
        cells = []
        base_times, base_out = [], None
        for _ in range(args.runs):
            seconds, out, code = timed([initcheck, *command[:1], "-j", "1", *command[1:]], source)
            base_times.append(seconds)
            base_out = base_out or (out, code)
        base = statistics.median(base_times)
        for j in args.jobs:
            times = []
            for _ in range(args.runs):
                seconds, out, code = timed([initcheck, *command[:1], "-j", str(j), *command[1:]], source)
                if (out, code) != base_out:
                    sys.exit(f"FAIL: {name} with -j {j} differs from -j 1")
                times.append(seconds)
            median = statistics.median(times)
            cells.append(f"{median:.2f} | {base / median:.2f}")
        print(f"| {name} | {base:.2f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
