#!/usr/bin/env bash
# Style gates: every C++ file is clang-formatted with the checked-in .clang-format, and
# Boost.Spirit is included only under src/parser (Z3 only under src/symbolic and its tests).
# Which folder may include which is tests/layering_test.sh's.
set -u
root="$1"
cd "$root" || exit 2
mapfile -t files < <(find src tests bench fuzz -name '*.cpp' -o -name '*.hpp' 2>/dev/null | sort)
status=0
if command -v clang-format >/dev/null; then
  clang-format --dry-run --Werror "${files[@]}" || status=1
else
  echo "clang-format not installed: formatting not checked"
fi
spirit=$(grep -ln 'boost/spirit' "${files[@]}" | grep -v '^src/parser/')
[ -z "$spirit" ] || { echo "Spirit included outside src/parser: $spirit"; status=1; }
z3=$(grep -ln 'z3++.h\|<z3.h>' "${files[@]}" | grep -v '^src/symbolic/\|^tests/symbolic/')
[ -z "$z3" ] || { echo "Z3 included outside src/symbolic: $z3"; status=1; }
[ "$status" -eq 0 ] && echo "style: ${#files[@]} files formatted; Spirit and Z3 stay in their folders"
exit "$status"
