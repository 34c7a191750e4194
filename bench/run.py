#!/usr/bin/env python3
"""Runs initcheck and SPIN side by side on the scaling families (issue 4).

    bench/run.py INITCHECK [CASE ...] [--timeout S] [--out docs/PERFORMANCE.md]
                 [--json bench/results.json] [--initcheck-flags "--reduction dpor ..."]

CASE is FAMILY-N (families.py). For each case, in one run on one machine, the driver writes the
.ic spec and its Promela twin (promela.py) into a temporary folder, then
  initcheck  `initcheck check --stats [FLAGS] --timeout S case.ic`: executions, states and
             transitions from its `stats:` line, the verdict from its first line;
  SPIN       `spin -a model.pml`, `gcc -O2 -DSAFETY -o pan pan.c` (timed together as the compile
             time), then `./pan -m100000 -n -w20`: states stored, transitions and errors from
             its report. -w20 (an 8 MB hash table, --pan-w to change) instead of the default -w24,
             whose 128 MB take over a second to touch, longer than the small cases run; a larger
             table did not pay off even for dcl-10's 8.2 million states (bench/README.md).
Wall times are measured around each child; peak memory is the child's ru_maxrss from os.wait4.
A run that passes the timeout is killed (with its process group) and shown as `> S`. The table goes
to stdout, and with --out it replaces what lies between the markers `<!-- bench:begin -->` and
`<!-- bench:end -->` in that file (created with a header if missing; the rest is left alone).
Progress goes to stderr."""
import argparse
import datetime
import json
import os
import pathlib
import platform
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH = pathlib.Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
import families  # noqa: E402
import promela  # noqa: E402

DEFAULT_CASES = ["indep-8", "readers-8", "counter-6", "writes3-3", "once-8", "once-10", "once-12",
                 "dcl-6", "dcl-8", "dcl-10", "loopclosure-4"]
CC_FLAGS = ["-O2", "-DSAFETY"]
PAN_DEPTH = 100000
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def log(message):
    sys.stderr.write(f"[bench] {message}\n")
    sys.stderr.flush()


# Peak memory comes from wait4's ru_maxrss. Linux counts in it the memory a child had before it
# called exec, and a child forked from Python starts with Python's 10-15 MB, which would hide the
# small runs. So the children are started by this small C launcher, forked from a process of about
# 1 MB: it runs the command, waits for it with wait4 and writes the status and ru_maxrss (KB).
LAUNCHER_C = r"""
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
  if (argc < 3) return 125;
  pid_t pid = fork();
  if (pid < 0) return 126;
  if (pid == 0) { execvp(argv[2], argv + 2); _exit(127); }
  signal(SIGTERM, SIG_IGN); /* the timeout's SIGTERM ends the command; report its usage */
  int status; struct rusage usage;
  while (wait4(pid, &status, 0, &usage) < 0) if (errno != EINTR) return 126;
  FILE *out = fopen(argv[1], "w");
  if (!out) return 126;
  fprintf(out, "%d %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
          usage.ru_maxrss);
  fclose(out);
  return 0;
}
"""
LAUNCHER = {"path": None}


def build_launcher(folder):
    source = folder / "launcher.c"
    source.write_text(LAUNCHER_C)
    binary = folder / "launcher"
    built = subprocess.run(["gcc", "-O2", "-o", str(binary), str(source)], capture_output=True)
    if built.returncode == 0:
        LAUNCHER["path"] = str(binary)
    else:
        log("could not build the launcher: peak memory includes Python's own (10-15 MB)")


def run(argv, cwd, timeout, stdout_path):
    """Runs argv in cwd with stdout and stderr into stdout_path. Returns a dict: status (exit code,
    or None when killed at the timeout), seconds (wall), peak_mb (the child's ru_maxrss)."""
    usage_path = pathlib.Path(str(stdout_path) + ".rusage")
    usage_path.unlink(missing_ok=True)
    command = [LAUNCHER["path"], str(usage_path), *argv] if LAUNCHER["path"] else argv
    with open(stdout_path, "wb") as out:
        start = time.monotonic()
        child = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                 stdin=subprocess.DEVNULL, start_new_session=True)
    lock = threading.Lock()
    state = {"reaped": False, "killed": False}

    def kill(signum):
        with lock:
            if not state["reaped"]:
                state["killed"] = True
                os.killpg(child.pid, signum)  # the command, its children, the launcher

    # SIGTERM at the timeout (the launcher survives it and reports the command's usage),
    # SIGKILL 5 s later if anything is left.
    timers = [threading.Timer(timeout, kill, [signal.SIGTERM]),
              threading.Timer(timeout + 5, kill, [signal.SIGKILL])]
    for timer in timers:
        timer.start()
    while True:
        try:
            _, wait_status, usage = os.wait4(child.pid, 0)
            break
        except InterruptedError:
            continue
    seconds = time.monotonic() - start
    with lock:
        state["reaped"] = True
    for timer in timers:
        timer.cancel()
    child.returncode = os.waitstatus_to_exitcode(wait_status)
    status, peak_kb = child.returncode, usage.ru_maxrss
    if LAUNCHER["path"]:
        fields = usage_path.read_text().split() if usage_path.exists() else []
        status, peak_kb = (int(fields[0]), int(fields[1])) if len(fields) == 2 else (-1, 0)
    return {"status": None if state["killed"] else status,
            "seconds": round(seconds, 3), "peak_mb": round(peak_kb / 1024, 1)}


