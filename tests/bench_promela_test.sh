#!/usr/bin/env bash
# Every family's Promela twin (bench/promela.py) at N = 2 and 3 verifies in SPIN with 0 errors,
# as every .ic spec expects ok. Skipped (exit 77) when spin or gcc is not installed
# (bench/setup.sh installs them). pan is compiled with -O0 here: the models are tiny and -O0
# compiles three times faster.
set -u
root="$1"
for tool in spin gcc; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (run bench/setup.sh); the Promela twins were not checked"
    exit 77
  fi
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for n in 2 3; do
  python3 "$root/bench/families.py" --promela --all "$n" "$out/$n" || exit 1
  for model in "$out/$n"/*.pml; do
    name=$(basename "$model" .pml)
    dir="$out/$name"
    mkdir -p "$dir" && cp "$model" "$dir/model.pml"
    if ! (cd "$dir" && spin -a model.pml >spin.log 2>&1 && gcc -O0 -w -DSAFETY -o pan pan.c \
          && ./pan -m100000 -n -w16 >pan.log 2>&1); then
      echo "FAIL $name: spin, gcc or pan failed"; cat "$dir"/*.log; status=1; continue
    fi
    errors=$(grep -o 'errors: [0-9]*' "$dir/pan.log")
    if [ "$errors" != "errors: 0" ] || grep -q 'depth too small' "$dir/pan.log"; then
      echo "FAIL $name: ${errors:-no result}"; cat "$dir/pan.log"; status=1
    else
      echo "PASS $name: $(grep -o '[0-9]* states, stored' "$dir/pan.log"), $errors"
    fi
  done
done
# The checks are live: a once whose test-and-set lets every caller in runs build twice.
mkdir -p "$out/broken"
python3 "$root/bench/families.py" --promela once 2 | sed 's/o == NEW -> /true -> /' \
  >"$out/broken/model.pml"
(cd "$out/broken" && spin -a model.pml >/dev/null 2>&1 && gcc -O0 -w -DSAFETY -o pan pan.c \
  && ./pan -m100000 -n -w16 >pan.log 2>&1)
if grep -q 'assertion violated (calls<=1)' "$out/broken/pan.log"; then
  echo "PASS broken once-2: SPIN finds calls > 1"
else
  echo "FAIL broken once-2: SPIN found no second call"; cat "$out/broken/pan.log"; status=1
fi
exit "$status"
