#!/usr/bin/env python3
"""rc11 against sc on the scaling families (families.py) and on weak-memory families (issue 15).

    memory_models.py INITCHECK [--out FILE]

Runs `initcheck check --stats --format json --memory-model M` on each case under both models,
one after the other, best of three wall times each, and prints a Markdown table (or replaces the
part between <!-- memory-models:begin --> and <!-- memory-models:end --> of FILE). The search
time is the report's own `seconds`; wall time is the whole process."""
import json
import pathlib
import platform
import subprocess
import sys
import tempfile
import time

import families


def mp_relaxed(n):  # message passing, relaxed flag and payload, n readers
    lines = ["var payload: atomic int = 0;", "var flag: atomic bool = false;",
             "thread writer { payload.store(1, relaxed); flag.store(true, relaxed); }"]
    lines += [f"thread r{i} {{ if flag.load(relaxed) {{ let v = payload.load(relaxed); }} }}"
              for i in range(n)]
    return lines


def mp_release_acquire(n):
    lines = ["var payload: atomic int = 0;", "var flag: atomic bool = false;",
             "thread writer { payload.store(1, relaxed); flag.store(true, release); }"]
    lines += [f"thread r{i} {{ if flag.load(acquire) {{ let v = payload.load(relaxed); }} }}"
              for i in range(n)]
    return lines


def sb_relaxed(n):  # a ring of store buffering: thread i stores x_i, loads x_(i+1)
    lines = [f"var x{i}: atomic int = 0;" for i in range(n)]
    lines += [f"thread t{i} {{ x{i}.store(1, relaxed); let v = x{(i + 1) % n}.load(relaxed); }}"
              for i in range(n)]
    return lines


def sb_seq_cst_mixed(n):  # the ring with seq_cst accesses and one relaxed counter: psc applies
    lines = [f"var x{i}: atomic int = 0;" for i in range(n)] + ["var c: atomic int = 0;"]
    lines += [f"thread t{i} {{ x{i}.store(1); let v = x{(i + 1) % n}.load(); c.add(1, relaxed); }}"
              for i in range(n)]
    return lines


WEAK = {"mp-relaxed": mp_relaxed, "mp-rel-acq": mp_release_acquire, "sb-relaxed": sb_relaxed,
        "sb-seq_cst+relaxed": sb_seq_cst_mixed}

CASES = [("indep", 8), ("readers", 8), ("counter", 6), ("writes3", 3), ("once", 8),
         ("once", 10), ("dcl", 6), ("dcl", 8), ("dcl", 10), ("loopclosure", 4),
         ("mp-relaxed", 4), ("mp-relaxed", 6), ("mp-rel-acq", 6), ("sb-relaxed", 3),
         ("sb-relaxed", 4), ("sb-seq_cst+relaxed", 3)]


def spec(family, n):
    if family in families.FAMILIES:
        return families.spec(family, n)
    body = WEAK[family](n)
    return "\n".join([f'spec "{family}-{n}";', "", *body, ""])


def run(initcheck, path, model):
    best, report = None, None
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run([initcheck, "check", "--stats", "--format", "json",
                               "--memory-model", model, path], capture_output=True, text=True)
        wall = time.perf_counter() - start
        report = json.loads(done.stdout)["files"][0]
        best = wall if best is None else min(best, wall)
    stats = report["stats"]
    verdict = report["verdict"] + (" (complete)" if report["complete"] else "")
    return stats, best, verdict


def table(initcheck):
    rows = ["| case | sc executions / states | rc11 executions / states | sc search s | "
            "rc11 search s | search ratio | sc wall s | rc11 wall s | wall ratio | "
            "sc verdict | rc11 verdict |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as work:
        for family, n in CASES:
            path = pathlib.Path(work) / f"{family}-{n}.ic"
            path.write_text(spec(family, n))
            sc, sc_wall, sc_verdict = run(initcheck, str(path), "sc")
            rc, rc_wall, rc_verdict = run(initcheck, str(path), "rc11")
            ratio = rc["seconds"] / sc["seconds"] if sc["seconds"] > 0 else float("nan")
            rows.append(f"| {family}-{n} | {sc['executions']:,} / {sc['states']:,} | "
                        f"{rc['executions']:,} / {rc['states']:,} | {sc['seconds']:.3f} | "
                        f"{rc['seconds']:.3f} | {ratio:.1f} | {sc_wall:.3f} | {rc_wall:.3f} | "
                        f"{rc_wall / sc_wall:.1f} | {sc_verdict} | {rc_verdict} |")
    header = (f"Run {time.strftime('%Y-%m-%dT%H:%M:%S%z')} on {platform.processor() or 'x86_64'}"
              f", {platform.platform()}; best of 3 per cell; `search s` is the report's "
              "`seconds`, `wall s` the whole process.")
    return "\n".join([header, "", *rows])


def main(argv):
    text = table(argv[1])
    if len(argv) == 4 and argv[2] == "--out":
        target = pathlib.Path(argv[3])
        old = target.read_text()
        begin, end = "<!-- memory-models:begin -->", "<!-- memory-models:end -->"
        head, rest = old.split(begin)
        _, tail = rest.split(end)
        target.write_text(head + begin + "\n" + text + "\n" + end + tail)
    else:
        print(text)


if __name__ == "__main__":
    main(sys.argv)
