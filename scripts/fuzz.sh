#!/usr/bin/env bash
# Runs the libFuzzer harnesses of fuzz/ (parse_check_fuzzer, pipeline_fuzzer) side by side for
# SECONDS each (default 60), seeded with every spec of the shared conformance suite (errors/
# included), specs/, examples/ and tests/regressions/. Builds the ASan+UBSan+fuzzer build
# folder first (build-sanitize, clang++; or INITCHECK_FUZZ_BUILD_DIR). Prints executions per
# second, totals, corpus size and coverage per harness; exits 1 when a harness crashed, timed
# out or ran out of memory, and says how to keep the input as a regression test.
#   fuzz.sh [SECONDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
build_dir="${INITCHECK_FUZZ_BUILD_DIR:-$root/build-sanitize}"
shared_dir="$root/../shared"
harnesses=(parse_check_fuzzer pipeline_fuzzer)

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  INITCHECK_SANITIZE_BUILD_DIR="$build_dir" bash "$root/scripts/sanitize.sh" configure
fi
cmake --build "$build_dir" --target "${harnesses[@]}"

# Fresh seed and corpus folders: the seeds are copied flat, named after their paths.
work="$build_dir/fuzz-run"
rm -rf "$work"
mkdir -p "$work/seeds" "$work/artifacts" "$work/logs"
add_seeds() {
  local folder="$1" file name
  while IFS= read -r file; do
    name="${file#"$folder"/}"
    cp "$file" "$work/seeds/$2_${name//\//_}"
  done < <(find "$folder" -type f ! -name '*.md' | sort)
}
if [ -d "$shared_dir/conformance" ]; then
  add_seeds "$shared_dir/conformance" conformance
else
  echo "fuzz.sh: $shared_dir/conformance is absent: no conformance seeds"
fi
add_seeds "$root/specs" specs
add_seeds "$root/examples" examples
add_seeds "$root/tests/regressions" regressions
echo "fuzz.sh: $(find "$work/seeds" -type f | wc -l) seed inputs; ${seconds}s per harness"

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for harness in "${harnesses[@]}"; do
  mkdir -p "$work/corpus/$harness"
  "$build_dir/fuzz/$harness" "$work/corpus/$harness" "$work/seeds" \
    -dict="$root/fuzz/ic.dict" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$harness-" >"$work/logs/$harness.log" 2>&1 &
done
status=0
wait || true
for harness in "${harnesses[@]}"; do
  log="$work/logs/$harness.log"
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
  corpus=$(find "$work/corpus/$harness" -type f | wc -l)
  echo "$harness: ${executions:-?} executions, ${speed:-?} exec/s, peak RSS ${rss:-?} MB," \
    "$corpus new corpus inputs"
  echo "  last: $last"
  artifacts=$(find "$work/artifacts" -name "$harness-*" -type f)
  if [ -n "$artifacts" ] || ! grep -q '^Done ' "$log"; then
    status=1
    echo "  FAILED (log: $log):"
    grep -E '^==[0-9]+==ERROR|runtime error|internal error|ALARM|out-of-memory|deadly signal' \
      "$log" | head -n 5 | sed 's/^/    /' || true
    for artifact in $artifacts; do
      echo "    input: $artifact"
    done
  fi
done
if [ "$status" -ne 0 ]; then
  cat <<EOF
To keep a failing input as a regression test: reproduce it with
  $build_dir/fuzz/HARNESS INPUT
fix the bug, copy the input to tests/regressions/NAME.ic (NAME: what it exercises), add a line
for it to tests/regressions/README.md (what crashed, which fix), and run
  ctest --test-dir $build_dir -R regressions
EOF
fi
exit "$status"
