// The int operators: checked arithmetic, bitwise operators and shifts.
#include "sema/integer_arithmetic.hpp"

#include <limits>

#include "parser/ast_names.hpp"

namespace initcheck {

namespace {

using B = ast::BinaryOperator;

IntegerResult failure(std::string error, B op, std::int64_t a, std::int64_t b) {
  std::string expression =
      std::to_string(a) + " " + std::string(ast::binaryOperatorName(op)) + " " + std::to_string(b);
  if (error == "overflow")
    return {std::nullopt, error, "integer overflow"};
  if (error == "shift out of range")
    return {std::nullopt, error, "shift by " + std::to_string(b) + " out of range: " + expression};
  return {std::nullopt, std::move(error), expression};
}

IntegerResult shift(B op, std::int64_t a, std::int64_t b) {
  if (b < 0 || b >= 64)
    return failure("shift out of range", op, a, b);
  if (op == B::ShiftRight)
    return {a >> b, {}, {}};
  return {static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << b), {}, {}};
}

IntegerResult divide(B op, std::int64_t a, std::int64_t b) {
  if (b == 0)
    return failure(op == B::Divide ? "division by zero" : "modulo by zero", op, a, b);
  if (a == std::numeric_limits<std::int64_t>::min() && b == -1)
    return failure("overflow", op, a, b);
  return {op == B::Divide ? a / b : a % b, {}, {}};
}

}  // namespace

bool isIntegerOperator(ast::BinaryOperator op) {
  switch (op) {
    case B::Add:
    case B::Subtract:
    case B::Multiply:
    case B::Divide:
    case B::Modulo:
    case B::BitAnd:
    case B::BitOr:
    case B::BitXor:
    case B::ShiftLeft:
    case B::ShiftRight:
      return true;
    default:
      return false;
  }
}

IntegerResult applyIntegerOperator(ast::BinaryOperator op, std::int64_t a, std::int64_t b) {
  std::int64_t result = 0;
  switch (op) {
    case B::Add:
      if (__builtin_add_overflow(a, b, &result))
        return failure("overflow", op, a, b);
      return {result, {}, {}};
    case B::Subtract:
      if (__builtin_sub_overflow(a, b, &result))
        return failure("overflow", op, a, b);
      return {result, {}, {}};
    case B::Multiply:
      if (__builtin_mul_overflow(a, b, &result))
        return failure("overflow", op, a, b);
      return {result, {}, {}};
    case B::Divide:
    case B::Modulo:
      return divide(op, a, b);
    case B::BitAnd:
      return {a & b, {}, {}};
    case B::BitOr:
      return {a | b, {}, {}};
    case B::BitXor:
      return {a ^ b, {}, {}};
    case B::ShiftLeft:
    case B::ShiftRight:
      return shift(op, a, b);
    default:
      return failure("not an int operator", op, a, b);
  }
}

bool compareIntegers(ast::BinaryOperator op, std::int64_t a, std::int64_t b) {
  switch (op) {
    case B::Less:
      return a < b;
    case B::LessEqual:
      return a <= b;
    case B::Greater:
      return a > b;
    default:
      return a >= b;
  }
}

}  // namespace initcheck
