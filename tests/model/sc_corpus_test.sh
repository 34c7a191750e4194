#!/usr/bin/env bash
# `--memory-model sc` is the behaviour from before the RC11 model, byte for byte: for every spec
# of specs/, examples/ and the shared conformance corpus, the digest of its whole JSON report
# (trace steps, messages, instances; --stats counts without the timings) and of the smt engine's
# verdicts and violated kinds (positions included) equals tests/model/golden/sc_corpus.txt, which the binary of the commit before the
# RC11 model wrote (regenerate with --update only for a deliberate change of sc output).
# Specs added since have no pre-RC11 output and are not compared.
#   sc_corpus_test.sh INITCHECK SOURCE_DIR SHARED_DIR [--update]
# (NO_MEMORY_MODEL_FLAG=1 leaves the flag out, for a binary from before it existed; --update
# rewrites the digests of the files the golden lists, ALL_FILES=1 of every file.)
set -u
initcheck=$(realpath "$1"); source_dir="$2"; shared_dir="$3"; update="${4:-}"
golden="$source_dir/tests/model/golden/sc_corpus.txt"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

model_flag=(--memory-model sc)
[ "${NO_MEMORY_MODEL_FLAG:-}" = 1 ] && model_flag=()

# The files to digest: every spec of the folder when writing the golden, else the ones the
# golden lists (specs added since have no pre-RC11 output to compare with).
files_of() {  # DIR GLOB
  local dir="$1" glob="$2"
  if [ "$update" = "--update" ] && [ "${ALL_FILES:-}" = 1 ]; then
    (cd "$dir" && set -- $glob && printf '%s\n' "$@")
  else
    grep -o "^${glob%%/*}/[^ ]*\.ic" "$golden" || true
  fi
}

digest() {  # DIR GLOB: one line per file
  local dir="$1" glob="$2"
  mapfile -t files < <(files_of "$dir" "$glob")
  [ "${#files[@]}" -gt 0 ] || return 0
  (cd "$dir" && set -- "${files[@]}" && "$initcheck" check "${model_flag[@]}" --format json --stats "$@" > "$work/r.json" 2>/dev/null
   # Without the fix suggestions (on by default in text since issue 19): they are new text, not
   # a change of the model, and tests/repair/fix_corpus_test.sh measures them.
   "$initcheck" check "${model_flag[@]}" --engine smt --no-suggest-fixes "$@" > "$work/smt.txt" 2>/dev/null
   python3 - "$work/r.json" "$work/smt.txt" <<'PY'
import hashlib, json, sys
report = json.load(open(sys.argv[1]))
# The smt engine's verdicts and violated kinds only: its traces and the threads it names come from Z3's model, which differs between
# builds (the sanitizer build creates terms in another order), not between memory models.
import re
# The summary line that ends a check of several files ("N files: ...", issue 19) is newer
# than the golden and says nothing about the memory model.
smt = "".join(re.sub(r"(: violation: [a-z_]+):.*", r"\1", line)
              for line in open(sys.argv[2])
              if not line.startswith(" ") and not re.match(r"\d+ files: ", line))
for entry in report["files"]:
    stats = entry.get("stats", {})
    counts = "%s/%s/%s" % (stats.get("executions"), stats.get("states"), stats.get("transitions"))
    for key in ("seconds", "peak_rss_mb"):
        stats.pop(key, None)
    # JSON version 3 added limit_reason; a null one says nothing the older reports did not.
    if entry.get("limit_reason", 0) is None:
        entry.pop("limit_reason")
    # JSON version 4 added each violation's root_cause, which symmetry gives, not the model.
    for violation in entry.get("violations", []):
        violation.pop("root_cause", None)
    body = json.dumps(entry, sort_keys=True).encode()
    print(entry["path"], entry["verdict"], counts, hashlib.sha256(body).hexdigest()[:16])
print("smt-text", hashlib.sha256(smt.encode()).hexdigest()[:16])
PY
  )
}

{
  digest "$source_dir" 'specs/*/*.ic'
  digest "$source_dir" 'examples/*.ic'
  if [ -d "$shared_dir/conformance" ]; then
    digest "$shared_dir" 'conformance/*.ic'
  else
    echo "conformance: absent"
  fi
} > "$work/now.txt"

if [ "$update" = "--update" ]; then
  cp "$work/now.txt" "$golden"; echo "wrote $golden"; exit 0
fi
if [ ! -d "$shared_dir/conformance" ]; then
  echo "NOTE: $shared_dir/conformance is absent: its lines are not compared"
  sed '/^conformance\//,$d' "$golden" > "$work/golden.txt"
  echo "conformance: absent" >> "$work/golden.txt"
  golden="$work/golden.txt"
fi
if diff -u "$golden" "$work/now.txt"; then
  echo "sc output unchanged on $(grep -vc smt-text "$work/now.txt") specs"
else
  echo "FAIL: --memory-model sc output differs from the pre-RC11 golden (lines above)"
  exit 1
fi
