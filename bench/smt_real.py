#!/usr/bin/env python3
"""The smt engine on the code people model (issue 17): every spec of specs/real/ and
specs/loops/, checked by the smt engine and by the explicit engine, one after the other.

    python3 bench/smt_real.py build/src/cli/initcheck --out docs/PERFORMANCE.md

Per spec: each engine's verdict (a refusal shows as `unsupported`), wall time and peak memory
(run.py's wait4 launcher), and the smt engine's events, constraints and queries (--stats),
then the smt / explicit time ratio. With --out the table replaces the `smt-real` section of
that Markdown file (between its bench:smt-real markers).
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

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "specs" / "real", ROOT / "specs" / "loops"]
HEADINGS = ["spec", "smt verdict", "smt time", "smt peak MB", "events", "constraints",
            "queries", "explicit verdict", "explicit time", "smt / explicit"]


def verdict_of(text):
    first = text.splitlines()[0] if text else "?"
    if "unsupported: " in first:
        return "unsupported"
    if ": violation: " in first:
        return "violation: " + first.split(": violation: ", 1)[1].split(":", 1)[0]
    return first.split(": ", 1)[-1].strip()[:40]


def check(binary, engine, spec, timeout, workdir):
    argv = [binary, "check", "--stats", "--engine", engine, "--timeout", str(timeout), str(spec)]
    output = workdir / f"{spec.stem}-{engine}.out"
    result = bench.run(argv, workdir, timeout + 10, output)
    text = output.read_text(errors="replace")
    result["verdict"] = "killed" if result["status"] is None else verdict_of(text)
    for key in ("events", "constraints"):
        result[key] = bench.number(rf"\b{key}=(\d+)", text)
    queries = bench.number(r"\bqueries=(\d+)/", text)
    planned = bench.number(r"\bqueries=\d+/(\d+)", text)
    result["queries"] = f"{queries}/{planned}" if planned is not None else "-"
    result["command"] = shlex.join(argv)
    return result


def row(spec, smt, explicit):
    ratio = "-"
    if explicit["seconds"] > 0 and smt["verdict"] != "unsupported":
        ratio = f"{smt['seconds'] / explicit['seconds']:.0f}x"
    cell = lambda value: "-" if value is None else str(value)  # noqa: E731
    return [f"{spec.parent.name}/{spec.stem}", smt["verdict"], f"{smt['seconds']:.2f} s",
            f"{smt['peak_mb']:.0f}", cell(smt["events"]), cell(smt["constraints"]),
            smt["queries"], explicit["verdict"], f"{explicit['seconds']:.2f} s", ratio]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--out", type=pathlib.Path)
    args = parser.parse_args()
    binary = str(pathlib.Path(args.binary).resolve())
    start = time.monotonic()
    rows = []
    answered = refused = 0
    with tempfile.TemporaryDirectory() as folder:
        workdir = pathlib.Path(folder)
        bench.build_launcher(workdir)
        for spec in sorted(path for folder in FOLDERS for path in folder.glob("*.ic")):
            bench.log(f"{spec.stem}: smt")
            smt = check(binary, "smt", spec, args.timeout, workdir)
            bench.log(f"{spec.stem}: explicit")
            explicit = check(binary, "explicit", spec, args.timeout, workdir)
            rows.append(row(spec, smt, explicit))
            refused += smt["verdict"] == "unsupported"
            answered += smt["status"] in (0, 1)
    info = bench.machine()
    header = (f"Run {datetime.date.today()} on {info['cpu']} ({info['cores']} cores), "
              f"{info['os']}. Timeout {args.timeout:g} s per run; whole driver run "
              f"{time.monotonic() - start:.0f} s. The smt engine answered {answered} of "
              f"{len(rows)} specs and refused {refused} as unsupported.")
    text = bench.report_text(header, HEADINGS, rows)
    print(text)
    if args.out:
        command = "python3 bench/smt_real.py build/src/cli/initcheck --out docs/PERFORMANCE.md"
        bench.write_out(args.out, text, command, section="smt-real")


if __name__ == "__main__":
    main()
