#!/usr/bin/env bash
# docs/ci.md stays true: its YAML blocks parse (python3-yaml), and every `initcheck` command
# in them runs on this repository's specs/ with the files it names written and the exit
# status the gate expects (0: every spec meets its expectations); shard commands run once per
# shard, and the merge job's report must equal the whole run's.
#   ci_doc_test.sh INITCHECK SOURCE_DIR
set -u
initcheck="$1"; source_dir="$2"
py=/usr/bin/python3; [ -x "$py" ] || py=python3
"$py" -c 'import yaml' 2>/dev/null || { echo "SKIP: python3-yaml is not installed"; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$py" - "$source_dir/docs/ci.md" > "$work/commands" <<'PY' || exit 1
import re, sys, yaml
text = open(sys.argv[1]).read()
blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
assert len(blocks) == 4, f"expected the GitHub, GitLab, shard matrix and Indexed Job examples, found {len(blocks)} yaml blocks"
commands = []
def walk(node):
    if isinstance(node, dict):
        for value in node.values(): walk(value)
    elif isinstance(node, list):
        for value in node: walk(value)
    elif isinstance(node, str):
        commands.extend(line.strip() for line in node.splitlines() if line.strip().startswith("initcheck "))
for block in blocks:
    walk(yaml.safe_load(block))
assert len(commands) == 5, commands
print("\n".join(commands))
PY
cp -r "$source_dir/specs" "$work/specs"
cd "$work" || exit 1
# A shard's command runs once per shard, 1 to 4 (a matrix value or an Indexed Job's index + 1):
# together they must run every spec once.
expanded() {
  local command="$1"
  if [[ "$command" == *'${{ matrix.shard }}'* || "$command" == *'$((JOB_COMPLETION_INDEX + 1))'* ]]; then
    for k in 1 2 3 4; do
      command="${1//'${{ matrix.shard }}'/$k}"
      echo "${command//'$((JOB_COMPLETION_INDEX + 1))'/$k}"
    done
  else
    echo "$command"
  fi
}
while read -r template; do expanded "$template"; done < "$work/commands" > "$work/expanded"
sharded=$(grep -c -- "--shard" "$work/expanded")
[ "$sharded" = 8 ] || { echo "FAIL: expected 8 shard runs, found $sharded"; exit 1; }
while read -r command; do
  read -r -a words <<< "${command#initcheck }"
  "$initcheck" "${words[@]}" > /dev/null || { echo "FAIL: '$command' exits $?"; exit 1; }
  for ((i = 0; i < ${#words[@]}; i++)); do
    case "${words[$i]}" in
      --sarif|--markdown|--junit|--dot|--json|--text|-o)
        file="${words[$((i + 1))]}"
        [ -s "$file" ] || { echo "FAIL: '$command' did not write $file"; exit 1; } ;;
    esac
  done
  echo "PASS: $command"
done < "$work/expanded"
# The four matrix shards' PASS lines are the whole folder's, each once.
all=$("$initcheck" test specs | grep -c '^PASS ')
parts=$(for k in 1 2 3 4; do "$initcheck" test --shard "$k/4" specs; done | grep '^PASS ' | sort | uniq | wc -l)
[ "$all" = "$parts" ] || { echo "FAIL: the 4 shards ran $parts distinct specs, the folder has $all"; exit 1; }
echo "PASS: 4 shards ran the $all specs"
# The merge job's report is the whole run's JSON report, byte for byte.
"$initcheck" test specs --json whole.json > /dev/null
cmp -s whole.json initcheck.json || { echo "FAIL: the merged shards differ from the whole run's JSON"; exit 1; }
echo "PASS: the merged report is the whole run's"
