#!/usr/bin/env bash
# The live progress line (src/cli/progress_line.hpp), end to end on a search of about two
# seconds: bench/families.py's dcl-8 with the state cache and symmetry off (109,600 executions,
# some 30 s in all), stopped by --timeout 2. (bench/specs/one_key_in_a_million.ic is no good
# here: its `choose` over a million values makes each move take seconds and gigabytes, and
# --timeout is only seen between moves.) util-linux `script` gives initcheck a pseudo-terminal:
#   - check and test (and --engine auto, through its explicit engine) show the line on stderr:
#     "\r" + "PATH: ... executions  ... states  ... states/s  ... s  depth N" + "\x1b[K";
#   - the line is cleared ("\r\x1b[K") before the report, which follows on a clean line;
#   - with --quiet, or with stderr redirected to a file (stdout still the terminal), there is no
#     line and no "\r" at all.
#   progress_test.sh INITCHECK SOURCE_DIR
# Exits 77 (ctest's skip) when `script` is missing.
set -u
initcheck=$(realpath "$1"); source_dir=$(realpath "$2")
command -v script >/dev/null || { echo "SKIP: script (util-linux) is not installed"; exit 77; }
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
spec=dcl-8.ic
"$PY" "$source_dir/bench/families.py" dcl 8 > "$work/$spec" || { echo "FAIL: bench/families.py"; exit 1; }
cd "$work" || exit 2
search="--state-cache off --symmetry off --timeout 2 $spec"

# on_tty OUTPUT COMMAND: runs COMMAND under a pseudo-terminal, the terminal's bytes to OUTPUT.
# The terminal is made wide, so that the line is never shortened to fit (progress_line.cpp).
on_tty() {
  local output="$1"; shift
  script -qec "stty cols 300 2>/dev/null; $*" /dev/null > "$output" < /dev/null
}

on_tty "$work/check.tty" "'$initcheck' check $search"
on_tty "$work/test.tty" "'$initcheck' test $search"
on_tty "$work/auto.tty" "'$initcheck' check --engine auto $search"
on_tty "$work/quiet.tty" "'$initcheck' check --quiet $search"
on_tty "$work/redirected.tty" "'$initcheck' check $search 2> '$work/redirected.err'"

"$PY" - "$work" "$spec" <<'PY'
import re, sys
work, spec = sys.argv[1], sys.argv[2]
failures = []

def read(name):
    return open(f"{work}/{name}", "rb").read().decode("utf-8", "replace")

line = re.compile(r"\r" + re.escape(spec) +
                  r": [\d,]+ executions  [\d,]+ states  [\d,]+ states/s  \d+\.\d s  depth [\d,]+\x1b\[K")
# The report's first line: "SPEC: unknown (...)", "SPEC:L:C: ...", "PASS SPEC", "FAIL SPEC: ...".
verdict = re.compile(r"(?:PASS |FAIL )?" + re.escape(spec) + r"(?!: [\d,]+ executions)")

def shows_progress(name):
    text = read(name)
    lines = line.findall(text)
    if "states/s" not in text or not lines:
        failures.append(f"{name}: no progress line under a terminal: {text[:200]!r}")
        return
    report = verdict.search(text)
    if not report:
        failures.append(f"{name}: no report: {text[-300:]!r}")
        return
    before, after = text[:report.start()], text[report.start():]
    if not before.endswith("\r\x1b[K"):
        failures.append(f"{name}: the line is not cleared before the report: {before[-120:]!r}")
    if "states/s" in after or "\x1b[K" in after:
        failures.append(f"{name}: progress after the report: {after[:200]!r}")
    print(f"PASS {name}: {len(lines)} progress lines, cleared before the report")

def silent(name, text):
    if "states/s" in text or "\r" in text.replace("\r\n", "\n") or "\x1b[K" in text:
        failures.append(f"{name}: progress shown: {text[:200]!r}")
    elif not verdict.search(text) and not name.endswith(".err"):
        failures.append(f"{name}: no report: {text[-300:]!r}")
    else:
        print(f"PASS {name}: no progress line")

for name in ("check.tty", "test.tty", "auto.tty"):
    shows_progress(name)
silent("quiet.tty", read("quiet.tty"))
silent("redirected.tty", read("redirected.tty"))
silent("redirected.err", read("redirected.err"))
for failure in failures:
    print("FAIL", failure)
sys.exit(1 if failures else 0)
PY
