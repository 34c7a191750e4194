// The int operators of the language (LANGUAGE.md sections 3 and 4b) in one place: the checker
// folds constants with them and the executor runs them, so both agree on every edge case
// (overflow is an error, `<<` shifts the 64 bits, `>>` is arithmetic, a shift by a negative
// amount or by 64 or more is an error).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "parser/ast.hpp"

namespace initcheck {

// + - * / % & | ^ << >>: the operators that take two ints and give an int.
bool isIntegerOperator(ast::BinaryOperator op);

struct IntegerResult {
  std::optional<std::int64_t> value;  // nullopt: a runtime error
  std::string error;                  // its kind: "overflow", "division by zero", ...
  std::string detail;                 // what failed, e.g. "7 / 0", "1 << 64"
};

IntegerResult applyIntegerOperator(ast::BinaryOperator op, std::int64_t a, std::int64_t b);

// < <= > >=
bool compareIntegers(ast::BinaryOperator op, std::int64_t a, std::int64_t b);

}  // namespace initcheck