def number(pattern, text):
    match = re.search(pattern, text)
    return int(match.group(1)) if match else None


def run_initcheck(binary, flags, case_path, workdir, timeout):
    argv = [binary, "check", "--stats", *flags, "--timeout", str(timeout), str(case_path)]
    # initcheck stops itself at the timeout with verdict unknown; the kill is a backstop.
    result = run(argv, workdir, timeout + 10, workdir / "initcheck.out")
    text = (workdir / "initcheck.out").read_text(errors="replace")
    result["command"] = shlex.join(argv)
    for key in ("executions", "states", "transitions"):
        result[key] = number(rf"\b{key}=(\d+)", text)
    first = text.splitlines()[0] if text else ""
    verdict = first.split(": ", 1)[1] if ": " in first else first
    result["verdict_line"] = first
    if result["status"] is None:
        verdict = "timeout"
    elif result["status"] == 3:
        verdict = "timeout" if "time" in text.lower() else "unknown"
    elif result["status"] not in (0, 1):
        verdict = f"error (exit {result['status']})"
    result["verdict"] = verdict.strip()
    result["timed_out"] = verdict == "timeout"
    if result["status"] not in (0, 1):
        result["output_tail"] = text[-2000:]
    return result


def run_pan(workdir, hash_bits, timeout):
    argv = ["./pan", f"-m{PAN_DEPTH}", "-n", f"-w{hash_bits}"]
    result = run(argv, workdir, timeout, workdir / "pan.out")
    text = (workdir / "pan.out").read_text(errors="replace")
    result.update(command=shlex.join(argv), hash_bits=hash_bits,
                  states=number(r"(\d+) states, stored", text),
                  transitions=number(r"(\d+) transitions \(", text),
                  errors=number(r"errors: (\d+)", text),
                  depth=number(r"depth reached (\d+)", text))
    if result["status"] is None:
        result["verdict"] = "timeout"
    elif "depth too small" in text:
        result["verdict"] = "depth too small"
    elif result["errors"] is None:
        result["verdict"] = f"error (exit {result['status']})"
        result["output_tail"] = text[-2000:]
    elif result["errors"] == 0:
        result["verdict"] = "ok"
    else:
        result["verdict"] = f"errors: {result['errors']}"
        result["output_tail"] = text[-2000:]
    return result


def run_spin(model_path, workdir, timeout, hash_bits):
    # The timeout is for the search; generating and compiling pan get at least 5 minutes.
    spin = run(["spin", "-a", model_path.name], workdir, max(timeout, 300), workdir / "spin.out")
    result = {"spin_a_seconds": spin["seconds"], "cc_flags": " ".join(CC_FLAGS)}
    if spin["status"] != 0:
        text = (workdir / "spin.out").read_text(errors="replace")
        return {**result, "verdict": "spin -a failed", "output_tail": text[-2000:]}
    cc = run(["gcc", *CC_FLAGS, "-o", "pan", "pan.c"], workdir, max(timeout, 300),
             workdir / "gcc.out")
    result["cc_seconds"] = cc["seconds"]
    result["compile_seconds"] = round(spin["seconds"] + cc["seconds"], 3)
    if cc["status"] != 0:
        text = (workdir / "gcc.out").read_text(errors="replace")
        return {**result, "verdict": "gcc failed", "output_tail": text[-2000:]}
    pan = run_pan(workdir, hash_bits, timeout)
    result["pan"] = pan
    result["verdict"] = pan["verdict"]
    result["timed_out"] = pan["verdict"] == "timeout"
    result["total_seconds"] = round(result["compile_seconds"] + pan["seconds"], 3)
    return result


