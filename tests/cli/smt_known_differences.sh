#!/usr/bin/env bash
# The specs of FOLDER listed in tests/smt_known_differences.txt: the smt engine cannot yet
# answer them as the explicit engine does (the list says why). Each is checked with a short time
# limit and must still differ only by an honest non-answer: smt `unknown`, or a bounded smt
# verdict whose violated kinds the explicit engine also finds. A contradicting complete smt
# verdict fails, and so does full agreement (then the entry is stale: remove it).
#   smt_known_differences.sh INITCHECK FOLDER LIST ROOT
set -u
initcheck="$1"; folder="$(realpath "$2")"; list="$3"; root="$4"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failures=0; checked=0
while read -r path reason; do
  case "$path" in ''|'#'*) continue ;; esac
  file="$root/$path"
  case "$file" in "$folder"/*) ;; *) continue ;; esac
  [ -f "$file" ] || { echo "FAIL $path: listed but absent"; failures=$((failures + 1)); continue; }
  "$initcheck" check --format json "$file" > "$work/explicit.json" 2>/dev/null
  "$initcheck" check --engine smt --timeout 10 --format json "$file" > "$work/smt.json" 2>/dev/null
  if python3 - "$work/explicit.json" "$work/smt.json" "$path" "$reason" <<'PY'; then
import json, sys
explicit = json.load(open(sys.argv[1]))["files"][0]
smt = json.load(open(sys.argv[2]))["files"][0]
path, reason = sys.argv[3], sys.argv[4]
kinds = lambda r: sorted({v["kind"] for v in r["violations"]})
shown = f'{smt["verdict"]}{"" if smt["complete"] else " (not complete)"} {kinds(smt)}'
if smt["complete"] and kinds(smt) == kinds(explicit):
    print(f"FAIL {path}: the smt engine now agrees ({shown}); remove it from the list"); sys.exit(1)
if smt["complete"] or not set(kinds(smt)) <= set(kinds(explicit)):
    print(f"FAIL {path}: smt {shown} contradicts explicit {explicit['verdict']} {kinds(explicit)}")
    sys.exit(1)
print(f"KNOWN {path}: smt {shown}, explicit {explicit['verdict']} {kinds(explicit)} ({reason})")
PY
    checked=$((checked + 1))
  else
    failures=$((failures + 1))
  fi
done < "$list"
echo "$checked known smt differences in $folder hold, $failures failed"
[ "$failures" -eq 0 ]
