#!/usr/bin/env bash
# Hostile input through the real binary: each file below gives exit 2 with a clang-style
# diagnostic (`FILE:LINE:COL: error: ...`, the source line, a caret under the column), or,
# where the input is valid, the right verdict; never a signal, an internal error or a hang.
# Usage: hostile_input_test.sh INITCHECK
set -uo pipefail
initcheck="$1"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

# The inputs, written by Python so that NUL bytes and invalid UTF-8 come out exactly.
"$PY" - "$work" <<'PY'
import sys, os
out = sys.argv[1]
def w(name, data):
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
n = 300000
w('deep_parentheses.ic', 'thread t { let x = ' + '(' * n + '1' + ')' * n + '; }\n')
w('deep_brackets.ic', 'thread t { let x = ' + '[' * n + '1' + ']' * n + '; }\n')
w('deep_blocks.ic', 'thread t ' + '{' * n + '}' * n + '\n')
w('deep_ifs.ic', 'var x: int = 0;\nthread t {\n' + 'if x == 0 { ' * 200000 + '}' * 200000 + '\n}\n')
w('deep_closures.ic', 'thread t { ' + 'go func() { ' * 100000 + '}(); ' * 100000 + '}\n')
w('long_operator_chain.ic', 'var x: int = ' + '1 + ' * 200000 + '1;\nthread t { }\n')
w('huge_integer.ic', 'var x: int = 123456789012345678901234567890;\nthread t { x = 1; }\n')
w('int64_min_literal.ic', 'var x: int = -9223372036854775808;\nthread t { }\n')
w('nul_byte.ic', b'var x: int = 0;\nthread t { x = 1;\x00 }\n')
w('invalid_utf8.ic', b'var x: int = 0;\nthread t { x\xc3\x28 = 1; }\n')
w('non_ascii_identifier.ic', 'var gr\u00f6\u00dfe: int = 0;\nthread t { gr\u00f6\u00dfe = 1; }\n')
w('unterminated_comment.ic', 'var x: int = 0;\n/* never closed\nthread t { x = 1; }\n')
w('unterminated_string.ic', 'spec "never closed;\nthread t { }\n')
w('random_bytes.ic', bytes((i * 7919 + 13) % 256 for i in range(1 << 20)))
funcs = ''.join('func f%d(a: int) -> int { return a + %d; } // helper %d\n' % (i, i, i)
                for i in range(40000))
w('multi_megabyte.ic', funcs + 'var x: int = 0;\nthread t { x = f7(1); }\n')
w('multi_megabyte_broken.ic', funcs + 'var x: int = 0;\nthread t { x = f7(1);\n')
w('empty.ic', '')
w('byte_order_mark.ic', b'\xef\xbb\xbfvar x: int = 0;\nthread t { x = 1; }\n')
w('wide_choose.ic', 'thread t { let k = choose(0..4294967301); assert k < 6; }\n')
PY

# expect_error FILE LINE:COL MESSAGE: exit 2, and the first diagnostic is FILE:LINE:COL: error:
# MESSAGE, followed by the source line and a caret line.
expect_error() {
  local file="$work/$1" where="$2" message="$3" status
  timeout 60 "$initcheck" check "$file" >"$work/out" 2>"$work/err"
  status=$?
  local first caret
  first=$(head -n 1 "$work/err")
  caret=$(sed -n 3p "$work/err")
  if [ "$status" -ne 2 ]; then
    echo "FAIL: $1: exit $status, expected 2"
    failures=$((failures + 1))
  elif [ "$first" != "$file:$where: error: $message" ]; then
    echo "FAIL: $1: first diagnostic is '${first:0:200}'"
    echo "      expected '$file:$where: error: $message'"
    failures=$((failures + 1))
  elif ! [[ "$caret" =~ ^\ *\^~*$ ]]; then
    echo "FAIL: $1: no caret line under the diagnostic: '${caret:0:200}'"
    failures=$((failures + 1))
  else
    echo "ok: $1: exit 2, $where: $message"
  fi
}

# expect_result FILE EXIT TEXT [FLAGS...]: a valid input gives its verdict.
expect_result() {
  local name="$1" file="$work/$1" expected="$2" text="$3" status
  shift 3
  timeout 60 "$initcheck" check "$@" "$file" >"$work/out" 2>"$work/err"
  status=$?
  if [ "$status" -ne "$expected" ] || ! grep -qF -- "$text" "$work/out"; then
    echo "FAIL: $name: exit $status (expected $expected), output:"
    head -c 400 "$work/out" "$work/err"
    failures=$((failures + 1))
  else
    echo "ok: $name: exit $status, $text"
  fi
}

too_deep="nesting too deep (limit is 256 levels)"
expect_error deep_parentheses.ic 1:275 "$too_deep"
expect_error deep_brackets.ic 1:275 "$too_deep"
expect_error deep_blocks.ic 1:266 "$too_deep"
expect_error deep_ifs.ic 3:3071 "$too_deep"
expect_error deep_closures.ic 1:1020 \
  "too deeply nested (the syntax tree is limited to 1024 levels)"
expect_error long_operator_chain.ic 1:14 \
  "too deeply nested (the syntax tree is limited to 1024 levels)"
expect_error huge_integer.ic 1:14 "integer literal too large"
expect_error int64_min_literal.ic 1:15 "integer literal too large"
expect_error nul_byte.ic 2:18 "unexpected character '\\x00'"
expect_error invalid_utf8.ic 2:13 "unexpected character '\\xc3'"
expect_error non_ascii_identifier.ic 1:7 "unexpected character 'ö' (U+00F6)"
expect_error unterminated_comment.ic 2:1 "unterminated comment"
expect_error unterminated_string.ic 1:6 "unterminated string literal"
expect_error multi_megabyte_broken.ic 40002:22 "expected '}' to close block"
# Random bytes: some diagnostic at line 1 or later, exit 2.
timeout 60 "$initcheck" check "$work/random_bytes.ic" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -ne 2 ] || ! head -n 1 "$work/err" | grep -qE "^$work/random_bytes.ic:[0-9]+:[0-9]+: error: "; then
  echo "FAIL: random_bytes.ic: exit $status"
  failures=$((failures + 1))
else
  echo "ok: random_bytes.ic: exit 2, $(head -n 1 "$work/err" | sed "s|$work/||" | cut -c1-80)"
fi

expect_result multi_megabyte.ic 0 "ok (complete)"
expect_result empty.ic 0 "ok (complete)"
expect_result byte_order_mark.ic 0 "ok (complete)"
# 2^32 + 5 values: the choice index must not wrap to 5 values (it once said ok (complete)).
# The search goes on after the violation (k = 6), so a state limit ends it: exit 1 all the same.
expect_result wide_choose.ic 1 "violation: assertion" --max-states 100

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "hostile input: all passed"