def run_case(case, binary, flags, timeout, keep, hash_bits):
    family, _, size = case.rpartition("-")
    if family not in families.FAMILIES or not size.isdigit():
        raise SystemExit(f"run.py: unknown case {case!r} (want FAMILY-N, FAMILY one of "
                         f"{', '.join(families.FAMILIES)})")
    n = int(size)
    workdir = pathlib.Path(tempfile.mkdtemp(prefix=f"bench-{case}-", dir=keep))
    ic_path, pml_path = workdir / f"{case}.ic", workdir / "model.pml"
    ic_path.write_text(families.spec(family, n))
    pml_path.write_text(promela.model(family, n))
    log(f"{case}: initcheck")
    ic = run_initcheck(binary, flags, ic_path, workdir, timeout)
    log(f"  {ic['verdict']}, {ic['seconds']} s, {ic['peak_mb']} MB")
    log(f"{case}: spin")
    sp = run_spin(pml_path, workdir, timeout, hash_bits)
    pan = sp.get("pan", {})
    log(f"  {sp['verdict']}, pan {pan.get('seconds')} s, total {sp.get('total_seconds')} s, "
        f"{pan.get('peak_mb')} MB")
    if not keep:
        for path in workdir.iterdir():
            path.unlink()
        workdir.rmdir()
    return {"case": case, "family": family, "n": n, "initcheck": ic, "spin": sp}


def seconds_cell(seconds, timed_out, timeout):
    if timed_out:
        return f"> {timeout:.3g}"
    return "-" if seconds is None else f"{seconds:.2f}"


def ratio_cell(spin_seconds, spin_out, ic_seconds, ic_out):
    """SPIN time / initcheck time; a bound when either side hit the timeout."""
    if spin_seconds is None or ic_seconds is None or (spin_out and ic_out):
        return "-"
    value = spin_seconds / max(ic_seconds, 0.001)
    text = f"{value:.1f}" if value >= 1 else f"{value:.2g}"
    return ("> " if spin_out else "< " if ic_out else "") + text


def row(result, timeout):
    ic, sp = result["initcheck"], result["spin"]
    pan = sp.get("pan", {})
    ic_out, sp_out = ic.get("timed_out", False), sp.get("timed_out", False)
    ic_wall = ic["seconds"]
    pan_wall = timeout if sp_out else pan.get("seconds")
    total = None if pan_wall is None else sp["compile_seconds"] + pan_wall

    def count(value):
        return "-" if value is None else f"{value:,}"

    mark = "" if not ic_out else " (partial)"
    return [result["case"], f"{count(ic.get('executions'))} / {count(ic.get('states'))}{mark}",
            seconds_cell(ic_wall, ic_out, timeout), f"{ic['peak_mb']:.1f}",
            count(pan.get("states")) + (" (partial)" if sp_out and pan.get("states") else ""),
            seconds_cell(pan.get("seconds"), sp_out, timeout),
            seconds_cell(sp.get("compile_seconds"), False, timeout),
            seconds_cell(total, sp_out, timeout + (sp.get("compile_seconds") or 0)),
            "-" if not pan.get("peak_mb") else f"{pan['peak_mb']:.1f}",
            ratio_cell(total, sp_out, ic_wall, ic_out),
            ratio_cell(pan_wall, sp_out, ic_wall, ic_out), ic["verdict"], sp["verdict"]]


HEADINGS = ["case", "initcheck executions / states", "initcheck wall s", "initcheck peak MB",
            "SPIN states stored", "SPIN pan wall s", "SPIN compile s", "SPIN total s",
            "SPIN peak MB", "ratio SPIN total / initcheck", "ratio pan / initcheck",
            "initcheck verdict", "SPIN verdict"]


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def version(argv):
        try:
            out = subprocess.run(argv, capture_output=True, text=True, timeout=10).stdout
            return out.strip().splitlines()[0] if out.strip() else "?"
        except (OSError, subprocess.SubprocessError):
            return "?"

    return {"cpu": cpu, "cores": os.cpu_count(), "os": platform.platform(),
            "spin": version(["spin", "-V"]), "gcc": version(["gcc", "--version"]),
            "python": platform.python_version()}


def table(report):
    info, timeout = report["machine"], report["timeout"]
    flags = report["initcheck_flags"] or "(none)"
    lines = [
        f"Run {report['date']} on {info['cpu']} ({info['cores']} cores), {info['os']}; "
        f"{info['spin']}; {info['gcc']}.",
        f"initcheck flags: `{flags}`. SPIN: `spin -a`, `gcc {' '.join(CC_FLAGS)}`, "
        f"`./pan {report['pan_flags']}`. Timeout {timeout:g} s per run; "
        f"whole driver run {report['seconds']:.0f} s. Peak MB: the child's ru_maxrss.",
        "",
        "| " + " | ".join(HEADINGS) + " |",
        "|" + "|".join("---" for _ in HEADINGS) + "|",
    ]
    lines += ["| " + " | ".join(row(result, timeout)) + " |" for result in report["results"]]
    return "\n".join(lines) + "\n"


