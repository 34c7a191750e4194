// How AST operators, memory orders and string literals are spelt in source: one place for
// the formatter, the checker's messages and the engines' traces.
#pragma once

#include <string>
#include <string_view>

#include "parser/ast.hpp"

namespace initcheck::ast {

constexpr std::string_view memoryOrderName(MemoryOrder order) {
  switch (order) {
    case MemoryOrder::Relaxed:
      return "relaxed";
    case MemoryOrder::Acquire:
      return "acquire";
    case MemoryOrder::Release:
      return "release";
    case MemoryOrder::AcqRel:
      return "acq_rel";
    case MemoryOrder::SeqCst:
      return "seq_cst";
  }
  return "seq_cst";
}

constexpr std::string_view binaryOperatorName(BinaryOperator op) {
  switch (op) {
    case BinaryOperator::Or:
      return "||";
    case BinaryOperator::And:
      return "&&";
    case BinaryOperator::Equal:
      return "==";
    case BinaryOperator::NotEqual:
      return "!=";
    case BinaryOperator::Less:
      return "<";
    case BinaryOperator::LessEqual:
      return "<=";
    case BinaryOperator::Greater:
      return ">";
    case BinaryOperator::GreaterEqual:
      return ">=";
    case BinaryOperator::Add:
      return "+";
    case BinaryOperator::Subtract:
      return "-";
    case BinaryOperator::Multiply:
      return "*";
    case BinaryOperator::Divide:
      return "/";
    case BinaryOperator::Modulo:
      return "%";
    case BinaryOperator::BitAnd:
      return "&";
    case BinaryOperator::BitOr:
      return "|";
    case BinaryOperator::BitXor:
      return "^";
    case BinaryOperator::ShiftLeft:
      return "<<";
    case BinaryOperator::ShiftRight:
      return ">>";
  }
  return "+";
}

constexpr std::string_view unaryOperatorName(UnaryOperator op) {
  switch (op) {
    case UnaryOperator::Not:
      return "!";
    case UnaryOperator::Negate:
      return "-";
    case UnaryOperator::BitNot:
      return "~";
  }
  return "-";
}

// A string as a literal in source: quotes around it, `"` and `\` escaped.
inline std::string quotedStringLiteral(std::string_view value) {
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\')
      quoted += '\\';
    quoted += c;
  }
  return quoted + '"';
}

}  // namespace initcheck::ast
