#!/usr/bin/env python3
"""The explicit and the smt engine side by side on the specs of bench/specs/ (issue 5): wide
data, where the explicit engine enumerates values and the smt engine keeps them as terms.

    python3 bench/engines.py build/src/cli/initcheck --out docs/PERFORMANCE.md

Each spec is checked once per engine, one after the other, with `--stats` and a timeout;
wall time and peak memory come from run.py's wait4 launcher. With --out the table replaces the
`engines` section of that Markdown file (between its bench:engines markers).
"""

import argparse
import datetime
import pathlib
import shlex
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import run as bench  # noqa: E402

SPECS = pathlib.Path(__file__).resolve().parent / "specs"
HEADINGS = ["spec", "smt verdict", "smt time", "smt peak MB", "explicit verdict",
            "explicit time", "explicit peak MB", "explicit / smt"]


def check(binary, engine, spec, timeout, workdir):
    argv = [binary, "check", "--stats", "--engine", engine, "--timeout", str(timeout), str(spec)]
    output = workdir / f"{spec.stem}-{engine}.out"
    result = bench.run(argv, workdir, timeout + 10, output)
    text = output.read_text(errors="replace")
    first = text.splitlines()[0] if text else ""
    verdict = first.split(": ", 2)[-1] if first else "?"
    if result["status"] is None or (result["status"] == 3 and "time" in text):
        verdict = "timeout"
    result.update({"verdict": verdict.strip()[:60], "command": shlex.join(argv),
                   "key_in_trace": "choose 424242" in text})
    return result


def seconds(result, timeout):
    if result["verdict"] == "timeout":
        return f"> {timeout:g} s"
    return f"{result['seconds']:.2f} s"


def row(spec, smt, explicit, timeout):
    ratio = "-"
    if explicit["verdict"] != "timeout" and smt["seconds"] > 0:
        ratio = f"{explicit['seconds'] / smt['seconds']:.0f}x"
    elif smt["seconds"] > 0:
        ratio = f"> {timeout / smt['seconds']:.0f}x"
    return [spec.stem, smt["verdict"], seconds(smt, timeout), f"{smt['peak_mb']:.1f}",
            explicit["verdict"], seconds(explicit, timeout), f"{explicit['peak_mb']:.1f}", ratio]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--out", type=pathlib.Path)
    args = parser.parse_args()
    binary = str(pathlib.Path(args.binary).resolve())
    start = time.monotonic()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        workdir = pathlib.Path(folder)
        bench.build_launcher(workdir)
        for spec in sorted(SPECS.glob("*.ic")):
            bench.log(f"{spec.stem}: smt")
            smt = check(binary, "smt", spec, args.timeout, workdir)
            bench.log(f"{spec.stem}: explicit")
            explicit = check(binary, "explicit", spec, args.timeout, workdir)
            rows.append(row(spec, smt, explicit, args.timeout))
    info = bench.machine()
    header = (f"Run {datetime.date.today()} on {info['cpu']} ({info['cores']} cores), "
              f"{info['os']}. Timeout {args.timeout:g} s per run; whole driver run "
              f"{time.monotonic() - start:.0f} s. Peak MB: the child's ru_maxrss.")
    text = bench.report_text(header, HEADINGS, rows)
    print(text)
    if args.out:
        command = "python3 bench/engines.py build/src/cli/initcheck --out docs/PERFORMANCE.md"
        bench.write_out(args.out, text, command, section="engines")


if __name__ == "__main__":
    main()