def markers(section):
    if not section:
        return BEGIN, END
    return f"<!-- bench:{section}:begin -->", f"<!-- bench:{section}:end -->"


def report_text(header, headings, rows):
    """A header line, then a Markdown table of `rows` (lists of cells) under `headings`."""
    lines = [header, "", "| " + " | ".join(headings) + " |",
             "|" + "|".join("---" for _ in headings) + "|"]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines) + "\n"


def write_out(path, text, command, section=""):
    BEGIN, END = markers(section)
    block = f"{BEGIN}\n{text}{END}"
    if path.exists():
        content = path.read_text()
        if BEGIN in content and END in content:
            head, rest = content.split(BEGIN, 1)
            content = head + block + rest.split(END, 1)[1]
        else:
            content = content.rstrip("\n") + "\n\n" + block + "\n"
    else:
        content = "\n".join([
            "# Performance: initcheck and SPIN side by side", "",
            "The scaling families of issue 4 (bench/families.py) and their Promela twins",
            "(bench/promela.py), run on one machine by the driver. Regenerate the table with:", "",
            "```sh", command, "```", "", block, ""])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("initcheck", help="path to the initcheck binary")
    parser.add_argument("cases", nargs="*", help=f"FAMILY-N (default: {' '.join(DEFAULT_CASES)})")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run (120)")
    parser.add_argument("--out", type=pathlib.Path, help="Markdown file to put the table into")
    parser.add_argument("--json", type=pathlib.Path, default=BENCH / "results.json",
                        help="machine-readable results (bench/results.json)")
    parser.add_argument("--initcheck-flags", default="",
                        help="extra flags for `initcheck check`, one quoted string")
    parser.add_argument("--pan-w", type=int, default=20,
                        help="pan's hash table: 2^W slots (20)")
    parser.add_argument("--section", default="",
                        help="write between <!-- bench:SECTION:begin/end --> (a second table)")
    parser.add_argument("--keep", type=pathlib.Path,
                        help="keep each case's files in a folder under this one")
    args = parser.parse_intermixed_args()
    binary = str(pathlib.Path(args.initcheck).resolve())
    flags = shlex.split(args.initcheck_flags)
    cases = args.cases or DEFAULT_CASES
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    for tool in ("spin", "gcc"):
        if subprocess.run(["sh", "-c", f"command -v {tool}"], capture_output=True).returncode:
            raise SystemExit(f"run.py: {tool} not found (bench/setup.sh installs it)")
    start = time.monotonic()
    launcher_dir = pathlib.Path(tempfile.mkdtemp(prefix="bench-launcher-"))
    build_launcher(launcher_dir)
    report = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
              "machine": machine(), "timeout": args.timeout, "initcheck": binary,
              "initcheck_flags": args.initcheck_flags, "cc_flags": " ".join(CC_FLAGS),
              "pan_flags": f"-m{PAN_DEPTH} -n -w{args.pan_w}", "results": []}
    for case in cases:
        report["results"].append(run_case(case, binary, flags, args.timeout, args.keep,
                                            args.pan_w))
    report["seconds"] = round(time.monotonic() - start, 1)
    report["peak_memory"] = ("ru_maxrss of the command, from wait4 in a C launcher"
                             if LAUNCHER["path"] else "ru_maxrss from wait4 in Python")
    for path in launcher_dir.iterdir():
        path.unlink()
    launcher_dir.rmdir()
    log(f"done in {report['seconds']} s")
    text = table(report)
    sys.stdout.write(text)
    command_args = ["python3", "bench/run.py", "build/src/cli/initcheck", *args.cases,
                    "--out", "docs/PERFORMANCE.md"]
    if args.timeout != 120:
        command_args += ["--timeout", f"{args.timeout:g}"]
    if args.pan_w != 20:
        command_args += ["--pan-w", str(args.pan_w)]
    if args.initcheck_flags:
        command_args += ["--initcheck-flags", args.initcheck_flags]
    if args.out:
        write_out(args.out, text, shlex.join(command_args), args.section)
        log(f"table written to {args.out}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n")
    log(f"results written to {args.json}")
    failed = [r["case"] for r in report["results"]
              if r["spin"]["verdict"] not in ("ok", "timeout")
              or not (r["initcheck"]["verdict"].startswith("ok")
                      or r["initcheck"]["timed_out"])]
    if failed:
        log(f"unexpected verdicts: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
