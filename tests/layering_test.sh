#!/usr/bin/env bash
# Layering gate: every file under src/FOLDER includes only headers of FOLDER and of the folders
# below it (the table below; the README's Layout section draws it). An include of a folder above its
# own layer, or of a sibling it must not know (the parser of the engines, an engine of the
# report formats), fails the test with the file, the line and the rule.
#
# The test checks itself: after the real tree passes, it plants an upward include
# (src/parser including a src/model header) in a copy of src/ and requires the check to fail.
set -u
root="$1"

# folder: the folders it may include besides itself.
declare -A allowed=(
  [support]=""
  [parser]="support"
  [format]="parser support"
  [sema]="parser support"
  [compile]="sema parser support"
  [runtime]="compile sema parser support"
  [model]="runtime compile sema parser support"
  [explore]="model runtime compile sema parser support"
  [symbolic]="explore model runtime compile sema parser support"
  [check]="symbolic explore model runtime compile sema parser support"
  [report]="check explore model runtime compile sema parser support"
  [repair]="check symbolic explore model runtime compile sema parser support"
  [cli]="report repair check format explore model runtime compile sema parser support"
)

# check_tree SRC: prints each violation; exit status 1 if any.
check_tree() {
  local src="$1" status=0 folder file line target
  for dir in "$src"/*/; do
    folder=$(basename "$dir")
    if [ -z "${allowed[$folder]+set}" ]; then
      echo "layering: src/$folder is not in the layer table of tests/layering_test.sh"
      status=1
      continue
    fi
    while IFS=: read -r file line target; do
      target=${target#*\"}
      target=${target%%/*}
      [ "$target" = "$folder" ] && continue
      if [[ " ${allowed[$folder]} " != *" $target "* ]]; then
        echo "layering: ${file#"$src"/}:$line includes $target/, above src/$folder's layer" \
          "(it may include: ${allowed[$folder]:-nothing else})"
        status=1
      fi
    done < <(grep -rnoE '^#include "[a-z_]+/' "$dir" --include='*.cpp' --include='*.hpp')
  done
  return "$status"
}

check_tree "$root/src" || exit 1

planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
cp -r "$root/src" "$planted/src"
echo '#include "model/semantics.hpp"' >>"$planted/src/parser/parse.hpp"
if check_tree "$planted/src" >/dev/null; then
  echo "layering: a planted upward include (src/parser -> src/model) was not caught"
  exit 1
fi
echo "layering: ${#allowed[@]} folders, every include points down; a planted upward include is caught"
